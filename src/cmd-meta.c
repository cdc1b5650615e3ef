/* cmd-meta.c: "claimdesk meta": an article's metadata, shown or set. */
#include <ctype.h>
#include <getopt.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "cmd-text.h"
#include "fetch.h"
#include "meta.h"
#include "segment.h"
#include "store.h"
#include "xmalloc.h"

enum {
	OPT_TITLE = 1400,
	OPT_DATE,
	OPT_URL,
	OPT_SITE,
	OPT_AUTHOR,
	OPT_LANG,
	OPT_FORMAT
};

static const struct option meta_options[] = {
	{ "title",	required_argument,	NULL,	OPT_TITLE },
	{ "date",	required_argument,	NULL,	OPT_DATE },
	{ "url",	required_argument,	NULL,	OPT_URL },
	{ "site",	required_argument,	NULL,	OPT_SITE },
	{ "author",	required_argument,	NULL,	OPT_AUTHOR },
	{ "lang",	required_argument,	NULL,	OPT_LANG },
	{ "format",	required_argument,	NULL,	OPT_FORMAT },
	{ NULL,		0,			NULL,	0 }
};

struct meta_args {
	struct meta	 set;		/* the values given */
	unsigned	 fields;	/* which were given (META_* bits) */
	int		 json;		/* --format json */
};

/* A language tag: letters, then parts of letters and digits after '-'
 * ("en", "pt-BR", "zh-Hant-TW"). */
static int
meta_lang_ok(const char *s)
{
	size_t	n = 0;

	for (; *s != '\0'; s++) {
		if (*s == '-') {
			if (n == 0)
				return 0;
			n = 0;
		} else if (isalnum((unsigned char)*s) && n < 8)
			n++;
		else
			return 0;
	}
	return n > 0;
}

/* Sets field FIELD to ARG, white space collapsed. */
static void
meta_arg(struct meta_args *ma, unsigned field, const char *arg)
{
	char	**v = meta_field(&ma->set, field);

	free(*v);
	*v = segment_collapse(arg, strlen(arg));
	ma->fields |= field;
}

/* --format: the value is whether the output is json. */
static const struct cmd_word meta_formats[] = {
	{ "text", 0 }, { "json", 1 }
};

static int
meta_option(int ch, const char *arg, void *data)
{
	struct meta_args	*ma = data;

	switch (ch) {
	case OPT_TITLE:
		meta_arg(ma, META_TITLE, arg);
		if (*ma->set.title == '\0')
			return cmd_usage("meta: --title: empty (an article "
			    "keeps a title)");
		return 0;
	case OPT_DATE:
		meta_arg(ma, META_DATE, arg);
		if (*ma->set.date != '\0' && !meta_date_ok(ma->set.date))
			return cmd_usage("meta: --date: not an ISO 8601 date: "
			    "%s (2024-03-01, or 2024-03-01T08:00:00Z)", arg);
		return 0;
	case OPT_URL:
		meta_arg(ma, META_URL, arg);
		return *ma->set.url == '\0' ? 0 :
		    cmd_url_arg("meta: --url", arg);
	case OPT_SITE:
		meta_arg(ma, META_SITE, arg);
		return 0;
	case OPT_LANG:
		meta_arg(ma, META_LANG, arg);
		if (*ma->set.lang != '\0' && !meta_lang_ok(ma->set.lang))
			return cmd_usage("meta: --lang: not a language tag: "
			    "%s (en, pt-BR)", arg);
		return 0;
	case OPT_AUTHOR:
		/* Each --author adds a name; --author '' alone clears. */
		meta_add_author(&ma->set, arg);
		ma->fields |= META_AUTHORS;
		return 0;
	case OPT_FORMAT:
		return cmd_word_arg("meta", "format", arg, meta_formats,
		    sizeof meta_formats / sizeof meta_formats[0], &ma->json);
	}
	return 2;
}

/* One line "NAME  VALUE", VALUE made safe; "-" when unknown. */
static void
meta_line(const char *name, const char *value, int edited)
{
	char	*line;

	line = cmd_text_line(value != NULL ? value : "-");
	printf("%-8s %s%s\n", name, line, edited ? "  (set by hand)" : "");
	free(line);
}

static void
meta_print(const struct meta *m, unsigned edited)
{
	char	*authors = xstrdup(""), *t;
	size_t	 i;

	for (i = 0; i < m->nauthors; i++) {
		t = xasprintf("%s%s%s", authors, i > 0 ? "; " : "",
		    m->authors[i]);
		free(authors);
		authors = t;
	}
	meta_line("title", m->title, edited & META_TITLE);
	meta_line("authors", m->nauthors > 0 ? authors : NULL,
	    edited & META_AUTHORS);
	meta_line("date", m->date, edited & META_DATE);
	meta_line("site", m->site, edited & META_SITE);
	meta_line("url", m->url, edited & META_URL);
	meta_line("lang", m->lang, edited & META_LANG);
	free(authors);
}

static void
meta_print_json(int64_t id, const struct meta *m, unsigned edited)
{
	unsigned	f;
	int		first = 1;

	printf("{\"article\": %lld, \"meta\": ", (long long)id);
	meta_json(stdout, m);
	fputs(", \"edited\": [", stdout);
	for (f = 1; f <= META_ALL; f <<= 1) {
		if (!(edited & f))
			continue;
		printf("%s\"%s\"", first ? "" : ", ", meta_field_name(f));
		first = 0;
	}
	fputs("]}\n", stdout);
}

int
cmd_meta(int argc, char **argv, struct cd_opts *opts)
{
	struct meta_args	 ma;
	struct meta		 m;
	struct store		*store = NULL;
	int64_t			 id;
	unsigned		 edited = 0;
	char			*cause = NULL;
	const char		*arg;
	int			 status;

	memset(&ma, 0, sizeof ma);
	memset(&m, 0, sizeof m);
	if ((status = cmd_getopt(argc, argv, opts, meta_options, meta_option,
	    &ma)) != 0)
		goto out;
	if (argc - optind != 1) {
		status = cmd_usage("meta: one ARTICLE expected");
		goto out;
	}
	arg = argv[optind];
	if ((store = cmd_open_store(opts, ma.fields != 0 ? 0 :
	    STORE_READONLY)) == NULL) {
		status = 1;
		goto out;
	}
	if (store_find_article(store, arg, &id, &cause) != 0 ||
	    (ma.fields != 0 && store_meta_set(store, id, &ma.set, ma.fields,
	    &cause) != 0) ||
	    store_meta_load(store, id, &m, &edited, &cause) != 0) {
		status = cmd_fail_cause(arg, cause);
		goto out;
	}
	if (ma.json)
		meta_print_json(id, &m, edited);
	else
		meta_print(&m, edited);
out:
	meta_clear(&m);
	meta_clear(&ma.set);
	store_close(store);
	return status;
}
