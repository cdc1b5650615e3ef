/* export.c: the report walk: articles and claims streamed row by row. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "export-int.h"
#include "store.h"
#include "utf8.h"
#include "xmalloc.h"

/* Claims are handed to the progress callback this often. */
#define EXPORT_PROGRESS_EVERY	256

static const char *const export_formats[] = {
	[EXPORT_MD] = "md",
	[EXPORT_HTML] = "html",
	[EXPORT_CSV] = "csv",
	[EXPORT_JSON] = "json",
	[EXPORT_CLAIMREVIEW] = "claimreview"
};
#define N_FORMATS (sizeof export_formats / sizeof export_formats[0])

static const struct export_ops *const export_writers[] = {
	[EXPORT_MD] = &export_md_ops,
	[EXPORT_HTML] = &export_html_ops,
	[EXPORT_CSV] = &export_csv_ops,
	[EXPORT_JSON] = &export_json_ops,
	[EXPORT_CLAIMREVIEW] = &export_claimreview_ops
};

static const struct {
	const char		*ext;
	enum export_format	 format;
} export_extensions[] = {
	{ ".md", EXPORT_MD },
	{ ".markdown", EXPORT_MD },
	{ ".html", EXPORT_HTML },
	{ ".htm", EXPORT_HTML },
	{ ".csv", EXPORT_CSV },
	{ ".json", EXPORT_JSON },
	{ ".jsonld", EXPORT_CLAIMREVIEW }
};

int
export_format_parse(const char *name)
{
	size_t	i;

	for (i = 0; i < N_FORMATS; i++) {
		if (strcmp(name, export_formats[i]) == 0)
			return (int)i;
	}
	return -1;
}

const char *
export_format_name(enum export_format format)
{
	if ((size_t)format >= N_FORMATS)
		return "?";
	return export_formats[format];
}

const char *
export_extension(const char *path)
{
	const char	*dot = strrchr(path, '.'), *slash = strrchr(path, '/');

	if (dot == NULL || (slash != NULL && dot < slash) || dot[1] == '\0' ||
	    dot == (slash != NULL ? slash + 1 : path))
		return NULL;
	return dot;
}

int
export_format_guess(const char *path)
{
	const char	*dot;
	size_t		 i;

	if ((dot = export_extension(path)) == NULL)
		return -1;
	for (i = 0; i < sizeof export_extensions / sizeof export_extensions[0];
	    i++) {
		if (strcasecmp(dot, export_extensions[i].ext) == 0)
			return (int)export_extensions[i].format;
	}
	return -1;
}

int
export_wanted(const struct export *ex, enum verdict v)
{
	if (ex->opts->publish && v == VERDICT_NONE)
		return 0;
	return ex->opts->statuses == 0 ||
	    (ex->opts->statuses & EXPORT_STATUS(v)) != 0;
}

/* Whether the filter asks for stale verdicts (a report to publish has
 * none). */
static int
export_stale_wanted(const struct export *ex)
{
	return !ex->opts->publish && (ex->opts->statuses & EXPORT_STALE) != 0;
}

int
export_shown(const struct export *ex, const struct st_claim *c)
{
	if (c->dismissed || (ex->opts->publish && c->stale_text != NULL))
		return 0;
	return export_wanted(ex, c->status) || (c->stale_text != NULL &&
	    export_stale_wanted(ex));
}

const char *
export_reviewer(const struct export *ex, const struct st_claim *c)
{
	return ex->opts->publish || c->status == VERDICT_NONE ? NULL :
	    c->reviewer;
}

const char *
export_note_by(const struct export *ex, const struct st_claim *c)
{
	if (ex->opts->publish)
		return NULL;
	if (c->note_by != NULL)
		return c->note_by;
	/* A note on a claim with no verdict, its writer not read from the
	 * history (a report without details): the verdict row's reviewer,
	 * who last changed it. */
	if (c->status == VERDICT_NONE && c->note != NULL && *c->note != '\0')
		return c->reviewer;
	return NULL;
}

void
export_progress(FILE *f, const struct ex_article *a)
{
	const char	*sep;
	int		 v, n, stale = 0;

	for (v = 0; v < VERDICT_COUNT; v++)
		stale += a->r.stale[v];
	fprintf(f, "%d/%d reviewed \xc2\xb7 %d verified \xc2\xb7 %d disputed "
	    "\xc2\xb7 %d unsourced", a->claims - a->r.count[VERDICT_NONE],
	    a->claims, a->r.count[VERDICT_VERIFIED], a->r.count[VERDICT_DISPUTED],
	    a->r.count[VERDICT_UNSOURCED]);
	if (stale == 0)
		return;
	/* Which verdicts are stale, each by its name: "(2 of them)" after
	 * the unsourced count read as if the unsourced ones were. */
	fputs(" \xc2\xb7 stale:", f);
	for (v = VERDICT_NONE + 1, sep = " "; v <= VERDICT_COUNT; v++) {
		/* Last, a note with no verdict, stale as a verdict is. */
		n = a->r.stale[v < VERDICT_COUNT ? v : VERDICT_NONE];
		if (n == 0)
			continue;
		fprintf(f, "%s%d %s", sep, n, v < VERDICT_COUNT ?
		    verdict_name((enum verdict)v) : n == 1 ? "note" : "notes");
		sep = ", ";
	}
	fputs(" (the text changed after the verdict)", f);
}

int
export_count_shown(const struct export *ex, const struct ex_article *a,
    enum verdict v)
{
	if (!export_wanted(ex, v))
		return export_stale_wanted(ex) ? a->r.stale[v] : 0;
	return a->r.count[v] - (ex->opts->publish ? a->r.stale[v] : 0);
}

void
export_put_wanted(const struct export *ex, FILE *f, const char *sep,
    const char *quote)
{
	int	v, first = 1;

	for (v = 0; v < VERDICT_COUNT; v++) {
		if (!export_wanted(ex, (enum verdict)v))
			continue;
		fprintf(f, "%s%s%s%s", first ? "" : sep, quote,
		    verdict_name((enum verdict)v), quote);
		first = 0;
	}
	if (export_stale_wanted(ex))
		fprintf(f, "%s%sstale%s", first ? "" : sep, quote, quote);
}

void
export_put_checked(const struct export *ex, const struct ex_article *a,
    FILE *f)
{
	fprintf(f, "%d verified \xc2\xb7 %d disputed \xc2\xb7 %d unsourced",
	    export_count_shown(ex, a, VERDICT_VERIFIED),
	    export_count_shown(ex, a, VERDICT_DISPUTED),
	    export_count_shown(ex, a, VERDICT_UNSOURCED));
}

void
export_warn(struct export *ex, const char *fmt, ...)
{
	va_list	ap;
	char	*msg;

	if (ex->opts->warn == NULL)
		return;
	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	ex->opts->warn(msg, ex->opts->arg);
	free(msg);
}

void
export_error(struct export *ex, const char *fmt, ...)
{
	va_list	ap;

	if (ex->failed)
		return;
	ex->failed = -1;
	va_start(ap, fmt);
	ex->cause = xvasprintf(fmt, ap);
	va_end(ap);
}

/* Records the report's error; returns -1. */
static int
export_db_error(struct export *ex)
{
	export_error(ex, "%s", store_report_error(ex->rp));
	return -1;
}

/* After a walk: 0, or -1 when the export has failed. */
static int
export_walked(struct export *ex, int rc)
{
	if (rc < 0)
		return export_db_error(ex);
	return ex->failed ? -1 : 0;
}

/* Non-zero (and the export failed) once writing the output failed. */
static int
export_check_out(struct export *ex)
{
	if (!ferror(ex->out))
		return ex->failed;
	if (!ex->failed) {
		ex->failed = EXPORT_WRITE_ERROR;
		ex->werrno = errno != 0 ? errno : EIO;
	}
	return ex->failed;
}

/* Calls the progress callback; non-zero when it stops the export. */
static int
export_tick(struct export *ex)
{
	const struct export_opts	*o = ex->opts;

	if (o->progress == NULL || o->progress(&ex->done, o->arg) == 0)
		return 0;
	export_error(ex, "interrupted");
	return -1;
}

/* Counts one claim written; calls the progress callback now and then. */
static int
export_count(struct export *ex)
{
	if (export_check_out(ex))
		return -1;
	if (++ex->done.claims % EXPORT_PROGRESS_EVERY == 0)
		return export_tick(ex);
	return 0;
}

/* A claim of the walk in export_each_claim() or export_article(). */
struct export_walk {
	struct export		*ex;
	const struct ex_article	*a;
	void			(*fn)(struct export *, const struct st_claim *,
				    void *);
	void			*arg;
	int			 count;		/* progress counts it */
};

static int
export_walk_claim(const struct st_claim *c, void *arg)
{
	struct export_walk	*w = arg;

	if (!export_shown(w->ex, c))
		return 0;
	w->fn(w->ex, c, w->arg);
	return w->count ? export_count(w->ex) : export_check_out(w->ex);
}

int
export_each_claim(struct export *ex, const struct ex_article *a,
    void (*fn)(struct export *, const struct st_claim *, void *), void *arg)
{
	struct export_walk	w = { ex, a, fn, arg, 0 };

	return export_walked(ex, store_report_claims(ex->rp, &a->r, 1,
	    export_walk_claim, &w));
}

int
export_text(struct export *ex, const struct ex_article *a, const char **text,
    size_t *len)
{
	if (store_report_text(ex->rp, &a->r, text, len) != 0)
		return export_db_error(ex);
	return 0;
}

static void
export_dissent_push(struct export *ex, int64_t claim, int64_t key, char *id,
    enum verdict now)
{
	struct export_dissent	*d;

	ex->dissent = xreallocarray(ex->dissent, ex->ndissent + 1,
	    sizeof *ex->dissent);
	d = &ex->dissent[ex->ndissent++];
	d->claim = claim;
	d->key = key;
	d->id = id;
	d->now = now;
	d->told = 0;
}

static int
export_dissent_add(int64_t claim, int64_t imported, const char *id,
    enum verdict now, void *arg)
{
	export_dissent_push(arg, claim, -imported,
	    id != NULL ? xstrdup(id) : NULL, now);
	return 0;
}

static int
export_disagree_add(const struct st_disagree *d, void *arg)
{
	export_dissent_push(arg, d->claim, d->other,
	    xasprintf("claim %d of \"%s\" (article %lld, revision %d)",
	    d->number, d->title != NULL ? d->title : "", (long long)d->article,
	    d->revision),
	    d->status);
	return 0;
}

static int
export_dissent_cmp(const void *a, const void *b)
{
	const struct export_dissent	*x = a, *y = b;

	if (x->claim != y->claim)
		return x->claim < y->claim ? -1 : 1;
	return (x->key > y->key) - (x->key < y->key);
}

/* The first of the dissents of CLAIM (ex->dissent is in order of claim),
 * or ex->ndissent. */
static size_t
export_dissent_first(const struct export *ex, int64_t claim)
{
	size_t	lo = 0, hi = ex->ndissent, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (ex->dissent[mid].claim < claim)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

int
export_dissents(const struct export *ex, int64_t claim, int64_t key)
{
	size_t	i;

	for (i = export_dissent_first(ex, claim); i < ex->ndissent &&
	    ex->dissent[i].claim == claim; i++) {
		if (ex->dissent[i].key == key)
			return 1;
	}
	return 0;
}

/* Marks the pair of claims CLAIM and OTHER told of, so that OTHER, if the
 * report shows it too, does not warn of it again. */
static void
export_dissent_told(struct export *ex, int64_t claim, int64_t other)
{
	size_t	i;

	for (i = export_dissent_first(ex, other); i < ex->ndissent &&
	    ex->dissent[i].claim == other; i++) {
		if (ex->dissent[i].key == claim)
			ex->dissent[i].told = 1;
	}
}

/* Warns of claim C of article A, given a verdict, when a verdict linked to
 * it says otherwise: one published elsewhere, imported since, or another
 * claim's here (once a pair). A report should not carry it unlooked at. */
static void
export_tell_dissent(struct export *ex, const struct ex_article *a,
    const struct st_claim *c)
{
	const struct export_dissent	*d;
	size_t				 i;

	if (c->status == VERDICT_NONE)
		return;
	for (i = export_dissent_first(ex, c->id); i < ex->ndissent &&
	    ex->dissent[i].claim == c->id; i++) {
		d = &ex->dissent[i];
		if (d->key > 0 && d->told)
			continue;
		if (d->key > 0) {
			export_dissent_told(ex, c->id, d->key);
			export_warn(ex, "claim %d of \"%s\" (article %lld) is "
			    "%s, but %s, linked to it as the same claim, is %s",
			    c->number, a->r.title != NULL ? a->r.title : "",
			    (long long)a->r.id, verdict_name(c->status), d->id,
			    verdict_name(d->now));
			continue;
		}
		export_warn(ex, "claim %d of \"%s\" (article %lld) is %s, but "
		    "the verdict published elsewhere it is linked to%s%s%s "
		    "now says %s", c->number, a->r.title != NULL ?
		    a->r.title : "", (long long)a->r.id,
		    verdict_name(c->status), d->id != NULL ? " (" : "",
		    d->id != NULL ? d->id : "", d->id != NULL ? ")" : "",
		    d->now != VERDICT_NONE ? verdict_name(d->now) :
		    "no verdict");
	}
}

/* A history row or a match handed to a writer. */
struct export_row {
	struct export	*ex;
	void		(*history)(struct export *, const struct st_history *,
			    void *);
	void		(*match)(struct export *, const struct st_match *,
			    void *);
	void		(*imported)(struct export *,
			    const struct st_imported_match *, void *);
	void		*arg;
};

static int
export_history_cb(const struct st_history *h, void *arg)
{
	struct export_row	*r = arg;

	r->history(r->ex, h, r->arg);
	return export_check_out(r->ex);
}

static int
export_match_cb(const struct st_match *m, void *arg)
{
	struct export_row	*r = arg;

	r->match(r->ex, m, r->arg);
	return export_check_out(r->ex);
}

int
export_each_history(struct export *ex, int64_t claim,
    void (*fn)(struct export *, const struct st_history *, void *),
    void *arg)
{
	struct export_row	r = { .ex = ex, .history = fn, .arg = arg };

	return export_walked(ex, store_report_history(ex->rp, claim,
	    export_history_cb, &r));
}

static int
export_imported_cb(const struct st_imported_match *m, void *arg)
{
	struct export_row	*r = arg;

	r->imported(r->ex, m, r->arg);
	return export_check_out(r->ex);
}

int
export_each_match(struct export *ex, int64_t claim,
    void (*fn)(struct export *, const struct st_match *, void *),
    void (*imported)(struct export *, const struct st_imported_match *,
    void *), void *arg)
{
	struct export_row	r = { .ex = ex, .match = fn,
				    .imported = imported, .arg = arg };

	if (export_walked(ex, store_report_matches(ex->rp, claim,
	    export_match_cb, &r)) != 0)
		return -1;
	return export_walked(ex, store_report_imported(ex->rp, claim,
	    export_imported_cb, &r));
}

static void
export_claim_cb(struct export *ex, const struct st_claim *c, void *arg)
{
	export_tell_dissent(ex, arg, c);
	ex->ops->claim(ex, arg, c);
}

static int
export_orphan_cb(const struct st_claim *c, void *arg)
{
	struct export_walk	*w = arg;

	if (!export_shown(w->ex, c))
		return 0;
	w->ex->ops->orphan(w->ex, w->a, c);
	return export_count(w->ex);
}

/* Whether article A's title is its file's name, or "stdin" (its text has
 * no title line), which a report to read would print as its heading, and
 * ClaimReview as the headline of a claim it reviews. */
static int
export_untitled(const struct export *ex, const struct ex_article *a)
{
	const struct st_report_article	*r = &a->r;
	const char			*base;

	if (ex->opts->format != EXPORT_MD && ex->opts->format != EXPORT_HTML &&
	    ex->opts->format != EXPORT_CLAIMREVIEW)
		return 0;
	if (ex->opts->format == EXPORT_CLAIMREVIEW &&
	    export_claimreview_count(ex, a) == 0)
		return 0;
	if (r->title == NULL || r->path == NULL || *r->path == '\0')
		return 0;
	/* Standard input is named "stdin", also as a revision of a file. */
	if (strcmp(r->title, "stdin") == 0)
		return 1;
	base = strrchr(r->path, '/');
	base = base != NULL && base[1] != '\0' ? base + 1 : r->path;
	return strcmp(r->title, base) == 0;
}

/* Writes article R. */
static int
export_article(const struct st_report_article *r, void *arg)
{
	struct export		*ex = arg;
	const struct export_ops	*ops = ex->ops;
	struct ex_article	 a;
	struct export_walk	 w = { ex, &a, export_claim_cb, &a, 1 };
	int			 v;

	memset(&a, 0, sizeof a);
	a.r = *r;
	for (v = 0; v < VERDICT_COUNT; v++) {
		a.claims += r->count[v];
		a.orphans += r->orphans[v];
		a.wanted += export_count_shown(ex, &a, (enum verdict)v);
		if (ex->opts->publish)
			continue;
		if (export_wanted(ex, (enum verdict)v))
			a.wanted += r->orphans[v];
		else if (export_stale_wanted(ex))
			a.wanted += r->orphans_stale[v];
	}
	/* With a status filter, and in a report to publish, articles with
	 * nothing to show are left out. */
	if ((ex->opts->statuses != 0 || ex->opts->publish) && a.wanted == 0)
		return 0;

	if (export_untitled(ex, &a))
		export_warn(ex, "article %lld is titled %s (its text has no "
		    "title line): claimdesk meta %lld --title TITLE gives it "
		    "one", (long long)r->id, strcmp(r->title, "stdin") == 0 ?
		    "\"stdin\"" : "by its file's name", (long long)r->id);
	a.index = ex->done.articles;
	if (ops->article != NULL)
		ops->article(ex, &a);
	if (export_check_out(ex))
		return 1;
	if (ops->claim != NULL && export_walked(ex, store_report_claims(ex->rp,
	    r, 0, export_walk_claim, &w)) != 0)
		return 1;
	if (ops->orphan != NULL && a.orphans > 0 && !ex->opts->publish &&
	    export_walked(ex, store_report_orphans(ex->rp, r,
	    export_orphan_cb, &w)) != 0)
		return 1;
	if (ops->article_end != NULL)
		ops->article_end(ex, &a);
	ex->done.articles++;
	if (export_check_out(ex))
		return 1;
	return export_tick(ex) != 0;
}

int
export_run(struct store *store, const struct export_opts *opts, FILE *out,
    char **cause)
{
	struct export	ex;
	size_t		i;
	int		status, rc;

	memset(&ex, 0, sizeof ex);
	ex.opts = opts;
	ex.out = out;
	if ((size_t)opts->format >= N_FORMATS) {
		*cause = xstrdup("unknown format");
		return -1;
	}
	ex.ops = export_writers[opts->format];
	if (opts->generated_at != NULL)
		snprintf(ex.generated_at, sizeof ex.generated_at, "%s",
		    opts->generated_at);
	else
		store_now(ex.generated_at, sizeof ex.generated_at);

	/* Everything is read in one transaction: the report is a snapshot. */
	if ((ex.rp = store_report_begin(store, ex.ops->details, cause)) ==
	    NULL)
		return -1;
	if (opts->articles != NULL)
		ex.done.total = opts->narticles;
	else if (store_report_total(ex.rp, &ex.done.total) != 0)
		export_db_error(&ex);
	if (!ex.failed && (store_report_dissent(ex.rp, export_dissent_add,
	    &ex) < 0 || store_report_disagree(ex.rp, export_disagree_add,
	    &ex) < 0))
		export_db_error(&ex);
	if (ex.ndissent > 1)
		qsort(ex.dissent, ex.ndissent, sizeof *ex.dissent,
		    export_dissent_cmp);
	if (!ex.failed) {
		if (ex.ops->begin != NULL)
			ex.ops->begin(&ex);
		rc = store_report_articles(ex.rp, opts->articles,
		    opts->narticles, export_article, &ex);
		if (rc < 0)
			export_db_error(&ex);
		if (!ex.failed && ex.ops->end != NULL)
			ex.ops->end(&ex);
		if (!ex.failed && fflush(out) != 0)
			export_check_out(&ex);
		export_check_out(&ex);
	}
	store_report_end(ex.rp);
	for (i = 0; i < ex.ndissent; i++)
		free(ex.dissent[i].id);
	free(ex.dissent);

	status = ex.failed;
	if (status == EXPORT_WRITE_ERROR) {
		free(ex.cause);
		errno = ex.werrno;
		return status;
	}
	if (status != 0)
		*cause = ex.cause;
	return status;
}
