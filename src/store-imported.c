/* store-imported.c: earlier verdicts brought in from elsewhere (a desk's
 * published fact-checks), kept once by their id (SPEC §11). */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"

#include "match.h"
#include "store-int.h"
#include "store.h"
#include "xmalloc.h"

int
store_import_begin(struct store *s, char **cause)
{
	if (store_begin(s, 1) != 0)
		return store_give_cause(s, cause);
	return 0;
}

int
store_import_commit(struct store *s, char **cause)
{
	return store_end(s, 0, cause);
}

void
store_import_rollback(struct store *s)
{
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

/* DATE as ISO 8601 ("2015-05-26", "2020-03", "2019") when it can be read,
 * else as given; NULL for none. Allocated. */
static char *
date_iso(const char *date)
{
	struct match_date	d;

	if (date == NULL || *date == '\0')
		return NULL;
	if (!match_date_parse(date, &d) || d.year == 0)
		return xstrdup(date);
	if (d.month == 0)
		return xasprintf("%04d", d.year);
	if (d.day == 0)
		return xasprintf("%04d-%02d", d.year, d.month);
	return xasprintf("%04d-%02d-%02d", d.year, d.month, d.day);
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

static int
put(struct store *s, const struct st_imported *v, const char *id,
    const char *date, enum imported_state *state)
{
	struct db_stmt	*st;
	char		 at[32];
	int64_t		 row;
	int		 rc, unchanged;

	if ((st = store_stmt_lazy(s, S_IMPORTED_FIND)) == NULL)
		return -1;
	db_bind_text(st, 1, id);
	rc = db_step(st);
	if (rc != DB_ROW && rc != DB_DONE) {
		db_reset(st);
		return store_dberr(s, "finding an imported verdict");
	}
	store_now(at, sizeof at);
	if (rc == DB_ROW) {
		row = db_column_int64(st, 0);
		unchanged = same(st, 1, v->claim) && same(st, 2,
		    v->status > VERDICT_NONE ?
		    verdict_name((enum verdict)v->status) : NULL) &&
		    same(st, 3, v->rating) && same(st, 4, v->url) &&
		    same(st, 5, date) && same(st, 6, v->org) &&
		    same(st, 7, v->appearance);
		db_reset(st);
		*state = unchanged ? IMPORTED_SAME : IMPORTED_UPDATED;
		if (unchanged)
			return 0;
		if ((st = store_stmt_lazy(s, S_IMPORTED_UPDATE)) == NULL)
			return -1;
		db_bind_int64(st, 1, row);
	} else {
		db_reset(st);
		*state = IMPORTED_NEW;
		if ((st = store_stmt_lazy(s, S_IMPORTED_INSERT)) == NULL)
			return -1;
		db_bind_text(st, 1, id);
	}
	bind_fields(st, v, date, at);
	return store_exec(s, st, "importing a verdict");
}

int
store_import_verdict(struct store *s, const struct st_imported *v,
    enum imported_state *state, char **cause)
{
	char	 hash[17], *id, *date;
	int	 rc;

	if (v->claim == NULL || *v->claim == '\0') {
		store_err(s, "a verdict without a claim");
		return store_give_cause(s, cause);
	}
	if (v->id != NULL && *v->id != '\0')
		id = xstrdup(v->id);
	else if (v->url != NULL && *v->url != '\0')
		id = xstrdup(v->url);
	else {
		hash_text(v->claim, hash);
		id = xasprintf("claim:%s", hash);
	}
	date = date_iso(v->date);
	rc = put(s, v, id, date, state);
	free(date);
	free(id);
	if (rc != 0)
		return store_give_cause(s, cause);
	return 0;
}
