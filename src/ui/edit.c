/* edit.c: a one-line text editor by character, for notes and searches. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "ui/edit.h"
#include "ui/keys.h"
#include "ui/wrap.h"
#include "utf8.h"
#include "xmalloc.h"

#define CTRL(c)	((c) & 0x1f)

/* Writes WC as UTF-8 at P (U+FFFD when it cannot be); returns the bytes. */
static size_t
edit_encode(wchar_t wc, char *p)
{
	size_t	n;

	if (wc < 0 || (n = utf8_encode((uint32_t)wc, p)) == 0)
		n = utf8_encode(UTF8_REPLACEMENT, p);
	return n;
}

static void
edit_insert(struct edit *e, wchar_t wc)
{
	e->buf = xgrow(e->buf, &e->cap, e->len, sizeof *e->buf);
	memmove(&e->buf[e->cur + 1], &e->buf[e->cur],
	    (e->len - e->cur) * sizeof *e->buf);
	e->buf[e->cur++] = wc;
	e->len++;
}

/* Deletes the characters [FROM, TO). */
static void
edit_delete(struct edit *e, size_t from, size_t to)
{
	if (from == to)
		return;
	memmove(&e->buf[from], &e->buf[to], (e->len - to) * sizeof *e->buf);
	e->len -= to - from;
	if (e->cur > to)
		e->cur -= to - from;
	else if (e->cur > from)
		e->cur = from;
}

void
edit_init(struct edit *e, const char *text)
{
	const char	*end = text + strlen(text);
	uint32_t	 cp;

	memset(e, 0, sizeof *e);
	while (text < end) {
		text += utf8_decode(text, (size_t)(end - text), &cp);
		edit_insert(e, (wchar_t)cp);
	}
}

size_t
edit_paste(struct edit *e, const char *text, size_t len, int multiline)
{
	const char	*end = text + len;
	uint32_t	 cp;
	wchar_t		*ins;
	size_t		 n = 0;

	ins = xreallocarray(NULL, len + 1, sizeof *ins);
	while (text < end) {
		text += utf8_decode(text, (size_t)(end - text), &cp);
		if (cp == '\r')
			continue;
		if (cp == '\n' && !multiline)
			cp = ' ';
		if ((cp < 0x20 && cp != '\n' && cp != '\t') || cp == 0x7f ||
		    (cp >= 0x80 && cp < 0xa0))
			continue;
		ins[n++] = (wchar_t)cp;
	}
	if (n == 0) {
		free(ins);
		return 0;
	}
	if (e->len + n > e->cap) {
		e->cap = e->len + n;
		e->buf = xreallocarray(e->buf, e->cap, sizeof *e->buf);
	}
	memmove(&e->buf[e->cur + n], &e->buf[e->cur],
	    (e->len - e->cur) * sizeof *e->buf);
	memcpy(&e->buf[e->cur], ins, n * sizeof *ins);
	e->cur += n;
	e->len += n;
	free(ins);
	return n;
}

void
edit_free(struct edit *e)
{
	free(e->buf);
	memset(e, 0, sizeof *e);
}

char *
edit_text(const struct edit *e)
{
	char	*s, *p;
	size_t	 i;

	s = p = xmalloc(e->len * 4 + 1);
	for (i = 0; i < e->len; i++)
		p += edit_encode(e->buf[i], p);
	*p = '\0';
	return s;
}

static int
edit_is_space(wchar_t wc)
{
	return wc == L' ' || wc == L'\t' || wc == L'\n';
}

/* ^W: the word before the cursor, and the blanks after it. */
static void
edit_delete_word(struct edit *e)
{
	size_t	i = e->cur;

	while (i > 0 && edit_is_space(e->buf[i - 1]))
		i--;
	while (i > 0 && !edit_is_space(e->buf[i - 1]))
		i--;
	edit_delete(e, i, e->cur);
}

static int
edit_motion(struct edit *e, int code)
{
	switch (code) {
	case KEYS_FKEY(KEY_LEFT):
	case CTRL('B'):
		if (e->cur > 0)
			e->cur--;
		return 1;
	case KEYS_FKEY(KEY_RIGHT):
	case CTRL('F'):
		if (e->cur < e->len)
			e->cur++;
		return 1;
	case KEYS_FKEY(KEY_HOME):
	case CTRL('A'):
		e->cur = 0;
		return 1;
	case KEYS_FKEY(KEY_END):
	case CTRL('E'):
		e->cur = e->len;
		return 1;
	}
	return 0;
}

enum edit_result
edit_key(struct edit *e, int code)
{
	if (edit_motion(e, code))
		return EDIT_GOING;
	switch (code) {
	case '\r':
	case '\n':
	case KEYS_FKEY(KEY_ENTER):
		return EDIT_DONE;
	case 27:
		return EDIT_CANCEL;
	case KEYS_FKEY(KEY_BACKSPACE):
	case 127:
	case CTRL('H'):
		if (e->cur > 0)
			edit_delete(e, e->cur - 1, e->cur);
		return EDIT_GOING;
	case KEYS_FKEY(KEY_DC):
	case CTRL('D'):
		if (e->cur < e->len)
			edit_delete(e, e->cur, e->cur + 1);
		return EDIT_GOING;
	case CTRL('U'):
		edit_delete(e, 0, e->cur);
		return EDIT_GOING;
	case CTRL('K'):
		edit_delete(e, e->cur, e->len);
		return EDIT_GOING;
	case CTRL('W'):
		edit_delete_word(e);
		return EDIT_GOING;
	}
	if (code >= 0x20 && code != 0x7f && !(code >= 0x80 && code < 0xa0) &&
	    code < 0x110000)
		edit_insert(e, (wchar_t)code);
	return EDIT_GOING;
}

/* Character I as a display cell (placeholders as in the article). */
static void
edit_cell(const struct edit *e, size_t i, int join, struct wcell *c)
{
	char	u[8];
	size_t	n;

	if (e->buf[i] == L'\t') {
		memset(c, 0, sizeof *c);
		c->kind = WCELL_SPACE;
		c->wc = L' ';
		c->width = 1;
		c->len = 1;
		return;
	}
	if (e->buf[i] == L'\n') {
		/* A line break of a note, shown on its one line. */
		memset(c, 0, sizeof *c);
		c->kind = WCELL_TEXT;
		snprintf(c->text, sizeof c->text, "%s", ui_glyph(GLYPH_NEWLINE));
		c->width = 1;
		c->len = 1;
		return;
	}
	n = edit_encode(e->buf[i], u);
	wcell_get(u, u + n, 0, join, c);
}

/* Whether a zero-width character at I joins the one before it: the
 * nearest cell before I that is not zero-width is a character. Costs the
 * run of zero-width characters before I. */
static int
edit_joined(const struct edit *e, size_t i)
{
	struct wcell	c;

	for (; i > 0; i--) {
		edit_cell(e, i - 1, 1, &c);
		if (c.kind != WCELL_MARK)
			return c.kind == WCELL_CHAR;
	}
	return 0;
}

/* Columns of characters [FROM, TO). */
static int
edit_columns(const struct edit *e, size_t from, size_t to)
{
	struct wcell	c;
	int		w = 0, join = edit_joined(e, from);

	for (; from < to; from++) {
		edit_cell(e, from, join, &c);
		w += c.width;
		if (c.kind != WCELL_MARK)
			join = c.kind == WCELL_CHAR;
	}
	return w;
}

int
edit_draw(struct edit *e, WINDOW *win, int y, int x, int width, attr_t attr)
{
	struct wcell	 c;
	wchar_t		 mark;
	size_t		 i;
	int		 col = 0, join = 0, last = -1, run, w;

	if (width < 2)
		width = 2;
	if (e->cur < e->off)
		e->off = e->cur;
	/* The cursor in view: back from it over what fits, so that a key
	 * costs what the line shows, whatever the note's length. A run of
	 * zero-width characters takes a column each where it joins nothing,
	 * as the draw below has it. */
	for (i = e->cur, col = 0, run = -1; i > e->off; i--) {
		edit_cell(e, i - 1, 1, &c);
		if (c.kind == WCELL_MARK) {
			if (run < 0)
				run = edit_joined(e, i - 1) ? 0 : 1;
			w = run;
		} else {
			run = -1;
			w = c.width;
		}
		if (col + w >= width)
			break;
		col += w;
	}
	e->off = i;
	col = 0;
	join = edit_joined(e, e->off);
	draw_fill(win, y, x, width, attr);
	for (i = e->off; i < e->len; i++) {
		edit_cell(e, i, join, &c);
		if (col + c.width > width)
			break;
		if (c.kind == WCELL_MARK) {
			mark = c.wc;
			if (last >= 0 && mark != 0) {
				/* Redraw the base with its mark. */
				edit_cell(e, (size_t)last, 0, &c);
				draw_cell(win, y, x + col - c.width, &c, &mark,
				    1, attr);
			}
			continue;
		}
		draw_cell(win, y, x + col, &c, NULL, 0, attr);
		last = c.kind == WCELL_CHAR ? (int)i : -1;
		col += c.width;
		join = c.kind == WCELL_CHAR;
	}
	return x + edit_columns(e, e->off, e->cur);
}
