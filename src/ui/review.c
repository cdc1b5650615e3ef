/* review.c: the review screen: selection, verdicts, notes, search, undo. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "segment.h"
#include "store.h"
#include "ui/earlier.h"
#include "ui/keys.h"
#include "ui/review.h"
#include "ui/screen.h"
#include "ui/ui.h"
#include "ui/wrap.h"
#include "xmalloc.h"

/* How far "m" looks around the cursor for the sentence's paragraph. */
#define REVIEW_PARA_MAX	(256 * 1024)
/* How many spans before a row "claim at" looks back through. */
#define REVIEW_LOOKBACK	64

static const char *review_filter_names[FILTER_COUNT] = {
	"all", "unreviewed", "verified", "disputed", "unsourced"
};

const char *
review_filter_name(enum review_filter f)
{
	return review_filter_names[f];
}

static int
review_passes(const struct review *rv, const struct st_claim *c)
{
	if (c->dismissed)
		return 0;
	switch (rv->filter) {
	case FILTER_ALL:
		return 1;
	case FILTER_UNREVIEWED:
		return c->status == VERDICT_NONE;
	case FILTER_VERIFIED:
		return c->status == VERDICT_VERIFIED;
	case FILTER_DISPUTED:
		return c->status == VERDICT_DISPUTED;
	case FILTER_UNSOURCED:
		return c->status == VERDICT_UNSOURCED;
	case FILTER_COUNT:
		break;
	}
	return 0;
}

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
static struct st_claim *
review_selected(struct review *rv)
{
	if (review_lsel(rv) == rv->nvis)
		return NULL;
	return &rv->art->claims[rv->sel];
}

/* Whether claim I goes after claim J among the spans: by start, then in
 * reading order. */
static int
review_span_after(const struct st_claim *cl, size_t i, size_t j)
{
	if (cl[i].start != cl[j].start)
		return cl[i].start > cl[j].start;
	return i > j;
}

/* Sorts SPANS by start; the claims come in reading order already, so this
 * is an insertion sort that only moves what is out of place. */
static void
review_sort_spans(struct review *rv)
{
	size_t	i, j, t;

	for (i = 1; i < rv->nspans; i++) {
		t = rv->spans[i];
		for (j = i; j > 0 && review_span_after(rv->art->claims,
		    rv->spans[j - 1], t); j--)
			rv->spans[j] = rv->spans[j - 1];
		rv->spans[j] = t;
	}
}

/* Rebuilds the list (by the filter), the spans and the counts, then keeps
 * a selection: the same claim, else the next one shown. */
static void
review_rebuild(struct review *rv)
{
	struct st_claim	*c;
	size_t		 i, n = rv->art->nclaims;

	rv->vis = xreallocarray(rv->vis, n + 1, sizeof *rv->vis);
	rv->spans = xreallocarray(rv->spans, n + 1, sizeof *rv->spans);
	rv->nvis = rv->nspans = 0;
	rv->total = rv->reviewed = rv->disputed = 0;
	for (i = 0; i < n; i++) {
		c = &rv->art->claims[i];
		if (review_passes(rv, c))
			rv->vis[rv->nvis++] = i;
		if (c->dismissed)
			continue;
		rv->spans[rv->nspans++] = i;
		rv->total++;
		if (c->status != VERDICT_NONE)
			rv->reviewed++;
		if (c->status == VERDICT_DISPUTED)
			rv->disputed++;
	}
	review_sort_spans(rv);
	if (rv->nvis == 0 || review_lsel(rv) < rv->nvis)
		return;
	for (i = 0; i < rv->nvis; i++) {
		if ((long)rv->vis[i] > rv->sel)
			break;
	}
	rv->sel = (long)rv->vis[i < rv->nvis ? i : rv->nvis - 1];
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
static long
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
static void
review_keep_list(struct review *rv)
{
	size_t	lsel = review_lsel(rv), h = (size_t)rv->cbody.h;

	if (lsel == rv->nvis) {
		if (rv->ltop >= rv->nvis)
			rv->ltop = 0;
		return;
	}
	if (lsel < rv->ltop)
		rv->ltop = lsel;
	if (lsel >= rv->ltop + h)
		rv->ltop = lsel - h + 1;
}

/* Keeps the article cursor on screen, scrolling the view to it. */
static void
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

/*
 * Shows bytes [START, END) in the article: when they are off screen, the
 * view moves so they start a third of the way down (or fit, when they can).
 * The cursor goes to their first row. CENTRE moves the view even when
 * they are on screen.
 */
static void
review_show_range(struct review *rv, size_t start, size_t end, int centre)
{
	struct wrap_pos	 sp, ep, t;
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
}

static void
review_show_selected(struct review *rv, int centre)
{
	struct st_claim	*c;

	if ((c = review_selected(rv)) == NULL)
		return;
	review_show_range(rv, c->start, c->end, centre);
}

/* Selects claim I (it must be in the list) and shows it in the article. */
static void
review_select(struct review *rv, size_t i, int show)
{
	rv->sel = (long)i;
	review_keep_list(rv);
	if (show)
		review_show_selected(rv, 0);
}

/* In the article pane the selection follows the cursor's row. */
static void
review_sync_cursor(struct review *rv)
{
	size_t	s, e;
	long	i;

	wrap_row(rv->wrap, &rv->cur, &s, &e);
	if ((i = review_claim_in(rv, s, e, 1)) >= 0) {
		rv->sel = i;
		review_keep_list(rv);
	}
}

static void
review_move_cursor(struct review *rv, long n)
{
	wrap_move(rv->wrap, &rv->cur, n);
	review_keep_cursor(rv);
	review_sync_cursor(rv);
}

static void
review_move_list(struct review *rv, long n)
{
	long	l = (long)review_lsel(rv);

	if (rv->nvis == 0)
		return;
	if (l == (long)rv->nvis)
		l = 0;
	else
		l += n;
	if (l < 0)
		l = 0;
	if (l >= (long)rv->nvis)
		l = (long)rv->nvis - 1;
	review_select(rv, rv->vis[l], 1);
}

static void
review_move(struct review *rv, long n)
{
	if (rv->focus == PANE_ARTICLE)
		review_move_cursor(rv, n);
	else
		review_move_list(rv, n);
}

static void
review_page(struct review *rv, int dir)
{
	long	h;

	if (rv->focus == PANE_CLAIMS) {
		h = rv->cbody.h > 1 ? rv->cbody.h - 1 : 1;
		review_move_list(rv, dir * h);
		return;
	}
	h = rv->abody.h > 1 ? rv->abody.h - 1 : 1;
	wrap_move(rv->wrap, &rv->top, dir * h);
	wrap_move(rv->wrap, &rv->cur, dir * h);
	review_keep_cursor(rv);
	review_sync_cursor(rv);
}

static void
review_ends(struct review *rv, int last)
{
	if (rv->focus == PANE_CLAIMS) {
		review_move_list(rv, last ? (long)rv->nvis : -(long)rv->nvis);
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
	review_sync_cursor(rv);
}

static void
review_switch_pane(struct review *rv)
{
	long	d;

	if (rv->focus == PANE_CLAIMS) {
		rv->focus = PANE_ARTICLE;
		d = wrap_distance(rv->wrap, &rv->top, &rv->cur,
		    rv->abody.h - 1);
		if (d < 0 || d > rv->abody.h - 1)
			rv->cur = rv->top;
	} else
		rv->focus = PANE_CLAIMS;
}

/* Refuses a change on a read-only database; 1 when refused. */
static int
review_refuse(struct review *rv)
{
	if (!rv->ro)
		return 0;
	ui_message(rv->screen->ui, 1,
	    "read-only database: nothing was changed");
	return 1;
}

/* A change the store refused: its message, and the old state kept. */
static void
review_failed(struct review *rv, char *cause)
{
	rv->failed = 1;
	ui_message(rv->screen->ui, 1, "not saved: %s",
	    cause != NULL ? cause : "unknown error");
	free(cause);
}

static struct st_claim *
review_need_claim(struct review *rv)
{
	struct st_claim	*c;

	if ((c = review_selected(rv)) == NULL)
		ui_message(rv->screen->ui, 1, "no claim selected");
	return c;
}

static void
review_push_undo(struct review *rv, enum undo_kind kind,
    const struct st_claim *c)
{
	struct undo	*u;

	if (rv->nundo == rv->undocap) {
		rv->undocap = rv->undocap == 0 ? 16 : rv->undocap * 2;
		rv->undo = xreallocarray(rv->undo, rv->undocap,
		    sizeof *rv->undo);
	}
	u = &rv->undo[rv->nundo++];
	u->kind = kind;
	u->claim = c->id;
	u->status = c->status;
	u->note = kind == UNDO_NOTE || kind == UNDO_VERDICT ?
	    xstrdup(c->note) : NULL;
	u->dismissed = c->dismissed;
}

/* Records that claim C was just changed by this reviewer. */
static void
review_touch(struct review *rv, struct st_claim *c)
{
	char	now[32];

	store_now(now, sizeof now);
	free(c->reviewer);
	c->reviewer = xstrdup(rv->reviewer);
	free(c->updated_at);
	c->updated_at = xstrdup(now);
	rv->failed = 0;
}

/* After a change: the list again, and the article follows a selection
 * that moved. */
static void
review_changed(struct review *rv)
{
	long	old = rv->sel;

	review_rebuild(rv);
	review_keep_list(rv);
	if (rv->sel != old)
		review_show_selected(rv, 0);
}

/* After claim C's verdict went from OLD to what it is now: the counts,
 * and the list only when the filter depends on verdicts (a key costs the
 * same whatever the article's size). */
static void
review_verdict_changed(struct review *rv, const struct st_claim *c,
    enum verdict old)
{
	if (rv->filter != FILTER_ALL) {
		review_changed(rv);
		return;
	}
	if (c->dismissed)
		return;
	rv->reviewed += (c->status != VERDICT_NONE) - (old != VERDICT_NONE);
	rv->disputed += (c->status == VERDICT_DISPUTED) -
	    (old == VERDICT_DISPUTED);
}

static void
review_mark(struct review *rv, enum verdict v, int toggle)
{
	struct st_claim	*c;
	enum verdict	 nv, old;
	char		*cause = NULL;

	if ((c = review_need_claim(rv)) == NULL || review_refuse(rv))
		return;
	nv = toggle && c->status == v ? VERDICT_NONE : v;
	if (nv == c->status) {
		ui_message(rv->screen->ui, 0, "claim %d is already %s",
		    c->number, verdict_name(nv));
		return;
	}
	if (store_set_status(rv->store, c->id, nv, rv->reviewer, NULL,
	    &cause) == -1) {
		review_failed(rv, cause);
		return;
	}
	review_push_undo(rv, UNDO_STATUS, c);
	old = c->status;
	c->status = nv;
	review_touch(rv, c);
	ui_message(rv->screen->ui, 0, "claim %d: %s, saved", c->number,
	    verdict_name(nv));
	review_verdict_changed(rv, c, old);
}

/* Saves TEXT as the note of claim I. */
static void
review_save_note(struct review *rv, size_t i, const char *text)
{
	struct st_claim	*c = &rv->art->claims[i];
	char		*cause = NULL;

	if (strcmp(text, c->note) == 0) {
		ui_message(rv->screen->ui, 0, "note unchanged");
		return;
	}
	if (store_set_note(rv->store, c->id, text, rv->reviewer, NULL,
	    &cause) == -1) {
		review_failed(rv, cause);
		return;
	}
	review_push_undo(rv, UNDO_NOTE, c);
	free(c->note);
	c->note = xstrdup(text);
	review_touch(rv, c);
	ui_message(rv->screen->ui, 0, "claim %d: note saved", c->number);
}

static void
review_note_place(void *arg, int *y, int *x, int *w)
{
	struct review	*rv = arg;

	*y = rv->cinfo.y + rv->cinfo.h - 1;
	*x = rv->cinfo.x;
	*w = rv->cinfo.w;
}

static void
review_note_done(void *arg, const char *text)
{
	struct review	*rv = arg;

	if (text != NULL && rv->note_claim >= 0)
		review_save_note(rv, (size_t)rv->note_claim, text);
	else if (text == NULL)
		ui_message(rv->screen->ui, 0, "note not changed");
	rv->note_claim = -1;
}

static void
review_note_inline(struct review *rv)
{
	struct prompt_cb	 cb = { review_note_place, review_note_done, rv };
	struct st_claim		*c;

	if ((c = review_need_claim(rv)) == NULL || review_refuse(rv))
		return;
	rv->note_claim = rv->sel;
	prompt_open(rv->screen->ui, "note: ", c->note, &cb);
}

static void
review_note_editor(struct review *rv)
{
	struct st_claim	*c;
	char		*text, *cause = NULL;

	if ((c = review_need_claim(rv)) == NULL || review_refuse(rv))
		return;
	if ((text = review_run_editor(rv->screen->ui, c->note,
	    &cause)) == NULL) {
		ui_message(rv->screen->ui, 1, "%s", cause);
		free(cause);
		return;
	}
	review_save_note(rv, (size_t)rv->sel, text);
	free(text);
}

static void
review_cycle_filter(struct review *rv)
{
	rv->filter = (rv->filter + 1) % FILTER_COUNT;
	review_changed(rv);
	ui_message(rv->screen->ui, 0, "filter: %s (%zu claim%s)",
	    review_filter_name(rv->filter), rv->nvis,
	    rv->nvis == 1 ? "" : "s");
}

static void
review_dismiss(struct review *rv)
{
	struct st_claim	*c;
	char		*cause = NULL;

	if ((c = review_need_claim(rv)) == NULL || review_refuse(rv))
		return;
	if (store_set_dismissed(rv->store, c->id, 1, rv->reviewer, NULL,
	    &cause) == -1) {
		review_failed(rv, cause);
		return;
	}
	review_push_undo(rv, UNDO_DISMISS, c);
	c->dismissed = 1;
	rv->failed = 0;
	ui_message(rv->screen->ui, 0,
	    "claim %d dropped from the panel, saved (U brings it back)",
	    c->number);
	review_changed(rv);
}

static void
review_clear_undo(struct review *rv)
{
	size_t	i;

	for (i = 0; i < rv->nundo; i++)
		free(rv->undo[i].note);
	rv->nundo = 0;
}

static long
review_find_id(const struct review *rv, int64_t id)
{
	size_t	i;

	for (i = 0; i < rv->art->nclaims; i++) {
		if (rv->art->claims[i].id == id)
			return (long)i;
	}
	return -1;
}

/* The claim with id CLAIM (an index into art->claims), or -1 when gone:
 * most often the selection, so that is where it looks first. */
static long
review_index_of(const struct review *rv, int64_t claim)
{
	if (rv->sel >= 0 && rv->art->claims[rv->sel].id == claim)
		return rv->sel;
	return review_find_id(rv, claim);
}

/* Applies undo entry U to claim C; 0, or -1 with *CAUSE. */
static int
review_apply_undo(struct review *rv, struct undo *u, struct st_claim *c,
    char **cause)
{
	switch (u->kind) {
	case UNDO_STATUS:
		if (store_set_status(rv->store, c->id, u->status,
		    rv->reviewer, "undo", cause) == -1)
			return -1;
		c->status = u->status;
		break;
	case UNDO_NOTE:
		if (store_set_note(rv->store, c->id, u->note, rv->reviewer,
		    "undo", cause) == -1)
			return -1;
		free(c->note);
		c->note = u->note;
		u->note = NULL;
		break;
	case UNDO_VERDICT:
		if (store_set_verdict(rv->store, c->id, (int)u->status,
		    u->note, rv->reviewer, "undo", cause) == -1)
			return -1;
		c->status = u->status;
		free(c->note);
		c->note = u->note;
		u->note = NULL;
		break;
	case UNDO_DISMISS:
		if (store_set_dismissed(rv->store, c->id, u->dismissed,
		    rv->reviewer, "undo", cause) == -1)
			return -1;
		c->dismissed = u->dismissed;
		break;
	}
	return 0;
}

/* What undoing U did to the claim, for the message. */
static const char *
review_undo_what(const struct undo *u)
{
	switch (u->kind) {
	case UNDO_STATUS:
	case UNDO_VERDICT:
		switch (u->status) {
		case VERDICT_VERIFIED:
			return "is verified again";
		case VERDICT_DISPUTED:
			return "is disputed again";
		case VERDICT_UNSOURCED:
			return "is unsourced again";
		case VERDICT_NONE:
			break;
		}
		return "is unreviewed again";
	case UNDO_NOTE:
		return "has its old note again";
	case UNDO_DISMISS:
		return u->dismissed ? "is dropped again" :
		    "is back in the panel";
	}
	return "";
}

static void
review_undo(struct review *rv)
{
	struct undo	*u;
	struct st_claim	*c;
	enum verdict	 old;
	char		*cause = NULL;
	long		 i;

	if (review_refuse(rv))
		return;
	if (rv->nundo == 0) {
		ui_message(rv->screen->ui, 0, "nothing to undo");
		return;
	}
	u = &rv->undo[rv->nundo - 1];
	if ((i = review_index_of(rv, u->claim)) == -1) {
		ui_message(rv->screen->ui, 1, "cannot undo: the claim is gone");
		rv->nundo--;
		free(u->note);
		return;
	}
	c = &rv->art->claims[i];
	old = c->status;
	if (review_apply_undo(rv, u, c, &cause) == -1) {
		review_failed(rv, cause);
		return;
	}
	review_touch(rv, c);
	ui_message(rv->screen->ui, 0, "undone: claim %d %s, saved", c->number,
	    review_undo_what(u));
	free(u->note);
	rv->nundo--;
	rv->sel = i;
	if (u->kind == UNDO_DISMISS || c->dismissed)
		review_changed(rv);
	else {
		review_verdict_changed(rv, c, old);
		review_keep_list(rv);
	}
	if (review_lsel(rv) < rv->nvis && rv->sel == i)
		review_show_selected(rv, 0);
}

/*
 * Adopts earlier verdict IT on claim CLAIM (SPEC §8): the store copies its
 * verdict and note in one committed change, and only then does the panel
 * show them, with the undo entry that puts the old ones back. 0, or -1 with
 * the message saying why.
 */
static int
review_adopt(void *arg, int64_t claim, const struct earlier_item *it)
{
	struct review	*rv = arg;
	struct st_claim	*c;
	enum verdict	 status = it->status, old;
	char		*note = NULL, *cause = NULL;
	long		 i;

	if (review_refuse(rv))
		return -1;
	if ((i = review_index_of(rv, claim)) == -1) {
		ui_message(rv->screen->ui, 1,
		    "cannot adopt: the claim is gone");
		return -1;
	}
	c = &rv->art->claims[i];
	if (it->status == VERDICT_NONE && it->note[0] == '\0') {
		ui_message(rv->screen->ui, 1, "claim %d of that article has no "
		    "verdict now: nothing to adopt", it->number);
		return -1;
	}
	if (store_adopt(rv->store, c->id, it->claim, rv->reviewer,
	    &cause) == -1) {
		review_failed(rv, cause);
		return -1;
	}
	/* What was copied: the earlier verdict as it is now. */
	if (earlier_current(rv->store, c->id, it->claim, &status,
	    &note) == -1)
		note = xstrdup(it->note);
	rv->failed = 0;
	if (status == c->status && strcmp(note, c->note) == 0) {
		free(note);
		ui_message(rv->screen->ui, 0, "claim %d has that verdict and "
		    "note already", c->number);
		return 0;
	}
	review_push_undo(rv, UNDO_VERDICT, c);
	old = c->status;
	c->status = status;
	free(c->note);
	c->note = note;
	review_touch(rv, c);
	review_verdict_changed(rv, c, old);
	ui_message(rv->screen->ui, 0, "claim %d: %s, saved (adopted from "
	    "claim %d of \"%s\"; U undoes)", c->number,
	    verdict_name(status), it->number, it->title);
	return 0;
}

/* The earlier verdicts on claim C, or NULL with the message saying why. */
static struct earlier_list *
review_load_earlier(struct review *rv, const struct st_claim *c)
{
	struct earlier_list	*l;
	char			*cause = NULL;

	if (c->matches > 0) {
		if ((l = earlier_load(rv->store, c->id, &cause)) == NULL) {
			ui_message(rv->screen->ui, 1, "cannot read the earlier "
			    "verdicts: %s", cause != NULL ? cause : "?");
			free(cause);
			return NULL;
		}
		if (l->n > 0)
			return l;
		earlier_free(l);
	}
	ui_message(rv->screen->ui, 0, "claim %d: no earlier verdicts (claims "
	    "seen before show %s)", c->number, ui_unicode() ? "≈" : "=");
	return NULL;
}

static void
review_open_earlier(struct review *rv, const struct st_claim *c,
    struct earlier_list *l)
{
	struct earlier_cb	cb = { review_adopt, rv };

	earlier_open(rv->screen->ui, l, c->id, c->number, c->text, &cb);
}

/* "p": the list of earlier verdicts on the selected claim. */
static void
review_earlier(struct review *rv)
{
	struct st_claim		*c;
	struct earlier_list	*l;

	if ((c = review_need_claim(rv)) == NULL ||
	    (l = review_load_earlier(rv, c)) == NULL)
		return;
	review_open_earlier(rv, c, l);
}

/* "y": adopts the earlier verdict when there is one; with more, the list
 * to choose from. */
static void
review_adopt_key(struct review *rv)
{
	struct st_claim		*c;
	struct earlier_list	*l;

	if ((c = review_need_claim(rv)) == NULL || review_refuse(rv) ||
	    (l = review_load_earlier(rv, c)) == NULL)
		return;
	if (l->n == 1) {
		review_adopt(rv, c->id, &l->items[0]);
		earlier_free(l);
		return;
	}
	ui_message(rv->screen->ui, 0, "%zu%s earlier verdicts: choose one, "
	    "y adopts it", l->n, l->more ? "+" : "");
	review_open_earlier(rv, c, l);
}

/* Replaces the claims with the store's (after "m"); the text too when
 * another process imported a new revision meanwhile. */
static int
review_reload(struct review *rv, char **cause)
{
	struct st_article	*na, *old = rv->art;
	struct st_claim		*tc;
	size_t			 tn, off, e;

	if ((na = store_article_load(rv->store, old->id, cause)) == NULL)
		return -1;
	if (na->revision == old->revision && na->len == old->len) {
		tc = old->claims;
		tn = old->nclaims;
		old->claims = na->claims;
		old->nclaims = na->nclaims;
		na->claims = tc;
		na->nclaims = tn;
		st_article_free(na);
		return 0;
	}
	wrap_row(rv->wrap, &rv->top, &off, &e);
	wrap_free(rv->wrap);
	rv->art = na;
	st_article_free(old);
	rv->wrap = wrap_new(na->text, na->len);
	wrap_set_width(rv->wrap, rv->abody.w - REVIEW_GUTTER);
	wrap_find(rv->wrap, off < na->len ? off : na->len, &rv->top);
	rv->cur = rv->top;
	rv->mvalid = 0;
	review_clear_undo(rv);
	return 0;
}

/* Whether block B (a line) holds only blanks: a paragraph break. */
static int
review_blank_block(const struct review *rv, size_t b)
{
	size_t	s, e;

	wrap_block_bytes(rv->wrap, b, &s, &e);
	for (; s < e; s++) {
		if (rv->art->text[s] != ' ' && rv->art->text[s] != '\t')
			return 0;
	}
	return 1;
}

/* The paragraph around the cursor (blank lines end it), at most
 * REVIEW_PARA_MAX bytes each way: [*START, *END). */
static void
review_paragraph(struct review *rv, size_t *start, size_t *end)
{
	size_t	b = rv->cur.block, n = wrap_nblocks(rv->wrap), s, e, here;

	wrap_row(rv->wrap, &rv->cur, &here, &e);
	while (b > 0 && !review_blank_block(rv, b - 1)) {
		wrap_block_bytes(rv->wrap, b - 1, &s, &e);
		if (here - s > REVIEW_PARA_MAX)
			break;
		b--;
	}
	wrap_block_bytes(rv->wrap, b, start, &e);
	b = rv->cur.block;
	while (b + 1 < n && !review_blank_block(rv, b + 1)) {
		wrap_block_bytes(rv->wrap, b + 1, &s, &e);
		if (s - here > REVIEW_PARA_MAX)
			break;
		b++;
	}
	wrap_block_bytes(rv->wrap, b, &s, end);
}

/* The sentence at the cursor: the one covering the row's first
 * non-blank byte, else the first that starts in the row. Returns 0 with
 * its span and text (allocated), or -1. */
static int
review_sentence_here(struct review *rv, size_t *start, size_t *end,
    char **text)
{
	struct article	*a;
	struct sentence	*sv;
	const char	*t = rv->art->text;
	size_t		 ps, pe, rs, re, pos, n, i;
	char		*cause = NULL;
	int		 found = -1;

	wrap_row(rv->wrap, &rv->cur, &rs, &re);
	for (pos = rs; pos < re && (t[pos] == ' ' || t[pos] == '\t'); pos++)
		;
	review_paragraph(rv, &ps, &pe);
	a = article_from_bytes("article", t + ps, pe - ps, pe - ps + 1,
	    &cause);
	if (a == NULL) {
		free(cause);
		return -1;
	}
	sv = segment_article(a, rv->abbrevs, &n);
	for (i = 0; i < n && found == -1; i++) {
		if (ps + sv[i].start <= pos && pos < ps + sv[i].end)
			found = (int)i;
	}
	for (i = 0; i < n && found == -1; i++) {
		if (ps + sv[i].start >= rs && ps + sv[i].start < re)
			found = (int)i;
	}
	if (found >= 0) {
		*start = ps + sv[found].start;
		*end = ps + sv[found].end;
		*text = xstrdup(sv[found].text);
	}
	sentences_free(sv, n);
	article_free(a);
	return found >= 0 ? 0 : -1;
}

static long
review_find_span(const struct review *rv, size_t start, size_t end)
{
	size_t	i;

	for (i = 0; i < rv->art->nclaims; i++) {
		if (rv->art->claims[i].start == start &&
		    rv->art->claims[i].end == end)
			return (long)i;
	}
	return -1;
}

/* Selects claim ID, just added (after a reload); undo drops it again. */
static void
review_after_add(struct review *rv, int64_t id)
{
	struct st_claim	*c;
	long		 i;

	if ((i = review_find_id(rv, id)) == -1)
		return;
	c = &rv->art->claims[i];
	c->dismissed = 1;
	review_push_undo(rv, UNDO_DISMISS, c);
	c->dismissed = 0;
	rv->sel = i;
	review_rebuild(rv);
	review_keep_list(rv);
	if (review_lsel(rv) == rv->nvis)
		ui_message(rv->screen->ui, 0, "claim %d added, saved (the "
		    "filter hides it: f shows all)", c->number);
	else
		ui_message(rv->screen->ui, 0, "claim %d added, saved",
		    c->number);
}

static void
review_make_claim(struct review *rv)
{
	size_t	 start, end;
	char	*text, *cause = NULL;
	int64_t	 id;
	long	 i;

	if (rv->focus != PANE_ARTICLE) {
		ui_message(rv->screen->ui, 0,
		    "m works in the article pane: Tab, then move to the "
		    "sentence");
		return;
	}
	if (review_refuse(rv))
		return;
	if (review_sentence_here(rv, &start, &end, &text) == -1) {
		ui_message(rv->screen->ui, 1, "no sentence on this line");
		return;
	}
	if ((i = review_find_span(rv, start, end)) >= 0 &&
	    !rv->art->claims[i].dismissed) {
		ui_message(rv->screen->ui, 0,
		    "that sentence is claim %d already",
		    rv->art->claims[i].number);
		rv->sel = i;
		review_keep_list(rv);
		free(text);
		return;
	}
	if (store_add_claim(rv->store, rv->art->id, start, end, text,
	    rv->reviewer, &id, &cause) == -1 ||
	    review_reload(rv, &cause) == -1) {
		free(text);
		review_failed(rv, cause);
		return;
	}
	free(text);
	rv->failed = 0;
	review_after_add(rv, id);
}

/* Case-insensitive (ASCII) unless the pattern has a capital. */
static int
review_match_at(const char *t, const char *p, size_t plen, int icase)
{
	size_t	i;
	int	a, b;

	if (!icase)
		return memcmp(t, p, plen) == 0;
	for (i = 0; i < plen; i++) {
		a = (unsigned char)t[i];
		b = (unsigned char)p[i];
		if (a >= 'A' && a <= 'Z')
			a += 'a' - 'A';
		if (a != b)
			return 0;
	}
	return 1;
}

static int
review_icase(const char *p)
{
	for (; *p != '\0'; p++) {
		if (*p >= 'A' && *p <= 'Z')
			return 0;
	}
	return 1;
}

/*
 * The next match at or after FROM (DIR 1), or the last one before FROM
 * (DIR -1), going round the end; *WRAPPED says it did. -1 when none.
 */
static long
review_search_from(const struct review *rv, size_t from, int dir,
    int *wrapped)
{
	const char	*t = rv->art->text, *p = rv->pattern;
	size_t		 len = rv->art->len, plen = strlen(p), i, last, pass;
	int		 ic = review_icase(p);

	*wrapped = 0;
	if (plen == 0 || plen > len)
		return -1;
	last = len - plen;
	for (pass = 0; pass < 2; pass++) {
		if (dir > 0) {
			for (i = pass ? 0 : from; i <= last; i++) {
				if (review_match_at(t + i, p, plen, ic))
					return (long)i;
			}
		} else {
			for (i = pass ? last + 1 : (from > last + 1 ? last + 1 :
			    from); i > 0; i--) {
				if (review_match_at(t + i - 1, p, plen, ic))
					return (long)i - 1;
			}
		}
		*wrapped = 1;
	}
	return -1;
}

static void
review_search(struct review *rv, int dir)
{
	size_t	s, e, from;
	long	at, i;
	int	wrapped, here;

	if (rv->pattern == NULL) {
		ui_message(rv->screen->ui, 0, "no search yet: / starts one");
		return;
	}
	wrap_row(rv->wrap, &rv->cur, &s, &e);
	here = rv->mvalid && rv->moff >= s && rv->moff < (e > s ? e : s + 1);
	if (dir > 0)
		from = here ? rv->moff + 1 : s;
	else
		from = here ? rv->moff : s;
	if ((at = review_search_from(rv, from, dir, &wrapped)) == -1) {
		rv->mvalid = 0;
		ui_message(rv->screen->ui, 1, "not found: %s", rv->pattern);
		return;
	}
	rv->moff = (size_t)at;
	rv->mlen = strlen(rv->pattern);
	rv->mvalid = 1;
	wrap_find(rv->wrap, rv->moff, &rv->cur);
	e = rv->moff + rv->mlen;
	review_show_range(rv, rv->moff, e, 0);
	if ((i = review_claim_in(rv, rv->moff, e, 1)) >= 0) {
		rv->sel = i;
		review_keep_list(rv);
	}
	ui_message(rv->screen->ui, 0, "/%s%s", rv->pattern,
	    wrapped ? (dir > 0 ? "  (from the top)" : "  (from the end)") :
	    "");
}

static void
review_search_place(void *arg, int *y, int *x, int *w)
{
	struct review	*rv = arg;

	*y = rv->msgline;
	*x = 0;
	*w = COLS;
}

static void
review_search_done(void *arg, const char *text)
{
	struct review	*rv = arg;

	if (text == NULL)
		return;
	if (*text != '\0') {
		free(rv->pattern);
		rv->pattern = xstrdup(text);
		rv->mvalid = 0;
	}
	review_search(rv, 1);
}

static void
review_search_prompt(struct review *rv)
{
	struct prompt_cb	cb = { review_search_place, review_search_done,
				    rv };

	prompt_open(rv->screen->ui, "/", "", &cb);
}

/* A click in the article: the cursor to that row, its claim selected. */
static int
review_click_article(struct review *rv, int y, int x)
{
	struct wrap_pos	 p = rv->top;
	size_t		 off;
	long		 i;

	if (wrap_move(rv->wrap, &p, y - rv->abody.y) != y - rv->abody.y)
		return SCREEN_REDRAW;
	rv->focus = PANE_ARTICLE;
	rv->cur = p;
	off = wrap_offset_at(rv->wrap, &p, x - rv->abody.x - REVIEW_GUTTER);
	if ((i = review_claim_in(rv, off, off + 1, 0)) >= 0 &&
	    !review_passes(rv, &rv->art->claims[i]))
		ui_message(rv->screen->ui, 0, "claim %d is hidden by the "
		    "filter (f)", rv->art->claims[i].number);
	else if ((i = review_claim_in(rv, off, off + 1, 1)) >= 0) {
		rv->sel = i;
		review_keep_list(rv);
	}
	return SCREEN_REDRAW;
}

/* Scrolls the article view N rows; the cursor stays on screen. */
static void
review_scroll(struct review *rv, long n)
{
	long	h = rv->abody.h, d;

	wrap_move(rv->wrap, &rv->top, n);
	if (wrap_cmp(&rv->cur, &rv->top) < 0)
		rv->cur = rv->top;
	d = wrap_distance(rv->wrap, &rv->top, &rv->cur, h - 1);
	if (d > h - 1) {
		rv->cur = rv->top;
		wrap_move(rv->wrap, &rv->cur, h - 1);
	}
}

static int
review_in(const struct rect *r, int y, int x)
{
	return y >= r->y && y < r->y + r->h && x >= r->x && x < r->x + r->w;
}

static int
review_mouse(struct review *rv, const struct ui_event *ev)
{
	int	wheel = 0;
	long	row;

	if (ev->mbuttons & BUTTON4_PRESSED)
		wheel = -3;
	else if (ev->mbuttons & BUTTON5_PRESSED)
		wheel = 3;
	if (wheel != 0 && review_in(&rv->abody, ev->my, ev->mx)) {
		review_scroll(rv, wheel);
		return SCREEN_REDRAW;
	}
	if (wheel != 0) {
		review_move_list(rv, wheel);
		return SCREEN_REDRAW;
	}
	if (!(ev->mbuttons & (BUTTON1_PRESSED | BUTTON1_CLICKED)))
		return 0;
	if (review_in(&rv->abody, ev->my, ev->mx))
		return review_click_article(rv, ev->my, ev->mx);
	if ((row = review_row_at(rv, ev->my)) >= 0 &&
	    ev->mx >= rv->cbody.x && ev->mx < rv->cbody.x + rv->cbody.w) {
		rv->focus = PANE_CLAIMS;
		review_select(rv, rv->vis[row], 1);
		return SCREEN_REDRAW;
	}
	return 0;
}

/* Actions on the selection and the panes. 1 when ACTION was one. */
static int
review_key_move(struct review *rv, enum key_action action)
{
	switch (action) {
	case KA_DOWN:
		review_move(rv, 1);
		break;
	case KA_UP:
		review_move(rv, -1);
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
	case KA_PANE:
		review_switch_pane(rv);
		break;
	case KA_SHOW:
		if (review_need_claim(rv) != NULL)
			review_show_selected(rv, 1);
		break;
	default:
		return 0;
	}
	return 1;
}

/* Changes and the rest. */
static int
review_key_action(struct review *rv, enum key_action action)
{
	switch (action) {
	case KA_VERIFIED:
		review_mark(rv, VERDICT_VERIFIED, 1);
		break;
	case KA_DISPUTED:
		review_mark(rv, VERDICT_DISPUTED, 1);
		break;
	case KA_UNSOURCED:
		review_mark(rv, VERDICT_UNSOURCED, 1);
		break;
	case KA_CLEAR:
		review_mark(rv, VERDICT_NONE, 0);
		break;
	case KA_NOTE:
		review_note_inline(rv);
		break;
	case KA_EDITOR:
		review_note_editor(rv);
		return SCREEN_CLEAR | SCREEN_REDRAW;
	case KA_SEARCH:
		review_search_prompt(rv);
		break;
	case KA_NEXT_MATCH:
		review_search(rv, 1);
		break;
	case KA_PREV_MATCH:
		review_search(rv, -1);
		break;
	case KA_FILTER:
		review_cycle_filter(rv);
		break;
	case KA_MAKE_CLAIM:
		review_make_claim(rv);
		break;
	case KA_DISMISS:
		review_dismiss(rv);
		break;
	case KA_EARLIER:
		review_earlier(rv);
		break;
	case KA_ADOPT:
		review_adopt_key(rv);
		break;
	case KA_UNDO:
		review_undo(rv);
		break;
	case KA_HELP:
		help_open(rv->screen->ui, KEYS_REVIEW);
		break;
	case KA_REDRAW:
		return SCREEN_CLEAR | SCREEN_REDRAW;
	case KA_QUIT:
		return SCREEN_QUIT;
	default:
		return 0;
	}
	return SCREEN_REDRAW;
}

static int
review_key(struct screen *s, const struct ui_event *ev)
{
	struct review		*rv = s->data;
	const struct key_entry	*ke;

	if (ev->mouse)
		return review_mouse(rv, ev);
	if (ev->code == 27)
		return 0;	/* Esc: nothing to leave here */
	if ((ke = keys_find(KEYS_REVIEW, ev->code)) == NULL) {
		ui_message(s->ui, 0, "unknown key: ? lists the keys");
		return SCREEN_REDRAW;
	}
	if (review_key_move(rv, ke->action))
		return SCREEN_REDRAW;
	return review_key_action(rv, ke->action);
}

static void
review_init(struct screen *s)
{
	struct review	*rv = s->data;

	rv->screen = s;
	if (rv->ro)
		ui_message(s->ui, 1, "read-only database: you can read and "
		    "search; changes are refused");
	else if (rv->notice != NULL)
		ui_message(s->ui, 0, "%s", rv->notice);
}

/* A new size: the layout, the wrap width, and the same text in view. */
static void
review_resize(struct screen *s)
{
	struct review	*rv = s->data;
	size_t		 ts = 0, cs = 0, e;

	if (rv->placed) {
		wrap_row(rv->wrap, &rv->top, &ts, &e);
		wrap_row(rv->wrap, &rv->cur, &cs, &e);
	}
	review_layout(rv);
	wrap_set_width(rv->wrap, rv->abody.w - REVIEW_GUTTER);
	wrap_find(rv->wrap, ts, &rv->top);
	wrap_find(rv->wrap, cs, &rv->cur);
	review_keep_list(rv);
	if (!rv->placed) {
		rv->placed = 1;
		review_show_selected(rv, 0);
	}
	review_keep_cursor(rv);
}

static void
review_free_screen(struct screen *s)
{
	review_free(s->data);
}

const struct screen_ops review_ops = {
	"review", review_init, review_draw, review_key, review_resize,
	review_free_screen
};

struct review *
review_new(struct store *store, struct st_article *art,
    const struct ui_opts *opts)
{
	struct review	*rv;
	size_t		 i;

	rv = xcalloc(1, sizeof *rv);
	rv->store = store;
	rv->art = art;
	rv->reviewer = xstrdup(opts->reviewer);
	rv->abbrevs = opts->abbrevs;
	rv->notice = opts->notice != NULL ? xstrdup(opts->notice) : NULL;
	rv->ro = store_readonly(store);
	rv->wrap = wrap_new(art->text, art->len);
	rv->focus = PANE_CLAIMS;
	rv->note_claim = -1;
	rv->sel = -1;
	for (i = 0; i < art->nclaims && rv->sel == -1; i++) {
		if (!art->claims[i].dismissed &&
		    art->claims[i].status == VERDICT_NONE)
			rv->sel = (long)i;
	}
	for (i = 0; i < art->nclaims && rv->sel == -1; i++) {
		if (!art->claims[i].dismissed)
			rv->sel = (long)i;
	}
	review_rebuild(rv);
	return rv;
}

void
review_free(struct review *rv)
{
	if (rv == NULL)
		return;
	review_clear_undo(rv);
	free(rv->undo);
	free(rv->vis);
	free(rv->spans);
	free(rv->pattern);
	wrap_free(rv->wrap);
	st_article_free(rv->art);
	free(rv->reviewer);
	free(rv->notice);
	free(rv);
}
