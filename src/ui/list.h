/* list.h: the one list widget: movement, keep-in-view, mouse and drawing. */
#ifndef CD_LIST_H
#define CD_LIST_H

#include <stddef.h>

#include "ui/keys.h"
#include "ui/screen.h"

/*
 * Where a list of N items is drawn and which part shows. The selection is
 * the screen's own (a position from 0 to N - 1, or N for none), handed to
 * each function: a screen may keep it in its own terms (the claims pane
 * keeps the selected claim, which a filter may hide).
 */
struct list {
	int	 y, x, h, w;	/* the rows and columns it draws in */
	int	 rows;		/* rows an item takes (at least 1) */
	size_t	 top;		/* first item shown */
};

/* Items that fit at once (at least 1). */
size_t	list_per_page(const struct list *);
/* Scrolls so that item SEL shows (nothing when SEL is N: none), with no
 * empty row under the last item while items above it are out of view. */
void	list_keep(struct list *, size_t sel, size_t n);
/* The item DELTA items from SEL, kept in 0..N-1; from none, the first.
 * N must be at least 1. */
size_t	list_step(size_t sel, size_t n, long delta);
/* The step the movement ACTION takes in a view that shows PER items at once:
 * 1 with *DELTA set for KA_DOWN (1), KA_UP (-1), KA_PAGE_DOWN and KA_PAGE_UP
 * (a page less the one item that stays in view, at least 1); 0 for any other
 * ACTION (KA_FIRST and KA_LAST go to an end, not by a step). */
int	list_delta(enum key_action action, size_t per, long *delta);
/* The item the movement ACTION (KA_DOWN, KA_UP, KA_FIRST, KA_LAST,
 * KA_PAGE_DOWN, KA_PAGE_UP) selects from SEL: 1 with *TO set (to SEL when
 * the list is empty), 0 when ACTION is no movement. */
int	list_move(const struct list *, enum key_action action, size_t sel,
	    size_t n, size_t *to);

/* What a mouse event does to a list. */
enum list_hit {
	LIST_MISS,		/* not on the list */
	LIST_WHEEL,		/* the wheel moved the selection: *TO */
	LIST_CLICK		/* a click on item *TO */
};
enum list_hit	 list_mouse(const struct list *, const struct ui_event *,
		    size_t sel, size_t n, size_t *to);

/* Draws the items in view: DRAW (I, first row Y, whether selected) for
 * each. */
void	list_draw(struct list *, size_t sel, size_t n,
	    void (*draw)(void *arg, size_t i, int y, int selected), void *arg);

#endif
