/* store-pg.c: a desk on a PostgreSQL server: connecting, the schema
 * version in claimdesk_schema and its migrations, the writers' lock, the
 * login as reviewer, change notices, and the statements whose SQL differs
 * from SQLite's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store-int.h"
#include "store.h"
#include "xmalloc.h"

extern const char schema_sql[];
extern const char schema_pg_sql[];

/* What a migration of schema-pg.sql says when it is schema.sql's, word for
 * word: SQL both engines take alike is written once. */
#define PG_SAME_AS_SQLITE	"-- same as schema.sql"

/* Every writer takes it first, so that writes are one at a time as on
 * SQLite (BEGIN IMMEDIATE): the history's ids and chain need it. */
#define PG_BEGIN_WRITE	"BEGIN; SELECT pg_advisory_xact_lock(1128557361)"
/* A reader sees one snapshot, as in an SQLite read transaction. */
#define PG_BEGIN_READ	"BEGIN ISOLATION LEVEL REPEATABLE READ"

/* The earlier verdicts' text search (schema-pg.sql, migration 9): ?1 is a
 * tsquery in to_tsquery()'s syntax (store-seen.c writes it), whose words
 * the server stems as it stemmed the texts. ts_rank() stands where
 * SQLite has bm25(): negative, the lowest the best. */
#define PG_TSQUERY	"to_tsquery('claimdesk', ?1)"

/* A new row's id: the next after the last, as SQLite gives it, never a
 * sequence's (which skips the ids of rolled back inserts and, after a
 * server crash, dozens more). Writers hold the writers' lock. */
#define PG_NEXT_ID(t)	"(SELECT coalesce(max(id), 0) + 1 FROM " t ")"

const char *const store_pg_sql[S_COUNT] = {
	[S_DATA_VERSION] = "SELECT 0",
	[S_ART_INSERT] =
	    "INSERT INTO article (id, path, title, created_at) VALUES ("
	    PG_NEXT_ID("article") ", ?1, ?2, ?3) RETURNING id",
	[S_REV_INSERT] =
	    "INSERT INTO revision (id, article_id, number, text, hash, title,"
	    " imported_at, imported_by) VALUES (" PG_NEXT_ID("revision") ","
	    " ?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
	[S_CLAIM_INSERT] =
	    "INSERT INTO claim (id, revision_id, start, \"end\", text, kinds,"
	    " source, score, origin, dismissed, prev_id, anchor, number,"
	    " source_role, source_kind, source_edited, replaced) VALUES ("
	    PG_NEXT_ID("claim") ", ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,"
	    " ?11, ?12, ?13, ?14, ?15, ?16) RETURNING id",
	[S_IMPORTED_INSERT] =
	    "INSERT INTO imported_verdict (id, ext_id, claim, status, rating,"
	    " url, date, org, appearance, imported_at) VALUES ("
	    PG_NEXT_ID("imported_verdict") ", ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
	    " ?9) RETURNING id",
	[S_SEEN_PROBE] =
	    "SELECT count(*) FROM (SELECT 1 FROM earlier_text"
	    " WHERE tsv @@ " PG_TSQUERY " LIMIT ?2) x",
	[S_SEEN_RANK] =
	    "SELECT e.id, -ts_rank(e.tsv, q.q) AS r FROM earlier_text e,"
	    " " PG_TSQUERY " AS q(q) WHERE e.tsv @@ q.q"
	    " ORDER BY r, e.id LIMIT ?2",
	[S_SEEN_SAMPLE] =
	    "SELECT e.id, -ts_rank(e.tsv, q.q) FROM earlier_text e,"
	    " " PG_TSQUERY " AS q(q) WHERE e.tsv @@ q.q ORDER BY e.id"
	    " LIMIT ?2",
	[S_SEEN_SPAN] =
	    "SELECT (SELECT max(id) FROM earlier_text),"
	    " (SELECT min(id) FROM earlier_text)",
};

/* libpq's connection string for NAME: "pg:SERVICE" is a service of
 * pg_service.conf, anything else is given as it is. Allocated. */
static char *
conninfo(const char *name)
{
	if (strncmp(name, "pg:", 3) == 0)
		return xasprintf("service=%s", name + 3);
	return xstrdup(name);
}

char *
store_name_safe(const char *name)
{
	const char	*at, *slash, *colon, *p;
	char		*out, *q;
	size_t		 n;

	if (store_is_conninfo(name) && !store_is_server(name)) {
		/* host=... password=... dbname=...: the password left out. */
		out = xstrdup(name);
		for (q = out; (q = strstr(q, "password=")) != NULL; ) {
			if (q != out && q[-1] != ' ') {
				q++;
				continue;
			}
			/* Its value, quoted ('...', \' inside) or not. */
			p = q + strlen("password=");
			if (*p == '\'') {
				for (p++; *p != '\0' && *p != '\''; p++)
					if (*p == '\\' && p[1] != '\0')
						p++;
				if (*p == '\'')
					p++;
			} else
				p += strcspn(p, " ");
			p += strspn(p, " ");
			memmove(q, p, strlen(p) + 1);
		}
		n = strlen(out);
		while (n > 0 && out[n - 1] == ' ')
			out[--n] = '\0';
		return out;
	}
	if (!store_is_server(name) || strncmp(name, "pg:", 3) == 0)
		return xstrdup(name);
	/* postgresql://user:password@host/...: the password left out. */
	out = xstrdup(name);
	p = strstr(name, "://") + 3;
	slash = p + strcspn(p, "/?");
	at = memchr(p, '@', (size_t)(slash - p));
	colon = at != NULL ? memchr(p, ':', (size_t)(at - p)) : NULL;
	if (colon != NULL) {
		n = (size_t)(colon - name);
		snprintf(out + n, strlen(name) + 1 - n, "%s", at);
	}
	/* ...?password=...: the parameter left out. */
	while ((q = strstr(out, "password=")) != NULL && q > out &&
	    (q[-1] == '?' || q[-1] == '&')) {
		n = strcspn(q, "&");
		memmove(q - (q[n] == '\0' ? 1 : 0), q + n + (q[n] == '&'),
		    strlen(q + n + (q[n] == '&')) + 1);
	}
	return out;
}

/* The schema version (0: an empty database); -1 for one that is not
 * claimdesk's, or on an error. */
static int
schema_version(struct store *s, int *version)
{
	int64_t	v = 0;
	int	rc;

	*version = 0;
	rc = store_query_int(s, "SELECT 1 FROM pg_tables WHERE"
	    " schemaname = current_schema() AND tablename = 'claimdesk_schema'",
	    &v, "reading the schema version");
	if (rc < 0)
		return -1;
	if (rc == 0) {
		if (store_query_int(s, "SELECT count(*) FROM pg_tables WHERE"
		    " schemaname = current_schema()", &v,
		    "reading the schema version") < 0)
			return -1;
		if (v > 0)
			return store_err(s, "not a claimdesk database (its "
			    "schema has tables of another program)");
		return 0;
	}
	if ((rc = store_query_int(s, "SELECT max(version) FROM claimdesk_schema",
	    &v, "reading the schema version")) < 0)
		return -1;
	*version = (int)v;
	return 0;
}

/* Whether migration M says only PG_SAME_AS_SQLITE after its first line. */
static int
same_as_sqlite(const struct store_migration *m)
{
	const char	*p = memchr(m->sql, '\n', m->len);
	const char	*end = m->sql + m->len;
	size_t		 len = strlen(PG_SAME_AS_SQLITE);

	if (p == NULL)
		return 0;
	while (p < end && (*p == '\n' || *p == ' ' || *p == '\t'))
		p++;
	if ((size_t)(end - p) < len || memcmp(p, PG_SAME_AS_SQLITE, len) != 0)
		return 0;
	for (p += len; p < end; p++) {
		if (*p != '\n' && *p != ' ' && *p != '\t')
			return 0;
	}
	return 1;
}

static int
migrate(struct store *s, int version)
{
	struct store_migration	m[STORE_MIGRATIONS_MAX];
	struct store_migration	sqlite[STORE_MIGRATIONS_MAX];
	int			n, nsqlite, i;

	n = store_schema_split(schema_pg_sql, m, STORE_MIGRATIONS_MAX);
	nsqlite = store_schema_split(schema_sql, sqlite, STORE_MIGRATIONS_MAX);
	if (n != nsqlite)
		fatal("schema-pg.sql has %d migrations, schema.sql %d", n,
		    nsqlite);
	if (version > n) {
		return store_err(s, "made by a newer claimdesk (schema "
		    "version %d; this one knows up to %d): left untouched",
		    version, n);
	}
	if (version == n)
		return 0;
	/* A reader (list, export) changes nothing, not even the schema:
	 * a command that writes does it. */
	if (s->readonly && version == 0)
		return store_err(s, "no claimdesk tables in this database yet: "
		    "a command that writes (claimdesk import) makes them");
	if (s->readonly) {
		return store_err(s, "database needs an upgrade (schema "
		    "version %d to %d): a command that writes (claimdesk "
		    "import, mark) makes it, with write access", version, n);
	}
	for (i = version; i < n; i++) {
		if (same_as_sqlite(&m[i]))
			m[i] = sqlite[i];
		if (store_migrate_one(s, &m[i], PG_BEGIN_WRITE, schema_version,
		    "UPDATE claimdesk_schema SET version = ") != 0)
			return -1;
	}
	return 0;
}

/* What a session sets up: its notices, its login, read-only or not. */
static int
session(struct store *s)
{
	struct db_stmt	*st;
	const char	*login;

	if (db_exec(s->db, "LISTEN claimdesk") != 0)
		return store_dberr(s, "listening for changes");
	if (s->readonly && db_exec(s->db,
	    "SET default_transaction_read_only = on") != 0)
		return store_dberr(s, "opening");
	if ((st = db_prepare(s->db, "SELECT session_user")) == NULL)
		return store_dberr(s, "reading the login");
	if (db_step(st) != DB_ROW) {
		store_dberr(s, "reading the login");
		db_finalize(st);
		return -1;
	}
	login = db_column_text(st, 0) != NULL ? db_column_text(st, 0) :
	    "unknown";
	/* A session made again keeps the login string: the reviewer name
	 * given out by store_login() points at it. */
	if (s->login == NULL)
		s->login = xstrdup(login);
	else if (strcmp(s->login, login) != 0) {
		db_finalize(st);
		return store_err(s, "connected again as %s, not %s", login,
		    s->login);
	}
	db_finalize(st);
	return 0;
}

int
store_pg_open(struct store *s, int flags)
{
	char	*info = conninfo(s->path);
	int	 rc, version;

	rc = db_pg_open(&s->db, info);
	free(info);
	/* From now on the store is known by a name without a password. */
	free(s->path);
	s->path = store_name_safe(s->db != NULL && rc == 0 ?
	    db_pg_server(s->db) : "postgresql://");
	if (rc != 0) {
		if (s->db == NULL)
			return store_err(s, "cannot connect (out of memory)");
		return store_err(s, "cannot connect to the server (%s)",
		    db_errmsg(s->db));
	}
	s->readonly = (flags & STORE_READONLY) != 0;
	if (schema_version(s, &version) != 0 || migrate(s, version) != 0 ||
	    session(s) != 0)
		return -1;
	return store_prepare_all(s);
}

int
store_pg_begin(struct store *s, int write)
{
	int	tries;

	for (tries = 0; tries < 2; tries++) {
		if (!db_pg_connected(s->db)) {
			if (db_pg_reconnect(s->db) != 0)
				return store_err(s, "cannot reach the server "
				    "(%s)", db_errmsg(s->db));
			/* What others did while it was away is news. */
			s->notified++;
			if (session(s) != 0)
				return -1;
		}
		if (db_exec(s->db, write ? PG_BEGIN_WRITE : PG_BEGIN_READ) == 0)
			return 0;
		if (db_errclass(s->db) != DB_E_CONNECTION)
			break;
	}
	return store_dberr(s, "starting a transaction");
}

/* How often a screen whose connection was lost tries again, seconds. */
#define PG_RETRY	2

int
store_pg_data_version(struct store *s, int *version)
{
	time_t	now;

	s->notified += db_pg_notified(s->db);
	/* A lost connection (a server restart) is made again between keys,
	 * so that the screen hears the others again; what they did in
	 * between counts as a change. */
	if (!db_pg_connected(s->db) && (now = time(NULL)) - s->retried >=
	    PG_RETRY) {
		s->retried = now;
		if (db_pg_reconnect(s->db) == 0 && session(s) == 0)
			s->notified++;
	}
	*version = s->notified;
	return 0;
}
