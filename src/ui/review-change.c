/* review-change.c: the review screen's changes: verdicts, notes, undo. */
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
#include "ui/wrap.h"
#include "xmalloc.h"

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

struct st_claim *
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

	rv->undo = xgrow(rv->undo, &rv->undocap, rv->nundo, sizeof *rv->undo);
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
void
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

void
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

void
review_note_inline(struct review *rv)
{
	struct prompt_cb	 cb = { .place = review_note_place,
				    .done = review_note_done, .arg = rv };
	struct st_claim		*c;

	if ((c = review_need_claim(rv)) == NULL || review_refuse(rv))
		return;
	rv->note_claim = rv->sel;
	prompt_open(rv->screen->ui, "note: ", c->note, &cb);
}

void
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

void
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

void
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
		case VERDICT_COUNT:
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

void
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
	    "seen before show %s)", c->number, ui_glyph(GLYPH_SEEN));
	return NULL;
}

static void
review_open_earlier(struct review *rv, const struct st_claim *c,
    struct earlier_list *l)
{
	struct earlier_cb	cb = { .adopt = review_adopt, .arg = rv };

	earlier_open(rv->screen->ui, l, c->id, c->number, c->text, &cb);
}

/* "p": the list of earlier verdicts on the selected claim. */
void
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
void
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
	sentences_free(rv->sents, rv->nsents);
	rv->sents = NULL;
	rv->nsents = 0;
	review_clear_undo(rv);
	return 0;
}

/* The article's sentences, as import split them (the same text, the same
 * segmenter and abbreviations): made when first needed. 0, or -1. */
static int
review_sentences(struct review *rv)
{
	struct article	*a;
	char		*cause = NULL;

	if (rv->sents != NULL)
		return 0;
	a = article_from_bytes("article", rv->art->text, rv->art->len,
	    rv->art->len + 1, &cause);
	if (a == NULL) {
		free(cause);
		return -1;
	}
	rv->sents = segment_article(a, rv->abbrevs, &rv->nsents);
	article_free(a);
	return 0;
}

/* The sentence at the cursor: the one covering the row's first non-blank
 * byte, else the first that starts in the row. Returns its index in
 * rv->sents, or -1. */
static long
review_sentence_here(struct review *rv)
{
	const char	*t = rv->art->text;
	size_t		 rs, re, pos, i;

	if (review_sentences(rv) == -1)
		return -1;
	wrap_row(rv->wrap, &rv->cur, &rs, &re);
	for (pos = rs; pos < re && (t[pos] == ' ' || t[pos] == '\t'); pos++)
		;
	i = segment_find(rv->sents, rv->nsents, pos);
	if (i == rv->nsents || (rv->sents[i].start > pos &&
	    rv->sents[i].start >= re))
		return -1;
	return (long)i;
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

void
review_make_claim(struct review *rv)
{
	struct sentence	*sv;
	char		*cause = NULL;
	int64_t		 id;
	long		 i;

	if (rv->focus != PANE_ARTICLE) {
		ui_message(rv->screen->ui, 0,
		    "m works in the article pane: Tab, then move to the "
		    "sentence");
		return;
	}
	if (review_refuse(rv))
		return;
	if ((i = review_sentence_here(rv)) == -1) {
		ui_message(rv->screen->ui, 1, "no sentence on this line");
		return;
	}
	sv = &rv->sents[i];
	if ((i = review_find_span(rv, sv->start, sv->end)) >= 0 &&
	    !rv->art->claims[i].dismissed) {
		ui_message(rv->screen->ui, 0,
		    "that sentence is claim %d already",
		    rv->art->claims[i].number);
		rv->sel = i;
		review_keep_list(rv);
		return;
	}
	if (store_add_claim(rv->store, rv->art->id, sv->start, sv->end,
	    sv->text, rv->reviewer, &id, &cause) == -1 ||
	    review_reload(rv, &cause) == -1) {
		review_failed(rv, cause);
		return;
	}
	rv->failed = 0;
	review_after_add(rv, id);
}
