/* db-int.h: what the driver's files (db*.c) share, and no one else. */
#ifndef CD_DB_INT_H
#define CD_DB_INT_H

#include <stddef.h>
#include <stdint.h>

#include "db.h"

enum db_type {
	DB_T_NULL,
	DB_T_INT,
	DB_T_DOUBLE,
	DB_T_TEXT,
	DB_T_BLOB
};

struct sqlite3;
struct db_pg;

struct db {
	enum db_kind	 kind;
	const struct db_engine *engine;	/* kind's functions */
	char		*errmsg;	/* owned, NULL: none */
	enum db_errclass errclass;
	int		 syserr;
	int		 code;		/* the engine's own code, or 0 */
	struct sqlite3	*sqlite;	/* DB_SQLITE */
	struct db_pg	*pg;		/* DB_PG */
};

/* Records an error: its class, message (copied) and errno. */
void	db_error_set(struct db *, enum db_errclass, const char *msg,
	    int syserr);

/* An engine's side of db.h, called by db.c; each function does what its
 * db.h namesake says for a connection or statement of that engine. */
struct db_engine {
	void		 (*close)(struct db *);
	struct db_stmt	*(*prepare)(struct db *, const char *);
	void		 (*finalize)(struct db_stmt *);
	void		 (*reset)(struct db_stmt *);
	void		 (*bind)(struct db_stmt *, int, enum db_type,
			    int64_t, double, const void *, size_t);
	int		 (*step)(struct db_stmt *);
	int64_t		 (*column_int64)(struct db_stmt *, int);
	double		 (*column_double)(struct db_stmt *, int);
	const char	*(*column_text)(struct db_stmt *, int);
	const void	*(*column_blob)(struct db_stmt *, int);
	size_t		 (*column_bytes)(struct db_stmt *, int);
	int		 (*exec)(struct db *, const char *);
	int64_t		 (*changes)(struct db *);
	int		 (*in_transaction)(struct db *);
};

/* The table of the engine whose functions are named PREFIX_close,
 * PREFIX_prepare, ...: one missing is a compile error. */
#define DB_ENGINE(prefix) {						\
	.close = prefix##_close,					\
	.prepare = prefix##_prepare,					\
	.finalize = prefix##_finalize,					\
	.reset = prefix##_reset,					\
	.bind = prefix##_bind,						\
	.step = prefix##_step,						\
	.column_int64 = prefix##_column_int64,				\
	.column_double = prefix##_column_double,			\
	.column_text = prefix##_column_text,				\
	.column_blob = prefix##_column_blob,				\
	.column_bytes = prefix##_column_bytes,				\
	.exec = prefix##_exec,						\
	.changes = prefix##_changes,					\
	.in_transaction = prefix##_in_transaction,			\
}

extern const struct db_engine db_sqlite_engine;	/* db-sqlite.c */
extern const struct db_engine db_pg_engine;	/* db-pg.c */

#endif
