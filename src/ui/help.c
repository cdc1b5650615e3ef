/* help.c: the "?" overlay: the key table of the current screen. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ui/keys.h"
#include "ui/screen.h"
#include "xmalloc.h"

#define HELP_NAMES	16	/* columns for the key names */
#define HELP_WHEEL	3	/* rows a wheel notch scrolls */

struct help {
	int	 where;
	int	 top;		/* first row shown, when they do not all fit */
	int	 page;		/* rows of a column at the last draw */
	int	 nrows;		/* rows at the last draw */
	int	 fits;		/* and whether they all showed */
};

/* Key rows in a row with the same text share one help line: "j k Down Up". */
struct help_line {
	char		 names[64];
	const char	*text;
};

/* One row of the overlay: the names on a line's first row, a piece of its
 * text (the help texts are ASCII: bytes are columns). */
struct help_row {
	const char	*names;
	const char	*text;
	int		 len;
};

static size_t
help_lines(int where, struct help_line *lines, size_t max)
{
	const struct key_entry	*ke, *prev = NULL;
	size_t			 n = 0, used;

	for (ke = keys_table; ke->name != NULL; ke++) {
		if ((ke->where & where) == 0)
			continue;
		if (prev != NULL && strcmp(prev->help, ke->help) == 0 &&
		    n > 0) {
			used = strlen(lines[n - 1].names);
			snprintf(lines[n - 1].names + used,
			    sizeof lines[0].names - used, " %s", ke->name);
		} else if (n < max) {
			snprintf(lines[n].names, sizeof lines[0].names, "%s",
			    ke->name);
			lines[n++].text = ke->help;
		}
		prev = ke;
	}
	return n;
}

/* Wraps the texts of LINES at spaces to WIDTH columns into ROWS (MAX of
 * them); a word longer than WIDTH is cut. Returns the rows. */
static int
help_wrap(const struct help_line *lines, size_t n, int width,
    struct help_row *rows, int max)
{
	const char	*p;
	size_t		 i;
	int		 nr = 0, len, cut;

	if (width < 1)
		width = 1;
	for (i = 0; i < n && nr < max; i++) {
		p = lines[i].text;
		do {
			len = (int)strlen(p);
			if (len > width) {
				for (cut = width; cut > 0 && p[cut] != ' ';
				    cut--)
					;
				len = cut > 0 ? cut : width;
			}
			rows[nr].names = p == lines[i].text ?
			    lines[i].names : "";
			rows[nr].text = p;
			rows[nr++].len = len;
			p += len;
			while (*p == ' ')
				p++;
		} while (*p != '\0' && nr < max);
	}
	return nr;
}

static void
help_draw_row(int y, int x, int w, const struct help_row *row)
{
	char	buf[256];
	int	len = row->len < (int)sizeof buf ? row->len :
		    (int)sizeof buf - 1;

	memcpy(buf, row->text, (size_t)len);
	buf[len] = '\0';
	draw_str(stdscr, y, x, HELP_NAMES - 1, row->names, A_BOLD, 1);
	draw_str(stdscr, y, x + HELP_NAMES, w - HELP_NAMES, buf, A_NORMAL, 1);
}

static void
help_draw(struct screen *s)
{
	struct help		*hp = s->data;
	struct help_line	 lines[64];
	struct help_row		 rows[256];
	char			 where[64];
	size_t			 n, i;
	int			 w, h, y, x, cols, colw, nr, page, c, r, need = 0;

	n = help_lines(hp->where, lines, 64);
	for (i = 0; i < n; i++) {
		if (draw_width(lines[i].text) > need)
			need = draw_width(lines[i].text);
	}
	/* As wide as its longest line needs, up to the screen's width; two
	 * columns when the lines do not fit one under the other and the
	 * screen is wide and tall enough for two. Else one column, its texts
	 * wrapped to the width, that scrolls when it is taller than the
	 * screen. */
	need += HELP_NAMES + 5;
	cols = (n > (size_t)LINES - 4 && COLS - 4 >= 2 * need - 4 &&
	    (n + 1) / 2 <= (size_t)LINES - 6) ? 2 : 1;
	w = cols * need - (cols - 1) * 4;
	if (w > COLS - 4)
		w = COLS - 4;
	colw = (w - 4) / cols;
	nr = help_wrap(lines, n, colw - HELP_NAMES - 1, rows, 256);
	page = (nr + cols - 1) / cols;
	h = page + 4 > LINES - 2 ? LINES - 2 : page + 4;
	page = h - 4;
	if (page < 1)
		page = 1;
	if (hp->top > nr - page)
		hp->top = nr - page;
	if (hp->top < 0 || cols > 1)
		hp->top = 0;
	hp->page = page;
	hp->nrows = nr;
	hp->fits = nr <= page * cols;
	y = (LINES - h) / 2;
	x = (COLS - w) / 2;
	draw_box(stdscr, y, x, h, w);
	draw_str(stdscr, y, x + 2, w - 4, !hp->fits ?
	    " keys: j k PgDn PgUp scroll, any other key closes " :
	    " keys: any key closes this ", A_BOLD, 1);
	for (c = 0; c < cols; c++) {
		for (r = 0; r < page; r++) {
			i = (size_t)(c * page + r + hp->top);
			if (i >= (size_t)nr)
				break;
			help_draw_row(y + 2 + r, x + 2 + c * colw, colw - 1,
			    &rows[i]);
		}
	}
	if (!hp->fits) {
		snprintf(where, sizeof where, " %d-%d of %d%s ", hp->top + 1,
		    hp->top + page, nr, hp->top + page < nr ? ", more below" :
		    "");
		draw_str(stdscr, y + h - 1, x + 2, w - 4, where, A_NORMAL, 1);
	}
}

/* The moves scroll the help when it does not fit; any other key, a click
 * and a paste close it. */
static int
help_key(struct screen *s, const struct ui_event *ev)
{
	struct help		*hp = s->data;
	const struct key_entry	*ke;
	int			 top = hp->top, step = 0;

	if (hp->fits)
		return SCREEN_CLOSE | SCREEN_REDRAW;
	if (ev->mouse && (ev->mbuttons & (BUTTON4_PRESSED | BUTTON5_PRESSED)))
		step = ev->mbuttons & BUTTON4_PRESSED ? -HELP_WHEEL :
		    HELP_WHEEL;
	else if (ev->code != 0 &&
	    (ke = keys_find(KEYS_REVIEW, ev->code)) != NULL) {
		switch (ke->action) {
		case KA_DOWN:
			step = 1;
			break;
		case KA_UP:
			step = -1;
			break;
		case KA_PAGE_DOWN:
			step = hp->page;
			break;
		case KA_PAGE_UP:
			step = -hp->page;
			break;
		case KA_FIRST:
			step = -hp->nrows;
			break;
		case KA_LAST:
			step = hp->nrows;
			break;
		default:
			break;
		}
	}
	if (step == 0)
		return SCREEN_CLOSE | SCREEN_REDRAW;
	top += step;
	if (top > hp->nrows - hp->page)
		top = hp->nrows - hp->page;
	if (top < 0)
		top = 0;
	if (top == hp->top)
		return 0;
	hp->top = top;
	return SCREEN_REDRAW;
}

static void
help_free(struct screen *s)
{
	free(s->data);
}

static const struct screen_ops help_ops = {
	.name = "help",
	.draw = help_draw,
	.key = help_key,
	.free = help_free
};

void
help_open(struct ui *ui, int where)
{
	struct help	*hp;

	hp = xcalloc(1, sizeof *hp);
	hp->where = where;
	hp->fits = 1;
	ui_push(ui, &help_ops, hp);
}

int
overlay_key(struct screen *s, enum key_action action, int where)
{
	switch (action) {
	case KA_CLOSE:
		return SCREEN_CLOSE | SCREEN_REDRAW;
	case KA_HELP:
		help_open(s->ui, where);
		return SCREEN_REDRAW;
	case KA_REDRAW:
		return SCREEN_CLEAR | SCREEN_REDRAW;
	default:
		return 0;
	}
}
