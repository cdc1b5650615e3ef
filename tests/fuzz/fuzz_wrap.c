/* fuzz_wrap.c: the article pane's wrapping keeps its invariants on any text. */
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "fuzz.h"
#include "ui/wrap.h"
#include "utf8.h"

/*
 * Input: a width byte, a second width byte, a flags byte, then the text.
 * The text is wrapped at the first width, checked, wrapped again at the
 * second (rows are cached per width) and checked again.
 */

/* A cell is never a control character and never an unsafe code point. */
static void
check_cell(const struct wcell *c, size_t left)
{
	const char	*p;

	fuzz_check(c->len >= 1 && c->len <= 4 && c->len <= left,
	    "a cell is 1 to 4 bytes of the text");
	switch (c->kind) {
	case WCELL_CHAR:
		fuzz_check(c->wc >= 0x20 && c->wc != 0x7f &&
		    !utf8_is_unsafe((uint32_t)c->wc), "a char is printable");
		fuzz_check(c->width >= 1 && c->width <= 2, "char width 1-2");
		break;
	case WCELL_SPACE:
		fuzz_check(c->width >= 1 && c->width <= 8, "space width 1-8");
		break;
	case WCELL_MARK:
		fuzz_check(c->width == 0, "a mark takes no column");
		fuzz_check(c->wc == 0 || (c->wc >= 0x20 &&
		    !utf8_is_unsafe((uint32_t)c->wc)), "a mark is printable");
		break;
	case WCELL_LONE:
		fuzz_check(c->width == 1, "a lone mark takes a column");
		fuzz_check(c->wc >= 0x20 && !utf8_is_unsafe((uint32_t)c->wc),
		    "a lone mark is printable");
		break;
	case WCELL_TEXT:
		fuzz_check(c->text[0] != '\0', "a placeholder is not empty");
		for (p = c->text; *p != '\0'; p++)
			fuzz_check(*p > 0x20 && *p < 0x7f,
			    "a placeholder is printable ASCII");
		fuzz_check(c->width == (int)strlen(c->text),
		    "a placeholder's width is its length");
		break;
	default:
		fuzz_check(0, "a known cell kind");
	}
}

/* Marks in STARTS the first byte of each cell of [START, END). */
static void
mark_cells(const char *t, size_t start, size_t end, unsigned char *starts)
{
	struct wcell	c;
	size_t		p = start;

	while (p < end) {
		wcell_get(t + p, t + end, 0, 0, &c);
		starts[p] = 1;
		p += c.len;
	}
}

/*
 * Walks the row [START, END) as the article pane draws it (review-draw.c):
 * from column 0, the zero-width characters after a cell drawn with it.
 * Every cell stays inside the row, and every cell but blanks fits WIDTH
 * unless it is the row's first (one cell wider than the pane).
 */
static void
check_row(const char *t, size_t start, size_t end, int width)
{
	struct wcell	c, m;
	size_t		p, q;
	int		col = 0, join = 0;

	for (p = start; p < end; p = q) {
		wcell_get(t + p, t + end, col, join, &c);
		check_cell(&c, end - p);
		q = p + c.len;
		if (c.kind == WCELL_MARK)
			continue;
		if (c.kind != WCELL_SPACE && col > 0)
			fuzz_check(col + c.width <= width,
			    "a row fits its width");
		for (; q < end; q += m.len) {
			wcell_get(t + q, t + end, 0, 1, &m);
			check_cell(&m, end - q);
			if (m.kind != WCELL_MARK)
				break;
		}
		col += c.width;
		join = c.kind == WCELL_CHAR || c.kind == WCELL_SPACE;
	}
	fuzz_check(p == end, "a row ends on a cell boundary");
}

static void
check_wrap(struct wrap *w, const char *t, size_t len, int width)
{
	struct wrap_pos	 pos, first, last, p;
	unsigned char	*starts;
	size_t		 b, r, n, s, e, prev = 0, bs, be, total = 0, off;
	size_t		 step, bom = 0;
	long		 moved;

	wrap_set_width(w, width);
	fuzz_check(wrap_width(w) == width, "the width is kept");
	n = wrap_nblocks(w);
	fuzz_check(n >= 1, "at least one block");
	if ((starts = calloc(len + 1, 1)) == NULL)
		abort();
	/* The first block starts the text, after a BOM if any: a BOM is no
	 * part of the first line. */
	if (len >= 3 && memcmp(t, "\xef\xbb\xbf", 3) == 0)
		prev = bom = 3;
	for (b = 0; b < n; b++) {
		wrap_block_bytes(w, b, &bs, &be);
		fuzz_check(bs <= be && be <= len, "a block is in the text");
		fuzz_check(b == 0 ? bs == prev : bs >= prev,
		    "blocks in order");
		fuzz_check(bs - prev <= 2 && (bs == prev ||
		    (bs - prev == 1 && (t[prev] == '\n' || t[prev] == '\r')) ||
		    (t[prev] == '\r' && t[prev + 1] == '\n')),
		    "only a line ending between blocks");
		fuzz_check(memchr(t + bs, '\n', be - bs) == NULL &&
		    memchr(t + bs, '\r', be - bs) == NULL,
		    "no line ending inside a block");
		fuzz_check(be - bs <= 8192, "a block is at most 8 KiB");
		prev = be;
		mark_cells(t, bs, be, starts);
		pos.block = b;
		for (r = 0; r < wrap_nrows(w, b); r++) {
			pos.row = r;
			wrap_row(w, &pos, &s, &e);
			fuzz_check(s == (r == 0 ? bs : prev), "rows are "
			    "contiguous");
			fuzz_check(s < e || (r == 0 && wrap_nrows(w, b) == 1),
			    "a row is not empty");
			fuzz_check(s == be || starts[s],
			    "a row starts on a cell of its block");
			check_row(t, s, e, width);
			prev = e;
			total++;
		}
		fuzz_check(prev == be, "the rows cover the block");
	}
	fuzz_check(prev == len || len - prev <= 2, "the blocks cover the text");

	/* Each byte is found on the row that holds it (a BOM's are on no
	 * row). */
	step = len > 4096 ? len / 1024 : 1;
	for (off = bom; off <= len; off += step) {
		wrap_find(w, off, &pos);
		fuzz_check(pos.block < n && pos.row < wrap_nrows(w, pos.block),
		    "wrap_find gives a row");
		wrap_row(w, &pos, &s, &e);
		fuzz_check(s <= off, "the row starts at or before the byte");
		if (off < e)
			continue;
		fuzz_check(pos.row + 1 == wrap_nrows(w, pos.block),
		    "a byte past a row is on its block's last row");
		if (pos.block + 1 < n) {
			wrap_block_bytes(w, pos.block + 1, &bs, &be);
			fuzz_check(off < bs, "and before the next block");
		}
	}
	free(starts);

	/* Moving down every row and back up again. */
	wrap_first(w, &first);
	wrap_last(w, &last);
	fuzz_check(last.block == n - 1, "the last row is in the last block");
	p = first;
	moved = wrap_move(w, &p, (long)total + 5);
	fuzz_check(moved == (long)total - 1 && wrap_cmp(&p, &last) == 0,
	    "moving down ends on the last row");
	moved = wrap_move(w, &p, -(long)total - 5);
	fuzz_check(moved == -((long)total - 1) && wrap_cmp(&p, &first) == 0,
	    "moving up ends on the first row");
	fuzz_check(wrap_distance(w, &first, &last, (long)total) ==
	    (long)total - 1, "the distance is the rows between");
	fuzz_check(wrap_distance(w, &last, &first, 10) ==
	    (total > 1 ? -1 : 0), "no distance upwards");
	pos = last;
	for (r = 0; r < 3; r++) {
		wrap_row(w, &pos, &s, &e);
		off = wrap_offset_at(w, &pos, (int)(r * 7));
		fuzz_check(s <= off && off <= e, "offset_at is in the row");
		wrap_move(w, &pos, -1);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct wrap	*w;
	const char	*t;
	size_t		 len;
	int		 w1, w2;

	if (size < 3)
		return 0;
	setlocale(LC_CTYPE, "C.UTF-8");
	w1 = data[0] % 160 + 1;
	w2 = data[1] % 160 + 1;
	wcell_set_unicode(!(data[2] & 1));
	t = (const char *)data + 3;
	len = size - 3;
	w = wrap_new(t, len);
	check_wrap(w, t, len, w1);
	check_wrap(w, t, len, w2);
	check_wrap(w, t, len, w1);
	wrap_free(w);
	return 0;
}
