/* test_list.c: the list widget's steps, moves, keep-in-view and mouse. */
#include "config.h"

#include <string.h>

#include "t.h"
#include "ui/list.h"

/* A page moves one item less than the view shows, never less than one. */
static void
test_delta(void)
{
	long	d = 0;

	T_OK(list_delta(KA_DOWN, 10, &d));
	T_INT(d, 1);
	T_OK(list_delta(KA_UP, 10, &d));
	T_INT(d, -1);
	T_OK(list_delta(KA_PAGE_DOWN, 10, &d));
	T_INT(d, 9);
	T_OK(list_delta(KA_PAGE_UP, 10, &d));
	T_INT(d, -9);
	T_OK(list_delta(KA_PAGE_DOWN, 1, &d));
	T_INT(d, 1);
	T_OK(list_delta(KA_PAGE_UP, 0, &d));
	T_INT(d, -1);
	d = 7;
	T_OK(!list_delta(KA_FIRST, 10, &d));
	T_OK(!list_delta(KA_LAST, 10, &d));
	T_OK(!list_delta(KA_OPEN, 10, &d));
	T_INT(d, 7);
}

static void
test_move(void)
{
	/* Four rows of two-row items: two items a page, a page moves one. */
	struct list	l = { .y = 1, .x = 0, .h = 4, .w = 20, .rows = 2 };
	size_t		to = 99;

	T_INT(list_per_page(&l), 2);
	T_OK(list_move(&l, KA_DOWN, 0, 5, &to));
	T_INT(to, 1);
	T_OK(list_move(&l, KA_DOWN, 4, 5, &to));
	T_INT(to, 4);
	T_OK(list_move(&l, KA_UP, 0, 5, &to));
	T_INT(to, 0);
	T_OK(list_move(&l, KA_PAGE_DOWN, 2, 5, &to));
	T_INT(to, 3);
	T_OK(list_move(&l, KA_PAGE_UP, 2, 5, &to));
	T_INT(to, 1);
	T_OK(list_move(&l, KA_LAST, 2, 5, &to));
	T_INT(to, 4);
	T_OK(list_move(&l, KA_FIRST, 2, 5, &to));
	T_INT(to, 0);
	/* From none (SEL is N), a step goes to the first. */
	T_OK(list_move(&l, KA_DOWN, 5, 5, &to));
	T_INT(to, 0);
	/* An empty list takes the move and keeps the selection. */
	T_OK(list_move(&l, KA_LAST, 0, 0, &to));
	T_INT(to, 0);
	to = 99;
	T_OK(!list_move(&l, KA_OPEN, 2, 5, &to));
	T_OK(!list_move(&l, KA_OPEN, 0, 0, &to));
	T_INT(to, 99);

	/* Ten one-row items in a view of ten: a page moves nine. */
	l.h = 10;
	l.rows = 1;
	T_OK(list_move(&l, KA_PAGE_DOWN, 0, 30, &to));
	T_INT(to, 9);
}

static void
test_keep(void)
{
	struct list	l = { .y = 0, .x = 0, .h = 3, .w = 10, .rows = 1 };

	list_keep(&l, 5, 10);
	T_INT(l.top, 3);
	list_keep(&l, 4, 10);
	T_INT(l.top, 3);
	list_keep(&l, 1, 10);
	T_INT(l.top, 1);
	/* No selection: the top stays unless the list has shrunk under it. */
	list_keep(&l, 10, 10);
	T_INT(l.top, 1);
	list_keep(&l, 0, 0);
	T_INT(l.top, 0);
	/* A view made taller shows the items above, never empty rows. */
	list_keep(&l, 9, 10);
	T_INT(l.top, 7);
	l.h = 6;
	list_keep(&l, 9, 10);
	T_INT(l.top, 4);
	l.h = 12;
	list_keep(&l, 9, 10);
	T_INT(l.top, 0);
	l.h = 3;
	list_keep(&l, 9, 10);
	list_keep(&l, 10, 5);
	T_INT(l.top, 2);
}

static void
test_mouse(void)
{
	struct list	l = { .y = 2, .x = 1, .h = 6, .w = 10, .rows = 2 };
	struct ui_event	ev;
	size_t		to = 99;

	memset(&ev, 0, sizeof ev);
	ev.mouse = 1;
	ev.mbuttons = BUTTON1_CLICKED;
	ev.my = 5;
	ev.mx = 3;
	T_INT(list_mouse(&l, &ev, 0, 10, &to), LIST_CLICK);
	T_INT(to, 1);
	ev.my = 1;
	T_INT(list_mouse(&l, &ev, 0, 10, &to), LIST_MISS);
	ev.my = 6;
	ev.mx = 11;
	T_INT(list_mouse(&l, &ev, 0, 10, &to), LIST_MISS);
	/* Below the last item. */
	ev.my = 6;
	ev.mx = 3;
	T_INT(list_mouse(&l, &ev, 0, 2, &to), LIST_MISS);
	ev.mbuttons = BUTTON5_PRESSED;
	T_INT(list_mouse(&l, &ev, 0, 10, &to), LIST_WHEEL);
	T_INT(to, 3);
	ev.mbuttons = BUTTON4_PRESSED;
	T_INT(list_mouse(&l, &ev, 1, 10, &to), LIST_WHEEL);
	T_INT(to, 0);
	T_INT(list_mouse(&l, &ev, 0, 0, &to), LIST_MISS);
}

int
main(void)
{
	T_RUN(test_delta);
	T_RUN(test_move);
	T_RUN(test_keep);
	T_RUN(test_mouse);
	return T_DONE();
}
