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

/* Each engine's side of db.h, dispatched by db.c. */
void		 db_sqlite_close(struct db *);
struct db_stmt	*db_sqlite_prepare(struct db *, const char *);
void		 db_sqlite_finalize(struct db_stmt *);
void		 db_sqlite_reset(struct db_stmt *);
void		 db_sqlite_bind(struct db_stmt *, int, enum db_type, int64_t,
		    double, const void *, size_t);
int		 db_sqlite_step(struct db_stmt *);
int64_t		 db_sqlite_column_int64(struct db_stmt *, int);
double		 db_sqlite_column_double(struct db_stmt *, int);
const char	*db_sqlite_column_text(struct db_stmt *, int);
const void	*db_sqlite_column_blob(struct db_stmt *, int);
size_t		 db_sqlite_column_bytes(struct db_stmt *, int);
int		 db_sqlite_exec(struct db *, const char *);
int64_t		 db_sqlite_changes(struct db *);
int		 db_sqlite_in_transaction(struct db *);

void		 db_pg_close(struct db *);
struct db_stmt	*db_pg_prepare(struct db *, const char *);
void		 db_pg_finalize(struct db_stmt *);
void		 db_pg_reset(struct db_stmt *);
void		 db_pg_bind(struct db_stmt *, int, enum db_type, int64_t,
		    double, const void *, size_t);
int		 db_pg_step(struct db_stmt *);
int64_t		 db_pg_column_int64(struct db_stmt *, int);
double		 db_pg_column_double(struct db_stmt *, int);
const char	*db_pg_column_text(struct db_stmt *, int);
const void	*db_pg_column_blob(struct db_stmt *, int);
size_t		 db_pg_column_bytes(struct db_stmt *, int);
int		 db_pg_exec(struct db *, const char *);
int64_t		 db_pg_changes(struct db *);
int		 db_pg_in_transaction(struct db *);

#endif
