/* store-int.h: what the store's files (store*.c) share, and no one else. */
#ifndef CD_STORE_INT_H
#define CD_STORE_INT_H

#include <stdint.h>

#include "db.h"

#include "anchor.h"
#include "store.h"

/*
 * Reading order for orphans, found through the partial index claim_orphan
 * (schema.sql): "+ 0" keeps SQLite from choosing claim_revision instead for
 * the order of its start column, which reads every claim of each revision
 * to find the few orphans (30 ms for a revision of 100,000 claims).
 */
#define ORPHAN_ORDER	"c.start + 0, c.\"end\", c.id"

/* Joined to claim_match m: its earlier claim, when that claim is not
 * dropped (nor split or joined): a dropped claim's verdict is no earlier
 * verdict (SPEC §8). */
#define MATCH_LIVE_SQL							\
	"JOIN claim me ON me.id = m.earlier_id AND me.dismissed = 0"

/*
 * Whether dismissed claim c was dropped by a reviewer (x), as stats counts
 * and learn reads it: a claim split or joined, and the parts of a split or
 * a join undone, are dismissed too, but the claims that replace them stand
 * over their text.
 */
#define CLAIM_DROPPED_SQL	"(c.dismissed = 1 AND c.replaced = 0)"

/* The claim ?1 and those it continues: of earlier revisions (prev_id),
 * and the claim a split or a join last carried its verdict from (the
 * part's "stale" row says "carried from claim N"), both links of each
 * claim (a claim a join took back has both). The chain holds NULLs, which
 * no IN matches; UNION ends it where a split undone and made again
 * carried a verdict back and forth. One reference to the chain, as
 * PostgreSQL asks: each claim is read twice, once a link. */
#define STORE_CHAIN_SQL							\
	"WITH RECURSIVE chain (id) AS (SELECT ?1 UNION"			\
	" SELECT CASE k.k WHEN 0 THEN c.prev_id ELSE (SELECT x.id"	\
	"  FROM history h JOIN claim x"					\
	"  ON x.revision_id = c.revision_id"				\
	"  AND h.origin = 'carried from claim ' || x.number"		\
	"  WHERE h.claim_id = c.id AND h.field = 'claim'"		\
	"  AND h.new = 'stale' ORDER BY h.id DESC LIMIT 1) END"	\
	" FROM claim c JOIN chain ON c.id = chain.id"			\
	" CROSS JOIN (SELECT 0 AS k UNION ALL SELECT 1) k)"

/* Who wrote note ?2 of claim ?1: the newest change that wrote it and
 * stands, a reviewer's own or an adoption, on the claim or on those it
 * continues (what an import, a split or an undo wrote names who carried
 * it, not who wrote it). */
#define STORE_NOTE_BY_SQL							\
	STORE_CHAIN_SQL							\
	" SELECT h.reviewer FROM history h"				\
	" WHERE h.claim_id IN (SELECT id FROM chain)"			\
	" AND h.field = 'note' AND h.new = ?2"				\
	" AND (h.origin IS NULL OR h.origin LIKE 'adopted %')"		\
	" AND NOT EXISTS (SELECT 1 FROM history u"			\
	"  WHERE u.claim_id = h.claim_id"				\
	"  AND u.origin = 'undo of change ' || h.id)"			\
	" ORDER BY h.id DESC LIMIT 1"

/* Every statement the store runs, prepared once at open. */
enum store_stmt {
	S_BEGIN_READ,
	S_BEGIN_WRITE,
	S_COMMIT,
	S_ROLLBACK,
	S_ART_BY_PATH,
	S_ART_BY_ID,
	S_ART_INSERT,
	S_ART_SET_TITLE,
	S_REV_CURRENT,
	S_REV_BY_HASH,
	S_REV_EARLIER_BY_HASH,
	S_ART_PATH,
	S_ART_SET_PATH,
	S_REV_TEXT,
	S_REV_INSERT,
	S_CLAIM_INSERT,
	S_CLAIM_STATE,
	S_CLAIM_BUMP,
	S_DATA_VERSION,
	S_HISTORY_MAX,
	S_HISTORY_SINCE,
	S_CLAIM_LAST_CHANGE,
	S_CLAIM_NEXT,
	S_CLAIM_SET_ORPHAN,
	S_CLAIM_SET_DISMISSED,
	S_CLAIM_SET_SOURCE,
	S_CLAIM_BY_SPAN,
	S_CLAIM_NTH,
	S_ART_NUMBER,
	S_ART_SET_NUMBER,
	S_CLAIM_COUNT,
	S_CLAIM_TOTAL,
	S_CLAIMS_OF_REV,
	S_CLAIMS_ORPHANED,
	S_VERDICT_PUT,
	S_HISTORY_ADD,
	S_HISTORY_TAIL,
	S_ARTICLE_LOAD,
	S_CLAIMS_LOAD,
	S_ORPHANS_LOAD,
	S_MATCH_COUNTS,
	S_LIST,
	S_STATS_ARTICLES,
	S_STATS_STATUS,
	S_STATS_ORPHANS,
	S_STATS_REVIEWERS,
	S_MATCH_CLAIMS,
	S_MATCH_INSERT,
	S_MATCHES_LIST,
	S_CLAIM_VERDICT,
	S_MATCH_MARK,
	S_MATCH_MARK_SET,
	S_HISTORY_LAST,
	S_CHANGED_SINCE,
	S_MATCH_CLEAR,
	S_LAZY,			/* those after are prepared on first use */
	S_SEEN_PROBE = S_LAZY,
	S_SEEN_RANK,
	S_SEEN_SAMPLE,
	S_SEEN_SPAN,
	S_SEEN_CLAIM,
	S_SEEN_NUMBER,
	S_SEEN_IMPORTED,
	S_IMPORTED_FIND,
	S_IMPORTED_INSERT,
	S_IMPORTED_UPDATE,
	S_IMPORTED_FIND_URL,
	S_IMPORTED_REKEY,
	S_IMPORTED_DISSENT,
	S_IMPORTED_ADOPT_LINK,
	S_DISSENT_ALL,
	S_DISAGREE_ALL,
	S_DISAGREE_ARTICLE,
	S_DISSENT_ARTICLE,
	S_CLAIM_GONE,
	S_IMPORTED_LAST,
	S_IMPORTED_LINK,
	S_IMPORTED_CLEAR,
	S_IMPORTED_LIST,
	S_IMPORTED_ONE,
	S_META_GET,		/* store-meta.c */
	S_META_AUTHORS,
	S_META_PUT,
	S_META_AUTHORS_CLEAR,
	S_META_AUTHOR_ADD,
	S_REV_SET_TITLE,
	S_COUNT
};

#define STORE_BUSY_MS	10000		/* SPEC §6: at least 5 s */
#define STORE_APP_ID	1128557361	/* "CDk1", set by migration 1 */

struct store {
	struct db	*db;
	char		*path;		/* as opened; for a server, without
					   its password */
	int		 readonly;
	char		*cause;		/* the last failure, owned */
	enum db_errclass errclass;	/* its class, or DB_E_NONE */
	char		*login;		/* the server's login, or NULL */
	int		 notified;	/* others' changes heard (server) */
	int64_t		 retried;	/* when it last tried to connect
					   again (server), time(3) */
	struct db_stmt	*stmt[S_COUNT];
	int64_t		 change;	/* the first history row of the change
					   being written, and its claim */
	int64_t		 change_claim;
	struct store_rowset *imported;	/* the earlier verdicts an import
					   wrote so far; NULL outside one */
	int64_t		*turned;	/* those of them whose verdict it
					   changed, in order */
	size_t		 nturned;
};

/* Whether ID, an imported verdict's, is the one it was published with,
 * not one claimdesk made for it (store_import_verdict()): its claim's
 * hash, after its URL when it has one. A made id is shown as none. */
int		 store_imported_published_id(const char *id, const char *url);

/* Frees the import's set of rows written (store-imported.c). */
void		 store_imported_forget(struct store *);

/* A migration of a schema file: "-- migration N" and what follows. */
struct store_migration {
	int		 number;
	const char	*sql;
	size_t		 len;
};
#define STORE_MIGRATIONS_MAX	64

/* Splits TEXT (a schema file) on its "-- migration N" lines into at most
 * MAX migrations; returns how many. Out of order is fatal (a build
 * error). */
int		 store_schema_split(const char *text, struct store_migration *,
		    int max);
/* Runs migration M in its own write transaction, begun with the SQL
 * BEGIN_WRITE, unless the schema version VERSION() reads says another
 * process ran it while this one waited; the SQL SET_VERSION followed by
 * M's number records it. 0, or -1 with the error recorded and the
 * transaction rolled back. */
int		 store_migrate_one(struct store *,
		    const struct store_migration *m, const char *begin_write,
		    int (*version)(struct store *, int *),
		    const char *set_version);
/* The schema version this claimdesk knows (schema.sql's last migration;
 * schema-pg.sql has the same). */
int		 store_schema_latest(void);
/* Prepares the statements not prepared yet (those before S_LAZY), or
 * finalizes them all. */
int		 store_prepare_all(struct store *);
void		 store_finalize_all(struct store *);

/* Opening, by engine: 0, or -1 with the error recorded. */
int		 store_sqlite_open(struct store *, int flags);
/* Fills TWIN, zeroed, with a second connection, for reading only, to the
 * SQLite file PATH that a store has open: none of store_sqlite_open()'s
 * checks, which that store passed, and no file opened but through SQLite,
 * whose connections in one process share their locks (closing any other
 * descriptor of the file would drop them: POSIX locks are the process's).
 * 0, or -1 with the error recorded in TWIN. */
int		 store_sqlite_open_twin(struct store *twin, const char *path);
int		 store_sqlite_bulk(struct store *, int on, char **cause);
int		 store_pg_open(struct store *, int flags);
/* PostgreSQL's BEGIN: a snapshot to read, or the one writer's lock. */
int		 store_pg_begin(struct store *, int write);
/* The statements whose text differs on PostgreSQL (NULL: the same). */
extern const char *const store_pg_sql[];
/* store_data_version() on PostgreSQL: the notices of others' commits
 * heard so far. */
int		 store_pg_data_version(struct store *, int *version);

/* Begins the write transaction of a change asked as ASKED: *CH is the
 * change as the server takes it (on PostgreSQL its reviewer is the login).
 * 0, or -1 with *CAUSE. */
int		 store_change_begin(struct store *,
		    const struct st_change *asked, struct st_change *ch,
		    char **cause);
/* The reviewer a change is written as: the login on PostgreSQL. */
const char	*store_who(struct store *, const char *reviewer);

/* The statement ID, reset and with its bindings cleared. */
struct db_stmt	*store_stmt(struct store *, enum store_stmt);
/* The same for ID >= S_LAZY, prepared when first asked for; NULL with the
 * error recorded when it cannot be. */
struct db_stmt	*store_stmt_lazy(struct store *, enum store_stmt);

/* Records the connection's last error as S->cause ("database is locked
 * (...)", or "WHAT: sqlite message"). Returns -1. */
int		 store_dberr(struct store *, const char *what);
/* Records a message of its own as S->cause. Returns -1. */
int		 store_err(struct store *, const char *fmt, ...)
		    __attribute__((format(printf, 2, 3)));
/* Hands S->cause to *CAUSE (or frees it when CAUSE is NULL). Returns -1. */
int		 store_give_cause(struct store *, char **cause);

/* Steps a statement that returns no rows and resets it. 0, or -1 with the
 * error recorded. */
int		 store_exec(struct store *, struct db_stmt *,
		    const char *what);
/* Resets ST after its last db_step() gave RC: 0 when RC is DB_DONE or
 * DB_ROW (a row read, or a walk over the rows stopped early), else -1 with
 * the error recorded ("WHAT: why"). */
int		 store_step_end(struct store *, struct db_stmt *st, int rc,
		    const char *what);

/* BEGIN IMMEDIATE (WRITE) or BEGIN; COMMIT; ROLLBACK (never fails). */
int		 store_begin(struct store *, int write);
int		 store_commit(struct store *);
void		 store_rollback(struct store *);
/* Ends the transaction store_begin() began: commits when RC is 0, else
 * rolls back. 0 after a commit, else -1 with *CAUSE. */
int		 store_end(struct store *, int rc, char **cause);

/* A history row as the chain hashes it (store-check.c); strings may be
 * NULL, CHANGE 0 when the row is the first of its change. */
struct st_history_row {
	int64_t		 id, claim, change;
	const char	*at, *reviewer, *field, *old, *new, *origin;
	const char	*old_name, *old_kind;	/* a source row's old source */
	int		 old_edited;	/* and whether it was set by hand;
					   -1: not told */
};

#define STORE_HASH_HEX	64	/* hex digits of a history hash */

/* The hash of row H after a row whose hash is PREV (NULL when it has none
 * or there is none), in OUT: STORE_HASH_HEX hex digits and a NUL. */
void		 store_history_hash(const char *prev,
		    const struct st_history_row *h, char *out);

/* Appends a history row, chained to the last one. */
int		 store_history(struct store *, int64_t claim, const char *at,
		    const char *reviewer, const char *field, const char *old,
		    const char *new_, const char *origin);
/* The same for a row of field "source", with the name and kind of the old
 * source as they were (old shows them as "Name (role)"), and whether it
 * was set by hand. */
int		 store_history_source(struct store *, int64_t claim,
		    const char *at, const char *reviewer, const char *old,
		    const char *new_, const char *origin, const char *old_name,
		    const char *old_kind, int old_edited);

/* The first column of the first row of SQL (prepared for this call) as an
 * integer: 1 with *VALUE, 0 when there is no row or it is NULL, -1 with
 * the error recorded ("WHAT: why"). */
int		 store_query_int(struct store *, const char *sql,
		    int64_t *value, const char *what);
/* Binds ID as ?1 of ST and steps it to its row: 0 with the row (the
 * caller resets ST), or -1 with ST reset and the error recorded: "no THING
 * with id ID", or the database's error while READING. */
int		 store_row_of(struct store *, struct db_stmt *st, int64_t id,
		    const char *thing, const char *reading);
/* Fills C from the row at ST of a statement whose first
 * STORE_CLAIM_COLUMNS columns are CLAIM_COLUMNS (store.c: S_CLAIM_STATE,
 * S_CLAIMS_LOAD, S_ORPHANS_LOAD, S_CLAIMS_OF_REV, S_CLAIMS_ORPHANED; their
 * own columns follow); its strings owned (st_claim_clear()), its matches
 * left 0. */
#define STORE_CLAIM_COLUMNS	24
void		 store_claim_read(struct db_stmt *st, struct st_claim *c);
/* The text of statement ID for this store's engine. */
const char	*store_stmt_text(struct store *, enum store_stmt id);
/* Fills H's at, reviewer, field, old, new and origin from the row at ST,
 * columns FIRST on, in that order; borrowed from ST, "" for the first three
 * when NULL. */
void		 store_history_read(struct db_stmt *st, int first,
		    struct st_history *h);
/* Steps ST for its first row: 1 with column 0 in *ID, 0 when there is no
 * row, -1 with the error recorded. Resets ST. */
int		 store_step_id(struct store *, struct db_stmt *st, int64_t *id,
		    const char *what);

/* The current revision of ARTICLE: its id, and NUMBER and LEN (bytes of
 * text) when not NULL. 0, or -1 with the error recorded. */
int		 store_current_revision(struct store *, int64_t article,
		    int64_t *rev, int *number, size_t *len);


/* Links the claims of revision REV of ARTICLE to the resembling claims of
 * other articles that have verdicts (SPEC §8), inside the import's
 * transaction, and records up to which history row it did. */
int		 store_match_revision(struct store *, int64_t rev,
		    int64_t article);
/* Links claim ID of ARTICLE, TEXT, made on the screen (a part of a split,
 * a join) after its revision was matched, as store_match_revision() links
 * a revision's claims: its ≈ shows at once, not at the next import. */
int		 store_match_claim(struct store *, int64_t id,
		    const char *text, int64_t article);
/* The same again for a revision already matched, for the verdicts of
 * claims of other articles that changed since (their links made anew);
 * cheap when none did. 1 when the links were made anew, 0 when they
 * stand (at most the record of the match written), -1. */
int		 store_rematch_revision(struct store *, int64_t rev,
		    int64_t article);

/* The next claim number of ARTICLE (schema.sql, migration 4), taken:
 * inside a write transaction the caller holds. 0, or -1 with the error
 * recorded. */
int		 store_next_number(struct store *, int64_t article,
		    int *number);

/* store_article_load()'s work; with NOTEXT the text is not read (the
 * article's text NULL, its len the text's length). */
struct st_article *store_article_read(struct store *, int64_t id,
		    struct st_text *known, int notext, char **cause);

/* A claim to be inserted; its strings borrowed, any may be NULL but TEXT
 * (KINDS: none). */
struct store_new_claim {
	size_t		 start, end;
	const char	*text, *kinds, *source;
	const char	*source_role, *source_kind;
	int		 source_edited;
	int		 score;
	int		 manual;	/* made by hand, not extracted */
	int		 dismissed;
	int		 replaced;	/* see st_claim */
	int64_t		 prev;		/* the claim it continues, 0: none */
	int		 number;
	enum anchor_how	 how;		/* how PREV was placed on it */
};
/* Inserts C into revision REV: 0 with its id in *ID, or -1 with the error
 * recorded. */
int		 store_claim_insert(struct store *, int64_t rev,
		    const struct store_new_claim *c, int64_t *id);

/* Before SQLite opens PATH (store-file.c): 0 when it may (it is a regular
 * file, or none yet); -1 with *CAUSE for a FIFO, a device or a directory,
 * or a database whose schema version, in the file or in its write-ahead
 * log, is above LATEST. Nothing is written, nothing is created. */
int		 store_file_check(const char *path, int latest, char **cause);

/*
 * Metadata of revisions (store-meta.c), inside a transaction the caller
 * holds. store_meta_read(): revision REV's into *META (emptied first; free
 * with meta_clear()) and *EDITED. store_meta_merge(): what new revision's
 * metadata is when its page says PAGE (may be NULL) and its doc's title is
 * TITLE, after revision PREV (0: none): the fields a person set on PREV,
 * then the page's, then PREV's; into *META and *EDITED.
 * store_meta_write(): META and EDITED as revision REV's, its title aside
 * (revision.title); FRESH for a revision just inserted, which has none
 * yet. Each 0, or -1 with the error recorded.
 */
struct meta;
int		 store_meta_read(struct store *, int64_t rev, struct meta *,
		    unsigned *edited);
int		 store_meta_merge(struct store *, int64_t prev,
		    const struct meta *page, const char *title, struct meta *,
		    unsigned *edited);
int		 store_meta_write(struct store *, int64_t rev,
		    const struct meta *, unsigned edited, int fresh);

/*
 * Earlier verdicts for many texts (an import's claims): the counts of
 * words shared between searches. store_seen_find() is store_seen() within
 * such a run, leaving out claims of article EXCLUDE (0: none), but the
 * claims found are not numbered (their id is "" and number 0); -1 with
 * the error recorded. BATCH searches more narrowly, for the claims a text
 * repeats (the confident matches), at less cost.
 */
struct seen_ctx;
struct seen_ctx	*store_seen_begin(struct store *, int batch);
int		 store_seen_find(struct seen_ctx *, const char *text,
		    size_t top, int64_t exclude, struct st_seen **res,
		    size_t *n);
void		 store_seen_end(struct seen_ctx *);

/* A column's text, copied, or NULL. */
char		*store_column_dup(struct db_stmt *, int);
/* A column's verdict name as a verdict: VERDICT_NONE when NULL or not a
 * name. */
enum verdict	 store_column_verdict(struct db_stmt *, int);

#endif
