/* picker.c: the article picker screen (claimdesk review without ARTICLE). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store.h"
#include "ui/keys.h"
#include "ui/picker.h"
#include "ui/screen.h"
#include "xmalloc.h"

struct picker_row {
	int64_t	 id;
	char	*title;
	char	*path;
	int	 claims, reviewed, disputed;
};

struct picker {
	struct picker_row	*rows;
	size_t			 n, cap;
	size_t			 sel, top;
	int			 height;
	int64_t			*article;
	int			*picked;
};

static int
picker_add(const struct st_summary *sum, void *arg)
{
	struct picker		*pk = arg;
	struct picker_row	*r;

	if (pk->n == pk->cap) {
		pk->cap = pk->cap == 0 ? 16 : pk->cap * 2;
		pk->rows = xreallocarray(pk->rows, pk->cap, sizeof *pk->rows);
	}
	r = &pk->rows[pk->n++];
	r->id = sum->id;
	r->title = xstrdup(sum->title != NULL ? sum->title : "");
	r->path = xstrdup(sum->path != NULL ? sum->path : "");
	r->claims = sum->claims;
	r->reviewed = sum->reviewed;
	r->disputed = sum->disputed;
	return 0;
}

struct picker *
picker_new(struct store *store, int64_t *article, int *picked, char **cause)
{
	struct picker	*pk;

	pk = xcalloc(1, sizeof *pk);
	pk->article = article;
	pk->picked = picked;
	if (store_list(store, picker_add, pk, cause) == -1) {
		picker_free(pk);
		return NULL;
	}
	return pk;
}

void
picker_free(struct picker *pk)
{
	size_t	i;

	if (pk == NULL)
		return;
	for (i = 0; i < pk->n; i++) {
		free(pk->rows[i].title);
		free(pk->rows[i].path);
	}
	free(pk->rows);
	free(pk);
}

static void
picker_resize(struct screen *s)
{
	struct picker	*pk = s->data;

	pk->height = LINES - 4 > 1 ? LINES - 4 : 1;
}

static void
picker_keep(struct picker *pk)
{
	if (pk->sel < pk->top)
		pk->top = pk->sel;
	if (pk->sel >= pk->top + (size_t)pk->height)
		pk->top = pk->sel - pk->height + 1;
}

static void
picker_draw_row(struct picker *pk, size_t i, int y)
{
	struct picker_row	*r = &pk->rows[i];
	attr_t			 a = i == pk->sel ? ui_style(ST_SELECTED) : 0;
	char			 num[32], prog[64];
	int			 pw;

	draw_fill(stdscr, y, 0, COLS, a);
	snprintf(num, sizeof num, "%5lld ", (long long)r->id);
	snprintf(prog, sizeof prog, " %d/%d reviewed · %d disputed",
	    r->reviewed, r->claims, r->disputed);
	draw_str(stdscr, y, 0, 6, num, a, 0);
	pw = draw_width(prog);
	if (pw > COLS / 2)
		pw = 0;
	draw_str(stdscr, y, 6, COLS - 6 - pw, r->title, a | A_BOLD, 1);
	if (pw > 0)
		draw_right(stdscr, y, COLS - pw, pw, prog, a);
}

static void
picker_draw(struct screen *s)
{
	struct picker	*pk = s->data;
	size_t		 i;
	char		 bar[64];
	int		 y;

	draw_fill(stdscr, 0, 0, COLS, ui_style(ST_FOCUS));
	draw_str(stdscr, 0, 1, COLS - 2, "claimdesk: pick an article",
	    ui_style(ST_FOCUS), 1);
	if (pk->n == 0)
		draw_str(stdscr, 2, 2, COLS - 4, "No articles yet: "
		    "\"claimdesk FILE\" imports one and opens it.", A_NORMAL,
		    1);
	picker_keep(pk);
	for (i = pk->top, y = 1; i < pk->n && y <= pk->height; i++, y++)
		picker_draw_row(pk, i, y);
	draw_fill(stdscr, LINES - 2, 0, COLS, ui_style(ST_BAR));
	snprintf(bar, sizeof bar, " %zu article%s", pk->n,
	    pk->n == 1 ? "" : "s");
	draw_str(stdscr, LINES - 2, 0, COLS, bar, ui_style(ST_BAR), 1);
	draw_str(stdscr, LINES - 1, 0, COLS,
	    "j/k move · Enter open · ? help · q quit", ui_style(ST_DIM), 1);
}

static void
picker_move(struct picker *pk, long n)
{
	long	sel = (long)pk->sel + n;

	if (pk->n == 0)
		return;
	if (sel < 0)
		sel = 0;
	if (sel >= (long)pk->n)
		sel = (long)pk->n - 1;
	pk->sel = (size_t)sel;
}

static int
picker_open(struct picker *pk)
{
	if (pk->n == 0)
		return 0;
	*pk->article = pk->rows[pk->sel].id;
	*pk->picked = 1;
	return SCREEN_QUIT;
}

static int
picker_mouse(struct picker *pk, const struct ui_event *ev)
{
	size_t	i;

	if (ev->mbuttons & BUTTON4_PRESSED) {
		picker_move(pk, -3);
		return SCREEN_REDRAW;
	}
	if (ev->mbuttons & BUTTON5_PRESSED) {
		picker_move(pk, 3);
		return SCREEN_REDRAW;
	}
	if (ev->my < 1 || ev->my > pk->height)
		return 0;
	i = pk->top + ev->my - 1;
	if (i >= pk->n)
		return 0;
	if (i == pk->sel)
		return picker_open(pk);
	pk->sel = i;
	return SCREEN_REDRAW;
}

static int
picker_key(struct screen *s, const struct ui_event *ev)
{
	struct picker		*pk = s->data;
	const struct key_entry	*ke;

	if (ev->mouse)
		return picker_mouse(pk, ev);
	if ((ke = keys_find(KEYS_PICK, ev->code)) == NULL)
		return 0;
	switch (ke->action) {
	case KA_DOWN:
		picker_move(pk, 1);
		break;
	case KA_UP:
		picker_move(pk, -1);
		break;
	case KA_FIRST:
		picker_move(pk, -(long)pk->n);
		break;
	case KA_LAST:
		picker_move(pk, (long)pk->n);
		break;
	case KA_PAGE_DOWN:
		picker_move(pk, pk->height - 1);
		break;
	case KA_PAGE_UP:
		picker_move(pk, -(pk->height - 1));
		break;
	case KA_OPEN:
		return picker_open(pk);
	case KA_HELP:
		help_open(s->ui, KEYS_PICK);
		break;
	case KA_REDRAW:
		return SCREEN_CLEAR | SCREEN_REDRAW;
	case KA_QUIT:
		return SCREEN_QUIT;
	default:
		return 0;
	}
	return SCREEN_REDRAW;
}

static void
picker_free_screen(struct screen *s)
{
	picker_free(s->data);
}

const struct screen_ops picker_ops = {
	"picker", NULL, picker_draw, picker_key, picker_resize,
	picker_free_screen
};
