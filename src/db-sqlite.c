/* db-sqlite.c: the database driver over SQLite: statements prepared once
 * and kept, errors classed and carried as text. */
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "db-int.h"
#include "db.h"
#include "xmalloc.h"

struct db_stmt {
	struct db	*db;
	sqlite3_stmt	*st;
};

static enum db_errclass
sqlite_class(int rc)
{
	switch (rc & 0xff) {
	case SQLITE_OK:
	case SQLITE_ROW:
	case SQLITE_DONE:
		return DB_E_NONE;
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return DB_E_BUSY;
	case SQLITE_CORRUPT:
		return DB_E_CORRUPT;
	case SQLITE_NOTADB:
		return DB_E_NOTADB;
	case SQLITE_READONLY:
		return DB_E_READONLY;
	case SQLITE_PERM:
	case SQLITE_AUTH:
		return DB_E_PERMISSION;
	case SQLITE_FULL:
		return DB_E_FULL;
	case SQLITE_CANTOPEN:
		return DB_E_CANTOPEN;
	case SQLITE_IOERR:
		return DB_E_IOERR;
	case SQLITE_CONSTRAINT:
		return DB_E_CONSTRAINT;
	}
	return DB_E_SQL;
}

/* Records the connection's error for result code RC. */
static void
sqlite_error(struct db *db, int rc)
{
	sqlite3	*h = db->sqlite;

	db->code = h != NULL ? sqlite3_extended_errcode(h) : rc;
	if (db->code == 0)
		db->code = rc;
	db_error_set(db, sqlite_class(db->code),
	    h != NULL ? sqlite3_errmsg(h) : sqlite3_errstr(rc),
	    h != NULL ? sqlite3_system_errno(h) : 0);
}

int
db_sqlite_open(struct db **out, const char *filename, int flags,
    int busy_ms)
{
	struct db	*db;
	int		 rc;

	*out = db = xcalloc(1, sizeof *db);
	db->kind = DB_SQLITE;
	db->engine = &db_sqlite_engine;
	rc = sqlite3_open_v2(filename, &db->sqlite, flags, NULL);
	if (db->sqlite == NULL) {
		db_error_set(db, DB_E_CANTOPEN, "out of memory", 0);
		return -1;
	}
	if (rc != SQLITE_OK) {
		sqlite_error(db, rc);
		return -1;
	}
	sqlite3_extended_result_codes(db->sqlite, 1);
	sqlite3_busy_timeout(db->sqlite, busy_ms);
	return 0;
}

struct sqlite3 *
db_sqlite_handle(struct db *db)
{
	return db->kind == DB_SQLITE ? db->sqlite : NULL;
}

int
db_sqlite_errcode(struct db *db)
{
	return db->code;
}

int64_t
db_sqlite_total_changes(struct db *db)
{
	return sqlite3_total_changes64(db->sqlite);
}

int
db_sqlite_blob_equal(struct db *db, const char *table, const char *column,
    int64_t rowid, const void *p, size_t len)
{
	enum { PIECE = 64 * 1024 };
	sqlite3_blob	*b;
	unsigned char	*buf;
	size_t		 off, n;
	int		 rc, equal;

	rc = sqlite3_blob_open(db->sqlite, "main", table, column, rowid, 0,
	    &b);
	if (rc != SQLITE_OK) {
		sqlite_error(db, rc);
		sqlite3_blob_close(b);
		return -1;
	}
	equal = (size_t)sqlite3_blob_bytes(b) == len;
	buf = equal && len > 0 ? xmalloc(len < PIECE ? len : PIECE) : NULL;
	for (off = 0; equal && off < len; off += n) {
		n = len - off < PIECE ? len - off : PIECE;
		if ((rc = sqlite3_blob_read(b, buf, (int)n, (int)off)) !=
		    SQLITE_OK)
			break;
		equal = memcmp(buf, (const unsigned char *)p + off, n) == 0;
	}
	free(buf);
	if (rc != SQLITE_OK) {
		sqlite_error(db, rc);
		sqlite3_blob_close(b);
		return -1;
	}
	sqlite3_blob_close(b);
	return equal;
}

static void
db_sqlite_close(struct db *db)
{
	sqlite3_close_v2(db->sqlite);
	db->sqlite = NULL;
}

static struct db_stmt *
db_sqlite_prepare(struct db *db, const char *sql)
{
	struct db_stmt	*st;
	sqlite3_stmt	*h = NULL;
	int		 rc;

	rc = sqlite3_prepare_v3(db->sqlite, sql, -1,
	    SQLITE_PREPARE_PERSISTENT, &h, NULL);
	if (rc != SQLITE_OK) {
		sqlite_error(db, rc);
		sqlite3_finalize(h);
		return NULL;
	}
	st = xcalloc(1, sizeof *st);
	st->db = db;
	st->st = h;
	return st;
}

static void
db_sqlite_finalize(struct db_stmt *st)
{
	sqlite3_finalize(st->st);
	free(st);
}

static void
db_sqlite_reset(struct db_stmt *st)
{
	sqlite3_reset(st->st);
	sqlite3_clear_bindings(st->st);
}

static void
db_sqlite_bind(struct db_stmt *st, int i, enum db_type t, int64_t n,
    double d, const void *p, size_t len)
{
	switch (t) {
	case DB_T_NULL:
		sqlite3_bind_null(st->st, i);
		break;
	case DB_T_INT:
		sqlite3_bind_int64(st->st, i, n);
		break;
	case DB_T_DOUBLE:
		sqlite3_bind_double(st->st, i, d);
		break;
	case DB_T_TEXT:
		sqlite3_bind_text(st->st, i, p, -1, SQLITE_STATIC);
		break;
	case DB_T_BLOB:
		sqlite3_bind_blob64(st->st, i, p, (sqlite3_uint64)len,
		    SQLITE_STATIC);
		break;
	}
}

static int
db_sqlite_step(struct db_stmt *st)
{
	int	rc = sqlite3_step(st->st);

	if (rc == SQLITE_ROW)
		return DB_ROW;
	if (rc == SQLITE_DONE)
		return DB_DONE;
	sqlite_error(st->db, rc);
	return DB_ERROR;
}

static int64_t
db_sqlite_column_int64(struct db_stmt *st, int i)
{
	return sqlite3_column_int64(st->st, i);
}

static double
db_sqlite_column_double(struct db_stmt *st, int i)
{
	return sqlite3_column_double(st->st, i);
}

static const char *
db_sqlite_column_text(struct db_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st->st, i);
}

static const void *
db_sqlite_column_blob(struct db_stmt *st, int i)
{
	return sqlite3_column_blob(st->st, i);
}

static size_t
db_sqlite_column_bytes(struct db_stmt *st, int i)
{
	return (size_t)sqlite3_column_bytes(st->st, i);
}

static int
db_sqlite_exec(struct db *db, const char *sql)
{
	int	rc = sqlite3_exec(db->sqlite, sql, NULL, NULL, NULL);

	if (rc != SQLITE_OK) {
		sqlite_error(db, rc);
		return -1;
	}
	return 0;
}

static int64_t
db_sqlite_changes(struct db *db)
{
	return sqlite3_changes64(db->sqlite);
}

static int
db_sqlite_in_transaction(struct db *db)
{
	return !sqlite3_get_autocommit(db->sqlite);
}

const struct db_engine db_sqlite_engine = DB_ENGINE(db_sqlite);
