/* store-match.c: claims seen before: linking a new claim to the earlier
 * verdicts it resembles, listing them, adopting one (SPEC §8). */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "match.h"
#include "store-int.h"
#include "store.h"
#include "xmalloc.h"

/*
 * The numbers TEXT states, as an FTS5 query that wants them all ("1,320"
 * also as "1320"): an earlier claim can only match when it states the same
 * numbers, and numbers are rare where words are not, so this query is fast
 * where ranking every claim that shares a common word is not. NULL when
 * TEXT has no number.
 */
static char *
numbers_query(const char *text)
{
	const char	*p = text, *start;
	char		*out, *o;
	size_t		 len;
	int		 n = 0, comma;

	out = o = xmalloc(strlen(text) * 4 + 16);
	while (*p != '\0') {
		if (*p < '0' || *p > '9') {
			p++;
			continue;
		}
		start = p;
		comma = 0;
		while ((*p >= '0' && *p <= '9') || ((*p == ',' || *p == '.') &&
		    p[1] >= '0' && p[1] <= '9')) {
			comma |= *p == ',';
			p++;
		}
		len = (size_t)(p - start);
		if (n++ > 0)
			o += sprintf(o, " AND ");
		o += sprintf(o, comma ? "(\"%.*s\" OR \"" : "\"%.*s\"",
		    (int)len, start);
		if (!comma)
			continue;
		for (; start < p; start++) {
			if (*start != ',')
				*o++ = *start;
		}
		o += sprintf(o, "\")");
	}
	*o = '\0';
	if (n == 0) {
		free(out);
		return NULL;
	}
	return out;
}

/*
 * Links claim ID (TEXT) to the candidates full-text search finds: each is
 * scored with match_similarity() and kept at MATCH_THRESHOLD or above. A
 * query FTS5 cannot parse finds nothing; it is not an error.
 */
static int
match_claim(struct store *s, int64_t id, const char *text, int64_t article)
{
	sqlite3_stmt		*st, *ins;
	struct match_key	*key, *other;
	char			*query, *numbers;
	double			 sim;
	int			 rc;

	key = match_key_new(text);
	if ((query = match_fts_query(key)) == NULL) {
		match_key_free(key);
		return 0;
	}
	if ((numbers = numbers_query(text)) != NULL) {
		free(query);
		query = numbers;
	}
	st = store_stmt(s, S_MATCH_CANDIDATES);
	store_bind_text(st, 1, query);
	sqlite3_bind_int64(st, 2, article);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		other = match_key_new((const char *)sqlite3_column_text(st, 1));
		sim = match_similarity(key, other);
		match_key_free(other);
		if (sim < MATCH_THRESHOLD)
			continue;
		ins = store_stmt(s, S_MATCH_INSERT);
		sqlite3_bind_int64(ins, 1, id);
		sqlite3_bind_int64(ins, 2, sqlite3_column_int64(st, 0));
		sqlite3_bind_double(ins, 3, sim);
		if (store_exec(s, ins, "linking earlier verdicts") != 0) {
			rc = -1;
			break;
		}
	}
	if (rc != -1 && rc != SQLITE_DONE && (rc & 0xff) != SQLITE_ERROR)
		rc = store_dberr(s, "finding earlier verdicts");
	sqlite3_reset(st);
	free(query);
	match_key_free(key);
	return rc == -1 ? -1 : 0;
}

int
store_match_revision(struct store *s, int64_t rev, int64_t article)
{
	sqlite3_stmt	*st = store_stmt(s, S_MATCH_CLAIMS);
	int64_t		*ids = NULL;
	char		**texts = NULL;
	size_t		 n = 0, cap = 0, i;
	int		 rc, failed = 0;

	/* Read first: the candidate query runs on the same connection. */
	sqlite3_bind_int64(st, 1, rev);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			ids = xreallocarray(ids, cap, sizeof *ids);
			texts = xreallocarray(texts, cap, sizeof *texts);
		}
		ids[n] = sqlite3_column_int64(st, 0);
		texts[n++] = store_column_dup(st, 1);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		failed = store_dberr(s, "reading claims");
	for (i = 0; i < n; i++) {
		if (!failed && texts[i] != NULL &&
		    match_claim(s, ids[i], texts[i], article) != 0)
			failed = -1;
		free(texts[i]);
	}
	free(ids);
	free(texts);
	return failed ? -1 : 0;
}

int
store_matches(struct store *s, int64_t claim,
    int (*cb)(const struct st_match *, void *), void *arg, char **cause)
{
	sqlite3_stmt	*st = store_stmt(s, S_MATCHES_LIST);
	struct st_match	 m;
	int		 rc, v, stop = 0;

	sqlite3_bind_int64(st, 1, claim);
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		memset(&m, 0, sizeof m);
		m.claim = sqlite3_column_int64(st, 0);
		m.article = sqlite3_column_int64(st, 1);
		m.title = (const char *)sqlite3_column_text(st, 2);
		m.revision = sqlite3_column_int(st, 3);
		m.number = sqlite3_column_int(st, 4);
		v = verdict_parse((const char *)sqlite3_column_text(st, 5));
		m.status = v < 0 ? VERDICT_NONE : (enum verdict)v;
		m.note = (const char *)sqlite3_column_text(st, 6);
		m.reviewer = (const char *)sqlite3_column_text(st, 7);
		m.updated_at = (const char *)sqlite3_column_text(st, 8);
		m.similarity = sqlite3_column_double(st, 9);
		m.text = (const char *)sqlite3_column_text(st, 10);
		if (m.title == NULL)
			m.title = "";
		if (m.text == NULL)
			m.text = "";
		stop = cb(&m, arg);
	}
	if (!stop && rc != SQLITE_DONE) {
		store_dberr(s, "reading earlier verdicts");
		sqlite3_reset(st);
		return store_give_cause(s, cause);
	}
	sqlite3_reset(st);
	return 0;
}

static int
adopt(struct store *s, int64_t claim, int64_t earlier, const char *reviewer)
{
	sqlite3_stmt	*st = store_stmt(s, S_CLAIM_VERDICT);
	char		*note, *origin;
	int		 v, rc;

	sqlite3_bind_int64(st, 1, earlier);
	if ((rc = sqlite3_step(st)) != SQLITE_ROW) {
		sqlite3_reset(st);
		if (rc == SQLITE_DONE)
			return store_err(s, "no claim with id %" PRId64,
			    earlier);
		return store_dberr(s, "reading the earlier verdict");
	}
	v = verdict_parse((const char *)sqlite3_column_text(st, 0));
	note = store_column_dup(st, 1);
	sqlite3_reset(st);
	origin = xasprintf("adopted from claim %" PRId64, earlier);
	rc = store_verdict_in_tx(s, claim, v < 0 ? VERDICT_NONE : v,
	    note != NULL ? note : "", reviewer, origin);
	free(origin);
	free(note);
	return rc;
}

int
store_adopt(struct store *s, int64_t claim, int64_t earlier,
    const char *reviewer, char **cause)
{
	if (store_begin(s, 1) != 0)
		return store_give_cause(s, cause);
	if (adopt(s, claim, earlier, reviewer) != 0) {
		store_rollback(s);
		return store_give_cause(s, cause);
	}
	if (store_commit(s) != 0)
		return store_give_cause(s, cause);
	return 0;
}
