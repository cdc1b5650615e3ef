/* store-sqlite.c: opening an SQLite database file: what it is, WAL mode,
 * read-only and immutable opens, the schema version in PRAGMA
 * user_version and its migrations. */
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "paths.h"
#include "store-int.h"
#include "store.h"
#include "xmalloc.h"

extern const char schema_sql[];

/* PRAGMA's value in *VALUE, left as it is when there is none. 0, or -1
 * with the error recorded. */
static int
pragma_int(struct store *s, const char *pragma, int *value)
{
	char	*sql = xasprintf("PRAGMA %s", pragma);
	int64_t	 v;
	int	 rc;

	rc = store_query_int(s, sql, &v, pragma);
	free(sql);
	if (rc == 1)
		*value = (int)v;
	return rc < 0 ? -1 : 0;
}

static int
exec_sql(struct store *s, const char *sql, const char *what)
{
	if (db_exec(s->db, sql) != 0)
		return store_dberr(s, what);
	return 0;
}

/*
 * Refuses what is not ours, or is newer, before anything is written. Sets
 * *VERSION (0 for a new, empty file).
 */
static int
check_header(struct store *s, int *version)
{
	int	app = 0, objects = 0, latest = store_schema_latest();

	if (pragma_int(s, "schema_version", &objects) != 0 ||
	    pragma_int(s, "user_version", version) != 0 ||
	    pragma_int(s, "application_id", &app) != 0)
		return -1;
	if (*version == 0 && objects == 0 && (app == 0 || app == STORE_APP_ID))
		return 0;
	if (app != STORE_APP_ID) {
		return store_err(s, "not a claimdesk database (an SQLite "
		    "database of another program)");
	}
	if (*version > latest) {
		return store_err(s, "made by a newer claimdesk (schema "
		    "version %d; this one knows up to %d): left untouched",
		    *version, latest);
	}
	return 0;
}

/* The schema version a writer sees, PRAGMA user_version. */
static int
user_version(struct store *s, int *version)
{
	return pragma_int(s, "user_version", version);
}

static int
migrate(struct store *s, int version)
{
	struct store_migration	m[STORE_MIGRATIONS_MAX];
	int			n, i;

	n = store_schema_split(schema_sql, m, STORE_MIGRATIONS_MAX);
	if (version >= n)
		return 0;
	if (s->readonly) {
		return store_err(s, "database is read-only and needs an "
		    "upgrade (schema version %d to %d): open it once with "
		    "write access", version, n);
	}
	for (i = version; i < n; i++) {
		if (store_migrate_one(s, &m[i], "BEGIN IMMEDIATE", user_version,
		    "PRAGMA user_version = ") != 0)
			return -1;
	}
	return 0;
}

/* "file:PATH?immutable=1", PATH escaped for a URI. */
static char *
immutable_uri(const char *path)
{
	char	*uri, *p;

	uri = p = xmalloc(strlen(path) * 3 + 32);
	p += sprintf(p, "file:");
	for (; *path != '\0'; path++) {
		if (*path == '%' || *path == '?' || *path == '#')
			p += sprintf(p, "%%%02X", (unsigned char)*path);
		else
			*p++ = *path;
	}
	strcpy(p, "?immutable=1");
	return uri;
}

/* Opens the file, read-only when READONLY; IMMUTABLE for a WAL database
 * in a directory that cannot be written, where SQLite cannot make its
 * shared-memory file. */
static int
open_db(struct store *s, int readonly, int immutable)
{
	int	oflags = SQLITE_OPEN_NOMUTEX;
	char	*uri = NULL;

	if (readonly) {
		if (access(s->path, F_OK) != 0) {
			return store_err(s, "no database yet (%s): import an "
			    "article first", strerror(errno));
		}
		oflags |= SQLITE_OPEN_READONLY;
	} else {
		if (access(s->path, F_OK) != 0 &&
		    paths_mkparents(s->path) != 0) {
			return store_err(s, "cannot create its directory (%s)",
			    strerror(errno));
		}
		oflags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	}
	if (immutable) {
		uri = immutable_uri(s->path);
		oflags |= SQLITE_OPEN_URI;
	}
	if (db_sqlite_open(&s->db, uri != NULL ? uri : s->path, oflags,
	    STORE_BUSY_MS) == 0) {
		free(uri);
		return 0;
	}
	free(uri);
	if (s->db == NULL)
		return store_err(s, "cannot open the database (out of memory)");
	return store_dberr(s, "opening");
}

/* Closes the connection after a failed open, to try again. */
static void
close_db(struct store *s)
{
	store_finalize_all(s);
	db_close(s->db);
	s->db = NULL;
}

/* Whether the last failure says the file or its directory cannot be
 * written (or the file not even opened for writing). */
static int
failed_for_writing(struct store *s)
{
	switch (s->errclass) {
	case DB_E_READONLY:
	case DB_E_CANTOPEN:
	case DB_E_PERMISSION:
		return 1;
	default:
		return 0;
	}
}

/* Whether PATH's write-ahead log holds anything: then an immutable open,
 * which ignores it, would read stale data. */
static int
wal_has_data(const char *path)
{
	struct stat	 sb;
	char		*wal = xasprintf("%s-wal", path);
	int		 rc;

	rc = stat(wal, &sb) == 0 && sb.st_size > 0;
	free(wal);
	return rc;
}

/*
 * A read-only store of an older schema: the upgrade runs on a connection
 * of its own when the file can be written (the data is not changed), else
 * the store cannot be read.
 */
static int
upgrade_aside(struct store *s, int *version)
{
	struct store	*rw;
	char		*cause = NULL;
	int		 latest = store_schema_latest();

	if (*version >= latest || *version == 0)
		return 0;
	rw = store_open(s->path, 0, &cause);
	if (rw == NULL) {
		store_err(s, "database needs an upgrade (schema version %d "
		    "to %d) and cannot be written: %s", *version, latest,
		    cause);
		free(cause);
		return -1;
	}
	store_close(rw);
	return pragma_int(s, "user_version", version);
}

/* Milliseconds on a clock that only goes forward. */
static long long
now_ms(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/*
 * WAL journal: readers never wait for the writer, and commits survive a
 * kill. Turning it on takes the file for a moment, and SQLite says "busy"
 * at once, without waiting, when another process has it then (several
 * imports making one new database): it is tried again for up to
 * STORE_BUSY_MS, as any other lock is waited for.
 */
static int
set_wal(struct store *s)
{
	const struct timespec	 pause = { 0, 5 * 1000 * 1000 };
	struct db_stmt		*st;
	const char		*mode;
	long long		 until = now_ms() + STORE_BUSY_MS;
	int			 rc, ok = 0;

	for (;;) {
		st = db_prepare(s->db, "PRAGMA journal_mode = WAL");
		if (st == NULL)
			return store_dberr(s, "setting WAL mode");
		rc = db_step(st);
		if (rc == DB_ROW || db_errclass(s->db) != DB_E_BUSY ||
		    now_ms() >= until)
			break;
		db_finalize(st);
		nanosleep(&pause, NULL);
	}
	if (rc == DB_ROW) {
		mode = (const char *)db_column_text(st, 0);
		ok = mode != NULL && strcmp(mode, "wal") == 0;
	} else
		store_dberr(s, "setting WAL mode");
	db_finalize(st);
	if (rc != DB_ROW)
		return -1;
	if (!ok)
		return store_err(s, "cannot use WAL mode on this file system");
	return 0;
}

/*
 * Opens for writing: WAL mode, migrations, the statements. On failure,
 * S->errclass tells whether it was for want of write access (a file or a
 * directory that cannot be written).
 */
static int
open_write(struct store *s)
{
	int	version = 0;

	if (open_db(s, 0, 0) != 0 || check_header(s, &version) != 0)
		return -1;
	if (sqlite3_db_readonly(db_sqlite_handle(s->db), "main") == 1) {
		store_err(s, "database is read-only (%s)",
		    access(s->path, W_OK) != 0 ? strerror(errno) :
		    "cannot be written");
		s->errclass = DB_E_READONLY;
		return -1;
	}
	if (set_wal(s) != 0 ||
	    exec_sql(s, "PRAGMA synchronous = FULL", "opening") != 0 ||
	    exec_sql(s, "PRAGMA foreign_keys = ON", "opening") != 0 ||
	    migrate(s, version) != 0)
		return -1;
	return store_prepare_all(s);
}

/*
 * Opens for reading only, changing nothing: not the journal mode, not the
 * schema (an upgrade runs aside, when it can). In a directory that cannot
 * be written SQLite cannot make the WAL index, so the file is opened
 * immutable, which is safe only when no write-ahead log holds changes.
 */
static int
open_read(struct store *s)
{
	int	version = 0;

	s->readonly = 1;
	if (open_db(s, 1, 0) != 0)
		return -1;
	if (check_header(s, &version) != 0) {
		if (!failed_for_writing(s))
			return -1;
		if (wal_has_data(s->path)) {
			return store_err(s, "database is read-only and its "
			    "write-ahead log (-wal file) holds changes that "
			    "need write access to its directory to be read: "
			    "open it once with write access");
		}
		close_db(s);
		if (open_db(s, 1, 1) != 0 || check_header(s, &version) != 0)
			return -1;
	}
	if (upgrade_aside(s, &version) != 0)
		return -1;
	if (version == 0)
		return store_err(s, "database is empty and read-only");
	if (exec_sql(s, "PRAGMA foreign_keys = ON", "opening") != 0 ||
	    migrate(s, version) != 0)
		return -1;
	return store_prepare_all(s);
}

/* 0 when the directory PATH is in can be written, else the errno that
 * says why not (EROFS on a read-only file system). */
static int
dir_unwritable(const char *path)
{
	const char	*slash = strrchr(path, '/');
	char		*dir;
	int		 error = 0;

	if (slash == NULL)
		dir = xstrdup(".");
	else
		dir = xstrndup(path, slash == path ? 1 : (size_t)(slash - path));
	if (access(dir, W_OK) != 0)
		error = errno;
	free(dir);
	return error;
}

int
store_sqlite_open_twin(struct store *twin, const char *path)
{
	twin->path = xstrdup(path);
	twin->readonly = 1;
	if (open_db(twin, 1, 0) != 0)
		return -1;
	return store_prepare_all(twin);
}

int
store_sqlite_bulk(struct store *s, int on, char **cause)
{
	if (exec_sql(s, on ? "PRAGMA synchronous = NORMAL" :
	    "PRAGMA synchronous = FULL", "setting the sync mode") != 0)
		return store_give_cause(s, cause);
	return 0;
}

int
store_sqlite_open(struct store *s, int flags)
{
	char	*why = NULL;
	int	 error;

	if (store_file_check(s->path, store_schema_latest(), &why) != 0) {
		store_err(s, "%s", why);
		free(why);
		return -1;
	}
	if (!(flags & STORE_READONLY)) {
		if (open_write(s) == 0)
			return 0;
		if (!failed_for_writing(s))
			return -1;
		if (!(flags & STORE_FALLBACK)) {
			/* SQLite's own words would be about its WAL files. */
			if (access(s->path, F_OK) == 0 &&
			    (error = dir_unwritable(s->path)) != 0) {
				store_err(s, "database is read-only (its "
				    "directory cannot be written: %s)",
				    strerror(error));
			}
			return -1;
		}
		close_db(s);
	}
	return open_read(s);
}

