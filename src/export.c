/* export.c: the report walk: articles and claims streamed row by row. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <sqlite3.h>

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

/* Statuses as the verdict table spells them, in enum verdict order. */
static const char *const export_statuses[] = {
	"unreviewed", "verified", "disputed", "unsourced"
};
static const char *const export_labels[] = {
	"Unreviewed", "Verified", "Disputed", "Unsourced"
};

/*
 * The current revision of each article. One statement for a given id, one
 * for them all by id.
 */
#define ARTICLE_SQL							\
	"SELECT a.id, a.path, r.title, a.url, a.created_at, r.id, r.number,"\
	" r.imported_at FROM article a JOIN revision r ON r.article_id = a.id"\
	" AND r.number = (SELECT max(number) FROM revision"		\
	" WHERE article_id = a.id)"

/* Claims of the current revision (?2) and orphans of earlier ones, counted
 * by status; dismissed claims are not counted. */
#define SUMMARY_SQL							\
	"SELECT c.revision_id = ?2, coalesce(v.status, 'unreviewed'),"	\
	" count(*) FROM revision r JOIN claim c ON c.revision_id = r.id"\
	" LEFT JOIN verdict v ON v.claim_id = c.id"			\
	" WHERE r.article_id = ?1 AND c.dismissed = 0"			\
	" AND (r.id = ?2 OR c.orphan = 1) GROUP BY 1, 2"

/* The columns claim_row() reads, in its order; the last two count the
 * claim's matches and history rows, or are 0 for the formats that do not
 * show them (CLAIM_COLUMNS_LEAN: a third faster on a big csv). */
#define CLAIM_COLUMNS_LEAN						\
	"c.id, c.start, c.\"end\", c.text, c.kinds, c.source, c.score,"	\
	" c.origin, c.dismissed, coalesce(v.status, 'unreviewed'),"	\
	" coalesce(v.note, ''), v.reviewer, v.updated_at"
#define CLAIM_COLUMNS							\
	CLAIM_COLUMNS_LEAN ","						\
	" (SELECT count(*) FROM claim_match m WHERE m.claim_id = c.id),"\
	" (SELECT count(*) FROM history h WHERE h.claim_id = c.id)"

/* Every claim of a revision in reading order, dismissed ones included so
 * that the numbers are the screen's. */
#define CLAIMS_FROM							\
	" FROM claim c LEFT JOIN verdict v ON v.claim_id = c.id"	\
	" WHERE c.revision_id = ?1 ORDER BY c.start, c.\"end\", c.id"
#define CLAIMS_SQL	"SELECT " CLAIM_COLUMNS CLAIMS_FROM
#define CLAIMS_SQL_LEAN	"SELECT " CLAIM_COLUMNS_LEAN ", 0, 0" CLAIMS_FROM

/* The number of claim C within its own revision (dismissed ones count). */
#define NUMBER_SQL(c)							\
	"(SELECT count(*) FROM claim k WHERE k.revision_id = " c ".revision_id"\
	" AND (k.start, k.\"end\", k.id) <= (" c ".start, " c ".\"end\", "\
	c ".id))"

/* Orphaned verdicts of the earlier revisions of article ?1. */
#define ORPHANS_SQL							\
	"SELECT " CLAIM_COLUMNS ", r.number, " NUMBER_SQL("c")		\
	" FROM revision r JOIN claim c ON c.revision_id = r.id"		\
	" LEFT JOIN verdict v ON v.claim_id = c.id"			\
	" WHERE r.article_id = ?1 AND r.id <> ?2 AND c.orphan = 1"	\
	" AND c.dismissed = 0 ORDER BY r.number, c.start, c.\"end\", c.id"

#define TEXT_SQL	"SELECT text FROM revision WHERE id = ?1"

#define HISTORY_SQL							\
	"SELECT at, reviewer, field, old, new, origin FROM history"	\
	" WHERE claim_id = ?1 ORDER BY id"

/* Earlier claims like claim ?1 (SPEC §8), most alike first. */
#define MATCHES_SQL							\
	"SELECT r.article_id, r.number, " NUMBER_SQL("e") ", m.similarity,"\
	" coalesce(v.status, 'unreviewed'), coalesce(v.note, ''),"	\
	" v.reviewer, v.updated_at, e.text, r.title"			\
	" FROM claim_match m JOIN claim e ON e.id = m.earlier_id"	\
	" JOIN revision r ON r.id = e.revision_id"			\
	" LEFT JOIN verdict v ON v.claim_id = e.id"			\
	" WHERE m.claim_id = ?1 ORDER BY m.similarity DESC, e.id"

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

int
export_format_guess(const char *path)
{
	const char	*dot, *slash;
	size_t		 i;

	dot = strrchr(path, '.');
	slash = strrchr(path, '/');
	if (dot == NULL || (slash != NULL && dot < slash))
		return -1;
	for (i = 0; i < sizeof export_extensions / sizeof export_extensions[0];
	    i++) {
		if (strcasecmp(dot, export_extensions[i].ext) == 0)
			return (int)export_extensions[i].format;
	}
	return -1;
}

const char *
export_status_label(enum verdict v)
{
	if ((size_t)v >= 4)
		return "Unreviewed";
	return export_labels[v];
}

enum verdict
export_status_parse(const char *s)
{
	size_t	i;

	for (i = 0; s != NULL && i < 4; i++) {
		if (strcmp(s, export_statuses[i]) == 0)
			return (enum verdict)i;
	}
	return VERDICT_NONE;
}

int
export_wanted(const struct export *ex, enum verdict v)
{
	return ex->opts->statuses == 0 ||
	    (ex->opts->statuses & EXPORT_STATUS(v)) != 0;
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

/* Records SQLite's error for the statement that failed. */
static void
export_db_error(struct export *ex)
{
	export_error(ex, "database: %s", sqlite3_errmsg(ex->db));
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

static const char *
col_text(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

static const char *
col_string(sqlite3_stmt *st, int i)
{
	const char	*s = col_text(st, i);

	return s != NULL ? s : "";
}

/* Fills C from a row of CLAIM_COLUMNS. */
static void
claim_row(sqlite3_stmt *st, struct ex_claim *c)
{
	memset(c, 0, sizeof *c);
	c->id = sqlite3_column_int64(st, 0);
	c->start = sqlite3_column_int64(st, 1);
	c->end = sqlite3_column_int64(st, 2);
	c->text = col_string(st, 3);
	c->kinds = col_string(st, 4);
	c->source = col_text(st, 5);
	c->score = sqlite3_column_int(st, 6);
	c->manual = strcmp(col_string(st, 7), "manual") == 0;
	c->dismissed = sqlite3_column_int(st, 8);
	c->status = export_status_parse(col_text(st, 9));
	c->note = col_string(st, 10);
	c->reviewer = col_text(st, 11);
	c->updated_at = col_text(st, 12);
	c->matches = sqlite3_column_int(st, 13);
	c->history = sqlite3_column_int(st, 14);
}

/* Resets ST after a walk that stopped on RC: 0, or -1 when the export has
 * failed (an SQLite error other than the end is recorded here). */
static int
export_done(struct export *ex, sqlite3_stmt *st, int rc)
{
	sqlite3_reset(st);
	if (rc == SQLITE_DONE || rc == SQLITE_ROW)
		return ex->failed ? -1 : 0;
	export_db_error(ex);
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

/* Walks the wanted claims of A's current revision with statement ST. */
static int
export_walk(struct export *ex, sqlite3_stmt *st, const struct ex_article *a,
    void (*fn)(struct export *, const struct ex_claim *, void *), void *arg,
    int count)
{
	struct ex_claim	c;
	int		rc, number = 0;

	sqlite3_bind_int64(st, 1, a->revision_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		number++;
		claim_row(st, &c);
		if (c.dismissed || !export_wanted(ex, c.status))
			continue;
		c.number = number;
		c.revision = a->revision;
		fn(ex, &c, arg);
		if (count ? export_count(ex) : export_check_out(ex))
			break;
	}
	return export_done(ex, st, rc);
}

int
export_each_claim(struct export *ex, const struct ex_article *a,
    void (*fn)(struct export *, const struct ex_claim *, void *), void *arg)
{
	return export_walk(ex, ex->st_claims2, a, fn, arg, 0);
}

int
export_text(struct export *ex, const struct ex_article *a, const char **text,
    size_t *len)
{
	sqlite3_stmt	*st = ex->st_text;
	int		 rc;

	sqlite3_reset(st);
	sqlite3_bind_int64(st, 1, a->revision_id);
	if ((rc = sqlite3_step(st)) == SQLITE_DONE) {
		sqlite3_reset(st);
		export_error(ex, "database: article %lld has no text",
		    (long long)a->id);
		return -1;
	}
	if (rc != SQLITE_ROW)
		return export_done(ex, st, rc);
	/* Stays valid until the statement is reset (next article). */
	*text = sqlite3_column_blob(st, 0);
	*len = (size_t)sqlite3_column_bytes(st, 0);
	if (*text == NULL)
		*text = "";
	return 0;
}

int
export_each_history(struct export *ex, int64_t claim,
    void (*fn)(struct export *, const struct ex_history *, void *),
    void *arg)
{
	sqlite3_stmt		*st = ex->st_history;
	struct ex_history	 h;
	int			 rc;

	sqlite3_bind_int64(st, 1, claim);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		h.at = col_string(st, 0);
		h.reviewer = col_string(st, 1);
		h.field = col_string(st, 2);
		h.old = col_text(st, 3);
		h.new = col_text(st, 4);
		h.origin = col_text(st, 5);
		fn(ex, &h, arg);
		if (export_check_out(ex))
			break;
	}
	return export_done(ex, st, rc);
}

int
export_each_match(struct export *ex, int64_t claim,
    void (*fn)(struct export *, const struct ex_match *, void *), void *arg)
{
	sqlite3_stmt	*st = ex->st_matches;
	struct ex_match	 m;
	int		 rc;

	sqlite3_bind_int64(st, 1, claim);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		m.article = sqlite3_column_int64(st, 0);
		m.revision = sqlite3_column_int(st, 1);
		m.claim = sqlite3_column_int(st, 2);
		m.similarity = sqlite3_column_double(st, 3);
		m.status = export_status_parse(col_text(st, 4));
		m.note = col_string(st, 5);
		m.reviewer = col_text(st, 6);
		m.updated_at = col_text(st, 7);
		m.text = col_string(st, 8);
		m.title = col_string(st, 9);
		fn(ex, &m, arg);
		if (export_check_out(ex))
			break;
	}
	return export_done(ex, st, rc);
}

/* Counts A's claims and orphans by status. */
static int
export_summary(struct export *ex, struct ex_article *a)
{
	sqlite3_stmt	*st = ex->st_summary;
	enum verdict	 v;
	int		 rc, n, current;

	sqlite3_bind_int64(st, 1, a->id);
	sqlite3_bind_int64(st, 2, a->revision_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		current = sqlite3_column_int(st, 0);
		v = export_status_parse(col_text(st, 1));
		n = sqlite3_column_int(st, 2);
		if (current) {
			a->count[v] += n;
			a->claims += n;
		} else
			a->orphans += n;
		if (export_wanted(ex, v))
			a->wanted += n;
	}
	return export_done(ex, st, rc);
}

static void
export_claim_cb(struct export *ex, const struct ex_claim *c, void *arg)
{
	ex->ops->claim(ex, arg, c);
}

/* Walks the orphaned verdicts of A that the filter keeps. */
static int
export_orphans(struct export *ex, const struct ex_article *a)
{
	sqlite3_stmt	*st = ex->st_orphans;
	struct ex_claim	 c;
	int		 rc;

	sqlite3_bind_int64(st, 1, a->id);
	sqlite3_bind_int64(st, 2, a->revision_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		claim_row(st, &c);
		if (!export_wanted(ex, c.status))
			continue;
		c.orphan = 1;
		c.revision = sqlite3_column_int(st, 15);
		c.number = sqlite3_column_int(st, 16);
		ex->ops->orphan(ex, a, &c);
		if (export_count(ex))
			break;
	}
	return export_done(ex, st, rc);
}

/* Writes the article in ST's current row. */
static int
export_article(struct export *ex, sqlite3_stmt *st)
{
	const struct export_ops	*ops = ex->ops;
	struct ex_article	 a;

	memset(&a, 0, sizeof a);
	a.id = sqlite3_column_int64(st, 0);
	a.path = col_string(st, 1);
	a.title = col_string(st, 2);
	a.url = col_text(st, 3);
	if (a.url != NULL && *a.url == '\0')
		a.url = NULL;
	a.created_at = col_string(st, 4);
	a.revision_id = sqlite3_column_int64(st, 5);
	a.revision = sqlite3_column_int(st, 6);
	a.imported_at = col_string(st, 7);
	if (export_summary(ex, &a) != 0)
		return -1;
	/* With a status filter, articles with nothing to show are left out. */
	if (ex->opts->statuses != 0 && a.wanted == 0)
		return 0;

	a.index = ex->done.articles;
	if (ops->article != NULL)
		ops->article(ex, &a);
	if (export_check_out(ex))
		return -1;
	if (ops->claim != NULL &&
	    export_walk(ex, ex->st_claims, &a, export_claim_cb, &a, 1) != 0)
		return -1;
	if (ops->orphan != NULL && a.orphans > 0 && export_orphans(ex, &a) != 0)
		return -1;
	if (ops->article_end != NULL)
		ops->article_end(ex, &a);
	sqlite3_reset(ex->st_text);
	ex->done.articles++;
	if (export_check_out(ex))
		return -1;
	return export_tick(ex);
}

/* Writes every article, by id. */
static int
export_all(struct export *ex)
{
	sqlite3_stmt	*st = ex->st_all;
	int		 rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (export_article(ex, st) != 0)
			break;
	}
	return export_done(ex, st, rc);
}

/* Writes the articles the options name, in their order. */
static int
export_some(struct export *ex)
{
	sqlite3_stmt	*st = ex->st_one;
	size_t		 i;
	int		 rc;

	for (i = 0; i < ex->opts->narticles; i++) {
		sqlite3_bind_int64(st, 1, ex->opts->articles[i]);
		if ((rc = sqlite3_step(st)) == SQLITE_DONE) {
			sqlite3_reset(st);
			export_error(ex, "no such article: %lld",
			    (long long)ex->opts->articles[i]);
			return -1;
		}
		if (rc != SQLITE_ROW || export_article(ex, st) != 0)
			return export_done(ex, st, rc);
		sqlite3_reset(st);
	}
	return 0;
}

/* How many articles the export goes through, for the progress line. */
static int
export_total(struct export *ex)
{
	sqlite3_stmt	*st;
	int		 rc;

	if (ex->opts->articles != NULL) {
		ex->done.total = ex->opts->narticles;
		return 0;
	}
	if (sqlite3_prepare_v2(ex->db, "SELECT count(*) FROM article", -1, &st,
	    NULL) != SQLITE_OK) {
		export_db_error(ex);
		return -1;
	}
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		ex->done.total = (size_t)sqlite3_column_int64(st, 0);
	rc = export_done(ex, st, rc);
	sqlite3_finalize(st);
	return rc;
}

static int
export_prepare(struct export *ex)
{
	const char	*claims = ex->ops->details ? CLAIMS_SQL : CLAIMS_SQL_LEAN;
	struct {
		sqlite3_stmt	**st;
		const char	 *sql;
	} stmts[] = {
		{ &ex->st_one, ARTICLE_SQL " WHERE a.id = ?1" },
		{ &ex->st_all, ARTICLE_SQL " ORDER BY a.id" },
		{ &ex->st_summary, SUMMARY_SQL },
		{ &ex->st_claims, claims },
		{ &ex->st_claims2, claims },
		{ &ex->st_orphans, ORPHANS_SQL },
		{ &ex->st_text, TEXT_SQL },
		{ &ex->st_history, HISTORY_SQL },
		{ &ex->st_matches, MATCHES_SQL }
	};
	size_t		 i;

	for (i = 0; i < sizeof stmts / sizeof stmts[0]; i++) {
		if (sqlite3_prepare_v2(ex->db, stmts[i].sql, -1, stmts[i].st,
		    NULL) != SQLITE_OK) {
			export_error(ex, "cannot read the database: %s",
			    sqlite3_errmsg(ex->db));
			return -1;
		}
	}
	return 0;
}

static void
export_finalize(struct export *ex)
{
	sqlite3_finalize(ex->st_one);
	sqlite3_finalize(ex->st_all);
	sqlite3_finalize(ex->st_summary);
	sqlite3_finalize(ex->st_claims);
	sqlite3_finalize(ex->st_claims2);
	sqlite3_finalize(ex->st_orphans);
	sqlite3_finalize(ex->st_text);
	sqlite3_finalize(ex->st_history);
	sqlite3_finalize(ex->st_matches);
}

/* Reads everything in one transaction, so the report is one snapshot. */
static int
export_exec(struct export *ex, const char *sql)
{
	if (sqlite3_exec(ex->db, sql, NULL, NULL, NULL) == SQLITE_OK)
		return 0;
	export_db_error(ex);
	return -1;
}

int
export_run(struct sqlite3 *db, const struct export_opts *opts, FILE *out,
    char **cause)
{
	struct export	ex;
	int		status;

	memset(&ex, 0, sizeof ex);
	ex.db = db;
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

	if (export_exec(&ex, "BEGIN") == 0) {
		if (export_prepare(&ex) == 0 && export_total(&ex) == 0) {
			if (ex.ops->begin != NULL)
				ex.ops->begin(&ex);
			if (opts->articles != NULL)
				export_some(&ex);
			else
				export_all(&ex);
			if (!ex.failed && ex.ops->end != NULL)
				ex.ops->end(&ex);
			if (!ex.failed && fflush(out) != 0)
				export_check_out(&ex);
			export_check_out(&ex);
		}
		export_finalize(&ex);
		sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
	}

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
