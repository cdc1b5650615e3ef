/* review.c: the review screen: its life, its filter and its key dispatch. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "segment.h"
#include "rules.h"
#include "store.h"
#include "ui/keys.h"
#include "ui/ui.h"
#include "ui/review.h"
#include "ui/screen.h"
#include "ui/wrap.h"
#include "xmalloc.h"

static const char *review_filter_names[FILTER_COUNT] = {
	[FILTER_ALL] = "all",
	[FILTER_UNREVIEWED] = "unreviewed",
	[FILTER_VERIFIED] = "verified",
	[FILTER_DISPUTED] = "disputed",
	[FILTER_UNSOURCED] = "unsourced",
	[FILTER_STALE] = "stale",
	[FILTER_DROPPED] = "dropped"
};

const char *
review_filter_name(enum review_filter f)
{
	return review_filter_names[f];
}

int
review_passes(const struct review *rv, const struct st_claim *c)
{
	if (c->dismissed)
		/* A claim split or joined is not one a reviewer dropped:
		 * U, not x, brings it back. */
		return rv->filter == FILTER_DROPPED && !c->replaced;
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
	case FILTER_STALE:
		return c->stale_text != NULL;
	case FILTER_DROPPED:
	case FILTER_COUNT:
		break;
	}
	return 0;
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
void
review_rebuild(struct review *rv)
{
	struct st_claim	*c;
	size_t		 i, n = rv->art->nclaims;

	rv->vis = xreallocarray(rv->vis, n + 1, sizeof *rv->vis);
	rv->spans = xreallocarray(rv->spans, n + 1, sizeof *rv->spans);
	rv->nvis = rv->nspans = 0;
	rv->total = rv->reviewed = rv->disputed = rv->stale = rv->maxnum = 0;
	for (i = 0; i < n; i++) {
		c = &rv->art->claims[i];
		if (c->number > rv->maxnum)
			rv->maxnum = c->number;
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
		if (c->stale_text != NULL)
			rv->stale++;
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

void
review_cycle_filter(struct review *rv)
{
	rv->filter = (rv->filter + 1) % FILTER_COUNT;
	review_changed(rv);
	ui_message(rv->screen->ui, 0, "filter: %s (%zu claim%s)",
	    review_filter_name(rv->filter), rv->nvis,
	    rv->nvis == 1 ? "" : "s");
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
	case KA_SOURCE:
		review_source_inline(rv);
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
	case KA_ADVANCE:
		rv->advance = !rv->advance;
		ui_message(rv->screen->ui, 0, "after a verdict: %s",
		    rv->advance ? "the next unreviewed claim" :
		    "stay on the claim");
		break;
	case KA_DETAIL:
		review_detail(rv);
		break;
	case KA_LINK:
		review_links(rv);
		break;
	case KA_SPLIT:
		review_split_start(rv);
		break;
	case KA_JOIN:
		review_join(rv);
		break;
	case KA_HELP:
		help_open(rv->screen->ui, KEYS_REVIEW);
		break;
	case KA_REDRAW:
		return SCREEN_CLEAR | SCREEN_REDRAW;
	case KA_QUIT:
		return rv->from_list ? SCREEN_CLOSE | SCREEN_CLEAR |
		    SCREEN_REDRAW : SCREEN_QUIT;
	default:
		return 0;
	}
	return SCREEN_REDRAW;
}

/* Whether ACTION changes a claim (or makes one). */
static int
review_key_changes(enum key_action action)
{
	switch (action) {
	case KA_VERIFIED:
	case KA_DISPUTED:
	case KA_UNSOURCED:
	case KA_CLEAR:
	case KA_NOTE:
	case KA_SOURCE:
	case KA_EDITOR:
	case KA_MAKE_CLAIM:
	case KA_DISMISS:
	case KA_ADOPT:
	case KA_SPLIT:
	case KA_JOIN:
		return 1;
	default:
		return 0;
	}
}

static int
review_key(struct screen *s, const struct ui_event *ev)
{
	struct review		*rv = s->data;
	const struct key_entry	*ke;
	int			 n;

	if (rv->split >= 0)
		return review_split_key(rv, ev);
	if (ev->mouse) {
		rv->moved_from = 0;
		rv->drop_confirm = rv->adopt_confirm = rv->undo_confirm = 0;
		return review_mouse(rv, ev);
	}
	if (ev->paste != NULL || ev->paste_over > 0) {
		review_paste(rv, ev);
		return SCREEN_REDRAW;
	}
	if (ev->code == 27) {
		/* Esc: nothing to leave here, but a question asked ("y
		 * again replaces ...") is answered no. */
		if (rv->drop_confirm != 0 || rv->adopt_confirm != 0 ||
		    rv->undo_confirm != 0) {
			rv->drop_confirm = rv->adopt_confirm = 0;
			rv->undo_confirm = 0;
			ui_message(s->ui, 0, "nothing done");
			return SCREEN_REDRAW;
		}
		return 0;
	}
	if ((ke = keys_find(KEYS_REVIEW, ev->code)) == NULL) {
		ui_message(s->ui, 0, "unknown key: ? lists the keys");
		return SCREEN_REDRAW;
	}
	if (rv->moved_from != 0 && review_key_changes(ke->action)) {
		n = review_selected(rv) != NULL ? review_selected(rv)->number :
		    0;
		if (n == rv->moved_from)
			ui_message(s->ui, 1, "nothing saved: claim %d changed "
			    "meanwhile, its text is new (the key again works "
			    "on it)", n);
		else
			ui_message(s->ui, 1, "nothing saved: claim %d changed "
			    "meanwhile, claim %d is selected now (the key "
			    "again works on it)", rv->moved_from, n);
		rv->moved_from = 0;
		return SCREEN_REDRAW;
	}
	rv->moved_from = 0;
	if (ke->action != KA_DISMISS)
		rv->drop_confirm = 0;
	if (ke->action != KA_ADOPT)
		rv->adopt_confirm = 0;
	if (ke->action != KA_UNDO)
		rv->undo_confirm = 0;
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
	review_fill_view(rv);
}

/* What other reviewers did, for the one-line notice. */
struct review_news {
	const char	*me;
	char		 who[64];
	int		 number;
	char		 what[64];
	int		 n;		/* changes by others */
	int		 claims;	/* ... on that many claims (at most) */
	int		 last;
	char		 status[24];	/* the last claim's new verdict, ""
					   when not changed */
	int		 undo;		/* the last change was an undo:
					   what it gave back is another's,
					   or none's */
};

static int
review_news_row(const struct st_history *h, void *arg)
{
	struct review_news	*nw = arg;
	const char		*n = h->new != NULL ? h->new : "";

	if (strcmp(h->reviewer, nw->me) == 0 && (h->origin == NULL ||
	    strncmp(h->origin, "re-anchored", 11) != 0))
		return 0;
	/* An orphan placed by an adoption, or again an orphan: a claim of
	 * an earlier revision, whose number is not one on screen; the
	 * verdict the same change gave is the news. */
	if (strcmp(h->field, "claim") == 0 && (strcmp(n, "placed") == 0 ||
	    strcmp(n, "orphan") == 0))
		return 0;
	if (nw->n++ == 0 || strcmp(nw->who, h->reviewer) != 0)
		snprintf(nw->who, sizeof nw->who, "%s", nw->n == 1 ?
		    h->reviewer : "other reviewers");
	if (h->number != nw->last) {
		nw->claims++;
		nw->status[0] = '\0';
	}
	nw->last = nw->number = h->number;
	nw->undo = h->origin != NULL && strncmp(h->origin, "undo", 4) == 0;
	/* A verdict with a note says both: the verdict is the news. */
	if (strcmp(h->field, "status") == 0) {
		snprintf(nw->status, sizeof nw->status, "%s", n);
		snprintf(nw->what, sizeof nw->what, "%s", n);
	} else if (strcmp(h->field, "note") == 0)
		snprintf(nw->what, sizeof nw->what, "%s%snote changed",
		    nw->status, nw->status[0] != '\0' ? ", " : "");
	else if (strcmp(h->field, "dismissed") == 0)
		snprintf(nw->what, sizeof nw->what, "%s", strcmp(n, "1") == 0 ?
		    "dropped" : "back in the panel");
	else if (strcmp(h->field, "source") == 0)
		snprintf(nw->what, sizeof nw->what, "%s%s", *n != '\0' ?
		    "source set to " : "source removed", n);
	else if (strcmp(n, "manual") == 0)
		snprintf(nw->what, sizeof nw->what, "made by hand");
	else
		snprintf(nw->what, sizeof nw->what, "%s", n);
	return 0;
}

/* The orphans of the article now that are not among the NWAS ids WAS. */
static size_t
review_new_orphans(const struct review *rv, const int64_t *was, size_t nwas)
{
	size_t	i, j, n = 0;

	for (i = 0; i < rv->art->norphans; i++) {
		for (j = 0; j < nwas && was[j] != rv->art->orphans[i].id; j++)
			;
		n += j == nwas;
	}
	return n;
}

/*
 * Between keys: when another process changed the database, the article is
 * read again and a notice says who changed what. PRAGMA data_version tells
 * without reading the file, so this costs nothing when nothing changed.
 */
static int
review_poll(struct screen *s)
{
	struct review		*rv = s->data;
	struct review_news	 nw;
	const char		*news;
	int64_t			*was;
	size_t			 orphans = 0, nwas, i;
	int			 dv, rev = rv->art->revision, splitting, err;

	if (store_data_version(rv->store, &dv, NULL) != 0 ||
	    dv == rv->data_version)
		return 0;
	splitting = rv->split >= 0 ? rv->art->claims[rv->split].number : 0;
	nwas = rv->art->norphans;
	was = xreallocarray(NULL, nwas + 1, sizeof *was);
	for (i = 0; i < nwas; i++)
		was[i] = rv->art->orphans[i].id;
	rv->data_version = dv;
	memset(&nw, 0, sizeof nw);
	nw.me = rv->reviewer;
	store_changes(rv->store, rv->art->id, rv->last_history,
	    &rv->last_history, review_news_row, &nw, NULL);
	review_refresh(rv);
	/* A question asked ("y again replaces...", "U again undoes...",
	 * "x again drops...") was about the claims as they were: asked
	 * anew once others changed them. */
	if (nw.n > 0 || rv->art->revision != rev)
		rv->drop_confirm = rv->adopt_confirm = rv->undo_confirm = 0;
	/* Verdicts the new revision had no place for are not on screen:
	 * said, or they would be gone without a word. */
	if (rv->art->revision != rev)
		orphans = review_new_orphans(rv, was, nwas);
	free(was);
	if (rv->art->revision != rev && orphans > 0)
		ui_message(s->ui, 0, "the article was imported again: "
		    "revision %d shows now, %zu verdict%s with no place in it "
		    "(orphans: see claimdesk export)",
		    rv->art->revision, orphans, orphans == 1 ? "" : "s");
	else if (rv->art->revision != rev)
		ui_message(s->ui, 0, "the article was imported again: "
		    "revision %d shows now", rv->art->revision);
	else if (nw.n == 1 || nw.claims == 1)
		/* "back in the panel" is back already: no "again". */
		ui_message(s->ui, 0, "%s: claim %d %s%s", nw.who, nw.number,
		    nw.what, !nw.undo ? "" : strncmp(nw.what, "back ", 5) == 0 ?
		    " (a change undone)" : " again (a change undone)");
	else if (nw.n > 1)
		ui_message(s->ui, 0, "%s changed %d claims (the last: claim "
		    "%d %s)", nw.who, nw.claims, nw.number, nw.what);
	if (splitting && rv->split < 0)
		ui_message(s->ui, 1, "claim %d changed meanwhile%s%s: nothing "
		    "was split", splitting, nw.n > 0 ? ", by " : "",
		    nw.n > 0 ? nw.who : "");
	/* Typing goes on in an editor: the notice of what others did
	 * stays until it closes (never a message of another kind). */
	if (rv->edit_claim >= 0 && (rv->art->revision != rev || nw.n > 0) &&
	    (news = ui_get_message(s->ui, &err)) != NULL && !err)
		snprintf(rv->edit_news, sizeof rv->edit_news, "%s", news);
	return SCREEN_REDRAW;
}

static void
review_free_screen(struct screen *s)
{
	review_free(s->data);
}

const struct screen_ops review_ops = {
	.opaque = 1,
	.name = "review",
	.init = review_init,
	.draw = review_draw,
	.key = review_key,
	.resize = review_resize,
	.poll = review_poll,
	.free = review_free_screen
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
	rv->rules_path = opts->rules_path;
	rv->model_path = opts->model_path;
	rv->notice = opts->notice != NULL ? xstrdup(opts->notice) : NULL;
	rv->ro = store_readonly(store);
	rv->advance = opts->advance;
	rv->wrap = wrap_new(art->text, art->len);
	rv->focus = PANE_CLAIMS;
	rv->edit_claim = -1;
	rv->sel = -1;
	rv->csent = -1;
	rv->split = -1;
	/* The first claim that asks for a look: unreviewed, or its verdict
	 * stale since the text changed. */
	for (i = 0; i < art->nclaims && rv->sel == -1; i++) {
		if (!art->claims[i].dismissed &&
		    (art->claims[i].status == VERDICT_NONE ||
		    art->claims[i].stale_text != NULL))
			rv->sel = (long)i;
	}
	for (i = 0; i < art->nclaims && rv->sel == -1; i++) {
		if (!art->claims[i].dismissed)
			rv->sel = (long)i;
	}
	review_rebuild(rv);
	rv->data_version = art->data_version;
	rv->last_history = art->last_history;
	return rv;
}

void
review_free(struct review *rv)
{
	if (rv == NULL)
		return;
	free(rv->vis);
	free(rv->spans);
	free(rv->pattern);
	wrap_free(rv->wrap);
	sentences_free(rv->sents, rv->nsents);
	st_article_free(rv->art);
	free(rv->reviewer);
	free(rv->notice);
	free(rv->edit_start);
	rules_free(rv->rules);
	free(rv);
}
