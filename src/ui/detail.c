/* detail.c: the claim detail pane: the whole claim, its source, verdict and
 * note wrapped and scrollable, and the note's links. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "links.h"
#include "segment.h"
#include "store.h"
#include "textdiff.h"
#include "ui/browse.h"
#include "ui/detail.h"
#include "ui/keys.h"
#include "ui/list.h"
#include "ui/screen.h"
#include "ui/wrap.h"
#include "xmalloc.h"

struct detail {
	int		 number;
	char		*title;		/* owned: "claim 6 · disputed" */
	char		*text;		/* owned: what the pane shows */
	size_t		 len;
	struct wrap	*wrap;		/* over TEXT */
	struct wrap_pos	 top;
	char		*note;		/* owned: its links are opened */

	/* The box, from the terminal size. */
	int		 y, x, h, w;
};

/* The list of a note's links, to choose the one to open. */
struct linkpick {
	char		**links;
	size_t		  n, sel;
	struct list	  view;
	int		  y, x, h, w;
};

static void
detail_add(char **buf, size_t *len, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
detail_add(char **buf, size_t *len, const char *fmt, ...)
{
	va_list	 ap;
	char	*s;

	va_start(ap, fmt);
	s = xvasprintf(fmt, ap);
	va_end(ap);
	*buf = xreallocarray(*buf, *len + strlen(s) + 1, 1);
	memcpy(*buf + *len, s, strlen(s) + 1);
	*len += strlen(s);
	free(s);
}

/* The pane's text: one paragraph a line, wrapped when drawn. */
static char *
detail_text(const struct st_claim *c, const char *reasons, size_t *lenp)
{
	char		*t = NULL, **links, *shown, *what;
	size_t		 len = 0, n, i;

	detail_add(&t, &len, "%s\n\n", c->text + segment_marker_len(c->text));
	/* The source as the panel's status line and the reports write it,
	 * "Name (role)", then its kind. */
	if (c->source != NULL) {
		shown = st_source_text(c->source, c->source_role);
		detail_add(&t, &len, "Source: %s%s%s\n", shown,
		    c->source_kind != NULL ? ui_glyph(GLYPH_SEP) : "",
		    c->source_kind != NULL ? c->source_kind : "");
		free(shown);
	} else
		detail_add(&t, &len, "Source: none found\n");
	/* The verdict is who gave it; a note alone, who wrote it. */
	if (c->reviewer != NULL && c->status != VERDICT_NONE)
		detail_add(&t, &len, "Verdict: %s, by %s\n",
		    verdict_name(c->status), c->reviewer);
	else
		detail_add(&t, &len, "Verdict: %s\n", verdict_name(c->status));
	if (c->reviewer != NULL && c->status == VERDICT_NONE &&
	    c->note[0] != '\0')
		detail_add(&t, &len, "Note by %s\n", c->reviewer);
	if (c->updated_at != NULL)
		detail_add(&t, &len, "Last change: %s\n", c->updated_at);
	/* What changed first: the old text may be long. */
	if (c->stale_text != NULL) {
		if ((what = textdiff_say(c->stale_text, c->text,
		    ui_glyph(GLYPH_ARROW), 0)) != NULL)
			detail_add(&t, &len, "Changed since the verdict: %s\n",
			    what);
		free(what);
		detail_add(&t, &len, "Stale: the verdict was given on \"%s\"\n",
		    c->stale_text);
	}
	if (c->matches > 0)
		detail_add(&t, &len, "Seen before: %d earlier verdict%s "
		    "(p lists them)\n", c->matches, c->matches == 1 ? "" : "s");
	if (reasons != NULL && *reasons != '\0')
		detail_add(&t, &len, "\nWhy a claim (the strongest reasons):\n%s\n", reasons);
	if (c->note[0] == '\0') {
		detail_add(&t, &len, "\nNo note (a writes one, E in your "
		    "editor)\n");
	} else {
		detail_add(&t, &len, "\nNote:\n%s\n", c->note);
		if ((n = links_find(c->note, &links)) > 0) {
			detail_add(&t, &len, "\nLinks (o opens %s):\n",
			    n == 1 ? "it" : "one");
			for (i = 0; i < n; i++)
				detail_add(&t, &len, "  %zu. %s\n", i + 1,
				    links[i]);
			xfree_strings(links, n);
		}
	}
	*lenp = len;
	return t;
}

/* Rows of text shown at once. */
static int
detail_rows(const struct detail *d)
{
	return d->h - 2 > 1 ? d->h - 2 : 1;
}

static void
detail_resize(struct screen *s)
{
	struct detail	*d = s->data;
	size_t		 off = 0, e;

	wrap_row(d->wrap, &d->top, &off, &e);
	d->y = 0;
	d->x = 0;
	d->h = LINES - 2 > 3 ? LINES - 2 : 3;
	d->w = COLS > 8 ? COLS : 8;
	wrap_set_width(d->wrap, d->w - 4);
	wrap_find(d->wrap, off, &d->top);
}

static void
detail_draw(struct screen *s)
{
	struct detail	*d = s->data;
	struct wrap_pos	 pos = d->top, last;
	const char	*sep = ui_glyph(GLYPH_SEP);
	char		 buf[128], *row;
	size_t		 st, e;
	int		 i, more;

	draw_box(stdscr, d->y, d->x, d->h, d->w);
	draw_str(stdscr, d->y, d->x + 2, d->w - 4, d->title, A_BOLD, 1);
	for (i = 0; i < detail_rows(d); i++) {
		wrap_row(d->wrap, &pos, &st, &e);
		row = xstrndup(d->text + st, e - st);
		draw_str(stdscr, d->y + 1 + i, d->x + 2, d->w - 4, row,
		    A_NORMAL, 0);
		free(row);
		if (wrap_move(d->wrap, &pos, 1) == 0) {
			i++;
			break;
		}
	}
	wrap_last(d->wrap, &last);
	more = wrap_cmp(&pos, &last) < 0 || (i == detail_rows(d) &&
	    wrap_cmp(&pos, &last) == 0 && wrap_distance(d->wrap, &d->top,
	    &last, detail_rows(d)) >= detail_rows(d));
	snprintf(buf, sizeof buf, " %sj/k scroll%so link%sEsc close%s? help ",
	    more ? "more below: " : "", sep, sep, sep);
	draw_str(stdscr, d->y + d->h - 1, d->x + 2, d->w - 4, buf, A_NORMAL,
	    1);
}

/* Scrolls by N rows, never past the last page. */
static void
detail_scroll(struct detail *d, long n)
{
	struct wrap_pos	 last;
	long		 left;

	wrap_move(d->wrap, &d->top, n);
	wrap_last(d->wrap, &last);
	left = wrap_distance(d->wrap, &d->top, &last, detail_rows(d));
	if (left >= 0 && left < detail_rows(d) - 1) {
		d->top = last;
		wrap_move(d->wrap, &d->top, -(long)(detail_rows(d) - 1));
	}
}

static int
detail_key(struct screen *s, const struct ui_event *ev)
{
	struct detail		*d = s->data;
	const struct key_entry	*ke;
	long			 delta;

	if (ev->mouse || ev->paste != NULL || ev->paste_over > 0)
		return 0;
	if ((ke = keys_find(KEYS_DETAIL, ev->code)) == NULL) {
		ui_message(s->ui, 0, "j/k scroll, o opens a link, Esc closes: "
		    "? lists the keys");
		return SCREEN_REDRAW;
	}
	if (list_delta(ke->action, (size_t)detail_rows(d), &delta)) {
		detail_scroll(d, delta);
		return SCREEN_REDRAW;
	}
	switch (ke->action) {
	case KA_FIRST:
		wrap_first(d->wrap, &d->top);
		break;
	case KA_LAST:
		detail_scroll(d, (long)d->len + 1);
		break;
	case KA_LINK:
		detail_links(s->ui, d->note);
		break;
	default:
		return overlay_key(s, ke->action, KEYS_DETAIL);
	}
	return SCREEN_REDRAW;
}

static void
detail_free(struct screen *s)
{
	struct detail	*d = s->data;

	wrap_free(d->wrap);
	free(d->text);
	free(d->title);
	free(d->note);
	free(d);
}

static const struct screen_ops detail_ops = {
	.name = "detail",
	.draw = detail_draw,
	.key = detail_key,
	.resize = detail_resize,
	.free = detail_free
};

void
detail_open(struct ui *ui, const struct st_claim *c, const char *reasons)
{
	struct detail	*d;

	d = xcalloc(1, sizeof *d);
	d->number = c->number;
	d->title = xasprintf(" claim %d%s%s ", c->number, ui_glyph(GLYPH_SEP),
	    verdict_name(c->status));
	d->text = detail_text(c, reasons, &d->len);
	d->wrap = wrap_new(d->text, d->len);
	d->note = xstrdup(c->note);
	ui_push(ui, &detail_ops, d);
}

/* The list of links: a box in the middle, as wide as its links need. */
static void
linkpick_resize(struct screen *s)
{
	struct linkpick	*p = s->data;
	size_t		 i;
	int		 need = 30, avail = LINES - 2;

	for (i = 0; i < p->n; i++) {
		if ((int)strlen(p->links[i]) + 10 > need)
			need = (int)strlen(p->links[i]) + 10;
	}
	p->w = need < COLS - 2 ? need : COLS - 2;
	p->h = (int)p->n + 2 < avail ? (int)p->n + 2 : avail;
	if (p->h < 3)
		p->h = 3;
	p->y = (avail - p->h) / 2 > 0 ? (avail - p->h) / 2 : 0;
	p->x = (COLS - p->w) / 2 > 0 ? (COLS - p->w) / 2 : 0;
	p->view = (struct list){ .y = p->y + 1, .x = p->x + 1, .h = p->h - 2,
	    .w = p->w - 2, .rows = 1, .top = p->view.top };
	if (p->view.h < 1)
		p->view.h = 1;
	list_keep(&p->view, p->sel, p->n);
}

static void
linkpick_row(void *arg, size_t i, int y, int selected)
{
	struct linkpick	*p = arg;
	attr_t		 a = selected ? ui_style(ST_SELECTED) : A_NORMAL;
	char		 num[16];

	draw_fill(stdscr, y, p->x + 1, p->w - 2, a);
	snprintf(num, sizeof num, "%s %zu. ", selected ?
	    ui_glyph(GLYPH_FOCUS) : " ", i + 1);
	draw_str(stdscr, y, p->x + 2, 6, num, a | A_BOLD, 0);
	draw_str(stdscr, y, p->x + 8, p->w - 10, p->links[i], a, 1);
}

static void
linkpick_draw(struct screen *s)
{
	struct linkpick	*p = s->data;
	const char	*sep = ui_glyph(GLYPH_SEP);
	char		 buf[96];

	draw_box(stdscr, p->y, p->x, p->h, p->w);
	snprintf(buf, sizeof buf, " %zu links in the note ", p->n);
	draw_str(stdscr, p->y, p->x + 2, p->w - 4, buf, A_BOLD, 1);
	list_draw(&p->view, p->sel, p->n, linkpick_row, p);
	snprintf(buf, sizeof buf, " Enter %s%sj/k choose%sEsc close ",
	    browse_remote() ? "copy" : "open", sep, sep);
	draw_str(stdscr, p->y + p->h - 1, p->x + 2, p->w - 4, buf, A_NORMAL,
	    1);
}

/* Opens the selected link and closes the list. */
static int
linkpick_open(struct screen *s, struct linkpick *p)
{
	browse_open(s->ui, p->links[p->sel]);
	return SCREEN_CLOSE | SCREEN_CLEAR | SCREEN_REDRAW;
}

static int
linkpick_key(struct screen *s, const struct ui_event *ev)
{
	struct linkpick		*p = s->data;
	const struct key_entry	*ke;
	size_t			 to;

	if (ev->mouse) {
		switch (list_mouse(&p->view, ev, p->sel, p->n, &to)) {
		case LIST_MISS:
			return 0;
		case LIST_WHEEL:
			p->sel = to;
			return SCREEN_REDRAW;
		case LIST_CLICK:
			p->sel = to;
			return linkpick_open(s, p);
		}
	}
	if (ev->paste != NULL || ev->paste_over > 0)
		return 0;
	if ((ke = keys_find(KEYS_LINKS, ev->code)) == NULL) {
		ui_message(s->ui, 0, "Enter %s the link, Esc closes: "
		    "? lists the keys", browse_remote() ? "copies" : "opens");
		return SCREEN_REDRAW;
	}
	if (list_move(&p->view, ke->action, p->sel, p->n, &to)) {
		p->sel = to;
		list_keep(&p->view, p->sel, p->n);
		return SCREEN_REDRAW;
	}
	if (ke->action == KA_OPEN)
		return linkpick_open(s, p);
	return overlay_key(s, ke->action, KEYS_LINKS);
}

static void
linkpick_free(struct screen *s)
{
	struct linkpick	*p = s->data;

	xfree_strings(p->links, p->n);
	free(p);
}

static const struct screen_ops linkpick_ops = {
	.name = "links",
	.draw = linkpick_draw,
	.key = linkpick_key,
	.resize = linkpick_resize,
	.free = linkpick_free
};

void
detail_links(struct ui *ui, const char *note)
{
	struct linkpick	*p;
	char		**links;
	size_t		  n;

	if ((n = links_find(note, &links)) == 0) {
		ui_message(ui, 0, "no link in the note");
		return;
	}
	if (n == 1) {
		browse_open(ui, links[0]);
		xfree_strings(links, n);
		return;
	}
	p = xcalloc(1, sizeof *p);
	p->links = links;
	p->n = n;
	ui_push(ui, &linkpick_ops, p);
}
