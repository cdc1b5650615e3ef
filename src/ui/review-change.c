/* review-change.c: the review screen's changes: verdicts, notes, undo. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "attrib.h"
#include "extract.h"
#include "feature.h"
#include "rules.h"
#include "segment.h"
#include "store.h"
#include "ui/detail.h"
#include "ui/earlier.h"
#include "ui/keys.h"
#include "ui/review.h"
#include "ui/screen.h"
#include "ui/wrap.h"
#include "utf8.h"
#include "xmalloc.h"

/*
 * Every change is made against the claim's version as the screen shows it.
 * The store refuses it when another reviewer changed the claim since (or an
 * import changed the article): the screen then reads the article again, so
 * that it shows what is saved, and says who changed what.
 */

/* Refuses a change on a read-only database; 1 when refused. */
int
review_refuse(struct review *rv)
{
	if (!rv->ro)
		return 0;
	ui_message(rv->screen->ui, 1,
	    "read-only database: nothing was changed");
	return 1;
}

struct st_claim *
review_need_claim(struct review *rv)
{
	size_t	s, e;
	long	i;

	if (rv->focus == PANE_ARTICLE && review_cursor_span(rv, &s, &e)) {
		if ((i = review_claim_in(rv, s, e, 1)) >= 0)
			return &rv->art->claims[i];
		if ((i = review_claim_in(rv, s, e, 0)) >= 0)
			ui_message(rv->screen->ui, 1, "claim %d is hidden by the "
			    "filter (f shows it)", rv->art->claims[i].number);
		else
			ui_message(rv->screen->ui, 1, "this sentence is not a "
			    "claim (m makes it one)");
		return NULL;
	}
	if (review_selected(rv) == NULL) {
		ui_message(rv->screen->ui, 1, "no claim selected");
		return NULL;
	}
	return &rv->art->claims[rv->sel];
}

void
review_change_of(const struct review *rv, const struct st_claim *c,
    struct st_change *ch)
{
	memset(ch, 0, sizeof *ch);
	ch->reviewer = rv->reviewer;
	ch->version = c != NULL ? c->version : -1;
	ch->expect = -1;
}

int
review_saved(struct review *rv, int rc, char *cause)
{
	if (rc >= 0) {
		rv->failed = 0;
		return 1;
	}
	/* A change refused for what it asked ("both have a verdict"),
	 * or for another's change meanwhile (the screen read again), leaves
	 * nothing unsaved: the screen shows what is saved, the message
	 * tells of the refusal. A store that cannot write does. */
	if (rc == STORE_CONFLICT)
		review_refresh(rv);
	rv->failed = rc != STORE_CONFLICT && !store_refused(rv->store);
	ui_message(rv->screen->ui, 1, "not saved: %s",
	    cause != NULL ? cause : "unknown error");
	free(cause);
	return 0;
}

/* Records that claim C was just changed by this reviewer, to VERSION;
 * MINE: the verdict is now the reviewer's (a status given, or a note
 * where there is none), as the store keeps it. */
static void
review_touch(struct review *rv, struct st_claim *c, int version, int mine)
{
	char	now[32];

	store_now(now, sizeof now);
	if (mine) {
		free(c->reviewer);
		c->reviewer = xstrdup(rv->reviewer);
	}
	free(c->updated_at);
	c->updated_at = xstrdup(now);
	c->version = version;
	/* This screen's own change is no news to it. */
	store_changes(rv->store, rv->art->id, rv->last_history,
	    &rv->last_history, NULL, NULL, NULL);
}

void
review_changed(struct review *rv)
{
	long	old = rv->sel;

	review_rebuild(rv);
	review_keep_list(rv);
	/* In the article pane the cursor stays on its sentence. */
	if (rv->sel != old && rv->focus == PANE_CLAIMS)
		review_show_selected(rv, 0);
}

/* After claim C's verdict went from OLD (stale or not) to what it is now:
 * the counts, and the list only when the filter depends on verdicts (a key
 * costs the same whatever the article's size). */
static void
review_verdict_changed(struct review *rv, const struct st_claim *c,
    enum verdict old, int was_stale)
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
	rv->stale += (c->stale_text != NULL) - (was_stale != 0);
}

static void	review_advance(struct review *, const struct st_claim *,
		    const char *);

/* The first earlier verdict linked to claim C that is another than C's. */
struct other_verdict {
	enum verdict	 status;
	int64_t		 article;
	int		 revision;
	int		 found;
};

static int
review_other_cb(const struct st_match *m, void *arg)
{
	struct other_verdict	*o = arg;

	if (m->status == VERDICT_NONE || m->status == o->status)
		return 0;
	o->status = m->status;
	o->article = m->article;
	o->revision = m->revision;
	o->found = 1;
	return 1;
}

/* What the message says after "saved" of claim C's verdict when an earlier
 * verdict linked to it as the same claim is another: "; the same claim is
 * verified in article 2 (p)", "p" only when C stays selected (STAYS);
 * else "". Owned by the caller. */
static char *
review_other_verdict(struct review *rv, const struct st_claim *c, int stays)
{
	struct other_verdict	 o = { .status = c->status };
	char			*cause = NULL, *where, *said;

	if (c->matches == 0 || c->status == VERDICT_NONE ||
	    store_matches(rv->store, c->id, review_other_cb, &o, &cause) != 0 ||
	    !o.found) {
		free(cause);
		return xstrdup("");
	}
	where = o.article == rv->art->id ?
	    xasprintf("revision %d of this article", o.revision) :
	    xasprintf("article %lld", (long long)o.article);
	said = xasprintf("; the same claim is %s in %s%s",
	    verdict_name(o.status), where, stays ? " (p)" : "");
	free(where);
	return said;
}

void
review_mark(struct review *rv, enum verdict v, int toggle)
{
	struct st_change	 ch;
	struct st_claim		*c;
	enum verdict		 nv, old;
	const char		*how;
	char			*other, *saved, *cause = NULL;
	int			 version = 0, stale, rc;

	if ((c = review_need_claim(rv)) == NULL || review_refuse(rv))
		return;
	/* On a stale verdict the same key confirms it on the new text. */
	stale = c->stale_text != NULL;
	nv = toggle && !stale && c->status == v ? VERDICT_NONE : v;
	if (nv == c->status && !stale) {
		ui_message(rv->screen->ui, 0, "claim %d is already %s",
		    c->number, verdict_name(nv));
		return;
	}
	review_change_of(rv, c, &ch);
	rc = store_set_verdict(rv->store, c->id, (int)nv,
	    NULL, &ch, &version, &cause);
	if (!review_saved(rv, rc, cause))
		return;
	old = c->status;
	c->status = nv;
	free(c->stale_text);
	c->stale_text = NULL;
	review_touch(rv, c, version, 1);
	/* A stale verdict cleared was confirmed on nothing. */
	how = stale && nv != VERDICT_NONE ? " on its text as it is now" : "";
	other = review_other_verdict(rv, c, !rv->advance ||
	    nv == VERDICT_NONE);
	saved = xasprintf("%s, saved%s", how, other);
	free(other);
	ui_message(rv->screen->ui, 0, "claim %d: %s%s", c->number,
	    verdict_name(nv), saved);
	review_verdict_changed(rv, c, old, stale);
	if (rv->advance && nv != VERDICT_NONE)
		review_advance(rv, c, saved);
	free(saved);
}

/*
 * After a verdict on claim DONE (SAVED: what the message says after the
 * verdict, ", saved" and more): selects the next claim of the list that has none
 * (stale counts as none), after DONE and then from the top, and says so;
 * or says that every claim of the list has one.
 */
static void
review_advance(struct review *rv, const struct st_claim *done,
    const char *saved)
{
	const struct st_claim	*c;
	size_t			 at, i, k;
	size_t			 d = (size_t)(done - rv->art->claims);

	for (at = 0; at < rv->nvis && rv->vis[at] <= d; at++)
		;
	for (k = 0; k < rv->nvis; k++) {
		i = (at + k) % rv->nvis;
		c = &rv->art->claims[rv->vis[i]];
		if (rv->vis[i] == d)
			continue;
		if (c->status == VERDICT_NONE || c->stale_text != NULL) {
			/* Said, so that a note written next is known to go
			 * on the claim selected now, not on the one marked. */
			ui_message(rv->screen->ui, 0, "claim %d: %s%s; now "
			    "claim %d (next %s)", done->number,
			    verdict_name(done->status), saved, c->number,
			    c->status == VERDICT_NONE ? "unreviewed" :
			    "stale: its verdict to confirm");
			review_select(rv, rv->vis[i], 1);
			return;
		}
	}
	ui_message(rv->screen->ui, 0, "claim %d: %s%s; every claim in the "
	    "list has a verdict", done->number, verdict_name(done->status),
	    saved);
}

static void	review_inline_text(struct review *, int64_t, int,
		    const char *, const char *);

/*
 * The editor again on claim ID, else the claim numbered NUMBER (an import
 * or a split gave it another id), with the TEXT the reviewer wrote, after
 * it could not be saved (WHY); with the claim gone, the message line shows
 * the text. When it was CHANGED meanwhile, the message shows what is
 * saved now.
 */
static void
review_edit_again(struct review *rv, int64_t id, int number, int source,
    const char *text, const char *why, int changed)
{
	const struct st_claim	*c;
	const char		*now;
	char			*shown, *who = NULL;
	size_t			 i;

	if (review_find_id(rv, id) == -1) {
		for (i = 0; i < rv->art->nclaims; i++) {
			if (rv->art->claims[i].number == number &&
			    !rv->art->claims[i].dismissed)
				break;
		}
		if (i == rv->art->nclaims) {
			ui_message(rv->screen->ui, 1, "not saved: %s; claim %d "
			    "is gone, your %s was: %s", why, number, source ?
			    "source" : "note", text);
			return;
		}
		id = rv->art->claims[i].id;
	}
	review_inline_text(rv, id, source, text, source ?
	    "your source, not saved: " : "your note, not saved: ");
	rv->edit_unsaved = rv->edit_draft = 1;
	c = &rv->art->claims[review_find_id(rv, id)];
	now = source ? c->source : c->note;
	/* What is saved now, which the editor hides and Enter would write
	 * over, first: the message line may not show all. */
	if (changed && now != NULL && *now != '\0' && strcmp(now, text) != 0) {
		shown = segment_collapse(now, strlen(now));
		/* Who wrote it: one's own, as saved before (an import
		 * carried it on), is no news; what changed is. */
		if (!source && store_note_writer(rv->store, c->id, now, &who,
		    NULL) == 0 && who != NULL &&
		    strcmp(who, rv->reviewer) == 0)
			ui_message(rv->screen->ui, 1, "not saved: %s; claim "
			    "%d's note is still yours as saved: \"%s\" (Enter "
			    "saves this over it)", why, c->number, shown);
		else if (who != NULL)
			ui_message(rv->screen->ui, 1, "not saved: %s wrote "
			    "claim %d's note: \"%s\" (Enter saves yours over "
			    "it)", who, c->number, shown);
		else
			ui_message(rv->screen->ui, 1, "not saved: claim %d's "
			    "%s is now \"%s\" (Enter saves yours over it); %s",
			    c->number, source ? "source" : "note", shown, why);
		free(who);
		free(shown);
	} else
		ui_message(rv->screen->ui, 1, "not saved: %s", why);
}

/*
 * review_saved() for an edit of claim ID, number NUMBER (its SOURCE or
 * note) to TEXT: when it was not saved, the editor opens again with what
 * the reviewer wrote, so that nothing typed is lost. When it was made
 * against a version gone, the screen is read again first, the editor on
 * the claim by its number when an import or a split gave it another id;
 * it is then made against what is saved. With the claim gone, the message
 * line shows the text.
 */
static int
review_edit_saved(struct review *rv, int rc, char *cause, int64_t id,
    int number, int source, const char *text)
{
	if (rc >= 0)
		return review_saved(rv, rc, cause);
	/* What was typed waits in the editor, for Enter again; made
	 * against a version gone, after the screen is read again. */
	rv->failed = 1;
	if (rc == STORE_CONFLICT)
		review_refresh(rv);
	review_edit_again(rv, id, number, source, text, cause != NULL ? cause :
	    "unknown error", rc == STORE_CONFLICT);
	free(cause);
	return 0;
}

/* Saves TEXT as the note of claim I, against the claim's VERSION. */
static void
review_save_note(struct review *rv, size_t i, const char *text, int version)
{
	struct st_change	 ch;
	struct st_claim		*c = &rv->art->claims[i];
	char			*cause = NULL;
	int64_t			 id = c->id;
	int			 number = c->number, rc;

	if (strcmp(text, c->note) == 0) {
		ui_message(rv->screen->ui, 0, "note unchanged");
		return;
	}
	review_change_of(rv, c, &ch);
	ch.version = version;
	/* Another's verdict meanwhile, which the screen shows, leaves the
	 * note as it was: saved over it (the store checks). */
	ch.since = rv->edit_since;
	ch.allow = ST_ALLOW_STATUS;
	rc = store_set_verdict(rv->store, c->id, -1, text,
	    &ch, &version, &cause);
	if (!review_edit_saved(rv, rc, cause, id, number, 0, text))
		return;
	free(c->note);
	c->note = xstrdup(text);
	review_touch(rv, c, version, c->status == VERDICT_NONE ||
	    c->reviewer == NULL);
	ui_message(rv->screen->ui, 0, "claim %d: note saved", c->number);
}

/* The claim whose note is edited inline, by id (the screen may be read
 * again meanwhile); -1 when it is gone. */
long
review_find_id(const struct review *rv, int64_t id)
{
	size_t	i;

	if (rv->sel >= 0 && rv->art->claims[rv->sel].id == id)
		return rv->sel;
	for (i = 0; i < rv->art->nclaims; i++) {
		if (rv->art->claims[i].id == id)
			return (long)i;
	}
	return -1;
}

static void
review_note_place(void *arg, int *y, int *x, int *w)
{
	struct review	*rv = arg;

	*y = rv->note_y > rv->cinfo.y && rv->note_y < rv->cinfo.y +
	    rv->cinfo.h ? rv->note_y : rv->cinfo.y + rv->cinfo.h - 1;
	*x = rv->cinfo.x;
	*w = rv->cinfo.w;
}

/* Saves TEXT (trimmed; empty for none) as the source of claim I, against
 * the claim's VERSION. */
static void
review_save_source(struct review *rv, size_t i, const char *text,
    int version)
{
	struct st_change	 ch;
	struct st_claim		*c = &rv->art->claims[i], fresh;
	char			*src, *shown, *cause = NULL, *name, *role;
	const char		*kind = NULL, *problem;
	int64_t			 id = c->id;
	size_t			 n;
	int			 number = c->number, rc;

	while (utf8_space_len(text, strnlen(text, 4)) > 0)
		text += utf8_space_len(text, strnlen(text, 4));
	src = xstrdup(text);
	for (n = strlen(src); n > 0 && (src[n - 1] == ' ' ||
	    src[n - 1] == '\t'); n--)
		src[n - 1] = '\0';
	shown = st_source_text(c->source, c->source_role);
	if ((shown == NULL && *src == '\0') ||
	    (shown != NULL && strcmp(shown, src) == 0)) {
		ui_message(rv->screen->ui, 0, "source unchanged");
		free(shown);
		free(src);
		return;
	}
	free(shown);
	if ((problem = st_source_problem(src)) != NULL) {
		rv->failed = 1;
		review_edit_again(rv, id, number, 1, src, problem, 0);
		free(src);
		return;
	}
	/* A new name's kind, as the attribution pass would read it. */
	if (*src != '\0') {
		st_source_split(src, &name, &role);
		kind = attrib_kind_name(attrib_kind_of(name));
		free(name);
		free(role);
	}
	review_change_of(rv, c, &ch);
	ch.version = version;
	ch.since = rv->edit_since;
	ch.allow = ST_ALLOW_STATUS | ST_ALLOW_NOTE;
	rc = store_set_source(rv->store, c->id, *src != '\0' ? src : NULL,
	    kind, &ch, &version, &cause);
	if (!review_edit_saved(rv, rc, cause, id, number, 1, src)) {
		free(src);
		return;
	}
	/* The role and kind the store kept for it. */
	if (store_claim_load(rv->store, c->id, &fresh, &cause) == 0) {
		free(c->source);
		free(c->source_role);
		free(c->source_kind);
		c->source = fresh.source;
		c->source_role = fresh.source_role;
		c->source_kind = fresh.source_kind;
		c->source_edited = 1;
		fresh.source = fresh.source_role = fresh.source_kind = NULL;
		st_claim_clear(&fresh);
	} else
		free(cause);
	review_touch(rv, c, version, 0);
	ui_message(rv->screen->ui, 0, "claim %d: %s, saved", c->number,
	    *src != '\0' ? "source set" : "no source");
	free(src);
}

static void
review_edit_done(void *arg, const char *text)
{
	struct review	*rv = arg;
	long		 i = review_find_id(rv, rv->edit_claim);
	int		 source = rv->edit_source, unsaved = rv->edit_unsaved;

	/* Saving may open the editor again: this one is done. A key
	 * pressed in it was the reviewer's own act on the claim: the
	 * selection moved meanwhile asks no more. */
	rv->edit_claim = -1;
	rv->edit_news[0] = '\0';
	rv->edit_unsaved = 0;
	rv->edit_draft = 0;
	free(rv->edit_start);
	rv->edit_start = NULL;
	rv->moved_from = 0;
	if (text == NULL && unsaved) {
		/* What could not be saved is let go: nothing is unsaved. */
		rv->failed = 0;
		ui_message(rv->screen->ui, 0, "%s not changed: what you wrote "
		    "is let go", source ? "source" : "note");
	} else if (text == NULL)
		ui_message(rv->screen->ui, 0, "%s not changed", source ?
		    "source" : "note");
	else if (i == -1) {
		/* Read again meanwhile: an import or a split. What was
		 * typed waits in the editor, not saved. */
		rv->failed = 1;
		review_edit_again(rv, -1, rv->edit_number, source, text,
		    "the article changed while you wrote (imported again, or "
		    "the claim split or joined)", 1);
	} else if (source)
		review_save_source(rv, (size_t)i, text, rv->edit_version);
	else
		review_save_note(rv, (size_t)i, text, rv->edit_version);
}

/* Follows the editor's text: a draft once it differs from what it
 * opened on, for the status line not to say "saved" of it. */
static void
review_edit_change(void *arg, const char *text)
{
	struct review	*rv = arg;

	rv->edit_draft = rv->edit_unsaved || rv->edit_start == NULL ||
	    strcmp(text, rv->edit_start) != 0;
}

/* The inline editor on the note of claim ID, or its SOURCE (one line),
 * starting from TEXT, LABEL before it (NULL: the usual); made against the
 * claim's version now. */
static void
review_inline_text(struct review *rv, int64_t id, int source,
    const char *text, const char *label)
{
	struct prompt_cb	 cb = { .place = review_note_place,
				    .done = review_edit_done,
				    .change = review_edit_change, .arg = rv,
				    .multiline = !source };
	long			 i = review_find_id(rv, id);

	if (i == -1)
		return;
	rv->edit_claim = id;
	rv->edit_source = source;
	rv->edit_version = rv->art->claims[i].version;
	rv->edit_number = rv->art->claims[i].number;
	rv->edit_since = rv->last_history;
	free(rv->edit_start);
	rv->edit_start = xstrdup(text != NULL ? text : "");
	rv->edit_draft = 0;
	if (label == NULL)
		label = source ? "source: " : "note: ";
	prompt_open(rv->screen->ui, label, text, &cb);
}

/* The inline editor on the claim's note, or its SOURCE. */
static void
review_inline(struct review *rv, int source)
{
	struct st_claim	*c;
	char		*text;

	if ((c = review_need_claim(rv)) == NULL || review_refuse(rv))
		return;
	/* The source as the detail line shows it, its role in brackets. */
	text = source ? st_source_text(c->source, c->source_role) : NULL;
	review_inline_text(rv, c->id, source, source ? (text != NULL ? text :
	    "") : c->note, NULL);
	free(text);
}

void
review_note_inline(struct review *rv)
{
	review_inline(rv, 0);
}

void
review_source_inline(struct review *rv)
{
	review_inline(rv, 1);
}

void
review_note_editor(struct review *rv)
{
	struct st_claim	*c;
	char		*text, *cause = NULL;
	int64_t		 id;
	long		 i;
	int		 version;

	if ((c = review_need_claim(rv)) == NULL || review_refuse(rv))
		return;
	id = c->id;
	version = c->version;
	if ((text = review_run_editor(rv->screen->ui, c->note,
	    &cause)) == NULL) {
		ui_message(rv->screen->ui, 1, "%s", cause);
		free(cause);
		return;
	}
	if ((i = review_find_id(rv, id)) == -1)
		ui_message(rv->screen->ui, 1, "not saved: the claim is gone");
	else
		review_save_note(rv, (size_t)i, text, version);
	free(text);
}

/* "x": drops the selected claim from the panel, or (in the dropped list)
 * brings it back. */
void
review_dismiss(struct review *rv)
{
	struct st_change	 ch;
	struct st_claim		*c;
	char			*cause = NULL;
	int			 version = 0, drop, rc;

	if ((c = review_need_claim(rv)) == NULL || review_refuse(rv))
		return;
	drop = !c->dismissed;
	/* Another reviewer's verdict leaves every report with the claim,
	 * and only they could undo it: x again, at once, says so. */
	if (drop && c->status != VERDICT_NONE && c->reviewer != NULL &&
	    strcmp(c->reviewer, rv->reviewer) != 0 &&
	    rv->drop_confirm != c->id) {
		rv->drop_confirm = c->id;
		ui_message(rv->screen->ui, 0, "claim %d has %s's verdict (%s): "
		    "x again drops it, with the verdict", c->number,
		    c->reviewer, verdict_name(c->status));
		return;
	}
	rv->drop_confirm = 0;
	review_change_of(rv, c, &ch);
	rc = store_set_dismissed(rv->store, c->id, drop, &ch,
	    &version, &cause);
	if (!review_saved(rv, rc, cause))
		return;
	c->dismissed = drop;
	/* Dropped now by the reviewer, whatever replaced it before. */
	if (drop)
		c->replaced = 0;
	review_touch(rv, c, version, 0);
	if (drop)
		ui_message(rv->screen->ui, 0, "claim %d dropped from the "
		    "panel, saved (U brings it back)", c->number);
	else
		ui_message(rv->screen->ui, 0, "claim %d is back in the panel, "
		    "saved", c->number);
	review_changed(rv);
}

void
review_undo(struct review *rv)
{
	struct st_change	 ch;
	char			*said = NULL, *cause = NULL;
	int64_t			 claim = 0;
	int			 rc;

	if (review_refuse(rv))
		return;
	review_change_of(rv, NULL, &ch);
	rc = store_undo(rv->store, rv->art->id, &ch, rv->undo_confirm, &claim,
	    &said, &cause);
	rv->undo_confirm = rc == STORE_UNDO_ASK;
	if (rc == STORE_UNDO_ASK) {
		ui_message(rv->screen->ui, 0, "%s", said);
		free(said);
		return;
	}
	if (rc == 0) {
		ui_message(rv->screen->ui, 0, "%s", said != NULL ? said :
		    "nothing of yours to undo in this article");
		free(said);
		return;
	}
	/* Every change of yours left is another's now: nothing to save
	 * failed, so no "not saved". */
	if (rc == STORE_CONFLICT) {
		review_refresh(rv);
		rv->failed = 0;
		ui_message(rv->screen->ui, 1, "U: %s", cause != NULL ? cause :
		    "nothing was undone");
		free(cause);
		return;
	}
	if (!review_saved(rv, rc, cause))
		return;
	review_reselect(rv, claim);
	ui_message(rv->screen->ui, 0, "undone: %s, saved", said);
	free(said);
}

long
review_reselect(struct review *rv, int64_t id)
{
	long	i;

	review_refresh(rv);
	/* This screen's own change is no news to it, nor a selection moved
	 * by it. */
	rv->moved_from = 0;
	store_changes(rv->store, rv->art->id, rv->last_history,
	    &rv->last_history, NULL, NULL, NULL);
	if ((i = review_find_id(rv, id)) == -1)
		return -1;
	rv->sel = i;
	review_rebuild(rv);
	review_keep_list(rv);
	if (review_lsel(rv) < rv->nvis)
		review_show_selected(rv, 0);
	return i;
}

/* Reads claim I again from the store after a change made there. */
static void
review_reread(struct review *rv, size_t i)
{
	struct st_claim	*c = &rv->art->claims[i], n;
	char		*cause = NULL;

	if (store_claim_load(rv->store, c->id, &n, &cause) != 0) {
		free(cause);
		review_refresh(rv);
		return;
	}
	c->status = n.status;
	c->dismissed = n.dismissed;
	c->version = n.version;
	free(c->note);
	c->note = n.note;
	free(c->stale_text);
	c->stale_text = n.stale_text;
	free(c->reviewer);
	c->reviewer = n.reviewer;
	free(c->updated_at);
	c->updated_at = n.updated_at;
	n.note = n.stale_text = n.reviewer = n.updated_at = NULL;
	st_claim_clear(&n);
}

/*
 * Whether adopting IT on claim C would replace a verdict or note of its own
 * that differs: the first "y" then says what goes, and only "y" again, on
 * the same earlier verdict, adopts it.
 */
static int
review_adopt_asks(struct review *rv, const struct st_claim *c,
    const struct earlier_item *it)
{
	int	own_verdict, own_note;

	own_verdict = c->status != VERDICT_NONE && c->status != it->status;
	own_note = c->note != NULL && c->note[0] != '\0' &&
	    /* one adopted from a verdict published elsewhere is not */
	    strncmp(c->note, ST_ADOPTED_NOTE, strlen(ST_ADOPTED_NOTE)) != 0 &&
	    (it->claim < 0 || strcmp(c->note, it->note) != 0);
	if (!own_verdict && !own_note) {
		rv->adopt_confirm = 0;
		return 0;
	}
	if (rv->adopt_confirm == c->id && rv->adopt_from == it->claim &&
	    rv->adopt_asked_main == rv->adopt_main) {
		rv->adopt_confirm = 0;
		return 0;
	}
	rv->adopt_confirm = c->id;
	rv->adopt_from = it->claim;
	rv->adopt_asked_main = rv->adopt_main;
	if (own_verdict && own_note)
		ui_message(rv->screen->ui, 0, "claim %d is %s, with a note: "
		    "y again replaces both with the verdict adopted (%s)",
		    c->number, verdict_name(c->status),
		    verdict_name(it->status));
	else if (own_verdict)
		ui_message(rv->screen->ui, 0, "claim %d is %s: y again makes "
		    "it %s, adopted", c->number, verdict_name(c->status),
		    verdict_name(it->status));
	else
		ui_message(rv->screen->ui, 0, "claim %d has a note: y again "
		    "replaces it with the note adopted", c->number);
	return 1;
}

/*
 * Adopts earlier verdict IT on claim CLAIM (SPEC §8): the store copies its
 * verdict and note in one committed change, and only then does the panel
 * show them. 0, or -1 with the message saying why.
 */
static int
review_adopt(void *arg, int64_t claim, const struct earlier_item *it)
{
	struct review		*rv = arg;
	struct st_change	 ch;
	struct st_claim		*c;
	enum verdict		 old;
	char			*cause = NULL;
	long			 i;
	int			 version = 0, stale, rc;

	if (review_refuse(rv))
		return -1;
	if ((i = review_find_id(rv, claim)) == -1) {
		ui_message(rv->screen->ui, 1,
		    "cannot adopt: the claim is gone");
		return -1;
	}
	c = &rv->art->claims[i];
	if (earlier_refuse(rv->screen->ui, it))
		return -1;
	if (it->claim > 0 && it->status == VERDICT_NONE &&
	    it->note[0] == '\0') {
		ui_message(rv->screen->ui, 1, "claim %d of that article has no "
		    "verdict now: nothing to adopt", it->number);
		return -1;
	}
	if (review_adopt_asks(rv, c, it))
		return -1;
	review_change_of(rv, c, &ch);
	if (it->claim < 0)
		rc = store_adopt_imported(rv->store, c->id, -it->claim,
		    it->percent / 100.0, &ch, &version, &cause);
	else
		rc = store_adopt(rv->store, c->id, it->claim, &ch, &version,
		    &cause);
	if (!review_saved(rv, rc, cause))
		return -1;
	if (version == c->version) {
		ui_message(rv->screen->ui, 0, "claim %d has that verdict and "
		    "note already", c->number);
		return 0;
	}
	old = c->status;
	stale = c->stale_text != NULL;
	review_reread(rv, (size_t)i);
	c = &rv->art->claims[i];
	review_touch(rv, c, c->version, 1);
	review_verdict_changed(rv, c, old, stale);
	/* A candidate no link was made for is named by its id. */
	if (it->claim < 0)
		ui_message(rv->screen->ui, 0, "claim %d: %s, saved (adopted "
		    "from the verdict published %s%s%s%s%s; U undoes)",
		    c->number, verdict_name(c->status), it->reviewer != NULL ?
		    "by " : "elsewhere", it->reviewer != NULL ? it->reviewer :
		    "", it->note[0] != '\0' ? ", rated \"" : "", it->note,
		    it->note[0] != '\0' ? "\"" : "");
	else if (it->linked)
		ui_message(rv->screen->ui, 0, "claim %d: %s, saved (adopted "
		    "from claim %d of \"%s\"; U undoes)", c->number,
		    verdict_name(c->status), it->number, it->title);
	else
		ui_message(rv->screen->ui, 0, "claim %d: %s, saved (adopted "
		    "from %s; U undoes)", c->number, verdict_name(c->status),
		    it->title);
	/* An orphan of the article adopted back is one no more: read the
	 * article again, for the status line's count. */
	if (rv->art->norphans > 0)
		review_reselect(rv, c->id);
	return 0;
}

/* The earlier verdicts on claim C, or NULL with the message saying why. */
static struct earlier_list *
review_load_earlier(struct review *rv, const struct st_claim *c)
{
	struct earlier_list	*l;
	char			*cause = NULL;

	if (c->matches > 0) {
		if ((l = earlier_load(rv->store, c->id, c->text, &cause)) == NULL) {
			ui_message(rv->screen->ui, 1, "cannot read the earlier "
			    "verdicts: %s", cause != NULL ? cause : "?");
			free(cause);
			return NULL;
		}
		if (l->n > 0)
			return l;
		earlier_free(l);
	}
	if (c->matches > 0)
		/* Its links are gone since the pane counted them. */
		ui_message(rv->screen->ui, 0, "claim %d: its earlier verdicts "
		    "are no longer linked (p lists those like it)", c->number);
	else
		ui_message(rv->screen->ui, 0, "claim %d: no earlier verdict "
		    "linked to adopt (claims seen before show %s; p lists "
		    "those like it)", c->number, ui_glyph(GLYPH_SEEN));
	return NULL;
}

static void
review_open_earlier(struct review *rv, const struct st_claim *c,
    struct earlier_list *l)
{
	struct earlier_cb	cb = { .adopt = review_adopt, .arg = rv };

	/* "y again" is asked anew in each list opened (Esc leaves one
	 * without a word to the screen below). */
	rv->adopt_confirm = 0;
	earlier_open(rv->screen->ui, l, c->id, c->number, c->text, &cb);
}

static long	review_sentence_here(struct review *);
static long	review_find_span(const struct review *, size_t, size_t);

/* Says the earlier verdicts cannot be read (CAUSE); frees L and CAUSE. */
static void
review_earlier_failed(struct review *rv, struct earlier_list *l, char *cause)
{
	ui_message(rv->screen->ui, 1, "cannot read the earlier verdicts: %s",
	    cause != NULL ? cause : "?");
	free(cause);
	earlier_free(l);
}

/* "p" in the article pane: for a claim, as in the claims pane; for any
 * other sentence, the earlier verdicts retrieval ranks highest for it, to
 * read (a claim made of it with m can adopt one). */
static void
review_earlier_sentence(struct review *rv)
{
	struct earlier_cb	 cb = { .adopt = review_adopt, .arg = rv };
	struct earlier_list	*l;
	const struct sentence	*sv;
	char			*cause = NULL;
	long			 i;

	if ((i = review_sentence_here(rv)) == -1) {
		ui_message(rv->screen->ui, 1, "no sentence on this line");
		return;
	}
	sv = &rv->sents[i];
	if ((i = review_find_span(rv, sv->start, sv->end)) >= 0 &&
	    !rv->art->claims[i].dismissed) {
		rv->sel = i;
		review_keep_list(rv);
		rv->focus = PANE_CLAIMS;
		review_earlier(rv);
		rv->focus = PANE_ARTICLE;
		return;
	}
	l = xcalloc(1, sizeof *l);
	if (earlier_add_ranked(rv->store, l, -1, rv->art, sv->text,
	    &cause) == -1) {
		review_earlier_failed(rv, l, cause);
		return;
	}
	if (l->n == 0) {
		earlier_free(l);
		ui_message(rv->screen->ui, 0, "no earlier verdicts like this "
		    "sentence");
		return;
	}
	earlier_open(rv->screen->ui, l, -1, 0, sv->text, &cb);
}

/* "p": the earlier verdicts linked to the selected claim, then the ones
 * retrieval ranks highest for it below the link threshold, to read. */
void
review_earlier(struct review *rv)
{
	struct st_claim		*c;
	struct earlier_list	*l;
	char			*cause = NULL;

	/* In the article pane: the sentence at the cursor, claim or not. */
	if (rv->focus == PANE_ARTICLE) {
		review_earlier_sentence(rv);
		return;
	}
	if ((c = review_need_claim(rv)) == NULL)
		return;
	if ((l = earlier_load(rv->store, c->id, c->text, &cause)) == NULL ||
	    earlier_add_ranked(rv->store, l, c->id, rv->art, c->text,
	    &cause) == -1) {
		review_earlier_failed(rv, l, cause);
		return;
	}
	if (l->n == 0) {
		earlier_free(l);
		ui_message(rv->screen->ui, 0, "claim %d: no earlier verdicts "
		    "(none is like it)", c->number);
		return;
	}
	review_open_earlier(rv, c, l);
}

/* For claim C, linked to no earlier verdict: the list of those retrieval
 * ranks highest, when one of them may be adopted (a confident match), with
 * a message that says so. Whether it opened. */
static int
review_adopt_ranked(struct review *rv, const struct st_claim *c)
{
	struct earlier_list	*l = xcalloc(1, sizeof *l);
	char			*cause = NULL;
	size_t			 i, n = 0;

	if (earlier_add_ranked(rv->store, l, c->id, rv->art, c->text,
	    &cause) == -1) {
		review_earlier_failed(rv, l, cause);
		return 1;
	}
	for (i = 0; i < l->n; i++)
		n += l->items[i].adoptable;
	if (n == 0) {
		earlier_free(l);
		return 0;
	}
	ui_message(rv->screen->ui, 0, "claim %d: linked to none, but %zu "
	    "earlier verdict%s alike enough to adopt: choose, y adopts it",
	    c->number, n, n == 1 ? " is" : "s are");
	review_open_earlier(rv, c, l);
	return 1;
}

/* "y": adopts the earlier verdict when there is one; with more, the list
 * to choose from. */
void
review_adopt_key(struct review *rv)
{
	struct st_claim		*c;
	struct earlier_list	*l;

	if ((c = review_need_claim(rv)) == NULL || review_refuse(rv))
		return;
	/* Linked to none (a claim made by hand, a part of a split, since
	 * its import): those retrieval is confident of, to choose from. */
	if (c->matches == 0 && review_adopt_ranked(rv, c))
		return;
	if ((l = review_load_earlier(rv, c)) == NULL)
		return;
	if (l->n == 1) {
		rv->adopt_main = 1;
		review_adopt(rv, c->id, &l->items[0]);
		rv->adopt_main = 0;
		earlier_free(l);
		return;
	}
	ui_message(rv->screen->ui, 0, "%zu%s earlier verdicts: choose one, "
	    "y adopts it", l->n, l->more ? "+" : "");
	review_open_earlier(rv, c, l);
}

/* The article's sentences, as import split them (the same text, the same
 * segmenter and abbreviations): made when first needed. 0, or -1. */
int
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
	size_t	s, e;

	if (review_sentences(rv) == -1)
		return -1;
	if (rv->csent < 0) {
		wrap_row(rv->wrap, &rv->cur, &s, &e);
		review_sentence_at(rv, s);
	}
	return rv->csent >= 0 && (size_t)rv->csent < rv->nsents ?
	    rv->csent : -1;
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

static int	review_sentence_info(struct review *, size_t, size_t *,
		    struct claim_info *);

/* "m": the sentence at the article cursor made a claim (or a dropped one
 * over it brought back), with the next claim number. */
void
review_make_claim(struct review *rv)
{
	struct st_change	 ch;
	struct st_source	 src;
	struct claim_info	 ci;
	struct sentence		*sv;
	char			*cause = NULL;
	int64_t			 id;
	size_t			 s, e, k;
	long			 i;
	int			 back, rc;

	if (rv->focus != PANE_ARTICLE) {
		ui_message(rv->screen->ui, 0,
		    "m works in the article pane: Tab, then move to the "
		    "sentence");
		return;
	}
	if (review_refuse(rv))
		return;
	if ((i = review_sentence_here(rv)) == -1 ||
	    !review_cursor_span(rv, &s, &e)) {
		ui_message(rv->screen->ui, 1, "no sentence on this line");
		return;
	}
	/* The sentence, or the part of it no claim holds (after a split). */
	sv = &rv->sents[i];
	if ((i = review_claim_in(rv, s, e, 0)) >= 0) {
		ui_message(rv->screen->ui, 0, "that %s claim %d already",
		    rv->art->claims[i].start == s && rv->art->claims[i].end == e ?
		    "sentence is" : "text is in", rv->art->claims[i].number);
		if (review_passes(rv, &rv->art->claims[i])) {
			rv->sel = i;
			review_keep_list(rv);
		}
		return;
	}
	back = review_find_span(rv, s, e) >= 0;
	review_change_of(rv, NULL, &ch);
	/* Its source, as the attribution pass reads the sentence. */
	memset(&src, 0, sizeof src);
	memset(&ci, 0, sizeof ci);
	if (review_sentence_info(rv, sv->start, &k, &ci) == 0) {
		src.name = ci.source;
		src.role = ci.source_role;
		src.kind = ci.source != NULL && ci.source_kind != ATTRIB_NONE ?
		    attrib_kind_name(ci.source_kind) : NULL;
	}
	rc = store_add_claim(rv->store, rv->art->id, s, e,
	    s == sv->start && e == sv->end ? sv->text : NULL, &src, &ch, &id,
	    &cause);
	claim_info_clear(&ci);
	if (!review_saved(rv, rc, cause))
		return;
	if ((i = review_reselect(rv, id)) == -1)
		return;
	ui_message(rv->screen->ui, 0, "claim %d %s, saved%s",
	    rv->art->claims[i].number, back ? "is back in the panel" :
	    "added", review_lsel(rv) == rv->nvis ? " (the filter hides it: "
	    "f shows all)" : "");
}

void
review_paste(struct review *rv, const struct ui_event *ev)
{
	(void)ev;
	ui_message(rv->screen->ui, 1, "a paste is text, not keys: open a note "
	    "(a) or a search (/) first; nothing was done");
}

/*
 * Reads the article again. The selection stays on the same claim (by id,
 * else by number: a new revision has new claims) and the view on the same
 * text; a new revision brings its text, the old rows given up.
 */
/* How far apart bytes A and B are. */
static size_t
dist(size_t a, size_t b)
{
	return a > b ? a - b : b - a;
}

void
review_refresh(struct review *rv)
{
	struct st_article	*na, *old = rv->art;
	struct st_text		 known;
	char			*cause = NULL;
	size_t			 top, cur, e, i, sel_start = 0;
	size_t			 best = (size_t)-1;
	char			*sel_text = NULL;
	int64_t			 sel_id = 0, split_id = 0;
	int			 sel_num = 0, split_version = 0, same;

	/* The revision shown, when it is still the current one, keeps its
	 * text: the wrap keeps the bytes it points to. */
	known.rev = old->revision_id;
	known.text = old->text;
	known.len = old->len;
	if ((na = store_article_load(rv->store, old->id, &known,
	    &cause)) == NULL) {
		ui_message(rv->screen->ui, 1, "cannot read the article "
		    "again: %s", cause != NULL ? cause : "?");
		free(cause);
		return;
	}
	if (rv->sel >= 0) {
		sel_id = old->claims[rv->sel].id;
		sel_num = old->claims[rv->sel].number;
		sel_start = old->claims[rv->sel].start;
		sel_text = xstrdup(old->claims[rv->sel].text);
	}
	if (rv->split >= 0) {
		split_id = old->claims[rv->split].id;
		split_version = old->claims[rv->split].version;
		rv->split = -1;
	}
	if ((same = known.text == NULL)) {
		old->text = NULL;
		rv->art = na;
		st_article_free(old);
	} else {
		wrap_row(rv->wrap, &rv->top, &top, &e);
		wrap_row(rv->wrap, &rv->cur, &cur, &e);
		wrap_free(rv->wrap);
		rv->art = na;
		st_article_free(old);
		rv->wrap = wrap_new(na->text, na->len);
		wrap_set_width(rv->wrap, rv->abody.w - REVIEW_GUTTER);
		wrap_find(rv->wrap, top < na->len ? top : na->len, &rv->top);
		wrap_find(rv->wrap, cur < na->len ? cur : na->len, &rv->cur);
		rv->mvalid = 0;
		sentences_free(rv->sents, rv->nsents);
		rv->sents = NULL;
		rv->nsents = 0;
		rv->csent = -1;
	}
	rv->sel = -1;
	for (i = 0; i < rv->art->nclaims && rv->sel == -1; i++) {
		if (rv->art->claims[i].id == sel_id)
			rv->sel = (long)i;
	}
	for (i = 0; i < rv->art->nclaims && rv->sel == -1; i++) {
		if (rv->art->claims[i].number == sel_num)
			rv->sel = (long)i;
	}
	/* Gone: the claim nearest its place. */
	for (i = 0; i < rv->art->nclaims && rv->sel == -1 && sel_id != 0;
	    i++) {
		if (rv->art->claims[i].dismissed)
			continue;
		if (best == (size_t)-1 || dist(rv->art->claims[i].start,
		    sel_start) < dist(rv->art->claims[best].start, sel_start))
			best = i;
	}
	if (rv->sel == -1 && best != (size_t)-1)
		rv->sel = (long)best;
	if (rv->sel == -1 && rv->art->nclaims > 0)
		rv->sel = 0;
	/* A split being chosen goes on while its claim is as it was. */
	for (i = 0; split_id != 0 && same && i < rv->art->nclaims; i++) {
		if (rv->art->claims[i].id == split_id &&
		    rv->art->claims[i].version == split_version &&
		    !rv->art->claims[i].dismissed)
			rv->split = (long)i;
	}
	review_rebuild(rv);
	review_keep_list(rv);
	review_keep_cursor(rv);
	/* Off the claim the reviewer had chosen (the filter hides it now,
	 * or it is gone): the next change waits for a key that sees it. */
	if (sel_id != 0 && rv->sel >= 0 &&
	    rv->art->claims[rv->sel].id != sel_id &&
	    (rv->art->claims[rv->sel].number != sel_num ||
	    strcmp(rv->art->claims[rv->sel].text, sel_text) != 0))
		rv->moved_from = sel_num;
	free(sel_text);
	/* What it shows now is no news: the next poll stays quiet, unless
	 * another process changed the store while it was read. */
	rv->data_version = rv->art->data_version;
	if (rv->art->last_history > rv->last_history)
		rv->last_history = rv->art->last_history;
}

/* Sentences before a claim's that its score reads for context (a pronoun
 * source resolves to a name given earlier). */
#define REVIEW_REASON_CONTEXT	20

/* What the rules and model make of the sentence at byte START (the
 * sentences before it read for context) into *CI, cleared with
 * claim_info_clear(); its index in *I. 0, or -1 when there are no rules
 * or no sentence there. */
static int
review_sentence_info(struct review *rv, size_t start, size_t *i,
    struct claim_info *ci)
{
	struct claim_info	*info;
	char			*warn = NULL, *cause = NULL;
	size_t			 k, from, n;

	/* Read on the first ask, not at start: most reviews never need
	 * them. Without them the pane has no reasons (import said why). */
	if (!rv->rules_read && rv->rules_path != NULL) {
		rv->rules_read = 1;
		rv->rules = rules_load_scored(rv->rules_path, rv->model_path,
		    &cause);
		free(cause);
	}
	if (rv->rules == NULL || review_sentences(rv) == -1)
		return -1;
	*i = segment_find(rv->sents, rv->nsents, start);
	if (*i == rv->nsents || rv->sents[*i].start > start)
		return -1;
	from = *i > REVIEW_REASON_CONTEXT ? *i - REVIEW_REASON_CONTEXT : 0;
	n = *i + 1 - from;
	info = xcalloc(n, sizeof *info);
	extract_sentences(rv->rules, rv->sents + from, n, info, &warn);
	free(warn);
	*ci = info[n - 1];
	memset(&info[n - 1], 0, sizeof info[n - 1]);
	for (k = 0; k < n; k++)
		claim_info_clear(&info[k]);
	free(info);
	return 0;
}

/* The reasons the rules and model give for claim C's sentence, one a line
 * in plain words ("the rule \"figure\" · +1.25"), strongest first:
 * allocated, or NULL when there are no rules or no sentence covers the
 * claim's start. */
static char *
review_reasons(struct review *rv, const struct st_claim *c)
{
	struct claim_info	 ci;
	char			*out = NULL, *name, *plain, *line;
	size_t			 i;
	unsigned		 j;

	if (review_sentence_info(rv, c->start, &i, &ci) != 0)
		return NULL;
	for (j = 0; j < ci.nwhy; j++) {
		name = extract_reason_name(rv->rules, &rv->sents[i],
		    &ci.why[j]);
		plain = feature_plain(name);
		line = xasprintf("%s  %s%s%+.2f", out != NULL ? out : "",
		    plain, ui_glyph(GLYPH_SEP), (double)ci.why[j].weight);
		free(plain);
		free(name);
		free(out);
		out = xasprintf("%s\n", line);
		free(line);
	}
	claim_info_clear(&ci);
	if (out != NULL && *out != '\0')
		out[strlen(out) - 1] = '\0';
	return out;
}

/* "i": the selected claim in full. */
void
review_detail(struct review *rv)
{
	struct st_claim	*c;
	char		*why;

	if ((c = review_need_claim(rv)) == NULL)
		return;
	why = review_reasons(rv, c);
	detail_open(rv->screen->ui, c, why);
	free(why);
}

/* "o": the links of the selected claim's note. */
void
review_links(struct review *rv)
{
	struct st_claim	*c;

	if ((c = review_need_claim(rv)) == NULL)
		return;
	detail_links(rv->screen->ui, c->note);
}
