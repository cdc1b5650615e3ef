/* store-int.h: what store.c shares with store-import.c, and no one else. */
#ifndef CD_STORE_INT_H
#define CD_STORE_INT_H

#include <sqlite3.h>
#include <stdint.h>

#include "store.h"

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
	S_ART_SET_URL,
	S_REV_CURRENT,
	S_REV_TEXT,
	S_REV_INSERT,
	S_CLAIM_INSERT,
	S_CLAIM_STATE,
	S_CLAIM_NEXT,
	S_CLAIM_SET_ORPHAN,
	S_CLAIM_SET_DISMISSED,
	S_CLAIM_BY_SPAN,
	S_CLAIM_NTH,
	S_CLAIM_COUNT,
	S_CLAIMS_OF_REV,
	S_CLAIMS_ORPHANED,
	S_VERDICT_PUT,
	S_HISTORY_ADD,
	S_ARTICLE_LOAD,
	S_CLAIMS_LOAD,
	S_ORPHANS_LOAD,
	S_CLAIM_KEYS,
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
	S_IMPORTED_LAST,
	S_IMPORTED_LINK,
	S_IMPORTED_CLEAR,
	S_IMPORTED_LIST,
	S_IMPORTED_ONE,
	S_COUNT
};

struct store {
	sqlite3		*db;
	char		*path;
	int		 readonly;
	char		*cause;		/* the last failure, owned */
	int		 errcode;	/* its SQLite result code, or 0 */
	sqlite3_stmt	*stmt[S_COUNT];
};

/* The statement ID, reset and with its bindings cleared. */
sqlite3_stmt	*store_stmt(struct store *, enum store_stmt);
/* The same for ID >= S_LAZY, prepared when first asked for; NULL with the
 * error recorded when it cannot be. */
sqlite3_stmt	*store_stmt_lazy(struct store *, enum store_stmt);

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
int		 store_exec(struct store *, sqlite3_stmt *,
		    const char *what);

/* BEGIN IMMEDIATE (WRITE) or BEGIN; COMMIT; ROLLBACK (never fails). */
int		 store_begin(struct store *, int write);
int		 store_commit(struct store *);
void		 store_rollback(struct store *);

/* Appends a history row. */
int		 store_history(struct store *, int64_t claim, const char *at,
		    const char *reviewer, const char *field, const char *old,
		    const char *new_, const char *origin);

/* Steps ST for its first row: 1 with column 0 in *ID, 0 when there is no
 * row, -1 with the error recorded. Resets ST. */
int		 store_step_id(struct store *, sqlite3_stmt *st, int64_t *id,
		    const char *what);

/* The current revision of ARTICLE: its id, and NUMBER and LEN (bytes of
 * text) when not NULL. 0, or -1 with the error recorded. */
int		 store_current_revision(struct store *, int64_t article,
		    int64_t *rev, int *number, size_t *len);

/* store_set_verdict()'s work inside a transaction the caller holds. */
int		 store_verdict_in_tx(struct store *, int64_t claim,
		    int status, const char *note, const char *reviewer,
		    const char *origin);

/* Links the claims of revision REV of ARTICLE to the resembling claims of
 * other articles that have verdicts (SPEC §8), inside the import's
 * transaction, and records up to which history row it did. */
int		 store_match_revision(struct store *, int64_t rev,
		    int64_t article);
/* The same again for a revision already matched, for the verdicts of
 * claims of other articles that changed since (their links made anew);
 * cheap when none did. */
int		 store_rematch_revision(struct store *, int64_t rev,
		    int64_t article);

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

/* Binds TEXT, or NULL. */
void		 store_bind_text(sqlite3_stmt *, int, const char *);
/* A column's text, copied, or NULL. */
char		*store_column_dup(sqlite3_stmt *, int);

#endif
