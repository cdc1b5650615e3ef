/* json.c: writing JSON strings to a stdio stream. */
#include <stdint.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "json.h"
#include "utf8.h"

/* Length of the valid UTF-8 sequence at S (at most LEN bytes) with its
 * code point in *CPP, or 0. */
static size_t
json_utf8_len(const unsigned char *s, size_t len, uint32_t *cpp)
{
	size_t		n, i;
	uint32_t	cp;

	if (s[0] < 0x80) {
		*cpp = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		n = 2, cp = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		n = 3, cp = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		n = 4, cp = s[0] & 0x07;
	else
		return 0;
	if (n > len)
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
	    cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	*cpp = cp;
	return n;
}

/* Code points valid in JSON that a terminal would obey or hide rather
 * than show: the C1 controls and the invisible ones (as utf8_is_unsafe()
 * says), and U+2028 and U+2029, which break JavaScript. */
static int
json_escaped(uint32_t cp)
{
	return (cp >= 0x80 && cp <= 0x9f) || utf8_is_invisible(cp) ||
	    cp == 0x2028 || cp == 0x2029;
}

void
json_string(FILE *f, const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, run, n;
	uint32_t		 cp = 0;

	putc('"', f);
	while (i < len) {
		/* Copy the longest run that needs no escape in one write. */
		for (run = i; run < len && p[run] >= 0x20 && p[run] < 0x80 &&
		    p[run] != '"' && p[run] != '\\' && p[run] != '<' &&
		    p[run] != '>' && p[run] != '&' && p[run] != 0x7f; run++)
			;
		if (run > i) {
			fwrite(p + i, 1, run - i, f);
			i = run;
			continue;
		}
		switch (p[i]) {
		case '"':	fputs("\\\"", f); i++; continue;
		case '\\':	fputs("\\\\", f); i++; continue;
		case '\n':	fputs("\\n", f); i++; continue;
		case '\t':	fputs("\\t", f); i++; continue;
		case '\r':	fputs("\\r", f); i++; continue;
		}
		if (p[i] < 0x20 || p[i] == 0x7f || p[i] == '<' || p[i] == '>' ||
		    p[i] == '&') {
			fprintf(f, "\\u%04x", p[i]);
			i++;
			continue;
		}
		if ((n = json_utf8_len(p + i, len - i, &cp)) == 0) {
			fputs("\\ufffd", f);
			i++;
			continue;
		}
		if (json_escaped(cp) && cp > 0xffff)
			fprintf(f, "\\u%04x\\u%04x",
			    0xd800 + ((unsigned)(cp - 0x10000) >> 10),
			    0xdc00 + ((unsigned)(cp - 0x10000) & 0x3ff));
		else if (json_escaped(cp))
			fprintf(f, "\\u%04x", (unsigned)cp);
		else
			fwrite(p + i, 1, n, f);
		i += n;
	}
	putc('"', f);
}

void
json_str(FILE *f, const char *s)
{
	if (s == NULL)
		fputs("null", f);
	else
		json_string(f, s, strlen(s));
}

void
json_members(FILE *f, const char *sep, ...)
{
	va_list		 ap;
	const char	*key;

	va_start(ap, sep);
	while ((key = va_arg(ap, const char *)) != NULL) {
		fprintf(f, "%s\"%s\": ", sep, key);
		json_str(f, va_arg(ap, const char *));
	}
	va_end(ap);
}
