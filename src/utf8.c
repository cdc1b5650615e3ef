/* utf8.c: UTF-8 validation, decoding and safe display of untrusted text. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700	/* wcwidth(3) */
#endif

#include <stdint.h>
#include <string.h>
#include <wchar.h>

#include "utf8.h"
#include "xmalloc.h"

/* Length of the well-formed sequence at S (LEN > 0 bytes), 0 if bad. */
static size_t
seq_len(const unsigned char *s, size_t len)
{
	unsigned char	c = s[0], lo = 0x80, hi = 0xbf;
	size_t		n, i;

	if (c < 0x80)
		return 1;
	if (c < 0xc2)
		return 0;	/* continuation byte or overlong C0/C1 lead */
	if (c < 0xe0)
		n = 2;
	else if (c < 0xf0) {
		n = 3;
		if (c == 0xe0)
			lo = 0xa0;	/* overlong */
		else if (c == 0xed)
			hi = 0x9f;	/* surrogates */
	} else if (c < 0xf5) {
		n = 4;
		if (c == 0xf0)
			lo = 0x90;	/* overlong */
		else if (c == 0xf4)
			hi = 0x8f;	/* above U+10FFFF */
	} else
		return 0;
	if (len < n)
		return 0;
	if (s[1] < lo || s[1] > hi)
		return 0;
	for (i = 2; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
	}
	return n;
}

int
utf8_validate(const char *s, size_t len, size_t *bad)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 i = 0, n;
	uint64_t		 w;

	while (i < len) {
		if (len - i >= 8) {
			memcpy(&w, u + i, 8);
			if ((w & 0x8080808080808080ULL) == 0) {
				i += 8;
				continue;
			}
		}
		if ((n = seq_len(u + i, len - i)) == 0) {
			if (bad != NULL)
				*bad = i;
			return -1;
		}
		i += n;
	}
	return 0;
}

size_t
utf8_decode(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 n;

	n = seq_len(u, len);
	switch (n) {
	case 1:
		*cp = u[0];
		return 1;
	case 2:
		*cp = (uint32_t)(u[0] & 0x1f) << 6 | (u[1] & 0x3f);
		return 2;
	case 3:
		*cp = (uint32_t)(u[0] & 0x0f) << 12 |
		    (uint32_t)(u[1] & 0x3f) << 6 | (u[2] & 0x3f);
		return 3;
	case 4:
		*cp = (uint32_t)(u[0] & 0x07) << 18 |
		    (uint32_t)(u[1] & 0x3f) << 12 |
		    (uint32_t)(u[2] & 0x3f) << 6 | (u[3] & 0x3f);
		return 4;
	}
	*cp = UTF8_REPLACEMENT;
	return 1;
}

size_t
utf8_encode(uint32_t cp, char buf[4])
{
	unsigned char	*u = (unsigned char *)buf;

	if (cp < 0x80) {
		u[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		u[0] = (unsigned char)(0xc0 | cp >> 6);
		u[1] = (unsigned char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp >= 0xd800 && cp <= 0xdfff)
		return 0;
	if (cp < 0x10000) {
		u[0] = (unsigned char)(0xe0 | cp >> 12);
		u[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
		u[2] = (unsigned char)(0x80 | (cp & 0x3f));
		return 3;
	}
	if (cp > 0x10ffff)
		return 0;
	u[0] = (unsigned char)(0xf0 | cp >> 18);
	u[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3f));
	u[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
	u[3] = (unsigned char)(0x80 | (cp & 0x3f));
	return 4;
}

size_t
utf8_prev(const char *s, size_t pos)
{
	size_t	i = pos - 1, steps = 0;

	while (i > 0 && steps < 3 && ((unsigned char)s[i] & 0xc0) == 0x80) {
		i--;
		steps++;
	}
	return i;
}

int
utf8_is_unsafe(uint32_t cp)
{
	if (cp == '\t' || cp == '\n')
		return 0;
	if (cp < 0x20 || cp == 0x7f)
		return 1;
	if (cp >= 0x80 && cp <= 0x9f)
		return 1;
	return utf8_is_invisible(cp);
}

int
utf8_is_invisible(uint32_t cp)
{
	static const struct {
		uint32_t	lo, hi;
	} ranges[] = {
		{ 0x00ad, 0x00ad },	/* soft hyphen */
		{ 0x034f, 0x034f },	/* combining grapheme joiner */
		{ 0x0600, 0x0605 },	/* Arabic number signs */
		{ 0x061c, 0x061c },	/* Arabic letter mark */
		{ 0x06dd, 0x06dd },
		{ 0x070f, 0x070f },
		{ 0x0890, 0x0891 },
		{ 0x08e2, 0x08e2 },
		{ 0x115f, 0x1160 },	/* Hangul fillers */
		{ 0x17b4, 0x17b5 },
		{ 0x180b, 0x180f },	/* Mongolian selectors, vowel sep. */
		{ 0x200b, 0x200f },	/* zero width space... marks */
		{ 0x202a, 0x202e },	/* bidi embeddings and overrides */
		{ 0x2060, 0x206f },	/* word joiner, invisible operators,
					   bidi isolates, deprecated */
		{ 0x3164, 0x3164 },
		{ 0xfeff, 0xfeff },	/* zero width no-break space, BOM */
		{ 0xffa0, 0xffa0 },
		{ 0xfff0, 0xfffb },	/* interlinear annotation... */
		{ 0x110bd, 0x110bd },
		{ 0x110cd, 0x110cd },
		{ 0x13430, 0x1343f },	/* Egyptian format controls */
		{ 0x1bca0, 0x1bca3 },	/* shorthand format controls */
		{ 0x1d173, 0x1d17a },	/* musical format controls */
		{ 0xe0000, 0xe00ff },	/* tags */
		{ 0xe01f0, 0xe0fff }
	};
	size_t	i;

	if (cp < 0xad)
		return 0;
	for (i = 0; i < sizeof ranges / sizeof ranges[0]; i++) {
		if (cp >= ranges[i].lo && cp <= ranges[i].hi)
			return 1;
	}
	return 0;
}

/* Writes CP's placeholder to BUF (UTF8_PLACEHOLDER_MAX bytes) and returns
 * its length; 0 when CP is safe to show as it is. */
static size_t
placeholder(uint32_t cp, char *buf)
{
	static const char	hex[] = "0123456789ABCDEF";
	int			i, digits;

	if (!utf8_is_unsafe(cp))
		return 0;
	if (cp < 0x20 || cp == 0x7f) {
		buf[0] = '^';
		buf[1] = cp == 0x7f ? '?' : (char)(cp + 0x40);
		return 2;
	}
	digits = cp > 0xfffff ? 6 : cp > 0xffff ? 5 : 4;
	memcpy(buf, "<U+", 3);
	for (i = 0; i < digits; i++)
		buf[3 + i] = hex[cp >> (4 * (digits - 1 - i)) & 0xf];
	buf[3 + digits] = '>';
	return (size_t)digits + 4;
}

/* Output bytes for the code point at S: its placeholder, U+FFFD for a bad
 * byte, else itself. Sets *IN to the input bytes consumed. */
static size_t
sanitize_one(const char *s, size_t len, char *buf, size_t *in)
{
	uint32_t	cp;
	size_t		n, k;

	n = utf8_decode(s, len, &cp);
	*in = n;
	if ((k = placeholder(cp, buf)) != 0)
		return k;
	if (cp == UTF8_REPLACEMENT && n == 1)
		return utf8_encode(cp, buf);
	memcpy(buf, s, n);
	return n;
}

char *
utf8_sanitize(const char *s, size_t len)
{
	char	 buf[UTF8_PLACEHOLDER_MAX], *out;
	size_t	 i, in, k, total = 0;

	for (i = 0; i < len; i += in)
		total += sanitize_one(s + i, len - i, buf, &in);
	out = xmalloc(total + 1);
	total = 0;
	for (i = 0; i < len; i += in) {
		k = sanitize_one(s + i, len - i, buf, &in);
		memcpy(out + total, buf, k);
		total += k;
	}
	out[total] = '\0';
	return out;
}

int
utf8_cpwidth(uint32_t cp)
{
	char	buf[UTF8_PLACEHOLDER_MAX];
	int	w;

	if (cp == '\n')
		return 0;
	if (cp == '\t')
		return 1;
	if (utf8_is_unsafe(cp))
		return (int)placeholder(cp, buf);
	if ((w = wcwidth((wchar_t)cp)) < 0)
		return 1;
	return w;
}

size_t
utf8_width(const char *s, size_t len)
{
	uint32_t	cp;
	size_t		i = 0, w = 0;

	while (i < len) {
		if ((unsigned char)s[i] < 0x80 && s[i] >= 0x20 &&
		    s[i] != 0x7f) {
			w++;
			i++;
			continue;
		}
		i += utf8_decode(s + i, len - i, &cp);
		w += (size_t)utf8_cpwidth(cp);
	}
	return w;
}

int
utf8_is_digit(uint32_t cp)
{
	return cp >= '0' && cp <= '9';
}

int
utf8_is_space(uint32_t cp)
{
	if (cp < 0x80)
		return UTF8_ASCII_SPACE(cp);
	switch (cp) {
	case 0xa0:
	case 0x1680:
	case 0x2028:
	case 0x2029:
	case 0x202f:
	case 0x205f:
	case 0x3000:
		return 1;
	}
	return cp >= 0x2000 && cp <= 0x200a;
}

uint32_t
utf8_typo_cp(uint32_t cp)
{
	switch (cp) {
	case 0x2018:		/* ‘ ’ ‚ ‛ ′ */
	case 0x2019:
	case 0x201a:
	case 0x201b:
	case 0x2032:
		return '\'';
	case 0x201c:		/* “ ” „ ‟ ″ « » */
	case 0x201d:
	case 0x201e:
	case 0x201f:
	case 0x2033:
	case 0xab:
	case 0xbb:
		return '"';
	case 0x2010:		/* hyphens, figure, en and em dashes, bar, minus */
	case 0x2011:
	case 0x2012:
	case 0x2013:
	case 0x2014:
	case 0x2015:
	case 0x2212:
		return '-';
	}
	return cp;
}

/* Whether the bytes at S are three ASCII digits and no fourth. */
static int
three_digits(const char *s)
{
	return s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9' &&
	    s[2] >= '0' && s[2] <= '9' && !(s[3] >= '0' && s[3] <= '9');
}

char *
utf8_fold_typography(const char *s)
{
	size_t		 len = strlen(s), i = 0, n, o = 0;
	uint32_t	 cp, f;
	char		*out = xmalloc(len + 1);

	/* Nothing folds longer than it was: a quote or a dash of two or
	 * three bytes is one, "…" three as "...". */
	for (; i < len; i += n) {
		n = utf8_decode(s + i, len - i, &cp);
		f = utf8_typo_cp(cp);
		if (f == '-' && o > 0 && out[o - 1] == ' ')
			o--;
		if (f == ' ' && o > 0 && out[o - 1] == '-')
			continue;
		if (f == ',' && o > 0 && out[o - 1] >= '0' &&
		    out[o - 1] <= '9' && three_digits(s + i + 1))
			continue;
		if (f == 0x2026) {
			memcpy(out + o, "...", 3);
			o += 3;
		} else if (f != cp)
			out[o++] = (char)f;
		else {
			memcpy(out + o, s + i, n);
			o += n;
		}
	}
	out[o] = '\0';
	return out;
}

size_t
utf8_space_len(const char *s, size_t n)
{
	uint32_t	cp;
	size_t		len;

	if (n == 0)
		return 0;
	if ((unsigned char)s[0] < 0x80)
		return UTF8_ASCII_SPACE(s[0]) ? 1 : 0;
	len = utf8_decode(s, n, &cp);
	return utf8_is_space(cp) ? len : 0;
}

size_t
utf8_space_before(const char *s, size_t lo, size_t pos)
{
	size_t	p;

	while (pos > lo) {
		p = utf8_prev(s, pos);
		if (p < lo || utf8_space_len(s + p, pos - p) != pos - p)
			break;
		pos = p;
	}
	return pos;
}

static enum utf8_case
latin_ext_case(uint32_t cp)
{
	if (cp <= 0x137)
		return cp % 2 == 0 ? UTF8_UPPER : UTF8_LOWER;
	if (cp == 0x138 || cp == 0x149 || cp == 0x17f)
		return UTF8_LOWER;
	if (cp <= 0x148 || (cp >= 0x179 && cp <= 0x17e))
		return cp % 2 == 1 ? UTF8_UPPER : UTF8_LOWER;
	if (cp == 0x178)
		return UTF8_UPPER;
	return cp % 2 == 0 ? UTF8_UPPER : UTF8_LOWER;
}

enum utf8_case
utf8_case(uint32_t cp)
{
	if (cp < 0x80)
		return utf8_case_ascii(cp);
	if (cp == 0xa3 || cp == 0xa5 || (cp >= 0x20a0 && cp <= 0x20cf))
		return UTF8_DIGIT;
	if (cp >= 0xc0 && cp <= 0xde && cp != 0xd7)
		return UTF8_UPPER;
	if (cp >= 0xdf && cp <= 0xff && cp != 0xf7)
		return UTF8_LOWER;
	if (cp >= 0x100 && cp <= 0x17f)
		return latin_ext_case(cp);
	if ((cp >= 0x386 && cp <= 0x38f) || (cp >= 0x391 && cp <= 0x3ab))
		return UTF8_UPPER;
	if (cp >= 0x3ac && cp <= 0x3ce)
		return UTF8_LOWER;
	if (cp >= 0x400 && cp <= 0x42f)
		return UTF8_UPPER;
	if (cp >= 0x430 && cp <= 0x45f)
		return UTF8_LOWER;
	if (cp >= 0x460 && cp <= 0x4ff)
		return cp % 2 == 0 ? UTF8_UPPER : UTF8_LOWER;
	return UTF8_OTHER;
}
