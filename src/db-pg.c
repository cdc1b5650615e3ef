/* db-pg.c: the database driver over PostgreSQL with libpq: ?N parameters
 * written $N, statements prepared on the server on their first step,
 * results read whole, SQLSTATEs classed, the connection made again after
 * it was lost. */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libpq-fe.h>

#include "db-int.h"
#include "db.h"
#include "dl.h"
#include "xmalloc.h"

/*
 * libpq is loaded when the first connection is made, not when claimdesk
 * starts: with what it brings along (Kerberos, LDAP, GnuTLS) it would cost
 * every command some 15 ms, and a desk on SQLite needs none of it. Its
 * functions are called through the table pq, by their own names.
 */
#define LIBPQ_SONAME	"libpq.so.5"

#define PQ_FUNCS(X) \
	X(PQbackendPID) X(PQclear) X(PQcmdTuples) X(PQconnectPoll) \
	X(PQconnectStart) X(PQconnectdb) X(PQconninfo) X(PQconninfoFree) \
	X(PQconsumeInput) X(PQdb) X(PQerrorMessage) X(PQexec) \
	X(PQexecPrepared) X(PQfinish) X(PQfreemem) X(PQftype) \
	X(PQgetisnull) X(PQgetlength) X(PQgetvalue) X(PQhost) X(PQnfields) \
	X(PQnotifies) X(PQntuples) X(PQport) X(PQprepare) X(PQreset) \
	X(PQresultErrorField) X(PQresultStatus) X(PQsetClientEncoding) \
	X(PQsetNoticeProcessor) X(PQsocket) X(PQstatus) \
	X(PQtransactionStatus) X(PQunescapeBytea) X(PQuser)

#define PQ_POINTER(f)	__typeof__(f) *f;
#define PQ_NAME(f)	#f,
static struct {
	PQ_FUNCS(PQ_POINTER)
} pq;

/* Loads libpq once; 0, or -1 with *CAUSE. */
static int
pq_load(char **cause)
{
	static const char *const names[] = { PQ_FUNCS(PQ_NAME) };
	static int	 loaded;
	void		*syms[sizeof names / sizeof names[0]];
	size_t		 i = 0;

	if (loaded)
		return 0;
	if (dl_load(LIBPQ_SONAME, "libpq5", names, syms,
	    sizeof names / sizeof names[0], cause) != 0)
		return -1;
#define PQ_SET(f)	pq.f = (__typeof__(f) *)syms[i++];
	PQ_FUNCS(PQ_SET)
#undef PQ_SET
	loaded = 1;
	return 0;
}

/* Type oids of pg_type.h, which client programs do not include. */
#define OID_BYTEA	17
#define OID_INT8	20
#define OID_FLOAT8	701

struct db_pg {
	PGconn		*conn;
	unsigned	 generation;	/* one more at each new connection */
	unsigned	 names;		/* statements named so far */
	int64_t		 changes;
	char		*server;	/* "postgresql://user@host:port/db" */
	char		**dealloc;	/* statements to deallocate, owned */
	size_t		 ndealloc, dealloc_cap;
};

struct db_stmt {
	struct db	*db;		/* first, as db.c expects */
	char		*sql;		/* with $N parameters */
	char		 name[24];
	unsigned	 generation;	/* prepared in it, 0: not yet */
	int		 nparams;
	Oid		*types;
	char		**values;
	int		*lengths;
	int		*formats;
	PGresult	*res;
	int		 row, nrows;
	unsigned char	*blob;		/* a bytea column decoded */
	size_t		 bloblen;
	int		 blobcol, blobrow;
};

/* Notices ("relation already exists") are not for the terminal. */
static void
quiet(void *arg, const char *message)
{
	(void)arg;
	(void)message;
}

/* The first line of MSG, without "ERROR:  " and its end of line,
 * allocated. */
static char *
first_line(const char *msg)
{
	size_t	n;

	if (msg == NULL || *msg == '\0')
		return xstrdup("unknown error");
	if (strncmp(msg, "ERROR:  ", 8) == 0)
		msg += 8;
	else if (strncmp(msg, "FATAL:  ", 8) == 0)
		msg += 8;
	n = strcspn(msg, "\n");
	while (n > 0 && (msg[n - 1] == ' ' || msg[n - 1] == '\r'))
		n--;
	return xstrndup(msg, n);
}

static enum db_errclass
state_class(const char *state)
{
	if (state == NULL)
		return DB_E_SQL;
	if (strncmp(state, "08", 2) == 0 || strcmp(state, "57P01") == 0 ||
	    strcmp(state, "57P02") == 0 || strcmp(state, "57P03") == 0)
		return DB_E_CONNECTION;
	if (strcmp(state, "40001") == 0 || strcmp(state, "40P01") == 0 ||
	    strcmp(state, "55P03") == 0)
		return DB_E_BUSY;
	if (strcmp(state, "42501") == 0)
		return DB_E_PERMISSION;
	if (strcmp(state, "25006") == 0)
		return DB_E_READONLY;
	if (strncmp(state, "23", 2) == 0 || strcmp(state, "P0001") == 0)
		return DB_E_CONSTRAINT;
	if (strcmp(state, "53100") == 0)
		return DB_E_FULL;
	if (strncmp(state, "XX", 2) == 0)
		return DB_E_CORRUPT;
	return DB_E_SQL;
}

/* Records the error of RES (may be NULL: the connection's). */
static void
pg_error(struct db *db, const PGresult *res)
{
	PGconn		*conn = db->pg->conn;
	const char	*msg = NULL, *state = NULL;
	enum db_errclass class;
	char		*line;

	if (res != NULL) {
		msg = pq.PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
		state = pq.PQresultErrorField(res, PG_DIAG_SQLSTATE);
	}
	if (msg == NULL)
		msg = pq.PQerrorMessage(conn);
	class = state_class(state);
	if (conn == NULL || pq.PQstatus(conn) != CONNECTION_OK)
		class = DB_E_CONNECTION;
	line = first_line(msg);
	db_error_set(db, class, line, 0);
	free(line);
}

/* "postgresql://USER@HOST:PORT/DB", a socket directory's HOST written as
 * libpq reads it in a URI; never the password. */
static char *
server_name(PGconn *conn)
{
	const char	*host = pq.PQhost(conn), *p;
	char		*h, *out;
	size_t		 n = 0;

	if (host == NULL)
		host = "";
	h = xmalloc(strlen(host) * 3 + 1);
	for (p = host; *p != '\0'; p++) {
		if (*p == '/' || *p == '%' || *p == '@' || *p == ':')
			n += (size_t)sprintf(h + n, "%%%02X",
			    (unsigned char)*p);
		else
			h[n++] = *p;
	}
	h[n] = '\0';
	out = xasprintf("postgresql://%s@%s:%s/%s", pq.PQuser(conn), h,
	    pq.PQport(conn), pq.PQdb(conn));
	free(h);
	return out;
}

static void
connected(struct db *db)
{
	pq.PQsetNoticeProcessor(db->pg->conn, quiet, NULL);
	pq.PQsetClientEncoding(db->pg->conn, "UTF8");
	db->pg->generation++;
	free(db->pg->server);
	db->pg->server = server_name(db->pg->conn);
}

/* Seconds of the connection's connect_timeout, 0 for none. */
static int
connect_timeout(PGconn *conn)
{
	PQconninfoOption	*opts, *o;
	int			 t = 0;

	if ((opts = pq.PQconninfo(conn)) == NULL)
		return 0;
	for (o = opts; o->keyword != NULL; o++)
		if (strcmp(o->keyword, "connect_timeout") == 0 &&
		    o->val != NULL)
			t = atoi(o->val);
	pq.PQconninfoFree(opts);
	/* As libpq: less than 2 seconds is 2. */
	return t <= 0 ? 0 : t < 2 ? 2 : t;
}

/* Completes a connection pq.PQconnectStart() began, as pq.PQconnectdb() does
 * (connect_timeout included): 0, -1 (the reason in its error), or -2 when
 * the time ran out. */
static int
connect_wait(PGconn *conn)
{
	PostgresPollingStatusType	 st = PGRES_POLLING_WRITING;
	struct pollfd			 pfd;
	time_t				 end = 0;
	int				 t, ms, rc;

	if ((t = connect_timeout(conn)) > 0)
		end = time(NULL) + t;
	while (st != PGRES_POLLING_OK) {
		if (st == PGRES_POLLING_FAILED)
			return -1;
		pfd.fd = pq.PQsocket(conn);
		pfd.events = st == PGRES_POLLING_READING ? POLLIN : POLLOUT;
		pfd.revents = 0;
		if (pfd.fd < 0)
			return -1;
		ms = -1;
		if (end != 0 && (ms = (int)(end - time(NULL)) * 1000) <= 0)
			return -2;
		rc = poll(&pfd, 1, ms);
		if (rc < 0 && errno == EINTR)
			continue;
		if (rc == 0)
			return -2;
		if (rc < 0)
			return -1;
		st = pq.PQconnectPoll(conn);
	}
	return 0;
}

int
db_pg_open(struct db **out, const char *conninfo)
{
	struct db	*db;
	char		*why, *msg;

	*out = db = xcalloc(1, sizeof *db);
	db->kind = DB_PG;
	db->engine = &db_pg_engine;
	db->pg = xcalloc(1, sizeof *db->pg);
	if (pq_load(&why) != 0) {
		msg = xasprintf("PostgreSQL needs libpq: %s", why);
		db_error_set(db, DB_E_CONNECTION, msg, 0);
		free(why);
		free(msg);
		return -1;
	}
	db->pg->conn = pq.PQconnectStart(conninfo);
	if (db->pg->conn == NULL) {
		db_error_set(db, DB_E_CONNECTION, "out of memory", 0);
		return -1;
	}
	/* Quiet before the first byte is read: a server that stops as the
	 * session starts sends its FATAL after the startup, as a notice. */
	pq.PQsetNoticeProcessor(db->pg->conn, quiet, NULL);
	if (pq.PQstatus(db->pg->conn) != CONNECTION_BAD &&
	    connect_wait(db->pg->conn) == -2) {
		db_error_set(db, DB_E_CONNECTION, "timeout expired", 0);
		return -1;
	}
	if (pq.PQstatus(db->pg->conn) != CONNECTION_OK) {
		pg_error(db, NULL);
		return -1;
	}
	connected(db);
	return 0;
}

int
db_pg_reconnect(struct db *db)
{
	size_t	i;

	pq.PQreset(db->pg->conn);
	if (pq.PQstatus(db->pg->conn) != CONNECTION_OK) {
		pg_error(db, NULL);
		return -1;
	}
	/* What the old session had prepared went with it. */
	for (i = 0; i < db->pg->ndealloc; i++)
		free(db->pg->dealloc[i]);
	db->pg->ndealloc = 0;
	connected(db);
	return 0;
}

int
db_pg_connected(struct db *db)
{
	return db->kind == DB_PG && pq.PQstatus(db->pg->conn) == CONNECTION_OK;
}

int
db_pg_notified(struct db *db)
{
	PGnotify	*n;
	int		 count = 0, me;

	if (db->kind != DB_PG || pq.PQconsumeInput(db->pg->conn) == 0)
		return 0;
	me = pq.PQbackendPID(db->pg->conn);
	while ((n = pq.PQnotifies(db->pg->conn)) != NULL) {
		if (n->be_pid != me)
			count++;
		pq.PQfreemem(n);
	}
	return count;
}

const char *
db_pg_user(struct db *db)
{
	return pq.PQuser(db->pg->conn);
}

const char *
db_pg_server(struct db *db)
{
	return db->pg->server != NULL ? db->pg->server : "postgresql://";
}

static void
db_pg_close(struct db *db)
{
	size_t	i;

	if (db->pg == NULL)
		return;
	if (db->pg->conn != NULL)
		pq.PQfinish(db->pg->conn);
	for (i = 0; i < db->pg->ndealloc; i++)
		free(db->pg->dealloc[i]);
	free(db->pg->dealloc);
	free(db->pg->server);
	free(db->pg);
	db->pg = NULL;
}

/* SQL with its ?N parameters written $N, outside quotes; the highest N in
 * *MAX. */
static char *
dollar_params(const char *sql, int *max)
{
	char		*out = xmalloc(strlen(sql) + 1), *o = out;
	const char	*p;
	char		 quote = 0;
	int		 n;

	*max = 0;
	for (p = sql; *p != '\0'; p++) {
		if (quote != 0) {
			if (*p == quote)
				quote = 0;
			*o++ = *p;
			continue;
		}
		if (*p == '\'' || *p == '"') {
			quote = *p;
			*o++ = *p;
			continue;
		}
		if (*p == '?' && p[1] >= '0' && p[1] <= '9') {
			*o++ = '$';
			n = (int)strtol(p + 1, NULL, 10);
			if (n > *max)
				*max = n;
			continue;
		}
		*o++ = *p;
	}
	*o = '\0';
	return out;
}

static struct db_stmt *
db_pg_prepare(struct db *db, const char *sql)
{
	struct db_stmt	*st;
	int		 n;

	st = xcalloc(1, sizeof *st);
	st->db = db;
	st->sql = dollar_params(sql, &st->nparams);
	n = st->nparams > 0 ? st->nparams : 1;
	st->types = xcalloc((size_t)n, sizeof *st->types);
	st->values = xcalloc((size_t)n, sizeof *st->values);
	st->lengths = xcalloc((size_t)n, sizeof *st->lengths);
	st->formats = xcalloc((size_t)n, sizeof *st->formats);
	snprintf(st->name, sizeof st->name, "cd%u", ++db->pg->names);
	return st;
}

static void
clear_result(struct db_stmt *st)
{
	if (st->res != NULL)
		pq.PQclear(st->res);
	st->res = NULL;
	st->row = -1;
	st->nrows = 0;
	free(st->blob);
	st->blob = NULL;
	st->blobcol = st->blobrow = -1;
}

static void
clear_params(struct db_stmt *st)
{
	int	i;

	for (i = 0; i < st->nparams; i++) {
		free(st->values[i]);
		st->values[i] = NULL;
		st->lengths[i] = 0;
		st->formats[i] = 0;
	}
}

static void
db_pg_finalize(struct db_stmt *st)
{
	struct db_pg	*pg = st->db->pg;

	clear_result(st);
	clear_params(st);
	/* Deallocated on the server with the next transaction. */
	if (st->generation != 0 && st->generation == pg->generation) {
		if (pg->ndealloc == pg->dealloc_cap) {
			pg->dealloc_cap = pg->dealloc_cap ?
			    pg->dealloc_cap * 2 : 16;
			pg->dealloc = xreallocarray(pg->dealloc,
			    pg->dealloc_cap, sizeof *pg->dealloc);
		}
		pg->dealloc[pg->ndealloc++] = xstrdup(st->name);
	}
	free(st->sql);
	free(st->types);
	free(st->values);
	free(st->lengths);
	free(st->formats);
	free(st);
}

static void
db_pg_reset(struct db_stmt *st)
{
	clear_result(st);
	clear_params(st);
}

static void
db_pg_bind(struct db_stmt *st, int i, enum db_type t, int64_t n, double d,
    const void *p, size_t len)
{
	char	buf[64];

	if (i < 1 || i > st->nparams)
		return;
	i--;
	free(st->values[i]);
	st->values[i] = NULL;
	st->formats[i] = 0;
	st->lengths[i] = 0;
	switch (t) {
	case DB_T_NULL:
		break;
	case DB_T_INT:
		snprintf(buf, sizeof buf, "%lld", (long long)n);
		st->values[i] = xstrdup(buf);
		if (st->generation == 0)
			st->types[i] = OID_INT8;
		break;
	case DB_T_DOUBLE:
		snprintf(buf, sizeof buf, "%.17g", d);
		st->values[i] = xstrdup(buf);
		if (st->generation == 0)
			st->types[i] = OID_FLOAT8;
		break;
	case DB_T_TEXT:
		st->values[i] = xstrndup(p, len);
		break;
	case DB_T_BLOB:
		st->values[i] = xmalloc(len + 1);
		memcpy(st->values[i], p, len);
		st->lengths[i] = (int)len;
		st->formats[i] = 1;
		if (st->generation == 0)
			st->types[i] = OID_BYTEA;
		break;
	}
}

/* Clears RES, the result of a command run for its success alone: 0 when
 * it succeeded, else -1 with the error recorded. RES may be NULL (out of
 * memory). */
static int
command_done(struct db *db, PGresult *res)
{
	ExecStatusType	status;
	int		ok;

	status = res != NULL ? pq.PQresultStatus(res) : PGRES_FATAL_ERROR;
	ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
	if (!ok)
		pg_error(db, res);
	pq.PQclear(res);
	return ok ? 0 : -1;
}

/* Runs the statement; its result in ST->res. 0, or -1 with the error. */
static int
run(struct db_stmt *st)
{
	struct db	*db = st->db;
	struct db_pg	*pg = db->pg;
	PGresult	*res;
	ExecStatusType	 status;

	if (st->generation != pg->generation) {
		if (command_done(db, pq.PQprepare(pg->conn, st->name, st->sql,
		    st->nparams, st->types)) != 0)
			return -1;
		st->generation = pg->generation;
	}
	res = pq.PQexecPrepared(pg->conn, st->name, st->nparams,
	    (const char *const *)st->values, st->lengths, st->formats, 0);
	status = res != NULL ? pq.PQresultStatus(res) : PGRES_FATAL_ERROR;
	if (status == PGRES_TUPLES_OK) {
		st->res = res;
		st->nrows = pq.PQntuples(res);
		st->row = -1;
		return 0;
	}
	if (status == PGRES_COMMAND_OK) {
		pg->changes = strtoll(pq.PQcmdTuples(res), NULL, 10);
		st->res = res;
		st->nrows = 0;
		st->row = -1;
		return 0;
	}
	pg_error(db, res);
	pq.PQclear(res);
	return -1;
}

static int
db_pg_step(struct db_stmt *st)
{
	if (st->res == NULL && run(st) != 0)
		return DB_ERROR;
	if (st->row < st->nrows)
		st->row++;
	return st->row < st->nrows ? DB_ROW : DB_DONE;
}

/* Whether column I of the current row is there and not NULL. */
static int
has_value(struct db_stmt *st, int i)
{
	return st->res != NULL && st->row >= 0 && st->row < st->nrows &&
	    i >= 0 && i < pq.PQnfields(st->res) &&
	    !pq.PQgetisnull(st->res, st->row, i);
}

static int64_t
db_pg_column_int64(struct db_stmt *st, int i)
{
	const char	*v;

	if (!has_value(st, i))
		return 0;
	v = pq.PQgetvalue(st->res, st->row, i);
	if (v[0] == 't' && v[1] == '\0')
		return 1;
	if (v[0] == 'f' && v[1] == '\0')
		return 0;
	return strtoll(v, NULL, 10);
}

static double
db_pg_column_double(struct db_stmt *st, int i)
{
	if (!has_value(st, i))
		return 0;
	return strtod(pq.PQgetvalue(st->res, st->row, i), NULL);
}

static const void	*db_pg_column_blob(struct db_stmt *, int);

static const char *
db_pg_column_text(struct db_stmt *st, int i)
{
	if (!has_value(st, i))
		return NULL;
	if (pq.PQftype(st->res, i) == OID_BYTEA)
		return db_pg_column_blob(st, i);
	return pq.PQgetvalue(st->res, st->row, i);
}

/* Decodes bytea column I of the current row, once. */
static int
decode(struct db_stmt *st, int i)
{
	size_t	len = 0;

	if (st->blob != NULL && st->blobcol == i && st->blobrow == st->row)
		return 0;
	free(st->blob);
	st->blob = pq.PQunescapeBytea((const unsigned char *)pq.PQgetvalue(st->res,
	    st->row, i), &len);
	if (st->blob == NULL)
		return -1;
	/* PQunescapeBytea's memory is libpq's: copied, with a NUL, so
	 * that it is freed as ours and reads as a string too. */
	{
		unsigned char	*copy = xmalloc(len + 1);

		memcpy(copy, st->blob, len);
		copy[len] = '\0';
		pq.PQfreemem(st->blob);
		st->blob = copy;
	}
	st->bloblen = len;
	st->blobcol = i;
	st->blobrow = st->row;
	return 0;
}

static const void *
db_pg_column_blob(struct db_stmt *st, int i)
{
	if (!has_value(st, i))
		return NULL;
	if (pq.PQftype(st->res, i) != OID_BYTEA)
		return pq.PQgetvalue(st->res, st->row, i);
	if (decode(st, i) != 0)
		return NULL;
	return st->blob;
}

static size_t
db_pg_column_bytes(struct db_stmt *st, int i)
{
	if (!has_value(st, i))
		return 0;
	if (pq.PQftype(st->res, i) != OID_BYTEA)
		return (size_t)pq.PQgetlength(st->res, st->row, i);
	if (decode(st, i) != 0)
		return 0;
	return st->bloblen;
}

/* Deallocates the statements finalized since, when no transaction
 * failed. */
static void
flush_dealloc(struct db *db)
{
	struct db_pg	*pg = db->pg;
	PGresult	*res;
	char		*sql;
	size_t		 i, len = 1;

	if (pg->ndealloc == 0 ||
	    pq.PQtransactionStatus(pg->conn) == PQTRANS_INERROR)
		return;
	for (i = 0; i < pg->ndealloc; i++)
		len += strlen(pg->dealloc[i]) + 16;
	sql = xmalloc(len);
	sql[0] = '\0';
	for (i = 0; i < pg->ndealloc; i++) {
		strcat(sql, "DEALLOCATE ");
		strcat(sql, pg->dealloc[i]);
		strcat(sql, ";");
		free(pg->dealloc[i]);
	}
	pg->ndealloc = 0;
	res = pq.PQexec(pg->conn, sql);
	pq.PQclear(res);
	free(sql);
}

static int
db_pg_exec(struct db *db, const char *sql)
{
	flush_dealloc(db);
	return command_done(db, pq.PQexec(db->pg->conn, sql));
}

static int64_t
db_pg_changes(struct db *db)
{
	return db->pg->changes;
}

static int
db_pg_in_transaction(struct db *db)
{
	switch (pq.PQtransactionStatus(db->pg->conn)) {
	case PQTRANS_INTRANS:
	case PQTRANS_INERROR:
	case PQTRANS_ACTIVE:
		return 1;
	default:
		return 0;
	}
}

const struct db_engine db_pg_engine = DB_ENGINE(db_pg);
