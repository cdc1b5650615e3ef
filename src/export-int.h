/* export-int.h: what the export walk shares with its format writers. */
#ifndef CD_EXPORT_INT_H
#define CD_EXPORT_INT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "export.h"
#include "store.h"

/* An article as the walk hands it to a writer: the store's row (its
 * strings borrowed until the writer's article_end returns) and what the
 * walk counted. */
struct ex_article {
	struct st_report_article r;
	int		 claims;	/* current claims, dismissed ones left
					   out */
	int		 orphans;	/* orphaned verdicts, all statuses */
	int		 wanted;	/* claims and orphans the filter keeps */
	size_t		 index;		/* 0, 1, ... among articles written */
};

struct export;

/* A claim given a verdict here, linked to a verdict that says otherwise:
 * one published elsewhere, imported since (store_report_dissent()), or
 * another claim's here (store_report_disagree()). */
struct export_dissent {
	int64_t		 claim;
	int64_t		 key;		/* the other claim's id, or minus the
					   imported verdict's row (as
					   st_seen.key) */
	char		*id;		/* imported: as published, else its
					   url, or NULL; a claim: "claim 3 of
					   "Title" (article 1, revision 2)" */
	enum verdict	 now;
	int		 told;		/* a claim's: the pair was warned of
					   from the other side */
};

/* A format: what it writes at each step of the walk. Each may be NULL. */
struct export_ops {
	void	(*begin)(struct export *);
	void	(*article)(struct export *, const struct ex_article *);
	void	(*claim)(struct export *, const struct ex_article *,
		    const struct st_claim *);
	void	(*orphan)(struct export *, const struct ex_article *,
		    const struct st_claim *);
	void	(*article_end)(struct export *, const struct ex_article *);
	void	(*end)(struct export *);
	int	  details;	/* claims come with their match and history
				   counts (else both are 0) */
};

extern const struct export_ops export_md_ops;
extern const struct export_ops export_html_ops;
extern const struct export_ops export_csv_ops;
extern const struct export_ops export_json_ops;
extern const struct export_ops export_claimreview_ops;

struct export {
	struct store_report		*rp;
	const struct export_opts	*opts;
	const struct export_ops		*ops;
	FILE				*out;
	char				 generated_at[32];
	struct export_progress		 done;
	int				 failed;	/* -1 or
							   EXPORT_WRITE_ERROR */
	char				*cause;		/* the first error */
	int				 werrno;	/* the write error */
	size_t				 items;	/* for the writer: entries
						   written in a list */
	size_t				 sub;	/* for the writer: in an inner
						   list */
	int				 phase;	/* for the writer: which part
						   of the article is open */
	struct export_dissent		*dissent;	/* claims whose linked
							   published verdict
							   says otherwise, by
							   claim id */
	size_t				 ndissent;
};

/* True when the status filter keeps status V (a report to publish keeps
 * no unreviewed claim). */
int	export_wanted(const struct export *, enum verdict v);
/* True when the report shows claim C of an article's current revision:
 * not dismissed, its status wanted, and not stale in a report to
 * publish. */
int	export_shown(const struct export *, const struct st_claim *c);
/* Writes to F "3/5 reviewed · 1 verified · 1 disputed · 1 unsourced",
 * and how many of those verdicts are stale when some are: a report's
 * progress line for its desk (not one to publish). */
void	export_progress(FILE *f, const struct ex_article *a);
/* Claims of A with status V the report shows. */
int	export_count_shown(const struct export *, const struct ex_article *a,
	    enum verdict v);
/* Writes to F the names of the statuses the filter keeps, in verdict order,
 * each between QUOTE and QUOTE, SEP between two. */
void	export_put_wanted(const struct export *, FILE *f, const char *sep,
	    const char *quote);
/* Writes to F "N verified \xc2\xb7 N disputed \xc2\xb7 N unsourced": the
 * claims of A of those statuses the report shows. */
void	export_put_checked(const struct export *, const struct ex_article *a,
	    FILE *f);
/* Whether the verdict linked to CLAIM as KEY (export_dissent.key) says
 * otherwise than the claim's: an imported verdict, imported since the
 * claim's was given, or another claim's. A report says so beside it. */
int	export_dissents(const struct export *, int64_t claim, int64_t key);
/* Who gave claim C its verdict (NULL: no one, no verdict), and who wrote
 * its note when not that reviewer (NULL: the reviewer, or no note; on a
 * claim with no verdict, its writer as the history says, else who last
 * changed the verdict row); both NULL in a report to publish. */
const char	*export_reviewer(const struct export *, const struct st_claim *c);
const char	*export_note_by(const struct export *, const struct st_claim *c);
/* Hands a warning to the caller (opts->warn), formatted. */
void	export_warn(struct export *, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));

/*
 * Walks a writer may make from its callbacks: the article's wanted claims
 * again (a statement of their own), its text (borrowed until article_end),
 * a claim's history rows and its earlier matches. Each returns 0, or -1
 * after recording the error (the export then fails).
 */
int	export_each_claim(struct export *, const struct ex_article *,
	    void (*fn)(struct export *, const struct st_claim *, void *),
	    void *arg);
int	export_text(struct export *, const struct ex_article *,
	    const char **text, size_t *len);
int	export_each_history(struct export *, int64_t claim,
	    void (*fn)(struct export *, const struct st_history *, void *),
	    void *arg);
/* A claim's earlier matches: claims of articles here (FN), then verdicts
 * published elsewhere (IMPORTED). */
int	export_each_match(struct export *, int64_t claim,
	    void (*fn)(struct export *, const struct st_match *, void *),
	    void (*imported)(struct export *,
	    const struct st_imported_match *, void *), void *arg);

/* Records the first error of the export; later ones are dropped. */
void	export_error(struct export *, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));

/*
 * Text for the human formats (export-text.c). export_text_write() writes LEN
 * bytes of S to F as the screen shows them: bad UTF-8 as U+FFFD, C0
 * controls and DEL in caret notation ("^[" for ESC), the other unsafe code
 * points (utf8_is_unsafe()) as "<U+202E>"; CR LF and a lone CR are
 * newlines, written as a space unless NEWLINES. Each ASCII byte whose
 * SPECIAL entry is set (newline included, placeholders too) goes to ESC
 * instead, which writes it escaped.
 */
void	export_text_write(FILE *f, const char *s, size_t len, int newlines,
	    const char special[128], void (*esc)(FILE *, int ch, void *),
	    void *arg);
/* Length of the http:// or https:// link S starts (LEN bytes), trailing
 * punctuation left out, ended by anything a placeholder would show; 0 when
 * S does not start one. */
size_t	export_text_link(const char *s, size_t len);

/* Writers' pieces the unit tests call. */
void		 export_csv_cell(FILE *, const char *s);
void		 export_md_text(FILE *, const char *s, int multiline);
void		 export_html_text(FILE *, const char *s, size_t len);
const char	*export_claimreview_author_type(const char *source);
const char	*export_claimreview_byline_type(const char *author);

/* Writes the ClaimReview of claim C of article A to the output (after a
 * comma unless *N is 0; *N counts those written): nothing for a claim
 * without a verdict, or whose verdict is stale. INDENT prefixes each
 * line. */
void	export_claimreview_one(struct export *, const struct ex_article *a,
	    const struct st_claim *c, const char *indent, size_t *n);
/* Whether the report can carry ClaimReview: an organisation and the
 * address where it is published. */
int	export_claimreview_ok(const struct export *);
/* How many ClaimReview objects article A gets. */
int	export_claimreview_count(const struct export *,
	    const struct ex_article *a);
/* The same; warns (export_warn()) when it has some but no URL for their
 * appearance. */
int	export_claimreview_article(struct export *, const struct ex_article *a);

#endif
