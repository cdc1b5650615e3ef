/* store.h: the database of articles, claims, verdicts and history: an
 * SQLite file, or a PostgreSQL server shared by a team. */
#ifndef CD_STORE_H
#define CD_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "rerank.h"

struct article;
struct doc;
struct meta;
struct db;

enum verdict {
	VERDICT_NONE,		/* "unreviewed" */
	VERDICT_VERIFIED,
	VERDICT_DISPUTED,
	VERDICT_UNSOURCED,
	VERDICT_COUNT
};

/* "unreviewed", "verified", "disputed", "unsourced": the names the
 * database, the command line and the reports use. */
const char	*verdict_name(enum verdict);
/* The same capitalised for people: "Unreviewed", "Verified"... */
const char	*verdict_label(enum verdict);
/* Parses a name ("clear" gives VERDICT_NONE too); -1 when it is no name
 * (NULL included). */
int		 verdict_parse(const char *);

struct store;

#define STORE_READONLY	0x1	/* open for reading only */
#define STORE_FALLBACK	0x2	/* a file that cannot be written opens
				   read-only instead of failing */

/*
 * Opens the database PATH names: a PostgreSQL server's when
 * store_is_server(PATH) (connected with libpq; its schema made or upgraded
 * by schema-pg.sql's migrations; store_path() is then its URL without a
 * password, and every change is written as its login), else an SQLite
 * file.
 * Opens (creating it and its parent directories, mode 0700, unless
 * STORE_READONLY) the database at PATH, in WAL mode with foreign keys on and
 * a busy timeout, and runs pending migrations. NULL with *CAUSE set to one
 * clear line without the path on failure ("made by a newer claimdesk...",
 * "not a claimdesk database (...)", "database is corrupt (...)", "database
 * is locked (...)", "database is read-only (...)").
 * A read-write open of a file that cannot be written, or in a directory
 * that cannot be, falls back to read-only when FLAGS has STORE_FALLBACK;
 * store_readonly() tells. A read-only open changes nothing (not even the
 * journal mode); in a directory that cannot be written it reads the file
 * as it is, and refuses one whose write-ahead log holds changes.
 *
 * Every other function also returns causes without the path; print them
 * as "claimdesk: PATH: cause" with store_path(). Changes on a read-only
 * store fail with "database is read-only (...)". Functions taking a
 * callback run it while their query steps: it must not call the store.
 */
struct store	*store_open(const char *path, int flags, char **cause);
void		 store_close(struct store *);
int		 store_readonly(const struct store *);
/* Whether the last change that failed was refused for what it asked
 * (a join of two verdicts, a claim dropped since), not for an error of
 * the database: nothing the reviewer did is left unsaved by it. */
int		 store_refused(const struct store *);
/* The path it was opened with, borrowed. */
const char	*store_path(const struct store *);
/* The connection, borrowed (tests). */
struct db	*store_db(struct store *);
/* Whether NAME names a PostgreSQL database ("postgresql://...",
 * "postgres://...", "pg:SERVICE") rather than an SQLite file. */
int		 store_is_server(const char *name);
/* Whether NAME is a libpq connection string in keyword form ("host=...
 * dbname=..."): refused by store_open(), never taken for a file name. */
int		 store_is_conninfo(const char *name);
/* On PostgreSQL, the login the server knows this session by: the
 * reviewer every change is written as (borrowed); NULL on SQLite. */
const char	*store_login(const struct store *);
/* NAME as it may be shown: a server's, or a connection string's, without
 * its password. Allocated. */
char		*store_name_safe(const char *name);

/* The time used for new rows: $SOURCE_DATE_EPOCH when set, else now; ISO
 * 8601 UTC in BUF (at least 21 bytes). */
void		 store_now(char *buf, size_t size);

enum import_state {
	IMPORT_NEW,		/* first import of this path */
	IMPORT_UNCHANGED,	/* same bytes as the current revision */
	IMPORT_REVISED		/* a new revision; verdicts re-anchored */
};

struct import_result {
	int64_t			 article;	/* article id */
	int			 revision;	/* current revision number */
	int64_t			 revision_id;	/* and its id */
	enum import_state	 state;
	size_t			 claims;	/* claims in the current revision */
	size_t			 moved;		/* verdicts carried over to new
						   claims */
	size_t			 kept;		/* other work placed on new
						   claims: a note without a
						   verdict, a source set by
						   hand, a claim made or
						   dropped */
	size_t			 stale;		/* of those and of the other
						   edits, gone stale in this
						   import (text edited) */
	size_t			 restored;	/* of those, stale before and
						   on their text again */
	size_t			 orphans;	/* verdicts that could not be
						   placed, all of them (claims
						   dropped left out) */
	size_t			 orphans_new;	/* of those, orphans since
						   this import */
	int			 relinked;	/* unchanged, its links to
						   earlier verdicts made
						   anew */
	int			 earlier;	/* unchanged: the text is that
						   of this earlier revision
						   of the article, 0: its
						   current one */
};

/*
 * Imports DOC under PATH (made canonical by the caller), in one transaction:
 * a new article, nothing when the bytes are unchanged, or a new revision
 * whose claims inherit the verdicts of the previous one (same text first,
 * then an edited text: its verdict stale); verdicts that cannot be placed
 * stay on their old claims, flagged orphan (store_orphans() lists them).
 * AS, when not 0, is the article PATH is a new revision of (a file moved
 * or renamed): its path becomes PATH. The new claims are linked to
 * resembling earlier verdicts of other articles (SPEC §8); so are those of
 * an unchanged file again when verdicts of other articles changed since
 * they last were. Returns 0 and fills RES, or -1 with *CAUSE (nothing
 * written).
 */
/* Article ARTICLE's file is PATH now (it was moved there). 0, or -1 with
 * *CAUSE. */
int	store_move_article(struct store *, int64_t article, const char *path,
	    char **cause);
int	store_import(struct store *, const char *path, const struct doc *doc,
	    const char *reviewer, int64_t as, struct import_result *res,
	    char **cause);

/*
 * Whether PATH (made canonical by the caller) was imported with exactly the
 * bytes of ART as its current revision, or, when no article was imported
 * from PATH, another article's current revision holds them (a copy under
 * another name is the same article): 1 with RES filled as store_import()
 * fills it for an unchanged file, *TITLE (allocated) the revision's title
 * and *OTHER (allocated) the other article's path, NULL when it is PATH's
 * own; 0 when it is new or changed; -1 with *CAUSE. A caller that finds it
 * unchanged can skip extracting claims: store_import() would change
 * nothing but the links store_relink() makes.
 */
int	store_find_unchanged(struct store *, const char *path,
	    const struct article *art, struct import_result *res,
	    char **title, char **other, char **cause);

/* Links the claims of article ARTICLE's current revision to the verdicts
 * of other articles that changed since they last were (SPEC §8), as an
 * import of the unchanged file does; cheap when none changed, nothing on
 * a read-only store. 1 when the links were made anew (what the claims
 * show may have changed), 0 when they stand, -1 with *CAUSE. */
int	store_relink(struct store *, int64_t article, char **cause);

/*
 * Bulk mode for batch work that can be run again (import): ON makes commits
 * of this connection skip their flush to disk (WAL with synchronous NORMAL);
 * killing the program still loses nothing, a power cut may lose the last
 * imports. OFF (the default) flushes every commit, as verdicts need.
 * A PostgreSQL server always flushes: bulk mode does nothing there.
 * 0, or -1 with *CAUSE.
 */
int	store_set_bulk(struct store *, int on, char **cause);

/*
 * What an article's page says about it, per revision (store-meta.c,
 * schema.sql migration 6). store_meta_load() reads the metadata of article
 * ARTICLE's current revision into *META (the revision's title included;
 * the caller empties it with meta_clear()) and the fields a person set
 * into *EDITED (META_* bits; may be NULL). store_meta_set() sets the
 * FIELDS of META on that revision as a person's: later revisions keep them
 * over what their pages say. A NULL or empty string clears a field, but
 * the title, which cannot be empty; META's authors replace the list; the
 * title becomes the article's. Both 0, or -1 with *CAUSE (nothing
 * changed).
 */
int	store_meta_load(struct store *, int64_t article, struct meta *meta,
	    unsigned *edited, char **cause);
int	store_meta_set(struct store *, int64_t article,
	    const struct meta *meta, unsigned fields, char **cause);

/*
 * Copies every row of FROM (read in one snapshot) into TO, a database of
 * either engine with no article and no history yet, in one transaction:
 * ids, history and its hashes as they are (a server checks the chain as
 * the rows come). Each table's rows are counted on both sides after; CB
 * (may be NULL) is told each table and its count. 0, or -1 with *CAUSE
 * (TO unchanged).
 */
int	store_migrate(struct store *from, struct store *to,
	    void (*cb)(const char *table, int64_t rows, void *), void *arg,
	    char **cause);

/* Whether ARTICLE is an article id (digits only, short enough for one),
 * not a path. */
int	store_article_is_id(const char *article);

/* Whether an article was imported from exactly PATH: 1 with *ID, 0 when
 * none was, -1 on an error. */
int	store_article_at(struct store *, const char *path, int64_t *id);

/* The name article ID is known by (the path or URL it was imported from),
 * allocated; NULL with *CAUSE. */
char	*store_article_name(struct store *, int64_t id, char **cause);

/* Resolves ARTICLE: an id, an imported path (made absolute as import
 * does), an imported URL (paths_url()) or the name of an article read from
 * standard input; 0 with *ID, or -1 with *CAUSE ("no such article
 * (...)"). */
int	store_find_article(struct store *, const char *article, int64_t *id,
	    char **cause);

/*
 * A claim. In an st_article its strings are owned by the article; handed
 * to a callback (store_report_*()) they are borrowed from the row, valid
 * during the call.
 */
struct st_claim {
	int64_t		 id;
	int		 number;	/* permanent within its article */
	size_t		 start, end;
	char		*text;		/* owned, with KINDS after it; of
					   st_article.claims, owned by the
					   article (claim_text) */
	char		*kinds;		/* in TEXT's allocation (never
					   changed): "" when none */
	char		*source;	/* owned, NULL: no source */
	char		*source_role;	/* owned, NULL: none (its title or
					   office, or the document) */
	char		*source_kind;	/* owned: "person", "organisation",
					   "document", "unnamed", or NULL */
	int		 source_edited;	/* set by a reviewer: kept by later
					   revisions */
	int		 score;
	int		 manual;	/* origin manual */
	int		 dismissed;
	int		 replaced;	/* dismissed by a split or a join
					   (or as the part of one undone),
					   not dropped */
	enum verdict	 status;
	char		*note;		/* owned, "" when none */
	char		*reviewer;	/* owned, NULL when never reviewed */
	char		*updated_at;	/* owned, NULL when never reviewed */
	const char	*note_by;	/* who wrote the note when not the
					   reviewer (reports with details
					   only, borrowed), else NULL */
	const char	*made_from;	/* a claim a split or a join made:
					   "split from claim 6", "joined from
					   claims 3 and 4" (reports with
					   details only, borrowed), else NULL */
	int		 matches;	/* earlier verdicts linked (§8): given
					   here or imported (store_article_load()
					   only; reports count those given here) */
	int		 revision;	/* number of its revision */
	int		 orphan;	/* its verdict found no place in a
					   later revision */
	int		 carried;	/* state carried from the previous
					   revision: 0 no, 1 same text,
					   2 by context (text edited: look
					   again) */
	int		 history;	/* 1: it, or a claim it continues,
					   has a history (reports only) */
	int		 version;	/* changes made to it (st_change) */
	char		*stale_text;	/* the text its verdict was given on
					   when that text changed since (a
					   stale verdict), else NULL */
};

struct st_article {
	int64_t		 id;
	int		 revision;	/* current revision number */
	int64_t		 revision_id;	/* and its id */
	int		 data_version;	/* store_data_version() before it was
					   read: a later one differs when
					   another process changed the store
					   since, maybe what was read */
	int64_t		 last_history;	/* the newest history row when it
					   was read (store_changes()) */
	char		*path;		/* owned */
	char		*title;		/* owned */
	char		*url;		/* owned, may be NULL: where it was
					   published (its canonical URL) */
	char		*site;		/* owned, may be NULL: the outlet */
	char		*date;		/* owned, may be NULL: when it was
					   published, as its page says */
	char		*text;		/* owned, NUL-terminated */
	size_t		 len;
	struct st_claim	*claims;	/* owned, reading order, dismissed
					   ones included; their texts (with
					   kinds) are in CLAIM_TEXT */
	size_t		 nclaims;
	char		*claim_text;	/* owned, may be NULL: the texts of
					   CLAIMS, not each their own */
	struct st_claim	*orphans;	/* owned: claims of earlier revisions
					   whose verdicts found no place,
					   by revision then reading order;
					   number is within their revision */
	size_t		 norphans;
};

/*
 * The text of revision REV (its id) held by a caller that found it equal,
 * byte for byte, to the stored one (an import of an unchanged file), so
 * that the text need not be read from the database once more.
 */
struct st_text {
	int64_t		 rev;
	char		*text;		/* owned: LEN bytes, then a NUL */
	size_t		 len;
};

/* Loads the current revision of article ID with all its claims; when that
 * revision is KNOWN's (may be NULL), its text is taken from KNOWN (KNOWN's
 * text NULL after). NULL with *CAUSE on failure. Free with
 * st_article_free(). */
struct st_article	*store_article_load(struct store *, int64_t id,
			    struct st_text *known, char **cause);
void			 st_article_free(struct st_article *);

/*
 * An article read ahead: store_preload_start() starts reading article ID
 * of the SQLite store S, all but its text, on a thread of its own and a
 * connection of its own, while the caller goes on (an import that checks
 * whether the article's file changed: claimdesk review FILE). NULL when it
 * cannot (PostgreSQL, no thread): the caller loads as usual.
 * store_preload_finish() waits for the thread and returns the article,
 * its text taken from KNOWN, when it is KNOWN's revision and S changed no
 * row since the start; else NULL (nothing to use: load as usual). Its
 * data_version is S's at the start, so that what another process changed
 * while it was read shows as a change. Frees PL either way.
 * store_preload_allow() tells that the rows S changed until now change
 * nothing the article's claims show (an import that only recorded that
 * their links stand), so that they are no reason to read them again.
 */
struct store_preload;
struct store_preload	*store_preload_start(struct store *s, int64_t id);
void			 store_preload_allow(struct store_preload *pl,
			    struct store *s);
struct st_article	*store_preload_finish(struct store_preload *pl,
			    struct store *s, struct st_text *known);

/* Calls CB for each orphan of article ID (as st_article.orphans, borrowed
 * for the call); stops when CB returns non-zero. 0, or -1 with *CAUSE. */
int	store_orphans(struct store *, int64_t id,
	    int (*cb)(const struct st_claim *, void *), void *arg,
	    char **cause);

/*
 * Who makes a change to a claim, and against what. A screen passes the
 * claim's VERSION as it read it (st_claim.version): when another reviewer
 * changed the claim since, or an import moved it to a new revision, the
 * change is refused with STORE_CONFLICT and a cause naming who changed it
 * when, and nothing is written. A script that does not care passes -1: its
 * change to a claim of an older revision goes to the claim continuing it.
 * EXPECT, when not -1, is the verdict the claim must have for the change
 * to be made ("claimdesk mark --expect").
 */
struct st_change {
	const char	*reviewer;
	const char	*origin;	/* why, when not a plain edit ("undo",
					   "adopted from claim 40"), or NULL */
	int		 version;	/* the version seen, or -1 */
	int		 expect;	/* enum verdict, or -1 */
	/* With VERSION: a version gone is taken all the same when every
	 * change to the claim since history row SINCE set only fields ALLOW
	 * names, and they are all the changes the version counts (an editor
	 * open on a note while another reviewer gives a verdict). */
	int64_t		 since;
	unsigned	 allow;		/* ST_ALLOW_*, 0: none */
};
#define ST_ALLOW_STATUS	0x1
#define ST_ALLOW_NOTE	0x2

#define STORE_CONFLICT	(-2)	/* a change made against a version gone */

/*
 * Changes to one claim, each in its own committed transaction with a history
 * row per field changed (who, now, old -> new, CH's origin). Setting what is
 * already there changes nothing and succeeds, but for a status given to a
 * stale verdict, which confirms it on the claim's text as it is now. They
 * return 0 only after the commit, with the claim's new version in *VERSION
 * (may be NULL); STORE_CONFLICT or -1 with *CAUSE, nothing changed.
 *
 * store_set_verdict(): STATUS -1 keeps the status, NOTE NULL the note.
 */
int	store_set_verdict(struct store *, int64_t claim, int status,
	    const char *note, const struct st_change *, int *version,
	    char **cause);
/*
 * store_set_source(): the claim's source set by hand (SOURCE NULL or blank:
 * no source); later revisions keep it over what the attribution pass
 * finds. "Name (role)" gives the role too (st_source_split()), a name
 * alone none. The same name in another case keeps its kind; another name
 * has KIND ("person", "organisation", ...; NULL: none known). History
 * field "source", old -> new, each as st_source_text() writes it.
 */
/* "Vicky Redwood (chief economist)": SOURCE with ROLE (may be NULL) as
 * the screen shows and a reviewer types it; allocated, NULL for no
 * source. */
char	*st_source_text(const char *source, const char *role);
/* TEXT as typed split into *NAME and *ROLE (allocated; *ROLE NULL when
 * there is none): a role is a last bracket that does not abbreviate the
 * words before it ("Organisation for Economic Co-operation and Development
 * (OECD)" is a name, "Jane Roe (MP)" a name and a role). */
void	st_source_split(const char *text, char **name, char **role);
/* What is wrong with TEXT as a source typed by hand, or NULL: brackets
 * that do not close ("Jane Roe (MP"), a role with no name before it
 * ("(MP)"). */
const char *st_source_problem(const char *text);
int	store_set_source(struct store *, int64_t claim, const char *source,
	    const char *kind, const struct st_change *, int *version,
	    char **cause);
int	store_set_dismissed(struct store *, int64_t claim, int dismissed,
	    const struct st_change *, int *version, char **cause);

/* Who a sentence's attribution says says it (each may be NULL). */
struct st_source {
	const char	*name;
	const char	*role;
	const char	*kind;		/* "person", "organisation", ... */
};

/* Adds a manual claim over [START, END) of article ARTICLE's current
 * revision, with the next claim number and source SRC (NULL: none); its
 * id in *CLAIM. An existing claim with the same span is returned instead
 * (undismissed). TEXT (NULL: taken from the revision) must be that span's
 * text, white space aside: else the article changed since the caller read
 * it and nothing is added. 0, or -1 with *CAUSE. */
int	store_add_claim(struct store *, int64_t article, size_t start,
	    size_t end, const char *text, const struct st_source *src,
	    const struct st_change *, int64_t *claim, char **cause);

/* The source a part of a split names in its own words. */
struct st_part_source {
	const char	*source;	/* NULL: none */
	const char	*role;		/* may be NULL */
	const char	*kind;		/* "person", ...; may be NULL */
};

/*
 * A claim split in two, or joined with the text after it (store-change.c),
 * in one committed change that store_undo() takes back whole. The claims
 * replaced are dropped (kept, with their numbers and history); the new
 * ones are made by hand with the next numbers, or a dropped claim over a
 * new span is taken back. A verdict or note of a claim replaced goes to
 * each new claim as a stale verdict, its text as given kept; the source,
 * role and kind go along. Changes as store_set_verdict()'s: CH's version
 * is CLAIM's as seen; STORE_CONFLICT or -1 with *CAUSE, nothing changed.
 *
 * store_split_claim(): CLAIM becomes [its start, AT) and [AT, its end),
 * white space at AT left out of both; the new ids in *FIRST and *SECOND.
 * A part whose own words name a source (PARTS, two entries, may be NULL;
 * an entry's source NULL: none) takes that one, unless a reviewer set
 * CLAIM's: "the mayor said" in the second part is the mayor's.
 * store_join_claims(): CLAIM becomes [its start, END), END past its end;
 * NEXT (0: none) is a claim within that text, seen at NEXT_VERSION (-1:
 * as it is), that goes too (refused when both have a verdict or a note,
 * or when another claim is in the way); the new id in *JOINED.
 */
int	store_split_claim(struct store *, int64_t claim, size_t at,
	    const struct st_part_source parts[2],
	    const struct st_change *, int64_t *first, int64_t *second,
	    char **cause);
int	store_join_claims(struct store *, int64_t claim, size_t end,
	    int64_t next, int next_version, const struct st_change *,
	    int64_t *joined, char **cause);

/*
 * Undoes the newest change CH's reviewer made to a claim of article
 * ARTICLE's current revision and has not undone yet (store-undo.c): 1 with
 * the claim in *CLAIM and what it did in *SAID ("claim 3 is verified
 * again", allocated); 0 when there is nothing to undo, *SAID then NULL or,
 * when the reviewer has changes on revisions before the current one,
 * what to say instead (allocated); STORE_CONFLICT when
 * another reviewer changed that claim since (nothing undone); -1 with
 * *CAUSE. Changes another reviewer changed since are theirs: passed over
 * to the reviewer's older ones when PASS_OVER is set; else, when there
 * is an older one, STORE_UNDO_ASK with *SAID saying whose and which
 * (nothing undone).
 */
#define STORE_UNDO_ASK	2
int	store_undo(struct store *, int64_t article, const struct st_change *,
	    int pass_over, int64_t *claim, char **said, char **cause);

/* Claim CLAIM as it is now, read as store_article_load() reads its
 * claims (its matches left 0), its strings owned (st_claim_clear() frees
 * them). 0, or -1 with *CAUSE ("no claim with id N"). */
int	store_claim_load(struct store *, int64_t claim, struct st_claim *,
	    char **cause);
void	st_claim_clear(struct st_claim *);

/* Resolves claim NUMBER (its permanent number, as on screen) of article
 * ARTICLE's current revision; 0 with *CLAIM, or -1 with *CAUSE ("no claim 9
 * (the article's claims are numbered up to 7)"). */
int	store_find_claim(struct store *, int64_t article, int number,
	    int64_t *claim, char **cause);

struct st_summary {
	int64_t		 id;
	const char	*title;		/* borrowed for the callback */
	const char	*path;
	const char	*site;		/* the outlet, or NULL */
	const char	*date;		/* publication date, or NULL */
	int		 revision;
	int		 claims;	/* not dismissed */
	int		 reviewed;	/* with a verdict */
	int		 verified, disputed, unsourced;
	int		 orphans;
	int		 stale;		/* verdicts whose text changed since */
	const char	*updated_at;	/* last change, may be NULL */
};

/* Calls CB for every article, by id; stops when CB returns non-zero.
 * 0, or -1 with *CAUSE. */
int	store_list(struct store *, int (*cb)(const struct st_summary *,
	    void *), void *arg, char **cause);

/* An earlier verdict a claim resembles (SPEC §8). */
struct st_match {
	int64_t		 claim;		/* the earlier claim's id */
	int64_t		 of;		/* the claim it is linked to */
	int64_t		 article;
	const char	*title;		/* borrowed for the callback */
	int		 revision;	/* of the earlier claim */
	int		 number;	/* within that revision */
	enum verdict	 status;	/* its verdict now */
	const char	*note;
	const char	*reviewer;	/* may be NULL */
	const char	*updated_at;	/* may be NULL */
	const char	*text;
	double		 similarity;	/* 0..1 */
};

/* Calls CB for each earlier verdict linked to CLAIM, most alike first;
 * stops when CB returns non-zero. 0, or -1 with *CAUSE. */
int	store_matches(struct store *, int64_t claim,
	    int (*cb)(const struct st_match *, void *), void *arg,
	    char **cause);

/* Copies the verdict and note of claim EARLIER onto CLAIM, as one change
 * whose history says where from ("adopted from claim 2 of article 1"); as
 * store_set_verdict(). */
int	store_adopt(struct store *, int64_t claim, int64_t earlier,
	    const struct st_change *, int *version, char **cause);

/*
 * An earlier verdict found for a text (SPEC §11): a claim given a verdict
 * here, or one imported with store_import_verdict().
 */
struct st_seen {
	int64_t		 key;		/* a claim's id, or minus an imported
					   verdict's id */
	char		*id;		/* "a5c3" (article 5, claim 3), or
					   the imported verdict's id */
	double		 similarity;	/* the probability, 0..1, that it is
					   about the same claim */
	int		 confident;	/* linked and adoptable (rerank.h) */
	char		*differs;	/* owned: why it cannot stand for
					   the text (rerank_differs()), or
					   NULL */
	enum verdict	 status;	/* VERDICT_NONE: an imported rating
					   that maps to none */
	char		*claim;		/* its text */
	char		*rating;	/* imported: the rating as published;
					   may be NULL */
	char		*url;		/* may be NULL */
	char		*date;		/* ISO 8601 when known; may be NULL */
	char		*org;		/* imported: who published it; NULL */
	int64_t		 article;	/* 0 for an imported verdict */
	int		 number;	/* the claim's number, 0 likewise */
	char		*title;		/* its article's title; NULL for an
					   imported verdict */
	char		*reviewer;	/* who gave the verdict; NULL
					   likewise */
	double		 features[RF_COUNT];	/* what the reranker saw */
};

/*
 * The TOP earlier verdicts most likely about TEXT (any sentence, not only
 * a claim; its first 4 KiB), most likely first, into *RES (allocated;
 * free with st_seen_free()) and their number into *N. Verdicts given here count when
 * their claim is current (or orphaned); imported verdicts always.
 * 0, or -1 with *CAUSE.
 */
int	store_seen(struct store *, const char *text, size_t top,
	    struct st_seen **res, size_t *n, char **cause);
void	st_seen_free(struct st_seen *, size_t n);

/* An earlier verdict to import: every string may be NULL but claim. */
struct st_imported {
	const char	*id;		/* NULL: the url, else "claim:" and a
					   hash of the claim */
	const char	*claim;
	int		 status;	/* enum verdict, or -1: not mapped */
	const char	*rating;	/* as published */
	const char	*url;
	const char	*date;		/* as published; kept as ISO 8601
					   when it can be read */
	const char	*org;
	const char	*appearance;
	size_t		 place;		/* its line (TSV) or its number among
					   the file's ClaimReviews, from 1;
					   0: not known */
};

enum imported_state {
	IMPORTED_NEW,
	IMPORTED_UPDATED,
	IMPORTED_SAME,
	IMPORTED_REPEATED	/* one this import wrote before: replaced */
};

/*
 * Adds earlier verdict V, or updates the one imported before with the same
 * id; inside a transaction the caller holds (store_import_begin()). Its
 * state in *STATE; when IMPORTED_REPEATED, the place (v->place) of the
 * verdict of this import it repeats in *FIRST (may be NULL). 0, or -1
 * with *CAUSE.
 *
 * A verdict's id is V's id; else its url and its claim (one page may
 * review several claims); else its claim. A verdict an earlier release
 * keyed by its url alone is found by its url and claim, and keyed anew.
 */
int	store_import_begin(struct store *, char **cause);
int	store_import_verdict(struct store *, const struct st_imported *v,
	    enum imported_state *state, size_t *first, char **cause);
/*
 * Before the commit: calls CB for each claim given a verdict here that is
 * linked to an imported verdict this import changed the verdict of, when
 * the claim's verdict is another than the new one ("took True, now
 * False"): ITS the claim (article, title, number, verdict), V the
 * imported verdict as now. 0, or -1 with *CAUSE.
 */
struct st_dissent {
	int64_t		 article;
	const char	*title;		/* or its path */
	int		 number;
	enum verdict	 status;	/* the claim's */
};
int	store_import_dissent(struct store *,
	    void (*cb)(const struct st_dissent *, const char *ext_id,
	    const char *claim, enum verdict now, void *), void *arg,
	    char **cause);
int	store_import_commit(struct store *, char **cause);
void	store_import_rollback(struct store *);

/* An imported verdict linked to a claim (the screen's "p" list). */
struct st_imported_match {
	int64_t		 imported;	/* its row id */
	int64_t		 of;		/* the claim it is linked to */
	const char	*id;		/* borrowed for the callback */
	const char	*claim;
	enum verdict	 status;
	const char	*rating;	/* may be NULL */
	const char	*url;		/* may be NULL */
	const char	*date;		/* may be NULL */
	const char	*org;		/* may be NULL */
	double		 similarity;
};

/* Calls CB for each imported verdict linked to CLAIM, most alike first;
 * stops when CB returns non-zero. 0, or -1 with *CAUSE. */
int	store_imported_matches(struct store *, int64_t claim,
	    int (*cb)(const struct st_imported_match *, void *), void *arg,
	    char **cause);

/* How the note store_adopt_imported() writes begins. */
#define ST_ADOPTED_NOTE	"Checked before:"

/* Gives CLAIM the verdict of imported verdict IMPORTED (the status kept
 * when its rating maps to none) and a note naming it (id, rating, url),
 * as one change whose history says "adopted from imported verdict ID";
 * a change as store_set_verdict()'s (CH, *VERSION, STORE_CONFLICT). A
 * claim not linked to it is linked, with SIMILARITY (0..1). */
int	store_adopt_imported(struct store *, int64_t claim, int64_t imported,
	    double similarity, const struct st_change *, int *version,
	    char **cause);

struct st_stats {
	int		 articles;
	int		 claims;	/* current revisions, not dismissed */
	int		 status[VERDICT_COUNT]; /* of those, by verdict */
	int		 dismissed;	/* current revisions */
	int		 stale;		/* verdicts whose text changed since */
	int		 orphans;	/* verdicts waiting for a place */
};

struct st_reviewer {
	const char	*name;		/* borrowed for the callback */
	int		 status[VERDICT_COUNT]; /* verdicts last set by NAME,
					   by verdict (status[0] unused) */
	int		 total;
};

/* Counts verdicts into *STATS and calls CB (may be NULL) per reviewer, most
 * verdicts first. 0, or -1 with *CAUSE. */
int	store_stats(struct store *, struct st_stats *stats,
	    int (*cb)(const struct st_reviewer *, void *), void *arg,
	    char **cause);

/* What "claimdesk check" finds (store-check.c), read in one snapshot. */
struct st_check {
	int		 integrity_ok;	/* PRAGMA integrity_check said ok */
	char		*integrity;	/* else its first lines, owned */
	int64_t		 history;	/* history rows */
	int64_t		 unchained;	/* of those, before the chain began
					   (written before migration 6) */
	int64_t		 chain_from;	/* the first chained row, 0: none */
	int64_t		 broken;	/* the first row that breaks the
					   chain, 0: none */
	char		 head[65];	/* the last row's hash, "" if none */
	int		 disagree;	/* verdicts (or sources set by
					   hand) that are not what their
					   history last wrote */
	char		*disagree_path;	/* the first of those: its article */
	int		 disagree_number; /* and claim number */
};

/* Checks the database file, the history chain and the verdicts against
 * their history. 0 (findings in *CK, st_check_clear() after) or -1 with
 * *CAUSE when it could not be read. */
int	store_check(struct store *, struct st_check *ck, char **cause);
void	st_check_clear(struct st_check *);

/*
 * A report read in one snapshot (a read transaction), row by row, so that
 * memory does not grow with the number of verdicts (store-report.c).
 * Walks call CB per row with what is borrowed from it; CB returns non-zero
 * to stop. A walk returns 0 when it went to the end, 1 when CB stopped it,
 * -1 on an error, which store_report_error() then tells.
 */
struct store_report;

/* An article as a report reads it: its current revision. */
struct st_report_article {
	int64_t		 id;
	int64_t		 revision_id;
	int		 revision;	/* current revision number */
	const char	*path;
	const char	*title;		/* the current revision's */
	const char	*url;		/* where it was published (its
					   canonical URL), or NULL */
	const struct meta *meta;	/* the current revision's metadata,
					   title and url included */
	const char	*created_at;	/* first import */
	const char	*imported_at;	/* the current revision's import */
	int		 count[VERDICT_COUNT];	/* current claims by verdict,
					   dismissed ones left out */
	int		 stale[VERDICT_COUNT];	/* of those, with a stale
					   verdict */
	int		 orphans[VERDICT_COUNT]; /* orphaned verdicts */
	int		 orphans_stale[VERDICT_COUNT]; /* of those, stale
					   before they were orphaned */
};

/* One history row of a claim. */
struct st_history {
	int64_t		 id;
	int		 number;	/* its claim's number (store_changes()
					   only) */
	const char	*at, *reviewer, *field;
	const char	*old, *new, *origin;	/* may be NULL */
};

/* Starts a report: DETAILS, claims come with their match and history
 * counts (else both are 0). NULL with *CAUSE. End with store_report_end(). */
struct store_report	*store_report_begin(struct store *, int details,
			    char **cause);
void			 store_report_end(struct store_report *);
const char		*store_report_error(const struct store_report *);
/* How many articles there are. 0, or -1. */
int	store_report_total(struct store_report *, size_t *n);
/* The articles IDS (NIDS of them, in that order; an unknown id is an
 * error), or every article by id when IDS is NULL. */
int	store_report_articles(struct store_report *, const int64_t *ids,
	    size_t nids, int (*cb)(const struct st_report_article *, void *),
	    void *arg);
/* The claims of A's current revision in reading order, dismissed ones
 * included; AGAIN walks them with a statement of its own, so a walk may be
 * made while another is open. */
int	store_report_claims(struct store_report *,
	    const struct st_report_article *a, int again,
	    int (*cb)(const struct st_claim *, void *), void *arg);
/* A's orphaned verdicts (not dismissed), by revision then reading order. */
int	store_report_orphans(struct store_report *,
	    const struct st_report_article *a,
	    int (*cb)(const struct st_claim *, void *), void *arg);
/* A's text, borrowed until the walk moves to the next article. */
int	store_report_text(struct store_report *,
	    const struct st_report_article *a, const char **text, size_t *len);
int	store_report_history(struct store_report *, int64_t claim,
	    int (*cb)(const struct st_history *, void *), void *arg);
int	store_report_matches(struct store_report *, int64_t claim,
	    int (*cb)(const struct st_match *, void *), void *arg);
/* Each claim of an article's current revision with a verdict, linked to
 * a verdict published elsewhere that says otherwise (another verdict, or
 * none) since the claim's verdict was given: its id, the imported
 * verdict's row (st_imported_match.imported), its id as published (else
 * its url; may be NULL) and verdict, in order of claim. */
int	store_report_dissent(struct store_report *,
	    int (*cb)(int64_t claim, int64_t imported, const char *id,
	    enum verdict now, void *), void *arg);
/* A claim of a current revision with a verdict, linked (§8) to a claim
 * here, the other (of any revision), whose verdict is another: the
 * other's article, title, revision, number and verdict; strings borrowed
 * for the callback. */
struct st_disagree {
	int64_t		 claim;
	int64_t		 other;		/* the other claim's id */
	int64_t		 article;
	const char	*title;		/* or its path */
	int		 revision;
	int		 number;
	enum verdict	 status;
};
/* Each such pair, from each side (the claim and the earlier one it is
 * linked to, then back), in order of claim, then other. */
int	store_report_disagree(struct store_report *,
	    int (*cb)(const struct st_disagree *, void *), void *arg);
/* The numbers of the claims of ARTICLE store_report_dissent() would
 * name (LINKED 0), or whose verdict an earlier verdict of a claim here
 * they are linked to (st_match) says otherwise of (LINKED 1), in order,
 * into *NUMBERS (allocated; *N of them). 0, or -1 with *CAUSE. */
int	store_article_dissent(struct store *, int64_t article, int linked,
	    int **numbers, size_t *n, char **cause);
/* The verdicts published elsewhere (imported) CLAIM is linked to. */
int	store_report_imported(struct store_report *, int64_t claim,
	    int (*cb)(const struct st_imported_match *, void *), void *arg);

/*
 * Other processes' changes. *VERSION changes when another connection
 * committed since the last call (SQLite's data_version: cheap, no read of
 * the file). store_changes() calls CB (may be NULL) for each history row of
 * article ARTICLE after row SINCE, and sets *LAST to the last row of the
 * whole history (SINCE when none). Both 0, or -1 with *CAUSE.
 */
int	store_data_version(struct store *, int *version, char **cause);
/* Who wrote NOTE, the note of claim CLAIM now, as the reports say it
 * (what an import, a split or an undo carried names no writer): *WHO
 * allocated, NULL when its history does not say. 0, or -1 with *CAUSE. */
int	store_note_writer(struct store *, int64_t claim, const char *note,
	    char **who, char **cause);
int	store_changes(struct store *, int64_t article, int64_t since,
	    int64_t *last, int (*cb)(const struct st_history *, void *),
	    void *arg, char **cause);
/*
 * Calls CB for each sentence a reviewer judged in the articles' current
 * revisions, for claimdesk learn: LABEL 1 for a claim kept with a verdict
 * and for a sentence made a claim by hand ("m"), 0 for one dropped as no
 * claim ("x"); ARTICLE is its article's id. Claims never reviewed and
 * orphans are left out. Stops when CB returns non-zero. 0, or -1 with
 * *CAUSE set.
 */
int	store_labelled(struct store *, int (*cb)(const char *text, int label,
	    int64_t article, void *), void *arg, char **cause);

#endif
