/* db.h: the store's one door to a database engine, SQLite (db-sqlite.c) or
 * PostgreSQL (db-pg.c): statements prepared, bound, stepped and read row
 * by row, errors carried as text. Only the store (store*.c) uses it. */
#ifndef CD_DB_H
#define CD_DB_H

#include <stddef.h>
#include <stdint.h>

struct db;
struct db_stmt;

enum db_kind {
	DB_SQLITE,
	DB_PG
};

/* What db_step() returns. */
#define DB_ERROR	(-1)
#define DB_ROW		1
#define DB_DONE		0

/* What the last error was, whatever the engine. */
enum db_errclass {
	DB_E_NONE,
	DB_E_SQL,		/* a statement the engine refused */
	DB_E_BUSY,		/* locked by another process */
	DB_E_CORRUPT,
	DB_E_NOTADB,
	DB_E_READONLY,
	DB_E_FULL,
	DB_E_CANTOPEN,
	DB_E_IOERR,
	DB_E_CONSTRAINT,	/* a constraint or a trigger refused it */
	DB_E_PERMISSION,	/* the server's privileges refused it */
	DB_E_CONNECTION		/* the server cannot be reached */
};

enum db_kind	 db_kind(const struct db *);
void		 db_close(struct db *);

/*
 * A statement, its parameters written ?1, ?2... in either engine. NULL
 * with the error recorded (db_errmsg()). Prepared at once on SQLite, on
 * its first step on PostgreSQL (with the types of its first bindings).
 */
struct db_stmt	*db_prepare(struct db *, const char *sql);
void		 db_finalize(struct db_stmt *);
/* Back to before its first step, its bindings cleared. */
void		 db_reset(struct db_stmt *);

/* Parameters are numbered from 1. TEXT and BLOB are copied (PostgreSQL)
 * or must live until the statement is reset (SQLite, which keeps them
 * borrowed). A NULL text binds NULL. */
void		 db_bind_null(struct db_stmt *, int);
void		 db_bind_int(struct db_stmt *, int, int);
void		 db_bind_int64(struct db_stmt *, int, int64_t);
void		 db_bind_double(struct db_stmt *, int, double);
void		 db_bind_text(struct db_stmt *, int, const char *);
void		 db_bind_blob(struct db_stmt *, int, const void *, size_t);

/* DB_ROW, DB_DONE, or DB_ERROR with the error recorded. */
int		 db_step(struct db_stmt *);

/* Columns of the current row, from 0. Strings and blobs are borrowed
 * until the next step or reset; a NULL column reads as NULL, 0, 0.0. A
 * boolean reads as 0 or 1. */
int		 db_column_int(struct db_stmt *, int);
int64_t		 db_column_int64(struct db_stmt *, int);
double		 db_column_double(struct db_stmt *, int);
const char	*db_column_text(struct db_stmt *, int);
const void	*db_column_blob(struct db_stmt *, int);
size_t		 db_column_bytes(struct db_stmt *, int);

/* Runs SQL, one or more statements without parameters. 0, or -1 with the
 * error recorded. */
int		 db_exec(struct db *, const char *sql);
/* Rows changed by the last INSERT, UPDATE or DELETE stepped. */
int64_t		 db_changes(struct db *);
/* Whether a transaction is open. */
int		 db_in_transaction(struct db *);

/* The last error: the engine's message (borrowed, never NULL), its class,
 * and the system's errno behind it when the engine knows one (else 0). */
const char	*db_errmsg(struct db *);
enum db_errclass db_errclass(struct db *);
int		 db_syserr(struct db *);
/* Records an error of the caller's own. */
void		 db_set_error(struct db *, enum db_errclass, const char *msg);

/*
 * SQLite (db-sqlite.c): opens FILENAME with sqlite3_open_v2()'s FLAGS, a
 * busy timeout of BUSY_MS and extended result codes. 0 with *DB, or -1
 * with *DB holding the error (NULL when out of memory). The connection
 * and the last extended result code, for what only SQLite has (pragmas,
 * file states).
 */
struct sqlite3;
int		 db_sqlite_open(struct db **, const char *filename, int flags,
		    int busy_ms);
struct sqlite3	*db_sqlite_handle(struct db *);
int		 db_sqlite_errcode(struct db *);
/* Rows this connection changed since it opened. */
int64_t		 db_sqlite_total_changes(struct db *);
/* Whether the blob in COLUMN of TABLE's row ROWID holds exactly the LEN
 * bytes at P, read a piece at a time where it lies (a large value is not
 * copied whole into memory): 1, 0, or -1 with the error recorded. */
int		 db_sqlite_blob_equal(struct db *, const char *table,
		    const char *column, int64_t rowid, const void *p,
		    size_t len);

/*
 * PostgreSQL (db-pg.c): connects with libpq's CONNINFO (a URI, "key=value"
 * pairs or "service=NAME"). 0 with *DB, or -1 with *DB holding the error.
 * db_pg_reconnect(): after the connection was lost, connects again (its
 * statements are prepared again on their next step); 0 or -1.
 * db_pg_notified(): reads what the server sent without waiting and
 * returns how many notifications came from other sessions since the last
 * call. db_pg_user(): the login the server knows this session by
 * (borrowed). db_pg_server(): "host:port/database" or
 * "socket directory/database", no password (borrowed).
 */
int		 db_pg_open(struct db **, const char *conninfo);
int		 db_pg_reconnect(struct db *);
/* Whether the connection is up, as far as libpq knows. */
int		 db_pg_connected(struct db *);
int		 db_pg_notified(struct db *);
const char	*db_pg_user(struct db *);
const char	*db_pg_server(struct db *);

#endif
