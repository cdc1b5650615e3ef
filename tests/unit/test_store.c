/* test_store.c: the database: migrations, verdicts, history, re-anchoring,
 * refusals and failures. */
#include <sys/stat.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "db.h"

#include "anchor.h"
#include "article.h"
#include "doc.h"
#include "extract.h"
#include "meta.h"
#include "paths.h"
#include "segment.h"
#include "store.h"
#include "store-int.h"
#include "xmalloc.h"
#include "t.h"


extern const char schema_sql[];

/* The schema version this claimdesk makes: its last migration. */
static int
schema_version(void)
{
	const char	*p = schema_sql;
	int		 n = 0;

	while ((p = strstr(p, "\n-- migration ")) != NULL) {
		n++;
		p++;
	}
	return n;
}

/* A change by REVIEWER (ORIGIN may be NULL) against no version. */
static const struct st_change *
by(const char *reviewer, const char *origin)
{
	static struct st_change	ch;

	ch.reviewer = reviewer;
	ch.origin = origin;
	ch.version = -1;
	ch.expect = -1;
	return &ch;
}

static char	 tmpdir[256];
static int	 dbn;

/* $CLAIMDESK_TEST_PG: a PostgreSQL server's database to make others in
 * ("postgresql:///postgres?host=DIR"); the tests of the store's logic then
 * run there, those of SQLite files are left out. */
static const char	*pg_admin;
static unsigned		 pg_run;
/* The reviewer written: on a server, the login the tests connect as. */
#define WHO(name)	(pg_admin != NULL ? "claimdesk" : (name))

/* A new database: a path in the test's directory, or a fresh database on
 * the server. */
static char *
db_path(void)
{
	struct db	*db = NULL;
	char		*sql, *url;
	const char	*q;

	if (pg_admin == NULL)
		return xasprintf("%s/db%d/sub/claimdesk.db", tmpdir, ++dbn);
	sql = xasprintf("CREATE DATABASE test_store_%u_%d", pg_run, ++dbn);
	if (db_pg_open(&db, pg_admin) != 0 || db_exec(db, sql) != 0)
		T_FAIL("%s: %s", sql, db != NULL ? db_errmsg(db) : "no memory");
	db_close(db);
	free(sql);
	/* The same URL with the new database's name for the admin one's. */
	q = strchr(pg_admin + strlen("postgresql://"), '/');
	url = xasprintf("%.*s/test_store_%u_%d%s",
	    q != NULL ? (int)(q - pg_admin) : (int)strlen(pg_admin), pg_admin,
	    pg_run, dbn, q != NULL ? q + strcspn(q, "?") : "");
	return url;
}

/*
 * A doc from TEXT: each paragraph (blank-line separated) one sentence, a
 * claim when it holds a digit or a '!'. Keeps the store's tests apart from
 * the segmenter's and the rules'.
 */
static struct doc *
mkdoc(const char *text)
{
	struct doc	*doc;
	char		*cause = NULL;
	size_t		 i = 0, len = strlen(text), s, e, cap = 0;

	doc = xcalloc(1, sizeof *doc);
	doc->art = article_from_bytes("a.txt", text, len, ARTICLE_MAX_SIZE,
	    &cause);
	if (doc->art == NULL) {
		fprintf(stderr, "mkdoc: %s\n", cause);
		exit(1);
	}
	doc->title = xstrdup("A title");
	while (i < len) {
		while (i < len && (text[i] == '\n' || text[i] == ' '))
			i++;
		if (i == len)
			break;
		s = i;
		while (i < len && !(text[i] == '\n' && i + 1 < len &&
		    text[i + 1] == '\n'))
			i++;
		e = i;
		while (e > s && (text[e - 1] == '\n' || text[e - 1] == ' '))
			e--;
		if (doc->nsent == cap) {
			cap = cap ? cap * 2 : 16;
			doc->sent = xreallocarray(doc->sent, cap,
			    sizeof *doc->sent);
			doc->info = xreallocarray(doc->info, cap,
			    sizeof *doc->info);
		}
		memset(&doc->sent[doc->nsent], 0, sizeof *doc->sent);
		memset(&doc->info[doc->nsent], 0, sizeof *doc->info);
		doc->sent[doc->nsent].start = s;
		doc->sent[doc->nsent].end = e;
		doc->sent[doc->nsent].text = segment_collapse(text + s, e - s);
		doc->info[doc->nsent].kinds = xstrdup("quantity");
		doc->info[doc->nsent].claim = strpbrk(
		    doc->sent[doc->nsent].text, "0123456789!") != NULL;
		doc->info[doc->nsent].score = doc->info[doc->nsent].claim ?
		    50 : 0;
		if (doc->info[doc->nsent].claim)
			doc->nclaims++;
		doc->nsent++;
	}
	return doc;
}

static struct store *
open_ok(const char *path, int flags)
{
	struct store	*s;
	char		*cause = NULL;

	s = store_open(path, flags, &cause);
	if (s == NULL)
		T_FAIL("store_open %s: %s", path, cause);
	free(cause);
	return s;
}

/* Opening PATH fails with a cause holding WANT. */
static void
open_fails(const char *path, int flags, const char *want)
{
	struct store	*s;
	char		*cause = NULL;

	s = store_open(path, flags, &cause);
	T_OK(s == NULL);
	T_OK(cause != NULL && strstr(cause, want) != NULL);
	if (cause != NULL && strstr(cause, want) == NULL)
		fprintf(stderr, "  cause: %s (wanted %s)\n", cause, want);
	T_OK(cause == NULL || strchr(cause, '\n') == NULL);
	free(cause);
	store_close(s);
}

static int
import_as(struct store *s, const char *path, const char *text,
    struct import_result *res)
{
	struct doc	*doc = mkdoc(text);
	char		*cause = NULL;
	int		 rc;

	rc = store_import(s, path, doc, "importer", 0, res, &cause);
	if (rc != 0)
		T_FAIL("store_import: %s", cause);
	free(cause);
	doc_free(doc);
	return rc;
}

static int
import(struct store *s, const char *text, struct import_result *res)
{
	return import_as(s, "/articles/a.txt", text, res);
}

static int64_t
claim_id(struct store *s, int64_t article, int number)
{
	int64_t	id = 0;
	char	*cause = NULL;

	if (store_find_claim(s, article, number, &id, &cause) != 0)
		T_FAIL("store_find_claim %d: %s", number, cause);
	free(cause);
	return id;
}

/* The id of the claim at place I (from 1) in reading order of ARTICLE's
 * current revision, whatever its number. */
static int64_t
claim_at(struct store *s, int64_t article, int i)
{
	struct db_stmt	*st;
	int64_t		 id = 0;

	if ((st = db_prepare(store_db(s), "SELECT c.id FROM claim c JOIN "
	    "current_revision r ON r.id = c.revision_id WHERE r.article_id = "
	    "?1 ORDER BY c.start, c.\"end\", c.id LIMIT 1 OFFSET ?2")) == NULL)
		return 0;
	db_bind_int64(st, 1, article);
	db_bind_int(st, 2, i - 1);
	if (db_step(st) == DB_ROW)
		id = db_column_int64(st, 0);
	else
		T_FAIL("no claim at place %d", i);
	db_finalize(st);
	return id;
}

static void
set(struct store *s, int64_t claim, int status, const char *note)
{
	char	*cause = NULL;

	if (store_set_verdict(s, claim, status, note, by("alice", NULL), NULL,
	    &cause) != 0)
		T_FAIL("store_set_verdict: %s", cause);
	free(cause);
}

/* One integer from SQL on the store's connection. */
static long long
q_int(struct store *s, const char *sql)
{
	struct db_stmt	*st;
	long long	 v = -1;
	int		 rc;

	if ((st = db_prepare(store_db(s), sql)) == NULL) {
		T_FAIL("%s: %s", sql, db_errmsg(store_db(s)));
		return -1;
	}
	if ((rc = db_step(st)) == DB_ROW)
		v = db_column_int64(st, 0);
	else if (rc == DB_ERROR)
		T_FAIL("%s: %s", sql, db_errmsg(store_db(s)));
	db_finalize(st);
	return v;
}

static struct st_article *
load(struct store *s, int64_t id)
{
	struct st_article	*a;
	char			*cause = NULL;

	a = store_article_load(s, id, NULL, &cause);
	if (a == NULL)
		T_FAIL("store_article_load: %s", cause);
	free(cause);
	return a;
}

/* The claim of A whose text starts with PREFIX, or NULL. */
static const struct st_claim *
find_text(const struct st_article *a, const char *prefix)
{
	size_t	i;

	for (i = 0; i < a->nclaims; i++) {
		if (strncmp(a->claims[i].text, prefix, strlen(prefix)) == 0)
			return &a->claims[i];
	}
	return NULL;
}

static void
test_names(void)
{
	T_STR(verdict_name(VERDICT_NONE), "unreviewed");
	T_STR(verdict_name(VERDICT_DISPUTED), "disputed");
	T_INT(verdict_parse("verified"), VERDICT_VERIFIED);
	T_INT(verdict_parse("unsourced"), VERDICT_UNSOURCED);
	T_INT(verdict_parse("clear"), VERDICT_NONE);
	T_INT(verdict_parse("true"), -1);
}

static void
test_now(void)
{
	char	buf[32];

	setenv("SOURCE_DATE_EPOCH", "1764158400", 1);
	store_now(buf, sizeof buf);
	T_STR(buf, "2025-11-26T12:00:00Z");
	setenv("SOURCE_DATE_EPOCH", "0", 1);
	store_now(buf, sizeof buf);
	T_STR(buf, "1970-01-01T00:00:00Z");
	setenv("SOURCE_DATE_EPOCH", "1764158400", 1);
}

/* Whether SQLite's plan for statement ID of S uses INDEX. */
static int
plan_uses(struct store *s, enum store_stmt id, const char *index)
{
	struct db_stmt	*st;
	char		*sql;
	int		 found = 0;

	sql = xasprintf("EXPLAIN QUERY PLAN %s", store_stmt_text(s, id));
	if ((st = db_prepare(store_db(s), sql)) == NULL)
		T_FAIL("cannot explain: %s", sql);
	while (st != NULL && db_step(st) == DB_ROW)
		if (strstr((const char *)db_column_text(st, 3), index) != NULL)
			found = 1;
	db_finalize(st);
	free(sql);
	return found;
}

/* The few orphans of an article are found through their partial index, not
 * by reading every claim of its revisions. */
static void
test_orphan_plans(void)
{
	struct store	*s;
	char		*path = db_path();

	if ((s = open_ok(path, 0)) != NULL) {
		T_INT(plan_uses(s, S_ORPHANS_LOAD, "claim_orphan"), 1);
		T_INT(plan_uses(s, S_CLAIMS_ORPHANED, "claim_orphan"), 1);
		store_close(s);
	}
	free(path);
}

static void
test_open(void)
{
	struct store	*s;
	struct stat	 sb;
	char		*path = db_path(), *dir;

	if ((s = open_ok(path, 0)) == NULL)
		goto out;
	T_INT(store_readonly(s), 0);
	T_STR(store_path(s), path);
	T_INT(q_int(s, "PRAGMA user_version"), schema_version());
	T_INT(q_int(s, "PRAGMA application_id"), 1128557361);
	T_INT(q_int(s, "PRAGMA foreign_keys"), 1);
	T_INT(q_int(s, "SELECT count(*) FROM pragma_journal_mode "
	    "WHERE journal_mode = 'wal'"), 1);
	store_close(s);
	dir = xstrndup(path, strrchr(path, '/') - path);
	T_OK(stat(dir, &sb) == 0 && (sb.st_mode & 0777) == 0700);
	*strrchr(dir, '/') = '\0';
	T_OK(stat(dir, &sb) == 0 && (sb.st_mode & 0777) == 0700);
	free(dir);

	/* Opening again changes nothing. */
	if ((s = open_ok(path, 0)) != NULL) {
		T_INT(q_int(s, "PRAGMA user_version"), schema_version());
		store_close(s);
	}
out:
	free(path);
}

static void
test_mark(void)
{
	struct import_result	 res;
	struct store		*s;
	struct st_article	*a;
	char			*path = db_path(), *cause = NULL;
	int64_t			 c2, id;

	if ((s = open_ok(path, 0)) == NULL)
		goto out;
	if (import(s, "Title line\n\nOne claim of 12.\n\nNo claim here.\n\n"
	    "Another claim of 40.\n", &res) != 0)
		goto out;
	T_INT(res.state, IMPORT_NEW);
	T_INT(res.revision, 1);
	T_INT(res.claims, 2);
	T_INT(store_find_article(s, "/articles/a.txt", &id, &cause), 0);
	T_INT(id, res.article);
	T_INT(store_find_article(s, "1", &id, &cause), 0);
	T_INT(store_find_article(s, "/nope", &id, &cause), -1);
	T_OK(cause != NULL && strstr(cause, "no such article") != NULL);
	free(cause);
	cause = NULL;
	T_INT(store_find_claim(s, res.article, 3, &id, &cause), -1);
	T_STR(cause, "no claim 3 (the article's claims are numbered up to 2)");
	free(cause);
	cause = NULL;

	c2 = claim_id(s, res.article, 2);
	set(s, c2, VERDICT_DISPUTED, "https://example.org/evidence");
	set(s, c2, VERDICT_DISPUTED, NULL);		/* no change */
	set(s, c2, -1, "https://example.org/evidence");	/* no change */
	T_INT(q_int(s, "SELECT count(*) FROM history"), 2);
	T_INT(store_set_verdict(s, c2, VERDICT_VERIFIED, NULL, by("bob",
	    "undo"), NULL, &cause), 0);
	T_INT(q_int(s, "SELECT count(*) FROM history WHERE origin = 'undo'"),
	    1);
	T_INT(store_set_dismissed(s, claim_id(s, res.article, 1), 1, by("bob",
	    NULL), NULL, &cause), 0);
	T_INT(q_int(s, "SELECT count(*) FROM history"), 4);

	if ((a = load(s, res.article)) == NULL)
		goto out;
	T_INT(a->nclaims, 2);
	T_INT(a->revision, 1);
	T_STR(a->title, "A title");
	T_INT(a->len, strlen(a->text));
	T_INT(a->claims[0].number, 1);
	T_INT(a->claims[0].dismissed, 1);
	T_INT(a->claims[0].status, VERDICT_NONE);
	T_OK(a->claims[0].reviewer == NULL);
	T_STR(a->claims[0].note, "");
	T_INT(a->claims[1].number, 2);
	T_INT(a->claims[1].status, VERDICT_VERIFIED);
	T_STR(a->claims[1].note, "https://example.org/evidence");
	T_STR(a->claims[1].reviewer, WHO("bob"));
	T_STR(a->claims[1].updated_at, "2025-11-26T12:00:00Z");
	T_STR(a->claims[1].text, "Another claim of 40.");
	T_STR(a->claims[1].kinds, "quantity");
	T_OK(a->claims[1].source == NULL);
	T_INT(memcmp(a->text + a->claims[1].start, "Another",
	    7), 0);
	st_article_free(a);

	/* History is append-only. */
	T_OK(db_exec(store_db(s), "DELETE FROM history") != 0);
	T_OK(db_exec(store_db(s), "UPDATE history SET new = 'x'") != 0);
	T_INT(q_int(s, "SELECT count(*) FROM history"), 4);

	/* The same bytes again: unchanged. */
	import(s, "Title line\n\nOne claim of 12.\n\nNo claim here.\n\n"
	    "Another claim of 40.\n", &res);
	T_INT(res.state, IMPORT_UNCHANGED);
	T_INT(res.claims, 1);		/* one dismissed */

	/* Unchanged is the same bytes, not only the same length and hash: a
	 * stored text that differs (as two texts whose hashes collide would)
	 * makes a new revision. */
	T_INT(db_exec(store_db(s), pg_admin == NULL ? "UPDATE revision SET "
	    "text = replace(text, 'of 12', 'of 13')" : "UPDATE revision SET "
	    "text = convert_to(replace(convert_from(text, 'UTF8'), 'of 12', "
	    "'of 13'), 'UTF8')"), 0);
	import(s, "Title line\n\nOne claim of 12.\n\nNo claim here.\n\n"
	    "Another claim of 40.\n", &res);
	T_INT(res.state, IMPORT_REVISED);
out:
	store_close(s);
	free(path);
}

/* Who a verdict is: who gave its status, whoever changed its note since;
 * an undo gives it back to who gave the status it restores. Undo passes
 * over a change another reviewer changed since, never stopping at it. (On
 * a server the login is the reviewer: SQLite only.) */
static void
test_reviewers(void)
{
	struct import_result	 res;
	struct store		*s;
	char			*path = db_path(), *cause = NULL, *said = NULL;
	int64_t			 c1, c2, undone = 0, p1 = 0, p2 = 0;

	if ((s = open_ok(path, 0)) == NULL)
		goto out;
	if (import(s, "Title line\n\nOne claim of 12.\n\nAnother claim of "
	    "40.\n", &res) != 0)
		goto out;
	c1 = claim_id(s, res.article, 1);
	c2 = claim_id(s, res.article, 2);
	T_INT(store_set_verdict(s, c1, VERDICT_VERIFIED, NULL, by("alice",
	    NULL), NULL, &cause), 0);
	T_INT(store_set_verdict(s, c1, -1, "bob's link", by("bob", NULL),
	    NULL, &cause), 0);
	T_INT(q_int(s, "SELECT count(*) FROM verdict WHERE reviewer = 'alice'"
	    " AND note = 'bob''s link'"), 1);
	T_INT(store_set_verdict(s, c2, -1, "a note first", by("bob", NULL),
	    NULL, &cause), 0);
	T_INT(q_int(s, "SELECT count(*) FROM verdict WHERE reviewer = 'bob'"),
	    1);
	/* Carol gives claim 2 the verdict bob's note was on: hers. */
	T_INT(store_set_verdict(s, c2, VERDICT_DISPUTED, NULL, by("carol",
	    NULL), NULL, &cause), 0);
	T_INT(q_int(s, "SELECT count(*) FROM verdict WHERE reviewer = 'carol'"),
	    1);

	/* Bob's newest change (claim 2's note) is carol's claim now: he
	 * is told first, nothing undone; asked again, it is passed over,
	 * his note on claim 1 undone, the verdict still alice's. */
	T_INT(store_undo(s, res.article, by("bob", NULL), 0, &undone, &said,
	    &cause), STORE_UNDO_ASK);
	T_STR(said, "claim 2, your last change, is carol's now: U again "
	    "undoes your change before it (claim 1)");
	free(said);
	said = NULL;
	T_INT(q_int(s, "SELECT count(*) FROM verdict WHERE note = 'bob''s "
	    "link'"), 1);
	T_INT(store_undo(s, res.article, by("bob", NULL), 1, &undone, &said,
	    &cause), 1);
	T_INT(undone, c1);
	T_OK(said != NULL && strcmp(said, "claim 1 has no note again "
	    "(claim 2 passed over: carol changed it since)") == 0);
	free(said);
	said = NULL;
	T_INT(q_int(s, "SELECT count(*) FROM verdict WHERE claim_id = "
	    "(SELECT min(id) FROM claim) AND reviewer = 'alice' AND note = ''"),
	    1);
	/* Nothing of bob's left but what carol changed: refused, saying why,
	 * every time. */
	T_INT(store_undo(s, res.article, by("bob", NULL), 1, &undone, &said,
	    &cause), STORE_CONFLICT);
	T_OK(cause != NULL && strstr(cause, "claim 2 was changed by carol") !=
	    NULL && strstr(cause, "nothing was undone") != NULL);
	free(cause);
	cause = NULL;

	/* Dave's verdict, then erin's over it, undone: dave's again. */
	T_INT(store_set_verdict(s, c2, VERDICT_VERIFIED, NULL, by("dave",
	    NULL), NULL, &cause), 0);
	T_INT(store_set_verdict(s, c2, VERDICT_UNSOURCED, NULL, by("erin",
	    NULL), NULL, &cause), 0);
	T_INT(store_undo(s, res.article, by("erin", NULL), 1, &undone, &said,
	    &cause), 1);
	T_STR(said, "claim 2 is verified again");
	free(said);
	said = NULL;
	T_INT(q_int(s, "SELECT count(*) FROM verdict WHERE status = 'verified'"
	    " AND reviewer = 'dave'"), 1);
	/* Alice's verdict is hers to undo again: bob changed its note, but
	 * undid that since. */
	T_INT(store_undo(s, res.article, by("alice", NULL), 0, &undone, &said,
	    &cause), 1);
	T_INT(undone, c1);
	T_STR(said, "claim 1 is unreviewed again");
	free(said);
	said = NULL;
	T_INT(store_set_verdict(s, c1, VERDICT_VERIFIED, NULL, by("alice",
	    NULL), NULL, &cause), 0);
	/* A change of bob's that stands after hers makes it his. */
	T_INT(store_set_verdict(s, c1, -1, "bob again", by("bob", NULL),
	    NULL, &cause), 0);
	T_INT(store_undo(s, res.article, by("alice", NULL), 1, &undone, &said,
	    &cause), STORE_CONFLICT);
	T_OK(cause != NULL && strstr(cause, "claim 1 was changed by bob") !=
	    NULL);
	free(cause);
	cause = NULL;
	T_INT(store_undo(s, res.article, by("bob", NULL), 1, &undone, &said,
	    &cause), 1);
	free(said);
	said = NULL;
	/* Frank's verdict over it, undone: alice's again. */
	T_INT(store_set_verdict(s, c1, VERDICT_DISPUTED, NULL, by("frank",
	    NULL), NULL, &cause), 0);
	T_INT(store_undo(s, res.article, by("frank", NULL), 1, &undone, &said,
	    &cause), 1);
	T_STR(said, "claim 1 is verified again");
	free(said);
	said = NULL;
	T_INT(q_int(s, "SELECT count(*) FROM verdict WHERE status = "
	    "'verified' AND reviewer = 'alice'"), 1);
	/* Frank again, and undone again: still alice's, not the name an
	 * undo wrote the restored status in. */
	T_INT(store_set_verdict(s, c1, VERDICT_UNSOURCED, NULL, by("frank",
	    NULL), NULL, &cause), 0);
	T_INT(store_undo(s, res.article, by("frank", NULL), 1, &undone, &said,
	    &cause), 1);
	free(said);
	said = NULL;
	T_INT(q_int(s, "SELECT count(*) FROM verdict WHERE status = "
	    "'verified' AND reviewer = 'alice'"), 1);
	/* An import carries the verdicts in the importer's name; one undone
	 * after it is alice's still, as given on the revision before. */
	if (import(s, "Title line\n\nOne claim of 12.\n\nAnother claim of "
	    "40.\n\nA third of 7.\n", &res) != 0)
		goto out;
	c1 = claim_id(s, res.article, 1);
	T_INT(store_set_verdict(s, c1, VERDICT_DISPUTED, NULL, by("gina",
	    NULL), NULL, &cause), 0);
	T_INT(store_undo(s, res.article, by("gina", NULL), 1, &undone, &said,
	    &cause), 1);
	T_STR(said, "claim 1 is verified again");
	free(said);
	said = NULL;
	T_INT(q_int(s, "SELECT count(*) FROM verdict v JOIN claim c ON "
	    "c.id = v.claim_id WHERE c.prev_id IS NOT NULL AND c.number = 1 "
	    "AND v.status = 'verified' AND v.reviewer = 'alice'"), 1);
	/* Dave's verdict was given on revision 1: nothing to undo on
	 * revision 2, and he is told why; frank undid all of his, and zoe
	 * changed nothing: nothing, and nothing more said. */
	T_INT(store_undo(s, res.article, by("dave", NULL), 1, &undone, &said,
	    &cause), 0);
	T_STR(said, "nothing of yours to undo in revision 2 (undo stops "
	    "where it was imported)");
	free(said);
	said = NULL;
	T_INT(store_undo(s, res.article, by("frank", NULL), 1, &undone, &said,
	    &cause), 0);
	T_OK(said == NULL);
	T_INT(store_undo(s, res.article, by("zoe", NULL), 1, &undone, &said,
	    &cause), 0);
	T_OK(said == NULL);
	/* Hank splits it: both parts carry alice's verdict, as hers. */
	T_INT(store_split_claim(s, c1, 16, NULL, by("hank", NULL), &p1, &p2,
	    &cause), 0);
	T_INT(q_int(s, "SELECT count(*) FROM verdict WHERE status = "
	    "'verified' AND reviewer = 'alice' AND claim_id > (SELECT "
	    "max(id) FROM claim) - 2"), 2);
	/* The next revision has the parts, not claim 1: asked for, it is
	 * said what became of it. */
	if (import(s, "Title line\n\nOne claim of 12.\n\nAnother claim of "
	    "40.\n\nA third of 8.\n", &res) != 0)
		goto out;
	T_INT(store_find_claim(s, res.article, 1, &p1, &cause), -1);
	T_STR(cause, "no claim 1: it was split into claims 4 and 5 (revision "
	    "2)");
	free(cause);
	cause = NULL;
	/* A split undone is none: claim 2, split and whole again, then
	 * gone with its sentence, is of revision 3 only. */
	c1 = claim_id(s, res.article, 2);
	T_INT(store_split_claim(s, c1, 38, NULL, by("hank", NULL), &p1, &p2,
	    &cause), 0);
	T_INT(store_undo(s, res.article, by("hank", NULL), 1, &undone, &said,
	    &cause), 1);
	free(said);
	said = NULL;
	if (import(s, "Title line\n\nOne claim of 12.\n\nA third of 8.\n",
	    &res) != 0)
		goto out;
	T_INT(store_find_claim(s, res.article, 2, &p1, &cause), -1);
	T_STR(cause, "no claim 2 in the current revision: it is one of "
	    "revision 3, whose text has changed since");
	free(cause);
	cause = NULL;
out:
	free(said);
	free(cause);
	store_close(s);
	free(path);
}

static void
test_manual(void)
{
	struct import_result	 res;
	struct store		*s;
	struct st_article	*a;
	char			*path = db_path(), *cause = NULL;
	int64_t			 id, id2;
	const char		*text = "Head\n\nA plain   sentence.\n\nOf 3.\n";

	if ((s = open_ok(path, 0)) == NULL || import(s, text, &res) != 0)
		goto out;
	T_INT(store_add_claim(s, res.article, 6, 25, "A plain sentence.",
	    NULL, by("alice", NULL), &id, &cause), 0);
	T_INT(store_add_claim(s, res.article, 6, 25, NULL, NULL,
	    by("alice", NULL), &id2, &cause), 0);
	T_INT(id, id2);
	T_INT(store_add_claim(s, res.article, 6, 25, "Something else.",
	    NULL, by("alice", NULL), &id2, &cause), -1);
	T_OK(cause != NULL && strstr(cause, "changed") != NULL);
	free(cause);
	cause = NULL;
	T_INT(store_add_claim(s, res.article, 6, 999, NULL, NULL,
	    by("alice", NULL), &id2, &cause), -1);
	free(cause);
	cause = NULL;
	store_set_dismissed(s, id, 1, by("alice", NULL), NULL, &cause);
	T_INT(store_add_claim(s, res.article, 6, 25, NULL, NULL,
	    by("alice", NULL), &id2, &cause), 0);
	if ((a = load(s, res.article)) == NULL)
		goto out;
	T_INT(a->nclaims, 2);
	T_INT(a->claims[0].manual, 1);
	T_INT(a->claims[0].dismissed, 0);
	T_STR(a->claims[0].text, "A plain sentence.");
	st_article_free(a);
	T_INT(q_int(s, "SELECT count(*) FROM history WHERE field = 'claim'"
	    " AND new = 'manual'"), 1);
out:
	store_close(s);
	free(path);
}

/* The claim of A with id ID, or NULL. */
static const struct st_claim *
find_id(const struct st_article *a, int64_t id)
{
	size_t	i;

	for (i = 0; i < a->nclaims; i++) {
		if (a->claims[i].id == id)
			return &a->claims[i];
	}
	return NULL;
}

static int
labelled_cb(const char *text, int label, int64_t article, void *arg)
{
	int	*n = arg;

	(void)text;
	(void)article;
	n[label != 0]++;
	return 0;
}

/* How many claims stats counts as dropped, and learn as judged no claim
 * (*NEG) and a claim (*POS); -1 on an error. */
static int
dropped(struct store *s, int *neg, int *pos)
{
	struct st_stats	 st;
	char		*cause = NULL;
	int		 n[2] = { 0, 0 };

	if (store_stats(s, &st, NULL, NULL, &cause) != 0 ||
	    store_labelled(s, labelled_cb, n, &cause) != 0) {
		free(cause);
		return -1;
	}
	*neg = n[0];
	*pos = n[1];
	return st.dismissed;
}

/* What a claim dropped, split or joined is, kept through the changes that
 * bring it back and their undo: the dropped list, stats and learn count a
 * claim a reviewer dropped, never one a split or a join replaced. */
static void
test_replaced(void)
{
	struct import_result	 res;
	struct store		*s;
	struct st_change	 ch = { .reviewer = "alice", .version = -1,
				    .expect = -1 };
	const char		*text = "Head\n\nOne said 3 things.  Two did 4 "
				    "more.\n\nThree had 5 cats.\n";
	char			*path = db_path(), *cause = NULL, *said = NULL;
	char			 sql[128];
	int64_t			 art, c1, c2, p1 = 0, p2 = 0, j = 0, undone;
	size_t			 at = (size_t)(strstr(text, "Two") - text);
	size_t			 e1 = (size_t)(strstr(text, "more.") - text) + 5;
	size_t			 e2 = (size_t)(strstr(text, "cats.") - text) + 5;
	long long		 ps, pe;
	int			 neg, pos;

	if ((s = open_ok(path, 0)) == NULL || import(s, text, &res) != 0)
		goto out;
	art = res.article;
	c1 = claim_id(s, art, 1);
	c2 = claim_id(s, art, 2);

	/* A split undone: its parts replaced. One taken back by hand, and
	 * that undone: a part still, not a claim dropped. */
	T_INT(store_split_claim(s, c1, at, NULL, &ch, &p1, &p2, &cause), 0);
	T_INT(store_undo(s, art, &ch, 0, &undone, &said, &cause), 1);
	free(said);
	said = NULL;
	snprintf(sql, sizeof sql, "SELECT start FROM claim WHERE id = %lld",
	    (long long)p1);
	ps = q_int(s, sql);
	snprintf(sql, sizeof sql, "SELECT \"end\" FROM claim WHERE id = %lld",
	    (long long)p1);
	pe = q_int(s, sql);
	T_INT(store_add_claim(s, art, (size_t)ps, (size_t)pe, NULL, NULL, &ch,
	    &j, &cause), 0);
	T_OK(j == p1);
	T_INT(store_undo(s, art, &ch, 0, &undone, &said, &cause), 1);
	free(said);
	said = NULL;
	T_INT(dropped(s, &neg, &pos), 0);
	T_INT(neg, 0);

	/* The two parts of a split joined again: the claim split, with no
	 * verdict or note of its own, is taken back with its number, not
	 * made anew; undone twice, the claim is as it was. */
	T_INT(store_split_claim(s, c1, at, NULL, &ch, &p1, &p2, &cause), 0);
	T_INT(store_join_claims(s, p1, e1, p2, -1, &ch, &j, &cause), 0);
	T_OK(j == c1);
	snprintf(sql, sizeof sql, "SELECT number * 10 + dismissed FROM claim "
	    "WHERE id = %lld", (long long)j);
	T_INT(q_int(s, sql), 10);
	T_INT(q_int(s, "SELECT max(number) FROM claim"), 4);
	T_INT(dropped(s, &neg, &pos), 0);
	T_INT(store_undo(s, art, &ch, 0, &undone, &said, &cause), 1);
	free(said);
	said = NULL;
	T_INT(store_undo(s, art, &ch, 0, &undone, &said, &cause), 1);
	free(said);
	said = NULL;
	T_INT(q_int(s, "SELECT count(*) FROM claim WHERE dismissed = 0"), 2);
	T_INT(claim_id(s, art, 1), c1);

	/* A claim a reviewer dropped, then joined over: brought back, it
	 * would stand over the claim the join made; refused, saying so. */
	T_INT(store_set_dismissed(s, c2, 1, &ch, NULL, &cause), 0);
	T_INT(store_join_claims(s, c1, e2, 0, -1, &ch, &j, &cause), 0);
	T_INT(dropped(s, &neg, &pos), 1);
	T_INT(store_set_dismissed(s, c2, 0, &ch, NULL, &cause), -1);
	T_STR(cause, "claim 5 stands over the text of claim 2: drop it to "
	    "bring claim 2 back");
	free(cause);
	cause = NULL;
out:
	free(cause);
	free(said);
	store_close(s);
	free(path);
}

/* Split and join: byte-exact spans, the next numbers, the verdict carried
 * as stale, one change that U undoes whole, refusals. */
static void
test_split_join(void)
{
	struct import_result	 res;
	struct store		*s;
	struct st_article	*a = NULL;
	const struct st_claim	*c;
	struct st_change	 ch = { .reviewer = "alice", .version = -1,
				    .expect = -1 };
	struct st_check		 ck;
	const char		*text = "Head\n\nOne said 3 things.  Two did 4 "
				    "more.\n\nThree had 5 cats.\n";
	char			*path = db_path(), *cause = NULL, *said = NULL;
	int64_t			 art, c1, c2, p1 = 0, p2 = 0, j = 0, undone;
	size_t			 at = (size_t)(strstr(text, "Two") - text);
	size_t			 at4 = (size_t)(strstr(text, "5 cats") - text);
	size_t			 e1 = (size_t)(strstr(text, "  Two") - text);
	size_t			 e2 = (size_t)(strstr(text, "cats.") - text) + 5;
	int			 version = 0, neg, pos;

	if ((s = open_ok(path, 0)) == NULL || import(s, text, &res) != 0)
		goto out;
	art = res.article;
	c1 = claim_id(s, art, 1);
	c2 = claim_id(s, art, 2);
	T_INT(store_set_verdict(s, c1, VERDICT_DISPUTED, "see the minutes",
	    &ch, &version, &cause), 0);

	/* Split where the sentence ends: white space in neither part. */
	ch.version = version;
	T_INT(store_split_claim(s, c1, at, NULL, &ch, &p1, &p2, &cause), 0);
	if ((a = load(s, art)) == NULL)
		goto out;
	T_OK((c = find_id(a, c1)) != NULL && c->dismissed);
	c = find_id(a, p1);
	T_OK(c != NULL && c->start == 6 && c->end == e1 && c->number == 3 &&
	    c->manual && !c->dismissed);
	T_STR(c ? c->text : NULL, "One said 3 things.");
	/* The verdict went with the text, stale, as given. */
	T_INT(c ? (int)c->status : -1, VERDICT_DISPUTED);
	T_STR(c ? c->note : NULL, "see the minutes");
	T_STR(c ? c->stale_text : NULL, "One said 3 things. Two did 4 more.");
	c = find_id(a, p2);
	T_OK(c != NULL && c->start == at && c->number == 4 &&
	    c->status == VERDICT_DISPUTED && c->stale_text != NULL);
	T_STR(c ? c->text : NULL, "Two did 4 more.");
	st_article_free(a);
	a = NULL;
	/* One change in the history, each row saying why. */
	T_INT(q_int(s, "SELECT count(DISTINCT coalesce(change, id)) FROM "
	    "history WHERE origin LIKE 'split %'"), 1);
	T_INT(q_int(s, "SELECT count(*) FROM history WHERE origin = "
	    "'split into claims 3 and 4' AND field = 'dismissed'"), 1);
	T_INT(q_int(s, "SELECT count(*) FROM history WHERE origin = "
	    "'split from claim 1' AND new = 'manual'"), 2);
	/* A claim split is not one dropped: stats does not count it, and
	 * learn takes its parts as claims, not the whole as no claim. */
	T_INT(dropped(s, &neg, &pos), 0);
	T_INT(neg, 0);
	T_INT(pos, 2);
	/* Nor is it brought back over its parts: U takes a split back. */
	T_INT(store_set_dismissed(s, c1, 0, by("alice", NULL), NULL, &cause),
	    -1);
	T_STR(cause, "claim 1 was split or joined: claim 3 stands over its "
	    "text (U takes a split or a join back)");
	free(cause);
	cause = NULL;
	/* Made against a version gone: refused, nothing changed. */
	T_INT(store_split_claim(s, c1, at, NULL, &ch, &p1, &p2, &cause),
	    STORE_CONFLICT);
	free(cause);
	cause = NULL;

	/* U takes the whole split back. */
	ch.version = -1;
	T_INT(store_undo(s, art, &ch, 0, &undone, &said, &cause), 1);
	T_STR(said, "claim 1 is whole again (the split is undone)");
	T_INT(undone, c1);
	free(said);
	said = NULL;
	T_INT(q_int(s, "SELECT count(*) FROM claim WHERE dismissed = 0"), 2);
	T_INT(q_int(s, "SELECT dismissed FROM claim WHERE number = 1"), 0);
	/* Nor are the parts of a split undone. */
	T_INT(dropped(s, &neg, &pos), 0);
	T_INT(neg, 0);
	T_INT(pos, 1);
	/* The verdict is claim 1's as it was. */
	T_INT(q_int(s, "SELECT count(*) FROM verdict WHERE claim_id = "
	    "(SELECT id FROM claim WHERE number = 1) AND status = 'disputed'"
	    " AND stale_text IS NULL"), 1);

	/* A point at the claim's start, or past it, is no split. */
	T_INT(store_split_claim(s, c1, 6, NULL, &ch, &p1, &p2, &cause), -1);
	T_OK(cause != NULL && strstr(cause, "cannot be split") != NULL);
	free(cause);
	cause = NULL;

	/* Split again at the same point: the parts dropped keep the stale
	 * verdict they were given, so new parts are made, and claim 1's
	 * verdict as it is now goes to them. */
	T_INT(store_split_claim(s, c1, at, NULL, &ch, &j, &undone, &cause), 0);
	T_OK(j != p1 && undone != p2);
	T_INT(q_int(s, "SELECT count(*) FROM verdict v JOIN claim c ON "
	    "c.id = v.claim_id WHERE c.number IN (5, 6) AND c.dismissed = 0"
	    " AND v.status = 'disputed' AND v.stale_text IS NOT NULL"), 2);
	T_INT(store_undo(s, art, &ch, 0, &undone, &said, &cause), 1);
	free(said);
	said = NULL;

	/* Parts dropped with no verdict of their own are taken back (their
	 * numbers kept), given the verdict claim 2 has now. */
	T_INT(store_split_claim(s, c2, at4, NULL, &ch, &p1, &p2, &cause), 0);
	T_INT(store_undo(s, art, &ch, 0, &undone, &said, &cause), 1);
	free(said);
	said = NULL;
	set(s, c2, VERDICT_VERIFIED, NULL);
	T_INT(store_split_claim(s, c2, at4, NULL, &ch, &j, &undone, &cause), 0);
	T_OK(j == p1 && undone == p2);
	T_INT(q_int(s, "SELECT count(*) FROM verdict v JOIN claim c ON "
	    "c.id = v.claim_id WHERE c.number IN (7, 8) AND c.dismissed = 0"
	    " AND v.status = 'verified' AND v.stale_text = 'Three had 5 cats.'"),
	    2);
	T_INT(store_undo(s, art, &ch, 0, &undone, &said, &cause), 1);
	free(said);
	said = NULL;

	/* Join claim 1 with claim 2: both have a verdict, refused. */
	set(s, c2, VERDICT_VERIFIED, NULL);
	T_INT(store_join_claims(s, c1, e2, c2, -1, &ch, &j, &cause), -1);
	T_OK(cause != NULL && strstr(cause, "both have a verdict") != NULL);
	free(cause);
	cause = NULL;
	T_INT(store_undo(s, art, &ch, 0, &undone, &said, &cause), 1);
	free(said);
	said = NULL;
	/* Claim 2 in the way when the join does not name it: refused. */
	T_INT(store_join_claims(s, c1, e2, 0, -1, &ch, &j, &cause), -1);
	T_OK(cause != NULL && strstr(cause, "claim 2 is over") != NULL);
	free(cause);
	cause = NULL;
	/* Claim 2 seen at a version gone: refused. */
	T_INT(store_join_claims(s, c1, e2, c2, 0, &ch, &j, &cause),
	    STORE_CONFLICT);
	free(cause);
	cause = NULL;
	T_INT(store_join_claims(s, c1, e2, c2, -1, &ch, &j, &cause), 0);
	if ((a = load(s, art)) == NULL)
		goto out;
	c = find_id(a, j);
	T_OK(c != NULL && c->start == 6 && c->end == e2 && c->number == 9 &&
	    c->status == VERDICT_DISPUTED);
	T_STR(c ? c->text : NULL,
	    "One said 3 things. Two did 4 more. Three had 5 cats.");
	T_OK((c = find_id(a, c2)) != NULL && c->dismissed);
	st_article_free(a);
	a = NULL;
	/* The claims joined are not dropped either, */
	T_INT(dropped(s, &neg, &pos), 0);
	T_INT(neg, 0);
	/* nor once the claim they make is: that one claim is dropped,
	 * and learn takes neither claim joined as no claim. */
	T_INT(store_set_dismissed(s, j, 1, &ch, NULL, &cause), 0);
	T_INT(dropped(s, &neg, &pos), 1);
	T_INT(neg, 0);
	T_INT(store_undo(s, art, &ch, 0, &undone, &said, &cause), 1);
	T_STR(said, "claim 9 is back in the panel");
	free(said);
	said = NULL;
	T_INT(store_undo(s, art, &ch, 0, &undone, &said, &cause), 1);
	T_STR(said, "claims 1 and 2 are back (the join is undone)");
	T_INT(q_int(s, "SELECT count(*) FROM claim WHERE dismissed = 0"), 2);

	/* The history chain and the verdicts agree with the history. */
	if (store_check(s, &ck, &cause) == 0) {
		T_INT(ck.broken, 0);
		T_INT(ck.disagree, 0);
		st_check_clear(&ck);
	} else
		T_FAIL("store_check: %s", cause);
out:
	free(cause);
	free(said);
	st_article_free(a);
	store_close(s);
	free(path);
}

/* The parts of a split survive a new revision that leaves their sentence
 * as it was: each placed on its own words, its verdict kept, not stale;
 * the dropped claim they came from keeps the whole sentence. */
static void
test_split_reimport(void)
{
	struct import_result	 res;
	struct store		*s;
	struct st_article	*a = NULL;
	const struct st_claim	*c;
	struct st_change	 ch = { .reviewer = "alice", .version = -1,
				    .expect = -1 };
	const char		*one = "Head\n\nThe port moved 3 million tonnes "
				    "and hired 40 staff in 2024.\n";
	const char		*two = "Head\n\nA new line of 7 words comes "
				    "first here.\n\nThe port moved 3 million "
				    "tonnes and hired 40 staff in 2024.\n";
	char			*path = db_path(), *cause = NULL;
	int64_t			 art, p1 = 0, p2 = 0;
	size_t			 at = (size_t)(strstr(one, "hired") - one);
	size_t			 base = (size_t)(strstr(two, "The port") - two);
	size_t			 head = (size_t)(strstr(one, "The port") - one);

	if ((s = open_ok(path, 0)) == NULL || import(s, one, &res) != 0)
		goto out;
	art = res.article;
	T_INT(store_split_claim(s, claim_id(s, art, 1), at, NULL, &ch, &p1, &p2,
	    &cause), 0);
	set(s, p1, VERDICT_VERIFIED, NULL);
	set(s, p2, VERDICT_DISPUTED, "40 is wrong");
	if (import(s, two, &res) != 0)
		goto out;
	T_INT(res.orphans, 0);
	if ((a = load(s, art)) == NULL)
		goto out;
	c = find_text(a, "The port moved 3 million tonnes and");
	T_OK(c != NULL && !c->dismissed && c->status == VERDICT_VERIFIED &&
	    c->stale_text == NULL && c->start == base &&
	    c->end == base + (at - head) - 1);
	c = find_text(a, "hired 40 staff");
	T_OK(c != NULL && !c->dismissed && c->status == VERDICT_DISPUTED &&
	    c->stale_text == NULL && c->start == base + (at - head));
	T_STR(c != NULL ? c->note : NULL, "40 is wrong");
	/* The claim the split replaced goes no further: its parts carry
	 * what it carried. */
	c = find_text(a, "The port moved 3 million tonnes and hired");
	T_OK(c == NULL);
	T_INT(a->nclaims, 3);		/* the parts, the new line */
out:
	free(cause);
	st_article_free(a);
	store_close(s);
	free(path);
}

/* Imports BEFORE at PATH, splits its claim 1 before the words AT, marks
 * part PART (1 or 2) verified, imports AFTER there: that article, loaded,
 * its id in *ART; NULL on a failure (reported). */
static struct st_article *
split_reimport(struct store *s, const char *path, const char *before,
    const char *at, int part, const char *after, int64_t *art)
{
	struct import_result	 res;
	struct st_change	 ch = { .reviewer = "alice", .version = -1,
				    .expect = -1 };
	char			*cause = NULL;
	int64_t			 p[2] = { 0, 0 };

	if (import_as(s, path, before, &res) != 0)
		return NULL;
	*art = res.article;
	T_INT(store_split_claim(s, claim_id(s, *art, 1), (size_t)(strstr(before,
	    at) - before), NULL, &ch, &p[0], &p[1], &cause), 0);
	free(cause);
	set(s, p[part - 1], VERDICT_VERIFIED, NULL);
	if (import_as(s, path, after, &res) != 0)
		return NULL;
	return load(s, *art);
}

/* A part of a split sentence that what comes before it now denies
 * ("Officials said" becomes "Officials denied") is placed on its words,
 * its verdict stale; the rest edited otherwise, or another part denied
 * after it, leaves it current. */
static void
test_split_denied(void)
{
	struct import_result	 res;
	struct store		*s;
	struct st_article	*a = NULL;
	const struct st_claim	*c;
	struct st_change	 ch = { .reviewer = "alice", .version = -1,
				    .expect = -1 };
	const char		*one = "Head\n\nOfficials said the port moved 3 "
				    "million tonnes and hired 40 staff in "
				    "2024.\n";
	const char		*two = "Head\n\nOfficials said the port moved 4 "
				    "million tonnes and hired 40 staff in "
				    "2024.\n";
	const char		*three = "Head\n\nOfficials denied the port "
				    "moved 4 million tonnes and hired 40 staff "
				    "in 2024.\n";
	const char		*four = "Head\n\nOfficials said crime fell 10% "
				    "in March, and the mayor said arrests rose "
				    "5% in April.\n";
	const char		*five = "Head\n\nOfficials said crime fell 10% "
				    "in March, and the mayor denied arrests "
				    "rose 5% in April.\n";
	const char		*six = "Head\n\nOfficials denied crime fell 10% "
				    "in March, and the mayor said arrests rose "
				    "5% in April.\n";
	const struct st_part_source parts[2] = {
		{ "Officials", NULL, "unnamed" }, { "Officials", NULL, "unnamed" }
	};
	char			*path = db_path(), *cause = NULL;
	int64_t			 art, p1 = 0, p2 = 0;
	size_t			 at = (size_t)(strstr(one, "hired") - one);

	if ((s = open_ok(path, 0)) == NULL || import(s, one, &res) != 0)
		goto out;
	art = res.article;
	T_INT(store_split_claim(s, claim_id(s, art, 1), at, NULL, &ch, &p1, &p2,
	    &cause), 0);
	set(s, p2, VERDICT_DISPUTED, "40 is wrong");
	/* The other part edited: this one as it was. */
	if (import(s, two, &res) != 0 || (a = load(s, art)) == NULL)
		goto out;
	c = find_text(a, "hired 40 staff");
	T_OK(c != NULL && c->status == VERDICT_DISPUTED &&
	    c->stale_text == NULL);
	st_article_free(a);
	a = NULL;
	/* Now denied: the verdict asks to be looked at again. */
	if (import(s, three, &res) != 0 || (a = load(s, art)) == NULL)
		goto out;
	c = find_text(a, "hired 40 staff");
	T_OK(c != NULL && c->status == VERDICT_DISPUTED &&
	    c->stale_text != NULL);
	T_STR(c != NULL ? c->note : NULL, "40 is wrong");
	st_article_free(a);
	a = NULL;
	/* Another part's words denied after it: nothing of this one. */
	if ((a = split_reimport(s, "/articles/b.txt", four, "and the mayor",
	    1, five, &art)) == NULL)
		goto out;
	c = find_text(a, "Officials said crime fell");
	T_OK(c != NULL && c->status == VERDICT_VERIFIED &&
	    c->stale_text == NULL);
	/* A source a reviewer cleared stays cleared on the parts, whatever
	 * their words name. */
	p1 = c != NULL ? c->id : 0;
	T_INT(store_set_source(s, p1, "Harlow Police", NULL, &ch, NULL,
	    &cause), 0);
	T_INT(store_set_source(s, p1, NULL, NULL, &ch, NULL, &cause), 0);
	T_INT(store_split_claim(s, p1, (size_t)(strstr(five, "crime") -
	    five), parts, &ch, &p1, &p2, &cause), 0);
	st_article_free(a);
	if ((a = load(s, art)) == NULL)
		goto out;
	c = find_text(a, "crime fell");
	T_OK(c != NULL && c->source == NULL);
	/* A part that says who says it: another part's frame denied
	 * before it says nothing of it. */
	st_article_free(a);
	if ((a = split_reimport(s, "/articles/c.txt", four, "and the mayor",
	    2, six, &art)) == NULL)
		goto out;
	c = find_text(a, "and the mayor said");
	T_OK(c != NULL && c->status == VERDICT_VERIFIED &&
	    c->stale_text == NULL);
out:
	free(cause);
	st_article_free(a);
	store_close(s);
	free(path);
}

/* A split undone leaves nothing behind: the claim whole again is carried
 * over a figure edited in it (stale), never its parts in its place. A
 * split that stands carries its parts, the part edited stale on its own
 * span beside the other. */
static void
test_split_edit_reimport(void)
{
	const char		*one = "Head\n\nThe budget rose 12% in 2023, and "
				    "the deficit fell to $3 billion, the minister "
				    "said.\n\nUnemployment hit 5% in May, "
				    "officials said.\n";
	const char		*two = "Head\n\nThe budget rose 14% in 2023, and "
				    "the deficit fell to $3 billion, the minister "
				    "said.\n\nUnemployment hit 5% in May, "
				    "officials said.\n";
	struct import_result	 res;
	struct store		*s;
	struct st_article	*a = NULL;
	const struct st_claim	*c;
	char			*path = NULL, *cause = NULL, *said = NULL;
	int64_t			 id, p1 = 0, p2 = 0, undone;
	size_t			 at = (size_t)(strstr(one, "deficit") - one);
	size_t			 i;
	int			 undo;

	for (undo = 1; undo >= 0; undo--) {
		free(path);
		path = db_path();
		if ((s = open_ok(path, 0)) == NULL ||
		    import(s, one, &res) != 0)
			goto out;
		id = claim_id(s, res.article, 1);
		set(s, id, VERDICT_DISPUTED, NULL);
		T_INT(store_split_claim(s, id, at, NULL, by("ana", NULL), &p1, &p2,
		    &cause), 0);
		if (undo) {
			T_INT(store_undo(s, res.article, by("ana", NULL), 0,
			    &undone, &said, &cause), 1);
			free(said);
			said = NULL;
		}
		if (import(s, two, &res) != 0)
			goto out;
		T_INT(res.orphans, 0);
		/* The parts' verdicts are stale since the split. */
		T_INT(res.stale, undo ? 1 : 0);
		if ((a = load(s, res.article)) == NULL)
			goto out;
		for (i = 0; i < a->nclaims; i++)
			T_OK(!a->claims[i].dismissed);
		T_INT(a->nclaims, undo ? 2 : 3);
		c = find_text(a, undo ? "The budget rose 14% in 2023, and the "
		    "deficit" : "The budget rose 14% in 2023, and the");
		T_OK(c != NULL && c->status == VERDICT_DISPUTED &&
		    c->stale_text != NULL);
		T_INT(c != NULL ? c->number : 0, undo ? 1 : 3);
		if (!undo) {
			T_STR(c != NULL ? c->text : NULL,
			    "The budget rose 14% in 2023, and the");
			c = find_text(a, "deficit fell");
			T_OK(c != NULL && c->status == VERDICT_DISPUTED &&
			    c->number == 4);
			/* Given on the claim split, stale since the split. */
			T_STR(c != NULL ? c->stale_text : NULL, "The budget "
			    "rose 12% in 2023, and the deficit fell to $3 "
			    "billion, the minister said.");
		}
		st_article_free(a);
		a = NULL;
		store_close(s);
		s = NULL;
	}
out:
	free(cause);
	free(said);
	st_article_free(a);
	store_close(s);
	free(path);
}

/*
 * Imports ONE, marks its claim 1 verified, imports TWO over it: the
 * article as it is then, or NULL; the second import's result in *RES.
 */
static struct st_article *
span_reimport(const char *one, const char *two, struct import_result *res)
{
	struct store		*s;
	struct st_article	*a = NULL;
	char			*path = db_path();

	if ((s = open_ok(path, 0)) != NULL && import(s, one, res) == 0) {
		set(s, claim_id(s, res->article, 1), VERDICT_VERIFIED, NULL);
		if (import(s, two, res) == 0)
			a = load(s, res->article);
	}
	store_close(s);
	free(path);
	return a;
}

/* How many claims of A are not dropped. */
static size_t
live_claims(const struct st_article *a)
{
	size_t	i, n = 0;

	for (i = 0; i < a->nclaims; i++)
		n += !a->claims[i].dismissed;
	return n;
}

/* A claim over what a later import reads as two sentences (an earlier
 * segmentation kept them whole) keeps them: neither becomes a claim of its
 * own beside it, on both engines. */
static void
test_span_reimport(void)
{
	struct import_result	 res;
	struct st_article	*a;
	const struct st_claim	*c;
	size_t			 i;

	a = span_reimport("Head\n\nThe port moved 3 million tonnes in 2024. "
	    "It hired 40 staff in 2023.\n", "Head\n\nA new line of 7 words "
	    "comes first here.\n\nThe port moved 3 million tonnes in 2024."
	    "\n\nIt hired 40 staff in 2023.\n\nThe port is 9 km long.\n",
	    &res);
	if (a == NULL)
		return;
	T_INT(res.orphans, 0);
	c = find_text(a, "The port moved 3 million tonnes in 2024. It hired");
	T_OK(c != NULL && !c->dismissed && c->status == VERDICT_VERIFIED &&
	    c->stale_text == NULL);
	for (i = 0; i < a->nclaims; i++)
		T_OK(a->claims[i].dismissed || strcmp(a->claims[i].text,
		    "It hired 40 staff in 2023.") != 0);
	/* The new first line, the claim kept, the new last sentence. */
	T_INT(live_claims(a), 3);
	st_article_free(a);
}

/* Such a claim edited: its verdict stays on the sentences it now spans,
 * stale, with the new text; without a verdict it keeps its number. */
static void
test_span_edit_reimport(void)
{
	struct import_result	 res;
	struct st_article	*a;
	const struct st_claim	*c;

	a = span_reimport("Head\n\nThe port moved 3 million tonnes in 2024. "
	    "It hired 40 staff in 2023.\n\nShips waited 9 days in May. Crews "
	    "left on 6 June.\n", "Head\n\nThe port moved 5 million tonnes in "
	    "2024.\n\nIt hired 40 staff in 2023.\n\nShips waited 9 days in "
	    "May.\n\nCrews left on 6 June.\n", &res);
	if (a == NULL)
		return;
	T_INT(res.orphans, 0);
	T_INT(res.stale, 1);
	c = find_text(a, "The port moved 5 million tonnes in 2024. It hired");
	T_OK(c != NULL && !c->dismissed && c->number == 1 &&
	    c->status == VERDICT_VERIFIED && c->stale_text != NULL &&
	    strncmp(c->stale_text, "The port moved 3 million", 24) == 0);
	c = find_text(a, "Ships waited 9 days in May. Crews left");
	T_OK(c != NULL && !c->dismissed && c->number == 2);
	T_INT(live_claims(a), 2);
	st_article_free(a);
}

static const char rev1[] =
    "Budget report\n\n"
    "The city spent 4 million on roads in 2023.\n\n"
    "Officials said 12 bridges were repaired.\n\n"
    "The mayor promised 300 new buses by 2026.\n\n"
    "Critics noted that 40 percent of roads remain poor.\n\n"
    "Turnout was 55 percent, the highest since 1990.\n\n"
    "Nothing to see.\n";

/* Inserted, edited, deleted and moved sentences. */
static const char rev2[] =
    "Budget report\n\n"
    "A new sentence with 7 things in it.\n\n"
    "The city spent 4 million on roads in 2023.\n\n"
    "Officials said 14 bridges were repaired last year.\n\n"
    "Turnout was 55 percent, the highest since 1990.\n\n"
    "Critics noted that 40 percent of roads remain poor.\n\n"
    "Nothing to see.\n";

/* A source set by hand: saved with its history, kept by a later revision
 * over what the attribution pass finds there, undone like any change, and
 * refused on a stale version. */
static void
test_source(void)
{
	struct import_result	 res;
	struct store		*s;
	struct st_article	*a = NULL;
	const struct st_claim	*c;
	struct st_change	 ch = { .reviewer = "alice", .version = -1,
				    .expect = -1 };
	struct st_check		 ck;
	char			*path = db_path(), *cause = NULL, *said = NULL;
	int64_t			 art, id, undone;
	int			 version = 0;

	/* What a source typed by hand cannot be. */
	T_OK(st_source_problem("Jane Roe (MP (Lab))") == NULL);
	T_OK(st_source_problem("Acme (UK) Ltd") == NULL);
	T_OK(st_source_problem("") == NULL);
	T_OK(st_source_problem("Jane Roe (MP") != NULL);
	T_OK(st_source_problem("Jane Roe MP)") != NULL);
	T_OK(st_source_problem("Jane ) Roe (") != NULL);
	T_OK(st_source_problem(" (MP)") != NULL);

	if ((s = open_ok(path, 0)) == NULL || import(s, rev1, &res) != 0)
		goto out;
	art = res.article;
	id = claim_id(s, art, 2);		/* "Officials said 12 ..." */
	T_INT(store_set_source(s, id, "Ministry of Transport", NULL, &ch,
	    &version, &cause), 0);
	T_INT(version, 1);
	T_INT(q_int(s, "SELECT count(*) FROM history WHERE field = 'source'"
	    " AND old IS NULL AND new = 'Ministry of Transport'"), 1);
	T_INT(q_int(s, "SELECT source_edited FROM claim WHERE source ="
	    " 'Ministry of Transport'"), 1);
	/* The same again changes nothing; blank is no source. */
	T_INT(store_set_source(s, id, "Ministry of Transport", NULL, &ch,
	    &version, &cause), 0);
	T_INT(version, 1);
	/* A change against a version gone is refused. */
	ch.version = 0;
	T_INT(store_set_source(s, id, "Someone else", NULL, &ch, NULL, &cause),
	    STORE_CONFLICT);
	free(cause);
	cause = NULL;
	ch.version = -1;

	/* The edited sentence of rev2 keeps the source set by hand. */
	if (import(s, rev2, &res) != 0)
		goto out;
	if ((a = load(s, art)) == NULL)
		goto out;
	c = find_text(a, "Officials said 14");
	T_STR(c ? c->source : NULL, "Ministry of Transport");
	T_OK(c != NULL && c->source_edited && c->source_role == NULL);
	/* Set blank on the new claim, then undone: the name is back. */
	if (c != NULL) {
		T_INT(store_set_source(s, c->id, "  ", NULL, &ch, NULL, &cause), 0);
		T_INT(q_int(s, "SELECT count(*) FROM claim WHERE source ="
		    " 'Ministry of Transport' AND revision_id ="
		    " (SELECT max(id) FROM revision)"), 0);
		T_INT(store_undo(s, art, &ch, 0, &undone, &said, &cause), 1);
		T_STR(said, "claim 2 has its old source again");
		T_INT(q_int(s, "SELECT count(*) FROM claim WHERE source ="
		    " 'Ministry of Transport' AND revision_id ="
		    " (SELECT max(id) FROM revision)"), 1);

		/* "Name (role)" as typed: the role apart, not in the name
		 * a report publishes; undone, both come back. */
		T_INT(store_set_source(s, c->id, "Bellingcat (open-source "
		    "investigators)", NULL, &ch, NULL, &cause), 0);
		T_INT(q_int(s, "SELECT count(*) FROM claim WHERE source ="
		    " 'Bellingcat' AND source_role = 'open-source "
		    "investigators'"), 1);
		T_INT(store_set_source(s, c->id, "Vicky Redwood (chief "
		    "economist)", NULL, &ch, NULL, &cause), 0);
		T_INT(q_int(s, "SELECT count(*) FROM history WHERE field ="
		    " 'source' AND old = 'Bellingcat (open-source "
		    "investigators)' AND new = 'Vicky Redwood (chief "
		    "economist)'"), 1);
		free(said);
		said = NULL;
		T_INT(store_undo(s, art, &ch, 0, &undone, &said, &cause), 1);
		T_INT(q_int(s, "SELECT count(*) FROM claim WHERE source ="
		    " 'Bellingcat' AND source_role = 'open-source "
		    "investigators'"), 1);
		/* The name alone: no role. An acronym in brackets is a
		 * part of the name. */
		T_INT(store_set_source(s, c->id, "Bellingcat", NULL, &ch, NULL,
		    &cause), 0);
		T_INT(q_int(s, "SELECT count(*) FROM claim WHERE source ="
		    " 'Bellingcat' AND source_role IS NULL"), 1);
		T_INT(store_set_source(s, c->id, "Organisation for Economic "
		    "Co-operation and Development (OECD)", NULL, &ch, NULL, &cause),
		    0);
		T_INT(q_int(s, "SELECT count(*) FROM claim WHERE source LIKE"
		    " '%(OECD)' AND source_role IS NULL"), 1);
		/* Capitals that are not the name's initials are a role. */
		T_INT(store_set_source(s, c->id, "Jane Roe (MP)", NULL, &ch, NULL,
		    &cause), 0);
		T_INT(q_int(s, "SELECT count(*) FROM claim WHERE source ="
		    " 'Jane Roe' AND source_role = 'MP'"), 1);
		/* A role with brackets of its own. */
		T_INT(store_set_source(s, c->id, "Jane Roe (MP (Lab))", NULL, &ch,
		    NULL, &cause), 0);
		T_INT(q_int(s, "SELECT count(*) FROM claim WHERE source ="
		    " 'Jane Roe' AND source_role = 'MP (Lab)'"), 1);
		/* A new name takes the kind given; the same name in
		 * another case keeps its own. */
		T_INT(store_set_source(s, c->id, "officials", "unnamed", &ch,
		    NULL, &cause), 0);
		T_INT(q_int(s, "SELECT count(*) FROM claim WHERE source ="
		    " 'officials' AND source_kind = 'unnamed'"), 1);
		T_INT(store_set_source(s, c->id, "Officials", "person", &ch,
		    NULL, &cause), 0);
		T_INT(q_int(s, "SELECT count(*) FROM claim WHERE source ="
		    " 'Officials' AND source_kind = 'unnamed'"), 1);
		/* Blanks around the name and the role are not kept. */
		T_INT(store_set_source(s, c->id, "  Jane Roe  ( MP )  ", NULL, &ch,
		    NULL, &cause), 0);
		T_INT(q_int(s, "SELECT count(*) FROM claim WHERE source ="
		    " 'Jane Roe' AND source_role = 'MP'"), 1);

		/* Undo gives back the source exactly, role and kind, even
		 * where "Name (role)" reads the other way: Mary Poppins the
		 * MP, as the attribution pass found her. */
		T_INT(db_exec(store_db(s), "UPDATE claim SET source ="
		    " 'Mary Poppins', source_role = 'MP', source_kind ="
		    " 'person', source_edited = 0 WHERE source = 'Jane Roe'"),
		    0);
		T_INT(store_set_source(s, c->id, "Someone else", NULL, &ch, NULL,
		    &cause), 0);
		free(said);
		said = NULL;
		T_INT(store_undo(s, art, &ch, 0, &undone, &said, &cause), 1);
		T_INT(q_int(s, "SELECT count(*) FROM claim WHERE source ="
		    " 'Mary Poppins' AND source_role = 'MP' AND source_kind ="
		    " 'person'"), 1);
		/* As the attribution pass found it, not set by hand: later
		 * revisions take what the pass finds then. */
		T_INT(q_int(s, "SELECT source_edited FROM claim WHERE source ="
		    " 'Mary Poppins'"), 0);
		/* The undo's own row keeps what it replaced, and the chain
		 * holds with the new columns in it. */
		T_INT(q_int(s, "SELECT count(*) FROM history WHERE field ="
		    " 'source' AND old = 'Someone else' AND old_name ="
		    " 'Someone else' AND old_kind IS NULL"), 1);
		T_INT(q_int(s, "SELECT count(*) FROM history WHERE field ="
		    " 'source' AND old = 'Mary Poppins (MP)' AND old_name ="
		    " 'Mary Poppins' AND old_kind = 'person'"), 1);
		if (store_check(s, &ck, &cause) == 0) {
			T_INT(ck.broken, 0);
			T_INT(ck.disagree, 0);
			st_check_clear(&ck);
		} else
			T_FAIL("store_check: %s", cause);
	}
out:
	free(said);
	st_article_free(a);
	store_close(s);
	free(path);
}

/* The deleted sentence is back. */
static const char rev3[] =
    "Budget report\n\n"
    "The city spent 4 million on roads in 2023.\n\n"
    "Officials said 14 bridges were repaired last year.\n\n"
    "The mayor promised 300 new buses by 2026.\n\n"
    "Turnout was 55 percent, the highest since 1990.\n\n"
    "Critics noted that 40 percent of roads remain poor.\n\n"
    "Nothing to see.\n";

static void
test_reanchor(void)
{
	struct import_result	 res;
	struct store		*s;
	struct st_article	*a = NULL;
	const struct st_claim	*c;
	char			*path = db_path(), *cause = NULL;
	int64_t			 art, manual, old4;

	if ((s = open_ok(path, 0)) == NULL || import(s, rev1, &res) != 0)
		goto out;
	art = res.article;
	T_INT(res.claims, 5);
	set(s, claim_id(s, art, 1), VERDICT_VERIFIED, NULL);
	set(s, claim_id(s, art, 2), VERDICT_DISPUTED, "only 9");
	set(s, claim_id(s, art, 3), VERDICT_UNSOURCED, NULL);
	set(s, claim_id(s, art, 5), -1, "a note only");
	old4 = claim_id(s, art, 4);
	/* "Nothing to see." made a claim by hand. */
	T_INT(store_add_claim(s, art, sizeof rev1 - 17, sizeof rev1 - 2, NULL,
	    NULL, by("alice", NULL), &manual, &cause), 0);
	free(cause);

	if (import(s, rev2, &res) != 0)
		goto out;
	T_INT(res.state, IMPORT_REVISED);
	T_INT(res.revision, 2);
	T_INT(res.moved, 2);		/* 1, 2 by context */
	T_INT(res.kept, 2);		/* 5's note, the claim made by hand */
	T_INT(res.orphans, 1);		/* the mayor */
	T_INT(res.claims, 6);
	if ((a = load(s, art)) == NULL)
		goto out;
	T_INT(a->revision, 2);
	c = find_text(a, "The city");
	T_OK(c != NULL && c->status == VERDICT_VERIFIED && c->carried == 1);
	c = find_text(a, "Officials said 14");
	T_OK(c != NULL && c->status == VERDICT_DISPUTED && c->carried == 2);
	T_STR(c ? c->note : NULL, "only 9");
	T_STR(c ? c->reviewer : NULL, WHO("alice"));
	c = find_text(a, "Turnout");
	T_OK(c != NULL && c->status == VERDICT_NONE && c->carried == 1);
	T_STR(c ? c->note : NULL, "a note only");
	c = find_text(a, "A new sentence");
	T_OK(c != NULL && c->status == VERDICT_NONE && c->carried == 0);
	c = find_text(a, "Critics");
	T_OK(c != NULL && c->carried == 1 && c->status == VERDICT_NONE);
	c = find_text(a, "Nothing");
	T_OK(c != NULL && c->manual && c->carried == 1);
	T_INT(a->norphans, 1);
	if (a->norphans == 1) {
		T_OK(strncmp(a->orphans[0].text, "The mayor", 9) == 0);
		T_INT(a->orphans[0].status, VERDICT_UNSOURCED);
		T_INT(a->orphans[0].revision, 1);
		T_INT(a->orphans[0].number, 3);
		T_INT(a->orphans[0].orphan, 1);
	}
	st_article_free(a);
	a = NULL;
	T_INT(q_int(s, "SELECT count(*) FROM history WHERE field = 'claim' "
	    "AND new = 'orphan'"), 1);

	/* A change made on a stale screen follows its claim forward. */
	set(s, old4, VERDICT_DISPUTED, NULL);
	if ((a = load(s, art)) == NULL)
		goto out;
	c = find_text(a, "Critics");
	T_OK(c != NULL && c->status == VERDICT_DISPUTED);
	T_INT(q_int(s, "SELECT count(*) FROM verdict WHERE status = "
	    "'disputed' AND claim_id = (SELECT min(id) FROM claim "
	    "WHERE text LIKE 'Critics%')"), 0);
	st_article_free(a);
	a = NULL;

	/* The orphan finds its place again. */
	if (import(s, rev3, &res) != 0)
		goto out;
	T_INT(res.revision, 3);
	T_INT(res.orphans, 0);
	if ((a = load(s, art)) == NULL)
		goto out;
	T_INT(a->norphans, 0);
	c = find_text(a, "The mayor");
	T_OK(c != NULL && c->status == VERDICT_UNSOURCED);
	c = find_text(a, "Critics");
	T_OK(c != NULL && c->status == VERDICT_DISPUTED);
	c = find_text(a, "Officials");
	T_OK(c != NULL && c->status == VERDICT_DISPUTED && c->carried == 1);
	T_INT(q_int(s, "SELECT count(*) FROM history WHERE field = 'claim' "
	    "AND new = 'placed'"), 1);
	/* The history names it by its number, never by a row id. */
	T_INT(q_int(s, "SELECT count(*) FROM history WHERE new = 'placed' "
	    "AND origin = 're-anchored to claim 3 of revision 3'"), 1);
	/* Nothing was ever deleted: every verdict row of revision 1 is
	 * still there. */
	T_INT(q_int(s, "SELECT count(*) FROM verdict v JOIN claim c ON "
	    "c.id = v.claim_id JOIN revision r ON r.id = c.revision_id "
	    "WHERE r.number = 1"), 4);
out:
	st_article_free(a);
	store_close(s);
	free(path);
}

/* A claim whose text was not carried and is gone: the change is kept on
 * it, as an orphan. */
static void
test_stale_orphan(void)
{
	struct import_result	 res;
	struct store		*s;
	struct st_article	*a = NULL;
	char			*path = db_path();
	int64_t			 old;

	if ((s = open_ok(path, 0)) == NULL || import(s, rev1, &res) != 0)
		goto out;
	old = claim_id(s, res.article, 3);	/* the mayor, unreviewed */
	if (import(s, rev2, &res) != 0)
		goto out;
	T_INT(res.orphans, 0);
	set(s, old, VERDICT_VERIFIED, NULL);
	if ((a = load(s, res.article)) == NULL)
		goto out;
	T_INT(a->norphans, 1);
	if (a->norphans == 1)
		T_INT(a->orphans[0].status, VERDICT_VERIFIED);
out:
	st_article_free(a);
	store_close(s);
	free(path);
}

/* A claim that was a whole sentence, after a closing quote, found inside
 * a longer one: an edit of it, its verdict stale; not a part of a split
 * sentence found again. */
static void
test_whole_in_longer(void)
{
	static const char	 r1[] = "Vote\n\nHe wrote: \xe2\x80\x98Taxes "
				    "will fall.\xe2\x80\x99 Smith won 52% of the "
				    "vote.\n";
	static const char	 r2[] = "Vote\n\nHe wrote: \xe2\x80\x98Taxes "
				    "will fall.\xe2\x80\x99 It is untrue that "
				    "Smith won 52% of the vote.\n";
	struct import_result	 res;
	struct st_article	*a = NULL;
	const struct st_claim	*c;
	struct store		*s;
	char			*path = db_path(), *cause = NULL;
	int64_t			 id = 0;
	size_t			 at = (size_t)(strstr(r1, "Smith") - r1);

	/* The sentence as the segmenter has it (this test's documents are
	 * a paragraph a sentence): a claim over it. */
	if ((s = open_ok(path, 0)) == NULL || import(s, r1, &res) != 0)
		goto out;
	T_INT(store_add_claim(s, res.article, at, strlen(r1) - 1, NULL, NULL,
	    by("ana", NULL), &id, &cause), 0);
	free(cause);
	set(s, id, VERDICT_VERIFIED, NULL);
	if (import(s, r2, &res) != 0 || (a = load(s, res.article)) == NULL)
		goto out;
	T_INT(res.orphans, 0);
	c = find_text(a, "He wrote");
	T_OK(c != NULL && c->status == VERDICT_VERIFIED &&
	    c->stale_text != NULL);
	T_OK(find_text(a, "Smith won") == NULL);
out:
	st_article_free(a);
	store_close(s);
	free(path);
}

/* A sentence the text repeated, one copy split and one whole, found once
 * in the next revision: never two claims over the same words. */
static void
test_repeat_no_overlap(void)
{
	static const char	 r1[] = "Head\n\nThe port moved 3 million "
				    "tonnes; it has 40 cranes.\n\nThe port moved 3 "
				    "million tonnes; it has 40 cranes.\n";
	static const char	 r2[] = "Head\n\nThe port moved 3 million "
				    "tonnes; it has 40 cranes.\n\nShips wait 9 "
				    "days.\n";
	struct import_result	 res;
	struct st_article	*a = NULL;
	struct store		*s;
	char			*path = db_path(), *cause = NULL;
	int64_t			 p1 = 0, p2 = 0;
	size_t			 i, j;

	if ((s = open_ok(path, 0)) == NULL || import(s, r1, &res) != 0)
		goto out;
	T_INT(store_split_claim(s, claim_at(s, res.article, 1),
	    (size_t)(strstr(r1, "it has") - r1), NULL, by("ana", NULL), &p1, &p2,
	    &cause), 0);
	set(s, p1, VERDICT_VERIFIED, NULL);
	set(s, p2, VERDICT_DISPUTED, NULL);
	set(s, claim_at(s, res.article, 3), VERDICT_UNSOURCED, NULL);
	if (import(s, r2, &res) != 0 || (a = load(s, res.article)) == NULL)
		goto out;
	for (i = 0; i < a->nclaims; i++) {
		for (j = i + 1; j < a->nclaims; j++) {
			if (a->claims[i].dismissed || a->claims[j].dismissed)
				continue;
			T_OK(a->claims[i].end <= a->claims[j].start ||
			    a->claims[j].end <= a->claims[i].start);
		}
	}
out:
	free(cause);
	st_article_free(a);
	store_close(s);
	free(path);
}

/* A claim dropped whose sentence is gone is no orphaned verdict: not
 * counted by the import, list or stats; when the sentence comes back, it
 * is dropped again. */
static void
test_dropped_orphan(void)
{
	static const char	 r1[] = "Port\n\nThe port moved 3 million "
				    "tonnes.\n\nIt has 40 cranes.\n";
	static const char	 r2[] = "Port\n\nIt has 40 cranes.\n";
	struct import_result	 res;
	struct st_article	*a = NULL;
	struct st_stats		 st;
	struct store		*s;
	char			*path = db_path(), *cause = NULL;

	if ((s = open_ok(path, 0)) == NULL || import(s, r1, &res) != 0)
		goto out;
	T_INT(store_set_dismissed(s, claim_at(s, res.article, 1), 1,
	    by("ana", NULL), NULL, &cause), 0);
	if (import(s, r2, &res) != 0)
		goto out;
	T_INT(res.orphans, 0);
	T_INT(q_int(s, "SELECT count(*) FROM claim WHERE orphan = 1"), 1);
	if ((a = load(s, res.article)) == NULL)
		goto out;
	T_INT(a->norphans, 0);
	st_article_free(a);
	a = NULL;
	memset(&st, 0, sizeof st);
	T_INT(store_stats(s, &st, NULL, NULL, &cause), 0);
	T_INT(st.orphans, 0);
	if (import(s, r1, &res) != 0)
		goto out;
	if ((a = load(s, res.article)) == NULL)
		goto out;
	T_OK(a->nclaims > 0 && a->claims[0].dismissed);
out:
	free(cause);
	st_article_free(a);
	store_close(s);
	free(path);
}

/* A claim whose quotes were straightened keeps its verdict, not stale,
 * and its history says what changed. */
static void
test_typography_carried(void)
{
	static const char	 r1[] = "Port\n\n\xe2\x80\x9cWe moved 3 million "
				    "tonnes,\xe2\x80\x9d the harbour master "
				    "said.\n\nIt has 40 cranes.\n";
	static const char	 r2[] = "Port\n\n\"We moved 3 million "
				    "tonnes,\" the harbour master "
				    "said.\n\nIt has 41 cranes.\n";
	struct import_result	 res;
	struct st_article	*a = NULL;
	struct store		*s;
	char			*path = db_path();

	if ((s = open_ok(path, 0)) == NULL || import(s, r1, &res) != 0)
		goto out;
	set(s, claim_at(s, res.article, 1), VERDICT_VERIFIED, NULL);
	set(s, claim_at(s, res.article, 2), VERDICT_VERIFIED, NULL);
	if (import(s, r2, &res) != 0)
		goto out;
	T_INT(res.stale, 1);		/* the cranes */
	if ((a = load(s, res.article)) == NULL)
		goto out;
	T_OK(a->nclaims > 0 && a->claims[0].status == VERDICT_VERIFIED &&
	    a->claims[0].stale_text == NULL);
	T_INT(q_int(s, "SELECT count(*) FROM history WHERE origin = "
	    "'re-anchored from revision 1 (same words, typography "
	    "changed)'"), 1);
out:
	st_article_free(a);
	store_close(s);
	free(path);
}

/* An orphan adopted back onto the claim that reworded it has its place:
 * it is no orphan then, nor at the next import; undoing the adoption
 * makes it one again. */
static void
test_adopt_orphan(void)
{
	static const char	 r1[] = "Port\n\nThe port moved 3 million "
				    "tonnes of cargo last year, the harbour "
				    "master said.\n\nIt has 40 cranes.\n";
	static const char	 r2[] = "Port\n\nAccording to the harbour "
				    "master, freight through the docks reached "
				    "three million tonnes in 2025.\n\nIt has 40 "
				    "cranes.\n";
	static const char	 r3[] = "Port\n\nAccording to the harbour "
				    "master, freight through the docks reached "
				    "three million tonnes in 2025.\n\nIt has 41 "
				    "cranes.\n";
	struct import_result	 res;
	struct st_article	*a = NULL;
	struct store		*s;
	char			*path = db_path(), *cause = NULL, *said = NULL;
	int64_t			 orphan, id, undone;

	if ((s = open_ok(path, 0)) == NULL || import(s, r1, &res) != 0)
		goto out;
	orphan = claim_id(s, res.article, 1);
	set(s, orphan, VERDICT_DISPUTED, "2.6 million");
	if (import(s, r2, &res) != 0)
		goto out;
	T_INT(res.orphans, 1);
	id = claim_at(s, res.article, 1);
	T_OK(id != orphan);
	T_INT(store_adopt(s, id, orphan, by("ana", NULL), NULL, &cause), 0);
	if ((a = load(s, res.article)) == NULL)
		goto out;
	T_INT(a->norphans, 0);
	T_OK(a->nclaims > 0 && a->claims[0].status == VERDICT_DISPUTED);
	st_article_free(a);
	a = NULL;
	T_INT(q_int(s, "SELECT count(*) FROM history WHERE new = 'placed' "
	    "AND origin = 'adopted into claim 3 of revision 2'"), 1);

	/* Undone: the verdict leaves the claim, the orphan is one again. */
	T_INT(store_undo(s, res.article, by("ana", NULL), 1, &undone, &said,
	    &cause), 1);
	if ((a = load(s, res.article)) == NULL)
		goto out;
	T_INT(a->norphans, 1);
	T_OK(a->nclaims > 0 && a->claims[0].status == VERDICT_NONE);
	st_article_free(a);
	a = NULL;

	/* Adopted again, the verdict goes on with its claim. */
	T_INT(store_adopt(s, id, orphan, by("ana", NULL), NULL, &cause), 0);
	if (import(s, r3, &res) != 0)
		goto out;
	T_INT(res.orphans, 0);
	if ((a = load(s, res.article)) == NULL)
		goto out;
	T_INT(a->norphans, 0);
	T_OK(a->nclaims > 0 && a->claims[0].status == VERDICT_DISPUTED);
	T_STR(a->nclaims > 0 ? a->claims[0].note : NULL, "2.6 million");
out:
	free(cause);
	free(said);
	st_article_free(a);
	store_close(s);
	free(path);
}

/* A stale verdict confirmed, then the confirmation undone, is stale
 * again on the text it was given on, also when it went stale two imports
 * back (its "stale" row is on an earlier revision's claim). */
static void
test_undo_confirm(void)
{
	static const char	 r1[] = "Port\n\nThe port moved 3 million "
				    "tonnes.\n\nIt has 40 cranes.\n";
	static const char	 r2[] = "Port\n\nThe port moved 4 million "
				    "tonnes.\n\nIt has 40 cranes.\n";
	static const char	 r3[] = "Port\n\nThe port moved 4 million "
				    "tonnes.\n\nIt has 41 cranes.\n";
	struct import_result	 res;
	struct st_article	*a = NULL;
	struct store		*s;
	char			*path = db_path(), *cause = NULL, *said = NULL;
	int64_t			 id, undone;
	int			 n, k;

	if ((s = open_ok(path, 0)) == NULL || import(s, r1, &res) != 0)
		goto out;
	T_INT(store_set_verdict(s, claim_id(s, res.article, 1),
	    VERDICT_DISPUTED, NULL, by("ana", NULL), NULL, &cause), 0);
	for (n = 2; n <= 3; n++) {
		if (import(s, n == 2 ? r2 : r3, &res) != 0)
			goto out;
		id = claim_id(s, res.article, 1);
		/* Confirmed on this revision, then undone: stale again; and
		 * once more (the row the first undo wrote holds no text). */
		for (k = 0; k < 2; k++) {
			T_INT(store_set_verdict(s, id, VERDICT_DISPUTED,
			    NULL, by("ana", NULL), NULL, &cause), 0);
			T_INT(q_int(s, "SELECT count(*) FROM verdict v JOIN "
			    "claim c ON c.id = v.claim_id JOIN "
			    "current_revision r ON r.id = c.revision_id "
			    "WHERE v.stale_text IS NOT NULL"), 0);
			T_INT(store_undo(s, res.article, by("ana", NULL), 0,
			    &undone, &said, &cause), 1);
			free(said);
			said = NULL;
			if ((a = load(s, res.article)) == NULL)
				goto out;
			T_OK(a->nclaims > 0 && a->claims[0].status ==
			    VERDICT_DISPUTED);
			T_STR(a->nclaims > 0 ? a->claims[0].stale_text : NULL,
			    "The port moved 3 million tonnes.");
			st_article_free(a);
			a = NULL;
		}
	}
out:
	free(cause);
	free(said);
	st_article_free(a);
	store_close(s);
	free(path);
}

/* Undone, a confirmation or a change of verdict gives the verdict back
 * to whoever gave it, as of when they did: not to the reviewer who
 * confirmed it or undid, nor at the time of the undo. */
static void
test_undo_giver(void)
{
	static const char	 r2[] = "Port\n\nThe port moved 4 million "
				    "tonnes.\n\nIt has 40 cranes.\n";
	static const char	 r1[] = "Port\n\nThe port moved 3 million "
				    "tonnes.\n\nIt has 40 cranes.\n";
	struct import_result	 res;
	struct store		*s;
	char			*path = db_path(), *cause = NULL, *said = NULL;
	char			*sql;
	int64_t			 id, undone;
	int			 k;

	setenv("SOURCE_DATE_EPOCH", "1577934245", 1);
	if ((s = open_ok(path, 0)) == NULL || import(s, r1, &res) != 0)
		goto out;
	T_INT(store_set_verdict(s, claim_id(s, res.article, 2),
	    VERDICT_VERIFIED, NULL, by("ana", NULL), NULL, &cause), 0);
	T_INT(store_set_verdict(s, claim_id(s, res.article, 1),
	    VERDICT_VERIFIED, NULL, by("ana", NULL), NULL, &cause), 0);
	setenv("SOURCE_DATE_EPOCH", "1764158400", 1);
	if (import(s, r2, &res) != 0)
		goto out;
	/* Bob confirms the stale verdict, then undoes; then he changes the
	 * other verdict, and undoes. */
	for (k = 1; k <= 2; k++) {
		id = claim_id(s, res.article, k);
		T_INT(store_set_verdict(s, id, k == 1 ? VERDICT_VERIFIED :
		    VERDICT_DISPUTED, NULL, by("bob", NULL), NULL, &cause), 0);
		/* On PostgreSQL a reviewer is the server's role: one here. */
		if (pg_admin == NULL)
			T_INT(q_int(s, "SELECT count(*) FROM verdict WHERE "
			    "reviewer = 'bob'"), 1);
		T_INT(store_undo(s, res.article, by("bob", NULL), 0, &undone,
		    &said, &cause), 1);
		free(said);
		said = NULL;
		T_INT(q_int(s, "SELECT count(*) FROM verdict WHERE "
		    "reviewer = 'bob'"), 0);
	}
	sql = xasprintf("SELECT count(*) FROM verdict v JOIN claim c ON "
	    "c.id = v.claim_id JOIN current_revision r ON r.id = "
	    "c.revision_id WHERE v.reviewer = '%s' AND v.status = "
	    "'verified' AND v.updated_at = '2020-01-02T03:04:05Z'",
	    WHO("ana"));
	T_INT(q_int(s, sql), 2);
	free(sql);
	T_INT(q_int(s, "SELECT count(*) FROM verdict v JOIN claim c ON "
	    "c.id = v.claim_id JOIN current_revision r ON r.id = "
	    "c.revision_id WHERE v.stale_text IS NOT NULL"), 1);
	/* A note undone says whether there was one before. */
	id = claim_id(s, res.article, 2);
	T_INT(store_set_verdict(s, id, -1, "first", by("bob", NULL), NULL,
	    &cause), 0);
	T_INT(store_set_verdict(s, id, -1, "second", by("bob", NULL), NULL,
	    &cause), 0);
	T_INT(store_undo(s, res.article, by("bob", NULL), 1, &undone, &said,
	    &cause), 1);
	T_STR(said, "claim 2 has its old note again");
	free(said);
	T_INT(store_undo(s, res.article, by("bob", NULL), 1, &undone, &said,
	    &cause), 1);
	T_STR(said, "claim 2 has no note again");
	free(said);
	said = NULL;
out:
	setenv("SOURCE_DATE_EPOCH", "1764158400", 1);
	free(cause);
	free(said);
	store_close(s);
	free(path);
}

/* A verdict a split carried to its parts stays whoever gave it on the
 * claim split: a confirmation on a part undone gives it back to them, as
 * of when they gave it, not to the reviewer undoing. */
static void
test_undo_giver_split(void)
{
	static const char	 r1[] = "Port\n\nThe port moved 3 million "
				    "tonnes; it has 40 cranes.\n";
	static const char	 r2[] = "Port\n\nThe port moved 3 million "
				    "tonnes; it has 40 cranes.\n\nShips wait 9 "
				    "days.\n";
	struct import_result	 res;
	struct store		*s;
	char			*path = db_path(), *cause = NULL, *said = NULL;
	char			*sql;
	int64_t			 id, p1, p2, undone, joined = 0, first = 0;

	setenv("SOURCE_DATE_EPOCH", "1577934245", 1);
	if ((s = open_ok(path, 0)) == NULL || import(s, r1, &res) != 0)
		goto out;
	id = claim_id(s, res.article, 1);
	T_INT(store_set_verdict(s, id, VERDICT_VERIFIED, NULL,
	    by("ana", NULL), NULL, &cause), 0);
	setenv("SOURCE_DATE_EPOCH", "1764158400", 1);
	T_INT(store_split_claim(s, id, strstr(r1, "it has") - r1, NULL,
	    by("bob", NULL), &p1, &p2, &cause), 0);
	T_INT(store_set_verdict(s, p1, VERDICT_VERIFIED, NULL,
	    by("bob", NULL), NULL, &cause), 0);
	T_INT(store_undo(s, res.article, by("bob", NULL), 1, &undone, &said,
	    &cause), 1);
	free(said);
	said = NULL;
	T_INT(undone, p1);
	sql = xasprintf("SELECT count(*) FROM verdict WHERE claim_id = %lld"
	    " AND reviewer = '%s' AND status = 'verified' AND updated_at = "
	    "'2020-01-02T03:04:05Z' AND stale_text IS NOT NULL",
	    (long long)p1, WHO("ana"));
	T_INT(q_int(s, sql), 1);
	free(sql);

	/* Carried back and forth: a claim with no verdict split, a verdict
	 * given to a part, the parts joined (the claim split is taken back
	 * with the verdict), the part's verdict cleared, the claim split
	 * again (the part is taken back with the verdict). Undo still finds
	 * the giver, and ends. */
	if (import_as(s, "/articles/b.txt", r1, &res) != 0)
		goto out;
	id = claim_id(s, res.article, 1);
	T_INT(store_split_claim(s, id, strstr(r1, "it has") - r1, NULL,
	    by("bob", NULL), &p1, &p2, &cause), 0);
	T_INT(store_set_verdict(s, p1, VERDICT_DISPUTED, NULL,
	    by("ana", NULL), NULL, &cause), 0);
	T_INT(store_join_claims(s, p1, strlen(r1) - 1, p2, -1,
	    by("bob", NULL), &joined, &cause), 0);
	T_INT(joined, id);
	T_INT(store_set_verdict(s, p1, VERDICT_NONE, "", by("bob", NULL),
	    NULL, &cause), 0);
	T_INT(store_split_claim(s, id, strstr(r1, "it has") - r1, NULL,
	    by("bob", NULL), &first, &p2, &cause), 0);
	T_INT(first, p1);
	/* Each carried from the other. */
	sql = xasprintf("SELECT count(*) FROM history h JOIN claim c ON "
	    "c.id = h.claim_id JOIN claim x ON x.revision_id = c.revision_id "
	    "AND h.origin = 'carried from claim ' || x.number WHERE "
	    "h.new = 'stale' AND ((c.id = %lld AND x.id = %lld) OR "
	    "(c.id = %lld AND x.id = %lld))", (long long)id, (long long)p1,
	    (long long)p1, (long long)id);
	T_INT(q_int(s, sql), 2);
	free(sql);
	T_INT(store_set_verdict(s, p1, VERDICT_DISPUTED, NULL,
	    by("bob", NULL), NULL, &cause), 0);
	T_INT(store_undo(s, res.article, by("bob", NULL), 1, &undone, &said,
	    &cause), 1);
	free(said);
	said = NULL;
	T_INT(undone, p1);
	sql = xasprintf("SELECT count(*) FROM verdict WHERE claim_id = %lld"
	    " AND reviewer = '%s' AND status = 'disputed'", (long long)p1,
	    WHO("ana"));
	T_INT(q_int(s, sql), 1);
	free(sql);

	/* The claim a join takes back may continue one of an earlier
	 * revision too: both links are followed. */
	if (import_as(s, "/articles/c.txt", r1, &res) != 0 ||
	    import_as(s, "/articles/c.txt", r2, &res) != 0)
		goto out;
	id = claim_id(s, res.article, 1);
	T_OK(q_int(s, "SELECT count(*) FROM claim WHERE prev_id IS NOT NULL")
	    > 0);
	T_INT(store_split_claim(s, id, strstr(r2, "it has") - r2, NULL,
	    by("bob", NULL), &p1, &p2, &cause), 0);
	setenv("SOURCE_DATE_EPOCH", "1577934245", 1);
	T_INT(store_set_verdict(s, p1, VERDICT_UNSOURCED, "ana's note",
	    by("ana", NULL), NULL, &cause), 0);
	setenv("SOURCE_DATE_EPOCH", "1764158400", 1);
	T_INT(store_join_claims(s, p1, (size_t)(strstr(r2, "cranes.") - r2) +
	    7, p2, -1, by("bob", NULL), &joined, &cause), 0);
	T_INT(joined, id);
	T_INT(store_set_verdict(s, id, VERDICT_UNSOURCED, NULL,
	    by("bob", NULL), NULL, &cause), 0);
	T_INT(store_undo(s, res.article, by("bob", NULL), 1, &undone, &said,
	    &cause), 1);
	free(said);
	said = NULL;
	T_INT(undone, id);
	sql = xasprintf("SELECT count(*) FROM verdict WHERE claim_id = %lld"
	    " AND reviewer = '%s' AND status = 'unsourced' AND updated_at = "
	    "'2020-01-02T03:04:05Z' AND stale_text IS NOT NULL",
	    (long long)id, WHO("ana"));
	T_INT(q_int(s, sql), 1);
	free(sql);
out:
	setenv("SOURCE_DATE_EPOCH", "1764158400", 1);
	free(cause);
	free(said);
	store_close(s);
	free(path);
}

/* Whoever confirmed a stale verdict gave it on its new text: a later
 * confirmation undone gives it back to them, as of then; a change undone
 * after a note was written keeps the time of the note. */
static void
test_undo_giver_chain(void)
{
	static const char	 r1[] = "Port\n\nThe port moved 3 million "
				    "tonnes.\n\nIt has 40 cranes.\n";
	static const char	 r2[] = "Port\n\nThe port moved 4 million "
				    "tonnes.\n\nIt has 40 cranes.\n";
	static const char	 r3[] = "Port\n\nThe port moved 5 million "
				    "tonnes.\n\nIt has 40 cranes.\n";
	struct import_result	 res;
	struct store		*s;
	char			*path = db_path(), *cause = NULL, *said = NULL;
	char			*sql;
	int64_t			 undone;

	setenv("SOURCE_DATE_EPOCH", "1577934245", 1);	/* 2020 */
	if ((s = open_ok(path, 0)) == NULL || import(s, r1, &res) != 0)
		goto out;
	T_INT(store_set_verdict(s, claim_id(s, res.article, 1),
	    VERDICT_VERIFIED, NULL, by("ana", NULL), NULL, &cause), 0);
	T_INT(store_set_verdict(s, claim_id(s, res.article, 2),
	    VERDICT_VERIFIED, NULL, by("ana", NULL), NULL, &cause), 0);
	if (import(s, r2, &res) != 0)
		goto out;
	setenv("SOURCE_DATE_EPOCH", "1609470245", 1);	/* 2021 */
	T_INT(store_set_verdict(s, claim_id(s, res.article, 1),
	    VERDICT_VERIFIED, NULL, by("bob", NULL), NULL, &cause), 0);
	T_INT(store_set_verdict(s, claim_id(s, res.article, 2), -1,
	    "bob's note", by("bob", NULL), NULL, &cause), 0);
	if (import(s, r3, &res) != 0)
		goto out;
	setenv("SOURCE_DATE_EPOCH", "1641006245", 1);	/* 2022 */
	T_INT(store_set_verdict(s, claim_id(s, res.article, 2),
	    VERDICT_DISPUTED, NULL, by("cy", NULL), NULL, &cause), 0);
	T_INT(store_undo(s, res.article, by("cy", NULL), 1, &undone, &said,
	    &cause), 1);
	free(said);
	T_INT(store_set_verdict(s, claim_id(s, res.article, 1),
	    VERDICT_VERIFIED, NULL, by("cy", NULL), NULL, &cause), 0);
	T_INT(store_undo(s, res.article, by("cy", NULL), 1, &undone, &said,
	    &cause), 1);
	free(said);
	said = NULL;
	/* Claim 1: bob's confirmation on "4 million", stale again. */
	sql = xasprintf("SELECT count(*) FROM verdict v JOIN claim c ON "
	    "c.id = v.claim_id JOIN current_revision r ON r.id = "
	    "c.revision_id WHERE c.number = 1 AND v.reviewer = '%s' AND "
	    "v.updated_at = '2021-01-01T03:04:05Z' AND v.stale_text = "
	    "'The port moved 4 million tonnes.'", WHO("bob"));
	T_INT(q_int(s, sql), 1);
	free(sql);
	/* Claim 2: ana's verdict, as of bob's note. */
	sql = xasprintf("SELECT count(*) FROM verdict v JOIN claim c ON "
	    "c.id = v.claim_id JOIN current_revision r ON r.id = "
	    "c.revision_id WHERE c.number = 2 AND v.status = 'verified' AND "
	    "v.reviewer = '%s' AND v.updated_at = '2021-01-01T03:04:05Z'",
	    WHO("ana"));
	T_INT(q_int(s, sql), 1);
	free(sql);
out:
	setenv("SOURCE_DATE_EPOCH", "1764158400", 1);
	free(cause);
	free(said);
	store_close(s);
	free(path);
}

/* A note written against a version gone is taken when the changes since
 * only gave a verdict, and they are all the changes since; never over
 * another's note. */
static void
test_allow(void)
{
	struct import_result	 res;
	struct store		*s;
	struct st_change	 ch = { .reviewer = "bob", .expect = -1,
				    .allow = ST_ALLOW_STATUS };
	char			*path = db_path(), *cause = NULL;
	char			 sql[96];
	int64_t			 id;
	int			 version = 0, v0;

	if ((s = open_ok(path, 0)) == NULL || import(s, rev1, &res) != 0)
		goto out;
	id = claim_id(s, res.article, 1);
	snprintf(sql, sizeof sql, "SELECT version FROM claim WHERE id = %lld",
	    (long long)id);
	/* Bob opens his editor: the version, the history read so far. */
	ch.version = v0 = (int)q_int(s, sql);
	ch.since = q_int(s, "SELECT coalesce(max(id), 0) FROM history");
	T_INT(store_set_verdict(s, id, VERDICT_VERIFIED, NULL, by("ann", NULL),
	    NULL, &cause), 0);
	T_INT(store_set_verdict(s, id, VERDICT_DISPUTED, NULL, by("cy", NULL),
	    NULL, &cause), 0);
	T_INT(store_set_verdict(s, id, -1, "bob's", &ch, &version, &cause), 0);
	T_INT(version, v0 + 3);
	T_INT(q_int(s, "SELECT count(*) FROM verdict WHERE note = 'bob''s' AND "
	    "status = 'disputed'"), 1);
	/* A note by another since: refused. */
	ch.version = v0 + 3;
	ch.since = q_int(s, "SELECT max(id) FROM history");
	T_INT(store_set_verdict(s, id, -1, "ann's", by("ann", NULL), NULL,
	    &cause), 0);
	T_INT(store_set_verdict(s, id, -1, "bob's again", &ch, NULL, &cause),
	    STORE_CONFLICT);
	free(cause);
	cause = NULL;
	/* A change the mark does not show (SINCE too late): refused. */
	ch.version = v0 + 4;
	ch.since = q_int(s, "SELECT max(id) FROM history") + 5;
	T_INT(store_set_verdict(s, id, VERDICT_UNSOURCED, NULL, by("cy", NULL),
	    NULL, &cause), 0);
	T_INT(store_set_verdict(s, id, -1, "bob's third", &ch, NULL, &cause),
	    STORE_CONFLICT);
	free(cause);
	cause = NULL;
	/* No ALLOW: refused as ever. */
	ch.version = v0 + 4;
	ch.since = q_int(s, "SELECT max(id) FROM history") - 1;
	ch.allow = 0;
	T_INT(store_set_verdict(s, id, -1, "bob's fourth", &ch, NULL, &cause),
	    STORE_CONFLICT);
	T_INT(q_int(s, "SELECT count(*) FROM verdict WHERE note = 'ann''s'"), 1);
out:
	free(cause);
	store_close(s);
	free(path);
}

/* A claim read alone is read as a loaded one is; ids that name nothing
 * are refused by name. */
static void
test_claim_by_id(void)
{
	struct import_result	 res;
	struct st_article	*a = NULL;
	struct st_claim		 c;
	struct store		*s;
	char			*path = db_path(), *cause = NULL;
	int64_t			 id;
	long long		 rows;

	memset(&c, 0, sizeof c);
	if ((s = open_ok(path, 0)) == NULL || import(s, rev1, &res) != 0 ||
	    (a = load(s, res.article)) == NULL || a->nclaims == 0)
		goto out;
	id = a->claims[0].id;
	set(s, id, VERDICT_DISPUTED, "checked");
	T_INT(store_claim_load(s, id, &c, &cause), 0);
	T_INT(c.id, id);
	T_INT(c.number, a->claims[0].number);
	T_INT(c.revision, 1);
	T_STR(c.text, a->claims[0].text);
	T_STR(c.kinds, a->claims[0].kinds);
	T_INT(c.score, a->claims[0].score);
	T_INT(c.status, VERDICT_DISPUTED);
	T_STR(c.note, "checked");
	T_OK(c.reviewer != NULL);	/* the login, on PostgreSQL */
	st_claim_clear(&c);
	rows = q_int(s, "SELECT count(*) FROM history");

	T_INT(store_claim_load(s, 999999, &c, &cause), -1);
	T_STR(cause, "no claim with id 999999");
	free(cause);
	cause = NULL;
	T_INT(store_adopt(s, id, 999999, by("bob", NULL), NULL, &cause), -1);
	T_STR(cause, "no claim with id 999999");
	free(cause);
	cause = NULL;
	T_INT(store_adopt_imported(s, id, 999999, 1, by("bob", NULL), NULL,
	    &cause), -1);
	T_STR(cause, "no imported verdict with id 999999");
	/* Nothing refused was written. */
	T_INT(q_int(s, "SELECT count(*) FROM history"), rows);
out:
	free(cause);
	st_article_free(a);
	store_close(s);
	free(path);
}

static int
count_cb(const struct st_summary *sum, void *arg)
{
	struct st_summary	*out = arg;

	*out = *sum;
	out->title = out->path = out->updated_at = NULL;
	return 0;
}

static int
reviewer_cb(const struct st_reviewer *r, void *arg)
{
	int	*n = arg;

	if (strcmp(r->name, "alice") == 0)
		T_INT(r->total, 3);
	(*n)++;
	return 0;
}

static void
test_list_stats(void)
{
	struct import_result	 res;
	struct st_summary	 sum;
	struct st_stats		 st;
	struct store		*s;
	char			*path = db_path(), *cause = NULL;
	int			 n = 0, neg, pos;

	if ((s = open_ok(path, 0)) == NULL || import(s, rev1, &res) != 0)
		goto out;
	set(s, claim_id(s, res.article, 1), VERDICT_VERIFIED, NULL);
	set(s, claim_id(s, res.article, 2), VERDICT_DISPUTED, NULL);
	set(s, claim_id(s, res.article, 3), VERDICT_DISPUTED, NULL);
	store_set_dismissed(s, claim_id(s, res.article, 4), 1, by("bob", NULL),
	    NULL, &cause);
	memset(&sum, 0, sizeof sum);
	T_INT(store_list(s, count_cb, &sum, &cause), 0);
	T_INT(sum.claims, 4);
	T_INT(sum.reviewed, 3);
	T_INT(sum.verified, 1);
	T_INT(sum.disputed, 2);
	T_INT(sum.unsourced, 0);
	T_INT(sum.orphans, 0);
	T_INT(store_stats(s, &st, reviewer_cb, &n, &cause), 0);
	T_INT(st.articles, 1);
	T_INT(st.claims, 4);
	T_INT(st.status[VERDICT_NONE], 1);
	T_INT(st.status[VERDICT_DISPUTED], 2);
	T_INT(st.dismissed, 1);
	T_INT(n, 1);
	/* The claim dropped with x is what learn takes as no claim. */
	T_INT(dropped(s, &neg, &pos), 1);
	T_INT(neg, 1);
	T_INT(pos, 3);
out:
	store_close(s);
	free(path);
}

/* The SHA-less fingerprint of a file's bytes, to prove it untouched. */
static unsigned long long
file_sum(const char *path)
{
	unsigned long long	 h = 1469598103934665603ULL;
	FILE			*f = fopen(path, "rb");
	int			 c;

	if (f == NULL)
		return 0;
	while ((c = getc(f)) != EOF)
		h = (h ^ (unsigned)c) * 1099511628211ULL;
	fclose(f);
	return h;
}

static void
raw_sql(const char *path, const char *sql)
{
	sqlite3	*db;

	if (sqlite3_open(path, &db) != SQLITE_OK ||
	    sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK)
		T_FAIL("%s: %s", sql, sqlite3_errmsg(db));
	sqlite3_close(db);
}

static void
test_refusals(void)
{
	struct store		*s;
	struct import_result	 res;
	char			*path = db_path(), *other = db_path();
	char			*junk = db_path(), *cause = NULL;
	unsigned long long	 before;
	FILE			*f;

	/* Newer schema: refused, not a byte changed. */
	if ((s = open_ok(path, 0)) == NULL)
		goto out;
	store_close(s);
	raw_sql(path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99");
	before = file_sum(path);
	open_fails(path, 0, "made by a newer claimdesk (schema version 99");
	open_fails(path, STORE_READONLY, "newer claimdesk");
	T_OK(file_sum(path) == before);
	T_OK(access(path, F_OK) == 0);

	/* Another program's database. */
	if ((s = open_ok(other, 0)) != NULL)
		store_close(s);
	unlink(other);
	raw_sql(other, "CREATE TABLE t (x)");
	before = file_sum(other);
	open_fails(other, 0, "not a claimdesk database");
	T_OK(file_sum(other) == before);

	/* Not a database at all. */
	if ((s = open_ok(junk, 0)) != NULL)
		store_close(s);
	if ((f = fopen(junk, "w")) != NULL) {
		fputs("This is not an SQLite file, not even close. "
		    "0123456789abcdef0123456789abcdef0123456789abcdef\n", f);
		fclose(f);
	}
	open_fails(junk, 0, "not a claimdesk database (file is not a "
	    "database)");
	open_fails(junk, STORE_READONLY, "not a claimdesk database");

	/* Read-only open of nothing. */
	open_fails("/nonexistent/claimdesk.db", STORE_READONLY,
	    "no database yet");
	/* A directory. */
	open_fails(tmpdir, 0, "a directory, not a database");

	(void)res;
	(void)cause;
out:
	free(path);
	free(other);
	free(junk);
}

static void
test_corrupt(void)
{
	struct store		*s;
	struct import_result	 res;
	struct st_summary	 sum;
	char			*path = db_path(), *cause = NULL, buf[4096];
	struct stat		 sb;
	int			 fd, i;

	if ((s = open_ok(path, 0)) == NULL)
		goto out;
	for (i = 0; i < 20; i++) {
		import(s, i % 2 ? rev1 : rev2, &res);
		set(s, claim_at(s, res.article, 1), VERDICT_VERIFIED, NULL);
	}
	store_close(s);
	/* Garbage over every page but the first. */
	memset(buf, 0x5a, sizeof buf);
	if ((fd = open(path, O_WRONLY)) < 0 || fstat(fd, &sb) != 0)
		goto out;
	T_OK(sb.st_size > 8192);
	for (i = 4096; i + 4096 <= sb.st_size; i += 4096) {
		if (pwrite(fd, buf, sizeof buf, i) != (ssize_t)sizeof buf)
			T_FAIL("pwrite: %s", strerror(errno));
	}
	close(fd);
	s = store_open(path, 0, &cause);
	if (s == NULL) {
		T_OK(cause != NULL && strstr(cause, "corrupt") != NULL);
		if (cause != NULL && strstr(cause, "corrupt") == NULL)
			fprintf(stderr, "  cause: %s\n", cause);
		free(cause);
		goto out;
	}
	T_INT(store_list(s, count_cb, &sum, &cause), -1);
	T_OK(cause != NULL && strstr(cause, "database is corrupt") != NULL);
	free(cause);
	store_close(s);
out:
	free(path);
}

static void
test_locked(void)
{
	struct store		*s;
	struct import_result	 res;
	sqlite3			*other;
	char			*path = db_path(), *cause = NULL;
	int64_t			 c1;

	if ((s = open_ok(path, 0)) == NULL || import(s, rev1, &res) != 0)
		goto out;
	c1 = claim_id(s, res.article, 1);
	sqlite3_open(path, &other);
	T_INT(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL),
	    SQLITE_OK);
	sqlite3_busy_timeout(db_sqlite_handle(store_db(s)), 50);
	T_INT(store_set_verdict(s, c1, VERDICT_VERIFIED, NULL, by("alice",
	    NULL), NULL, &cause), -1);
	T_OK(cause != NULL && strncmp(cause, "database is locked", 18) == 0);
	free(cause);
	cause = NULL;
	/* Readers are not blocked by a writer. */
	T_INT(store_find_claim(s, res.article, 1, &c1, &cause), 0);
	sqlite3_exec(other, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(other);
	T_INT(store_set_verdict(s, c1, VERDICT_VERIFIED, NULL, by("alice",
	    NULL), NULL, &cause), 0);
out:
	store_close(s);
	free(path);
}

/* Checks run as a user who cannot write the file (the child of a fork
 * when the tests run as root). */
static int
readonly_checks(const char *path)
{
	struct store	*s;
	char		*cause = NULL;
	int		 bad = 0;

	s = store_open(path, 0, &cause);
	if (s != NULL || cause == NULL ||
	    strstr(cause, "database is read-only") == NULL) {
		fprintf(stderr, "read-write open: %s\n", cause);
		bad++;
	}
	store_close(s);
	free(cause);
	cause = NULL;
	s = store_open(path, STORE_FALLBACK, &cause);
	if (s == NULL) {
		fprintf(stderr, "fallback open: %s\n", cause);
		free(cause);
		return bad + 1;
	}
	if (!store_readonly(s))
		bad++;
	if (store_set_verdict(s, 1, VERDICT_VERIFIED, NULL, by("x", NULL), NULL,
	    &cause) == 0 ||
	    strstr(cause, "read-only") == NULL)
		bad++;
	free(cause);
	cause = NULL;
	if (store_find_claim(s, 1, 1, &(int64_t){ 0 }, &cause) != 0) {
		fprintf(stderr, "read: %s\n", cause);
		bad++;
	}
	free(cause);
	store_close(s);
	return bad;
}

static void
test_readonly(void)
{
	struct store		*s;
	struct import_result	 res;
	char			*path = db_path(), *dir, *cause = NULL;
	int64_t			 c1;
	pid_t			 pid;
	int			 status;

	if ((s = open_ok(path, 0)) == NULL || import(s, rev1, &res) != 0)
		goto out;
	set(s, claim_id(s, res.article, 1), VERDICT_VERIFIED, NULL);
	store_close(s);

	/* Asked for read-only: reads work, writes are refused. */
	if ((s = open_ok(path, STORE_READONLY)) == NULL)
		goto out;
	T_INT(store_readonly(s), 1);
	T_INT(store_find_claim(s, 1, 1, &c1, &cause), 0);
	T_INT(store_set_verdict(s, c1, VERDICT_DISPUTED, NULL, by("x", NULL),
	    NULL, &cause),
	    -1);
	T_OK(cause != NULL && strstr(cause, "read-only") != NULL);
	free(cause);
	store_close(s);

	/* A file that cannot be written. */
	chmod(path, 0444);
	dir = xstrndup(path, strrchr(path, '/') - path);
	chmod(dir, 0555);
	*strrchr(dir, '/') = '\0';
	chmod(dir, 0755);
	if (geteuid() != 0)
		T_INT(readonly_checks(path), 0);
	else if ((pid = fork()) == 0) {
		chmod(tmpdir, 0755);
		if (setgid(65534) != 0 || setuid(65534) != 0 ||
		    access(path, R_OK) != 0)
			_exit(77);	/* cannot test here: skipped */
		_exit(readonly_checks(path) == 0 ? 0 : 1);
	} else if (pid > 0) {
		waitpid(pid, &status, 0);
		T_OK(WIFEXITED(status) && (WEXITSTATUS(status) == 0 ||
		    WEXITSTATUS(status) == 77));
		if (WIFEXITED(status) && WEXITSTATUS(status) == 77)
			fprintf(stderr, "test_readonly: no other user can "
			    "reach %s: skipped\n", path);
	}
	free(dir);
out:
	free(path);
}

/* Opening PATH with FLAGS fails with a cause holding WANT; 0 if so. */
static int
refused(const char *path, int flags, const char *want)
{
	struct store	*s;
	char		*cause = NULL;
	int		 bad = 0;

	s = store_open(path, flags, &cause);
	if (s != NULL || cause == NULL || strstr(cause, want) == NULL) {
		fprintf(stderr, "open %s (%d): %s (wanted %s)\n", path, flags,
		    cause, want);
		bad = 1;
	}
	store_close(s);
	free(cause);
	return bad;
}

/* Checks run as a user who cannot write the directory of CLEAN (a file
 * this user may write, no write-ahead log) and of WITHWAL (whose log
 * holds a change). */
static int
readonly_dir_checks(const char *clean, const char *withwal)
{
	static const int	 flags[] = { STORE_READONLY, STORE_FALLBACK };
	struct store		*s;
	char			*cause = NULL;
	int64_t			 c;
	size_t			 i;
	int			 bad = 0;

	for (i = 0; i < 2; i++) {
		if ((s = store_open(clean, flags[i], &cause)) == NULL) {
			fprintf(stderr, "open %d: %s\n", flags[i], cause);
			free(cause);
			cause = NULL;
			bad++;
			continue;
		}
		if (!store_readonly(s) ||
		    store_find_claim(s, 1, 1, &c, &cause) != 0) {
			fprintf(stderr, "read %d: %s\n", flags[i], cause);
			bad++;
		}
		free(cause);
		cause = NULL;
		store_close(s);
		/* Read as it is, the log would be left out: refused. */
		bad += refused(withwal, flags[i], "write-ahead log");
	}
	bad += refused(clean, 0, "database is read-only (its directory "
	    "cannot be written");
	return bad;
}

static void
copy_file(const char *from, const char *to)
{
	char	*buf;
	FILE	*f;
	size_t	 n;

	buf = xmalloc(1 << 20);
	if ((f = fopen(from, "rb")) == NULL) {
		T_FAIL("%s: %s", from, strerror(errno));
		free(buf);
		return;
	}
	n = fread(buf, 1, 1 << 20, f);
	fclose(f);
	if ((f = fopen(to, "wb")) == NULL || fwrite(buf, 1, n, f) != n)
		T_FAIL("%s: %s", to, strerror(errno));
	if (f != NULL)
		fclose(f);
	free(buf);
}

/* A database in a directory that cannot be written (SQLite cannot make
 * its WAL files there): read-only opens work without changing a thing. */
static void
test_readonly_dir(void)
{
	struct store		*s;
	struct import_result	 res;
	char			*clean = db_path(), *src = db_path(), *dir;
	char			*withwal, *from, *to;
	pid_t			 pid;
	int			 status;

	if ((s = open_ok(clean, 0)) == NULL || import(s, rev1, &res) != 0)
		goto out;
	set(s, claim_id(s, res.article, 1), VERDICT_VERIFIED, NULL);
	store_close(s);
	dir = xstrndup(clean, strrchr(clean, '/') - clean);
	withwal = xasprintf("%s/wal.db", dir);
	/* A copy taken while a writer has a change in its log. */
	if ((s = open_ok(src, 0)) != NULL && import(s, rev1, &res) == 0) {
		set(s, claim_id(s, res.article, 1), VERDICT_DISPUTED, NULL);
		copy_file(src, withwal);
		from = xasprintf("%s-wal", src);
		to = xasprintf("%s-wal", withwal);
		copy_file(from, to);
		free(from);
		free(to);
	}
	store_close(s);
	T_OK(access(clean, F_OK) == 0);
	chmod(clean, 0666);
	chmod(withwal, 0444);
	chmod(dir, 0555);
	*strrchr(dir, '/') = '\0';
	chmod(dir, 0755);
	if (geteuid() != 0)
		T_INT(readonly_dir_checks(clean, withwal), 0);
	else if ((pid = fork()) == 0) {
		chmod(tmpdir, 0755);
		if (setgid(65534) != 0 || setuid(65534) != 0 ||
		    access(clean, R_OK) != 0)
			_exit(77);	/* cannot test here: skipped */
		_exit(readonly_dir_checks(clean, withwal) == 0 ? 0 : 1);
	} else if (pid > 0) {
		waitpid(pid, &status, 0);
		T_OK(WIFEXITED(status) && (WEXITSTATUS(status) == 0 ||
		    WEXITSTATUS(status) == 77));
		if (WIFEXITED(status) && WEXITSTATUS(status) == 77)
			fprintf(stderr, "test_readonly_dir: no other user can "
			    "reach %s: skipped\n", clean);
	}
	/* Nothing was made beside them. */
	to = xasprintf("%s-shm", clean);
	T_OK(access(to, F_OK) != 0);
	free(to);
	free(withwal);
	free(dir);
out:
	free(clean);
	free(src);
}

/* A file's bytes, NUL-terminated; NULL after a failure. */
static char *
slurp(const char *path)
{
	FILE	*f;
	char	*buf;
	long	 n;

	if ((f = fopen(path, "rb")) == NULL) {
		T_FAIL("%s: %s", path, strerror(errno));
		return NULL;
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = xcalloc(1, (size_t)n + 1);
	if (fread(buf, 1, (size_t)n, f) != (size_t)n)
		T_FAIL("%s: short read", path);
	fclose(f);
	return buf;
}

/* Every schema object of DB, sorted, as one string. */
static char *
schema_of(sqlite3 *db)
{
	sqlite3_stmt	*st;
	char		*out = xstrdup(""), *next;

	sqlite3_prepare_v2(db, "SELECT type, name, sql FROM sqlite_schema "
	    "ORDER BY name", -1, &st, NULL);
	while (sqlite3_step(st) == SQLITE_ROW) {
		next = xasprintf("%s%s %s %s\n", out,
		    (const char *)sqlite3_column_text(st, 0),
		    (const char *)sqlite3_column_text(st, 1),
		    (const char *)sqlite3_column_text(st, 2));
		free(out);
		out = next;
	}
	sqlite3_finalize(st);
	return out;
}

/* The fixture is migration 1 as it stands: if migration 1 changed (never
 * once released), make-v1.sh must be run again. */
static void
test_fixture_current(void)
{
	const char	*top = getenv("top_srcdir");
	char		*path, *schema, *fixture, *m1, *end, *a, *b;
	sqlite3		*da, *db;

	path = xasprintf("%s/src/schema.sql", top ? top : ".");
	schema = slurp(path);
	free(path);
	path = xasprintf("%s/tests/cli/fixtures/v1.sql", top ? top : ".");
	fixture = slurp(path);
	free(path);
	if (schema == NULL || fixture == NULL)
		goto out;
	m1 = strstr(schema, "\n-- migration 1\n");
	if (m1 != NULL && (end = strstr(m1, "\n-- migration 2\n")) != NULL)
		*end = '\0';
	sqlite3_open(":memory:", &da);
	sqlite3_open(":memory:", &db);
	T_INT(sqlite3_exec(da, m1 ? m1 : "", NULL, NULL, NULL), SQLITE_OK);
	T_INT(sqlite3_exec(db, fixture, NULL, NULL, NULL), SQLITE_OK);
	a = schema_of(da);
	b = schema_of(db);
	T_STR(b, a);
	free(a);
	free(b);
	sqlite3_close(da);
	sqlite3_close(db);
out:
	free(schema);
	free(fixture);
}

/* v1.sql: a database made by migration 1, with data; it must upgrade. */
static void
test_upgrade_v1(void)
{
	struct store		*s;
	struct st_article	*a;
	const char		*top = getenv("top_srcdir");
	char			*fixture, *sql, *path = db_path(), *cause = NULL;
	FILE			*f;
	long			 n;
	sqlite3			*db;

	fixture = xasprintf("%s/tests/cli/fixtures/v1.sql", top ? top : ".");
	if ((f = fopen(fixture, "rb")) == NULL) {
		T_FAIL("%s: %s", fixture, strerror(errno));
		goto out;
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	sql = xcalloc(1, (size_t)n + 1);
	if (fread(sql, 1, (size_t)n, f) != (size_t)n)
		T_FAIL("short read");
	fclose(f);
	/* Opening creates the directories. */
	if ((s = open_ok(path, 0)) != NULL)
		store_close(s);
	unlink(path);
	sqlite3_open(path, &db);
	if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK)
		T_FAIL("v1.sql: %s", sqlite3_errmsg(db));
	sqlite3_close(db);
	free(sql);

	if ((s = open_ok(path, 0)) == NULL)
		goto out;
	T_INT(q_int(s, "PRAGMA user_version"), schema_version());
	T_INT(q_int(s, pg_admin != NULL ? "SELECT count(*) FROM earlier_text" : "SELECT count(*) FROM earlier_fts"),
	    q_int(s, "SELECT count(*) FROM verdict WHERE status <> "
	    "'unreviewed'"));
	T_OK(q_int(s, "SELECT count(*) FROM verdict") > 0);
	T_OK(q_int(s, "SELECT count(*) FROM claim WHERE orphan = 1") > 0);
	T_INT(q_int(s, "SELECT count(*) FROM pragma_integrity_check "
	    "WHERE integrity_check = 'ok'"), 1);
	if ((a = store_article_load(s, 1, NULL, &cause)) == NULL) {
		T_FAIL("load: %s", cause);
		free(cause);
	} else {
		T_OK(a->revision >= 2);
		T_OK(a->norphans >= 1);
		st_article_free(a);
	}
	/* And it works on after the upgrade. */
	set(s, claim_id(s, 1, 1), VERDICT_UNSOURCED, "after upgrade");
	T_INT(q_int(s, "SELECT count(*) FROM earlier_fts WHERE earlier_fts "
	    "MATCH 'city'"), 2);
	store_close(s);
out:
	free(fixture);
	free(path);
}

static int
match_cb(const struct st_match *m, void *arg)
{
	struct st_match	*out = arg;

	*out = *m;
	out->title = out->note = out->reviewer = out->updated_at = NULL;
	out->text = NULL;
	T_STR(m->note, "register: 9");
	T_STR(m->title, "A title");
	return 0;
}

static int
count_match_cb(const struct st_match *m, void *arg)
{
	(void)m;
	(*(int *)arg)++;
	return 0;
}

/* Claims seen before: linked at import, listed, adopted. */
static void
test_seen_before(void)
{
	struct import_result	 res;
	struct st_match		 m;
	struct st_article	*a = NULL;
	struct st_seen		*seen = NULL;
	struct store		*s;
	char			*path = db_path(), *cause = NULL;
	int64_t			 art1, c;
	size_t			 nseen = 0, i;
	int			 n;

	if ((s = open_ok(path, 0)) == NULL || import(s, rev1, &res) != 0)
		goto out;
	art1 = res.article;
	set(s, claim_id(s, art1, 2), VERDICT_DISPUTED, "register: 9");
	if (import_as(s, "/articles/b.txt", "Elsewhere\n\n"
	    "Officials said that 12 bridges were repaired.\n\n"
	    "Officials said 13 bridges were repaired.\n\n"
	    "Cats are 4 legged.\n", &res) != 0)
		goto out;
	if ((a = load(s, res.article)) == NULL)
		goto out;
	T_INT(a->nclaims, 3);
	T_INT(a->claims[0].matches, 1);
	T_INT(a->claims[1].matches, 0);		/* numbers disagree */
	T_INT(a->claims[2].matches, 0);
	c = a->claims[0].id;
	memset(&m, 0, sizeof m);
	T_INT(store_matches(s, c, match_cb, &m, &cause), 0);
	T_INT(m.article, art1);
	T_INT(m.number, 2);
	T_INT(m.revision, 1);
	T_INT(m.status, VERDICT_DISPUTED);
	T_OK(m.similarity >= 0.6 && m.similarity <= 1);
	T_INT(store_adopt(s, c, m.claim, by("carol", NULL), NULL, &cause), 0);
	st_article_free(a);
	if ((a = load(s, res.article)) == NULL)
		goto out;
	T_INT(a->claims[0].status, VERDICT_DISPUTED);
	T_STR(a->claims[0].note, "register: 9");
	T_STR(a->claims[0].reviewer, WHO("carol"));
	T_INT(q_int(s, "SELECT count(*) FROM history WHERE origin = "
	    "'adopted from claim 2 of article 1'"), 2);

	/* A claim dropped (or split, or a part of a split undone) is no
	 * earlier verdict: not listed, not counted, not found. */
	T_INT(store_set_dismissed(s, claim_id(s, art1, 2), 1, by("bob", NULL),
	    NULL, &cause), 0);
	n = 0;
	T_INT(store_matches(s, c, count_match_cb, &n, &cause), 0);
	T_INT(n, 0);
	/* Nor can it be adopted from a list read before it was dropped. */
	T_INT(store_adopt(s, a->claims[1].id, m.claim, by("carol", NULL), NULL,
	    &cause), -1);
	T_STR(cause, "claim 2 of article 1 was dropped since: its verdict is "
	    "no earlier verdict");
	free(cause);
	cause = NULL;
	st_article_free(a);
	if ((a = load(s, res.article)) == NULL)
		goto out;
	T_INT(a->claims[0].matches, 0);
	T_INT(store_seen(s, "Officials said that 12 bridges were repaired.", 5,
	    &seen, &nseen, &cause), 0);
	for (i = 0; i < nseen; i++)
		T_OK(seen[i].article != art1);
	T_OK(nseen > 0);	/* article b's claim, adopted, is one */
	st_seen_free(seen, nseen);
out:
	st_article_free(a);
	store_close(s);
	free(path);
}

/* The number and match count SQL gives claim ID, for comparison with
 * what store_article_load() reads, and no other claim of its revision
 * with its number. */
static void
check_claim(struct store *s, const struct st_claim *c)
{
	char	*sql;

	sql = xasprintf("SELECT number FROM claim WHERE id = %lld",
	    (long long)c->id);
	T_INT(c->number, q_int(s, sql));
	free(sql);
	sql = xasprintf("SELECT count(*) FROM claim k JOIN claim c ON "
	    "c.revision_id = k.revision_id AND c.number = k.number WHERE "
	    "c.id = %lld", (long long)c->id);
	T_INT(q_int(s, sql), 1);
	free(sql);
	sql = xasprintf("SELECT count(*) FROM claim_match WHERE claim_id = "
	    "%lld", (long long)c->id);
	T_INT(c->matches, q_int(s, sql));
	free(sql);
}

static int
orphan_cb(const struct st_claim *c, void *arg)
{
	const struct st_article	*a = arg;
	size_t			 i;

	for (i = 0; i < a->norphans; i++) {
		if (a->orphans[i].id == c->id)
			T_INT(c->number, a->orphans[i].number);
	}
	return 0;
}

/* Claims sharing a start, ids out of reading order (claims made by hand),
 * matches, and orphans in two revisions: in reading order, each with the
 * number it was given first (claims made by hand take the next one). */
static void
test_load_order(void)
{
	struct import_result	 res;
	struct st_article	*a = NULL;
	struct store		*s;
	char			*path = db_path(), *cause = NULL;
	int64_t			 art, id;
	size_t			 i, at, with_matches = 0;
	const char		*r1 = "Head\n\nAlpha has 1 thing.\n\n"
	    "Beta has 2 things.\n\nGamma has 3 things.\n\nDelta has 4 "
	    "things.\n\nEpsilon has 5 things.\n\nZeta has 6 things.\n";
	const char		*r2 = "Head\n\nAlpha has 1 thing.\n\n"
	    "Gamma has 3 things.\n\nEpsilon has 5 things.\n\nZeta has 6 "
	    "things.\n";
	const char		*r3 = "Head\n\nAlpha has 1 thing.\n\n"
	    "Gamma has 3 things.\n\nZeta has 6 things.\n\nEta has 7 "
	    "things.\n";

	if ((s = open_ok(path, 0)) == NULL)
		goto out;
	/* Earlier verdicts the article's claims resemble. */
	if (import_as(s, "/articles/b.txt", "Head\n\nBeta has 2 things "
	    "indeed.\n\nZeta has 6 things.\n\nEta has 7 things.\n", &res) != 0)
		goto out;
	for (i = 1; i <= 3; i++)
		set(s, claim_id(s, res.article, (int)i), VERDICT_VERIFIED, NULL);

	if (import(s, r1, &res) != 0)
		goto out;
	art = res.article;
	set(s, claim_id(s, art, 2), VERDICT_DISPUTED, NULL);	/* Beta */
	set(s, claim_id(s, art, 4), VERDICT_UNSOURCED, NULL);	/* Delta */
	/* By hand, the same start as "Gamma has 3 things.", one byte less. */
	at = (size_t)(strstr(r1, "Gamma") - r1);
	T_INT(store_add_claim(s, art, at, at + 18, NULL, NULL,
	    by("alice", NULL), &id, &cause), 0);
	if ((a = load(s, art)) == NULL)
		goto out;
	T_INT(a->nclaims, 7);
	T_STR(a->claims[2].text, "Gamma has 3 things");
	T_STR(a->claims[3].text, "Gamma has 3 things.");
	for (i = 0; i < a->nclaims; i++)
		check_claim(s, &a->claims[i]);
	st_article_free(a);
	a = NULL;

	if (import(s, r2, &res) != 0)
		goto out;
	T_INT(res.orphans, 2);
	set(s, claim_id(s, art, 5), VERDICT_VERIFIED, NULL);	/* Epsilon */
	at = (size_t)(strstr(r2, "Alpha") - r2);
	T_INT(store_add_claim(s, art, at, at + 17, NULL, NULL,
	    by("alice", NULL), &id, &cause), 0);
	if (import(s, r3, &res) != 0)
		goto out;
	T_INT(res.orphans, 3);
	/* And one more by hand, amid the imported ones. */
	at = (size_t)(strstr(r3, "Zeta") - r3);
	T_INT(store_add_claim(s, art, at, at + 17, NULL, NULL,
	    by("alice", NULL), &id, &cause), 0);
	if ((a = load(s, art)) == NULL)
		goto out;
	T_INT(a->revision, 3);
	for (i = 0; i < a->nclaims; i++) {
		check_claim(s, &a->claims[i]);
		T_INT(a->claims[i].revision, 3);
		if (a->claims[i].matches > 0)
			with_matches++;
	}
	/* Zeta, Eta, and the Zeta made by hand: linked when made. */
	T_INT(with_matches, 3);
	T_INT(a->norphans, 3);
	for (i = 0; i < a->norphans; i++)
		check_claim(s, &a->orphans[i]);
	if (a->norphans == 3) {
		T_OK(strncmp(a->orphans[0].text, "Beta", 4) == 0);
		T_INT(a->orphans[0].revision, 1);
		T_INT(a->orphans[0].number, 2);
		T_INT(a->orphans[0].matches, 1);
		T_OK(strncmp(a->orphans[1].text, "Delta", 5) == 0);
		T_INT(a->orphans[1].number, 4);
		T_OK(strncmp(a->orphans[2].text, "Epsilon", 7) == 0);
		T_INT(a->orphans[2].revision, 2);
		T_INT(a->orphans[2].number, 5);
	}
	T_INT(store_orphans(s, art, orphan_cb, a, &cause), 0);
out:
	st_article_free(a);
	store_close(s);
	free(path);
}

/* Links of claim NUMBER of ARTICLE's current revision. */
static long long
links_of(struct store *s, int64_t article, int number)
{
	char		*sql;
	long long	 n;

	sql = xasprintf("SELECT count(*) FROM claim_match WHERE claim_id = "
	    "%lld", (long long)claim_id(s, article, number));
	n = q_int(s, sql);
	free(sql);
	return n;
}

/* Importing an unchanged file links its claims to the verdicts given
 * since, and does nothing when there were none. */
static void
test_rematch(void)
{
	struct import_result	 res;
	struct store		*s;
	char			*path = db_path();
	const char		*b = "Head\n\nThe harbour of Kelso handled "
	    "120 ships in 2023.\n";
	int64_t			 art_a, art_b;
	long long		 mark;
	char			*text = NULL, *t, *cause = NULL, *title = NULL;
	char			*other = NULL;
	struct article		*art;
	int			 i, n;

	if ((s = open_ok(path, 0)) == NULL ||
	    import_as(s, "/articles/b.txt", b, &res) != 0)
		goto out;
	art_b = res.article;
	if (import_as(s, "/articles/a.txt", "Head\n\nIn 2023 the Kelso "
	    "harbour handled 120 ships.\n", &res) != 0)
		goto out;
	art_a = res.article;
	T_INT(links_of(s, art_b, 1), 0);
	set(s, claim_id(s, art_a, 1), VERDICT_VERIFIED, NULL);

	if (import_as(s, "/articles/b.txt", b, &res) != 0)
		goto out;
	T_INT(res.state, IMPORT_UNCHANGED);
	T_INT(res.relinked, 1);
	T_INT(links_of(s, art_b, 1), 1);
	mark = q_int(s, "SELECT history_id FROM revision_match m JOIN "
	    "revision r ON r.id = m.revision_id WHERE r.article_id = 1");
	T_INT(mark, q_int(s, "SELECT max(id) FROM history"));

	/* Nothing new: nothing done. */
	if (import_as(s, "/articles/b.txt", b, &res) != 0)
		goto out;
	T_INT(res.relinked, 0);
	T_INT(links_of(s, art_b, 1), 1);
	/* A verdict in the article itself changes no link. */
	set(s, claim_id(s, art_b, 1), VERDICT_DISPUTED, NULL);
	if (import_as(s, "/articles/b.txt", b, &res) != 0)
		goto out;
	T_INT(res.relinked, 0);
	T_INT(links_of(s, art_b, 1), 1);
	T_OK(q_int(s, "SELECT history_id FROM revision_match m JOIN "
	    "revision r ON r.id = m.revision_id WHERE r.article_id = 1") >
	    mark);
	/* A verdict taken back: its link goes. */
	set(s, claim_id(s, art_a, 1), VERDICT_NONE, NULL);
	if (import_as(s, "/articles/b.txt", b, &res) != 0)
		goto out;
	T_INT(res.relinked, 1);
	T_INT(links_of(s, art_b, 1), 0);

	/* Many verdicts changed (given here in one go): matched anew. */
	set(s, claim_id(s, art_a, 1), VERDICT_VERIFIED, NULL);
	text = xstrdup("Head\n\nKelso harbour handled 120 ships in 2023.\n\n");
	for (i = 0; i < 80; i++) {
		t = xasprintf("%sClaim %d says nothing.\n\n", text, i);
		free(text);
		text = t;
	}
	if (import_as(s, "/articles/c.txt", text, &res) != 0)
		goto out;
	if (pg_admin != NULL) {
		/* A server takes history only as claimdesk writes it. */
		n = (int)q_int(s, "SELECT count(*) FROM claim c JOIN revision r"
		    " ON r.id = c.revision_id WHERE r.article_id = 3");
		for (i = 1; i <= n; i++)
			set(s, claim_at(s, 3, i), VERDICT_DISPUTED, NULL);
	} else {
		T_INT(q_int(s, "INSERT INTO verdict (claim_id, status, note,"
		    " reviewer, updated_at) SELECT c.id, 'disputed', '', 'x',"
		    " 'now' FROM claim c JOIN revision r ON r.id = c.revision_id"
		    " WHERE r.article_id = 3 RETURNING 0"), 0);
		T_INT(q_int(s, "INSERT INTO history (claim_id, at, reviewer,"
		    " field, old, new) SELECT claim_id, 'now', 'x', 'status',"
		    " 'unreviewed', status FROM verdict WHERE status ="
		    " 'disputed' RETURNING 0"), 0);
	}
	if (import_as(s, "/articles/b.txt", b, &res) != 0)
		goto out;
	T_INT(links_of(s, art_b, 1), 2);

	/* The same without extracting claims: found unchanged, relinked. */
	if ((art = article_from_bytes("b.txt", b, strlen(b), ARTICLE_MAX_SIZE,
	    &cause)) == NULL)
		goto out;
	T_INT(store_find_unchanged(s, "/articles/b.txt", art, &res, &title,
	    &other, &cause), 1);
	T_INT(res.article, art_b);
	T_INT(res.state, IMPORT_UNCHANGED);
	T_INT(res.revision, 1);
	T_STR(title, "A title");
	T_OK(other == NULL);
	free(title);
	title = NULL;
	/* The same bytes under another name: the same article. */
	T_INT(store_find_unchanged(s, "/articles/copy.txt", art, &res, &title,
	    &other, &cause), 1);
	T_INT(res.article, art_b);
	T_STR(other, "/articles/b.txt");
	free(title);
	free(other);
	title = other = NULL;
	article_free(art);
	if ((art = article_from_bytes("b.txt", "Head\n\nOther.\n", 13,
	    ARTICLE_MAX_SIZE, &cause)) == NULL)
		goto out;
	T_INT(store_find_unchanged(s, "/articles/b.txt", art, &res, &title,
	    &other, &cause), 0);
	T_INT(store_find_unchanged(s, "/articles/new.txt", art, &res, &title,
	    &other, &cause), 0);
	T_OK(title == NULL && other == NULL);
	article_free(art);
	set(s, claim_id(s, art_a, 1), VERDICT_NONE, NULL);
	T_INT(store_relink(s, art_b, &cause), 1);
	T_INT(links_of(s, art_b, 1), 1);
	/* Nothing changed since, or only the article's own verdicts: the
	 * links stand. */
	T_INT(store_relink(s, art_b, &cause), 0);
	set(s, claim_id(s, art_b, 1), VERDICT_VERIFIED, NULL);
	T_INT(store_relink(s, art_b, &cause), 0);
	T_INT(links_of(s, art_b, 1), 1);
	T_INT(store_relink(s, 99, &cause), -1);
out:
	free(cause);
	free(text);
	store_close(s);
	free(path);
}

/* Candidates among many verdicts of common words: found by the rare
 * words, looked up one by one (few claims) or in the whole vocabulary
 * (many); numbers must agree. */
static void
test_match_many(void)
{
	static const char *const adj[] = { "new", "old", "big", "small",
	    "green", "costly", "local", "joint", "second", "final" };
	static const char *const noun[] = { "road", "bridge", "school",
	    "park", "housing", "transport", "water", "budget", "harbour",
	    "market", "tax", "library", "hospital", "rail", "energy" };
	struct import_result	 res;
	struct store		*s;
	char			*path = db_path(), *text, *t, *many;
	size_t			 i, len = 0;
	int64_t			 target = 0, homes = 0;

	text = xstrdup("Head\n\n");
	for (i = 0; i < 1500; i++) {
		if (i == 700)
			t = xasprintf("%sKelso studies showed that harbour "
			    "dredging doubled fish stocks!\n\n", text);
		else if (i == 900)
			t = xasprintf("%sThe council approved 1,500 new homes "
			    "in 2024.\n\n", text);
		else
			t = xasprintf("%sOfficials said the council approved "
			    "the %s %s plan for the %s %s!\n\n", text,
			    adj[i % 10], noun[i / 10 % 15], adj[i / 150 % 10],
			    noun[(i * 7) % 15]);
		free(text);
		text = t;
	}
	if ((s = open_ok(path, 0)) == NULL ||
	    import_as(s, "/articles/v.txt", text, &res) != 0)
		goto out;
	T_INT(res.claims, 1500);
	T_INT(q_int(s, "INSERT INTO verdict (claim_id, status, note, reviewer,"
	    " updated_at) SELECT id, 'verified', '', 'x', 'now' FROM claim "
	    "RETURNING 0"), 0);
	T_INT(q_int(s, pg_admin != NULL ? "SELECT count(*) FROM earlier_text" : "SELECT count(*) FROM earlier_fts"), 1500);
	target = claim_id(s, res.article, 701);
	homes = claim_id(s, res.article, 901);

	/* One claim: each word looked up. */
	if (import_as(s, "/articles/n1.txt", "Head\n\nHarbour dredging "
	    "doubled the fish stocks, a Kelso study showed!\n", &res) != 0)
		goto out;
	T_INT(q_int(s, "SELECT count(*) FROM claim_match"), 1);
	T_INT(links_of(s, res.article, 1), 1);
	T_INT(q_int(s, "SELECT earlier_id FROM claim_match"), target);

	/* Numbers as written otherwise, or other numbers. */
	if (import_as(s, "/articles/n2.txt", "Head\n\nIn 2024 the council "
	    "approved 1500 new homes.\n\nIn 2024 the council approved 1600 "
	    "new homes.\n", &res) != 0)
		goto out;
	T_INT(links_of(s, res.article, 1), 1);
	T_INT(links_of(s, res.article, 2), 0);
	T_INT(q_int(s, "SELECT count(*) FROM claim_match WHERE earlier_id = "
	    "(SELECT min(id) FROM claim WHERE text LIKE 'The council "
	    "approved 1,500%')"), 1);
	(void)homes;

	/* Many claims: the whole vocabulary read once. */
	many = xstrdup("Head\n\n");
	for (i = 0; i < 100; i++) {
		t = xasprintf("%sClaim %zu about nothing in particular at "
		    "all.\n\n%s", many, i, i == 50 ? "A Kelso study showed "
		    "harbour dredging doubled fish stocks!\n\n" : "");
		free(many);
		many = t;
		len = strlen(many);
	}
	T_OK(len * 5 > 1500);
	if (import_as(s, "/articles/n3.txt", many, &res) != 0)
		goto out;
	T_INT(res.claims, 101);
	T_INT(links_of(s, res.article, 52), 1);
	T_INT(q_int(s, "SELECT count(*) FROM claim_match m JOIN claim c ON "
	    "c.id = m.claim_id JOIN revision r ON r.id = c.revision_id "
	    "WHERE r.article_id = 4"), 1);
	free(many);
out:
	store_close(s);
	free(text);
	free(path);
}

/* The address an article was published at. */
/* Imports TEXT under PATH with the page metadata PAGE (copied). */
static int
import_page(struct store *s, const char *path, const char *text,
    const struct meta *page, struct import_result *res)
{
	struct doc	*doc = mkdoc(text);
	struct meta	 m;
	char		*cause = NULL;
	unsigned	 f;
	int		 rc;

	memset(&m, 0, sizeof m);
	for (f = 1; f <= META_ALL; f <<= 1)
		meta_copy_field(&m, page, f);
	doc_set_meta(doc, &m);
	rc = store_import(s, path, doc, "importer", 0, res, &cause);
	if (rc != 0)
		T_FAIL("store_import: %s", cause);
	free(cause);
	doc_free(doc);
	return rc;
}

/* The metadata of ARTICLE's current revision, loaded into *M. */
static unsigned
meta_of(struct store *s, int64_t article, struct meta *m)
{
	char		*cause = NULL;
	unsigned	 edited = 0;

	meta_clear(m);
	if (store_meta_load(s, article, m, &edited, &cause) != 0)
		T_FAIL("store_meta_load: %s", cause);
	free(cause);
	return edited;
}

/* Metadata per revision: the page's, a person's, carried to the next
 * revision with a person's edits kept over the page's. */
static void
test_meta(void)
{
	struct import_result	 res;
	struct st_article	*a;
	struct store		*s;
	struct meta		 page, set, m;
	char			*path = db_path(), *cause = NULL;
	int64_t			 art;

	memset(&page, 0, sizeof page);
	memset(&set, 0, sizeof set);
	memset(&m, 0, sizeof m);
	page.title = xstrdup("Budget report \xe2\x80\x93 as the page says");
	meta_add_author(&page, "Ann Lee");
	meta_add_author(&page, "Bo Chan");
	page.date = xstrdup("2024-03-01T08:00:00Z");
	page.site = xstrdup("The Daily Example");
	page.url = xstrdup("https://news.example/budget");
	page.lang = xstrdup("en-GB");
	if ((s = open_ok(path, 0)) == NULL ||
	    import_page(s, "/articles/a.html", rev1, &page, &res) != 0)
		goto out;
	art = res.article;
	/* The page's title is the article's; everything else is kept. */
	T_INT(meta_of(s, art, &m), 0);
	T_STR(m.title, "Budget report \xe2\x80\x93 as the page says");
	T_INT(m.nauthors, 2);
	T_STR(m.nauthors == 2 ? m.authors[1] : NULL, "Bo Chan");
	T_STR(m.date, "2024-03-01T08:00:00Z");
	T_STR(m.site, "The Daily Example");
	T_STR(m.url, "https://news.example/budget");
	T_STR(m.lang, "en-GB");
	if ((a = load(s, art)) != NULL) {
		T_STR(a->title, "Budget report \xe2\x80\x93 as the page says");
		T_STR(a->url, "https://news.example/budget");
		T_STR(a->site, "The Daily Example");
		T_STR(a->date, "2024-03-01T08:00:00Z");
		st_article_free(a);
	}

	/* A person corrects the date and the title, clears the language. */
	set.date = xstrdup("2024-02-28");
	set.title = xstrdup("Budget report");
	set.lang = xstrdup("");
	T_INT(store_meta_set(s, art, &set, META_DATE | META_TITLE | META_LANG,
	    &cause), 0);
	T_INT(meta_of(s, art, &m), META_DATE | META_TITLE | META_LANG);
	T_STR(m.date, "2024-02-28");
	T_STR(m.title, "Budget report");
	T_OK(m.lang == NULL);
	T_STR(m.site, "The Daily Example");
	T_INT(q_int(s, "SELECT count(*) FROM article WHERE title = "
	    "'Budget report'"), 1);
	/* An empty title is refused whole: the date stays as it is. */
	free(set.title);
	set.title = xstrdup("");
	free(set.date);
	set.date = xstrdup("2000-01-01");
	T_INT(store_meta_set(s, art, &set, META_TITLE | META_DATE, &cause),
	    -1);
	T_OK(cause != NULL && strstr(cause, "title") != NULL);
	free(cause);
	cause = NULL;
	meta_of(s, art, &m);
	T_STR(m.date, "2024-02-28");
	T_INT(store_meta_set(s, 99, &set, META_DATE, &cause), -1);
	T_OK(cause != NULL && strstr(cause, "no article") != NULL);
	free(cause);
	cause = NULL;

	/* The same text again changes nothing, whatever its page says. */
	free(page.site);
	page.site = xstrdup("Another Name");
	if (import_page(s, "/articles/a.html", rev1, &page, &res) != 0)
		goto out;
	T_INT(res.state, IMPORT_UNCHANGED);
	meta_of(s, art, &m);
	T_STR(m.site, "The Daily Example");

	/* A new revision: the person's fields stay, the page's are new, and
	 * what the page no longer says is carried. */
	free(page.date);
	page.date = xstrdup("2030-01-01");
	free(page.lang);
	page.lang = xstrdup("fr");
	free(page.url);
	page.url = NULL;
	meta_clear(&set);
	meta_add_author(&set, "Cy Dee");	/* the page names another */
	meta_copy_field(&page, &set, META_AUTHORS);
	if (import_page(s, "/articles/a.html", rev2, &page, &res) != 0)
		goto out;
	T_INT(res.state, IMPORT_REVISED);
	T_INT(meta_of(s, art, &m), META_DATE | META_TITLE | META_LANG);
	T_STR(m.title, "Budget report");
	T_STR(m.date, "2024-02-28");
	T_OK(m.lang == NULL);
	T_STR(m.site, "Another Name");
	T_STR(m.url, "https://news.example/budget");
	T_INT(m.nauthors, 1);
	T_STR(m.nauthors == 1 ? m.authors[0] : NULL, "Cy Dee");
	T_INT(q_int(s, "SELECT count(*) FROM revision_meta"), 2);
	T_INT(q_int(s, "SELECT count(*) FROM revision_author"), 3);

	/* A plain-text article: a person gives all of it. */
	meta_clear(&page);
	if (import_page(s, "/articles/b.txt", rev3, &page, &res) != 0)
		goto out;
	T_INT(meta_of(s, res.article, &m), 0);
	T_STR(m.title, "A title");
	T_OK(m.url == NULL && m.date == NULL && m.nauthors == 0);
	meta_clear(&set);
	set.url = xstrdup("https://example.org/b");
	meta_add_author(&set, "Di Eve");
	T_INT(store_meta_set(s, res.article, &set, META_URL | META_AUTHORS,
	    &cause), 0);
	T_INT(meta_of(s, res.article, &m), META_URL | META_AUTHORS);
	T_STR(m.url, "https://example.org/b");
	/* "" clears it; the authors go with an empty list. */
	meta_clear(&set);
	set.url = xstrdup("");
	T_INT(store_meta_set(s, res.article, &set, META_URL | META_AUTHORS,
	    &cause), 0);
	meta_of(s, res.article, &m);
	T_OK(m.url == NULL && m.nauthors == 0);
out:
	meta_clear(&page);
	meta_clear(&set);
	meta_clear(&m);
	free(cause);
	store_close(s);
	free(path);
}

/* The names articles are known by, the dates and fields of metadata. */
static void
test_names_dates(void)
{
	static const struct {
		const char	*url, *name;
	} urls[] = {
		{ "https://news.example/a/b?x=1#top",
		    "https://news.example/a/b?x=1" },
		{ "HTTP://News.Example:8080/A/B", "http://news.example:8080/A/B" },
		{ "https://news.example", "https://news.example/" },
		{ "https://news.example?q=A", "https://news.example/?q=A" },
		{ "https://news.example#x", "https://news.example/" },
		{ "ftp://news.example/a", NULL },
		{ "/srv/news/a.html", NULL }
	};
	static const char *const good[] = {
		"2024-03-01", "2024-03-01T08:00:00Z", "2024-03-01T08:00Z",
		"2024-03-01 08:00:00+02:00", "2024-03-01T08:00:00.123-0500",
		"2024-02-29T23:59:60Z"
	};
	static const char *const bad[] = {
		"", "2024", "2024-3-1", "2024-13-01", "2024-00-10",
		"2024-03-32", "01/03/2024", "2024-03-01T25:00Z",
		"2024-03-01T08:00:00Zjunk", "2024-03-01T08", "yesterday",
		"2024-03-01T08:00:00+2"
	};
	char		*name, *list;
	size_t		 i;

	for (i = 0; i < sizeof urls / sizeof urls[0]; i++) {
		name = paths_url(urls[i].url);
		T_STR(name, urls[i].name);
		free(name);
	}
	T_OK(paths_is_stdin("stdin:0123456789abcdef"));
	T_OK(!paths_is_stdin("stdin:0123456789abcde"));
	T_OK(!paths_is_stdin("stdin:0123456789abcdefa"));
	T_OK(!paths_is_stdin("/tmp/stdin:0123456789abcdef"));
	for (i = 0; i < sizeof good / sizeof good[0]; i++) {
		if (!meta_date_ok(good[i]))
			T_FAIL("a date: %s", good[i]);
	}
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		if (meta_date_ok(bad[i]))
			T_FAIL("not a date: %s", bad[i]);
	}
	T_INT(meta_fields_parse("date,url,nonsense,title"),
	    META_DATE | META_URL | META_TITLE);
	T_INT(meta_fields_parse(""), 0);
	T_INT(meta_fields_parse(NULL), 0);
	list = meta_fields_list(META_ALL);
	T_STR(list, "title,authors,date,site,url,lang");
	T_INT(meta_fields_parse(list), META_ALL);
	free(list);
	T_STR(meta_field_name(META_SITE), "site");
	T_OK(meta_field_name(META_SITE | META_URL) == NULL);
}

/* Migration 6 moves article.url (import --url) into the current
 * revision's metadata, as set by a person, and drops the column. */
static void
test_upgrade_url(void)
{
	struct store	*s;
	struct meta	 m;
	char		*path = db_path(), *schema, *six;
	unsigned	 edited;
	sqlite3		*db;

	memset(&m, 0, sizeof m);
	if ((s = open_ok(path, 0)) != NULL)
		store_close(s);
	unlink(path);
	schema = xstrdup(schema_sql);
	if ((six = strstr(schema, "\n-- migration 6\n")) != NULL)
		*six = '\0';
	sqlite3_open(path, &db);
	T_INT(sqlite3_exec(db, schema, NULL, NULL, NULL), SQLITE_OK);
	T_INT(sqlite3_exec(db, "PRAGMA user_version = 5;"
	    "INSERT INTO article (id, path, title, url, created_at) VALUES"
	    " (1, '/a.txt', 'A', 'https://example.org/a', 'T'),"
	    " (2, '/b.txt', 'B', NULL, 'T');"
	    "INSERT INTO revision (id, article_id, number, text, hash, title,"
	    " imported_at, imported_by) VALUES"
	    " (1, 1, 1, 'x', 'h', 'A', 'T', 'me'),"
	    " (2, 1, 2, 'y', 'h', 'A', 'T', 'me'),"
	    " (3, 2, 1, 'z', 'h', 'B', 'T', 'me');", NULL, NULL, NULL),
	    SQLITE_OK);
	sqlite3_close(db);
	free(schema);
	if ((s = open_ok(path, 0)) == NULL)
		goto out;
	T_INT(q_int(s, "PRAGMA user_version"), schema_version());
	edited = meta_of(s, 1, &m);
	T_STR(m.url, "https://example.org/a");
	T_INT(edited, META_URL);
	T_INT(q_int(s, "SELECT revision_id FROM revision_meta"), 2);
	meta_of(s, 2, &m);
	T_OK(m.url == NULL);
	T_INT(q_int(s, "SELECT count(*) FROM pragma_table_info('article')"
	    " WHERE name = 'url'"), 0);
	store_close(s);
out:
	meta_clear(&m);
	free(path);
}

/* anchor_place() alone. */
static void
test_anchor(void)
{
	static const char	 olddoc[] = "Yes. A is 1. Yes. B is 2.";
	static const char	 newdoc[] = "B is 2. Yes. A is 1. Yes. Z.";
	struct anchor_old	 o[3];
	struct anchor_new	 n[5];

	memset(o, 0, sizeof o);
	memset(n, 0, sizeof n);
	/* The second "Yes." of the old text (before "B is 2."). */
	o[0] = (struct anchor_old){ olddoc, strlen(olddoc), 13, 17, "Yes.",
	    1, 0, 0, 0, 0 };
	o[1] = (struct anchor_old){ olddoc, strlen(olddoc), 5, 12, "A is 1.",
	    0, 0, 0, 0, 0 };
	o[2] = (struct anchor_old){ olddoc, strlen(olddoc), 18, 25, "B is 2.",
	    1, 0, 0, 0, 0 };
	n[0] = (struct anchor_new){ 0, 7, "B is 2.", 1, 0 };
	n[1] = (struct anchor_new){ 8, 12, "Yes.", 0, 0 };
	n[2] = (struct anchor_new){ 13, 20, "A is 1.", 0, 0 };
	n[3] = (struct anchor_new){ 21, 25, "Yes.", 0, 0 };
	n[4] = (struct anchor_new){ 26, 28, "Z.", 1, 0 };
	anchor_place(o, 3, newdoc, strlen(newdoc), n, 5);
	T_INT(o[2].how, ANCHOR_EXACT);
	T_INT(o[2].cand, 0);
	/* The "Yes." that still follows "A is 1.", not the first one. */
	T_INT(o[0].how, ANCHOR_EXACT);
	T_INT(o[0].cand, 3);
	/* Stateless claims go only onto claims. */
	T_INT(o[1].how, ANCHOR_NONE);

	T_OK(anchor_similarity("Sales rose 5% in 2023", "sales rose 7% in "
	    "2023") > 0.7);
	T_OK(anchor_similarity("abc", "xyz") == 0);
}

/* Names shown without their password; a connection string in keyword
 * form is never taken for a file. */
static void
test_name_safe(void)
{
	static const struct {
		const char	*name, *shown;
	} names[] = {
		{ "postgresql://alice:pw@db.example/desk",
		    "postgresql://alice@db.example/desk" },
		{ "postgres://alice:p:w@db.example:5433/desk?sslmode=require",
		    "postgres://alice@db.example:5433/desk?sslmode=require" },
		{ "postgresql:///desk?host=/run/pg&password=pw&user=a",
		    "postgresql:///desk?host=/run/pg&user=a" },
		{ "postgresql:///desk?password=pw", "postgresql:///desk" },
		{ "postgresql://a@h/d?user=b&password=pw",
		    "postgresql://a@h/d?user=b" },
		{ "pg:newsdesk", "pg:newsdesk" },
		{ "host=/run/pg dbname=desk password=pw user=a",
		    "host=/run/pg dbname=desk user=a" },
		{ "dbname=desk password='p w\\' x'", "dbname=desk" },
		{ "/home/a/claimdesk.db", "/home/a/claimdesk.db" },
		{ "my:pw@file.db", "my:pw@file.db" },
	};
	struct store	*s;
	char		*out, *cause = NULL, *path;
	size_t		 i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		out = store_name_safe(names[i].name);
		T_STR(out, names[i].shown);
		free(out);
	}
	T_INT(store_is_conninfo("host=/run/pg dbname=desk"), 1);
	T_INT(store_is_conninfo("dbname=desk"), 1);
	T_INT(store_is_conninfo("/home/a/user=x.db"), 0);
	T_INT(store_is_conninfo("a=b.db"), 0);

	path = xasprintf("%s/x user=a password=pw", tmpdir);
	s = store_open(path, 0, &cause);
	T_OK(s == NULL);
	T_OK(cause != NULL && strstr(cause, "postgresql://") != NULL &&
	    strstr(cause, "pw") == NULL);
	T_OK(access(path, F_OK) != 0);
	free(cause);
	free(path);
}

/* SQL run on the server's database URL, as its owner. */
static void
pg_raw_sql(const char *url, const char *sql)
{
	struct db	*db = NULL;

	if (db_pg_open(&db, url) != 0 || db_exec(db, sql) != 0)
		T_FAIL("%s: %s", sql, db != NULL ? db_errmsg(db) : "no memory");
	db_close(db);
}

/*
 * On a server: a schema newer than this claimdesk's and another program's
 * tables are refused untouched; a read-only open reads and refuses
 * changes; a server that is not there is one line.
 */
static void
test_pg_refusals(void)
{
	struct store		*s;
	struct import_result	 res;
	char			*path = db_path(), *other = db_path();
	char			*cause = NULL;
	int64_t			 c1;

	if ((s = open_ok(path, 0)) == NULL || import(s, rev1, &res) != 0)
		goto out;
	store_close(s);
	if ((s = open_ok(path, STORE_READONLY)) == NULL)
		goto out;
	T_INT(store_readonly(s), 1);
	T_INT(store_find_claim(s, 1, 1, &c1, &cause), 0);
	T_INT(store_set_verdict(s, c1, VERDICT_DISPUTED, NULL, by("x", NULL),
	    NULL, &cause), -1);
	T_OK(cause != NULL && strstr(cause, "read-only") != NULL);
	free(cause);
	cause = NULL;
	store_close(s);

	pg_raw_sql(path, "UPDATE claimdesk_schema SET version = 99");
	open_fails(path, 0, "made by a newer claimdesk (schema version 99");
	open_fails(path, STORE_READONLY, "newer claimdesk");
	/* Left untouched: still the version it was set to. */
	pg_raw_sql(path, "DO $$ BEGIN IF (SELECT version FROM "
	    "claimdesk_schema) <> 99 THEN RAISE 'changed'; END IF; END $$");

	pg_raw_sql(other, "CREATE TABLE t (x int)");
	open_fails(other, 0, "not a claimdesk database");

	open_fails("postgresql:///none?host=/nonexistent", 0,
	    "cannot connect to the server");
out:
	free(path);
	free(other);
}

/*
 * A claim's text found in the raw text: inside a longer sentence it is an
 * edit of the claim (its verdict stale), on the sentence; over whole
 * sentences (a span made by hand over two) it is the claim.
 */
static void
test_anchor_raw(void)
{
	static const char	 olddoc[] = "He said that the council voted "
	    "against it.";
	static const char	 newdoc[] = "Later, he said that the\ncouncil "
	    "voted  against it twice.";
	static const char	 olddoc2[] = "Intro. A is 1. B is 2. End.";
	static const char	 newdoc2[] = "Other words here. A is 1.\nB is 2."
	    " Then more.";
	struct anchor_old	 o;
	struct anchor_new	 n, n2[4];

	o = (struct anchor_old){ olddoc, strlen(olddoc), 8, 41,
	    "that the council voted against it", 1, 0, 0, 0, 0 };
	n = (struct anchor_new){ 0, strlen(newdoc), newdoc, 0, 0 };
	anchor_place(&o, 1, newdoc, strlen(newdoc), &n, 1);
	T_INT(o.how, ANCHOR_CONTEXT);
	T_INT(o.cand, 0);
	T_INT(o.nstart, 0);
	T_INT(o.nend, strlen(newdoc));

	o = (struct anchor_old){ olddoc2, strlen(olddoc2), 7, 22,
	    "A is 1. B is 2.", 1, 0, 0, 0, 0 };
	n2[0] = (struct anchor_new){ 0, 17, "Other words here.", 1, 0 };
	n2[1] = (struct anchor_new){ 18, 25, "A is 1.", 1, 0 };
	n2[2] = (struct anchor_new){ 26, 33, "B is 2.", 1, 0 };
	n2[3] = (struct anchor_new){ 34, 44, "Then more.", 1, 0 };
	anchor_place(&o, 1, newdoc2, strlen(newdoc2), n2, 4);
	T_INT(o.how, ANCHOR_EXACT);
	T_OK(o.cand == ANCHOR_NOCAND);
	T_INT(o.nstart, 18);
	T_INT(o.nend, 33);
}

/* Whether the data version of S moves from DV, as the screen's poll sees
 * it: at once on SQLite, on PostgreSQL when the notification arrives. */
static int
version_moves(struct store *s, int dv)
{
	int	now = dv, i;

	for (i = 0; i < 500 && now == dv; i++) {
		if (store_data_version(s, &now, NULL) != 0)
			return 0;
		if (now == dv)
			usleep(10000);
	}
	return now != dv;
}

/* K holds a copy of TEXT as revision REV's; the copy is returned. */
static char *
hold(struct st_text *k, int64_t rev, const char *text)
{
	k->rev = rev;
	k->len = strlen(text);
	return k->text = xstrdup(text);
}

/* A store_changes() callback: counts the rows. */
static int
count_row(const struct st_history *h, void *arg)
{
	(void)h;
	(*(int *)arg)++;
	return 0;
}

/* Text the caller holds (an unchanged file's) is taken for the revision it
 * is, and only for it; what another process changes after a load began
 * shows in the data version. */
static void
test_known_text(void)
{
	struct import_result	 res;
	struct st_text		 known;
	struct st_article	*a;
	struct store		*s, *other = NULL;
	char			*path = db_path(), *cause = NULL, *mine;
	const char		*v1 = "Head\n\nAlpha has 1 thing.\n";
	const char		*v2 = "Head\n\nAlpha has 2 thing.\n";
	int64_t			 orig_rev, last;
	int			 news = 0;

	if ((s = open_ok(path, 0)) == NULL || import(s, v1, &res) != 0)
		goto out;
	T_OK(res.revision_id > 0);
	orig_rev = res.revision_id;
	import(s, v1, &res);
	T_INT(res.state, IMPORT_UNCHANGED);
	T_INT(res.revision_id, orig_rev);

	set(s, claim_id(s, res.article, 1), VERDICT_VERIFIED, NULL);
	mine = hold(&known, orig_rev, v1);
	if ((a = store_article_load(s, res.article, &known, &cause)) == NULL)
		goto out;
	T_OK(known.text == NULL);
	T_OK(a->text == mine);
	T_INT(a->revision_id, orig_rev);
	T_INT(a->nclaims, 1);
	/* Another process changes a verdict after the load began. */
	if ((other = open_ok(path, 0)) != NULL)
		set(other, a->claims[0].id, VERDICT_DISPUTED, NULL);
	T_OK(version_moves(s, a->data_version));
	/* ... and its history row is news after the load's. */
	T_INT(store_changes(s, res.article, a->last_history, &last,
	    count_row, &news, &cause), 0);
	T_INT(news, 1);
	st_article_free(a);

	/* A load that fails after taking the text gives it back: the screen
	 * refreshing still shows it. */
	if (pg_admin == NULL) {
		mine = hold(&known, orig_rev, v1);
		T_INT(db_exec(store_db(s), "ALTER TABLE verdict RENAME TO v2"),
		    0);
		a = store_article_load(s, res.article, &known, &cause);
		T_OK(a == NULL && known.text == mine);
		st_article_free(a);
		free(cause);
		cause = NULL;
		free(mine);
		T_INT(db_exec(store_db(s), "ALTER TABLE v2 RENAME TO verdict"),
		    0);
	}

	/* A new revision: the text held is not the current one's. */
	import(s, v2, &res);
	T_INT(res.state, IMPORT_REVISED);
	T_OK(res.revision_id != orig_rev);
	mine = hold(&known, orig_rev, v1);
	if ((a = store_article_load(s, res.article, &known, &cause)) == NULL)
		goto out;
	T_OK(known.text == mine);
	T_STR(a->text, v2);
	T_INT(a->revision_id, res.revision_id);
	st_article_free(a);
	free(mine);
out:
	if (cause != NULL)
		T_FAIL("%s", cause);
	free(cause);
	store_close(other);
	store_close(s);
	free(path);
}

/* Two loads of article ID, one read ahead, hold the same. */
static void
same_article(const struct st_article *a, const struct st_article *b)
{
	size_t	i;

	T_INT(a->id, b->id);
	T_INT(a->revision_id, b->revision_id);
	T_INT(a->len, b->len);
	T_STR(a->text, b->text);
	T_STR(a->title, b->title);
	T_INT(a->nclaims, b->nclaims);
	for (i = 0; i < a->nclaims && i < b->nclaims; i++) {
		T_INT(a->claims[i].id, b->claims[i].id);
		T_INT(a->claims[i].number, b->claims[i].number);
		T_INT(a->claims[i].status, b->claims[i].status);
		T_INT(a->claims[i].matches, b->claims[i].matches);
		T_STR(a->claims[i].text, b->claims[i].text);
		T_STR(a->claims[i].note, b->claims[i].note);
	}
	T_INT(a->norphans, b->norphans);
}

/* An article read ahead on a second connection is used only when it is
 * the revision whose text the caller holds and the caller changed nothing
 * meanwhile, or only what it says changes nothing the claims show. */
static void
test_preload(void)
{
	struct import_result	 res;
	struct store_preload	*pl;
	struct st_text		 known;
	struct st_article	*a, *b = NULL;
	struct store		*s, *other = NULL;
	char			*path = db_path(), *mine;
	const char		*v1 = "Head\n\nAlpha has 1 thing.\n\n"
	    "Beta has 2 things.\n\nGamma has 3 things.\n";

	if ((s = open_ok(path, 0)) == NULL || import(s, v1, &res) != 0)
		goto out;
	set(s, claim_id(s, res.article, 2), VERDICT_VERIFIED, "a note");
	if ((b = load(s, res.article)) == NULL)
		goto out;
	/* Read ahead: the same article, its text the caller's. */
	mine = hold(&known, res.revision_id, v1);
	T_OK((pl = store_preload_start(s, res.article)) != NULL);
	a = store_preload_finish(pl, s, &known);
	T_OK(a != NULL && known.text == NULL);
	if (a != NULL) {
		T_OK(a->text == mine);
		same_article(a, b);
	}
	st_article_free(a);

	/* No text held, or another revision's: nothing to use. */
	a = store_preload_finish(store_preload_start(s, res.article), s,
	    NULL);
	T_OK(a == NULL);
	mine = hold(&known, res.revision_id + 1, v1);
	a = store_preload_finish(store_preload_start(s, res.article), s,
	    &known);
	T_OK(a == NULL && known.text == mine);
	known.rev = res.revision_id;

	/* The caller's connection changed a row meanwhile. */
	pl = store_preload_start(s, res.article);
	set(s, claim_id(s, res.article, 1), VERDICT_DISPUTED, NULL);
	a = store_preload_finish(pl, s, &known);
	T_OK(a == NULL && known.text == mine);

	/* Rows allowed for are no reason; rows changed after are. */
	pl = store_preload_start(s, res.article);
	T_INT(store_relink(s, res.article, NULL), 0);
	store_preload_allow(pl, s);
	a = store_preload_finish(pl, s, &known);
	T_OK(a != NULL && known.text == NULL);
	st_article_free(a);
	mine = hold(&known, res.revision_id, v1);
	pl = store_preload_start(s, res.article);
	store_preload_allow(pl, s);
	set(s, claim_id(s, res.article, 1), VERDICT_VERIFIED, NULL);
	a = store_preload_finish(pl, s, &known);
	T_OK(a == NULL && known.text == mine);

	/* Another process did: the article is used, and the change shows. */
	pl = store_preload_start(s, res.article);
	if ((other = open_ok(path, 0)) != NULL)
		set(other, claim_id(other, res.article, 3), VERDICT_UNSOURCED,
		    NULL);
	a = store_preload_finish(pl, s, &known);
	T_OK(a != NULL && known.text == NULL);
	T_OK(a == NULL || version_moves(s, a->data_version));
	st_article_free(a);
out:
	st_article_free(b);
	store_close(other);
	store_close(s);
	free(path);
}

int
main(void)
{
	const char	*t = getenv("TMPDIR");

	snprintf(tmpdir, sizeof tmpdir, "%s/test_store.XXXXXX",
	    t != NULL && *t != '\0' ? t : "/tmp");
	if (mkdtemp(tmpdir) == NULL) {
		perror("mkdtemp");
		return 1;
	}
	setenv("SOURCE_DATE_EPOCH", "1764158400", 1);
	if ((pg_admin = getenv("CLAIMDESK_TEST_PG")) != NULL &&
	    *pg_admin != '\0') {
		pg_run = (unsigned)getpid();
		T_RUN(test_mark);
		T_RUN(test_known_text);
		T_RUN(test_manual);
		T_RUN(test_split_join);
		T_RUN(test_replaced);
		T_RUN(test_split_reimport);
		T_RUN(test_split_denied);
		T_RUN(test_split_edit_reimport);
		T_RUN(test_span_reimport);
		T_RUN(test_span_edit_reimport);
		T_RUN(test_reanchor);
		T_RUN(test_source);
		T_RUN(test_stale_orphan);
		T_RUN(test_undo_confirm);
		T_RUN(test_adopt_orphan);
		T_RUN(test_typography_carried);
		T_RUN(test_dropped_orphan);
		T_RUN(test_whole_in_longer);
		T_RUN(test_repeat_no_overlap);
		T_RUN(test_undo_giver);
		T_RUN(test_undo_giver_split);
		T_RUN(test_undo_giver_chain);
		T_RUN(test_allow);
		T_RUN(test_claim_by_id);
		T_RUN(test_list_stats);
		T_RUN(test_seen_before);
		T_RUN(test_load_order);
		T_RUN(test_rematch);
		T_RUN(test_match_many);
		T_RUN(test_meta);
		T_RUN(test_anchor);
		T_RUN(test_anchor_raw);
		T_RUN(test_pg_refusals);
		rmdir(tmpdir);
		return T_DONE();
	}
	T_RUN(test_names);
	T_RUN(test_name_safe);
	T_RUN(test_known_text);
	T_RUN(test_preload);
	T_RUN(test_now);
	T_RUN(test_open);
	T_RUN(test_orphan_plans);
	T_RUN(test_mark);
	T_RUN(test_reviewers);
	T_RUN(test_manual);
	T_RUN(test_split_join);
	T_RUN(test_replaced);
	T_RUN(test_split_reimport);
	T_RUN(test_split_denied);
	T_RUN(test_split_edit_reimport);
	T_RUN(test_span_reimport);
	T_RUN(test_span_edit_reimport);
	T_RUN(test_reanchor);
	T_RUN(test_source);
	T_RUN(test_stale_orphan);
	T_RUN(test_undo_confirm);
	T_RUN(test_adopt_orphan);
	T_RUN(test_typography_carried);
	T_RUN(test_dropped_orphan);
	T_RUN(test_whole_in_longer);
	T_RUN(test_repeat_no_overlap);
	T_RUN(test_undo_giver);
	T_RUN(test_undo_giver_split);
	T_RUN(test_undo_giver_chain);
	T_RUN(test_allow);
	T_RUN(test_claim_by_id);
	T_RUN(test_list_stats);
	T_RUN(test_refusals);
	T_RUN(test_corrupt);
	T_RUN(test_locked);
	T_RUN(test_readonly);
	T_RUN(test_readonly_dir);
	T_RUN(test_fixture_current);
	T_RUN(test_upgrade_v1);
	T_RUN(test_seen_before);
	T_RUN(test_load_order);
	T_RUN(test_rematch);
	T_RUN(test_match_many);
	T_RUN(test_names_dates);
	T_RUN(test_meta);
	T_RUN(test_upgrade_url);
	T_RUN(test_anchor);
	T_RUN(test_anchor_raw);
	{
		char	*cmd = xasprintf("chmod -R u+rwx '%s' && rm -rf '%s'",
			    tmpdir, tmpdir);

		if (system(cmd) != 0)
			fprintf(stderr, "could not remove %s\n", tmpdir);
		free(cmd);
	}
	return T_DONE();
}
