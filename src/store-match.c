/* store-match.c: claims seen before: linking a new claim to the earlier
 * verdicts it repeats, listing them, adopting one (SPEC §8, §11). */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"

#include "segment.h"
#include "store-int.h"
#include "store.h"
#include "xmalloc.h"

/*
 * Each claim of a new revision is looked up as "claimdesk seen" looks up a
 * text (store-seen.c), claims of its own article left out, and linked to
 * the earlier verdicts among the best MATCH_TOP that are confident
 * matches (rerank_confident()): claims of other articles in claim_match,
 * imported verdicts in imported_match. The link's similarity is the
 * reranker's probability.
 */
#define MATCH_TOP	5

/* Records that revision REV was matched against every verdict given and
 * imported so far (store_rematch_revision() reads it). */
static int
mark_matched(struct store *s, int64_t rev)
{
	struct db_stmt	*st = store_stmt(s, S_MATCH_MARK_SET);

	db_bind_int64(st, 1, rev);
	return store_exec(s, st, "recording the match");
}

/* The claims of revision REV, by id: their ids and texts (allocated, the
 * caller frees them). */
struct rev_claims {
	int64_t		*ids;
	char		**texts;
	size_t		 n;
};

static int
rev_claims_read(struct store *s, int64_t rev, struct rev_claims *rc_)
{
	struct db_stmt	*st = store_stmt(s, S_MATCH_CLAIMS);
	size_t		 cap = 0;
	int		 rc;

	memset(rc_, 0, sizeof *rc_);
	db_bind_int64(st, 1, rev);
	while ((rc = db_step(st)) == DB_ROW) {
		if (rc_->n == cap) {
			cap = cap ? cap * 2 : 64;
			rc_->ids = xreallocarray(rc_->ids, cap,
			    sizeof *rc_->ids);
			rc_->texts = xreallocarray(rc_->texts, cap,
			    sizeof *rc_->texts);
		}
		rc_->ids[rc_->n] = db_column_int64(st, 0);
		rc_->texts[rc_->n++] = store_column_dup(st, 1);
	}
	return store_step_end(s, st, rc, "reading claims");
}

static void
rev_claims_free(struct rev_claims *rc_)
{
	size_t	i;

	for (i = 0; i < rc_->n; i++)
		free(rc_->texts[i]);
	free(rc_->ids);
	free(rc_->texts);
}

/* Links claim ID to the confident ones of the N earlier verdicts R. */
static int
link_claim(struct store *s, int64_t id, const struct st_seen *r, size_t n)
{
	struct db_stmt	*st;
	size_t		 i;

	for (i = 0; i < n; i++) {
		if (!r[i].confident)
			continue;
		if (r[i].key > 0)
			st = store_stmt(s, S_MATCH_INSERT);
		else if ((st = store_stmt_lazy(s, S_IMPORTED_LINK)) == NULL)
			return -1;
		db_bind_int64(st, 1, id);
		db_bind_int64(st, 2, r[i].key > 0 ? r[i].key : -r[i].key);
		db_bind_double(st, 3, r[i].similarity);
		if (store_exec(s, st, "linking earlier verdicts") != 0)
			return -1;
	}
	return 0;
}

int
store_match_revision(struct store *s, int64_t rev, int64_t article)
{
	struct seen_ctx		*c;
	struct rev_claims	 rc_;
	struct st_seen		*r;
	size_t			 i, n;
	int			 failed;

	/* Read first: the searches run on the same connection. */
	if (rev_claims_read(s, rev, &rc_) != 0) {
		rev_claims_free(&rc_);
		return -1;
	}
	c = store_seen_begin(s, 1);
	for (failed = 0, i = 0; !failed && i < rc_.n; i++) {
		if (rc_.texts[i] == NULL)
			continue;
		if (store_seen_find(c, rc_.texts[i], MATCH_TOP, article, &r,
		    &n) != 0)
			failed = 1;
		else {
			failed = link_claim(s, rc_.ids[i], r, n) != 0;
			st_seen_free(r, n);
		}
	}
	store_seen_end(c);
	rev_claims_free(&rc_);
	if (failed)
		return -1;
	return mark_matched(s, rev);
}

int
store_match_claim(struct store *s, int64_t id, const char *text,
    int64_t article)
{
	struct seen_ctx	*c;
	struct st_seen	*r;
	size_t		 n;
	int		 rc;

	c = store_seen_begin(s, 1);
	if ((rc = store_seen_find(c, text, MATCH_TOP, article, &r, &n)) == 0) {
		rc = link_claim(s, id, r, n);
		st_seen_free(r, n);
	}
	store_seen_end(c);
	return rc;
}

/*
 * Verdicts of claims of other articles changed, or verdicts were
 * imported, since revision REV was matched: its links are made anew.
 * Cheap when nothing did.
 */
int
store_rematch_revision(struct store *s, int64_t rev, int64_t article)
{
	struct db_stmt	*st = store_stmt(s, S_MATCH_MARK);
	int64_t		 mark = 0, mark_imported = 0, last = 0, imported = 0;
	int		 rc;

	db_bind_int64(st, 1, rev);
	if ((rc = db_step(st)) == DB_ROW) {
		mark = db_column_int64(st, 0);
		mark_imported = db_column_int64(st, 1);
	}
	if (store_step_end(s, st, rc, "reading the match record") != 0)
		return -1;
	if (store_step_id(s, store_stmt(s, S_HISTORY_LAST), &last,
	    "reading the history") < 0 ||
	    (st = store_stmt_lazy(s, S_IMPORTED_LAST)) == NULL ||
	    store_step_id(s, st, &imported, "reading imported verdicts") < 0)
		return -1;
	if (last <= mark && imported <= mark_imported)
		return 0;
	rc = imported > mark_imported;
	if (!rc) {
		st = store_stmt(s, S_CHANGED_SINCE);
		db_bind_int64(st, 1, mark);
		db_bind_int64(st, 2, article);
		if ((rc = store_step_id(s, st, &last,
		    "finding changed verdicts")) < 0)
			return -1;
	}
	if (!rc)
		return mark_matched(s, rev);
	st = store_stmt(s, S_MATCH_CLEAR);
	db_bind_int64(st, 1, rev);
	if (store_exec(s, st, "unlinking earlier verdicts") != 0 ||
	    (st = store_stmt_lazy(s, S_IMPORTED_CLEAR)) == NULL)
		return -1;
	db_bind_int64(st, 1, rev);
	if (store_exec(s, st, "unlinking earlier verdicts") != 0 ||
	    store_match_revision(s, rev, article) != 0)
		return -1;
	return 1;
}

int
store_matches(struct store *s, int64_t claim,
    int (*cb)(const struct st_match *, void *), void *arg, char **cause)
{
	struct db_stmt	*st = store_stmt(s, S_MATCHES_LIST);
	struct st_match	 m;
	int		 rc, stop = 0;

	db_bind_int64(st, 1, claim);
	while (!stop && (rc = db_step(st)) == DB_ROW) {
		memset(&m, 0, sizeof m);
		m.claim = db_column_int64(st, 0);
		m.of = claim;
		m.article = db_column_int64(st, 1);
		m.title = (const char *)db_column_text(st, 2);
		m.revision = db_column_int(st, 3);
		m.number = db_column_int(st, 4);
		m.status = store_column_verdict(st, 5);
		m.note = (const char *)db_column_text(st, 6);
		m.reviewer = (const char *)db_column_text(st, 7);
		m.updated_at = (const char *)db_column_text(st, 8);
		m.similarity = db_column_double(st, 9);
		m.text = (const char *)db_column_text(st, 10);
		if (m.title == NULL)
			m.title = "";
		if (m.text == NULL)
			m.text = "";
		m.text += segment_marker_len(m.text);
		stop = cb(&m, arg);
	}
	if (store_step_end(s, st, rc, "reading earlier verdicts") != 0)
		return store_give_cause(s, cause);
	return 0;
}

int
store_imported_matches(struct store *s, int64_t claim,
    int (*cb)(const struct st_imported_match *, void *), void *arg,
    char **cause)
{
	struct db_stmt			*st;
	struct st_imported_match	 m;
	int				 rc = DB_DONE, stop = 0;

	if ((st = store_stmt_lazy(s, S_IMPORTED_LIST)) == NULL)
		return store_give_cause(s, cause);
	db_bind_int64(st, 1, claim);
	while (!stop && (rc = db_step(st)) == DB_ROW) {
		memset(&m, 0, sizeof m);
		m.imported = db_column_int64(st, 0);
		m.of = claim;
		m.id = (const char *)db_column_text(st, 1);
		m.claim = (const char *)db_column_text(st, 2);
		m.status = store_column_verdict(st, 3);
		m.rating = (const char *)db_column_text(st, 4);
		m.url = (const char *)db_column_text(st, 5);
		m.date = (const char *)db_column_text(st, 6);
		m.org = (const char *)db_column_text(st, 7);
		m.similarity = db_column_double(st, 8);
		if (!store_imported_published_id(m.id, m.url))
			m.id = "";
		if (m.claim == NULL)
			m.claim = "";
		stop = cb(&m, arg);
	}
	if (store_step_end(s, st, rc, "reading imported verdicts") != 0)
		return store_give_cause(s, cause);
	return 0;
}
