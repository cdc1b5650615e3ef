/* store-migrate.c: a whole desk copied from one database to another, of
 * either engine: every row of every table with its id, the history with
 * its hashes, then the rows counted on both sides. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store-int.h"
#include "store.h"
#include "xmalloc.h"

/*
 * The tables in an order that keeps every reference to a row already
 * copied (a claim's prev_id names an earlier claim, so claims go by id),
 * each with its columns and their kinds: i integer, t text, d real, b the
 * revision's bytes. The indexes of earlier verdicts (FTS5 or tsvector)
 * are made again by each engine's triggers as verdicts are copied.
 */
static const struct {
	const char	*table;
	const char	*columns;
	const char	*kinds;
	const char	*order;
} tables[] = {
	{ "article", "id, path, title, created_at, last_number", "ittti",
	  "id" },
	{ "revision", "id, article_id, number, text, hash, title, imported_at,"
	  " imported_by", "iiibtttt", "id" },
	{ "revision_meta", "revision_id, date, site, url, lang, edited",
	  "ittttt", "revision_id" },
	{ "revision_author", "revision_id, position, name", "iit",
	  "revision_id, position" },
	{ "claim", "id, revision_id, start, \"end\", text, kinds, source, score,"
	  " origin, dismissed, orphan, prev_id, anchor, number, version,"
	  " source_role, source_kind, source_edited, replaced",
	  "iiiitttitiiitiittii", "id" },
	{ "verdict", "claim_id, status, note, reviewer, updated_at, stale_text",
	  "ittttt", "claim_id" },
	{ "claim_match", "claim_id, earlier_id, similarity", "iid",
	  "claim_id, earlier_id" },
	{ "history", "id, claim_id, at, reviewer, field, old, new, origin,"
	  " change, hash, old_name, old_kind, old_edited", "iittttttittti",
	  "id" },
	{ "imported_verdict", "id, ext_id, claim, status, rating, url, date,"
	  " org, appearance, imported_at", "ittttttttt", "id" },
	{ "imported_match", "claim_id, imported_id, similarity", "iid",
	  "claim_id, imported_id" },
	{ "revision_match", "revision_id, history_id, imported_id", "iii",
	  "revision_id" },
};
#define NTABLES	(sizeof tables / sizeof tables[0])

/* The tables whose ids a PostgreSQL identity gives: set past the rows
 * copied. */
static const char *const identities[] = {
	"article", "revision", "claim", "imported_verdict"
};

/* Rows of TABLE in S, or -1 with the error recorded. */
static int64_t
count_rows(struct store *s, const char *table)
{
	char	*sql = xasprintf("SELECT count(*) FROM %s", table);
	int64_t	 n = 0;
	int	 rc;

	rc = store_query_int(s, sql, &n, "counting rows");
	free(sql);
	return rc < 0 ? -1 : n;
}

/* Copies table I of FROM into TO; *N rows. -1 with the error recorded in
 * the store it happened in (*WHERE). */
static int
copy_table(struct store *from, struct store *to, size_t i, int64_t *n,
    struct store **where)
{
	struct db_stmt	*get, *put;
	char		*sql, *marks, *p;
	const char	*kinds = tables[i].kinds;
	size_t		 k, ncol = strlen(kinds);
	int		 rc, failed;

	*n = 0;
	for (p = (char *)tables[i].columns, k = 1; *p != '\0'; p++)
		k += *p == ',';
	if (k != ncol)
		fatal("store-migrate.c: %s: %zu columns, %zu kinds",
		    tables[i].table, k, ncol);
	sql = xasprintf("SELECT %s FROM %s ORDER BY %s", tables[i].columns,
	    tables[i].table, tables[i].order);
	get = db_prepare(from->db, sql);
	free(sql);
	if (get == NULL) {
		*where = from;
		return store_dberr(from, "reading");
	}
	marks = p = xmalloc(ncol * 8 + 1);
	for (k = 0; k < ncol; k++)
		p += sprintf(p, "%s?%zu", k > 0 ? ", " : "", k + 1);
	sql = xasprintf("INSERT INTO %s (%s) VALUES (%s)", tables[i].table,
	    tables[i].columns, marks);
	free(marks);
	put = db_prepare(to->db, sql);
	free(sql);
	if (put == NULL) {
		db_finalize(get);
		*where = to;
		return store_dberr(to, "writing");
	}
	failed = 0;
	while ((rc = db_step(get)) == DB_ROW) {
		db_reset(put);
		for (k = 0; k < ncol; k++) {
			if (db_column_text(get, (int)k) == NULL)
				db_bind_null(put, (int)k + 1);
			else if (kinds[k] == 'b')
				db_bind_blob(put, (int)k + 1,
				    db_column_blob(get, (int)k),
				    db_column_bytes(get, (int)k));
			else if (kinds[k] == 'd')
				db_bind_double(put, (int)k + 1,
				    db_column_double(get, (int)k));
			else if (kinds[k] == 't')
				db_bind_text(put, (int)k + 1,
				    db_column_text(get, (int)k));
			else
				db_bind_int64(put, (int)k + 1,
				    db_column_int64(get, (int)k));
		}
		if (db_step(put) == DB_ERROR) {
			*where = to;
			store_dberr(to, "writing");
			failed = 1;
			break;
		}
		(*n)++;
	}
	if (rc == DB_ERROR && !failed) {
		*where = from;
		store_dberr(from, "reading");
	}
	db_finalize(get);
	db_finalize(put);
	return rc == DB_DONE && !failed ? 0 : -1;
}

/* Identities on PostgreSQL past the ids copied. */
static int
set_identities(struct store *to)
{
	char	*sql;
	size_t	 i;
	int	 rc = 0;

	if (db_kind(to->db) != DB_PG)
		return 0;
	for (i = 0; rc == 0 && i < sizeof identities / sizeof *identities;
	    i++) {
		sql = xasprintf("SELECT setval(pg_get_serial_sequence('%s',"
		    " 'id'), coalesce((SELECT max(id) FROM %s), 0) + 1, false)",
		    identities[i], identities[i]);
		if ((rc = db_exec(to->db, sql)) != 0)
			store_dberr(to, "setting the next ids");
		free(sql);
	}
	return rc;
}

/* The work, in a read transaction on FROM and a write one on TO. */
static int
migrate_rows(struct store *from, struct store *to,
    void (*cb)(const char *, int64_t, void *), void *arg,
    struct store **where)
{
	int64_t	n, m;
	size_t	i;

	*where = to;
	if ((n = count_rows(to, "article")) < 0 ||
	    (m = count_rows(to, "history")) < 0)
		return -1;
	if (n > 0 || m > 0)
		return store_err(to, "not empty (%" PRId64 " articles, %"
		    PRId64 " history rows): a desk is copied only into a new "
		    "database", n, m);
	for (i = 0; i < NTABLES; i++) {
		if (copy_table(from, to, i, &n, where) != 0)
			return -1;
		*where = to;
		/* Counted again on both sides, as written. */
		if ((m = count_rows(to, tables[i].table)) < 0)
			return -1;
		*where = from;
		if ((n = count_rows(from, tables[i].table)) < 0)
			return -1;
		*where = to;
		if (n != m)
			return store_err(to, "%s: %" PRId64 " rows copied of %"
			    PRId64, tables[i].table, m, n);
		if (cb != NULL)
			cb(tables[i].table, n, arg);
	}
	return set_identities(to);
}

int
store_migrate(struct store *from, struct store *to,
    void (*cb)(const char *table, int64_t rows, void *), void *arg,
    char **cause)
{
	struct store	*where = to;
	int		 rc;

	if (store_begin(from, 0) != 0)
		return store_give_cause(from, cause);
	if (store_begin(to, 1) != 0) {
		store_rollback(from);
		return store_give_cause(to, cause);
	}
	rc = migrate_rows(from, to, cb, arg, &where);
	store_rollback(from);
	if (rc != 0) {
		store_rollback(to);
		return store_give_cause(where, cause);
	}
	if (store_commit(to) != 0)
		return store_give_cause(to, cause);
	/* A server plans its queries from statistics the copy made stale;
	 * a role that may not analyze a table only loses the plan. */
	if (db_kind(to->db) == DB_PG)
		(void)db_exec(to->db, "ANALYZE");
	return 0;
}
