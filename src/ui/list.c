/* list.c: the one list widget: movement, keep-in-view, mouse and drawing. */
#include "config.h"

#include "ui/list.h"

#define LIST_WHEEL_STEP	3	/* items a wheel notch moves */

size_t
list_per_page(const struct list *l)
{
	int	rows = l->rows > 0 ? l->rows : 1;

	return l->h >= rows ? (size_t)(l->h / rows) : 1;
}

void
list_keep(struct list *l, size_t sel, size_t n)
{
	size_t	per = list_per_page(l);

	/* No empty rows under the last item while items above are out of
	 * view: a view made taller shows more of the list, not less. */
	if (n <= per)
		l->top = 0;
	else if (l->top > n - per)
		l->top = n - per;
	if (sel >= n)
		return;
	if (sel < l->top)
		l->top = sel;
	if (sel >= l->top + per)
		l->top = sel - per + 1;
}

size_t
list_step(size_t sel, size_t n, long delta)
{
	long	to;

	if (sel >= n)
		return 0;
	to = (long)sel + delta;
	if (to < 0)
		to = 0;
	if (to >= (long)n)
		to = (long)n - 1;
	return (size_t)to;
}

int
list_delta(enum key_action action, size_t per, long *delta)
{
	long	page = per > 1 ? (long)per - 1 : 1;	/* one item stays */

	switch (action) {
	case KA_DOWN:
		*delta = 1;
		return 1;
	case KA_UP:
		*delta = -1;
		return 1;
	case KA_PAGE_DOWN:
		*delta = page;
		return 1;
	case KA_PAGE_UP:
		*delta = -page;
		return 1;
	default:
		return 0;
	}
}

int
list_move(const struct list *l, enum key_action action, size_t sel,
    size_t n, size_t *to)
{
	long	delta = 0;

	if (action != KA_FIRST && action != KA_LAST &&
	    !list_delta(action, list_per_page(l), &delta))
		return 0;
	if (n == 0)
		*to = sel;
	else if (action == KA_FIRST)
		*to = 0;
	else if (action == KA_LAST)
		*to = n - 1;
	else
		*to = list_step(sel, n, delta);
	return 1;
}

enum list_hit
list_mouse(const struct list *l, const struct ui_event *ev, size_t sel,
    size_t n, size_t *to)
{
	int	rows = l->rows > 0 ? l->rows : 1;
	size_t	i;

	if (n == 0)
		return LIST_MISS;
	if (ev->mbuttons & (BUTTON4_PRESSED | BUTTON5_PRESSED)) {
		*to = list_step(sel, n, ev->mbuttons & BUTTON4_PRESSED ?
		    -LIST_WHEEL_STEP : LIST_WHEEL_STEP);
		return LIST_WHEEL;
	}
	if (!(ev->mbuttons & (BUTTON1_PRESSED | BUTTON1_CLICKED)) ||
	    ev->my < l->y || ev->my >= l->y + l->h || ev->mx < l->x ||
	    ev->mx >= l->x + l->w)
		return LIST_MISS;
	i = l->top + (size_t)((ev->my - l->y) / rows);
	if (i >= n)
		return LIST_MISS;
	*to = i;
	return LIST_CLICK;
}

void
list_draw(struct list *l, size_t sel, size_t n,
    void (*draw)(void *, size_t, int, int), void *arg)
{
	int	rows = l->rows > 0 ? l->rows : 1, y;
	size_t	i;

	list_keep(l, sel, n);
	for (i = l->top, y = l->y; i < n && y + rows <= l->y + l->h;
	    i++, y += rows)
		draw(arg, i, y, i == sel);
}
