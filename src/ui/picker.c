/* picker.c: the article picker screen (claimdesk review without ARTICLE). */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "meta.h"
#include "paths.h"
#include "store.h"
#include "ui/keys.h"
#include "ui/list.h"
#include "ui/picker.h"
#include "ui/review.h"
#include "ui/screen.h"
#include "ui/ui.h"
#include "xmalloc.h"

struct picker_row {
	int64_t	 id;
	char	*title;
	char	*path;
	char	*site;	/* a web article's outlet, or NULL */
	char	*date;	/* its day of publication, or NULL */
	int	 claims, reviewed, disputed, stale;
	int	 twin;	/* another article has the same title: the path
			   tells them apart */
	size_t	 pathoff; /* where in the path the twins' paths part */
};

struct picker {
	struct store		*store;
	struct ui_opts		 opts;		/* for the articles opened */
	struct picker_row	*rows;
	size_t			 n, cap;
	size_t			*vis;		/* the rows the filter passes */
	size_t			 nvis;
	size_t			 sel;		/* into vis */
	char			*filter;	/* "/" text, or NULL */
	int			 opened;	/* an article is on screen */
	struct list		 view;
};

static int
picker_add(const struct st_summary *sum, void *arg)
{
	struct picker		*pk = arg;
	struct picker_row	*r;

	pk->rows = xgrow(pk->rows, &pk->cap, pk->n, sizeof *pk->rows);
	r = &pk->rows[pk->n++];
	r->id = sum->id;
	r->title = xstrdup(sum->title != NULL ? sum->title : "");
	r->path = xstrdup(sum->path != NULL ? sum->path : "");
	r->site = sum->site != NULL ? xstrdup(sum->site) : NULL;
	r->date = sum->date == NULL ? NULL : meta_date_ok(sum->date) ?
	    xstrndup(sum->date, 10) : xstrdup(sum->date);
	r->claims = sum->claims;
	r->reviewed = sum->reviewed;
	r->disputed = sum->disputed;
	r->stale = sum->stale;
	r->twin = 0;
	r->pathoff = 0;
	return 0;
}

static void
picker_clear_rows(struct picker *pk)
{
	size_t	i;

	for (i = 0; i < pk->n; i++) {
		free(pk->rows[i].title);
		free(pk->rows[i].path);
		free(pk->rows[i].site);
		free(pk->rows[i].date);
	}
	pk->n = 0;
}

/* Whether HAY holds NEEDLE, ASCII letters of either case alike. */
static int
picker_holds(const char *hay, const char *needle)
{
	size_t	n = strlen(needle), i;

	for (; *hay != '\0'; hay++) {
		for (i = 0; i < n && hay[i] != '\0'; i++) {
			if (tolower((unsigned char)hay[i]) !=
			    tolower((unsigned char)needle[i]))
				break;
		}
		if (i == n)
			return 1;
	}
	return n == 0;
}

/* The rows the filter passes; the selection stays on article ID when it
 * is one of them. */
static void
picker_apply(struct picker *pk, int64_t id)
{
	size_t	i;

	free(pk->vis);
	pk->vis = xreallocarray(NULL, pk->n + 1, sizeof *pk->vis);
	pk->nvis = 0;
	pk->sel = 0;
	for (i = 0; i < pk->n; i++) {
		if (pk->filter != NULL && !picker_holds(pk->rows[i].title,
		    pk->filter))
			continue;
		if (pk->rows[i].id == id)
			pk->sel = pk->nvis;
		pk->vis[pk->nvis++] = i;
	}
}

/* Marks the rows whose title another row has too. */
static void
picker_twins(struct picker *pk)
{
	struct paths_twin	*tw;
	size_t			 i;

	tw = xreallocarray(NULL, pk->n + 1, sizeof *tw);
	for (i = 0; i < pk->n; i++) {
		tw[i].title = pk->rows[i].title;
		tw[i].path = pk->rows[i].path;
	}
	paths_twins(tw, pk->n);
	for (i = 0; i < pk->n; i++) {
		pk->rows[i].twin = tw[i].twin;
		pk->rows[i].pathoff = tw[i].off;
	}
	free(tw);
}

/* The article selected, or -1. */
static int64_t
picker_selected(const struct picker *pk)
{
	return pk->sel < pk->nvis ? pk->rows[pk->vis[pk->sel]].id : -1;
}

static int
picker_load(struct picker *pk, char **cause)
{
	int64_t	id = picker_selected(pk);

	picker_clear_rows(pk);
	if (store_list(pk->store, picker_add, pk, cause) == -1)
		return -1;
	picker_twins(pk);
	picker_apply(pk, id);
	return 0;
}

struct picker *
picker_new(struct store *store, const struct ui_opts *opts, char **cause)
{
	struct picker	*pk;

	pk = xcalloc(1, sizeof *pk);
	pk->store = store;
	pk->opts = *opts;
	pk->opts.notice = NULL;
	if (picker_load(pk, cause) == -1) {
		picker_free(pk);
		return NULL;
	}
	return pk;
}

void
picker_free(struct picker *pk)
{
	if (pk == NULL)
		return;
	picker_clear_rows(pk);
	free(pk->rows);
	free(pk->vis);
	free(pk->filter);
	free(pk);
}

static void
picker_resize(struct screen *s)
{
	struct picker	*pk = s->data;

	pk->view.y = 1;
	pk->view.x = 0;
	pk->view.w = COLS;
	pk->view.h = LINES - 4 > 1 ? LINES - 4 : 1;
	pk->view.rows = 1;
}

static void
picker_draw_row(void *arg, size_t i, int y, int selected)
{
	struct picker		*pk = arg;
	struct picker_row	*r = &pk->rows[pk->vis[i]];
	attr_t			 a = selected ? ui_style(ST_SELECTED) : 0;
	const char		*sep = ui_glyph(GLYPH_SEP);
	char			 num[32], stale[32], prog[96], byline[256];
	char			*twin;
	int			 pw, tw, bw, room, keep;

	draw_fill(stdscr, y, 0, COLS, a);
	snprintf(num, sizeof num, "%5lld ", (long long)r->id);
	/* A stale verdict wants a second look: said while there is one. */
	snprintf(stale, sizeof stale, "%s%d stale", sep, r->stale);
	snprintf(prog, sizeof prog, " %d/%d reviewed%s%d disputed%s",
	    r->reviewed, r->claims, sep, r->disputed, r->stale > 0 ? stale :
	    "");
	draw_str(stdscr, y, 0, 6, num, a, 0);
	pw = draw_width(prog);
	if (pw > COLS / 2)
		pw = 0;
	/* A twin's path keeps up to half the room from a long title. */
	room = COLS - 6 - pw;
	if (r->twin) {
		keep = draw_width(r->path + r->pathoff) + draw_width(sep) + 3;
		room -= keep < room / 2 ? keep : room / 2;
	}
	tw = draw_str(stdscr, y, 6, room, r->title, a | A_BOLD, 1);
	snprintf(byline, sizeof byline, "%s%s%s%s%s",
	    r->site != NULL ? sep : "", r->site != NULL ? r->site : "",
	    r->date != NULL ? sep : "", r->date != NULL ? r->date : "",
	    r->twin ? sep : "");
	bw = draw_str(stdscr, y, 6 + tw, COLS - 6 - pw - tw - 1, byline,
	    a | ui_style(ST_DIM), 1);
	/* Two articles of one title: their files tell them apart, from the
	 * first folder where their paths part. */
	if (r->twin) {
		twin = xasprintf("%s%s", r->pathoff > 0 ? (ui_unicode() ?
		    "\xe2\x80\xa6/" : ".../") : "", r->path + r->pathoff);
		draw_str(stdscr, y, 6 + tw + bw, COLS - 6 - pw - tw - bw - 1,
		    twin, a | ui_style(ST_DIM), 1);
		free(twin);
	}
	if (pw > 0)
		draw_right(stdscr, y, COLS - pw, pw, prog, a);
}

/* The picker's keys line (see draw_hints()). */
static const struct draw_hint picker_hints[] = {
	{ "j/k move", 1 }, { "Enter open", 2 }, { "/ filter", 3 },
	{ "? help", 0 }, { "q quit", 0 }
};

static void
picker_draw(struct screen *s)
{
	struct picker	*pk = s->data;
	char		 bar[256], *cause = NULL;

	/* Back from an article: its progress has changed. */
	if (pk->opened) {
		pk->opened = 0;
		if (picker_load(pk, &cause) == -1) {
			ui_message(s->ui, 1, "%s", cause);
			free(cause);
		}
	}
	draw_fill(stdscr, 0, 0, COLS, ui_style(ST_FOCUS));
	draw_str(stdscr, 0, 1, COLS - 2, "claimdesk: pick an article",
	    ui_style(ST_FOCUS), 1);
	if (pk->n == 0)
		draw_str(stdscr, 2, 2, COLS - 4, "No articles yet: "
		    "\"claimdesk FILE\" imports one and opens it.", A_NORMAL,
		    1);
	else if (pk->nvis == 0)
		draw_str(stdscr, 2, 2, COLS - 4, "No title holds the filter "
		    "(/ changes it, Esc shows all).", A_NORMAL, 1);
	list_draw(&pk->view, pk->sel, pk->nvis, picker_draw_row, pk);
	draw_fill(stdscr, LINES - 2, 0, COLS, ui_style(ST_BAR));
	if (pk->filter != NULL)
		snprintf(bar, sizeof bar, " %zu of %zu article%s%s/%s",
		    pk->nvis, pk->n, pk->n == 1 ? "" : "s",
		    ui_glyph(GLYPH_SEP), pk->filter);
	else
		snprintf(bar, sizeof bar, " %zu article%s", pk->n,
		    pk->n == 1 ? "" : "s");
	draw_str(stdscr, LINES - 2, 0, COLS, bar, ui_style(ST_BAR), 1);
	draw_hints(stdscr, LINES - 1, 0, COLS, picker_hints,
	    sizeof picker_hints / sizeof picker_hints[0], ui_style(ST_DIM));
}

/* Opens the selected article over the list; q there comes back. */
static int
picker_open(struct screen *s, struct picker *pk)
{
	struct st_article	*art;
	struct review		*rv;
	char			*cause = NULL;

	if (pk->sel >= pk->nvis)
		return 0;
	ui_relink(pk->store, pk->rows[pk->vis[pk->sel]].id);
	if ((art = store_article_load(pk->store, pk->rows[pk->vis[pk->sel]].id,
	    NULL, &cause)) == NULL) {
		ui_message(s->ui, 1, "%s", cause);
		free(cause);
		return SCREEN_REDRAW;
	}
	rv = review_new(pk->store, art, &pk->opts);
	rv->from_list = 1;
	pk->opened = 1;
	ui_push(s->ui, &review_ops, rv);
	return SCREEN_CLEAR | SCREEN_REDRAW;
}

/* The filter follows the text as it is typed; Enter keeps it, Esc
 * clears it (TEXT NULL). */
static void
picker_filter_done(void *arg, const char *text)
{
	struct picker	*pk = arg;

	if (text == NULL)
		text = "";
	free(pk->filter);
	pk->filter = *text != '\0' ? xstrdup(text) : NULL;
	picker_apply(pk, picker_selected(pk));
}

static void
picker_filter_place(void *arg, int *y, int *x, int *w)
{
	(void)arg;
	*y = LINES - 1;
	*x = 0;
	*w = COLS;
}

/* The wheel moves the selection; a click selects, a second one opens. */
static int
picker_mouse(struct screen *s, struct picker *pk, const struct ui_event *ev)
{
	size_t	to;

	switch (list_mouse(&pk->view, ev, pk->sel, pk->nvis, &to)) {
	case LIST_MISS:
		return 0;
	case LIST_CLICK:
		if (to == pk->sel)
			return picker_open(s, pk);
		break;
	case LIST_WHEEL:
		break;
	}
	pk->sel = to;
	return SCREEN_REDRAW;
}

static int
picker_key(struct screen *s, const struct ui_event *ev)
{
	struct picker		*pk = s->data;
	const struct key_entry	*ke;
	size_t			 to;

	if (ev->mouse)
		return picker_mouse(s, pk, ev);
	if ((ke = keys_find(KEYS_PICK, ev->code)) == NULL)
		return 0;
	if (list_move(&pk->view, ke->action, pk->sel, pk->nvis, &to)) {
		pk->sel = to;
		return SCREEN_REDRAW;
	}
	switch (ke->action) {
	case KA_OPEN:
		return picker_open(s, pk);
	case KA_SEARCH: {
		struct prompt_cb cb = { .place = picker_filter_place,
		    .done = picker_filter_done,
		    .change = picker_filter_done, .arg = pk };

		prompt_open(s->ui, "/", pk->filter != NULL ? pk->filter : "",
		    &cb);
		break;
	}
	case KA_CLOSE:
		if (pk->filter == NULL)
			return 0;
		free(pk->filter);
		pk->filter = NULL;
		picker_apply(pk, picker_selected(pk));
		break;
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
	.name = "picker",
	.opaque = 1,
	.draw = picker_draw,
	.key = picker_key,
	.resize = picker_resize,
	.free = picker_free_screen
};
