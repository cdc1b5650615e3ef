/* draw.c: drawing helpers: strings, cells and glyphs, never a raw control
 * character. */
#include "config.h"

#include <string.h>
#include <wchar.h>

#include "ui/screen.h"
#include "ui/wrap.h"

#define DRAW_MAXMARKS	(CCHARW_MAX - 1)

void
draw_cell(WINDOW *win, int y, int x, const struct wcell *c,
    const wchar_t *marks, int nmarks, attr_t attr)
{
	wchar_t		 wcs[CCHARW_MAX + 1];
	cchar_t		 cc;
	short		 pair = PAIR_NUMBER(attr);
	attr_t		 a = attr & ~A_COLOR;
	int		 i, n = 0;

	switch (c->kind) {
	case WCELL_TEXT:
		wattr_set(win, a, pair, NULL);
		mvwaddstr(win, y, x, c->text);
		wattr_set(win, A_NORMAL, 0, NULL);
		return;
	case WCELL_SPACE:
		for (i = 0; i < c->width; i++) {
			wcs[0] = L' ';
			wcs[1] = L'\0';
			setcchar(&cc, wcs, a, pair, NULL);
			mvwadd_wch(win, y, x + i, &cc);
		}
		return;
	case WCELL_LONE:
		wcs[n++] = 0x25cc;
		wcs[n++] = c->wc;
		break;
	case WCELL_CHAR:
		wcs[n++] = c->wc;
		break;
	case WCELL_MARK:
		return;
	}
	if (nmarks > DRAW_MAXMARKS - (n - 1))
		nmarks = DRAW_MAXMARKS - (n - 1);
	for (i = 0; i < nmarks; i++)
		wcs[n++] = marks[i];
	wcs[n] = L'\0';
	setcchar(&cc, wcs, a, pair, NULL);
	mvwadd_wch(win, y, x, &cc);
}

/* The cell at P, with newlines and carriage returns shown as spaces. */
static void
draw_get(const char *p, const char *end, int col, int join, struct wcell *c)
{
	if (*p == '\n' || *p == '\r') {
		c->kind = WCELL_SPACE;
		c->len = 1;
		c->width = 1;
		c->wide = 0;
		c->wc = L' ';
		return;
	}
	wcell_get(p, end, col, join, c);
	if (c->kind == WCELL_SPACE)
		c->width = 1;
}

/* The marks that follow the cell ending at P: collected into MARKS. */
static const char *
draw_marks(const char *p, const char *end, wchar_t *marks, int *n)
{
	struct wcell	c;

	*n = 0;
	while (p < end) {
		wcell_get(p, end, 0, 1, &c);
		if (c.kind != WCELL_MARK)
			break;
		if (c.wc != 0 && *n < DRAW_MAXMARKS)
			marks[(*n)++] = c.wc;
		p += c.len;
	}
	return p;
}

/* Columns S takes: the same walk as draw_str() without drawing. */
int
draw_width(const char *s)
{
	struct wcell	 c;
	wchar_t		 marks[DRAW_MAXMARKS];
	const char	*end = s + strlen(s);
	int		 w = 0, n;

	while (s < end) {
		draw_get(s, end, w, 0, &c);
		if (c.kind == WCELL_MARK) {
			s += c.len;
			continue;
		}
		w += c.width;
		s = draw_marks(s + c.len, end, marks, &n);
	}
	return w;
}

int
draw_str(WINDOW *win, int y, int x, int width, const char *s, attr_t attr,
    int ellipsis)
{
	struct wcell	 c, dots;
	wchar_t		 marks[DRAW_MAXMARKS];
	const char	*end = s + strlen(s), *next;
	int		 col = 0, n, room;

	if (width <= 0)
		return 0;
	room = width;
	if (ellipsis && draw_width(s) > width)
		room = width - 1;
	while (s < end) {
		draw_get(s, end, col, 0, &c);
		if (c.kind == WCELL_MARK) {
			s += c.len;
			continue;
		}
		if (col + c.width > room)
			break;
		next = draw_marks(s + c.len, end, marks, &n);
		draw_cell(win, y, x + col, &c, marks,
		    c.kind == WCELL_CHAR ? n : 0, attr);
		col += c.width;
		s = next;
	}
	if (s < end && ellipsis && col < width) {
		memset(&dots, 0, sizeof dots);
		dots.kind = ui_unicode() ? WCELL_CHAR : WCELL_TEXT;
		dots.wc = 0x2026;
		dots.width = 1;
		strcpy(dots.text, ">");
		draw_cell(win, y, x + col, &dots, NULL, 0, attr);
		col++;
	}
	return col;
}

void
draw_fill(WINDOW *win, int y, int x, int width, attr_t attr)
{
	struct wcell	c;
	int		i;

	memset(&c, 0, sizeof c);
	c.kind = WCELL_CHAR;
	c.wc = L' ';
	c.width = 1;
	for (i = 0; i < width; i++)
		draw_cell(win, y, x + i, &c, NULL, 0, attr);
}

void
draw_right(WINDOW *win, int y, int x, int width, const char *s, attr_t attr)
{
	int	w = draw_width(s);

	if (w > width)
		w = width;
	draw_str(win, y, x + width - w, w, s, attr, 1);
}

void
draw_box(WINDOW *win, int y, int x, int h, int w)
{
	int	i;

	if (h < 2 || w < 2)
		return;
	for (i = 0; i < h; i++)
		draw_fill(win, y + i, x, w, A_NORMAL);
	mvwhline_set(win, y, x + 1, WACS_HLINE, w - 2);
	mvwhline_set(win, y + h - 1, x + 1, WACS_HLINE, w - 2);
	mvwvline_set(win, y + 1, x, WACS_VLINE, h - 2);
	mvwvline_set(win, y + 1, x + w - 1, WACS_VLINE, h - 2);
	mvwadd_wch(win, y, x, WACS_ULCORNER);
	mvwadd_wch(win, y, x + w - 1, WACS_URCORNER);
	mvwadd_wch(win, y + h - 1, x, WACS_LLCORNER);
	mvwadd_wch(win, y + h - 1, x + w - 1, WACS_LRCORNER);
}

static int	draw_utf8;

void
ui_set_unicode(int on)
{
	draw_utf8 = on;
	wcell_set_unicode(on);
}

int
ui_unicode(void)
{
	return draw_utf8;
}

static const struct {
	const char	*utf8, *ascii;
} ui_glyphs[GLYPH_COUNT] = {
	[GLYPH_SEP] = { " · ", " - " },
	[GLYPH_FOCUS] = { "▶", ">" },
	[GLYPH_CURSOR] = { "▸", ">" },
	[GLYPH_NO_VERDICT] = { "·", "." },
	[GLYPH_NOTE] = { "✎", "*" },
	[GLYPH_SEEN] = { "≈", "=" },
	[GLYPH_SAVED] = { "✓ saved", "saved" },
	[GLYPH_NOT_SAVED] = { "✗ NOT SAVED", "x NOT SAVED" },
	[GLYPH_DRAFT] = { "✎ not saved yet", "* not saved yet" },
	[GLYPH_MARK_NONE] = { "· ", ". " },
	[GLYPH_MARK_VERIFIED] = { "✓V", "+V" },
	[GLYPH_MARK_DISPUTED] = { "✗D", "xD" },
	[GLYPH_MARK_UNSOURCED] = { "?U", "?U" },
	[GLYPH_STALE_VERIFIED] = { "!V", "!V" },
	[GLYPH_STALE_DISPUTED] = { "!D", "!D" },
	[GLYPH_STALE_UNSOURCED] = { "!U", "!U" },
	[GLYPH_NEWLINE] = { "↵", "|" },
	[GLYPH_ARROW] = { " → ", " -> " }
};

const char *
ui_glyph(enum ui_glyph g)
{
	if ((unsigned)g >= GLYPH_COUNT)
		return "?";
	return draw_utf8 ? ui_glyphs[g].utf8 : ui_glyphs[g].ascii;
}

void
draw_hints(WINDOW *win, int y, int x, int width,
    const struct draw_hint *hints, size_t n, attr_t attr)
{
	unsigned char	 shown[32];
	size_t		 i, worst;
	int		 total = 0, used = 0;

	if (n > sizeof shown)
		n = sizeof shown;
	for (i = 0; i < n; i++) {
		shown[i] = 1;
		total += draw_width(hints[i].text) + (i > 0 ? 2 : 0);
	}
	while (total > width) {
		worst = n;
		for (i = 0; i < n; i++) {
			if (shown[i] && hints[i].prio > 0 && (worst == n ||
			    hints[i].prio >= hints[worst].prio))
				worst = i;
		}
		if (worst == n)
			break;
		shown[worst] = 0;
		total -= draw_width(hints[worst].text) + 2;
	}
	for (i = 0; i < n && used < width; i++) {
		if (!shown[i])
			continue;
		if (used > 0)
			used += 2;
		used += draw_str(win, y, x + used, width - used, hints[i].text,
		    attr, 1);
	}
}
