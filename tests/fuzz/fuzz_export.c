/* fuzz_export.c: any article, note and names, stored and then exported in
 * every format: each report parses back in its own format. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "abbrevs.h"
#include "article.h"
#include "doc.h"
#include "export.h"
#include "fuzz.h"
#include "meta.h"
#include "rules.h"
#include "segment.h"
#include "store.h"
#include "utf8.h"

/*
 * Input: NUL-separated parts: the article's bytes, a note, a reviewer, an
 * organisation, a report URL, then the article's metadata as a hostile
 * page could give it: title, authors (one a line), date, site, canonical
 * URL, language; missing parts are empty. The article is imported into a
 * scratch database (a new one every few hundred inputs), its metadata set
 * (when it is UTF-8, as every page's is once read), its first claims get
 * verdicts with the note, a claim is added by hand over a span of the
 * text, and each report, for the desk and as published (--public), is
 * checked:
 *
 * - md: valid UTF-8, no control character but tab and newline, nothing a
 *   terminal would obey;
 * - html: that, plus every tag one the writer knows, opened and closed in
 *   order, every attribute quoted, every "&" a known entity;
 * - csv: RFC 4180 records of 14 fields, the header first;
 * - json and claimreview: valid JSON (RFC 8259), nothing raw in strings;
 *   in html, the ClaimReview JSON-LD as well, with no "<" or "&" a parser
 *   of HTML could take for markup.
 */

#define NPARTS	11

#define RESET_EVERY	256


/* A change by REVIEWER (ORIGIN may be NULL) against no version. */
static const struct st_change *
by(const char *reviewer, const char *origin)
{
	static struct st_change	ch;

	ch.reviewer = reviewer;
	ch.origin = origin;
	ch.version = -1;
	ch.expect = -1;
	return &ch;
}

static struct store	*store;
static struct ruleset	*rules;
static struct abbrevs	*abbrevs;
static char		 dbpath[64];
static unsigned		 runs;

static void
db_unlink(void)
{
	char	path[80];

	unlink(dbpath);
	snprintf(path, sizeof path, "%s-wal", dbpath);
	unlink(path);
	snprintf(path, sizeof path, "%s-shm", dbpath);
	unlink(path);
}

static void
db_reset(void)
{
	char	*cause = NULL;

	if (store != NULL)
		store_close(store);
	db_unlink();
	if ((store = store_open(dbpath, 0, &cause)) == NULL) {
		fprintf(stderr, "fuzz_export: %s: %s\n", dbpath, cause);
		abort();
	}
}

static void
setup(void)
{
	char	*cause = NULL;

	rules = rules_load(CD_SRCDATADIR "/claim-rules", &cause);
	abbrevs = abbrevs_load(CD_SRCDATADIR "/abbreviations", &cause);
	if (rules == NULL || abbrevs == NULL)
		abort();
	snprintf(dbpath, sizeof dbpath, "%s/cd-fuzz-export.%ld.db",
	    access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp",
	    (long)getpid());
	atexit(db_unlink);
	db_reset();
}

/* Nothing a terminal would obey: C0 but tab, LF (and CR when CR), DEL,
 * C1, bidi overrides; and valid UTF-8. */
static void
check_text(const char *s, size_t len, int cr, const char *what)
{
	size_t		i, n;
	uint32_t	cp;

	fuzz_check(utf8_validate(s, len, NULL) == 0, what);
	for (i = 0; i < len; i += n) {
		n = utf8_decode(s + i, len - i, &cp);
		if (cp == '\t' || cp == '\n' || (cr && cp == '\r'))
			continue;
		fuzz_check(!utf8_is_unsafe(cp), what);
	}
}

/* JSON, RFC 8259, read by recursive descent; returns the end of the value
 * at P or NULL. */
static const char	*json_value(const char *p, const char *end, int depth);

static const char *
json_ws(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++;
	return p;
}

static const char *
json_string_end(const char *p, const char *end)
{
	if (p >= end || *p != '"')
		return NULL;
	for (p++; p < end; p++) {
		if ((unsigned char)*p < 0x20)
			return NULL;
		if (*p == '"')
			return p + 1;
		if (*p != '\\')
			continue;
		if (++p >= end)
			return NULL;
		if (*p == 'u') {
			if (end - p < 5 ||
			    strspn(p + 1, "0123456789abcdefABCDEF") < 4)
				return NULL;
			p += 4;
		} else if (strchr("\"\\/bfnrt", *p) == NULL || *p == '\0')
			return NULL;
	}
	return NULL;
}

static const char *
json_number_end(const char *p, const char *end)
{
	const char	*start;

	if (p < end && *p == '-')
		p++;
	if (p >= end || *p < '0' || *p > '9')
		return NULL;
	if (*p == '0')
		p++;
	else
		while (p < end && *p >= '0' && *p <= '9')
			p++;
	if (p < end && *p == '.') {
		start = ++p;
		while (p < end && *p >= '0' && *p <= '9')
			p++;
		if (p == start)
			return NULL;
	}
	if (p < end && (*p == 'e' || *p == 'E')) {
		p++;
		if (p < end && (*p == '+' || *p == '-'))
			p++;
		start = p;
		while (p < end && *p >= '0' && *p <= '9')
			p++;
		if (p == start)
			return NULL;
	}
	return p;
}

static const char *
json_list(const char *p, const char *end, int depth, char close, int object)
{
	p = json_ws(p + 1, end);
	if (p < end && *p == close)
		return p + 1;
	for (;;) {
		if (object) {
			if ((p = json_string_end(p, end)) == NULL)
				return NULL;
			p = json_ws(p, end);
			if (p >= end || *p != ':')
				return NULL;
			p = json_ws(p + 1, end);
		}
		if ((p = json_value(p, end, depth + 1)) == NULL)
			return NULL;
		p = json_ws(p, end);
		if (p < end && *p == close)
			return p + 1;
		if (p >= end || *p != ',')
			return NULL;
		p = json_ws(p + 1, end);
	}
}

static const char *
json_value(const char *p, const char *end, int depth)
{
	if (depth > 64 || p >= end)
		return NULL;
	switch (*p) {
	case '{':
		return json_list(p, end, depth, '}', 1);
	case '[':
		return json_list(p, end, depth, ']', 0);
	case '"':
		return json_string_end(p, end);
	case 't':
		return end - p >= 4 && memcmp(p, "true", 4) == 0 ? p + 4 : NULL;
	case 'f':
		return end - p >= 5 && memcmp(p, "false", 5) == 0 ? p + 5 :
		    NULL;
	case 'n':
		return end - p >= 4 && memcmp(p, "null", 4) == 0 ? p + 4 : NULL;
	}
	return json_number_end(p, end);
}

static void
check_json(const char *s, size_t len, char top)
{
	const char	*end = s + len, *p;

	check_text(s, len, 0, "json: nothing raw");
	p = json_ws(s, end);
	fuzz_check(p < end && *p == top, "json: the top value");
	p = json_value(p, end, 0);
	fuzz_check(p != NULL, "json: valid");
	fuzz_check(json_ws(p, end) == end, "json: nothing after the value");
}

/* RFC 4180: records of 14 fields ending with CR LF. */
static void
check_csv(const char *s, size_t len)
{
	size_t	i = 0, fields = 1, records = 0;

	check_text(s, len, 1, "csv: nothing raw");
	fuzz_check(len > 0 && strncmp(s, "article_id,article_title,", 25) == 0,
	    "csv: the header first");
	while (i < len) {
		if (s[i] == '"') {
			for (i++; i < len; i++) {
				if (s[i] != '"')
					continue;
				if (i + 1 < len && s[i + 1] == '"')
					i++;
				else
					break;
			}
			fuzz_check(i < len, "csv: a quoted cell is closed");
			i++;
			fuzz_check(i < len && (s[i] == ',' || s[i] == '\r'),
			    "csv: a quoted cell ends the field");
			continue;
		}
		if (s[i] == ',') {
			fields++;
			i++;
			continue;
		}
		if (s[i] == '\r') {
			fuzz_check(i + 1 < len && s[i + 1] == '\n',
			    "csv: records end with CR LF");
			fuzz_check(fields == 14, "csv: 14 fields a record");
			records++;
			fields = 1;
			i += 2;
			continue;
		}
		fuzz_check(s[i] != '\n' && s[i] != '"',
		    "csv: no bare LF or quote in a plain cell");
		i++;
	}
	fuzz_check(records >= 1 && fields == 1, "csv: whole records");
}

static const char *const html_tags[] = {
	"html", "head", "meta", "title", "style", "body", "header", "h1",
	"p", "ul", "li", "span", "main", "article", "h2", "h3", "dl", "dt",
	"dd", "time", "a", "div", "mark", "table", "colgroup", "col",
	"thead", "tbody", "tr", "th", "td", "br", "script", "strong", NULL
};

static int
html_void(const char *name)
{
	return strcmp(name, "meta") == 0 || strcmp(name, "col") == 0 ||
	    strcmp(name, "br") == 0;
}

/* Tags the writer knows, opened and closed in order; quoted attributes;
 * known entities only; no raw "<", ">" in text. */
static void
check_html(const char *s, size_t len)
{
	static const char *const ents[] = {
		"&amp;", "&lt;", "&gt;", "&quot;", "&#39;", NULL
	};
	char		 stack[64][16], name[16];
	const char	*p = s, *end = s + len, *q;
	int		 depth = 0, k, closing;
	size_t		 n;

	check_text(s, len, 0, "html: nothing raw");
	fuzz_check(len > 15 && memcmp(s, "<!DOCTYPE html>\n", 16) == 0,
	    "html: a doctype");
	p += 16;
	while (p < end) {
		if (*p == '&') {
			for (k = 0; ents[k] != NULL; k++) {
				n = strlen(ents[k]);
				if ((size_t)(end - p) >= n &&
				    memcmp(p, ents[k], n) == 0)
					break;
			}
			fuzz_check(ents[k] != NULL, "html: a known entity");
			p += strlen(ents[k]);
			continue;
		}
		fuzz_check(*p != '>' && *p != '"',
		    "html: no raw > or \" in text");
		if (*p != '<') {
			p++;
			continue;
		}
		closing = p + 1 < end && p[1] == '/';
		p += 1 + closing;
		for (n = 0; p < end && n < sizeof name - 1 &&
		    ((*p >= 'a' && *p <= 'z') || (*p >= '1' && *p <= '6')); n++)
			name[n] = *p++;
		name[n] = '\0';
		for (k = 0; html_tags[k] != NULL; k++)
			if (strcmp(html_tags[k], name) == 0)
				break;
		fuzz_check(n > 0 && html_tags[k] != NULL, "html: a known tag");
		/* Attributes: NAME="VALUE", the value escaped. */
		while (p < end && *p == ' ') {
			p++;
			while (p < end &&
			    ((*p >= 'a' && *p <= 'z') || *p == '-'))
				p++;
			if (p < end && *p == '=') {
				fuzz_check(p + 1 < end && p[1] == '"',
				    "html: a quoted attribute");
				q = memchr(p + 2, '"', (size_t)(end - p - 2));
				fuzz_check(q != NULL,
				    "html: a closed attribute");
				fuzz_check(memchr(p + 2, '<',
				    (size_t)(q - p - 2)) == NULL,
				    "html: no < in an attribute");
				p = q + 1;
			}
		}
		fuzz_check(p < end && *p == '>', "html: a tag ends with >");
		p++;
		if (closing) {
			fuzz_check(depth > 0 && strcmp(stack[depth - 1], name)
			    == 0, "html: closed in order");
			depth--;
			continue;
		}
		if (strcmp(name, "style") == 0) {
			q = strstr(p, "</style>");
			fuzz_check(q != NULL, "html: the style ends");
			p = q;
		}
		/* The one script: ClaimReview JSON-LD, data with nothing a
		 * parser of HTML could take for markup. */
		if (strcmp(name, "script") == 0) {
			fuzz_check(p - s > 28 && memcmp(p - 28, " type=\""
			    "application/ld+json\">", 28) == 0,
			    "html: a script is JSON-LD");
			q = strstr(p, "</script>");
			fuzz_check(q != NULL, "html: the JSON-LD ends");
			fuzz_check(memchr(p, '<', (size_t)(q - p)) == NULL &&
			    memchr(p, '&', (size_t)(q - p)) == NULL,
			    "html: no < or & in JSON-LD");
			check_json(p, (size_t)(q - p), '[');
			p = q;
		}
		if (html_void(name))
			continue;
		fuzz_check(depth < 64, "html: not too deep");
		memcpy(stack[depth++], name, sizeof name);
	}
	fuzz_check(depth == 0, "html: every tag closed");
}

/* Splits DATA at NULs into PARTS C strings (missing ones are ""). */
static void
split(const uint8_t *data, size_t size, char **parts, int nparts)
{
	size_t		 i = 0, j;
	int		 k;

	for (k = 0; k < nparts; k++) {
		for (j = i; j < size && data[j] != 0; j++)
			;
		if ((parts[k] = malloc(j - i + 1)) == NULL)
			abort();
		if (j > i)
			memcpy(parts[k], data + i, j - i);
		parts[k][j - i] = '\0';
		i = j < size ? j + 1 : size;
	}
}

/* The metadata in PARTS (title, authors, date, site, url, lang) as a
 * person's on ARTICLE; nothing when a part is not UTF-8. */
static void
meta_from(int64_t article, char **parts)
{
	struct meta	 m;
	char		*cause = NULL, *p, *nl;
	int		 k;

	for (k = 0; k < 6; k++) {
		if (utf8_validate(parts[k], strlen(parts[k]), NULL) != 0)
			return;
	}
	memset(&m, 0, sizeof m);
	m.title = *parts[0] != '\0' ? parts[0] : NULL;
	for (p = parts[1]; *p != '\0' && m.nauthors < 8; p = nl + 1) {
		m.authors = realloc(m.authors, (m.nauthors + 1) *
		    sizeof *m.authors);
		if (m.authors == NULL)
			abort();
		m.authors[m.nauthors++] = p;
		if ((nl = strchr(p, '\n')) == NULL)
			break;
		*nl = '\0';
	}
	m.date = parts[2];
	m.site = parts[3];
	m.url = parts[4];
	m.lang = parts[5];
	if (store_meta_set(store, article, &m, m.title != NULL ? META_ALL :
	    META_ALL & ~META_TITLE, &cause) != 0)
		free(cause);
	free(m.authors);
}

static void
export_check(int64_t article, const char *org, const char *url)
{
	struct export_opts	 opts;
	FILE			*f;
	char			*out, *cause = NULL;
	size_t			 len;
	int			 format, publish, k;

	for (k = 0; k < 2 * (EXPORT_CLAIMREVIEW + 1 - EXPORT_MD); k++) {
		format = EXPORT_MD + k / 2;
		publish = k % 2;
		memset(&opts, 0, sizeof opts);
		opts.publish = publish;
		opts.format = (enum export_format)format;
		opts.articles = &article;
		opts.narticles = 1;
		opts.org = *org != '\0' ? org : NULL;
		opts.url = *url != '\0' ? url : NULL;
		opts.generated_at = "2025-11-26T12:00:00Z";
		out = NULL;
		if ((f = open_memstream(&out, &len)) == NULL)
			abort();
		if (export_run(store, &opts, f, &cause) != 0) {
			fprintf(stderr, "export: %s\n", cause);
			fuzz_check(0, "an export succeeds");
		}
		fclose(f);
		switch (format) {
		case EXPORT_MD:
			check_text(out, len, 0, "md: nothing raw");
			break;
		case EXPORT_HTML:
			check_html(out, len);
			break;
		case EXPORT_CSV:
			check_csv(out, len);
			break;
		case EXPORT_JSON:
			check_json(out, len, '{');
			break;
		case EXPORT_CLAIMREVIEW:
			check_json(out, len, '[');
			break;
		}
		free(out);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct import_result	 res;
	struct article		*art;
	struct doc		*doc;
	char			*parts[NPARTS], *cause = NULL, path[64];
	const char		*reviewer;
	int64_t			 claim;
	size_t			 start, end;
	int			 k;

	if (store == NULL)
		setup();
	if (++runs % RESET_EVERY == 0)
		db_reset();
	split(data, size, parts, NPARTS);
	art = article_from_bytes("fuzz.txt", parts[0], strlen(parts[0]),
	    ARTICLE_MAX_SIZE, &cause);
	if (art == NULL) {
		free(cause);
		goto done;
	}
	doc = doc_build(art, abbrevs, rules, 0);
	reviewer = *parts[2] != '\0' ? parts[2] : "fuzz";
	snprintf(path, sizeof path, "/fuzz/%u.txt", runs);
	if (store_import(store, path, doc, reviewer, 0, &res, &cause) != 0) {
		fprintf(stderr, "import: %s\n", cause);
		fuzz_check(0, "an import succeeds");
	}
	meta_from(res.article, parts + 5);
	for (k = 1; k <= 4 && (size_t)k <= res.claims; k++) {
		if (store_find_claim(store, res.article, k, &claim,
		    &cause) != 0)
			fuzz_check(0, "an imported claim is found");
		if (store_set_verdict(store, claim, k % 4, parts[1],
		    by(reviewer, NULL), NULL, &cause) != 0) {
			fprintf(stderr, "verdict: %s\n", cause);
			fuzz_check(0, "a verdict is saved");
		}
	}
	/* A claim by hand over a span that may overlap the others. */
	start = size % 7;
	end = start + size % 23 + 1;
	if (end <= doc->art->len && store_add_claim(store, res.article, start,
	    end, NULL, NULL, by(reviewer, NULL), &claim, &cause) != 0)
		free(cause);
	cause = NULL;
	export_check(res.article, parts[3], parts[4]);
	doc_free(doc);
done:
	for (k = 0; k < NPARTS; k++)
		free(parts[k]);
	return 0;
}
