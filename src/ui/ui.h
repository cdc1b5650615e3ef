/* ui.h: the review screen and the article picker, on top of the core. */
#ifndef CD_UI_H
#define CD_UI_H

#include <stdint.h>

struct abbrevs;
struct ruleset;
struct st_article;
struct st_text;
struct store;

struct ui_opts {
	const char		*reviewer;	/* borrowed, never NULL */
	const struct abbrevs	*abbrevs;	/* borrowed, for "m" */
	const char		*notice;	/* shown once at start, or NULL */
	const char		*rules_path;	/* borrowed: the rules and the
						   model (NULL: none) the detail
						   pane's reasons come from, read
						   when first asked for */
	const char		*model_path;
	int			 advance;	/* after a verdict, select the
						   next unreviewed claim */
	struct st_text		*text;		/* may be NULL: the article's
						   text as its import found
						   it unchanged, taken by
						   ui_review() */
	struct st_article	*art;		/* may be NULL: the article,
						   read already; ui_review()
						   takes it */
	int			 linked;	/* its links to earlier
						   verdicts made anew already
						   (store_relink()) */
};

/*
 * Runs the review screen on article ARTICLE of STORE until the user quits.
 * Every change is committed before it shows as saved. Returns 0, or -1 with
 * *CAUSE set (the terminal is restored first).
 */
int	ui_review(struct store *, int64_t article, const struct ui_opts *,
	    char **cause);

/*
 * Lets the user pick an article of STORE and review it, then come back to
 * the list (q), until q in the list. OPTS as for ui_review() (the notice
 * is not used). Returns 0, or -1 with *CAUSE.
 */
int	ui_pick(struct store *, const struct ui_opts *, char **cause);

/* The signal (SIGTERM, SIGHUP, SIGINT) that ended the last ui_review() or
 * ui_pick() (the terminal restored, everything saved), or 0: the caller may
 * re-raise it once it has cleaned up. */
int	ui_signal(void);

#endif
