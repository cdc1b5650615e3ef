/* store.h: the SQLite database of articles, claims, verdicts and history. */
#ifndef CD_STORE_H
#define CD_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "rerank.h"

struct article;
struct doc;
struct sqlite3;

enum verdict {
	VERDICT_NONE,		/* "unreviewed" */
	VERDICT_VERIFIED,
	VERDICT_DISPUTED,
	VERDICT_UNSOURCED
};

/* "unreviewed", "verified", "disputed", "unsourced". */
const char	*verdict_name(enum verdict);
/* Parses those names ("clear" gives VERDICT_NONE); -1 when unknown. */
int		 verdict_parse(const char *);

struct store;

#define STORE_READONLY	0x1	/* open for reading only */
#define STORE_FALLBACK	0x2	/* a file that cannot be written opens
				   read-only instead of failing */

/*
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
/* The path it was opened with, borrowed. */
const char	*store_path(const struct store *);
/* The connection, borrowed, for read-only queries (export). */
struct sqlite3	*store_db(struct store *);

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
	enum import_state	 state;
	size_t			 claims;	/* claims in the current revision */
	size_t			 moved;		/* verdicts placed on new claims */
	size_t			 orphans;	/* verdicts that could not be */
};

/*
 * Imports DOC under PATH (made absolute by the caller), in one transaction:
 * a new article, nothing when the bytes are unchanged, or a new revision
 * whose claims inherit the verdicts of the previous one (same text first,
 * then by surrounding context); verdicts that cannot be placed stay on their
 * old claims, flagged orphan (store_orphans() lists them). The new claims
 * are linked to resembling earlier verdicts of other articles (SPEC §8);
 * so are those of an unchanged file again when verdicts of other articles
 * changed since they last were.
 * Returns 0 and fills RES, or -1 with *CAUSE (nothing written).
 */
int	store_import(struct store *, const char *path, const struct doc *doc,
	    const char *reviewer, struct import_result *res, char **cause);

/*
 * Whether PATH (made absolute by the caller) was imported with exactly the
 * bytes of ART as its current revision: 1 with its id in *ID, 0 when it is
 * new or changed, -1 with *CAUSE. A caller that finds it unchanged can
 * skip extracting claims: store_import() would change nothing but the
 * links store_relink() makes.
 */
int	store_find_unchanged(struct store *, const char *path,
	    const struct article *art, int64_t *id, char **cause);

/* Links the claims of article ARTICLE's current revision to the verdicts
 * of other articles that changed since they last were (SPEC §8), as an
 * import of the unchanged file does; cheap when none changed, nothing on
 * a read-only store. 0, or -1 with *CAUSE. */
int	store_relink(struct store *, int64_t article, char **cause);

/*
 * Bulk mode for batch work that can be run again (import): ON makes commits
 * of this connection skip their flush to disk (WAL with synchronous NORMAL);
 * killing the program still loses nothing, a power cut may lose the last
 * imports. OFF (the default) flushes every commit, as verdicts need.
 * 0, or -1 with *CAUSE.
 */
int	store_set_bulk(struct store *, int on, char **cause);

/* Sets the address where article ARTICLE was published (ClaimReview's
 * appearance); URL NULL or "" clears it. 0, or -1 with *CAUSE. */
int	store_set_url(struct store *, int64_t article, const char *url,
	    char **cause);

/* Resolves ARTICLE, an id or an imported path (made absolute as import
 * does); 0 with *ID, or -1 with *CAUSE ("no such article (...)"). */
int	store_find_article(struct store *, const char *article, int64_t *id,
	    char **cause);

struct st_claim {
	int64_t		 id;
	int		 number;	/* 1-based in reading order */
	size_t		 start, end;
	char		*text;		/* owned */
	char		*kinds;		/* owned, "" when none */
	char		*source;	/* owned, NULL: no source */
	int		 score;
	int		 manual;	/* origin manual */
	int		 dismissed;
	enum verdict	 status;
	char		*note;		/* owned, "" when none */
	char		*reviewer;	/* owned, NULL when never reviewed */
	char		*updated_at;	/* owned, NULL when never reviewed */
	int		 matches;	/* earlier verdicts linked (§8) */
	int		 revision;	/* number of its revision */
	int		 orphan;	/* its verdict found no place in a
					   later revision */
	int		 carried;	/* state carried from the previous
					   revision: 0 no, 1 same text,
					   2 by context (text edited: look
					   again) */
};

struct st_article {
	int64_t		 id;
	int		 revision;	/* current revision number */
	char		*path;		/* owned */
	char		*title;		/* owned */
	char		*url;		/* owned, may be NULL */
	char		*text;		/* owned, NUL-terminated */
	size_t		 len;
	struct st_claim	*claims;	/* owned, reading order, dismissed
					   ones included */
	size_t		 nclaims;
	struct st_claim	*orphans;	/* owned: claims of earlier revisions
					   whose verdicts found no place,
					   by revision then reading order;
					   number is within their revision */
	size_t		 norphans;
};

/* Loads the current revision of article ID with all its claims. NULL with
 * *CAUSE on failure. Free with st_article_free(). */
struct st_article	*store_article_load(struct store *, int64_t id,
			    char **cause);
void			 st_article_free(struct st_article *);

/* Calls CB for each orphan of article ID (as st_article.orphans, borrowed
 * for the call); stops when CB returns non-zero. 0, or -1 with *CAUSE. */
int	store_orphans(struct store *, int64_t id,
	    int (*cb)(const struct st_claim *, void *), void *arg,
	    char **cause);

/*
 * Changes to one claim, each in its own committed transaction with a history
 * row per field changed (REVIEWER, now, old -> new, ORIGIN which may be
 * NULL). Setting what is already there changes nothing and succeeds. They
 * return 0 only after the commit, or -1 with *CAUSE (nothing changed).
 *
 * A claim of a revision that is no longer current (the article was
 * re-imported while a screen showed it) is followed to the claim that
 * continues it, which gets the change; with none, the change stays on the
 * old claim, flagged orphan: never lost, reported by list and import.
 */
int	store_set_status(struct store *, int64_t claim, enum verdict,
	    const char *reviewer, const char *origin, char **cause);
int	store_set_note(struct store *, int64_t claim, const char *note,
	    const char *reviewer, const char *origin, char **cause);
/* Status and note at once: STATUS -1 keeps the status, NOTE NULL the note. */
int	store_set_verdict(struct store *, int64_t claim, int status,
	    const char *note, const char *reviewer, const char *origin,
	    char **cause);
int	store_set_dismissed(struct store *, int64_t claim, int dismissed,
	    const char *reviewer, const char *origin, char **cause);

/* Adds a manual claim over [START, END) of article ARTICLE's current
 * revision; its id in *CLAIM. An existing claim with the same span is
 * returned instead (undismissed). TEXT (NULL: taken from the revision) must
 * be that span's text, white space aside: else the article changed since
 * the caller read it and nothing is added. 0, or -1 with *CAUSE. */
int	store_add_claim(struct store *, int64_t article, size_t start,
	    size_t end, const char *text, const char *reviewer, int64_t *claim,
	    char **cause);

/* Resolves CLAIM NUMBER (1-based, as on screen, dismissed claims counted)
 * of article ARTICLE's current revision; 0 with *CLAIM, or -1 with *CAUSE
 * ("no claim 9 (the article has 7)"). */
int	store_find_claim(struct store *, int64_t article, int number,
	    int64_t *claim, char **cause);

struct st_summary {
	int64_t		 id;
	const char	*title;		/* borrowed for the callback */
	const char	*path;
	int		 revision;
	int		 claims;	/* not dismissed */
	int		 reviewed;	/* with a verdict */
	int		 verified, disputed, unsourced;
	int		 orphans;
	const char	*updated_at;	/* last change, may be NULL */
};

/* Calls CB for every article, by id; stops when CB returns non-zero.
 * 0, or -1 with *CAUSE. */
int	store_list(struct store *, int (*cb)(const struct st_summary *,
	    void *), void *arg, char **cause);

/* An earlier verdict a claim resembles (SPEC §8). */
struct st_match {
	int64_t		 claim;		/* the earlier claim's id */
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
 * whose history says "adopted from claim EARLIER". 0, or -1 with *CAUSE. */
int	store_adopt(struct store *, int64_t claim, int64_t earlier,
	    const char *reviewer, char **cause);

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
};

enum imported_state {
	IMPORTED_NEW,
	IMPORTED_UPDATED,
	IMPORTED_SAME
};

/*
 * Adds earlier verdict V, or updates the one imported before with the same
 * id; inside a transaction the caller holds (store_import_begin()). Its
 * state in *STATE. 0, or -1 with *CAUSE.
 */
int	store_import_begin(struct store *, char **cause);
int	store_import_verdict(struct store *, const struct st_imported *v,
	    enum imported_state *state, char **cause);
int	store_import_commit(struct store *, char **cause);
void	store_import_rollback(struct store *);

/* An imported verdict linked to a claim (the screen's "p" list). */
struct st_imported_match {
	int64_t		 imported;	/* its row id */
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

/* Gives CLAIM the verdict of imported verdict IMPORTED (none when its
 * rating maps to none) and a note naming it (id, rating, url), as one
 * change whose history says "adopted from imported verdict ID".
 * 0, or -1 with *CAUSE. */
int	store_adopt_imported(struct store *, int64_t claim, int64_t imported,
	    const char *reviewer, char **cause);

struct st_stats {
	int		 articles;
	int		 claims;	/* current revisions, not dismissed */
	int		 status[4];	/* of those, by enum verdict */
	int		 dismissed;	/* current revisions */
	int		 orphans;	/* verdicts waiting for a place */
};

struct st_reviewer {
	const char	*name;		/* borrowed for the callback */
	int		 status[4];	/* verdicts last set by NAME, by enum
					   verdict (status[0] unused) */
	int		 total;
};

/* Counts verdicts into *STATS and calls CB (may be NULL) per reviewer, most
 * verdicts first. 0, or -1 with *CAUSE. */
int	store_stats(struct store *, struct st_stats *stats,
	    int (*cb)(const struct st_reviewer *, void *), void *arg,
	    char **cause);

#endif
