/* store-report.c: a whole report read in one snapshot, row by row. */
#include <stdlib.h>
#include <string.h>

#include "db.h"

#include "meta.h"
#include "segment.h"
#include "store-int.h"
#include "store.h"
#include "xmalloc.h"

/* The current revision of each article: one statement for a given id, one
 * for them all by id. */
#define ARTICLE_SQL							\
	"SELECT a.id, a.path, r.title, m.url, a.created_at, r.id, r.number,"\
	" r.imported_at FROM article a JOIN current_revision r"	\
	" ON r.article_id = a.id"					\
	" LEFT JOIN revision_meta m ON m.revision_id = r.id"

/* Claims of the current revision (?2) and orphans of earlier ones, counted
 * by status, with their stale verdicts; dismissed claims are not
 * counted. */
#define SUMMARY_SQL							\
	"SELECT c.revision_id = ?2, coalesce(v.status, 'unreviewed'),"	\
	" count(*), count(v.stale_text)"				\
	" FROM revision r JOIN claim c ON c.revision_id = r.id"	\
	" LEFT JOIN verdict v ON v.claim_id = c.id"			\
	" WHERE r.article_id = ?1 AND c.dismissed = 0"			\
	" AND (r.id = ?2 OR c.orphan = 1) GROUP BY 1, 2"

/* The columns report_claim() reads, in its order; the last two count the
 * claim's matches (claims here and verdicts published elsewhere) and
 * say whether it has a history, or are 0 when the report does not
 * show them (CLAIM_COLUMNS_LEAN: a third faster on a big csv). */
#define CLAIM_COLUMNS_LEAN						\
	"c.id, c.start, c.\"end\", c.text, c.kinds, c.source, c.score,"	\
	" c.origin, c.dismissed, coalesce(v.status, 'unreviewed'),"	\
	" coalesce(v.note, ''), v.reviewer, v.updated_at, c.number,"	\
	" v.stale_text, c.version, c.source_role, c.source_kind"
#define CLAIM_COLUMNS							\
	CLAIM_COLUMNS_LEAN ","						\
	" (SELECT count(*) FROM claim_match m " MATCH_LIVE_SQL		\
	" WHERE m.claim_id = c.id) + (SELECT count(*)"			\
	" FROM imported_match i WHERE i.claim_id = c.id),"		\
	" CASE WHEN c.prev_id IS NOT NULL OR EXISTS (SELECT 1"		\
	" FROM history h WHERE h.claim_id = c.id) THEN 1 ELSE 0 END"

/* Every claim of a revision in reading order, dismissed ones included. */
#define CLAIMS_FROM							\
	" FROM claim c LEFT JOIN verdict v ON v.claim_id = c.id"	\
	" WHERE c.revision_id = ?1 ORDER BY c.start, c.\"end\", c.id"
#define CLAIMS_SQL	"SELECT " CLAIM_COLUMNS CLAIMS_FROM
#define CLAIMS_SQL_LEAN	"SELECT " CLAIM_COLUMNS_LEAN ", 0, 0" CLAIMS_FROM

/* Orphaned verdicts of the earlier revisions of article ?1. */
#define ORPHANS_SQL							\
	"SELECT " CLAIM_COLUMNS ", r.number"				\
	" FROM revision r JOIN claim c ON c.revision_id = r.id"		\
	" LEFT JOIN verdict v ON v.claim_id = c.id"			\
	" WHERE r.article_id = ?1 AND r.id <> ?2 AND c.orphan = 1"	\
	" AND c.dismissed = 0 ORDER BY r.number, " ORPHAN_ORDER

#define TEXT_SQL	"SELECT text FROM revision WHERE id = ?1"


/* A claim's history from the first claim it continues (an earlier
 * revision's, or the claim split or joined into it): a re-import or a
 * split carrying a verdict or note over is said once, in its "claim"
 * row, not as the importer giving it again. */
#define HISTORY_SQL							\
	STORE_CHAIN_SQL							\
	" SELECT at, reviewer, field, old, new, origin FROM history h"	\
	" WHERE h.claim_id IN (SELECT id FROM chain)"			\
	" AND NOT (h.field IN ('status', 'note')"			\
	"  AND (coalesce(h.origin, '') LIKE 're-anchored from %'"	\
	"  OR coalesce(h.origin, '') LIKE 'carried from claim %'))"	\
	" ORDER BY h.id"

/* The split or join that made the claim ?1, as its history says: its own
 * row, or that of the claim it continues from an earlier revision (whose
 * re-anchoring rows say nothing of it). */
#define MADE_FROM_SQL							\
	STORE_CHAIN_SQL							\
	" SELECT h.origin FROM history h"				\
	" WHERE h.claim_id IN (SELECT id FROM chain)"			\
	" AND h.field = 'claim' AND h.new = 'manual'"			\
	" AND (h.origin LIKE 'split from %'"				\
	"  OR h.origin LIKE 'joined from %')"				\
	" ORDER BY h.id DESC LIMIT 1"

enum report_stmt {
	R_ONE,
	R_ALL,
	R_SUMMARY,
	R_CLAIMS,
	R_CLAIMS_AGAIN,		/* a second walk while the first is open */
	R_ORPHANS,
	R_TEXT,
	R_HISTORY,
	R_NOTE_BY,		/* with details only */
	R_MADE_FROM,		/* with details only */
	R_COUNT
};

struct store_report {
	struct store	*s;
	struct db_stmt	*st[R_COUNT];
	char		*error;		/* the first error, owned */
};

static const char *
col_text(struct db_stmt *st, int i)
{
	return (const char *)db_column_text(st, i);
}

static const char *
col_string(struct db_stmt *st, int i)
{
	const char	*s = col_text(st, i);

	return s != NULL ? s : "";
}

/* Records SQLite's last error; returns -1. */
static int
report_dberr(struct store_report *rp)
{
	if (rp->error == NULL)
		rp->error = xasprintf("database: %s",
		    db_errmsg(store_db(rp->s)));
	return -1;
}

/* Ends a walk of ST that stopped on RC with the callback's STOP: 0 when it
 * went to the end, 1 when the callback stopped it, -1 on an error. */
static int
report_done(struct store_report *rp, struct db_stmt *st, int rc, int stop)
{
	db_reset(st);
	if (stop)
		return 1;
	if (rc == DB_DONE)
		return 0;
	return report_dberr(rp);
}

struct store_report *
store_report_begin(struct store *s, int details, char **cause)
{
	struct store_report	*rp;
	const char		*sql[R_COUNT] = {
		[R_ONE] = ARTICLE_SQL " WHERE a.id = ?1",
		[R_ALL] = ARTICLE_SQL " ORDER BY a.id",
		[R_SUMMARY] = SUMMARY_SQL,
		[R_CLAIMS] = details ? CLAIMS_SQL : CLAIMS_SQL_LEAN,
		[R_CLAIMS_AGAIN] = details ? CLAIMS_SQL : CLAIMS_SQL_LEAN,
		[R_ORPHANS] = ORPHANS_SQL,
		[R_TEXT] = TEXT_SQL,
		[R_HISTORY] = HISTORY_SQL,
		[R_NOTE_BY] = details ? STORE_NOTE_BY_SQL : NULL,
		[R_MADE_FROM] = details ? MADE_FROM_SQL : NULL
	};
	size_t			 i;

	rp = xcalloc(1, sizeof *rp);
	rp->s = s;
	if (store_begin(s, 0) != 0) {
		store_give_cause(s, cause);
		free(rp);
		return NULL;
	}
	for (i = 0; i < R_COUNT; i++) {
		if (sql[i] != NULL &&
		    (rp->st[i] = db_prepare(store_db(s), sql[i])) == NULL) {
			*cause = xasprintf("cannot read the database: %s",
			    db_errmsg(store_db(s)));
			store_report_end(rp);
			return NULL;
		}
	}
	return rp;
}

void
store_report_end(struct store_report *rp)
{
	size_t	i;

	if (rp == NULL)
		return;
	for (i = 0; i < R_COUNT; i++)
		db_finalize(rp->st[i]);
	store_commit(rp->s);
	free(rp->error);
	free(rp);
}

const char *
store_report_error(const struct store_report *rp)
{
	return rp->error != NULL ? rp->error : "unknown error";
}

int
store_report_total(struct store_report *rp, size_t *n)
{
	struct db_stmt	*st;
	int		 rc;

	if ((st = db_prepare(store_db(rp->s), "SELECT count(*) FROM article"))
	    == NULL)
		return report_dberr(rp);
	if ((rc = db_step(st)) == DB_ROW)
		*n = (size_t)db_column_int64(st, 0);
	else
		report_dberr(rp);
	db_finalize(st);
	return rc == DB_ROW ? 0 : -1;
}

/* Counts A's claims and orphans by status. */
static int
report_summary(struct store_report *rp, struct st_report_article *a)
{
	struct db_stmt	*st = rp->st[R_SUMMARY];
	enum verdict	 v;
	int		 rc;

	db_bind_int64(st, 1, a->id);
	db_bind_int64(st, 2, a->revision_id);
	while ((rc = db_step(st)) == DB_ROW) {
		v = store_column_verdict(st, 1);
		if (db_column_int(st, 0)) {
			a->count[v] += db_column_int(st, 2);
			a->stale[v] += db_column_int(st, 3);
		} else {
			a->orphans[v] += db_column_int(st, 2);
			a->orphans_stale[v] += db_column_int(st, 3);
		}
	}
	return report_done(rp, st, rc, 0);
}

/* Hands the article in ST's current row to CB; as report_done(). */
static int
report_article(struct store_report *rp, struct db_stmt *st,
    int (*cb)(const struct st_report_article *, void *), void *arg)
{
	struct st_report_article	a;
	struct meta			m;
	unsigned			edited;
	char				*cause = NULL;
	int				rc;

	memset(&a, 0, sizeof a);
	memset(&m, 0, sizeof m);
	a.id = db_column_int64(st, 0);
	a.path = col_string(st, 1);
	a.title = col_string(st, 2);
	a.url = col_text(st, 3);
	if (a.url != NULL && *a.url == '\0')
		a.url = NULL;
	a.created_at = col_string(st, 4);
	a.revision_id = db_column_int64(st, 5);
	a.revision = db_column_int(st, 6);
	a.imported_at = col_string(st, 7);
	if (report_summary(rp, &a) != 0)
		return -1;
	if (store_meta_read(rp->s, a.revision_id, &m, &edited) != 0) {
		store_give_cause(rp->s, &cause);
		if (rp->error == NULL)
			rp->error = xasprintf("database: %s",
		    cause != NULL ? cause : "unknown error");
		free(cause);
		meta_clear(&m);
		return -1;
	}
	a.meta = &m;
	rc = cb(&a, arg);
	meta_clear(&m);
	db_reset(rp->st[R_TEXT]);
	return rc != 0 ? 1 : 0;
}

int
store_report_articles(struct store_report *rp, const int64_t *ids,
    size_t nids, int (*cb)(const struct st_report_article *, void *),
    void *arg)
{
	struct db_stmt	*st;
	size_t		 i;
	int		 rc, stop = 0;

	if (ids == NULL) {
		st = rp->st[R_ALL];
		while (!stop && (rc = db_step(st)) == DB_ROW) {
			if ((stop = report_article(rp, st, cb, arg)) < 0)
				break;
		}
		return stop < 0 ? (db_reset(st), -1) :
		    report_done(rp, st, rc, stop);
	}
	st = rp->st[R_ONE];
	for (i = 0; i < nids && !stop; i++) {
		db_bind_int64(st, 1, ids[i]);
		if ((rc = db_step(st)) == DB_DONE) {
			db_reset(st);
			rp->error = xasprintf("no such article: %lld",
			    (long long)ids[i]);
			return -1;
		}
		if (rc != DB_ROW)
			return report_done(rp, st, rc, 0);
		stop = report_article(rp, st, cb, arg);
		db_reset(st);
		if (stop < 0)
			return -1;
	}
	return stop;
}

/* Fills C from a row of CLAIM_COLUMNS; its strings borrowed from the
 * row. */
static void
report_claim(struct db_stmt *st, struct st_claim *c)
{
	memset(c, 0, sizeof *c);
	c->id = db_column_int64(st, 0);
	c->start = (size_t)db_column_int64(st, 1);
	c->end = (size_t)db_column_int64(st, 2);
	c->text = (char *)col_string(st, 3);
	c->kinds = (char *)col_string(st, 4);
	c->source = (char *)col_text(st, 5);
	c->score = db_column_int(st, 6);
	c->manual = strcmp(col_string(st, 7), "manual") == 0;
	c->dismissed = db_column_int(st, 8);
	c->status = store_column_verdict(st, 9);
	c->note = (char *)col_string(st, 10);
	c->reviewer = (char *)col_text(st, 11);
	c->updated_at = (char *)col_text(st, 12);
	c->number = db_column_int(st, 13);
	c->stale_text = (char *)col_text(st, 14);
	/* A list item's claim is reported without the list's marker. */
	c->text += segment_marker_len(c->text);
	if (c->stale_text != NULL)
		c->stale_text += segment_marker_len(c->stale_text);
	c->version = db_column_int(st, 15);
	c->source_role = (char *)col_text(st, 16);
	c->source_kind = (char *)col_text(st, 17);
	c->matches = db_column_int(st, 18);
	c->history = db_column_int(st, 19);
	/* A verdict row left with no verdict and no note (a verdict
	 * cleared or undone) credits no one: the claim is unreviewed. */
	if (c->status == VERDICT_NONE && c->note[0] == '\0')
		c->reviewer = c->updated_at = NULL;
}

/* Why claim C, made by hand, was made, when the report has details and
 * a split or a join made it: C->made_from, valid until the next call. 0,
 * or -1. */
static int
report_made_from(struct store_report *rp, struct st_claim *c)
{
	struct db_stmt	*st = rp->st[R_MADE_FROM];
	int		 rc;

	if (st == NULL || !c->manual)
		return 0;
	db_reset(st);
	db_bind_int64(st, 1, c->id);
	if ((rc = db_step(st)) == DB_ROW)
		c->made_from = col_text(st, 0);
	return rc == DB_ROW || rc == DB_DONE ? 0 : report_dberr(rp);
}

/* Who wrote C's note, when the report has details and it is not C's
 * reviewer: C->note_by, valid until the next call. 0, or -1. */
static int
report_note_by(struct store_report *rp, struct st_claim *c)
{
	struct db_stmt	*st = rp->st[R_NOTE_BY];
	const char	*who;
	int		 rc;

	if (st == NULL || c->note[0] == '\0')
		return 0;
	db_reset(st);
	db_bind_int64(st, 1, c->id);
	db_bind_text(st, 2, c->note);
	if ((rc = db_step(st)) == DB_ROW) {
		who = col_text(st, 0);
		if (who != NULL && (c->reviewer == NULL ||
		    strcmp(who, c->reviewer) != 0))
			c->note_by = who;
		return 0;
	}
	return rc == DB_DONE ? 0 : report_dberr(rp);
}

/* What a report with details reads of claim C besides its row. 0, or
 * -1. */
static int
report_details(struct store_report *rp, struct st_claim *c)
{
	return report_made_from(rp, c) != 0 || report_note_by(rp, c) != 0 ?
	    -1 : 0;
}

int
store_report_claims(struct store_report *rp,
    const struct st_report_article *a, int again,
    int (*cb)(const struct st_claim *, void *), void *arg)
{
	struct db_stmt	*st = rp->st[again ? R_CLAIMS_AGAIN : R_CLAIMS];
	struct st_claim	 c;
	int		 rc, stop = 0;

	db_bind_int64(st, 1, a->revision_id);
	while (!stop && (rc = db_step(st)) == DB_ROW) {
		report_claim(st, &c);
		c.revision = a->revision;
		if (report_details(rp, &c) != 0) {
			db_reset(st);
			return -1;
		}
		stop = cb(&c, arg);
	}
	return report_done(rp, st, rc, stop);
}

int
store_report_orphans(struct store_report *rp,
    const struct st_report_article *a,
    int (*cb)(const struct st_claim *, void *), void *arg)
{
	struct db_stmt	*st = rp->st[R_ORPHANS];
	struct st_claim	 c;
	int		 rc, stop = 0;

	db_bind_int64(st, 1, a->id);
	db_bind_int64(st, 2, a->revision_id);
	while (!stop && (rc = db_step(st)) == DB_ROW) {
		report_claim(st, &c);
		c.orphan = 1;
		c.revision = db_column_int(st, 20);
		if (report_details(rp, &c) != 0) {
			db_reset(st);
			return -1;
		}
		stop = cb(&c, arg);
	}
	return report_done(rp, st, rc, stop);
}

int
store_report_text(struct store_report *rp, const struct st_report_article *a,
    const char **text, size_t *len)
{
	struct db_stmt	*st = rp->st[R_TEXT];
	int		 rc;

	db_reset(st);
	db_bind_int64(st, 1, a->revision_id);
	if ((rc = db_step(st)) == DB_DONE) {
		db_reset(st);
		rp->error = xasprintf("database: article %lld has no text",
		    (long long)a->id);
		return -1;
	}
	if (rc != DB_ROW)
		return report_done(rp, st, rc, 0);
	/* Stays valid until the statement is reset (next article). */
	*text = db_column_blob(st, 0);
	*len = (size_t)db_column_bytes(st, 0);
	if (*text == NULL)
		*text = "";
	return 0;
}

int
store_report_history(struct store_report *rp, int64_t claim,
    int (*cb)(const struct st_history *, void *), void *arg)
{
	struct db_stmt		*st = rp->st[R_HISTORY];
	struct st_history	 h;
	int			 rc, stop = 0;

	db_bind_int64(st, 1, claim);
	while (!stop && (rc = db_step(st)) == DB_ROW) {
		store_history_read(st, 0, &h);
		stop = cb(&h, arg);
	}
	return report_done(rp, st, rc, stop);
}

/* RC of a walk through the store's own API: -1 records CAUSE. */
static int
report_walked(struct store_report *rp, int rc, char *cause)
{
	if (rc == 0)
		return 0;
	if (rp->error == NULL)
		rp->error = xasprintf("database: %s",
		    cause != NULL ? cause : "unknown error");
	free(cause);
	return -1;
}

int
store_report_matches(struct store_report *rp, int64_t claim,
    int (*cb)(const struct st_match *, void *), void *arg)
{
	char	*cause = NULL;

	return report_walked(rp, store_matches(rp->s, claim, cb, arg, &cause),
	    cause);
}

int
store_report_dissent(struct store_report *rp,
    int (*cb)(int64_t, int64_t, const char *, enum verdict, void *),
    void *arg)
{
	struct db_stmt	*st;
	const char	*id, *url;
	int		 rc = DB_DONE, stop = 0;

	if ((st = store_stmt_lazy(rp->s, S_DISSENT_ALL)) == NULL)
		return report_walked(rp, -1, xstrdup(rp->s->cause != NULL ?
		    rp->s->cause : "preparing a statement"));
	while (!stop && (rc = db_step(st)) == DB_ROW) {
		id = (const char *)db_column_text(st, 1);
		url = (const char *)db_column_text(st, 2);
		stop = cb(db_column_int64(st, 0), db_column_int64(st, 4),
		    store_imported_published_id(id, url) ? id : url,
		    store_column_verdict(st, 3), arg);
	}
	return report_done(rp, st, rc, stop);
}

int
store_report_disagree(struct store_report *rp,
    int (*cb)(const struct st_disagree *, void *), void *arg)
{
	struct db_stmt		*st;
	struct st_disagree	 d;
	int			 rc = DB_DONE, stop = 0;

	if ((st = store_stmt_lazy(rp->s, S_DISAGREE_ALL)) == NULL)
		return report_walked(rp, -1, xstrdup(rp->s->cause != NULL ?
		    rp->s->cause : "preparing a statement"));
	while (!stop && (rc = db_step(st)) == DB_ROW) {
		d.claim = db_column_int64(st, 0);
		d.other = db_column_int64(st, 1);
		d.article = db_column_int64(st, 2);
		d.title = (const char *)db_column_text(st, 3);
		d.number = db_column_int(st, 4);
		d.status = store_column_verdict(st, 5);
		d.revision = db_column_int(st, 6);
		stop = cb(&d, arg);
	}
	return report_done(rp, st, rc, stop);
}

int
store_report_imported(struct store_report *rp, int64_t claim,
    int (*cb)(const struct st_imported_match *, void *), void *arg)
{
	char	*cause = NULL;

	return report_walked(rp, store_imported_matches(rp->s, claim, cb, arg,
	    &cause), cause);
}
