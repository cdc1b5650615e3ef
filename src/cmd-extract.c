/* cmd-extract.c: "claimdesk extract": print a file's sentences and claims. */
#include <getopt.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "abbrevs.h"
#include "article.h"
#include "cmd.h"
#include "cmd-text.h"
#include "doc.h"
#include "extract.h"
#include "feature.h"
#include "json.h"
#include "meta.h"
#include "page.h"
#include "rules.h"
#include "segment.h"
#include "utf8.h"
#include "xmalloc.h"

enum { FORMAT_JSON, FORMAT_TSV, FORMAT_TEXT };

struct extract_args {
	int		all;
	int		format;
	enum page_as	as;
};

enum { OPT_AS = 1100 };

static const struct option extract_options[] = {
	{ "all",	no_argument,		NULL,	'a' },
	{ "format",	required_argument,	NULL,	'f' },
	{ "as",		required_argument,	NULL,	OPT_AS },
	{ NULL,		0,			NULL,	0 }
};

static const struct cmd_word extract_formats[] = {
	{ "tsv", FORMAT_TSV }, { "json", FORMAT_JSON }, { "text", FORMAT_TEXT }
};

static int
extract_option(int ch, const char *arg, void *data)
{
	struct extract_args	*ea = data;
	int			 as, rc;

	switch (ch) {
	case 'a':
		ea->all = 1;
		return 0;
	case 'f':
		return cmd_word_arg("extract", "format", arg, extract_formats,
		    sizeof extract_formats / sizeof extract_formats[0],
		    &ea->format);
	case OPT_AS:
		if ((rc = cmd_word_arg("extract: --as", "kind", arg,
		    cmd_page_as, CMD_PAGE_AS_N, &as)) != 0)
			return rc;
		ea->as = as;
		return 0;
	}
	return 2;
}

/*
 * JSON output goes through a buffer of its own, one write a sentence or
 * so, and writes numbers itself rather than through printf(): an article
 * of 50 MB has a million sentences' worth of small pieces. The bytes are
 * those json_string() and printf() write.
 */
#define OUT_SIZE	4096

struct out {
	char	b[OUT_SIZE];
	size_t	n;
};

static void
out_flush(struct out *o)
{
	fwrite(o->b, 1, o->n, stdout);
	o->n = 0;
}

static void
out_mem(struct out *o, const char *s, size_t len)
{
	if (o->n + len > OUT_SIZE)
		out_flush(o);
	if (len > OUT_SIZE) {
		fwrite(s, 1, len, stdout);
		return;
	}
	memcpy(o->b + o->n, s, len);
	o->n += len;
}

static void
out_str(struct out *o, const char *s)
{
	out_mem(o, s, strlen(s));
}

static void
out_char(struct out *o, char c)
{
	if (o->n == OUT_SIZE)
		out_flush(o);
	o->b[o->n++] = c;
}

/* V in decimal, as "%zu" writes it. */
static void
out_size(struct out *o, size_t v)
{
	char	buf[24];
	size_t	i = sizeof buf;

	do {
		buf[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	out_mem(o, buf + i, sizeof buf - i);
}

/* V in decimal, as "%d" writes it. */
static void
out_int(struct out *o, int v)
{
	if (v < 0) {
		out_char(o, '-');
		out_size(o, (size_t)-(long long)v);
	} else
		out_size(o, (size_t)v);
}

/* The float W as "%.3f" writes it: W * 1000 is exact in a double (a
 * float's 24 bits of mantissa times 1000 need 34 of 53), rounded half to
 * even as printf() rounds in the default mode; "-0.000" for a negative W
 * that rounds to zero, as printf() writes it. */
static void
out_weight(struct out *o, float w)
{
	double		a = (double)w * 1000, frac;
	uint64_t	r;

	if (!(a > -1e15 && a < 1e15)) {
		out_flush(o);
		printf("%.3f", (double)w);
		return;
	}
	if (signbit(a)) {
		out_char(o, '-');
		a = -a;
	}
	r = (uint64_t)a;
	frac = a - (double)r;
	if (frac > 0.5 || (frac == 0.5 && (r & 1)))
		r++;
	out_size(o, (size_t)(r / 1000));
	out_char(o, '.');
	out_char(o, (char)('0' + r / 100 % 10));
	out_char(o, (char)('0' + r / 10 % 10));
	out_char(o, (char)('0' + r % 10));
}

/* S (LEN bytes) as a JSON string, as json_string() writes it: printable
 * ASCII that needs no escape is copied here between quotes; anything else
 * goes to json_string(). */
static void
out_json_n(struct out *o, const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i;

	for (i = 0; i < len; i++) {
		if (p[i] < 0x20 || p[i] >= 0x7f || p[i] == '"' ||
		    p[i] == '\\' || p[i] == '<' || p[i] == '>' || p[i] == '&')
			break;
	}
	if (i < len || len + 2 > OUT_SIZE) {
		out_flush(o);
		json_string(stdout, s, len);
		return;
	}
	out_char(o, '"');
	out_mem(o, s, len);
	out_char(o, '"');
}

/* S as a JSON string, or null, as json_str() writes it. */
static void
out_json(struct out *o, const char *s)
{
	if (s == NULL)
		out_mem(o, "null", 4);
	else
		out_json_n(o, s, strlen(s));
}

/* The kinds "a,b" as a JSON array. */
static void
print_kinds_json(struct out *o, const char *kinds)
{
	const char	*p = kinds, *comma;
	int		 first = 1;

	out_char(o, '[');
	while (*p != '\0') {
		comma = strchr(p, ',');
		if (comma == NULL)
			comma = p + strlen(p);
		if (comma > p) {
			if (!first)
				out_char(o, ',');
			out_json_n(o, p, (size_t)(comma - p));
			first = 0;
		}
		p = *comma == ',' ? comma + 1 : comma;
	}
	out_char(o, ']');
}

/*
 * The names of the reasons that do not depend on the sentence's text (a
 * shape, a word list, a rule, a layout kind: feature.h), made once each
 * and kept for the article; the names of words are made each time.
 */
#define NAME_CACHE	1024		/* slots, a power of two */

struct name_cache {
	struct {
		uint32_t	 key;	/* ref << 29 | index, + 1; 0: empty */
		char		*name;
	}		 slot[NAME_CACHE];
	size_t		 n;		/* at most half the slots */
};

/* The name of reason R of sentence S: owned by NC when cached (*OWN 0),
 * else allocated (*OWN 1). */
static const char *
reason_name(struct name_cache *nc, const struct ruleset *rules,
    const struct sentence *s, const struct claim_reason *r, int *own)
{
	uint32_t	key, i;

	*own = 1;
	if (r->ref != FREF_SHAPE && r->ref != FREF_LIST &&
	    r->ref != FREF_RULE && r->ref != FREF_LAYOUT)
		return extract_reason_name(rules, s, r);
	key = ((uint32_t)r->ref << 29 | r->index) + 1;
	for (i = (key * 2654435761u) % NAME_CACHE; nc->slot[i].key != 0;
	    i = (i + 1) % NAME_CACHE) {
		if (nc->slot[i].key == key) {
			*own = 0;
			return nc->slot[i].name;
		}
	}
	if (nc->n >= NAME_CACHE / 2)
		return extract_reason_name(rules, s, r);
	nc->n++;
	nc->slot[i].key = key;
	nc->slot[i].name = extract_reason_name(rules, s, r);
	*own = 0;
	return nc->slot[i].name;
}

static void
name_cache_free(struct name_cache *nc)
{
	size_t	i;

	for (i = 0; i < NAME_CACHE; i++)
		free(nc->slot[i].name);
	free(nc);
}

/* The reasons for sentence S's score as a JSON array of {"feature",
 * "weight"}. */
static void
print_why_json(struct out *o, struct name_cache *nc,
    const struct ruleset *rules, const struct sentence *s,
    const struct claim_info *ci)
{
	const char	*name;
	unsigned	 j;
	int		 own;

	out_char(o, '[');
	for (j = 0; j < ci->nwhy; j++) {
		name = reason_name(nc, rules, s, &ci->why[j], &own);
		out_str(o, j ? ", {\"feature\": " : "{\"feature\": ");
		out_json(o, name);
		out_str(o, ", \"weight\": ");
		out_weight(o, ci->why[j].weight);
		out_char(o, '}');
		if (own)
			free((char *)name);
	}
	out_char(o, ']');
}

static void
print_json(const struct doc *doc, const struct meta *meta,
    const struct ruleset *rules, int all)
{
	const struct sentence	*s;
	const struct claim_info	*ci;
	struct name_cache	*nc = xcalloc(1, sizeof *nc);
	struct out		*o = xcalloc(1, sizeof *o);
	size_t			 i;
	int			 first = 1;

	fputs("{\"file\": ", stdout);
	json_str(stdout, doc->art->path);
	fputs(", \"title\": ", stdout);
	json_str(stdout, doc->title);
	fputs(", \"meta\": ", stdout);
	meta_json(stdout, meta);
	fputs(", \"sentences\": [", stdout);
	for (i = 0; i < doc->nsent; i++) {
		s = &doc->sent[i];
		ci = &doc->info[i];
		if (!all && !ci->claim)
			continue;
		out_str(o, first ? "\n  {\"index\": " : ",\n  {\"index\": ");
		out_size(o, i + 1);
		out_str(o, ", \"start\": ");
		out_size(o, s->start);
		out_str(o, ", \"end\": ");
		out_size(o, s->end);
		out_str(o, ", \"text\": ");
		out_json(o, s->text);
		out_str(o, ci->claim ? ", \"claim\": true, \"score\": " :
		    ", \"claim\": false, \"score\": ");
		out_int(o, ci->score);
		out_str(o, ", \"kinds\": ");
		print_kinds_json(o, ci->kinds != NULL ? ci->kinds : "");
		out_str(o, ", \"source\": ");
		out_json(o, ci->source);
		out_str(o, ", \"source_role\": ");
		out_json(o, ci->source_role);
		out_str(o, ", \"source_kind\": ");
		out_json(o, attrib_kind_name(ci->source_kind));
		out_str(o, ", \"why\": ");
		print_why_json(o, nc, rules, s, ci);
		out_char(o, '}');
		first = 0;
	}
	out_flush(o);
	fputs(first ? "]}\n" : "\n]}\n", stdout);
	name_cache_free(nc);
	free(o);
}

static void
print_tsv(const struct doc *doc, int all)
{
	const struct sentence	*s;
	const struct claim_info	*ci;
	size_t			 i;

	fputs("index\tstart\tend\tclaim\tscore\tkinds\tsource\tsource_role\t"
	    "source_kind\ttext\n", stdout);
	for (i = 0; i < doc->nsent; i++) {
		s = &doc->sent[i];
		ci = &doc->info[i];
		if (!all && !ci->claim)
			continue;
		printf("%zu\t%zu\t%zu\t%d\t%d\t", i + 1, s->start, s->end,
		    ci->claim, ci->score);
		cmd_text_put(stdout, ci->kinds);
		putchar('\t');
		cmd_text_put(stdout, ci->source);
		putchar('\t');
		cmd_text_put(stdout, ci->source_role);
		putchar('\t');
		cmd_text_put(stdout, attrib_kind_name(ci->source_kind));
		putchar('\t');
		cmd_text_put(stdout, s->text);
		putchar('\n');
	}
}

/* The article's text as claimdesk reads it: the bytes as they are, made
 * safe first when standard output is a terminal. */
static void
print_text(const struct article *art)
{
	char	*safe;

	if (isatty(STDOUT_FILENO)) {
		safe = utf8_sanitize(art->text + art->body,
		    art->len - art->body);
		fputs(safe, stdout);
		free(safe);
	} else
		fwrite(art->text, 1, art->len, stdout);
}

int
cmd_extract(int argc, char **argv, struct cd_opts *opts)
{
	struct extract_args	 ea = { 0, FORMAT_JSON, PAGE_AS_AUTO };
	struct page_opts	 po;
	struct page		*pg;
	struct ruleset		*rules;
	struct abbrevs		*abbrevs;
	struct article		*art;
	struct doc		*doc;
	char			*cause = NULL;
	int			 status;

	/* Output to a file or a pipe goes out in large writes. */
	if (!isatty(STDOUT_FILENO))
		setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	if ((status = cmd_getopt(argc, argv, opts, extract_options,
	    extract_option, &ea)) != 0)
		return status;
	if (argc - optind != 1)
		return cmd_usage("extract: one FILE, URL or - (standard "
		    "input) expected");

	memset(&po, 0, sizeof po);
	po.max_size = opts->max_size;
	po.as = ea.as;
	po.stdin_cmd = "claimdesk extract -";
	if ((pg = page_load(argv[optind], &po, &cause)) == NULL) {
		status = cmd_fail("%s: %s", argv[optind], cause);
		free(cause);
		return status;
	}
	if (ea.format == FORMAT_TEXT) {
		print_text(pg->art);
		page_free(pg);
		return 0;
	}
	if ((rules = cmd_load_rules(opts)) == NULL) {
		page_free(pg);
		return 1;
	}
	if ((abbrevs = cmd_load_abbrevs()) == NULL) {
		rules_free(rules);
		page_free(pg);
		return 1;
	}
	art = page_take_article(pg);
	/* Only the sentences are printed: the text need not stay. */
	doc = doc_build(art, abbrevs, rules, DOC_DROP_TEXT);
	if (doc->warning != NULL)
		cmd_fail("%s: %s", argv[optind], doc->warning);
	meta_from_text(&pg->meta, doc->sent, doc->nsent);
	if (ea.format == FORMAT_JSON)
		print_json(doc, &pg->meta, rules, ea.all);
	else
		print_tsv(doc, ea.all);
	doc_free(doc);
	page_free(pg);
	abbrevs_free(abbrevs);
	rules_free(rules);
	return 0;
}
