/* store.h: the SQLite database of articles, claims, verdicts and history. */
#ifndef CD_STORE_H
#define CD_STORE_H

#include <stddef.h>
#include <stdint.h>

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

#define STORE_READONLY	0x1

/*
 * Opens (creating it and its parent directories, mode 0700, unless
 * STORE_READONLY) the database at PATH, in WAL mode with foreign keys on and
 * a busy timeout, and runs pending migrations. NULL with *CAUSE set to one
 * clear line on failure (newer schema, corrupt, locked, read-only...).
 * A read-write open of a file that cannot be written falls back to
 * read-only when FLAGS allow it; store_readonly() tells.
 */
struct store	*store_open(const char *path, int flags, char **cause);
void		 store_close(struct store *);
int		 store_readonly(const struct store *);
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
 * old claims, flagged orphan. Returns 0 and fills RES, or -1 with *CAUSE.
 */
int	store_import(struct store *, const char *path, const struct doc *doc,
	    const char *reviewer, struct import_result *res, char **cause);

/* Resolves ARTICLE, an id or an imported path; 0 with *ID, or -1 with
 * *CAUSE ("no such article"). */
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
};

/* Loads the current revision of article ID with all its claims. NULL with
 * *CAUSE on failure. Free with st_article_free(). */
struct st_article	*store_article_load(struct store *, int64_t id,
			    char **cause);
void			 st_article_free(struct st_article *);

/*
 * Changes to one claim, each in its own committed transaction with a history
 * row (REVIEWER, now, old -> new, ORIGIN which may be NULL). They return 0
 * only after the commit, or -1 with *CAUSE (nothing changed).
 */
int	store_set_status(struct store *, int64_t claim, enum verdict,
	    const char *reviewer, const char *origin, char **cause);
int	store_set_note(struct store *, int64_t claim, const char *note,
	    const char *reviewer, const char *origin, char **cause);
int	store_set_dismissed(struct store *, int64_t claim, int dismissed,
	    const char *reviewer, const char *origin, char **cause);

/* Adds a manual claim over [START, END) of article ARTICLE's current
 * revision; its id in *CLAIM. An existing claim with the same span is
 * returned instead (undismissed). 0, or -1 with *CAUSE. */
int	store_add_claim(struct store *, int64_t article, size_t start,
	    size_t end, const char *text, const char *reviewer, int64_t *claim,
	    char **cause);

/* Resolves CLAIM NUMBER (1-based, as on screen) of article ARTICLE. */
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

#endif
