/* textdiff.c: a word diff of two short texts (a claim before and after its
 * article changed), by the longest common run of words. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "textdiff.h"
#include "utf8.h"
#include "xmalloc.h"

struct word {
	size_t	s, e;
};

/* Whether CP makes words: a letter of the scripts utf8_case() knows, a
 * digit, a currency sign ("$40" is one word). */
static int
is_wordcp(uint32_t cp)
{
	return utf8_case(cp) != UTF8_OTHER;
}

/* The code point at byte I of T (LEN bytes), its length in *N; NUL at
 * the end. */
static uint32_t
cp_at(const char *t, size_t len, size_t i, size_t *n)
{
	uint32_t	cp;

	if (i >= len) {
		*n = 0;
		return 0;
	}
	*n = utf8_decode(t + i, len - i, &cp);
	return cp;
}

static int
ascii_digit(const char *t, size_t len, size_t i)
{
	return i < len && t[i] >= '0' && t[i] <= '9';
}

/* The length of a joiner at T[I] inside a word, when the word goes on
 * after it: the comma of "3,000" (three digits follow), the point of "4.5"
 * and of "U.S.", the apostrophe of "don't" and "don’t"; else 0. */
static size_t
joiner(const char *t, size_t len, size_t i)
{
	uint32_t	cp, next;
	size_t		n, m;

	if (i == 0 || (cp = cp_at(t, len, i, &n)) == 0)
		return 0;
	next = cp_at(t, len, i + n, &m);
	if (cp == ',' && ascii_digit(t, len, i - 1))
		return ascii_digit(t, len, i + 1) && ascii_digit(t, len, i + 2) &&
		    ascii_digit(t, len, i + 3) && !ascii_digit(t, len, i + 4) ?
		    1 : 0;
	if (cp == '.' && ascii_digit(t, len, i - 1))
		return ascii_digit(t, len, i + 1) ? 1 : 0;
	/* "U.S.": a point between capitals, and the one after the last. */
	if (cp == '.' && t[i - 1] >= 'A' && t[i - 1] <= 'Z' && (i == 1 ||
	    !(ascii_digit(t, len, i - 2) || (t[i - 2] >= 'A' &&
	    t[i - 2] <= 'Z') || (t[i - 2] >= 'a' && t[i - 2] <= 'z'))))
		return (next >= 'A' && next <= 'Z' && (i + 2 >= len ||
		    t[i + 2] == '.')) || (i >= 2 && t[i - 2] == '.') ? 1 : 0;
	if (cp == '\'' || cp == 0x2019)
		return is_wordcp(next) && !utf8_is_digit(next) ? n : 0;
	return 0;
}

/* The words of TEXT (LEN bytes), at most TEXTDIFF_WORDS + 1 of them (one
 * more says "too many"). */
static size_t
words(const char *text, size_t len, struct word *w)
{
	size_t		i = 0, nw = 0, n, j;
	uint32_t	cp;

	while (i < len && nw <= TEXTDIFF_WORDS) {
		cp = cp_at(text, len, i, &n);
		if (utf8_is_space(cp)) {
			i += n;
			continue;
		}
		w[nw].s = i;
		i += n;
		while (is_wordcp(cp)) {
			cp = cp_at(text, len, i, &n);
			if (is_wordcp(cp))
				i += n;
			else if ((j = joiner(text, len, i)) > 0) {
				i += j;
				cp = cp_at(text, len, i, &n);
				if (!is_wordcp(cp))
					break;
			}
		}
		/* "6.2%" is one word, as "$45" is. */
		if (i < len && text[i] == '%' && ascii_digit(text, len, i - 1))
			i++;
		w[nw++].e = i;
	}
	return nw;
}

/* Whether byte I of word W of T is a thousands' comma: a digit before,
 * three and no more after. */
static int
thousands(const char *t, const struct word *w, size_t i)
{
	return t[i] == ',' && i > w->s &&
	    ascii_digit(t, w->e, i - 1) && ascii_digit(t, w->e, i + 1) &&
	    ascii_digit(t, w->e, i + 2) && ascii_digit(t, w->e, i + 3) &&
	    !ascii_digit(t, w->e, i + 4);
}

/* Whether word WA of A and WB of B are the same, their typography aside
 * ("don’t" and "don't", "—" and "-", "8,000" and "8000"). */
static int
same(const char *a, const struct word *wa, const char *b,
    const struct word *wb)
{
	size_t		i = wa->s, j = wb->s, n, m;
	uint32_t	x, y;

	if (wa->e - wa->s == wb->e - wb->s &&
	    memcmp(a + wa->s, b + wb->s, wa->e - wa->s) == 0)
		return 1;
	while (i < wa->e && j < wb->e) {
		/* "8,000" is "8000". */
		if (thousands(a, wa, i)) {
			i++;
			continue;
		}
		if (thousands(b, wb, j)) {
			j++;
			continue;
		}
		n = utf8_decode(a + i, wa->e - i, &x);
		m = utf8_decode(b + j, wb->e - j, &y);
		if (utf8_typo_cp(x) != utf8_typo_cp(y))
			return 0;
		i += n;
		j += m;
	}
	return i == wa->e && j == wb->e;
}

/* Where a change with no words on one side stands: before word I of N. */
static size_t
at_word(const struct word *w, size_t i, size_t n, size_t len)
{
	return i < n ? w[i].s : len;
}

int
textdiff(const char *old, const char *new, struct textdiff_hunk **hunks)
{
	struct word		*wo, *wn;
	struct textdiff_hunk	*h = NULL;
	uint16_t		*lcs;
	size_t			 lo, ln, no, nn, i, j, cols, nh = 0, io, jn;
	int			 ret;

	*hunks = NULL;
	wo = xreallocarray(NULL, TEXTDIFF_WORDS + 1, sizeof *wo);
	wn = xreallocarray(NULL, TEXTDIFF_WORDS + 1, sizeof *wn);
	lo = strlen(old);
	ln = strlen(new);
	no = words(old, lo, wo);
	nn = words(new, ln, wn);
	if (no > TEXTDIFF_WORDS || nn > TEXTDIFF_WORDS) {
		free(wo);
		free(wn);
		return -1;
	}
	/* lcs[i][j]: the longest common run of words of old[i..] and
	 * new[j..]. */
	cols = nn + 1;
	lcs = xcalloc((no + 1) * cols, sizeof *lcs);
	for (i = no; i-- > 0;) {
		for (j = nn; j-- > 0;) {
			if (same(old, &wo[i], new, &wn[j]))
				lcs[i * cols + j] = lcs[(i + 1) * cols + j + 1] + 1;
			else if (lcs[(i + 1) * cols + j] >= lcs[i * cols + j + 1])
				lcs[i * cols + j] = lcs[(i + 1) * cols + j];
			else
				lcs[i * cols + j] = lcs[i * cols + j + 1];
		}
	}
	if ((size_t)lcs[0] * 2 < (no > nn ? no : nn)) {
		ret = -1;
		goto out;
	}
	/* Walk the table: each run of words not in common is a change. */
	i = j = 0;
	while (i < no || j < nn) {
		if (i < no && j < nn && same(old, &wo[i], new, &wn[j])) {
			i++;
			j++;
			continue;
		}
		io = i;
		jn = j;
		while ((i < no || j < nn) && !(i < no && j < nn &&
		    same(old, &wo[i], new, &wn[j]))) {
			if (j == nn || (i < no && lcs[(i + 1) * cols + j] >=
			    lcs[i * cols + j + 1]))
				i++;
			else
				j++;
		}
		h = xreallocarray(h, nh + 1, sizeof *h);
		h[nh].old_s = at_word(wo, io, no, lo);
		h[nh].old_e = i > io ? wo[i - 1].e : h[nh].old_s;
		h[nh].new_s = at_word(wn, jn, nn, ln);
		h[nh].new_e = j > jn ? wn[j - 1].e : h[nh].new_s;
		nh++;
	}
	*hunks = h;
	ret = (int)nh;
out:
	free(lcs);
	free(wo);
	free(wn);
	return ret;
}

static void
say_add(char **buf, size_t *len, const char *s, size_t n)
{
	*buf = xreallocarray(*buf, *len + n + 1, 1);
	memcpy(*buf + *len, s, n);
	*len += n;
	(*buf)[*len] = '\0';
}

static void
say_quoted(char **buf, size_t *len, const char *s, size_t from, size_t to)
{
	say_add(buf, len, "\"", 1);
	say_add(buf, len, s + from, to - from);
	say_add(buf, len, "\"", 1);
}

char *
textdiff_format(const char *old, const char *new,
    const struct textdiff_hunk *h, int n, const char *arrow, int max)
{
	char	*buf = NULL, more[48];
	size_t	 len = 0;
	int	 i;

	if (n < 0)
		return xstrdup("reworded");
	if (max <= 0)
		max = n;
	for (i = 0; i < n && i < max; i++) {
		if (i > 0)
			say_add(&buf, &len, "; ", 2);
		if (h[i].old_s == h[i].old_e) {
			say_add(&buf, &len, "added ", 6);
			say_quoted(&buf, &len, new, h[i].new_s, h[i].new_e);
		} else if (h[i].new_s == h[i].new_e) {
			say_add(&buf, &len, "removed ", 8);
			say_quoted(&buf, &len, old, h[i].old_s, h[i].old_e);
		} else {
			say_quoted(&buf, &len, old, h[i].old_s, h[i].old_e);
			say_add(&buf, &len, arrow, strlen(arrow));
			say_quoted(&buf, &len, new, h[i].new_s, h[i].new_e);
		}
	}
	if (n > max) {
		snprintf(more, sizeof more, "; %d more", n - max);
		say_add(&buf, &len, more, strlen(more));
	}
	return buf;
}

char *
textdiff_say(const char *old, const char *new, const char *arrow, int max)
{
	struct textdiff_hunk	*h;
	char			*buf;
	int			 n;

	n = textdiff(old, new, &h);
	buf = textdiff_format(old, new, h, n, arrow, max);
	free(h);
	return buf;
}
