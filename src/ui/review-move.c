/* review-move.c: the review screen's selection, movement and mouse. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "segment.h"
#include "store.h"
#include "ui/keys.h"
#include "ui/review.h"
#include "ui/screen.h"
#include "ui/wrap.h"
#include "utf8.h"
#include "xmalloc.h"

/* How many spans before a row "claim at" looks back through. */
#define REVIEW_LOOKBACK	64

size_t
review_lsel(const struct review *rv)
{
	size_t	lo = 0, hi = rv->nvis, mid;

	if (rv->sel < 0)
		return rv->nvis;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (rv->vis[mid] < (size_t)rv->sel)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < rv->nvis && rv->vis[lo] == (size_t)rv->sel)
		return lo;
	return rv->nvis;
}

/* The selected claim when the list shows it, else NULL. */
struct st_claim *
review_selected(struct review *rv)
{
	if (review_lsel(rv) == rv->nvis)
		return NULL;
	return &rv->art->claims[rv->sel];
}

/* The span index of the last claim starting at or before OFF, or -1. */
static long
review_span_before(const struct review *rv, size_t off)
{
	const struct st_claim	*cl = rv->art->claims;
	size_t			 lo = 0, hi = rv->nspans, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (cl[rv->spans[mid]].start <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (long)lo - 1;
}

/*
 * The first claim (index into art->claims) that overlaps [START, END),
 * preferring the selected one, and only claims the list shows when SHOWN;
 * -1 when none.
 */
long
review_claim_in(const struct review *rv, size_t start, size_t end, int shown)
{
	const struct st_claim	*c;
	long			 j, found = -1, n;

	if (end <= start)
		end = start + 1;
	j = review_span_before(rv, end - 1);
	for (n = 0; j >= 0 && n < REVIEW_LOOKBACK; j--, n++) {
		c = &rv->art->claims[rv->spans[j]];
		if (c->end <= start)
			continue;
		if (shown && !review_passes(rv, c))
			continue;
		if ((long)rv->spans[j] == rv->sel)
			return rv->sel;
		found = (long)rv->spans[j];
	}
	return found;
}

/* Scrolls the claims list so that the selection shows. */
void
review_keep_list(struct review *rv)
{
	list_keep(&rv->claims, review_lsel(rv), rv->nvis);
}

/* Parts a sentence is cut into at most; past them, the last part runs to
 * the sentence's end. */
#define REVIEW_PARTS	16

struct part {
	size_t	 start, end;
};

/* Adds [S, E), trimmed of white space, to the N parts in P. */
static void
review_part_add(const struct review *rv, struct part *p, size_t *n, size_t s,
    size_t e)
{
	const char	*t = rv->art->text;
	size_t		 k;

	while (s < e && (k = utf8_space_len(t + s, e - s)) > 0)
		s += k;
	e = utf8_space_before(t, s, e);
	if (s < e && *n < REVIEW_PARTS)
		p[(*n)++] = (struct part){ s, e };
}

/* The parts of sentence I, cut where a claim starts or ends inside it, in
 * reading order, into P; how many (at least one). */
static size_t
review_parts(const struct review *rv, size_t i, struct part *p)
{
	const struct sentence	*sv = &rv->sents[i];
	const struct st_claim	*cl = rv->art->claims, *c;
	size_t			 n = 0, from = sv->start, j, lo, hi, mid, cut;
	int			 k;

	/* The first claim that ends inside or after the sentence's start:
	 * claims do not overlap, so their ends are in order too. */
	lo = 0;
	hi = rv->nspans;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (cl[rv->spans[mid]].end <= sv->start)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (j = lo; j < rv->nspans && cl[rv->spans[j]].start < sv->end; j++) {
		c = &cl[rv->spans[j]];
		for (k = 0; k < 2; k++) {
			cut = k == 0 ? c->start : c->end;
			if (cut > from && cut < sv->end &&
			    n + 1 < REVIEW_PARTS) {
				review_part_add(rv, p, &n, from, cut);
				from = cut;
			}
		}
	}
	review_part_add(rv, p, &n, from, sv->end);
	if (n == 0)
		p[n++] = (struct part){ sv->start, sv->end };
	return n;
}

/* The part of the cursor's sentence that holds CPOS (else the first after
 * it, else the last), its index in *K and the parts in P; how many. */
static size_t
review_cursor_part(const struct review *rv, struct part *p, size_t *k)
{
	size_t	n = review_parts(rv, (size_t)rv->csent, p);

	for (*k = 0; *k + 1 < n && p[*k].end <= rv->cpos; (*k)++)
		/* on */;
	return n;
}

int
review_cursor_span(const struct review *rv, size_t *start, size_t *end)
{
	struct part	p[REVIEW_PARTS];
	size_t		k;

	if (rv->csent < 0 || (size_t)rv->csent >= rv->nsents)
		return 0;
	review_cursor_part(rv, p, &k);
	*start = p[k].start;
	*end = p[k].end;
	return 1;
}

/* The claim over the cursor selected, when the list shows one. */
static void
review_sentence_claim(struct review *rv)
{
	size_t	s, e;
	long	i;

	if (review_cursor_span(rv, &s, &e) &&
	    (i = review_claim_in(rv, s, e, 1)) >= 0) {
		rv->sel = i;
		review_keep_list(rv);
	}
}

void
review_sentence_at(struct review *rv, size_t off)
{
	const char	*t = rv->art->text;
	size_t		 i;

	if (rv->sents == NULL && rv->focus != PANE_ARTICLE)
		return;
	if (review_sentences(rv) == -1 || rv->nsents == 0) {
		rv->csent = -1;
		return;
	}
	/* Past the blanks that start a row. */
	while (off < rv->art->len && (t[off] == ' ' || t[off] == '\t'))
		off++;
	i = segment_find(rv->sents, rv->nsents, off);
	rv->csent = (long)(i < rv->nsents ? i : rv->nsents - 1);
	rv->cpos = off > rv->sents[rv->csent].start ? off :
	    rv->sents[rv->csent].start;
	review_sentence_claim(rv);
}

/* The article pane: the cursor a part of a sentence on (DIR 1) or back
 * (-1), or to the next sentence; the view following it. */
static void
review_sentence_move(struct review *rv, long n)
{
	struct part	 p[REVIEW_PARTS];
	size_t		 s, e, k, np;
	long		 to;

	if (review_sentences(rv) == -1 || rv->nsents == 0)
		return;
	if (rv->csent < 0) {
		/* Placed at the cursor's row first (the article was read
		 * again, say). */
		wrap_row(rv->wrap, &rv->cur, &s, &e);
		review_sentence_at(rv, s);
		if (rv->csent < 0)
			return;
	}
	np = review_cursor_part(rv, p, &k);
	if (n > 0 && k + 1 < np)
		rv->cpos = p[k + 1].start;
	else if (n < 0 && k > 0)
		rv->cpos = p[k - 1].start;
	else if (n != 0) {
		to = rv->csent + (n > 0 ? 1 : -1);
		if (to < 0 || to >= (long)rv->nsents)
			return;
		rv->csent = to;
		np = review_parts(rv, (size_t)to, p);
		rv->cpos = p[n > 0 ? 0 : np - 1].start;
	} else
		rv->cpos = rv->sents[rv->csent].start;
	review_cursor_span(rv, &s, &e);
	review_show_range(rv, s, e, 0);
	review_sentence_claim(rv);
}

/* Keeps the article cursor on screen, scrolling the view to it. */
void
review_keep_cursor(struct review *rv)
{
	long	h = rv->abody.h, d;

	if (wrap_cmp(&rv->cur, &rv->top) < 0) {
		rv->top = rv->cur;
		return;
	}
	d = wrap_distance(rv->wrap, &rv->top, &rv->cur, h - 1);
	if (d > h - 1) {
		rv->top = rv->cur;
		wrap_move(rv->wrap, &rv->top, -(h - 1));
	}
}

void
review_fill_view(struct review *rv)
{
	struct wrap_pos	last, top;
	long		h = rv->abody.h;

	if (h < 1)
		return;
	wrap_last(rv->wrap, &last);
	if (wrap_distance(rv->wrap, &rv->top, &last, h) >= h - 1)
		return;
	top = last;
	wrap_move(rv->wrap, &top, -(h - 1));
	if (wrap_cmp(&top, &rv->top) < 0)
		rv->top = top;
}

/* The sentence at the cursor's row: it covers the row's first byte that
 * is not blank, or comes next. */
static void
review_sentence_row(struct review *rv)
{
	size_t	s, e;

	wrap_row(rv->wrap, &rv->cur, &s, &e);
	review_sentence_at(rv, s);
}

/*
 * Shows bytes [START, END) in the article: when they are off screen, the
 * view moves so they start a third of the way down (or fit, when they can).
 * The cursor goes to their first row. CENTRE moves the view even when
 * they are on screen.
 */
void
review_show_range(struct review *rv, size_t start, size_t end, int centre)
{
	struct wrap_pos	 sp, ep, t;
	size_t		 cs, ce;
	long		 h = rv->abody.h, d;

	wrap_find(rv->wrap, start, &sp);
	wrap_find(rv->wrap, end > start ? end - 1 : start, &ep);
	d = wrap_distance(rv->wrap, &rv->top, &sp, h - 1);
	if (centre || d < 0 || d > h - 1) {
		rv->top = sp;
		wrap_move(rv->wrap, &rv->top, -(h / 3));
	}
	d = wrap_distance(rv->wrap, &rv->top, &ep, h - 1);
	if (d > h - 1) {
		t = ep;
		wrap_move(rv->wrap, &t, -(h - 1));
		rv->top = wrap_cmp(&t, &sp) > 0 ? sp : t;
	}
	rv->cur = sp;
	if (!review_cursor_span(rv, &cs, &ce) || start < cs || start >= ce)
		review_sentence_at(rv, start);
}

void
review_show_selected(struct review *rv, int centre)
{
	struct st_claim	*c;

	if ((c = review_selected(rv)) == NULL)
		return;
	review_show_range(rv, c->start, c->end, centre);
}

/* Selects claim I (it must be in the list) and shows it in the article. */
void
review_select(struct review *rv, size_t i, int show)
{
	rv->sel = (long)i;
	review_keep_list(rv);
	if (show)
		review_show_selected(rv, 0);
}

/* The article pane: a page on (DIR 1) or back (-1). */
static void
review_page(struct review *rv, int dir)
{
	long	h = rv->abody.h > 1 ? rv->abody.h - 1 : 1;

	wrap_move(rv->wrap, &rv->top, dir * h);
	wrap_move(rv->wrap, &rv->cur, dir * h);
	review_keep_cursor(rv);
	review_sentence_row(rv);
}

/* The article pane: its first or LAST sentence (line, when the article
 * has no sentences). */
static void
review_ends(struct review *rv, int last)
{
	if (review_sentences(rv) == 0 && rv->nsents > 0) {
		rv->csent = last ? (long)rv->nsents - 1 : 0;
		review_sentence_move(rv, 0);
		return;
	}
	if (last) {
		wrap_last(rv->wrap, &rv->cur);
		rv->top = rv->cur;
		wrap_move(rv->wrap, &rv->top, -(rv->abody.h - 1));
	} else {
		wrap_first(rv->wrap, &rv->cur);
		rv->top = rv->cur;
	}
}

static void
review_switch_pane(struct review *rv)
{
	long	d;

	struct st_claim	*c;
	struct wrap_pos	 p;

	if (rv->focus == PANE_CLAIMS) {
		rv->focus = PANE_ARTICLE;
		/* The cursor on the selected claim when it is in view, else
		 * on the first row in view. */
		if ((c = review_selected(rv)) != NULL) {
			wrap_find(rv->wrap, c->start, &p);
			d = wrap_distance(rv->wrap, &rv->top, &p,
			    rv->abody.h - 1);
			if (d >= 0 && d <= rv->abody.h - 1) {
				rv->cur = p;
				review_sentence_at(rv, c->start);
				return;
			}
		}
		d = wrap_distance(rv->wrap, &rv->top, &rv->cur,
		    rv->abody.h - 1);
		if (d < 0 || d > rv->abody.h - 1)
			rv->cur = rv->top;
		review_sentence_row(rv);
	} else
		rv->focus = PANE_CLAIMS;
}

static int
review_in(const struct rect *r, int y, int x)
{
	return y >= r->y && y < r->y + r->h && x >= r->x && x < r->x + r->w;
}

int
review_article_at(const struct review *rv, int y, int x,
    struct wrap_pos *row, size_t *off)
{
	struct wrap_pos	 p = rv->top;

	if (!review_in(&rv->abody, y, x) ||
	    wrap_move(rv->wrap, &p, y - rv->abody.y) != y - rv->abody.y)
		return 0;
	if (row != NULL)
		*row = p;
	*off = wrap_offset_at(rv->wrap, &p, x - rv->abody.x - REVIEW_GUTTER);
	return 1;
}

/* A click in the article: the cursor to that row, its claim selected. */
static int
review_click_article(struct review *rv, int y, int x)
{
	struct wrap_pos	 p;
	size_t		 off;
	long		 i;

	if (!review_article_at(rv, y, x, &p, &off))
		return SCREEN_REDRAW;
	rv->focus = PANE_ARTICLE;
	rv->cur = p;
	if ((i = review_claim_in(rv, off, off + 1, 0)) >= 0 &&
	    !review_passes(rv, &rv->art->claims[i]))
		ui_message(rv->screen->ui, 0, "claim %d is hidden by the "
		    "filter (f)", rv->art->claims[i].number);
	else if ((i = review_claim_in(rv, off, off + 1, 1)) >= 0) {
		rv->sel = i;
		review_keep_list(rv);
	}
	review_sentence_at(rv, off);
	return SCREEN_REDRAW;
}

/* Scrolls the article view N rows; the cursor stays on screen. */
static void
review_scroll(struct review *rv, long n)
{
	long	h = rv->abody.h, d;

	wrap_move(rv->wrap, &rv->top, n);
	if (wrap_cmp(&rv->cur, &rv->top) < 0) {
		rv->cur = rv->top;
		review_sentence_row(rv);
	}
	d = wrap_distance(rv->wrap, &rv->top, &rv->cur, h - 1);
	if (d > h - 1) {
		rv->cur = rv->top;
		wrap_move(rv->wrap, &rv->cur, h - 1);
		review_sentence_row(rv);
	}
}

int
review_mouse(struct review *rv, const struct ui_event *ev)
{
	size_t	to;
	int	wheel = 0;

	if (ev->mbuttons & BUTTON4_PRESSED)
		wheel = -3;
	else if (ev->mbuttons & BUTTON5_PRESSED)
		wheel = 3;
	if (wheel != 0 && review_in(&rv->abody, ev->my, ev->mx)) {
		review_scroll(rv, wheel);
		return SCREEN_REDRAW;
	}
	switch (list_mouse(&rv->claims, ev, review_lsel(rv), rv->nvis, &to)) {
	case LIST_MISS:
		break;
	case LIST_CLICK:
		rv->focus = PANE_CLAIMS;
		/* FALLTHROUGH */
	case LIST_WHEEL:
		review_select(rv, rv->vis[to], 1);
		return SCREEN_REDRAW;
	}
	if ((ev->mbuttons & (BUTTON1_PRESSED | BUTTON1_CLICKED)) &&
	    review_in(&rv->abody, ev->my, ev->mx))
		return review_click_article(rv, ev->my, ev->mx);
	return 0;
}

/* The article pane's movements. 1 when ACTION was one. */
static int
review_key_article(struct review *rv, enum key_action action)
{
	switch (action) {
	case KA_DOWN:
		review_sentence_move(rv, 1);
		break;
	case KA_UP:
		review_sentence_move(rv, -1);
		break;
	case KA_FIRST:
		review_ends(rv, 0);
		break;
	case KA_LAST:
		review_ends(rv, 1);
		break;
	case KA_PAGE_DOWN:
		review_page(rv, 1);
		break;
	case KA_PAGE_UP:
		review_page(rv, -1);
		break;
	default:
		return 0;
	}
	return 1;
}

int
review_key_move(struct review *rv, enum key_action action)
{
	size_t	to;

	switch (action) {
	case KA_PANE:
		review_switch_pane(rv);
		return 1;
	case KA_SHOW:
		if (review_need_claim(rv) != NULL)
			review_show_selected(rv, 1);
		return 1;
	default:
		break;
	}
	if (rv->focus == PANE_ARTICLE)
		return review_key_article(rv, action);
	if (!list_move(&rv->claims, action, review_lsel(rv), rv->nvis, &to))
		return 0;
	if (to < rv->nvis)
		review_select(rv, rv->vis[to], 1);
	return 1;
}
