/* review-split.c: the review screen's "S" and "J": a claim split in two
 * at a point the reviewer chooses in the article, or joined with the
 * sentence after it. The store makes each one change (store-change.c),
 * byte-exact over the article's text, that "U" takes back whole. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "attrib.h"
#include "segment.h"
#include "store.h"
#include "ui/keys.h"
#include "ui/review.h"
#include "ui/screen.h"
#include "ui/wrap.h"
#include "utf8.h"
#include "xmalloc.h"

/* Whether byte P of the article starts a word: it is not white space and
 * what comes before it is. */
static int
split_word_start(const struct review *rv, size_t p)
{
	const char	*t = rv->art->text;
	size_t		 len = rv->art->len;

	return p > 0 && p < len && utf8_space_len(t + p, len - p) == 0 &&
	    utf8_space_before(t, 0, p) < p;
}

/* The first word start of claim C after byte FROM (DIR 1) or before it
 * (DIR -1), inside the claim; 0 when there is none. */
static size_t
split_next_word(const struct review *rv, const struct st_claim *c,
    size_t from, int dir)
{
	size_t	p = from;

	for (;;) {
		if (dir > 0 ? p + 1 >= c->end : p <= c->start + 1)
			return 0;
		p = dir > 0 ? p + 1 : p - 1;
		if (split_word_start(rv, p))
			return p;
	}
}

/* Words a second clause of a claim starts with. */
static const char *const split_joiners[] = {
	"and", "but", "while", "whereas", "although", "though", "yet",
	"and,", "but,", NULL
};

/* Words that go with a figure as part of it: "2 million", "12 percent". */
static const char *const split_scales[] = {
	"hundred", "thousand", "million", "millions", "billion", "billions",
	"trillion", "percent", "per", "cent", "bn", "m", "%", NULL
};

/* Whether the N bytes at W are one of LIST, ASCII case aside. */
static int
split_word_in(const char *const *list, const char *w, size_t n)
{
	for (; *list != NULL; list++) {
		if (strlen(*list) == n && strncasecmp(w, *list, n) == 0)
			return 1;
	}
	return 0;
}

/* Whether the N bytes at W are a figure or a part of one: a digit in it
 * ("4,200", "$2", "12%"), or a scale word ("million"). */
static int
split_figure(const char *w, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		if (w[i] >= '0' && w[i] <= '9')
			return 1;
	}
	return split_word_in(split_scales, w, n);
}

/* Whether the N bytes at W end a clause: a comma, semicolon or colon,
 * also inside a closing quote (",\"", ",\xe2\x80\x9d"), or a dash alone
 * ("-", "--", an en or em dash). */
static int
split_clause_end(const char *w, size_t n)
{
	if (n >= 2 && (w[n - 1] == '"' || w[n - 1] == '\''))
		n--;
	else if (n >= 4 && (memcmp(w + n - 3, "\xe2\x80\x9d", 3) == 0 ||
	    memcmp(w + n - 3, "\xe2\x80\x99", 3) == 0))
		n -= 3;
	if (n >= 1 && (w[n - 1] == ',' || w[n - 1] == ';' || w[n - 1] == ':'))
		return 1;
	if (n >= 3 && (memcmp(w + n - 3, "\xe2\x80\x94", 3) == 0 ||
	    memcmp(w + n - 3, "\xe2\x80\x93", 3) == 0))
		return 1;
	return (n == 1 && w[0] == '-') || (n == 2 && w[0] == '-' &&
	    w[1] == '-');
}

/* How good a split point word start P of claim C is: 0, a clause starts
 * there (after a comma, semicolon, colon or dash, or at "and", "but",
 * ... but for "5 and 7") in the middle three fifths of the claim; 1, no
 * figure is cut ("4,200 | tonnes", "landed | 4,200", "2 million |
 * pounds"); 2, any other word. */
static int
split_point_class(const struct review *rv, const struct st_claim *c,
    size_t p)
{
	const char	*t = rv->art->text;
	size_t		 q, qn, n, r, rn, span;

	/* The word before P is QN bytes at Q; the word at P is N bytes,
	 * the one after it RN bytes at R. */
	qn = utf8_space_before(t, c->start, p);
	for (q = qn; q > c->start && utf8_space_before(t, c->start, q) == q;
	    q = utf8_prev(t, q))
		;
	qn -= q;
	for (n = 0; p + n < c->end &&
	    utf8_space_len(t + p + n, c->end - p - n) == 0; n++)
		;
	for (r = p + n; r < c->end && utf8_space_len(t + r, c->end - r) > 0;
	    r++)
		;
	for (rn = 0; r + rn < c->end && utf8_space_len(t + r + rn,
	    c->end - r - rn) == 0; rn++)
		;
	span = c->end - c->start;
	if (p >= c->start + span / 5 && p <= c->end - span / 5) {
		if (split_clause_end(t + q, qn))
			return 0;
		if (split_word_in(split_joiners, t + p, n) &&
		    !(split_figure(t + q, qn) && split_figure(t + r, rn)))
			return 0;
	}
	if (split_figure(t + p, n) || split_figure(t + q, qn))
		return 2;
	return 1;
}

/* Where a split of claim C is first offered: where a second sentence
 * starts in it; else where a second clause starts, nearest the middle;
 * else the word start nearest the middle that cuts no figure; else the
 * word start nearest the middle. 0 when it has one word. */
static size_t
split_first_point(struct review *rv, const struct st_claim *c)
{
	size_t	i, mid, p, best = 0, d, bestd = 0;
	int	k, bestk = 3;

	if (review_sentences(rv) == 0) {
		i = segment_find(rv->sents, rv->nsents, c->start);
		for (; i < rv->nsents && rv->sents[i].start < c->end; i++) {
			if (rv->sents[i].start > c->start &&
			    split_word_start(rv, rv->sents[i].start))
				return rv->sents[i].start;
		}
	}
	mid = c->start + (c->end - c->start) / 2;
	for (p = c->start + 1; (p = split_next_word(rv, c, p - 1, 1)) != 0;
	    p++) {
		k = split_point_class(rv, c, p);
		d = p > mid ? p - mid : mid - p;
		if (k < bestk || (k == bestk && d < bestd)) {
			best = p;
			bestk = k;
			bestd = d;
		}
	}
	return best;
}

/* Whether claim C is dropped, saying so. */
static int
split_dropped(struct review *rv, const struct st_claim *c)
{
	if (!c->dismissed)
		return 0;
	ui_message(rv->screen->ui, 1, "claim %d is dropped: x brings it back "
	    "first", c->number);
	return 1;
}

/* The view moved, when it must, so that the split point shows. */
static void
split_show_point(struct review *rv)
{
	struct wrap_pos	 p;
	long		 h = rv->abody.h, d;

	wrap_find(rv->wrap, rv->split_at, &p);
	d = wrap_distance(rv->wrap, &rv->top, &p, h - 1);
	if (d < 0 || d > h - 1) {
		rv->top = p;
		wrap_move(rv->wrap, &rv->top, -(h / 3));
	}
}

void
review_split_start(struct review *rv)
{
	struct st_claim	*c;
	size_t		 at;

	if ((c = review_need_claim(rv)) == NULL || review_refuse(rv) ||
	    split_dropped(rv, c))
		return;
	if ((at = split_first_point(rv, c)) == 0) {
		ui_message(rv->screen->ui, 1, "claim %d is one word: there is "
		    "nowhere to split it", c->number);
		return;
	}
	rv->split = c - rv->art->claims;
	rv->split_at = at;
	rv->sel = rv->split;
	review_keep_list(rv);
	review_show_range(rv, c->start, c->end, 0);
	split_show_point(rv);
}

/*
 * The sources the two parts of claim C split at AT name in their own
 * words, read by the attribution pass over the sentences before C and
 * then the parts ("..., and the mayor said arrests rose 5%" is the
 * mayor's): into PARTS, with A (two, attrib_clear() them after) holding
 * the strings. Parts that name none, or sentences that cannot be read,
 * leave the entries NULL.
 */
static void
split_sources(struct review *rv, const struct st_claim *c, size_t at,
    struct attribution a[2], struct st_part_source parts[2])
{
	struct sentence		*v;
	struct attribution	*out;
	size_t			 k, i, j;

	memset(a, 0, 2 * sizeof *a);
	memset(parts, 0, 2 * sizeof *parts);
	if (review_sentences(rv) == -1 || rv->nsents == 0)
		return;
	k = segment_find(rv->sents, rv->nsents, c->start);
	v = xcalloc(k + 2, sizeof *v);
	memcpy(v, rv->sents, k * sizeof *v);
	v[k].start = c->start;
	v[k].end = v[k + 1].start = at;
	v[k + 1].end = c->end;
	for (i = k; i < k + 2; i++) {
		v[i].text = segment_collapse(rv->art->text + v[i].start,
		    v[i].end - v[i].start);
		/* Of the sentence it starts in. */
		j = segment_find(rv->sents, rv->nsents, v[i].start);
		v[i].kind = j < rv->nsents ? rv->sents[j].kind : SEG_SENTENCE;
		v[i].para = j < rv->nsents ? rv->sents[j].para : 0;
	}
	out = xcalloc(k + 2, sizeof *out);
	attrib_sentences(v, k + 2, out);
	for (i = 0; i < k; i++)
		attrib_clear(&out[i]);
	for (i = 0; i < 2; i++) {
		free(v[k + i].text);
		a[i] = out[k + i];
		if (a[i].source != NULL) {
			parts[i].source = a[i].source;
			parts[i].role = a[i].role;
			parts[i].kind = attrib_kind_name(a[i].kind);
		}
	}
	free(out);
	free(v);
}

/* Splits the claim at the point chosen. */
static void
split_commit(struct review *rv)
{
	struct st_change	 ch;
	struct st_claim		*c = &rv->art->claims[rv->split];
	struct attribution	 a[2];
	struct st_part_source	 parts[2];
	char			*cause = NULL;
	int64_t			 first = 0, second = 0;
	long			 i, j;
	int			 number = c->number, had, rc;

	had = c->status != VERDICT_NONE || c->note[0] != '\0';
	review_change_of(rv, c, &ch);
	rv->split = -1;
	split_sources(rv, c, rv->split_at, a, parts);
	rc = store_split_claim(rv->store, c->id, rv->split_at, parts, &ch,
	    &first, &second, &cause);
	attrib_clear(&a[0]);
	attrib_clear(&a[1]);
	if (!review_saved(rv, rc, cause))
		return;
	/* C is gone now: the article is read again. */
	if ((i = review_reselect(rv, first)) == -1 ||
	    (j = review_find_id(rv, second)) == -1)
		return;
	ui_message(rv->screen->ui, 0, "claim %d split into %d and %d, saved%s",
	    number, rv->art->claims[i].number, rv->art->claims[j].number,
	    had ? "; both keep its verdict, stale (v/d/u)" : " (U undoes it)");
}

/* A click while the split point is chosen: the point to the start of the
 * word clicked, when that word is in the claim and not its first. */
static int
split_mouse(struct review *rv, const struct ui_event *ev)
{
	struct st_claim	*c = &rv->art->claims[rv->split];
	const char	*t = rv->art->text;
	size_t		 off, to;

	if (!(ev->mbuttons & (BUTTON1_PRESSED | BUTTON1_CLICKED)) ||
	    !review_article_at(rv, ev->my, ev->mx, NULL, &off))
		return 0;
	if (off >= c->start && off < c->end &&
	    utf8_space_len(t + off, rv->art->len - off) > 0)
		to = split_next_word(rv, c, off, 1);
	else if (off > c->start && off < c->end)
		to = split_word_start(rv, off) ? off :
		    split_next_word(rv, c, off, -1);
	else
		to = 0;
	if (to == 0) {
		ui_message(rv->screen->ui, 1, "click a word of claim %d after "
		    "its first: the split goes before it", c->number);
		return SCREEN_REDRAW;
	}
	rv->split_at = to;
	split_show_point(rv);
	return SCREEN_REDRAW;
}

int
review_split_key(struct review *rv, const struct ui_event *ev)
{
	const struct key_entry	*ke;
	struct st_claim		*c = &rv->art->claims[rv->split];
	size_t			 to;

	if (ev->mouse)
		return split_mouse(rv, ev);
	if (ev->paste != NULL || ev->paste_over > 0) {
		ui_message(rv->screen->ui, 1, "a paste is no key: Enter splits, "
		    "Esc cancels");
		return SCREEN_REDRAW;
	}
	if ((ke = keys_find(KEYS_SPLIT, ev->code)) == NULL) {
		ui_message(rv->screen->ui, 0, "choosing where to split claim %d:"
		    " h/l move, Enter splits, Esc cancels", c->number);
		return SCREEN_REDRAW;
	}
	switch (ke->action) {
	case KA_LEFT:
	case KA_RIGHT:
		to = split_next_word(rv, c, rv->split_at,
		    ke->action == KA_LEFT ? -1 : 1);
		if (to != 0)
			rv->split_at = to;
		split_show_point(rv);
		break;
	case KA_SPLIT:
		split_commit(rv);
		break;
	case KA_CLOSE:
		rv->split = -1;
		ui_message(rv->screen->ui, 0, "nothing was split");
		break;
	default:
		return overlay_key(rv->screen, ke->action, KEYS_SPLIT);
	}
	return SCREEN_REDRAW;
}

void
review_join(struct review *rv)
{
	struct st_change	 ch;
	struct st_claim		*c, *next = NULL;
	const struct sentence	*sv;
	char			*cause = NULL, with[64];
	int64_t			 joined = 0, next_id = 0;
	size_t			 i, end;
	long			 n;
	int			 number, had, rc, next_version = -1;

	if ((c = review_need_claim(rv)) == NULL || review_refuse(rv) ||
	    split_dropped(rv, c))
		return;
	if (review_sentences(rv) == -1) {
		ui_message(rv->screen->ui, 1, "the article cannot be split "
		    "into sentences: nothing was joined");
		return;
	}
	/* The sentence the claim ends in, when it ends inside one, else the
	 * one after it; and a claim over it goes too. */
	i = segment_find(rv->sents, rv->nsents, c->end);
	if (i == rv->nsents) {
		ui_message(rv->screen->ui, 1, "claim %d is the end of the "
		    "article: nothing after it to join", c->number);
		return;
	}
	sv = &rv->sents[i];
	/* The segmenter never cuts a claim where a paragraph ends. */
	if (sv->para != rv->sents[segment_find(rv->sents, rv->nsents,
	    c->end - 1)].para) {
		ui_message(rv->screen->ui, 1, "the sentence after claim %d is "
		    "in the next paragraph: nothing was joined", c->number);
		return;
	}
	/* With a claim in that sentence, up to that claim's end. */
	end = sv->end;
	if ((n = review_claim_in(rv, c->end, end, 0)) >= 0) {
		next = &rv->art->claims[n];
		next_id = next->id;
		next_version = next->version;
		end = next->end > c->end ? next->end : end;
	}
	number = c->number;
	had = c->status != VERDICT_NONE || c->note[0] != '\0' ||
	    (next != NULL && (next->status != VERDICT_NONE ||
	    next->note[0] != '\0'));
	if (next != NULL)
		snprintf(with, sizeof with, "claims %d and %d", number,
		    next->number);
	else
		snprintf(with, sizeof with, "claim %d and the sentence after it",
		    number);
	review_change_of(rv, c, &ch);
	rc = store_join_claims(rv->store, c->id, end, next_id, next_version,
	    &ch, &joined, &cause);
	if (!review_saved(rv, rc, cause))
		return;
	if ((n = review_reselect(rv, joined)) == -1)
		return;
	ui_message(rv->screen->ui, 0, "%s joined as claim %d, saved%s", with,
	    rv->art->claims[n].number, had ? "; it keeps the verdict, stale "
	    "(v/d/u)" : " (U undoes it)");
}
