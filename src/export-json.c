/* export-json.c: the json report: every article with its claims. */
#include <stdio.h>
#include <string.h>

#include "config.h"
#include "export-int.h"
#include "json.h"
#include "meta.h"

/*
 * {"generator", "generated_at", "org", "filter": {"articles", "status"},
 *  "articles": [{"id", "title", "path", "url", "meta", "revision",
 *   "imported_at", "summary": {...}, "claims": [CLAIM...],
 *   "orphans": [CLAIM...]}]}
 * where CLAIM is {"claim", "start", "end", "text", "status", "source",
 * "note", "reviewer", "updated_at", "id", "kinds", "score", "origin",
 * "revision", "matches": [...], "history": [...]}. ex->items counts the
 * articles written, ex->sub the entries of the open claims or orphans
 * list, ex->phase whether "orphans" is open (the first orphan opens it).
 * "meta" is what the article's page says of it (meta_json()). A report
 * to publish has no path, import time, reviewer, match, history or
 * orphan, and counts only what it shows.
 */

static void
json_key(FILE *f, const char *indent, const char *key)
{
	fprintf(f, ",\n%s\"%s\": ", indent, key);
}

/* The comma-separated KINDS as an array of strings. */
static void
json_kinds(FILE *f, const char *kinds)
{
	const char	*p = kinds, *comma;
	int		 first = 1;

	putc('[', f);
	while (*p != '\0') {
		if ((comma = strchr(p, ',')) == NULL)
			comma = p + strlen(p);
		if (comma > p) {
			if (!first)
				fputs(", ", f);
			json_string(f, p, (size_t)(comma - p));
			first = 0;
		}
		p = *comma == ',' ? comma + 1 : comma;
	}
	putc(']', f);
}

static void
json_begin(struct export *ex)
{
	const struct export_opts	*o = ex->opts;
	FILE				*f = ex->out;
	size_t				 i;

	fputs("{\n  \"generator\": \"claimdesk " PACKAGE_VERSION "\",\n"
	    "  \"generated_at\": ", f);
	json_str(f, ex->generated_at);
	fputs(",\n  \"org\": ", f);
	json_str(f, o->org);
	fputs(",\n  \"filter\": {\"articles\": ", f);
	if (o->articles == NULL)
		fputs("null", f);
	else {
		putc('[', f);
		for (i = 0; i < o->narticles; i++)
			fprintf(f, "%s%lld", i ? ", " : "",
			    (long long)o->articles[i]);
		putc(']', f);
	}
	fputs(", \"status\": ", f);
	if (o->statuses == 0)
		fputs("null", f);
	else {
		putc('[', f);
		export_put_wanted(ex, f, ", ", "\"");
		putc(']', f);
	}
	fputs("},\n  \"articles\": [", f);
}

static void
json_article(struct export *ex, const struct ex_article *a)
{
	FILE	*f = ex->out;
	int	pub = ex->opts->publish, v, n[VERDICT_COUNT], all = 0, stale = 0;

	fprintf(f, "%s\n    {\n      \"id\": %lld", ex->items ? "," : "",
	    (long long)a->r.id);
	json_members(f, ",\n      ", "title", a->r.title, "path",
	    pub ? NULL : a->r.path, "url", a->r.url, (const char *)NULL);
	json_key(f, "      ", "meta");
	meta_json(f, a->r.meta);
	fprintf(f, ",\n      \"revision\": %d", a->r.revision);
	json_key(f, "      ", "imported_at");
	json_str(f, pub ? NULL : a->r.imported_at);
	/* A report to publish counts what it shows. */
	for (v = 0; v < VERDICT_COUNT; v++) {
		n[v] = pub ? export_count_shown(ex, a, (enum verdict)v) :
		    a->r.count[v];
		all += n[v];
		stale += pub ? 0 : a->r.stale[v];
	}
	fprintf(f, ",\n      \"summary\": {\"claims\": %d, \"reviewed\": %d, "
	    "\"verified\": %d, \"disputed\": %d, \"unsourced\": %d, "
	    "\"unreviewed\": %d, \"stale\": %d, \"orphans\": %d}", all,
	    all - n[VERDICT_NONE], n[VERDICT_VERIFIED], n[VERDICT_DISPUTED],
	    n[VERDICT_UNSOURCED], n[VERDICT_NONE], stale,
	    pub ? 0 : a->orphans);
	fputs(",\n      \"claims\": [", f);
	ex->items++;
	ex->sub = 0;
	ex->phase = 0;
}

/* X in [0, 1] with three decimals, whatever the locale's decimal point. */
static void
json_fraction(FILE *f, double x)
{
	long	n;

	if (!(x > 0))
		x = 0;
	if (x > 1)
		x = 1;
	n = (long)(x * 1000 + 0.5);
	fprintf(f, "%ld.%03ld", n / 1000, n % 1000);
}

static void
json_match(struct export *ex, const struct st_match *m, void *arg)
{
	FILE	*f = ex->out;
	int	*n = arg;

	fprintf(f, "%s\n            {\"article\": %lld, \"claim\": %d, "
	    "\"status\": \"%s\", \"similarity\": ", (*n)++ ? "," : "",
	    (long long)m->article, m->number, verdict_name(m->status));
	json_fraction(f, m->similarity);
	fprintf(f, ", \"revision\": %d", m->revision);
	json_members(f, ", ", "title", m->title, "text", m->text, "note",
	    m->note, "reviewer", m->reviewer, "updated_at", m->updated_at,
	    (const char *)NULL);
	fprintf(f, ", \"contradicts\": %s}",
	    export_dissents(ex, m->of, m->claim) ? "true" : "false");
}

/* A verdict published elsewhere the claim is linked to: no article nor
 * claim here; its id as published, url, rating, date and publisher. */
static void
json_imported(struct export *ex, const struct st_imported_match *m,
    void *arg)
{
	FILE	*f = ex->out;
	int	*n = arg;

	fprintf(f, "%s\n            {\"article\": null, \"claim\": null, "
	    "\"status\": ", (*n)++ ? "," : "");
	json_str(f, m->status != VERDICT_NONE ? verdict_name(m->status) :
	    NULL);
	fputs(", \"similarity\": ", f);
	json_fraction(f, m->similarity);
	json_members(f, ", ", "imported", *m->id != '\0' ? m->id : NULL,
	    "url", m->url, "rating", m->rating, "date", m->date, "org",
	    m->org, "text", m->claim, (const char *)NULL);
	fprintf(f, ", \"contradicts\": %s}",
	    export_dissents(ex, m->of, -m->imported) ? "true" : "false");
}

static void
json_history(struct export *ex, const struct st_history *h, void *arg)
{
	FILE	*f = ex->out;
	int	*n = arg;

	fprintf(f, "%s\n            {\"at\": ", (*n)++ ? "," : "");
	json_str(f, h->at);
	json_members(f, ", ", "reviewer", h->reviewer, "field", h->field,
	    "old", h->old, "new", h->new, "origin", h->origin,
	    (const char *)NULL);
	putc('}', f);
}

/* The fields SPEC §7 fixes, in its order; no reviewer in a report to
 * publish. */
static void
json_claim_fixed(FILE *f, const struct st_claim *c, const char *reviewer)
{
	const char	*in = "          ";

	fprintf(f, "\n        {\n%s\"claim\": %d,\n%s\"start\": %lld,\n"
	    "%s\"end\": %lld", in, c->number, in, (long long)c->start, in,
	    (long long)c->end);
	json_key(f, in, "text");
	json_str(f, c->text);
	fprintf(f, ",\n%s\"status\": \"%s\"", in, verdict_name(c->status));
	json_members(f, ",\n          ", "source", c->source, "source_role",
	    c->source_role, "source_kind", c->source_kind, "note", c->note,
	    "reviewer", reviewer, "updated_at",
	    c->updated_at, (const char *)NULL);
}

static void
json_claim_obj(struct export *ex, const struct st_claim *c)
{
	FILE		*f = ex->out;
	const char	*in = "          ";
	int		 n = 0;

	if (ex->sub++)
		putc(',', f);
	json_claim_fixed(f, c, export_reviewer(ex, c));
	fprintf(f, ",\n%s\"id\": %lld,\n%s\"revision\": %d", in,
	    (long long)c->id, in, c->revision);
	fprintf(f, ",\n%s\"stale\": %s", in, c->stale_text != NULL ? "true" :
	    "false");
	json_members(f, ",\n          ", "stale_text", c->stale_text,
	    "note_by", export_note_by(ex, c), (const char *)NULL);
	json_key(f, in, "kinds");
	json_kinds(f, c->kinds);
	fprintf(f, ",\n%s\"score\": %d,\n%s\"origin\": \"%s\"", in, c->score,
	    in, c->manual ? "manual" : "extracted");
	json_key(f, in, "matches");
	putc('[', f);
	if (c->matches > 0 && !ex->opts->publish)
		export_each_match(ex, c->id, json_match, json_imported, &n);
	fputs(n ? "\n          ]" : "]", f);
	json_key(f, in, "history");
	putc('[', f);
	n = 0;
	if (c->history > 0 && !ex->opts->publish)
		export_each_history(ex, c->id, json_history, &n);
	fputs(n ? "\n          ]\n        }" : "]\n        }", f);
}

static void
json_claim(struct export *ex, const struct ex_article *a,
    const struct st_claim *c)
{
	(void)a;
	json_claim_obj(ex, c);
}

/* Closes the list open in the current article. */
static void
json_close_list(struct export *ex)
{
	fputs(ex->sub ? "\n      ]" : "]", ex->out);
	ex->sub = 0;
}

/* The first orphan closes "claims" and opens "orphans". */
static void
json_orphan(struct export *ex, const struct ex_article *a,
    const struct st_claim *c)
{
	(void)a;
	if (!ex->phase) {
		json_close_list(ex);
		fputs(",\n      \"orphans\": [", ex->out);
		ex->phase = 1;
	}
	json_claim_obj(ex, c);
}

static void
json_article_end(struct export *ex, const struct ex_article *a)
{
	(void)a;
	json_close_list(ex);
	if (!ex->phase)
		fputs(",\n      \"orphans\": []", ex->out);
	fputs("\n    }", ex->out);
}

static void
json_end(struct export *ex)
{
	fputs(ex->items ? "\n  ]\n}\n" : "]\n}\n", ex->out);
}

const struct export_ops export_json_ops = {
	.begin = json_begin,
	.article = json_article,
	.claim = json_claim,
	.orphan = json_orphan,
	.article_end = json_article_end,
	.end = json_end,
	.details = 1
};
