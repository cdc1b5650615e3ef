/* db.c: the database driver's one interface, handed to the engine the
 * connection was opened with. */
#include <stdlib.h>
#include <string.h>

#include "db-int.h"
#include "db.h"
#include "xmalloc.h"

/* A statement starts with the connection it belongs to, whatever the
 * engine. */
struct db_stmt_head {
	struct db	*db;
};

static struct db *
stmt_db(struct db_stmt *st)
{
	return ((struct db_stmt_head *)(void *)st)->db;
}

enum db_kind
db_kind(const struct db *db)
{
	return db->kind;
}

void
db_error_set(struct db *db, enum db_errclass class, const char *msg,
    int syserr)
{
	free(db->errmsg);
	db->errmsg = xstrdup(msg != NULL ? msg : "unknown error");
	db->errclass = class;
	db->syserr = syserr;
}

void
db_set_error(struct db *db, enum db_errclass class, const char *msg)
{
	db->code = 0;
	db_error_set(db, class, msg, 0);
}

void
db_close(struct db *db)
{
	if (db == NULL)
		return;
	db->engine->close(db);
	free(db->errmsg);
	free(db);
}

struct db_stmt *
db_prepare(struct db *db, const char *sql)
{
	return db->engine->prepare(db, sql);
}

void
db_finalize(struct db_stmt *st)
{
	if (st == NULL)
		return;
	stmt_db(st)->engine->finalize(st);
}

void
db_reset(struct db_stmt *st)
{
	stmt_db(st)->engine->reset(st);
}

static void
bind(struct db_stmt *st, int i, enum db_type t, int64_t n, double d,
    const void *p, size_t len)
{
	stmt_db(st)->engine->bind(st, i, t, n, d, p, len);
}

void
db_bind_null(struct db_stmt *st, int i)
{
	bind(st, i, DB_T_NULL, 0, 0, NULL, 0);
}

void
db_bind_int(struct db_stmt *st, int i, int n)
{
	bind(st, i, DB_T_INT, n, 0, NULL, 0);
}

void
db_bind_int64(struct db_stmt *st, int i, int64_t n)
{
	bind(st, i, DB_T_INT, n, 0, NULL, 0);
}

void
db_bind_double(struct db_stmt *st, int i, double d)
{
	bind(st, i, DB_T_DOUBLE, 0, d, NULL, 0);
}

void
db_bind_text(struct db_stmt *st, int i, const char *text)
{
	if (text == NULL)
		bind(st, i, DB_T_NULL, 0, 0, NULL, 0);
	else
		bind(st, i, DB_T_TEXT, 0, 0, text, strlen(text));
}

void
db_bind_blob(struct db_stmt *st, int i, const void *p, size_t len)
{
	bind(st, i, DB_T_BLOB, 0, 0, len > 0 ? p : "", len);
}

int
db_step(struct db_stmt *st)
{
	return stmt_db(st)->engine->step(st);
}

int
db_column_int(struct db_stmt *st, int i)
{
	return (int)db_column_int64(st, i);
}

int64_t
db_column_int64(struct db_stmt *st, int i)
{
	return stmt_db(st)->engine->column_int64(st, i);
}

double
db_column_double(struct db_stmt *st, int i)
{
	return stmt_db(st)->engine->column_double(st, i);
}

const char *
db_column_text(struct db_stmt *st, int i)
{
	return stmt_db(st)->engine->column_text(st, i);
}

const void *
db_column_blob(struct db_stmt *st, int i)
{
	return stmt_db(st)->engine->column_blob(st, i);
}

size_t
db_column_bytes(struct db_stmt *st, int i)
{
	return stmt_db(st)->engine->column_bytes(st, i);
}

int
db_exec(struct db *db, const char *sql)
{
	return db->engine->exec(db, sql);
}

int64_t
db_changes(struct db *db)
{
	return db->engine->changes(db);
}

int
db_in_transaction(struct db *db)
{
	return db->engine->in_transaction(db);
}

const char *
db_errmsg(struct db *db)
{
	return db->errmsg != NULL ? db->errmsg : "no error";
}

enum db_errclass
db_errclass(struct db *db)
{
	return db->errclass;
}

int
db_syserr(struct db *db)
{
	return db->syserr;
}
