/* review-draw.c: the review screen's layout and drawing: visible rows only. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "meta.h"
#include "segment.h"
#include "store.h"
#include "textdiff.h"
#include "ui/review.h"
#include "ui/screen.h"
#include "ui/wrap.h"
#include "xmalloc.h"

#define REVIEW_WIDE	100	/* columns from which the panes sit side by side */
#define REVIEW_INFO	2	/* rows under the claims: the selection's details */
#define REVIEW_INFO_WIDE 3	/* side by side, a third of the rows: room
				   for the claim's whole text and note */

void
review_layout(struct review *rv)
{
	int	H = LINES, W = COLS, ph = H - 2, aw, rest, ah, ch, ih;

	rv->bar = H - 2;
	rv->msgline = H - 1;
	if (W >= REVIEW_WIDE) {
		rv->stacked = 0;
		aw = W * 11 / 20;
		rv->ahead = (struct rect){ 0, 0, 1, aw };
		rv->abody = (struct rect){ 1, 0, ph - 1, aw };
		rv->chead = (struct rect){ 0, aw + 1, 1, W - aw - 1 };
		/* A heading, a row of text, a blank and the note, or the
		 * two rows of the stacked layout. */
		ih = ph / REVIEW_INFO_WIDE >= REVIEW_INFO + 2 ?
		    ph / REVIEW_INFO_WIDE : REVIEW_INFO;
		rv->claims = (struct list){ .y = 1, .x = aw + 1,
		    .h = ph - 1 - ih, .w = W - aw - 1, .rows = 1,
		    .top = rv->claims.top };
		rv->cinfo = (struct rect){ ph - ih, aw + 1, ih, W - aw - 1 };
	} else {
		rv->stacked = 1;
		rest = ph - 2 - REVIEW_INFO;
		ah = rest * 55 / 100;
		ch = rest - ah;
		rv->ahead = (struct rect){ 0, 0, 1, W };
		rv->abody = (struct rect){ 1, 0, ah, W };
		rv->chead = (struct rect){ 1 + ah, 0, 1, W };
		rv->claims = (struct list){ .y = 2 + ah, .x = 0, .h = ch, .w = W,
		    .rows = 1, .top = rv->claims.top };
		rv->cinfo = (struct rect){ 2 + ah + ch, 0, REVIEW_INFO, W };
	}
	if (rv->abody.h < 1)
		rv->abody.h = 1;
	if (rv->claims.h < 1)
		rv->claims.h = 1;
	if (rv->abody.w < REVIEW_GUTTER + 1)
		rv->abody.w = REVIEW_GUTTER + 1;
}

enum ui_style
review_verdict_style(enum verdict v)
{
	switch (v) {
	case VERDICT_VERIFIED:
		return ST_VERIFIED;
	case VERDICT_DISPUTED:
		return ST_DISPUTED;
	case VERDICT_UNSOURCED:
		return ST_UNSOURCED;
	case VERDICT_NONE:
	case VERDICT_COUNT:
		break;
	}
	return ST_UNREVIEWED;
}

const char *
review_verdict_mark(enum verdict v)
{
	return ui_glyph(GLYPH_MARK_NONE + (int)v);
}

const char *
review_claim_mark(const struct st_claim *c)
{
	if (c->stale_text != NULL && c->status != VERDICT_NONE)
		return ui_glyph(GLYPH_STALE_VERIFIED + (int)c->status - 1);
	return review_verdict_mark(c->status);
}

static const char *
review_dot(void)
{
	return ui_glyph(GLYPH_SEP);
}

static void
review_draw_header(const struct rect *r, const char *name, int focus,
    const char *right)
{
	attr_t	a = ui_style(focus ? ST_FOCUS : ST_HEADER);
	char	buf[128];
	int	rw;

	draw_fill(stdscr, r->y, r->x, r->w, a);
	snprintf(buf, sizeof buf, "%s %s", focus ?
	    ui_glyph(GLYPH_FOCUS) : " ", name);
	rw = right != NULL ? draw_width(right) + 1 : 0;
	if (rw > r->w / 2)
		rw = 0;
	draw_str(stdscr, r->y, r->x, r->w - rw, buf, a, 1);
	if (rw > 0)
		draw_right(stdscr, r->y, r->x + r->w - rw, rw - 1, right, a);
}

/* Per-row state while the article's cells are drawn. */
struct row_ctx {
	long	 span;		/* index into spans: last claim starting at or
				   before the cell */
	long	 sel;		/* the selected claim, when the list shows it */
	int	 cursor;	/* the article's cursor is shown: */
	size_t	 cs, ce;	/* its bytes */
};

static attr_t
review_cell_attr(const struct review *rv, struct row_ctx *rc, size_t off)
{
	const struct st_claim	*cl = rv->art->claims, *c;
	attr_t			 a = A_NORMAL;

	if (rv->mvalid && off >= rv->moff && off < rv->moff + rv->mlen)
		return ui_style(ST_MATCH);
	while (rc->span + 1 < (long)rv->nspans &&
	    cl[rv->spans[rc->span + 1]].start <= off)
		rc->span++;
	if (rc->span >= 0) {
		c = &cl[rv->spans[rc->span]];
		if (off >= c->start && off < c->end)
			a = ui_style(review_verdict_style(c->status));
	}
	/* In reverse video: the part before the point of a claim being
	 * split (the part after it in bold), else the sentence cursor when
	 * the article pane has the focus, else the selected claim. */
	if (rv->split >= 0) {
		c = &cl[rv->split];
		if (off >= c->start && off < rv->split_at)
			a |= A_REVERSE;
		else if (off >= rv->split_at && off < c->end)
			a |= A_BOLD;
	} else if (rc->cursor) {
		if (off >= rc->cs && off < rc->ce)
			a |= A_REVERSE;
	} else if (rc->sel >= 0 && off >= cl[rc->sel].start &&
	    off < cl[rc->sel].end)
		a |= A_REVERSE;
	return a;
}

/* The first claim on bytes [S, E): spans are ordered and do not overlap,
 * so their ends are ordered too. NULL when none. */
static const struct st_claim *
review_first_on_row(const struct review *rv, size_t s, size_t e)
{
	const struct st_claim	*cl = rv->art->claims;
	size_t			 lo = 0, hi = rv->nspans, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (cl[rv->spans[mid]].end <= s)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < rv->nspans && cl[rv->spans[lo]].start < (e > s ? e : s + 1))
		return &cl[rv->spans[lo]];
	return NULL;
}

/* The gutter: the cursor, and the verdict letter of the row's first
 * claim. */
static void
review_draw_gutter(const struct review *rv, int y, size_t s, size_t e,
    int cursor)
{
	const struct st_claim	*c;
	const char		*letter;

	if (cursor)
		draw_str(stdscr, y, rv->abody.x, 1, ui_glyph(GLYPH_CURSOR),
		    ui_style(ST_FOCUS), 0);
	if (s == e || (c = review_first_on_row(rv, s, e)) == NULL)
		return;
	switch (c->status) {
	case VERDICT_VERIFIED:
		letter = "V";
		break;
	case VERDICT_DISPUTED:
		letter = "D";
		break;
	case VERDICT_UNSOURCED:
		letter = "U";
		break;
	default:
		letter = ui_glyph(GLYPH_NO_VERDICT);
		break;
	}
	if (c->stale_text != NULL && c->status != VERDICT_NONE)
		letter = "!";
	draw_str(stdscr, y, rv->abody.x + 1, 1, letter,
	    ui_style(review_verdict_style(c->status)), 0);
}

static void
review_draw_row(struct review *rv, const struct wrap_pos *pos, int y,
    struct row_ctx *rc)
{
	const char	*t = rv->art->text;
	struct wcell	 c, m;
	wchar_t		 marks[CCHARW_MAX];
	size_t		 s, e, p, q;
	int		 col = 0, join = 0, n, x = rv->abody.x + REVIEW_GUTTER;
	int		 tw = rv->abody.w - REVIEW_GUTTER;
	attr_t		 a;

	wrap_row(rv->wrap, pos, &s, &e);
	review_draw_gutter(rv, y, s, e, rv->focus == PANE_ARTICLE &&
	    wrap_cmp(pos, &rv->cur) == 0);
	rc->span = -1;
	if (rv->nspans > 0) {
		size_t	lo = 0, hi = rv->nspans, mid;

		while (lo < hi) {
			mid = lo + (hi - lo) / 2;
			if (rv->art->claims[rv->spans[mid]].start <= s)
				lo = mid + 1;
			else
				hi = mid;
		}
		rc->span = (long)lo - 1;
	}
	for (p = s; p < e; p = q) {
		wcell_get(t + p, t + e, col, join, &c);
		q = p + c.len;
		if (c.kind == WCELL_MARK)
			continue;
		if (col + c.width > tw)
			break;
		for (n = 0; q < e; q += m.len) {
			wcell_get(t + q, t + e, 0, 1, &m);
			if (m.kind != WCELL_MARK)
				break;
			if (m.wc != 0 && n < CCHARW_MAX - 2)
				marks[n++] = m.wc;
		}
		a = review_cell_attr(rv, rc, p);
		draw_cell(stdscr, y, x + col, &c, marks,
		    c.kind == WCELL_CHAR || c.kind == WCELL_LONE ? n : 0, a);
		col += c.width;
		join = c.kind == WCELL_CHAR || c.kind == WCELL_SPACE;
	}
}

static void
review_draw_article(struct review *rv)
{
	struct wrap_pos	 pos = rv->top;
	struct row_ctx	 rc;
	size_t		 s, e;
	int		 i;
	char		 pct[32];
	size_t		 fs, fe;

	/* How far in, from the first line (after a byte order mark). */
	wrap_block_bytes(rv->wrap, 0, &fs, &fe);
	wrap_row(rv->wrap, &pos, &s, &e);
	snprintf(pct, sizeof pct, "%d%%", rv->art->len <= fs ? 100 :
	    (int)((double)(s - fs) * 100 / (double)(rv->art->len - fs)));
	review_draw_header(&rv->ahead, "Article", rv->focus == PANE_ARTICLE,
	    pct);
	rc.sel = review_lsel(rv) < rv->nvis ? rv->sel : -1;
	rc.cursor = rv->focus == PANE_ARTICLE &&
	    review_cursor_span(rv, &rc.cs, &rc.ce);
	for (i = 0; i < rv->abody.h; i++) {
		review_draw_row(rv, &pos, rv->abody.y + i, &rc);
		if (wrap_move(rv->wrap, &pos, 1) == 0)
			break;
	}
}

/* One claims list row: mark, number, note and match marks, text,
 * source. */
static void
review_draw_claim(struct review *rv, const struct st_claim *c, int y,
    int selected)
{
	const struct list	*r = &rv->claims;
	attr_t			 a = selected ? ui_style(ST_SELECTED) : 0;
	char			 num[32], flags[16];
	const char		*src;
	int			 nw, x = r->x, sw = 0;

	draw_fill(stdscr, y, r->x, r->w, a);
	draw_str(stdscr, y, x, 2, review_claim_mark(c),
	    ui_style(review_verdict_style(c->status)) | a, 0);
	nw = snprintf(num, sizeof num, "%d", rv->maxnum);
	snprintf(num, sizeof num, " %*d ", nw, c->number);
	x += 2 + draw_str(stdscr, y, x + 2, r->w - 2, num, a, 0);
	snprintf(flags, sizeof flags, "%s%s ",
	    c->note[0] != '\0' ? ui_glyph(GLYPH_NOTE) : " ",
	    c->matches > 0 ? ui_glyph(GLYPH_SEEN) : " ");
	x += draw_str(stdscr, y, x, r->x + r->w - x, flags, a | A_BOLD, 0);
	/* The source, right-aligned, takes the columns it needs up to a
	 * quarter of the row; the claim's text gets the rest. */
	if (r->w >= 36) {
		sw = r->w / 4 < 10 ? 10 : r->w / 4 > 24 ? 24 : r->w / 4;
		src = c->source != NULL ? c->source : "no source";
		if (draw_width(src) + 2 < sw)
			sw = draw_width(src) + 2;
		draw_right(stdscr, y, r->x + r->w - sw + 1, sw - 1, src,
		    a | (c->source != NULL ? 0 : ui_style(ST_DIM)));
	}
	/* A list item's claim without the list's marker, as reported. */
	draw_str(stdscr, y, x, r->x + r->w - x - sw, c->text +
	    segment_marker_len(c->text), a, 1);
}

static void
review_draw_row_cb(void *arg, size_t i, int y, int selected)
{
	struct review	*rv = arg;

	review_draw_claim(rv, &rv->art->claims[rv->vis[i]], y, selected);
}

/* On the info line of a claim seen before, right of HEAD (what the line
 * shows before it) when there is room: how many earlier verdicts. */
static void
review_draw_seen(struct review *rv, const struct st_claim *c,
    const char *head)
{
	const struct rect	*r = &rv->cinfo;
	char			 seen[64];
	int			 sw;

	snprintf(seen, sizeof seen, " %s %d earlier (p) ",
	    ui_glyph(GLYPH_SEEN), c->matches);
	sw = draw_width(seen);
	if (draw_width(head) + sw + 3 > r->w)
		return;
	draw_right(stdscr, r->y, r->x + r->w - sw - 1, sw, seen,
	    ui_style(ST_HEADER));
}

/* A stale verdict's line: what changed in its text since the verdict,
 * as many changes as fit the width, then the text it was given on when
 * there is room for it. */
static void
review_draw_stale(const struct rect *r, int y, const struct st_claim *c)
{
	const char		*arrow = ui_glyph(GLYPH_ARROW);
	struct textdiff_hunk	*h;
	char			*what, *line;
	int			 x, n, max;

	/* One diff, put in fewer words until it fits. */
	n = max = textdiff(c->stale_text, c->text, &h);
	what = textdiff_format(c->stale_text, c->text, h, n, arrow, max);
	while (what != NULL && max > 1 && draw_width(what) + 9 > r->w) {
		free(what);
		what = textdiff_format(c->stale_text, c->text, h, n, arrow,
		    --max);
	}
	free(h);
	x = draw_str(stdscr, y, r->x, r->w, what != NULL ? "changed: " :
	    "given on: ", ui_style(ST_ERROR), 0);
	if (what == NULL)
		line = xstrdup(c->stale_text);
	else if (draw_width(what) + 9 + 12 <= r->w)
		line = xasprintf("%s%sgiven on: %s", what, review_dot(),
		    c->stale_text);
	else
		line = xstrdup(what);
	draw_str(stdscr, y, r->x + x, r->w - x, line, A_NORMAL, 1);
	free(line);
	free(what);
}

/* TEXT wrapped in rows Y on, at column X of width W, at most MAX rows (the
 * last ends in an ellipsis when it does not fit); the rows drawn. */
static int
review_draw_wrapped(int y, int x, int w, int max, const char *text,
    attr_t attr)
{
	struct wrap	*wr;
	struct wrap_pos	 pos = { 0, 0 };
	size_t		 st, e;
	char		*row;
	int		 n = 0, last;

	if (max < 1 || w < 2)
		return 0;
	wr = wrap_new(text, strlen(text));
	wrap_set_width(wr, w);
	for (;;) {
		wrap_row(wr, &pos, &st, &e);
		last = n + 1 == max;
		/* The last row takes the rest, cut with an ellipsis. */
		row = last ? xstrdup(text + st) : xstrndup(text + st, e - st);
		/* A row's hanging space may pass the width: cut, not
		 * ended with an ellipsis, but for the last. */
		draw_str(stdscr, y + n, x, w, row, attr, last);
		free(row);
		n++;
		if (last || wrap_move(wr, &pos, 1) == 0)
			break;
	}
	wrap_free(wr);
	return n;
}

static void
review_draw_info(struct review *rv)
{
	const struct rect	*r = &rv->cinfo;
	const struct st_claim	*c;
	char			 buf[512];
	size_t			 s, e;
	int			 role, who, y, rows;

	mvhline_set(r->y, r->x, WACS_HLINE, r->w);
	/* The article's cursor on a sentence that is no claim says so. */
	if (rv->focus == PANE_ARTICLE && review_cursor_span(rv, &s, &e)) {
		if (review_claim_in(rv, s, e, 1) < 0) {
			snprintf(buf, sizeof buf, " sentence %ld of %zu%sno "
			    "claim ", rv->csent + 1, rv->nsents, review_dot());
			draw_str(stdscr, r->y, r->x + 1, r->w - 2, buf,
			    ui_style(ST_HEADER), 1);
			draw_str(stdscr, r->y + 1, r->x, r->w, "m makes it a "
			    "claim", ui_style(ST_DIM), 1);
			return;
		}
	}
	if (review_lsel(rv) == rv->nvis)
		return;
	c = &rv->art->claims[rv->sel];
	role = c->source != NULL && c->source_role != NULL;
	/* Whose the verdict (or the note) is; nobody's when there is
	 * neither, whoever changed the claim last. */
	who = c->reviewer != NULL && (c->status != VERDICT_NONE ||
	    c->note[0] != '\0');
	snprintf(buf, sizeof buf, " #%d %s%s%s%s%s%s%s%s%s%s ", c->number,
	    verdict_name(c->status), c->stale_text != NULL ?
	    ", text changed since (stale)" : "", review_dot(),
	    c->source != NULL ? c->source : "no source",
	    role ? " (" : "", role ? c->source_role : "", role ? ")" : "",
	    who ? review_dot() : "", who && c->status == VERDICT_NONE ?
	    "note by " : "", who ? c->reviewer : "");
	if (c->matches > 0)
		review_draw_seen(rv, c, buf);
	draw_str(stdscr, r->y, r->x + 1, r->w - 2, buf, ui_style(ST_HEADER),
	    1);
	y = r->y + 1;
	/* With room (side by side), the claim's whole text first, which
	 * its row in the list cuts short. */
	if (r->h > REVIEW_INFO && (rows = review_draw_wrapped(y, r->x, r->w,
	    r->h - 3, c->text + segment_marker_len(c->text), A_NORMAL)) > 0)
		y += rows + 1;
	rows = r->y + r->h - y;
	rv->note_y = y;
	/* The inline editor stands on the note's row: nothing under it. */
	if (rv->edit_claim >= 0 && rv->edit_claim == c->id)
		return;
	if (c->stale_text != NULL)
		review_draw_stale(r, y, c);
	else if (c->note[0] != '\0') {
		draw_str(stdscr, y, r->x, r->w, "note: ", A_BOLD, 0);
		review_draw_wrapped(y, r->x + 6, r->w - 6, rows, c->note,
		    A_NORMAL);
	} else
		draw_str(stdscr, y, r->x, r->w,
		    "no note (a writes one, E in your editor)",
		    ui_style(ST_DIM), 1);
}

static void
review_draw_claims(struct review *rv)
{
	char	head[96];

	snprintf(head, sizeof head, "Claims%s%s", rv->filter == FILTER_ALL ?
	    "" : review_dot(), rv->filter == FILTER_ALL ? "" :
	    review_filter_name(rv->filter));
	review_draw_header(&rv->chead, head, rv->focus == PANE_CLAIMS, NULL);
	if (rv->nvis == 0) {
		draw_str(stdscr, rv->claims.y, rv->claims.x + 1,
		    rv->claims.w - 1,
		    rv->total == 0 ? "no claims: Tab, then m on a sentence "
		    "makes one" : "no claims match the filter (f changes it)",
		    ui_style(ST_DIM), 1);
	}
	list_draw(&rv->claims, review_lsel(rv), rv->nvis, review_draw_row_cb,
	    rv);
	review_draw_info(rv);
}

/* Whether what the screen shows is saved: not when the last change
 * failed, nor while the editor holds a note or source typed (a draft). */
static enum ui_glyph
review_saved_glyph(const struct review *rv)
{
	if (rv->failed)
		return GLYPH_NOT_SAVED;
	if (rv->edit_claim >= 0 && rv->edit_draft)
		return GLYPH_DRAFT;
	return GLYPH_SAVED;
}

static void
review_draw_bar(struct review *rv)
{
	attr_t	a = ui_style(ST_BAR);
	char	right[160], byline[256];
	int	rw, x = 0;

	char	stale[64] = "", filter[64], advance[16];
	int	fit;

	draw_fill(stdscr, rv->bar, 0, COLS, a);
	if (rv->ro)
		x = draw_str(stdscr, rv->bar, 0, COLS, " READ-ONLY ",
		    ui_style(ST_BANNER), 0);
	/*
	 * "A:next": a verdict goes on to the next unreviewed claim (A
	 * toggles it); "A:stay": it stays. As the screen narrows, the filter
	 * goes first (but one that hides claims, which goes last), then A:,
	 * then the disputed and stale counts: never whether the last change
	 * was saved.
	 */
	for (fit = 0; fit < 5; fit++) {
		stale[0] = filter[0] = advance[0] = '\0';
		if (fit < 1 || (rv->filter != FILTER_ALL && fit < 4))
			snprintf(filter, sizeof filter, "filter: %s%s",
			    review_filter_name(rv->filter), review_dot());
		if (fit < 2)
			snprintf(advance, sizeof advance, "A:%s%s",
			    rv->advance ? "next" : "stay", review_dot());
		if (fit < 3 && rv->stale > 0)
			snprintf(stale, sizeof stale, "%s%d stale",
			    review_dot(), rv->stale);
		/* Verdicts of earlier revisions with no place in this one:
		 * listed by the reports, adopted back with p and y. */
		if (fit < 3 && rv->art->norphans > 0)
			snprintf(stale + strlen(stale), sizeof stale -
			    strlen(stale), "%s%zu orphan%s", review_dot(),
			    rv->art->norphans, rv->art->norphans == 1 ? "" :
			    "s");
		snprintf(right, sizeof right, "%s%d/%d reviewed", filter,
		    rv->reviewed, rv->total);
		if (fit < 3)
			snprintf(right + strlen(right), sizeof right -
			    strlen(right), "%s%d disputed%s", review_dot(),
			    rv->disputed, stale);
		snprintf(right + strlen(right), sizeof right - strlen(right),
		    "%s%s%s ", review_dot(), advance, rv->ro ? "read-only" :
		    ui_glyph(review_saved_glyph(rv)));
		if (draw_width(right) <= COLS - x - 8)
			break;
	}
	rw = draw_width(right);
	if (rw > COLS - x - 8)
		rw = COLS - x - 8;
	x += 1 + draw_str(stdscr, rv->bar, x + 1, COLS - x - rw - 2,
	    rv->art->title, a | A_BOLD, 1);
	/* A web article's outlet and day of publication, as room allows. */
	if (rv->art->site != NULL || rv->art->date != NULL) {
		snprintf(byline, sizeof byline, "%s%s%s%.*s",
		    rv->art->site != NULL ? review_dot() : "",
		    rv->art->site != NULL ? rv->art->site : "",
		    rv->art->date != NULL ? review_dot() : "",
		    rv->art->date != NULL && meta_date_ok(rv->art->date) ?
		    10 : 64, rv->art->date != NULL ? rv->art->date : "");
		draw_str(stdscr, rv->bar, x, COLS - x - rw - 1, byline, a, 1);
	}
	draw_right(stdscr, rv->bar, COLS - rw, rw, right, a);
}

/* The keys line of each pane, most used first; as the screen narrows,
 * the highest numbers go first, never "? help" or "q quit" (0). */
static const struct draw_hint review_hints_claims[] = {
	{ "v/d/u mark", 1 }, { "0 clear", 9 }, { "a note", 2 },
	{ "E editor", 8 }, { "Enter show", 7 }, { "i detail", 13 },
	{ "x drop", 5 }, { "U undo", 3 }, { "/ search", 4 },
	{ "n/N next", 10 }, { "f filter", 6 }, { "m claim", 11 },
	{ "Tab article", 12 }, { "S/J split/join", 14 },
	{ "? help", 0 }, { "q quit", 0 }
};
static const struct draw_hint review_hints_article[] = {
	{ "j/k sentence", 3 }, { "m make claim", 1 }, { "x drop", 7 },
	{ "v/d/u mark", 2 }, { "S/J split/join", 8 }, { "/ search", 4 },
	{ "n/N next", 6 }, { "Tab claims", 5 },
	{ "? help", 0 }, { "q quit", 0 }
};
static const struct draw_hint review_hints_split[] = {
	{ "h/l or Left/Right: the point a word back / on", 1 },
	{ "click: before a word", 2 },
	{ "Enter splits there", 0 }, { "Esc cancels", 0 }
};
static const struct draw_hint review_hints_seen[] = {
	{ "seen before: p earlier verdicts", 1 }, { "y adopt", 2 },
	{ "v/d/u mark", 3 }, { "a note", 4 }, { "i detail", 6 },
	{ "U undo", 5 },
	{ "? help", 0 }, { "q quit", 0 }
};

/* While a note or a source is edited: a message (or what other reviewers
 * did meanwhile), with the editor's keys kept at the right. */
static int
review_draw_edit_message(struct review *rv)
{
	static const char	 keys[] = "  Enter saves  Esc cancels";
	const char		*msg;
	int			 err, w;

	if ((msg = ui_get_message(rv->screen->ui, &err)) == NULL) {
		if (rv->edit_news[0] == '\0')
			return 0;
		msg = rv->edit_news;
		err = 0;
	}
	w = draw_width(keys) < COLS / 2 ? draw_width(keys) : 0;
	draw_str(stdscr, rv->msgline, 0, COLS - w, msg,
	    err ? ui_style(ST_ERROR) : A_NORMAL, 1);
	if (w > 0)
		draw_right(stdscr, rv->msgline, COLS - w, w, keys,
		    ui_style(ST_DIM));
	return 1;
}

static void
review_draw_message(struct review *rv)
{
	const char	*msg;
	char		 what[32], line[160];
	long		 i;
	int		 err;

	if (rv->edit_claim >= 0 && review_draw_edit_message(rv))
		return;
	if ((msg = ui_get_message(rv->screen->ui, &err)) != NULL) {
		draw_str(stdscr, rv->msgline, 0, COLS, msg,
		    err ? ui_style(ST_ERROR) : A_NORMAL, 1);
		return;
	}
	if (rv->split >= 0) {
		draw_hints(stdscr, rv->msgline, 0, COLS, review_hints_split,
		    sizeof review_hints_split / sizeof review_hints_split[0],
		    ui_style(ST_DIM));
		return;
	}
	if (rv->edit_claim >= 0) {
		/* Which claim's: the selection may have moved on since the
		 * verdict given just before. */
		if ((i = review_find_id(rv, rv->edit_claim)) >= 0)
			snprintf(what, sizeof what, " of claim %d",
			    rv->art->claims[i].number);
		else
			what[0] = '\0';
		snprintf(line, sizeof line, "editing the %s%s: %s",
		    rv->edit_source ? "source" : "note", what, rv->edit_source ?
		    "Enter saves (empty: no source)  Esc cancels  ^U clears" :
		    "Enter saves  Esc cancels  Left/Right Home/End move  "
		    "^U clears");
		draw_str(stdscr, rv->msgline, 0, COLS, line, ui_style(ST_DIM),
		    1);
		return;
	}
	if (rv->focus == PANE_CLAIMS && review_lsel(rv) < rv->nvis &&
	    rv->art->claims[rv->sel].matches > 0) {
		draw_hints(stdscr, rv->msgline, 0, COLS, review_hints_seen,
		    sizeof review_hints_seen / sizeof review_hints_seen[0],
		    ui_style(ST_DIM));
		return;
	}
	if (rv->focus == PANE_ARTICLE)
		draw_hints(stdscr, rv->msgline, 0, COLS, review_hints_article,
		    sizeof review_hints_article /
		    sizeof review_hints_article[0], ui_style(ST_DIM));
	else
		draw_hints(stdscr, rv->msgline, 0, COLS, review_hints_claims,
		    sizeof review_hints_claims /
		    sizeof review_hints_claims[0], ui_style(ST_DIM));
}

void
review_draw(struct screen *s)
{
	struct review	*rv = s->data;

	review_draw_article(rv);
	if (!rv->stacked)
		mvvline_set(0, rv->abody.w, WACS_VLINE, rv->bar);
	review_draw_claims(rv);
	review_draw_bar(rv);
	review_draw_message(rv);
}
