/* review.h: the review screen's state, shared by its action and draw files. */
#ifndef CD_REVIEW_H
#define CD_REVIEW_H

#include <stddef.h>
#include <stdint.h>

#include "store.h"
#include "ui/screen.h"
#include "ui/wrap.h"

struct ui_opts;

enum review_filter {
	FILTER_ALL,
	FILTER_UNREVIEWED,
	FILTER_VERIFIED,
	FILTER_DISPUTED,
	FILTER_UNSOURCED,
	FILTER_COUNT
};

enum review_pane {
	PANE_CLAIMS,
	PANE_ARTICLE
};

struct rect {
	int	 y, x, h, w;
};

/* One change of this session, with what it replaced, for "U". */
enum undo_kind {
	UNDO_STATUS,
	UNDO_NOTE,
	UNDO_VERDICT,		/* status and note at once (an adoption) */
	UNDO_DISMISS
};

struct undo {
	enum undo_kind	 kind;
	int64_t		 claim;
	enum verdict	 status;	/* the old value */
	char		*note;		/* the old value, owned (UNDO_NOTE,
					   UNDO_VERDICT) */
	int		 dismissed;	/* the old value */
};

struct review {
	struct screen		*screen;	/* set by init */
	struct store		*store;		/* borrowed */
	struct st_article	*art;		/* owned */
	char			*reviewer;	/* owned */
	const struct abbrevs	*abbrevs;	/* borrowed, may be NULL */
	char			*notice;	/* owned, shown at start */
	int			 ro;
	int			 failed;	/* last change was not saved */

	/* Layout, from the terminal size. */
	int			 stacked;
	struct rect		 ahead, abody, chead, cbody, cinfo;
	int			 bar, msgline;

	/* The article pane: wrapped text, first row shown, cursor row. */
	struct wrap		*wrap;
	struct wrap_pos		 top, cur;
	enum review_pane	 focus;

	/* Claims shown (indices into art->claims, reading order), by the
	 * filter; SEL the selected claim (index into art->claims) or -1. */
	size_t			*vis;
	size_t			 nvis;
	size_t			 ltop;
	long			 sel;
	enum review_filter	 filter;
	/* Claims not dismissed, ordered by start, for highlighting. */
	size_t			*spans;
	size_t			 nspans;
	int			 total, reviewed, disputed;

	/* The search. */
	char			*pattern;	/* owned, NULL: none yet */
	size_t			 moff, mlen;
	int			 mvalid;

	struct undo		*undo;
	size_t			 nundo, undocap;

	long			 note_claim;	/* claim whose note is being
						   edited inline, or -1 */
	int			 placed;	/* the first layout is done */
};

/* Columns left of the article text: the cursor and a verdict letter. */
#define REVIEW_GUTTER	2

/* A review of ART (taken over) in STORE, whose claims pane has the focus
 * with the first unreviewed claim selected. Free with review_free() unless
 * pushed as a screen (then the screen frees it). */
struct review	*review_new(struct store *, struct st_article *art,
		    const struct ui_opts *);
void		 review_free(struct review *);

extern const struct screen_ops review_ops;

/* review.c, for the draw code. */
const char	*review_filter_name(enum review_filter);
/* The position of the selected claim in the list, or NVIS when none. */
size_t		 review_lsel(const struct review *);

/* review-draw.c */
void		 review_layout(struct review *);
void		 review_draw(struct screen *);
/* The style for claims with verdict V. */
enum ui_style	 review_verdict_style(enum verdict);
/* Verdict V as a two-column mark readable without colour ("✓V", "+V"). */
const char	*review_verdict_mark(enum verdict);
/* The claims list row at screen row Y, or -1. */
long		 review_row_at(const struct review *, int y);

/* review-edit.c: the note in $VISUAL / $EDITOR. Returns the edited text
 * (caller frees), or NULL with *CAUSE (nothing changed). */
char		*review_run_editor(struct ui *, const char *note, char **cause);

#endif
