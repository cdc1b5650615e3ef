/* store-read.c: reading the store: an article with its claims, orphans,
 * the list of articles and the counts. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "store-int.h"
#include "store.h"
#include "xmalloc.h"

static const char *
empty_if_null(const unsigned char *t)
{
	return t != NULL ? (const char *)t : "";
}

/* A row of S_CLAIMS_LOAD or S_ORPHANS_LOAD into C; strings owned. */
static void
claim_read(sqlite3_stmt *st, struct st_claim *c)
{
	const char	*anchor;
	int		 v;

	memset(c, 0, sizeof *c);
	c->id = sqlite3_column_int64(st, 0);
	c->start = (size_t)sqlite3_column_int64(st, 1);
	c->end = (size_t)sqlite3_column_int64(st, 2);
	c->text = xstrdup(empty_if_null(sqlite3_column_text(st, 3)));
	c->kinds = xstrdup(empty_if_null(sqlite3_column_text(st, 4)));
	c->source = store_column_dup(st, 5);
	c->score = sqlite3_column_int(st, 6);
	c->manual = sqlite3_column_int(st, 7);
	c->dismissed = sqlite3_column_int(st, 8);
	v = verdict_parse(empty_if_null(sqlite3_column_text(st, 9)));
	c->status = v < 0 ? VERDICT_NONE : (enum verdict)v;
	c->note = xstrdup(empty_if_null(sqlite3_column_text(st, 10)));
	c->reviewer = store_column_dup(st, 11);
	c->updated_at = store_column_dup(st, 12);
	c->matches = sqlite3_column_int(st, 13);
	c->revision = sqlite3_column_int(st, 14);
	c->orphan = sqlite3_column_int(st, 15);
	anchor = empty_if_null(sqlite3_column_text(st, 16));
	c->carried = strcmp(anchor, "exact") == 0 ? 1 :
	    strcmp(anchor, "context") == 0 ? 2 : 0;
	c->number = sqlite3_column_int(st, 17);
}

static void
claim_clear(struct st_claim *c)
{
	free(c->text);
	free(c->kinds);
	free(c->source);
	free(c->note);
	free(c->reviewer);
	free(c->updated_at);
}

/* Every row of ST (bound) into a new array. */
static int
claims_read(struct store *s, sqlite3_stmt *st, struct st_claim **out,
    size_t *n)
{
	size_t	cap = 0;
	int	rc;

	*out = NULL;
	*n = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 32;
			*out = xreallocarray(*out, cap, sizeof **out);
		}
		claim_read(st, &(*out)[(*n)++]);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return store_dberr(s, "reading claims");
	return 0;
}

static int
article_read(struct store *s, int64_t id, struct st_article *a)
{
	sqlite3_stmt	*st = store_stmt(s, S_ARTICLE_LOAD);
	int64_t		 rev;
	int		 rc;

	sqlite3_bind_int64(st, 1, id);
	if ((rc = sqlite3_step(st)) != SQLITE_ROW) {
		sqlite3_reset(st);
		if (rc == SQLITE_DONE)
			return store_err(s, "no article with id %" PRId64, id);
		return store_dberr(s, "reading the article");
	}
	a->id = id;
	a->path = xstrdup(empty_if_null(sqlite3_column_text(st, 0)));
	a->title = xstrdup(empty_if_null(sqlite3_column_text(st, 1)));
	a->url = store_column_dup(st, 2);
	rev = sqlite3_column_int64(st, 3);
	a->revision = sqlite3_column_int(st, 4);
	a->len = (size_t)sqlite3_column_bytes(st, 5);
	a->text = xmalloc(a->len + 1);
	if (a->len > 0)
		memcpy(a->text, sqlite3_column_blob(st, 5), a->len);
	a->text[a->len] = '\0';
	sqlite3_reset(st);

	st = store_stmt(s, S_CLAIMS_LOAD);
	sqlite3_bind_int64(st, 1, rev);
	if (claims_read(s, st, &a->claims, &a->nclaims) != 0)
		return -1;
	st = store_stmt(s, S_ORPHANS_LOAD);
	sqlite3_bind_int64(st, 1, id);
	return claims_read(s, st, &a->orphans, &a->norphans);
}

struct st_article *
store_article_load(struct store *s, int64_t id, char **cause)
{
	struct st_article	*a;

	a = xcalloc(1, sizeof *a);
	if (store_begin(s, 0) != 0)
		goto fail;
	if (article_read(s, id, a) != 0) {
		store_rollback(s);
		goto fail;
	}
	if (store_commit(s) != 0)
		goto fail;
	return a;

fail:
	st_article_free(a);
	store_give_cause(s, cause);
	return NULL;
}

void
st_article_free(struct st_article *a)
{
	size_t	i;

	if (a == NULL)
		return;
	for (i = 0; i < a->nclaims; i++)
		claim_clear(&a->claims[i]);
	for (i = 0; i < a->norphans; i++)
		claim_clear(&a->orphans[i]);
	free(a->claims);
	free(a->orphans);
	free(a->path);
	free(a->title);
	free(a->url);
	free(a->text);
	free(a);
}

int
store_orphans(struct store *s, int64_t id,
    int (*cb)(const struct st_claim *, void *), void *arg, char **cause)
{
	sqlite3_stmt	*st = store_stmt(s, S_ORPHANS_LOAD);
	struct st_claim	 c;
	int		 rc, stop = 0;

	sqlite3_bind_int64(st, 1, id);
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		claim_read(st, &c);
		stop = cb(&c, arg);
		claim_clear(&c);
	}
	if (!stop && rc != SQLITE_DONE) {
		store_dberr(s, "reading orphans");
		sqlite3_reset(st);
		return store_give_cause(s, cause);
	}
	sqlite3_reset(st);
	return 0;
}

int
store_list(struct store *s, int (*cb)(const struct st_summary *, void *),
    void *arg, char **cause)
{
	sqlite3_stmt		*st = store_stmt(s, S_LIST);
	struct st_summary	 sum;
	int			 rc, stop = 0;

	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		sum.id = sqlite3_column_int64(st, 0);
		sum.title = empty_if_null(sqlite3_column_text(st, 1));
		sum.path = empty_if_null(sqlite3_column_text(st, 2));
		sum.revision = sqlite3_column_int(st, 3);
		sum.claims = sqlite3_column_int(st, 4);
		sum.reviewed = sqlite3_column_int(st, 5);
		sum.verified = sqlite3_column_int(st, 6);
		sum.disputed = sqlite3_column_int(st, 7);
		sum.unsourced = sqlite3_column_int(st, 8);
		sum.orphans = sqlite3_column_int(st, 9);
		sum.updated_at = (const char *)sqlite3_column_text(st, 10);
		stop = cb(&sum, arg);
	}
	if (!stop && rc != SQLITE_DONE) {
		store_dberr(s, "listing articles");
		sqlite3_reset(st);
		return store_give_cause(s, cause);
	}
	sqlite3_reset(st);
	return 0;
}

static int
count_one(struct store *s, enum store_stmt id, int *n)
{
	sqlite3_stmt	*st = store_stmt(s, id);

	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_reset(st);
		return store_dberr(s, "counting");
	}
	*n = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	return 0;
}

static int
stats_status(struct store *s, struct st_stats *stats)
{
	sqlite3_stmt	*st = store_stmt(s, S_STATS_STATUS);
	int		 rc, v, n;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		v = verdict_parse(empty_if_null(sqlite3_column_text(st, 0)));
		n = sqlite3_column_int(st, 2);
		if (sqlite3_column_int(st, 1)) {
			stats->dismissed += n;
			continue;
		}
		stats->claims += n;
		stats->status[v < 0 ? 0 : v] += n;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return store_dberr(s, "counting verdicts");
	return 0;
}

static int
stats_reviewers(struct store *s, int (*cb)(const struct st_reviewer *,
    void *), void *arg)
{
	sqlite3_stmt		*st = store_stmt(s, S_STATS_REVIEWERS);
	struct st_reviewer	 r;
	int			 rc, stop = 0;

	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		memset(&r, 0, sizeof r);
		r.name = empty_if_null(sqlite3_column_text(st, 0));
		r.status[VERDICT_VERIFIED] = sqlite3_column_int(st, 1);
		r.status[VERDICT_DISPUTED] = sqlite3_column_int(st, 2);
		r.status[VERDICT_UNSOURCED] = sqlite3_column_int(st, 3);
		r.total = sqlite3_column_int(st, 4);
		stop = cb(&r, arg);
	}
	sqlite3_reset(st);
	if (!stop && rc != SQLITE_DONE)
		return store_dberr(s, "counting reviewers");
	return 0;
}

int
store_stats(struct store *s, struct st_stats *stats,
    int (*cb)(const struct st_reviewer *, void *), void *arg, char **cause)
{
	memset(stats, 0, sizeof *stats);
	if (store_begin(s, 0) != 0)
		return store_give_cause(s, cause);
	if (count_one(s, S_STATS_ARTICLES, &stats->articles) != 0 ||
	    stats_status(s, stats) != 0 ||
	    count_one(s, S_STATS_ORPHANS, &stats->orphans) != 0 ||
	    (cb != NULL && stats_reviewers(s, cb, arg) != 0)) {
		store_rollback(s);
		return store_give_cause(s, cause);
	}
	if (store_commit(s) != 0)
		return store_give_cause(s, cause);
	return 0;
}
