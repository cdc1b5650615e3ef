/* export-text.c: untrusted text made safe for the human report formats. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "export-int.h"
#include "links.h"
#include "utf8.h"

/* Writes the ASCII placeholder P, its special bytes through ESC. */
static void
text_placeholder(FILE *f, const char *p, const char special[128],
    void (*esc)(FILE *, int, void *), void *arg)
{
	for (; *p != '\0'; p++) {
		if (special != NULL && special[(unsigned char)*p])
			esc(f, *p, arg);
		else
			putc(*p, f);
	}
}

/* The screen's placeholder for unsafe code point CP: "^[" for ESC, "^?" for
 * DEL, "<U+202E>" for the others (as utf8_sanitize() shows them). */
static void
text_unsafe(FILE *f, uint32_t cp, const char special[128],
    void (*esc)(FILE *, int, void *), void *arg)
{
	char	buf[16];

	if (cp < 0x20 || cp == 0x7f)
		snprintf(buf, sizeof buf, "^%c", (char)(cp ^ 0x40));
	else
		snprintf(buf, sizeof buf, "<U+%04X>", (unsigned)cp);
	text_placeholder(f, buf, special, esc, arg);
}

/* The zero-width non-joiner and joiner, a part of the words of Persian,
 * Arabic and the scripts of India ("می‌خواهم") and of emoji sequences, and
 * the left-to-right, right-to-left and Arabic letter marks, with which
 * right-to-left text places its digits and punctuation: ordinary marks of
 * those scripts, none of which overrides the order of what follows. A
 * report keeps them, as a browser shows them; the screen, whose columns
 * they would make lie, shows a placeholder. */
static int
text_kept(uint32_t cp)
{
	return cp == 0x200c || cp == 0x200d || cp == 0x200e ||
	    cp == 0x200f || cp == 0x061c;
}

/* True when ASCII byte C is copied as it is. */
static int
text_plain(unsigned char c, const char special[128])
{
	if (c >= 0x80 || (c < 0x20 && c != '\t') || c == 0x7f)
		return 0;
	return special == NULL || !special[c];
}

/* Writes the newline ending at S[*I] (CR LF counts as one). */
static void
text_newline(FILE *f, const char *s, size_t len, size_t *i, int newlines,
    const char special[128], void (*esc)(FILE *, int, void *), void *arg)
{
	if (s[*i] == '\r' && *i + 1 < len && s[*i + 1] == '\n')
		(*i)++;
	(*i)++;
	if (!newlines)
		putc(' ', f);
	else if (special != NULL && special['\n'])
		esc(f, '\n', arg);
	else
		putc('\n', f);
}

void
export_text_write(FILE *f, const char *s, size_t len, int newlines,
    const char special[128], void (*esc)(FILE *, int, void *), void *arg)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 i = 0, run, n;
	uint32_t		 cp;

	while (i < len) {
		for (run = i; run < len && text_plain(u[run], special); run++)
			;
		if (run > i) {
			fwrite(u + i, 1, run - i, f);
			i = run;
			continue;
		}
		if (u[i] == '\r' || u[i] == '\n') {
			text_newline(f, s, len, &i, newlines, special, esc, arg);
			continue;
		}
		if (u[i] < 0x80 && special != NULL && special[u[i]]) {
			esc(f, u[i++], arg);
			continue;
		}
		n = utf8_decode(s + i, len - i, &cp);
		if (n == 1 && cp == UTF8_REPLACEMENT)
			fputs("\xef\xbf\xbd", f);
		else if (utf8_is_unsafe(cp) && !text_kept(cp))
			text_unsafe(f, cp, special, esc, arg);
		else
			fwrite(u + i, 1, n, f);
		i += n;
	}
}

/* True when the last of LEN bytes at S may end a link rather than being
 * punctuation after it. */
static int
text_link_end_ok(const char *s, size_t len)
{
	size_t	i, open = 0, close = 0;

	switch (s[len - 1]) {
	case '.': case ',': case ';': case ':': case '!': case '?':
	case '\'': case '*': case '_':
		return 0;
	case ')':
		for (i = 0; i < len; i++) {
			open += s[i] == '(';
			close += s[i] == ')';
		}
		return close <= open;
	case ']':
		for (i = 0; i < len; i++) {
			open += s[i] == '[';
			close += s[i] == ']';
		}
		return close <= open;
	}
	return 1;
}

size_t
export_text_link(const char *s, size_t len)
{
	size_t	scheme, n;

	if ((scheme = links_url_scheme(s, len)) == 0)
		return 0;
	n = scheme + links_url_span(s + scheme, len - scheme);
	while (n > scheme && !text_link_end_ok(s, n))
		n--;
	/* A host, no password, a port that is one, as for every link
	 * claimdesk publishes. */
	return n > scheme && links_span_authority_ok(s, n) ? n : 0;
}
