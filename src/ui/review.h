/* review.h: the review screen's state, shared by its action and draw files. */
#ifndef CD_REVIEW_H
#define CD_REVIEW_H

#include <stddef.h>
#include <stdint.h>

#include "store.h"
#include "ui/keys.h"
#include "ui/list.h"
#include "ui/screen.h"
#include "ui/wrap.h"

struct ui_opts;

enum review_filter {
	FILTER_ALL,
	FILTER_UNREVIEWED,
	FILTER_VERIFIED,
	FILTER_DISPUTED,
	FILTER_UNSOURCED,
	FILTER_STALE,		/* verdicts whose text changed since */
	FILTER_DROPPED,		/* claims dropped with "x" */
	FILTER_COUNT
};

enum review_pane {
	PANE_CLAIMS,
	PANE_ARTICLE
};

struct rect {
	int	 y, x, h, w;
};

struct review {
	struct screen		*screen;	/* set by init */
	struct store		*store;		/* borrowed */
	struct st_article	*art;		/* owned */
	char			*reviewer;	/* owned */
	const struct abbrevs	*abbrevs;	/* borrowed, may be NULL */
	struct ruleset		*rules;		/* owned, read when the detail
						   pane first asks; NULL before,
						   or when they cannot be read */
	int			 rules_read;	/* rules tried already */
	const char		*rules_path;	/* borrowed */
	const char		*model_path;	/* borrowed, may be NULL */
	char			*notice;	/* owned, shown at start */
	int			 ro;
	int			 advance;	/* a verdict selects the next
						   unreviewed claim */
	int			 from_list;	/* opened from the picker: q
						   goes back to it */
	int			 failed;	/* last change was not saved */
	int			 edit_unsaved;	/* the editor holds what could
						   not be saved */
	char			*edit_start;	/* owned: what the editor
						   opened on; NULL when shut */
	int			 edit_draft;	/* the editor holds text other
						   than what it opened on */

	/* Other reviewers: the database's data version when last read, and
	 * the last history row seen. */
	int			 data_version;
	int64_t			 last_history;

	/* Layout, from the terminal size. */
	int			 stacked;
	struct rect		 ahead, abody, chead, cinfo;
	struct list		 claims;	/* the claims pane's list */
	int			 bar, msgline;

	/* The article pane: wrapped text, first row shown, cursor row. */
	struct wrap		*wrap;
	struct wrap_pos		 top, cur;
	enum review_pane	 focus;

	/* Claims shown (indices into art->claims, reading order), by the
	 * filter; SEL the selected claim (index into art->claims) or -1. */
	size_t			*vis;
	size_t			 nvis;
	long			 sel;
	/* The selection moved off claim MOVED_FROM (its number) when the
	 * article was read again (another reviewer dropped it, an import
	 * left it out): the next key that changes a claim is refused, so
	 * that it never lands on a claim the reviewer did not choose. 0:
	 * not moved. */
	int			 moved_from;
	/* The claim "x" was pressed on that carries another reviewer's
	 * verdict: x again, next, drops it. 0: none. */
	int64_t			 drop_confirm;
	/* The claim "y" was pressed on that has a verdict or note of its
	 * own, and the earlier verdict it would adopt (earlier_item.claim):
	 * y again on the same one replaces them. 0: none. */
	int64_t			 adopt_confirm, adopt_from;
	/* Whether y was pressed on the screen itself (1) or in the list of
	 * earlier verdicts (0), and where the question was asked: answered
	 * only where it was asked. */
	int			 adopt_main, adopt_asked_main;
	/* "U" was told the reviewer's last change is another's now: U
	 * again, next, undoes the one before it. */
	int			 undo_confirm;
	enum review_filter	 filter;
	/* Claims not dismissed, ordered by start, for highlighting. */
	size_t			*spans;
	size_t			 nspans;
	int			 total, reviewed, disputed, stale;
	int			 maxnum;	/* the highest claim number */

	/* The search. */
	char			*pattern;	/* owned, NULL: none yet */
	size_t			 moff, mlen;
	int			 mvalid;

	/* The article's sentences, made when the article pane first needs
	 * them; owned. The article pane's cursor is in sentence CSENT (index
	 * into sents, -1 before it is placed), on the part of it that holds
	 * byte CPOS: a sentence that claims start or end inside (a split) is
	 * in parts, cut there. */
	struct sentence		*sents;
	size_t			 nsents;
	long			 csent;
	size_t			 cpos;

	/* "S": the claim being split (index into art->claims), -1 when
	 * none, and the point chosen, a word's first byte inside it. */
	long			 split;
	size_t			 split_at;

	int			 note_y;	/* the row the selection's note
						   is drawn on, where the
						   inline editor stands */
	int64_t			 edit_claim;	/* id of the claim whose note
						   or source is edited inline,
						   or -1 */
	int			 edit_source;	/* it is the source */
	int			 edit_version;	/* the claim's version when
						   the edit began */
	int			 edit_number;	/* and its number */
	int64_t			 edit_since;	/* the history row the screen
						   had read then */
	char			 edit_news[256]; /* what other reviewers did
						   while the edit is open: the
						   next key typed keeps it */
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

/* review.c */
const char	*review_filter_name(enum review_filter);
/* Whether the list shows claim C under the filter. */
int		 review_passes(const struct review *, const struct st_claim *);
/* Rebuilds the list (by the filter), the spans and the counts, then keeps
 * a selection: the same claim, else the next one shown. */
void		 review_rebuild(struct review *);
void		 review_cycle_filter(struct review *);

/* review-move.c */
/* The position of the selected claim in the list, or NVIS when none. */
size_t		 review_lsel(const struct review *);
/* The selected claim when the list shows it, else NULL. */
struct st_claim	*review_selected(struct review *);
/* The first claim (index into art->claims) that overlaps [START, END),
 * preferring the selected one, and only claims the list shows when SHOWN;
 * -1 when none. */
long		 review_claim_in(const struct review *, size_t start,
		    size_t end, int shown);
/* Scrolls the claims list so that the selection shows. */
void		 review_keep_list(struct review *);
/* The sentence cursor to the sentence covering byte OFF (else the next);
 * the claim over it selected when the list shows one. Nothing when the
 * sentences are not made yet and the article pane does not have the
 * focus. */
void		 review_sentence_at(struct review *, size_t off);
/* The bytes of the article pane's cursor: its sentence, or the part of it
 * between claims' edges that holds CPOS. 0 when there is no cursor. */
int		 review_cursor_span(const struct review *, size_t *start,
		    size_t *end);
/* Keeps the article cursor on screen, scrolling the view to it. */
void		 review_keep_cursor(struct review *);
/* No blank rows below the text while rows of it are out of view above
 * (a window made taller): the view moves up, the cursor stays. */
void		 review_fill_view(struct review *);
/* Shows bytes [START, END) in the article, the cursor on their first row;
 * CENTRE moves the view even when they are on screen. */
void		 review_show_range(struct review *, size_t start, size_t end,
		    int centre);
void		 review_show_selected(struct review *, int centre);
/* Selects claim I (it must be in the list); SHOW: in the article too. */
void		 review_select(struct review *, size_t i, int show);
/* A mouse event: SCREEN_* flags, 0 when it did nothing. */
int		 review_mouse(struct review *, const struct ui_event *);
/* The article's byte under screen cell Y, X to *OFF, and the wrapped row
 * it is on to *ROW (may be NULL): 0 when the cell is no row of the
 * article pane's text. */
int		 review_article_at(const struct review *, int y, int x,
		    struct wrap_pos *row, size_t *off);
/* A movement key or a pane switch: 1 when ACTION was one. */
int		 review_key_move(struct review *, enum key_action);

/* review-change.c: each change is committed before the screen shows it. */
/* The claim a key acts on: in the claims pane the selected one; in the
 * article pane the one over the sentence at the cursor. NULL with a
 * message saying there is none. */
struct st_claim	*review_need_claim(struct review *);
/* Whether the database is read-only, saying so. */
int		 review_refuse(struct review *);
/* The change this reviewer makes to claim C as the screen shows it (C
 * NULL: a change made against no version). */
void		 review_change_of(const struct review *, const struct st_claim *,
		    struct st_change *);
/* The store's answer RC to a change: 1 when it was saved; else 0 after
 * saying why (CAUSE freed), the screen read again on a conflict. */
int		 review_saved(struct review *, int rc, char *cause);
/* The article's sentences made (once): 0, or -1 when they cannot be. */
int		 review_sentences(struct review *);
/* The claim with id ID (index into art->claims), or -1. */
long		 review_find_id(const struct review *, int64_t id);
/* After a change the store made to several claims: the article read
 * again, the claim with id ID selected and shown; its index, or -1. */
long		 review_reselect(struct review *, int64_t id);
void		 review_mark(struct review *, enum verdict, int toggle);
void		 review_note_inline(struct review *);
/* "s": the claim's source in the inline editor. */
void		 review_source_inline(struct review *);
void		 review_note_editor(struct review *);
void		 review_dismiss(struct review *);
void		 review_make_claim(struct review *);
void		 review_earlier(struct review *);
void		 review_adopt_key(struct review *);
/* "i": the detail pane of the selected claim; "o": its note's links. */
void		 review_detail(struct review *);
void		 review_links(struct review *);
void		 review_undo(struct review *);
/* Reads the article again (another reviewer changed it, or a change was
 * refused): the selection and the view stay on the same claim and text. */
void		 review_refresh(struct review *);
/* A paste outside any editor: refused, it is no key. */
void		 review_paste(struct review *, const struct ui_event *);
/* After a change: the list again, and the article follows a selection
 * that moved. */
void		 review_changed(struct review *);

/* review-split.c: "S" splits the claim at a point chosen in the article,
 * "J" joins it with the sentence after it. */
void		 review_split_start(struct review *);
/* A key while a split point is chosen: SCREEN_* flags. */
int		 review_split_key(struct review *, const struct ui_event *);
void		 review_join(struct review *);

/* review-search.c */
void		 review_search(struct review *, int dir);
void		 review_search_prompt(struct review *);

/* review-draw.c */
void		 review_layout(struct review *);
void		 review_draw(struct screen *);
/* The style for claims with verdict V. */
enum ui_style	 review_verdict_style(enum verdict);
/* Claim C's verdict as a two-column mark readable without colour ("✓V",
 * "+V", "!V" when stale). */
const char	*review_claim_mark(const struct st_claim *);
const char	*review_verdict_mark(enum verdict);

/* review-edit.c: the note in $VISUAL / $EDITOR. Returns the edited text
 * (caller frees), or NULL with *CAUSE (nothing changed). */
char		*review_run_editor(struct ui *, const char *note, char **cause);

#endif
