/* fuzz_export_text.c: the md, html and csv escapers on any text. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "export-int.h"
#include "fuzz.h"
#include "utf8.h"

/*
 * Each escaper's output is parsed back (HTML entities, an RFC 4180 cell,
 * CommonMark backslash escapes and autolinks) and must give the text as the
 * screen shows it: ref_sanitize() below, written from utf8.c alone so that
 * it shares nothing with export-text.c. On the way, nothing unsafe may be
 * left raw: no control byte, no markup character, no formula start.
 */

/* A growing byte string. */
struct buf {
	char	*s;
	size_t	 len, cap;
};

static void
buf_add(struct buf *b, const char *s, size_t len)
{
	if (b->len + len + 1 > b->cap) {
		while (b->len + len + 1 > b->cap)
			b->cap = b->cap ? b->cap * 2 : 256;
		if ((b->s = realloc(b->s, b->cap)) == NULL)
			abort();
	}
	memcpy(b->s + b->len, s, len);
	b->len += len;
	b->s[b->len] = '\0';
}

static void
buf_addc(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

/* The text as a report shows it: CR LF, CR and LF as NL (or a space when
 * not NEWLINES), bad bytes as U+FFFD, unsafe code points as the screen's
 * placeholders (utf8_sanitize() per code point). */
static void
ref_sanitize(struct buf *b, const char *s, size_t len, const char *nl)
{
	size_t		 i = 0, n;
	uint32_t	 cp;
	char		*ph;

	while (i < len) {
		if (s[i] == '\r' || s[i] == '\n') {
			if (s[i] == '\r' && i + 1 < len && s[i + 1] == '\n')
				i++;
			i++;
			buf_add(b, nl, strlen(nl));
			continue;
		}
		n = utf8_decode(s + i, len - i, &cp);
		if (cp == UTF8_REPLACEMENT && n == 1)
			buf_add(b, "\xef\xbf\xbd", 3);
		else if (utf8_is_unsafe(cp)) {
			ph = utf8_sanitize(s + i, n);
			buf_add(b, ph, strlen(ph));
			free(ph);
		} else
			buf_add(b, s + i, n);
		i += n;
	}
}

/* Runs one escaper into an allocated string. */
static char *
capture(void (*fn)(FILE *, const char *, size_t, int), const char *s,
    size_t len, int flag, size_t *outlen)
{
	FILE	*f;
	char	*out = NULL;

	if ((f = open_memstream(&out, outlen)) == NULL)
		abort();
	fn(f, s, len, flag);
	fclose(f);
	return out;
}

static void
run_html(FILE *f, const char *s, size_t len, int flag)
{
	(void)flag;
	export_html_text(f, s, len);
}

static void
run_csv(FILE *f, const char *s, size_t len, int flag)
{
	(void)len;
	(void)flag;
	export_csv_cell(f, s);
}

static void
run_md(FILE *f, const char *s, size_t len, int flag)
{
	(void)len;
	export_md_text(f, s, flag);
}

/* Valid UTF-8 with no unsafe code point; control bytes only from ALLOWED. */
static void
check_safe(const char *out, size_t len, const char *allowed, const char *what)
{
	size_t		i, n;
	uint32_t	cp;

	fuzz_check(utf8_validate(out, len, NULL) == 0, what);
	for (i = 0; i < len; i += n) {
		n = utf8_decode(out + i, len - i, &cp);
		if (cp < 0x20 || cp == 0x7f)
			fuzz_check(cp != 0 && strchr(allowed, (int)cp) != NULL,
			    what);
		else
			fuzz_check(!utf8_is_unsafe(cp), what);
	}
}

static const char *const html_entities[][2] = {
	{ "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" },
	{ "&quot;", "\"" }, { "&#39;", "'" }
};

static void
check_html(const char *s, size_t len)
{
	struct buf	 want = { NULL, 0, 0 }, got = { NULL, 0, 0 };
	char		*out;
	size_t		 outlen, i, k, n;

	out = capture(run_html, s, len, 0, &outlen);
	check_safe(out, outlen, "\t\n", "html: no control byte");
	for (i = 0; i < outlen; i++) {
		fuzz_check(strchr("<>\"'", out[i]) == NULL || out[i] == '\0',
		    "html: no raw markup character");
		if (out[i] != '&') {
			buf_addc(&got, out[i]);
			continue;
		}
		for (k = 0; k < 5; k++) {
			n = strlen(html_entities[k][0]);
			if (outlen - i >= n &&
			    memcmp(out + i, html_entities[k][0], n) == 0)
				break;
		}
		fuzz_check(k < 5, "html: every & starts a known entity");
		buf_add(&got, html_entities[k][1], 1);
		i += n - 1;
	}
	ref_sanitize(&want, s, len, "\n");
	buf_addc(&want, 0);
	buf_addc(&got, 0);
	fuzz_check(want.len == got.len && memcmp(want.s, got.s, got.len) == 0,
	    "html: unescaped, the text as the screen shows it");
	free(want.s);
	free(got.s);
	free(out);
}

/* Parses OUT as one RFC 4180 field (all of it) into GOT. */
static void
csv_parse(const char *out, size_t len, struct buf *got)
{
	size_t	i;

	buf_add(got, "", 0);
	if (len == 0 || out[0] != '"') {
		for (i = 0; i < len; i++)
			fuzz_check(strchr(",\"\r\n", out[i]) == NULL ||
			    out[i] == '\0',
			    "csv: bare cell holds no , \" CR LF");
		buf_add(got, out, len);
		return;
	}
	for (i = 1; i < len; i++) {
		if (out[i] != '"') {
			buf_addc(got, out[i]);
			continue;
		}
		if (i + 1 < len && out[i + 1] == '"') {
			buf_addc(got, '"');
			i++;
			continue;
		}
		fuzz_check(i + 1 == len,
		    "csv: the closing quote ends the cell");
		return;
	}
	fuzz_check(0, "csv: a quoted cell is closed");
}

static void
check_csv(const char *s)
{
	struct buf	 want = { NULL, 0, 0 }, got = { NULL, 0, 0 };
	char		*out;
	size_t		 outlen, len = strlen(s);

	out = capture(run_csv, s, len, 0, &outlen);
	check_safe(out, outlen, "\t\n", "csv: no control byte but tab, LF");
	csv_parse(out, outlen, &got);
	buf_add(&want, "", 0);
	if (len > 0 && strchr("=+-@\t\r", s[0]) != NULL)
		buf_addc(&want, '\'');
	ref_sanitize(&want, s, len, "\n");
	fuzz_check(want.len == got.len && memcmp(want.s, got.s, got.len) == 0,
	    "csv: the parsed cell is the text as the screen shows it");
	fuzz_check(got.len == 0 || strchr("=+-@\t\r", got.s[0]) == NULL,
	    "csv: no cell starts a formula");
	free(want.s);
	free(got.s);
	free(out);
}

/* ASCII punctuation: what a CommonMark backslash escapes. */
static int
md_punct(char c)
{
	return c != '\0' && strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c);
}

/*
 * Reads Markdown inline text back: "\X" is X, "<http...>" an autolink, and
 * in MULTILINE text "\" NL "  " a hard break. Raw markup is an error.
 */
static void
md_parse(const char *out, size_t len, int multiline, struct buf *got)
{
	size_t	i, j;

	buf_add(got, "", 0);
	for (i = 0; i < len; i++) {
		if (out[i] == '\\') {
			fuzz_check(i + 1 < len, "md: no backslash at the end");
			if (multiline && out[i + 1] == '\n') {
				fuzz_check(i + 3 < len && out[i + 2] == ' ' &&
				    out[i + 3] == ' ', "md: a hard break is "
				    "indented");
				buf_addc(got, '\n');
				i += 3;
				continue;
			}
			fuzz_check(md_punct(out[i + 1]),
			    "md: a backslash escapes punctuation");
			buf_addc(got, out[++i]);
			continue;
		}
		if (out[i] == '<') {
			fuzz_check(multiline, "md: autolinks only in notes");
			fuzz_check(export_text_link(out + i + 1, len - i - 1) >
			    0, "md: an unescaped < starts a link");
			for (j = i + 1; j < len && out[j] != '>'; j++)
				fuzz_check(out[j] != '<' &&
				    (unsigned char)out[j] > 0x20,
				    "md: an autolink holds no < or space");
			fuzz_check(j < len, "md: an autolink is closed");
			buf_add(got, out + i + 1, j - i - 1);
			i = j;
			continue;
		}
		fuzz_check(strchr("`*_[]<>&|~#", out[i]) == NULL ||
		    out[i] == '\0', "md: no raw markup character");
		fuzz_check(out[i] != '\n', "md: no bare line break");
		buf_addc(got, out[i]);
	}
}

/* The Markdown of S as export_md_text() means it: one line with line
 * breaks as spaces, or (MULTILINE) trailing white space and each line's
 * leading blanks dropped. */
static void
md_want(const char *s, size_t len, int multiline, struct buf *want)
{
	size_t	i, eol;

	buf_add(want, "", 0);
	if (!multiline) {
		ref_sanitize(want, s, len, " ");
		return;
	}
	while (len > 0 && strchr(" \t\r\n", s[len - 1]) != NULL)
		len--;
	for (i = 0; i < len; i = eol) {
		if (i > 0)
			buf_addc(want, '\n');
		for (eol = i; eol < len && s[eol] != '\r' && s[eol] != '\n';
		    eol++)
			;
		while (i < eol && (s[i] == ' ' || s[i] == '\t'))
			i++;
		ref_sanitize(want, s + i, eol - i, " ");
		if (eol < len && s[eol] == '\r' && eol + 1 < len &&
		    s[eol + 1] == '\n')
			eol++;
		if (eol < len)
			eol++;
	}
}

/* True when the Markdown line at S would start a block: a heading, list
 * item, quote, thematic break or setext underline. */
static int
md_block_start(const char *s, size_t len)
{
	size_t	i = 0;

	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i < len && strchr("#+-=>*_", s[i]) != NULL && s[i] != '\0')
		return 1;
	while (i < len && s[i] >= '0' && s[i] <= '9')
		i++;
	return i > 0 && i < len && (s[i] == '.' || s[i] == ')') &&
	    s[i - 1] >= '0' && s[i - 1] <= '9';
}

static void
check_md(const char *s, int multiline)
{
	struct buf	 want = { NULL, 0, 0 }, got = { NULL, 0, 0 };
	char		*out, *line;
	size_t		 outlen, len = strlen(s);

	out = capture(run_md, s, len, multiline, &outlen);
	check_safe(out, outlen, multiline ? "\t\n" : "\t",
	    "md: no control byte");
	md_parse(out, outlen, multiline, &got);
	md_want(s, len, multiline, &want);
	fuzz_check(want.len == got.len && memcmp(want.s, got.s, got.len) == 0,
	    "md: unescaped, the text as the screen shows it");
	if (multiline) {
		for (line = out; line != NULL; line = strchr(line, '\n')) {
			if (*line == '\n')
				line++;
			fuzz_check(!md_block_start(line,
			    strcspn(line, "\n")), "md: no line starts a block");
		}
	}
	free(want.s);
	free(got.s);
	free(out);
}

static void
check_link(const char *s, size_t len)
{
	size_t	n, i;

	n = export_text_link(s, len);
	if (n == 0)
		return;
	fuzz_check(n <= len, "link: within the text");
	fuzz_check(strncasecmp(s, "http://", 7) == 0 ||
	    strncasecmp(s, "https://", 8) == 0, "link: an http(s) scheme");
	for (i = 0; i < n; i++)
		fuzz_check((unsigned char)s[i] > 0x20 &&
		    strchr("<>\"`\\{}|\x7f", s[i]) == NULL,
		    "link: no space or delimiter inside");
	fuzz_check(strchr(".,;:!?'*_", s[n - 1]) == NULL,
	    "link: trailing punctuation left out");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char	*s = (const char *)data;
	char		*cstr;

	check_html(s, size);
	check_link(s, size);
	if ((cstr = malloc(size + 1)) == NULL)
		abort();
	memcpy(cstr, s, size);
	cstr[size] = '\0';	/* the C-string escapers stop at a NUL */
	check_csv(cstr);
	check_md(cstr, 0);
	check_md(cstr, 1);
	free(cstr);
	return 0;
}
