/* store-imported.c: earlier verdicts brought in from elsewhere (a desk's
 * published fact-checks), kept once by their id (SPEC §11). */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"

#include "match.h"
#include "meta.h"
#include "store-int.h"
#include "store.h"
#include "xmalloc.h"

/* The rows an import wrote, each with the place (v->place) of the first
 * verdict that wrote it: an open-addressed map. */
struct store_rowset {
	int64_t	*row;		/* 0: an empty slot (row ids start at 1) */
	size_t	*place;
	size_t	 n, cap;	/* cap a power of two */
};

/* Adds ROW, written by the verdict at PLACE, to RS. When ROW was there
 * already, returns 1 and the place of the verdict that wrote it first in
 * *FIRST (may be NULL). */
static int
rowset_add(struct store_rowset *rs, int64_t row, size_t place,
    size_t *first)
{
	int64_t	*old = rs->row;
	size_t	*oldplace = rs->place, oldcap = rs->cap, i, mask;

	if ((rs->n + 1) * 2 > rs->cap) {
		rs->cap = rs->cap ? rs->cap * 2 : 64;
		rs->row = xcalloc(rs->cap, sizeof *rs->row);
		rs->place = xcalloc(rs->cap, sizeof *rs->place);
		rs->n = 0;
		for (i = 0; i < oldcap; i++) {
			if (old[i] != 0)
				(void)rowset_add(rs, old[i], oldplace[i], NULL);
		}
		free(old);
		free(oldplace);
	}
	mask = rs->cap - 1;
	for (i = (size_t)((uint64_t)row * 0x9e3779b97f4a7c15ULL) & mask;
	    rs->row[i] != 0; i = (i + 1) & mask) {
		if (rs->row[i] == row) {
			if (first != NULL)
				*first = rs->place[i];
			return 1;
		}
	}
	rs->row[i] = row;
	rs->place[i] = place;
	rs->n++;
	return 0;
}

void
store_imported_forget(struct store *s)
{
	if (s->imported != NULL) {
		free(s->imported->row);
		free(s->imported->place);
		free(s->imported);
		s->imported = NULL;
	}
	free(s->turned);
	s->turned = NULL;
	s->nturned = 0;
}

int
store_article_dissent(struct store *s, int64_t article, int linked,
    int **numbers, size_t *n, char **cause)
{
	struct db_stmt	*st;
	int		 rc;

	*numbers = NULL;
	*n = 0;
	if ((st = store_stmt_lazy(s, linked ? S_DISAGREE_ARTICLE :
	    S_DISSENT_ARTICLE)) == NULL)
		return store_give_cause(s, cause);
	db_bind_int64(st, 1, article);
	while ((rc = db_step(st)) == DB_ROW) {
		*numbers = xreallocarray(*numbers, *n + 1, sizeof **numbers);
		(*numbers)[(*n)++] = db_column_int(st, 0);
	}
	if (store_step_end(s, st, rc, linked ? "reading the claims the "
	    "verdicts of linked claims say otherwise of" : "reading the "
	    "claims published verdicts say otherwise of") != 0) {
		free(*numbers);
		*numbers = NULL;
		*n = 0;
		return store_give_cause(s, cause);
	}
	return 0;
}

int
store_import_dissent(struct store *s,
    void (*cb)(const struct st_dissent *, const char *, const char *,
    enum verdict, void *), void *arg, char **cause)
{
	struct db_stmt		*st;
	struct st_dissent	 d;
	const char		*id, *url;
	size_t			 i;
	int			 rc = DB_DONE;

	for (i = 0; i < s->nturned; i++) {
		if ((st = store_stmt_lazy(s, S_IMPORTED_DISSENT)) == NULL)
			return store_give_cause(s, cause);
		db_bind_int64(st, 1, s->turned[i]);
		while ((rc = db_step(st)) == DB_ROW) {
			d.article = db_column_int64(st, 0);
			d.title = (const char *)db_column_text(st, 1);
			d.number = db_column_int(st, 2);
			d.status = store_column_verdict(st, 3);
			id = (const char *)db_column_text(st, 4);
			url = (const char *)db_column_text(st, 5);
			cb(&d, store_imported_published_id(id, url) ? id :
			    url, (const char *)db_column_text(st, 6),
			    store_column_verdict(st, 7), arg);
		}
		if (store_step_end(s, st, rc, "reading the claims linked to "
		    "an imported verdict") != 0)
			return store_give_cause(s, cause);
	}
	return 0;
}

int
store_import_begin(struct store *s, char **cause)
{
	if (store_begin(s, 1) != 0)
		return store_give_cause(s, cause);
	store_imported_forget(s);
	s->imported = xcalloc(1, sizeof *s->imported);
	return 0;
}

int
store_import_commit(struct store *s, char **cause)
{
	store_imported_forget(s);
	return store_end(s, 0, cause);
}

void
store_import_rollback(struct store *s)
{
	store_imported_forget(s);
	store_rollback(s);
}

/* FNV-1a 64 of S, as 16 hex digits, in BUF (17 bytes). */
static void
hash_text(const char *s, char buf[17])
{
	uint64_t	h = 0xcbf29ce484222325ULL;

	for (; *s != '\0'; s++) {
		h ^= (unsigned char)*s;
		h *= 0x100000001b3ULL;
	}
	snprintf(buf, 17, "%016" PRIx64, h);
}

int
store_imported_published_id(const char *id, const char *url)
{
	size_t	n;

	if (id == NULL || strncmp(id, "claim:", 6) == 0)
		return 0;
	if (url == NULL)
		return 1;
	n = strlen(url);
	return !(strncmp(id, url, n) == 0 && (id[n] == '\0' ||
	    strncmp(id + n, "#claim:", 7) == 0));
}

/* Whether column I of ST holds S (NULL for NULL). */
static int
same(struct db_stmt *st, int i, const char *s)
{
	const char	*c = (const char *)db_column_text(st, i);

	if (c == NULL || s == NULL)
		return c == s;
	return strcmp(c, s) == 0;
}

static void
bind_fields(struct db_stmt *st, const struct st_imported *v,
    const char *date, const char *at)
{
	db_bind_text(st, 2, v->claim);
	db_bind_text(st, 3, v->status > VERDICT_NONE ?
	    verdict_name((enum verdict)v->status) : NULL);
	db_bind_text(st, 4, v->rating);
	db_bind_text(st, 5, v->url);
	db_bind_text(st, 6, date);
	db_bind_text(st, 7, v->org);
	db_bind_text(st, 8, v->appearance);
	db_bind_text(st, 9, at);
}

/* Finds the verdict of id ID, or else (LEGACY, not NULL) the one of V's
 * claim an earlier release keyed by its url LEGACY, and keys it ID. Its
 * row in *ROW (0: none), whether it holds V already in *UNCHANGED, and
 * V's verdict in *SAME_VERDICT. 0, or -1 with the error recorded. */
static int
find(struct store *s, const struct st_imported *v, const char *id,
    const char *legacy, const char *date, int64_t *row, int *unchanged,
    int *same_verdict)
{
	struct db_stmt	*st;
	int		 rc;

	*row = 0;
	st = legacy == NULL ? store_stmt_lazy(s, S_IMPORTED_FIND) :
	    store_stmt_lazy(s, S_IMPORTED_FIND_URL);
	if (st == NULL)
		return -1;
	db_bind_text(st, 1, legacy == NULL ? id : legacy);
	if (legacy != NULL)
		db_bind_text(st, 2, v->claim);
	rc = db_step(st);
	if (rc != DB_ROW && rc != DB_DONE) {
		db_reset(st);
		return store_dberr(s, "finding an imported verdict");
	}
	if (rc == DB_ROW) {
		*row = db_column_int64(st, 0);
		*same_verdict = same(st, 2, v->status > VERDICT_NONE ?
		    verdict_name((enum verdict)v->status) : NULL);
		*unchanged = *same_verdict && same(st, 1, v->claim) &&
		    same(st, 3, v->rating) && same(st, 4, v->url) &&
		    same(st, 5, date) && same(st, 6, v->org) &&
		    same(st, 7, v->appearance);
	}
	db_reset(st);
	if (*row == 0 || legacy == NULL)
		return 0;
	if ((st = store_stmt_lazy(s, S_IMPORTED_REKEY)) == NULL)
		return -1;
	db_bind_int64(st, 1, *row);
	db_bind_text(st, 2, id);
	return store_exec(s, st, "keying an imported verdict anew");
}

/* Whether ROW is among the imported verdicts whose verdict this import
 * changed already (a file that gives one twice). */
static int
turned_has(const struct store *s, int64_t row)
{
	size_t	i;

	for (i = 0; i < s->nturned; i++) {
		if (s->turned[i] == row)
			return 1;
	}
	return 0;
}

static int
put(struct store *s, const struct st_imported *v, const char *id,
    const char *date, enum imported_state *state, size_t *first)
{
	struct db_stmt	*st;
	char		 at[32];
	int64_t		 row;
	int		 unchanged = 0, same_verdict = 1, again;

	if (find(s, v, id, NULL, date, &row, &unchanged, &same_verdict) != 0)
		return -1;
	if (row == 0 && (v->id == NULL || *v->id == '\0') &&
	    v->url != NULL && *v->url != '\0' && find(s, v, id, v->url,
	    date, &row, &unchanged, &same_verdict) != 0)
		return -1;
	store_now(at, sizeof at);
	if (row != 0) {
		again = s->imported != NULL && rowset_add(s->imported, row,
		    v->place, first);
		*state = again ? IMPORTED_REPEATED : unchanged ?
		    IMPORTED_SAME : IMPORTED_UPDATED;
		if (unchanged)
			return 0;
		/* Its verdict changed: the claims that took the old one are
		 * told of (store_import_dissent()). */
		if (!same_verdict && s->imported != NULL &&
		    !turned_has(s, row)) {
			s->turned = xreallocarray(s->turned, s->nturned + 1,
			    sizeof *s->turned);
			s->turned[s->nturned++] = row;
		}
		if ((st = store_stmt_lazy(s, S_IMPORTED_UPDATE)) == NULL)
			return -1;
		db_bind_int64(st, 1, row);
		bind_fields(st, v, date, at);
		return store_exec(s, st, "importing a verdict");
	}
	*state = IMPORTED_NEW;
	if ((st = store_stmt_lazy(s, S_IMPORTED_INSERT)) == NULL)
		return -1;
	db_bind_text(st, 1, id);
	bind_fields(st, v, date, at);
	if (store_step_id(s, st, &row, "importing a verdict") != 1)
		return -1;
	if (s->imported != NULL)
		(void)rowset_add(s->imported, row, v->place, NULL);
	return 0;
}

int
store_import_verdict(struct store *s, const struct st_imported *v,
    enum imported_state *state, size_t *first, char **cause)
{
	char	 hash[17], *id, *date;
	int	 rc;

	if (v->claim == NULL || *v->claim == '\0') {
		store_err(s, "a verdict without a claim");
		return store_give_cause(s, cause);
	}
	hash_text(v->claim, hash);
	if (v->id != NULL && *v->id != '\0')
		id = xstrdup(v->id);
	else if (v->url != NULL && *v->url != '\0')
		id = xasprintf("%s#claim:%s", v->url, hash);
	else
		id = xasprintf("claim:%s", hash);
	date = meta_date_iso(v->date);
	if (first != NULL)
		*first = 0;
	rc = put(s, v, id, date, state, first);
	free(date);
	free(id);
	if (rc != 0)
		return store_give_cause(s, cause);
	return 0;
}
