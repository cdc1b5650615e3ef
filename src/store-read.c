/* store-read.c: reading the store: an article with its claims, orphans,
 * the list of articles and the counts. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"

#include "store-int.h"
#include "store.h"
#include "xmalloc.h"

static const char *
empty_if_null(const char *t)
{
	return t != NULL ? t : "";
}

/* The texts of an article's claims, each followed by its kinds, one after
 * another in reading order (st_article.claim_text). */
struct text_block {
	char	*buf;
	size_t	 len, cap;
};

/*
 * The claim at ST into C. Its text and kinds, the two strings that never
 * change, share one allocation: C's own, or with BLOCK (not NULL) the end
 * of BLOCK, C->text left NULL until block_place() points it there.
 */
static void
claim_read(struct db_stmt *st, struct st_claim *c, struct text_block *block)
{
	const char	*anchor, *text, *kinds;
	size_t		 tlen, klen;
	char		*to;

	memset(c, 0, sizeof *c);
	c->id = db_column_int64(st, 0);
	c->start = (size_t)db_column_int64(st, 1);
	c->end = (size_t)db_column_int64(st, 2);
	text = empty_if_null(db_column_text(st, 3));
	kinds = empty_if_null(db_column_text(st, 4));
	tlen = strlen(text);
	klen = strlen(kinds);
	if (block == NULL) {
		to = c->text = xmalloc(tlen + klen + 2);
		c->kinds = c->text + tlen + 1;
	} else {
		block->buf = xreserve(block->buf, &block->cap,
		    block->len + tlen + klen + 2, 4096);
		to = block->buf + block->len;
		block->len += tlen + klen + 2;
	}
	memcpy(to, text, tlen + 1);
	memcpy(to + tlen + 1, kinds, klen + 1);
	c->source = store_column_dup(st, 5);
	c->score = db_column_int(st, 6);
	c->manual = db_column_int(st, 7);
	c->dismissed = db_column_int(st, 8);
	c->status = store_column_verdict(st, 9);
	c->note = xstrdup(empty_if_null(db_column_text(st, 10)));
	c->reviewer = store_column_dup(st, 11);
	c->updated_at = store_column_dup(st, 12);
	c->revision = db_column_int(st, 13);
	c->orphan = db_column_int(st, 14);
	anchor = empty_if_null(db_column_text(st, 15));
	c->carried = strcmp(anchor, "exact") == 0 ? 1 :
	    strcmp(anchor, "context") == 0 ? 2 : 0;
	c->number = db_column_int(st, 16);
	c->version = db_column_int(st, 18);
	c->stale_text = store_column_dup(st, 19);
	c->source_role = store_column_dup(st, 20);
	c->source_kind = store_column_dup(st, 21);
	c->source_edited = db_column_int(st, 22);
	c->replaced = db_column_int(st, 23);
}

void
store_claim_read(struct db_stmt *st, struct st_claim *c)
{
	claim_read(st, c, NULL);
}

/* Points the N claims C, read into BLOCK in this order, at their texts and
 * kinds there. */
static void
block_place(struct st_claim *c, size_t n, char *block)
{
	char	*p = block;
	size_t	 i;

	for (i = 0; i < n; i++) {
		c[i].text = p;
		p += strlen(p) + 1;
		c[i].kinds = p;
		p += strlen(p) + 1;
	}
}

void
store_history_read(struct db_stmt *st, int first, struct st_history *h)
{
	h->at = empty_if_null(db_column_text(st, first));
	h->reviewer = empty_if_null(db_column_text(st, first + 1));
	h->field = empty_if_null(db_column_text(st, first + 2));
	h->old = (const char *)db_column_text(st, first + 3);
	h->new = (const char *)db_column_text(st, first + 4);
	h->origin = (const char *)db_column_text(st, first + 5);
}

/* Frees the N claims C, and BLOCK (may be NULL) that holds their texts. */
static void
claims_free(struct st_claim *c, size_t n, char *block)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		if (block != NULL)
			c[i].text = NULL;
		st_claim_clear(&c[i]);
	}
	free(c);
	free(block);
}

/* Reading order within a revision: start, end, id (schema.sql). */
static int
key_cmp(size_t astart, size_t aend, int64_t aid, size_t bstart, size_t bend,
    int64_t bid)
{
	if (astart != bstart)
		return astart < bstart ? -1 : 1;
	if (aend != bend)
		return aend < bend ? -1 : 1;
	return (aid > bid) - (aid < bid);
}

static int
claim_cmp(const struct st_claim *a, const struct st_claim *b)
{
	return key_cmp(a->start, a->end, a->id, b->start, b->end, b->id);
}

/*
 * Puts claims that came ordered by start into reading order. Claims
 * sharing a start (one made by hand over another) are the only ones out of
 * place: an insertion sort moves only those.
 */
static void
claims_sort(struct st_claim *c, size_t n)
{
	struct st_claim	tmp;
	size_t		i, j;

	for (i = 1; i < n; i++) {
		if (claim_cmp(&c[i - 1], &c[i]) <= 0)
			continue;
		tmp = c[i];
		for (j = i; j > 0 && claim_cmp(&c[j - 1], &tmp) > 0; j--)
			c[j] = c[j - 1];
		c[j] = tmp;
	}
}

/* What a claim's text block holds besides its text, as estimated: its
 * kinds and two NULs. */
#define KINDS_ESTIMATE	32

/* Where claims_read() puts the claims it reads. */
struct claims_to {
	struct st_claim		*v;		/* owned */
	size_t			 n, cap;
	struct text_block	 block;		/* with BUF, the claims'
						   texts go there */
	int			 orphans;	/* rows of S_ORPHANS_LOAD,
						   with their match counts */
};

/* Every row of ST (bound) into TO, its claims with their texts placed. */
static int
claims_read(struct store *s, struct db_stmt *st, struct claims_to *to)
{
	struct text_block	*block = to->block.buf != NULL ? &to->block :
				    NULL;
	int			 rc;

	while ((rc = db_step(st)) == DB_ROW) {
		to->v = xgrow(to->v, &to->cap, to->n, sizeof *to->v);
		claim_read(st, &to->v[to->n], block);
		if (to->orphans)
			to->v[to->n].matches = db_column_int(st, 17);
		to->n++;
	}
	if (block != NULL)
		block_place(to->v, to->n, block->buf);
	return store_step_end(s, st, rc, "reading claims");
}

/*
 * The claims of revision REV (LEN bytes of text) into A. The array and one
 * block for all their texts are sized first, from the count of claims and
 * the length of the text (a claim's text is its sentence, its white space
 * collapsed): a large article's hundred thousand claims are then read into
 * two blocks sized once, not as many allocations, each memory to fault in
 * afresh. The text block grows if claims overlap beyond the estimate; the
 * claims point into it only once all are read.
 */
static int
article_claims_read(struct store *s, int64_t rev, size_t len,
    struct st_article *a)
{
	struct claims_to	 to;
	struct db_stmt		*st = store_stmt(s, S_CLAIM_TOTAL);
	int64_t			 total;
	int			 rc;

	db_bind_int64(st, 1, rev);
	if (store_step_id(s, st, &total, "counting claims") < 0)
		return -1;
	memset(&to, 0, sizeof to);
	to.cap = total > 0 ? (size_t)total : 0;
	to.v = xreallocarray(NULL, to.cap, sizeof *to.v);
	if (to.cap > 0) {
		to.block.cap = len + to.cap * KINDS_ESTIMATE;
		to.block.buf = xmalloc(to.block.cap);
	}
	st = store_stmt(s, S_CLAIMS_LOAD);
	db_bind_int64(st, 1, rev);
	db_bind_int(st, 2, a->revision);
	rc = claims_read(s, st, &to);
	a->claims = to.v;
	a->nclaims = to.n;
	a->claim_text = to.block.buf;
	return rc;
}

/* The match counts of C[0..N), whose ids are consecutive. */
static int
count_run(struct store *s, struct st_claim *c, size_t n)
{
	struct db_stmt	*st = store_stmt(s, S_MATCH_COUNTS);
	int64_t		 off;
	int		 rc;

	db_bind_int64(st, 1, c[0].id);
	db_bind_int64(st, 2, c[n - 1].id);
	while ((rc = db_step(st)) == DB_ROW) {
		off = db_column_int64(st, 0) - c[0].id;
		if (off >= 0 && (size_t)off < n)
			c[off].matches = db_column_int(st, 1);
	}
	return store_step_end(s, st, rc, "counting earlier verdicts");
}

/*
 * Counts the earlier verdicts linked to each claim (SPEC §8) with one
 * range query per run of consecutive ids: the claims an import inserts
 * have consecutive ids in reading order, so the runs are few (one per
 * import, and around each claim made by hand), and a revision without
 * matches costs a few index seeks, not one per claim.
 */
static int
claims_count_matches(struct store *s, struct st_claim *c, size_t n)
{
	size_t	i, j;

	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n && c[j].id == c[j - 1].id + 1; j++)
			/* nothing */;
		if (count_run(s, c + i, j - i) != 0)
			return -1;
	}
	return 0;
}

/* The orphans of article ID into a new array, as st_article.orphans. */
static int
orphans_read(struct store *s, int64_t id, struct st_claim **out, size_t *n)
{
	struct db_stmt		*st = store_stmt(s, S_ORPHANS_LOAD);
	struct claims_to	 to = { .orphans = 1 };
	int			 rc;

	db_bind_int64(st, 1, id);
	rc = claims_read(s, st, &to);
	*out = to.v;
	*n = to.n;
	return rc;
}

/* The text of revision REV, LEN bytes, into A: none with NOTEXT, KNOWN's
 * when it is REV's (taken), else read. 0, or -1 with the error recorded. */
static int
text_read(struct store *s, int64_t rev, size_t len, struct st_text *known,
    int notext, struct st_article *a)
{
	struct db_stmt	*st;

	if (notext) {
		a->len = len;
		return 0;
	}
	if (known != NULL && known->text != NULL && known->rev == rev &&
	    known->len == len) {
		a->text = known->text;
		a->len = len;
		known->text = NULL;
		return 0;
	}
	st = store_stmt(s, S_REV_TEXT);
	db_bind_int64(st, 1, rev);
	if (db_step(st) != DB_ROW) {
		db_reset(st);
		return store_dberr(s, "reading the article's text");
	}
	a->len = (size_t)db_column_bytes(st, 0);
	a->text = xmalloc(a->len + 1);
	if (a->len > 0)
		memcpy(a->text, db_column_blob(st, 0), a->len);
	a->text[a->len] = '\0';
	db_reset(st);
	return 0;
}

static int
article_read(struct store *s, int64_t id, struct st_text *known, int notext,
    struct st_article *a)
{
	struct db_stmt	*st = store_stmt(s, S_ARTICLE_LOAD);
	int64_t		 rev;
	size_t		 len;
	int		 rc;

	db_bind_int64(st, 1, id);
	if ((rc = db_step(st)) != DB_ROW) {
		db_reset(st);
		if (rc == DB_DONE)
			return store_err(s, "no article with id %" PRId64, id);
		return store_dberr(s, "reading the article");
	}
	a->id = id;
	a->path = xstrdup(empty_if_null(db_column_text(st, 0)));
	a->title = xstrdup(empty_if_null(db_column_text(st, 1)));
	a->url = store_column_dup(st, 2);
	a->site = store_column_dup(st, 6);
	a->date = store_column_dup(st, 7);
	a->revision_id = rev = db_column_int64(st, 3);
	a->revision = db_column_int(st, 4);
	len = (size_t)db_column_int64(st, 5);
	db_reset(st);
	/* The history as far as what is read here: a change after it is
	 * news the screen announces. */
	if (store_step_id(s, store_stmt(s, S_HISTORY_MAX), &a->last_history,
	    "reading the history") < 0)
		return -1;
	if (text_read(s, rev, len, known, notext, a) != 0)
		return -1;

	if (article_claims_read(s, rev, len, a) != 0)
		return -1;
	claims_sort(a->claims, a->nclaims);
	if (claims_count_matches(s, a->claims, a->nclaims) != 0)
		return -1;
	return orphans_read(s, id, &a->orphans, &a->norphans);
}

struct st_article *
store_article_load(struct store *s, int64_t id, struct st_text *known,
    char **cause)
{
	return store_article_read(s, id, known, 0, cause);
}

struct st_article *
store_article_read(struct store *s, int64_t id, struct st_text *known,
    int notext, char **cause)
{
	struct st_article	*a;
	char			*lent = known != NULL ? known->text : NULL;

	a = xcalloc(1, sizeof *a);
	/* Before it is read: a change made meanwhile shows as one. */
	if (store_data_version(s, &a->data_version, cause) != 0) {
		free(a);
		return NULL;
	}
	if (store_begin(s, 0) != 0)
		goto fail;
	if (article_read(s, id, known, notext, a) != 0) {
		store_rollback(s);
		goto fail;
	}
	if (store_commit(s) != 0)
		goto fail;
	return a;

fail:
	/* KNOWN's text goes back to the caller, who may still show it. */
	if (lent != NULL && a->text == lent) {
		known->text = lent;
		a->text = NULL;
	}
	st_article_free(a);
	store_give_cause(s, cause);
	return NULL;
}

void
st_article_free(struct st_article *a)
{
	if (a == NULL)
		return;
	claims_free(a->claims, a->nclaims, a->claim_text);
	claims_free(a->orphans, a->norphans, NULL);
	free(a->path);
	free(a->title);
	free(a->url);
	free(a->site);
	free(a->date);
	free(a->text);
	free(a);
}

int
store_orphans(struct store *s, int64_t id,
    int (*cb)(const struct st_claim *, void *), void *arg, char **cause)
{
	struct st_claim	*o = NULL;
	size_t		 n = 0, i;

	if (store_begin(s, 0) != 0)
		return store_give_cause(s, cause);
	if (orphans_read(s, id, &o, &n) != 0) {
		store_rollback(s);
		claims_free(o, n, NULL);
		return store_give_cause(s, cause);
	}
	if (store_commit(s) != 0) {
		claims_free(o, n, NULL);
		return store_give_cause(s, cause);
	}
	for (i = 0; i < n; i++) {
		if (cb(&o[i], arg) != 0)
			break;
	}
	claims_free(o, n, NULL);
	return 0;
}

int
store_list(struct store *s, int (*cb)(const struct st_summary *, void *),
    void *arg, char **cause)
{
	struct db_stmt		*st = store_stmt(s, S_LIST);
	struct st_summary	 sum;
	int			 rc, stop = 0;

	while (!stop && (rc = db_step(st)) == DB_ROW) {
		sum.id = db_column_int64(st, 0);
		sum.title = empty_if_null(db_column_text(st, 1));
		sum.path = empty_if_null(db_column_text(st, 2));
		sum.site = (const char *)db_column_text(st, 11);
		sum.date = (const char *)db_column_text(st, 12);
		sum.revision = db_column_int(st, 3);
		sum.claims = db_column_int(st, 4);
		sum.reviewed = db_column_int(st, 5);
		sum.verified = db_column_int(st, 6);
		sum.disputed = db_column_int(st, 7);
		sum.unsourced = db_column_int(st, 8);
		sum.orphans = db_column_int(st, 9);
		sum.stale = db_column_int(st, 13);
		sum.updated_at = (const char *)db_column_text(st, 10);
		stop = cb(&sum, arg);
	}
	if (store_step_end(s, st, rc, "listing articles") != 0)
		return store_give_cause(s, cause);
	return 0;
}

static int
count_one(struct store *s, enum store_stmt id, int *n)
{
	struct db_stmt	*st = store_stmt(s, id);

	if (db_step(st) != DB_ROW) {
		db_reset(st);
		return store_dberr(s, "counting");
	}
	*n = db_column_int(st, 0);
	db_reset(st);
	return 0;
}

static int
stats_status(struct store *s, struct st_stats *stats)
{
	struct db_stmt	*st = store_stmt(s, S_STATS_STATUS);
	int		 rc, v, n;

	while ((rc = db_step(st)) == DB_ROW) {
		v = store_column_verdict(st, 0);
		n = db_column_int(st, 2);
		if (db_column_int(st, 1)) {
			stats->dismissed += n;
			continue;
		}
		stats->claims += n;
		stats->status[v] += n;
		stats->stale += db_column_int(st, 3);
	}
	return store_step_end(s, st, rc, "counting verdicts");
}

static int
stats_reviewers(struct store *s, int (*cb)(const struct st_reviewer *,
    void *), void *arg)
{
	struct db_stmt		*st = store_stmt(s, S_STATS_REVIEWERS);
	struct st_reviewer	 r;
	int			 rc, stop = 0;

	while (!stop && (rc = db_step(st)) == DB_ROW) {
		memset(&r, 0, sizeof r);
		r.name = empty_if_null(db_column_text(st, 0));
		r.status[VERDICT_VERIFIED] = db_column_int(st, 1);
		r.status[VERDICT_DISPUTED] = db_column_int(st, 2);
		r.status[VERDICT_UNSOURCED] = db_column_int(st, 3);
		r.total = db_column_int(st, 4);
		stop = cb(&r, arg);
	}
	return store_step_end(s, st, rc, "counting reviewers");
}

int
store_stats(struct store *s, struct st_stats *stats,
    int (*cb)(const struct st_reviewer *, void *), void *arg, char **cause)
{
	int	rc;

	memset(stats, 0, sizeof *stats);
	if (store_begin(s, 0) != 0)
		return store_give_cause(s, cause);
	rc = count_one(s, S_STATS_ARTICLES, &stats->articles) != 0 ||
	    stats_status(s, stats) != 0 ||
	    count_one(s, S_STATS_ORPHANS, &stats->orphans) != 0 ||
	    (cb != NULL && stats_reviewers(s, cb, arg) != 0) ? -1 : 0;
	return store_end(s, rc, cause);
}

int
store_data_version(struct store *s, int *version, char **cause)
{
	struct db_stmt	*st;

	if (db_kind(s->db) == DB_PG)
		return store_pg_data_version(s, version);
	st = store_stmt(s, S_DATA_VERSION);
	if (db_step(st) != DB_ROW) {
		store_dberr(s, "reading the data version");
		db_reset(st);
		return store_give_cause(s, cause);
	}
	*version = db_column_int(st, 0);
	db_reset(st);
	return 0;
}

/* store_changes()'s work in a read transaction. */
static int
changes_read(struct store *s, int64_t article, int64_t since, int64_t *last,
    int (*cb)(const struct st_history *, void *), void *arg)
{
	struct db_stmt		*st = store_stmt(s, S_HISTORY_MAX);
	struct st_history	 h;
	int			 rc, stop = 0;

	if ((rc = store_step_id(s, st, last, "reading the history")) < 0)
		return -1;
	if (rc == 0 || *last < since)
		*last = since;
	if (cb == NULL || *last == since)
		return 0;
	st = store_stmt(s, S_HISTORY_SINCE);
	db_bind_int64(st, 1, article);
	db_bind_int64(st, 2, since);
	while (!stop && (rc = db_step(st)) == DB_ROW) {
		h.id = db_column_int64(st, 0);
		h.number = db_column_int(st, 1);
		store_history_read(st, 2, &h);
		stop = cb(&h, arg);
	}
	return store_step_end(s, st, rc, "reading the history");
}

int
store_changes(struct store *s, int64_t article, int64_t since,
    int64_t *last, int (*cb)(const struct st_history *, void *), void *arg,
    char **cause)
{
	if (store_begin(s, 0) != 0)
		return store_give_cause(s, cause);
	return store_end(s, changes_read(s, article, since, last, cb, arg),
	    cause);
}

int
store_note_writer(struct store *s, int64_t claim, const char *note,
    char **who, char **cause)
{
	struct db_stmt	*st;
	int		 rc;

	*who = NULL;
	if (store_begin(s, 0) != 0)
		return store_give_cause(s, cause);
	if ((st = db_prepare(store_db(s), STORE_NOTE_BY_SQL)) == NULL)
		return store_end(s, store_dberr(s, "reading the history"),
		    cause);
	db_bind_int64(st, 1, claim);
	db_bind_text(st, 2, note);
	if ((rc = db_step(st)) == DB_ROW)
		*who = store_column_dup(st, 0);
	db_finalize(st);
	return store_end(s, rc == DB_ROW || rc == DB_DONE ? 0 :
	    store_dberr(s, "reading the history"), cause);
}

/* Judged sentences: prepared here, as only claimdesk learn reads them.
 * No claim: one the rules found that a reviewer dropped; a claim: one
 * standing with a verdict, or made by hand. */
static const char labelled_sql[] =
    "SELECT c.text, CASE WHEN c.dismissed = 1 THEN 0 ELSE 1 END, r.article_id"
    " FROM claim c JOIN current_revision r ON r.id = c.revision_id"
    " LEFT JOIN verdict v ON v.claim_id = c.id"
    " WHERE c.orphan = 0 AND ((" CLAIM_DROPPED_SQL
    "  AND c.origin = 'extracted') OR (c.dismissed = 0 AND"
    "  (c.origin = 'manual' OR coalesce(v.status, 'unreviewed') <>"
    "  'unreviewed')))"
    " ORDER BY r.article_id, c.start";

int
store_labelled(struct store *s, int (*cb)(const char *, int, int64_t,
    void *), void *arg, char **cause)
{
	struct db_stmt	*st;
	int		 rc, stop = 0;

	if ((st = db_prepare(s->db, labelled_sql)) == NULL) {
		store_dberr(s, "reading judged claims");
		return store_give_cause(s, cause);
	}
	if (store_begin(s, 0) != 0) {
		db_finalize(st);
		return store_give_cause(s, cause);
	}
	while (!stop && (rc = db_step(st)) == DB_ROW)
		stop = cb(empty_if_null(db_column_text(st, 0)),
		    db_column_int(st, 1), db_column_int64(st, 2),
		    arg);
	if (!stop && rc != DB_DONE)
		rc = store_dberr(s, "reading judged claims");
	else
		rc = 0;
	db_finalize(st);
	return store_end(s, rc, cause);
}
