/* wrap.c: article text as display cells, wrapped lazily at word boundaries. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "lines.h"
#include "ui/wrap.h"
#include "utf8.h"
#include "xmalloc.h"

/*
 * A block is a line of the text, or a piece of a line longer than
 * BLOCK_MAX bytes (cut after a space when there is one nearby), so that
 * wrapping any block is cheap. Its rows are computed the first time they
 * are asked for at the current width; ROWS holds the starts of the rows
 * after the first (NULL when there is one row).
 */
#define BLOCK_MAX	8192

struct wrap_block {
	size_t	 start;
	size_t	 end;
	size_t	*rows;
	size_t	 nrows;		/* 0: not wrapped at WIDTH yet */
	int	 width;
};

struct wrap {
	const char		*text;
	size_t			 len;
	int			 width;
	struct wrap_block	*blocks;
	size_t			 nblocks;
	size_t			 cap;
};

static int	wcell_unicode = 1;

void
wcell_set_unicode(int on)
{
	wcell_unicode = on;
}


static void
wcell_char(struct wcell *c, wchar_t wc, int width)
{
	c->kind = WCELL_CHAR;
	c->wc = wc;
	c->width = width;
	c->wide = width > 1;
}

/* An unsafe code point: the placeholder utf8_sanitize() gives it. */
static void
wcell_placeholder(const char *p, size_t len, struct wcell *c)
{
	char	*ph;

	ph = utf8_sanitize(p, len);
	c->kind = WCELL_TEXT;
	snprintf(c->text, sizeof c->text, "%s", ph);
	c->width = (int)strlen(c->text);
	free(ph);
}

static void
wcell_space(struct wcell *c, int width)
{
	c->kind = WCELL_SPACE;
	c->wc = L' ';
	c->width = width;
}

void
wcell_get(const char *p, const char *end, int col, int join, struct wcell *c)
{
	uint32_t	cp;
	int		w;

	c->wide = 0;
	c->len = utf8_decode(p, (size_t)(end - p), &cp);
	if (cp == ' ' || cp == 0x2028 || cp == 0x2029) {
		wcell_space(c, 1);
		return;
	}
	if (cp == '\t') {
		wcell_space(c, 8 - col % 8);
		return;
	}
	if (cp < 0x80 && cp >= 0x20 && cp != 0x7f) {
		wcell_char(c, (wchar_t)cp, 1);
		return;
	}
	if (cp == '\n') {
		c->kind = WCELL_TEXT;
		snprintf(c->text, sizeof c->text, "^J");
		c->width = 2;
		return;
	}
	if (utf8_is_unsafe(cp)) {
		wcell_placeholder(p, c->len, c);
		return;
	}
	if (!wcell_unicode) {
		wcell_char(c, L'?', 1);
		return;
	}
	if (cp == UTF8_REPLACEMENT && c->len == 1) {
		wcell_char(c, UTF8_REPLACEMENT, 1);
		return;
	}
	if ((w = wcwidth((wchar_t)cp)) < 0) {
		wcell_char(c, UTF8_REPLACEMENT, 1);
		return;
	}
	if (w > 0) {
		wcell_char(c, (wchar_t)cp, w);
		return;
	}
	c->wc = (wchar_t)cp;
	c->kind = join ? WCELL_MARK : WCELL_LONE;
	c->width = join ? 0 : 1;
}

/* Whether the cell after C may join a zero-width character to it. */
static int
wcell_joins(const struct wcell *c, int before)
{
	if (c->kind == WCELL_MARK)
		return before;
	return c->kind == WCELL_CHAR || c->kind == WCELL_SPACE;
}

static void
wrap_add_block(struct wrap *w, size_t start, size_t end)
{
	struct wrap_block	*b;

	w->blocks = xgrow(w->blocks, &w->cap, w->nblocks, sizeof *w->blocks);
	b = &w->blocks[w->nblocks++];
	b->start = start;
	b->end = end;
	b->rows = NULL;
	b->nrows = 0;
	b->width = 0;
}

/* Where to cut a line at START that goes on past START + BLOCK_MAX: after a
 * space in the last part, else at a character boundary. */
static size_t
wrap_cut(const char *text, size_t start)
{
	size_t	i, lim = start + BLOCK_MAX;

	for (i = lim; i > start + BLOCK_MAX / 2; i--) {
		if (text[i - 1] == ' ')
			return i;
	}
	for (i = lim; i > lim - 4; i--) {
		if (((unsigned char)text[i] & 0xc0) != 0x80)
			return i;
	}
	return lim;
}

/* Adds the line [START, END) as one or more blocks. */
static void
wrap_add_line(struct wrap *w, size_t start, size_t end)
{
	size_t	cut;

	while (end - start > BLOCK_MAX) {
		cut = wrap_cut(w->text, start);
		wrap_add_block(w, start, cut);
		start = cut;
	}
	wrap_add_block(w, start, end);
}

struct wrap *
wrap_new(const char *text, size_t len)
{
	struct wrap	*w;
	const char	*nl, *cr;
	size_t		 start = 0, end, next;

	w = xcalloc(1, sizeof *w);
	w->text = text;
	w->len = len;
	w->width = 80;
	/* A byte order mark is kept in the text (spans count it) but is no
	 * part of the first line. */
	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
		start = 3;
	for (;;) {
		nl = memchr(text + start, '\n', len - start);
		end = nl != NULL ? (size_t)(nl - text) : len;
		next = nl != NULL ? end + 1 : len;
		cr = memchr(text + start, '\r', end - start);
		if (cr != NULL) {
			end = cr - text;
			next = end + 1;
			if (next < len && text[next] == '\n')
				next++;
		}
		wrap_add_line(w, start, end);
		if (next >= len)
			break;
		start = next;
	}
	return w;
}

void
wrap_free(struct wrap *w)
{
	size_t	i;

	if (w == NULL)
		return;
	for (i = 0; i < w->nblocks; i++)
		free(w->blocks[i].rows);
	free(w->blocks);
	free(w);
}

void
wrap_set_width(struct wrap *w, int width)
{
	w->width = width < 1 ? 1 : width;
}

int
wrap_width(const struct wrap *w)
{
	return w->width;
}

size_t
wrap_nblocks(const struct wrap *w)
{
	return w->nblocks;
}

void
wrap_block_bytes(const struct wrap *w, size_t block, size_t *start,
    size_t *end)
{
	*start = w->blocks[block].start;
	*end = w->blocks[block].end;
}

/* Row starts being collected for one block. */
struct rowbuf {
	size_t	*v;
	size_t	 n, cap;
};

static void
rowbuf_add(struct rowbuf *rb, size_t off)
{
	rb->v = xgrow(rb->v, &rb->cap, rb->n, sizeof *rb->v);
	rb->v[rb->n++] = off;
}

/*
 * Greedy wrapping of block B at the current width. A row may break after a
 * run of white space (which hangs past the edge, unshown) or on either side
 * of a wide character; a word wider than the row is cut where it overflows.
 */
/*
 * The columns of [START, P) at the start of a row, measured as the pane
 * draws it: a zero-width character there stands alone, even if it was
 * joined to the blank before the break. The join state after P in *JOIN.
 */
static int
wrap_measure(const char *t, size_t start, size_t p, size_t end, int *join)
{
	struct wcell	c;
	int		col = 0;

	*join = 0;
	while (start < p) {
		wcell_get(t + start, t + end, col, *join, &c);
		col += c.width;
		start += c.len;
		*join = wcell_joins(&c, *join);
	}
	return col;
}

static void
wrap_block(struct wrap *w, struct wrap_block *b)
{
	struct rowbuf	 rb = { NULL, 0, 0 };
	struct wcell	 c;
	const char	*t = w->text;
	size_t		 p = b->start, rowstart = b->start, brk = 0;
	int		 col = 0, join = 0, width = w->width;

	while (p < b->end) {
		wcell_get(t + p, t + b->end, col, join, &c);
		if (c.kind == WCELL_SPACE && col + c.width > width) {
			while (p < b->end && lines_is_blank(t[p]))
				p++;
			if (p >= b->end)
				break;
			rowbuf_add(&rb, p);
			rowstart = p;
			col = brk = join = 0;
			continue;
		}
		if (c.width > 0 && col + c.width > width && p > rowstart) {
			if (brk > rowstart) {
				rowstart = brk;
				col = wrap_measure(t, brk, p, b->end, &join);
			} else {
				rowstart = p;
				col = join = 0;
			}
			rowbuf_add(&rb, rowstart);
			brk = 0;
			continue;
		}
		if (c.wide && p > rowstart)
			brk = p;
		col += c.width;
		p += c.len;
		join = wcell_joins(&c, join);
		if (c.kind == WCELL_SPACE || c.wide)
			brk = p;
	}
	free(b->rows);
	b->rows = rb.v;
	b->nrows = rb.n + 1;
	b->width = width;
}

size_t
wrap_nrows(struct wrap *w, size_t block)
{
	struct wrap_block	*b = &w->blocks[block];

	if (b->nrows == 0 || b->width != w->width)
		wrap_block(w, b);
	return b->nrows;
}

void
wrap_row(struct wrap *w, const struct wrap_pos *pos, size_t *start,
    size_t *end)
{
	struct wrap_block	*b = &w->blocks[pos->block];
	size_t			 n = wrap_nrows(w, pos->block);

	*start = pos->row == 0 ? b->start : b->rows[pos->row - 1];
	*end = pos->row + 1 < n ? b->rows[pos->row] : b->end;
}

/* The block holding OFF: the last block that starts at or before it. */
static size_t
wrap_find_block(const struct wrap *w, size_t off)
{
	size_t	lo = 0, hi = w->nblocks, mid;

	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (w->blocks[mid].start <= off)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

void
wrap_find(struct wrap *w, size_t off, struct wrap_pos *pos)
{
	struct wrap_block	*b;
	size_t			 n, lo, hi, mid;

	pos->block = wrap_find_block(w, off);
	b = &w->blocks[pos->block];
	n = wrap_nrows(w, pos->block);
	lo = 0;
	hi = n;
	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (b->rows[mid - 1] <= off)
			lo = mid;
		else
			hi = mid;
	}
	pos->row = lo;
}

long
wrap_move(struct wrap *w, struct wrap_pos *pos, long n)
{
	long	moved = 0;

	while (n > 0) {
		if (pos->row + 1 < wrap_nrows(w, pos->block))
			pos->row++;
		else if (pos->block + 1 < w->nblocks) {
			pos->block++;
			pos->row = 0;
		} else
			break;
		n--;
		moved++;
	}
	while (n < 0) {
		if (pos->row > 0)
			pos->row--;
		else if (pos->block > 0) {
			pos->block--;
			pos->row = wrap_nrows(w, pos->block) - 1;
		} else
			break;
		n++;
		moved--;
	}
	return moved;
}

int
wrap_cmp(const struct wrap_pos *a, const struct wrap_pos *b)
{
	if (a->block != b->block)
		return a->block < b->block ? -1 : 1;
	if (a->row != b->row)
		return a->row < b->row ? -1 : 1;
	return 0;
}

long
wrap_distance(struct wrap *w, const struct wrap_pos *a,
    const struct wrap_pos *b, long limit)
{
	struct wrap_pos	p = *a;
	long		d;

	if (wrap_cmp(a, b) > 0)
		return -1;
	for (d = 0; d <= limit; d++) {
		if (wrap_cmp(&p, b) == 0)
			return d;
		if (wrap_move(w, &p, 1) == 0)
			break;
	}
	return limit + 1;
}

void
wrap_first(struct wrap *w, struct wrap_pos *pos)
{
	(void)w;
	pos->block = 0;
	pos->row = 0;
}

void
wrap_last(struct wrap *w, struct wrap_pos *pos)
{
	pos->block = w->nblocks - 1;
	pos->row = wrap_nrows(w, pos->block) - 1;
}

size_t
wrap_offset_at(struct wrap *w, const struct wrap_pos *pos, int col)
{
	struct wcell	 c;
	size_t		 p, end;
	int		 x = 0, join = 0;

	wrap_row(w, pos, &p, &end);
	while (p < end) {
		wcell_get(w->text + p, w->text + end, x, join, &c);
		if (c.width > 0 && col < x + c.width)
			return p;
		x += c.width;
		join = wcell_joins(&c, join);
		p += c.len;
	}
	return end;
}
