/* help.c: the "?" overlay: the key table of the current screen. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ui/keys.h"
#include "ui/screen.h"
#include "xmalloc.h"

#define HELP_NAMES	16	/* columns for the key names */

struct help {
	int	 where;
};

/* Key rows in a row with the same text share one help line: "j k Down Up". */
struct help_line {
	char		 names[64];
	const char	*text;
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

static void
help_draw(struct screen *s)
{
	struct help		*hp = s->data;
	struct help_line	 lines[64];
	size_t			 n, i, shown;
	int			 w, h, y, x, cols, colw, rows, c, r, need = 0;

	n = help_lines(hp->where, lines, 64);
	for (i = 0; i < n; i++) {
		if (draw_width(lines[i].text) > need)
			need = draw_width(lines[i].text);
	}
	/* As wide as its longest line needs, up to the screen's width; two
	 * columns when the lines do not fit one under the other and the
	 * screen is wide enough for two. */
	need += HELP_NAMES + 5;
	cols = (n > (size_t)LINES - 4 && COLS - 4 >= 2 * need - 4) ? 2 : 1;
	w = cols * need - (cols - 1) * 4;
	if (w > COLS - 4)
		w = COLS - 4;
	rows = (int)((n + cols - 1) / cols);
	h = rows + 4 > LINES - 2 ? LINES - 2 : rows + 4;
	rows = h - 4;
	y = (LINES - h) / 2;
	x = (COLS - w) / 2;
	colw = (w - 4) / cols;
	draw_box(stdscr, y, x, h, w);
	draw_str(stdscr, y, x + 2, w - 4, " keys: any key closes this ",
	    A_BOLD, 1);
	shown = 0;
	for (c = 0; c < cols; c++) {
		for (r = 0; r < rows; r++) {
			i = (size_t)c * rows + r;
			if (i >= n)
				break;
			draw_str(stdscr, y + 2 + r, x + 2 + c * colw,
			    HELP_NAMES - 1, lines[i].names, A_BOLD, 1);
			draw_str(stdscr, y + 2 + r, x + 2 + c * colw +
			    HELP_NAMES, colw - HELP_NAMES - 1, lines[i].text,
			    A_NORMAL, 1);
			shown++;
		}
	}
	if (shown < n)
		draw_str(stdscr, y + h - 1, x + 2, w - 4,
		    " more: make the terminal taller ", A_NORMAL, 1);
}

static int
help_key(struct screen *s, const struct ui_event *ev)
{
	(void)s;
	(void)ev;
	return SCREEN_CLOSE | SCREEN_REDRAW;
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
