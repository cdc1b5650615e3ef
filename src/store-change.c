/* store-change.c: changing one claim: verdict, note, dismissal, a claim
 * made by hand, an earlier verdict adopted, an undo; each change committed
 * with its history, and refused when made against a version that is gone. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "db.h"

#include "segment.h"
#include "store-int.h"
#include "store.h"
#include "utf8.h"
#include "xmalloc.h"

/* A claim as a change finds it. */
struct cstate {
	int64_t		 article;
	int		 revision;	/* its revision's number */
	int		 current;	/* the article's current number */
	int		 dismissed;
	int		 orphan;
	enum verdict	 status;
	char		*note;		/* owned */
	int		 version;
	int		 number;
	char		*stale_text;	/* owned, NULL: not stale */
};

static void
cstate_clear(struct cstate *cs)
{
	free(cs->note);
	free(cs->stale_text);
	memset(cs, 0, sizeof *cs);
}

/* Steps S_CLAIM_STATE for CLAIM: 0 with the row, -1 with the error. */
static int
claim_step(struct store *s, int64_t claim, struct db_stmt **out)
{
	*out = store_stmt(s, S_CLAIM_STATE);
	return store_row_of(s, *out, claim, "claim", "reading the claim");
}

static int
claim_state(struct store *s, int64_t claim, struct cstate *cs)
{
	struct db_stmt	*st;
	struct st_claim	 c;

	memset(cs, 0, sizeof *cs);
	if (claim_step(s, claim, &st) != 0)
		return -1;
	store_claim_read(st, &c);
	cs->article = db_column_int64(st, 23);
	cs->current = db_column_int(st, 24);
	db_reset(st);
	cs->revision = c.revision;
	cs->dismissed = c.dismissed;
	cs->orphan = c.orphan;
	cs->status = c.status;
	cs->version = c.version;
	cs->number = c.number;
	cs->note = c.note;
	cs->stale_text = c.stale_text;
	c.note = c.stale_text = NULL;
	st_claim_clear(&c);
	return 0;
}

int
store_claim_load(struct store *s, int64_t claim, struct st_claim *c,
    char **cause)
{
	struct db_stmt	*st;

	memset(c, 0, sizeof *c);
	if (claim_step(s, claim, &st) != 0)
		return store_give_cause(s, cause);
	store_claim_read(st, c);
	db_reset(st);
	return 0;
}

void
st_claim_clear(struct st_claim *c)
{
	free(c->text);
	free(c->kinds);
	free(c->source);
	free(c->source_role);
	free(c->source_kind);
	free(c->note);
	free(c->reviewer);
	free(c->updated_at);
	free(c->stale_text);
	memset(c, 0, sizeof *c);
}

static int
set_orphan(struct store *s, int64_t claim, int orphan, const char *at,
    const char *reviewer, const char *origin)
{
	struct db_stmt	*st = store_stmt(s, S_CLAIM_SET_ORPHAN);

	db_bind_int64(st, 1, claim);
	db_bind_int(st, 2, orphan);
	if (store_exec(s, st, "flagging an orphan") != 0)
		return -1;
	return store_history(s, claim, at, reviewer, "claim",
	    orphan ? NULL : "orphan", orphan ? "orphan" : "placed", origin);
}

/*
 * The claim a script's change to CLAIM belongs on: CLAIM itself when it is
 * current or an orphan, else the claim continuing it in a later revision;
 * with none, CLAIM flagged orphan so the change is kept and reported. *FROM
 * is set to CLAIM when the result differs from it (0 otherwise).
 */
static int
claim_target(struct store *s, int64_t claim, const char *at,
    const char *reviewer, int64_t *target, int64_t *from)
{
	struct cstate	cs;
	int64_t		id = claim, next;
	char		*origin;
	int		rc, hops, here;

	*from = 0;
	for (hops = 0; hops < 100000; hops++) {
		if (claim_state(s, id, &cs) != 0)
			return -1;
		here = cs.orphan || cs.revision >= cs.current;
		cstate_clear(&cs);
		if (here)
			break;
		db_bind_int64(store_stmt(s, S_CLAIM_NEXT), 1, id);
		rc = store_step_id(s, s->stmt[S_CLAIM_NEXT], &next,
		    "following the claim");
		if (rc < 0)
			return -1;
		if (rc == 0) {
			origin = xstrdup("changed after a new revision was "
			    "imported");
			rc = set_orphan(s, id, 1, at, reviewer, origin);
			free(origin);
			if (rc != 0)
				return -1;
			break;
		}
		id = next;
	}
	*target = id;
	if (id != claim)
		*from = claim;
	return 0;
}

/* ORIGIN, noting the claim a change was made on when it moved. Owned. */
static char *
change_origin(const char *origin, int64_t from)
{
	if (from == 0)
		return origin != NULL ? xstrdup(origin) : NULL;
	if (origin == NULL)
		return xasprintf("made on claim %" PRId64 " of an older "
		    "revision", from);
	return xasprintf("%s; made on claim %" PRId64 " of an older revision",
	    origin, from);
}

/* Who changed CLAIM last, when, and what it is now, for a refusal:
 * allocated. */
static char *
last_change(struct store *s, int64_t claim)
{
	struct db_stmt	*st = store_stmt(s, S_CLAIM_LAST_CHANGE);
	char		*what, *said;
	const char	*field, *new;

	db_bind_int64(st, 1, claim);
	if (db_step(st) != DB_ROW) {
		db_reset(st);
		return xstrdup("changed by someone else");
	}
	field = (const char *)db_column_text(st, 2);
	new = (const char *)db_column_text(st, 3);
	if (field != NULL && strcmp(field, "status") == 0)
		what = xasprintf("now %s", new != NULL ? new : "?");
	else if (field != NULL && strcmp(field, "note") == 0)
		what = xstrdup("its note changed");
	else if (field != NULL && strcmp(field, "dismissed") == 0)
		what = xstrdup(new != NULL && strcmp(new, "1") == 0 ?
		    "dropped" : "back in the panel");
	else if (field != NULL && strcmp(field, "source") == 0)
		what = xstrdup("its source changed");
	else
		what = xstrdup("changed");
	said = xasprintf("changed by %s at %s, %s",
	    (const char *)db_column_text(st, 0),
	    (const char *)db_column_text(st, 1), what);
	free(what);
	db_reset(st);
	return said;
}

/*
 * Whether a change CH may be made on the claim in CS (id CLAIM): 0, or
 * STORE_CONFLICT with the error saying who changed it since. A change made
 * against a version (a screen) needs the claim still current: an import
 * since may have changed its text.
 */
static int
check_change(struct store *s, int64_t claim, const struct cstate *cs,
    const struct st_change *ch)
{
	char	*who;

	if (ch->version >= 0 && !cs->orphan && cs->revision < cs->current) {
		store_err(s, "claim %d: the article was imported again "
		    "(revision %d) after it was read; nothing was changed",
		    cs->number, cs->current);
		return STORE_CONFLICT;
	}
	if (ch->version >= 0 && cs->version != ch->version) {
		who = last_change(s, claim);
		store_err(s, "claim %d was %s; nothing was changed",
		    cs->number, who);
		free(who);
		return STORE_CONFLICT;
	}
	if (ch->expect >= 0 && (int)cs->status != ch->expect) {
		who = last_change(s, claim);
		store_err(s, "claim %d is %s, not %s (%s); nothing was changed",
		    cs->number, verdict_name(cs->status),
		    verdict_name((enum verdict)ch->expect), who);
		free(who);
		return STORE_CONFLICT;
	}
	return 0;
}

/* The claim's version after a change. */
static int
bump(struct store *s, int64_t claim, const struct cstate *cs, int *version)
{
	struct db_stmt	*st = store_stmt(s, S_CLAIM_BUMP);

	db_bind_int64(st, 1, claim);
	if (store_exec(s, st, "counting the change") != 0)
		return -1;
	if (version != NULL)
		*version = cs->version + 1;
	return 0;
}

/*
 * The claim CH's change goes on: CLAIM, or for a script's change (no
 * version) the claim that continues it; its state in *CS and the origin
 * its history rows get in *WHY (allocated, may be NULL). 0, STORE_CONFLICT
 * or -1, the error recorded.
 */
static int
change_target(struct store *s, int64_t claim, const struct st_change *ch,
    const char *at, int64_t *target, struct cstate *cs, char **why)
{
	int64_t	from = 0;
	int	rc;

	*target = claim;
	*why = NULL;
	if (ch->version < 0 && claim_target(s, claim, at, ch->reviewer,
	    target, &from) != 0)
		return -1;
	if (claim_state(s, *target, cs) != 0)
		return -1;
	if ((rc = check_change(s, *target, cs, ch)) != 0) {
		cstate_clear(cs);
		return rc;
	}
	*why = change_origin(ch->origin, from);
	return 0;
}

static int
verdict_put(struct store *s, int64_t claim, enum verdict status,
    const char *note, const char *reviewer, const char *at,
    const char *stale_text)
{
	struct db_stmt	*st = store_stmt(s, S_VERDICT_PUT);

	db_bind_int64(st, 1, claim);
	db_bind_text(st, 2, verdict_name(status));
	db_bind_text(st, 3, note);
	db_bind_text(st, 4, reviewer);
	db_bind_text(st, 5, at);
	db_bind_text(st, 6, stale_text);
	return store_exec(s, st, "saving the verdict");
}

/* store_set_verdict()'s work inside a transaction. A status given for a
 * stale verdict confirms it on the claim's text as it is. */
static int
verdict_in_tx(struct store *s, int64_t claim, int status, const char *note,
    const struct st_change *ch, int *version)
{
	struct cstate	 cs;
	char		 at[32], *why;
	int64_t		 target;
	enum verdict	 nstatus;
	const char	*nnote;
	int		 rc, confirm;

	store_now(at, sizeof at);
	if ((rc = change_target(s, claim, ch, at, &target, &cs, &why)) != 0)
		return rc;
	nstatus = status < 0 ? cs.status : (enum verdict)status;
	nnote = note != NULL ? note : cs.note;
	confirm = cs.stale_text != NULL && status >= 0;
	rc = -1;
	if (nstatus == cs.status && strcmp(nnote, cs.note) == 0 && !confirm) {
		if (version != NULL)
			*version = cs.version;
		rc = 0;
		goto out;
	}
	if (verdict_put(s, target, nstatus, nnote, ch->reviewer, at,
	    confirm ? NULL : cs.stale_text) != 0)
		goto out;
	if (nstatus != cs.status && store_history(s, target, at, ch->reviewer,
	    "status", verdict_name(cs.status), verdict_name(nstatus), why) != 0)
		goto out;
	if (strcmp(nnote, cs.note) != 0 && store_history(s, target, at,
	    ch->reviewer, "note", cs.note, nnote, why) != 0)
		goto out;
	if (confirm && store_history(s, target, at, ch->reviewer, "claim",
	    "stale", "confirmed", why) != 0)
		goto out;
	rc = bump(s, target, &cs, version);
out:
	free(why);
	cstate_clear(&cs);
	return rc;
}

/* Ends a change's transaction: its result RC (STORE_CONFLICT kept). */
static int
change_end(struct store *s, int rc, char **cause)
{
	if (rc == STORE_CONFLICT) {
		store_rollback(s);
		store_give_cause(s, cause);
		return STORE_CONFLICT;
	}
	return store_end(s, rc, cause);
}

int
store_set_verdict(struct store *s, int64_t claim, int status,
    const char *note, const struct st_change *asked, int *version,
    char **cause)
{
	struct st_change	 me;
	const struct st_change	*ch = store_change_who(s, asked, &me);

	if (status >= VERDICT_COUNT) {
		store_err(s, "bad verdict %d", status);
		return store_give_cause(s, cause);
	}
	if (store_begin(s, 1) != 0)
		return store_give_cause(s, cause);
	return change_end(s, verdict_in_tx(s, claim, status, note, ch,
	    version), cause);
}

static int
dismissed_in_tx(struct store *s, int64_t claim, int dismissed,
    const struct st_change *ch, int *version)
{
	struct cstate	 cs;
	struct db_stmt	*st;
	char		 at[32], *why;
	int64_t		 target;
	int		 rc;

	store_now(at, sizeof at);
	if ((rc = change_target(s, claim, ch, at, &target, &cs, &why)) != 0)
		return rc;
	rc = -1;
	if (cs.dismissed == dismissed) {
		if (version != NULL)
			*version = cs.version;
		rc = 0;
		goto out;
	}
	st = store_stmt(s, S_CLAIM_SET_DISMISSED);
	db_bind_int64(st, 1, target);
	db_bind_int(st, 2, dismissed);
	if (store_exec(s, st, "dismissing the claim") != 0)
		goto out;
	if (store_history(s, target, at, ch->reviewer, "dismissed",
	    cs.dismissed ? "1" : "0", dismissed ? "1" : "0", why) != 0)
		goto out;
	rc = bump(s, target, &cs, version);
out:
	free(why);
	cstate_clear(&cs);
	return rc;
}

int
store_set_dismissed(struct store *s, int64_t claim, int dismissed,
    const struct st_change *asked, int *version, char **cause)
{
	struct st_change	 me;
	const struct st_change	*ch = store_change_who(s, asked, &me);

	if (store_begin(s, 1) != 0)
		return store_give_cause(s, cause);
	return change_end(s, dismissed_in_tx(s, claim, dismissed != 0, ch,
	    version), cause);
}

static const char	*skip_blanks(const char *);

/* Whether two sources, either NULL for none, are the same. */
static int
same_source(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

static int
source_in_tx(struct store *s, int64_t claim, const char *source,
    const struct st_change *ch, int *version)
{
	struct cstate	 cs;
	struct st_claim	 c;
	struct db_stmt	*st;
	char		 at[32], *why;
	int64_t		 target;
	int		 rc;

	store_now(at, sizeof at);
	if ((rc = change_target(s, claim, ch, at, &target, &cs, &why)) != 0)
		return rc;
	memset(&c, 0, sizeof c);
	rc = -1;
	if (claim_step(s, target, &st) != 0)
		goto out;
	store_claim_read(st, &c);
	db_reset(st);
	if (same_source(c.source, source)) {
		if (version != NULL)
			*version = cs.version;
		rc = 0;
		goto out;
	}
	st = store_stmt(s, S_CLAIM_SET_SOURCE);
	db_bind_int64(st, 1, target);
	db_bind_text(st, 2, source);
	/* The same name keeps its role and kind; another has none known. */
	if (c.source != NULL && source != NULL &&
	    strcasecmp(c.source, source) == 0) {
		db_bind_text(st, 3, c.source_role);
		db_bind_text(st, 4, c.source_kind);
	}
	if (store_exec(s, st, "setting the source") != 0)
		goto out;
	if (store_history(s, target, at, ch->reviewer, "source", c.source,
	    source, why) != 0)
		goto out;
	rc = bump(s, target, &cs, version);
out:
	st_claim_clear(&c);
	free(why);
	cstate_clear(&cs);
	return rc;
}

int
store_set_source(struct store *s, int64_t claim, const char *source,
    const struct st_change *asked, int *version, char **cause)
{
	struct st_change	 me;
	const struct st_change	*ch = store_change_who(s, asked, &me);

	if (source != NULL && *skip_blanks(source) == '\0')
		source = NULL;
	if (store_begin(s, 1) != 0)
		return store_give_cause(s, cause);
	return change_end(s, source_in_tx(s, claim, source, ch, version),
	    cause);
}

/* S past white space. */
static const char *
skip_blanks(const char *s)
{
	size_t	n;

	while ((n = utf8_space_len(s, strnlen(s, 4))) > 0)
		s += n;
	return s;
}

/* Whether A and B are the same text once white space is left out. */
static int
same_words(const char *a, const char *b)
{
	for (;;) {
		a = skip_blanks(a);
		b = skip_blanks(b);
		if (*a != *b)
			return 0;
		if (*a == '\0')
			return 1;
		a++;
		b++;
	}
}

/* The revision's bytes, copied with a NUL; *LEN their length. */
static char *
revision_text(struct store *s, int64_t rev, size_t *len)
{
	struct db_stmt	*st = store_stmt(s, S_REV_TEXT);
	char		*text;

	db_bind_int64(st, 1, rev);
	if (db_step(st) != DB_ROW) {
		store_dberr(s, "reading the revision");
		db_reset(st);
		return NULL;
	}
	*len = (size_t)db_column_bytes(st, 0);
	text = xmalloc(*len + 1);
	if (*len > 0)
		memcpy(text, db_column_blob(st, 0), *len);
	text[*len] = '\0';
	db_reset(st);
	return text;
}

/* The revision's text over [START, END), white space collapsed; NULL
 * with the error recorded when the span is not in it. */
static char *
span_text(struct store *s, int64_t rev, size_t len, size_t start,
    size_t end)
{
	char	*doc, *slice;

	if (start >= end || end > len) {
		store_err(s, "bad claim span %zu-%zu (the article has %zu "
		    "bytes)", start, end, len);
		return NULL;
	}
	if ((doc = revision_text(s, rev, &len)) == NULL)
		return NULL;
	slice = segment_collapse(doc + start, end - start);
	free(doc);
	return slice;
}

/* A claim over [START, END) already: 1 with *CLAIM (made current again
 * when dismissed), 0 when there is none, -1 with the error recorded. */
static int
claim_over(struct store *s, int64_t rev, size_t start, size_t end,
    const struct st_change *ch, int64_t *claim)
{
	struct db_stmt	*st = store_stmt(s, S_CLAIM_BY_SPAN);
	int		 rc, dismissed;

	db_bind_int64(st, 1, rev);
	db_bind_int64(st, 2, (int64_t)start);
	db_bind_int64(st, 3, (int64_t)end);
	if ((rc = db_step(st)) != DB_ROW) {
		db_reset(st);
		return rc == DB_DONE ? 0 : store_dberr(s,
		    "finding the claim");
	}
	*claim = db_column_int64(st, 0);
	dismissed = db_column_int(st, 1);
	db_reset(st);
	if (dismissed && dismissed_in_tx(s, *claim, 0, ch, NULL) != 0)
		return -1;
	return 1;
}

static int
add_claim(struct store *s, int64_t article, size_t start, size_t end,
    const char *text, const struct st_change *ch, int64_t *claim)
{
	struct db_stmt	*st;
	char		 at[32], *slice;
	int64_t		 rev;
	size_t		 len;
	int		 rc, number;

	store_now(at, sizeof at);
	if (store_current_revision(s, article, &rev, NULL, &len) != 0)
		return -1;
	if ((slice = span_text(s, rev, len, start, end)) == NULL)
		return -1;
	if (text != NULL && !same_words(text, slice)) {
		free(slice);
		return store_err(s, "the article changed since it was read; "
		    "open it again");
	}
	if ((rc = claim_over(s, rev, start, end, ch, claim)) != 0 ||
	    store_next_number(s, article, &number) != 0) {
		free(slice);
		return rc < 0 ? -1 : rc > 0 ? 0 : -1;
	}
	st = store_stmt(s, S_CLAIM_INSERT);
	db_bind_int64(st, 1, rev);
	db_bind_int64(st, 2, (int64_t)start);
	db_bind_int64(st, 3, (int64_t)end);
	db_bind_text(st, 4, text != NULL ? text : slice);
	db_bind_text(st, 5, "");
	db_bind_int(st, 7, 0);
	db_bind_text(st, 8, "manual");
	db_bind_int(st, 9, 0);
	db_bind_int(st, 12, number);
	db_bind_int(st, 15, 0);
	rc = store_step_id(s, st, claim, "adding the claim");
	free(slice);
	if (rc != 1)
		return -1;
	return store_history(s, *claim, at, ch->reviewer, "claim", NULL,
	    "manual", ch->origin);
}

int
store_add_claim(struct store *s, int64_t article, size_t start, size_t end,
    const char *text, const struct st_change *asked, int64_t *claim,
    char **cause)
{
	struct st_change	 me;
	const struct st_change	*ch = store_change_who(s, asked, &me);

	if (store_begin(s, 1) != 0)
		return store_give_cause(s, cause);
	return change_end(s, add_claim(s, article, start, end, text, ch,
	    claim), cause);
}

/* Gives CLAIM verdict V (-1: keeps the verdict) and NOTE as adopted:
 * the history says ORIGIN. Frees NOTE and ORIGIN; returns what
 * verdict_in_tx() returns. */
static int
adopt_verdict(struct store *s, int64_t claim, int v, char *note,
    char *origin, const struct st_change *ch, int *version)
{
	struct st_change	c = *ch;
	int			rc;

	c.origin = origin;
	rc = verdict_in_tx(s, claim, v, note, &c, version);
	free(origin);
	free(note);
	return rc;
}

/* store_adopt()'s work inside a transaction. */
static int
adopt(struct store *s, int64_t claim, int64_t earlier,
    const struct st_change *ch, int *version)
{
	struct db_stmt	*st = store_stmt(s, S_CLAIM_VERDICT);
	char		*note;
	int		 v;

	if (store_row_of(s, st, earlier, "claim",
	    "reading the earlier verdict") != 0)
		return -1;
	v = verdict_parse((const char *)db_column_text(st, 0));
	note = xstrdup(db_column_text(st, 1) != NULL ?
	    (const char *)db_column_text(st, 1) : "");
	db_reset(st);
	return adopt_verdict(s, claim, v < 0 ? VERDICT_NONE : v, note,
	    xasprintf("adopted from claim %" PRId64, earlier), ch, version);
}

int
store_adopt(struct store *s, int64_t claim, int64_t earlier,
    const struct st_change *asked, int *version, char **cause)
{
	struct st_change	 me;
	const struct st_change	*ch = store_change_who(s, asked, &me);

	if (store_begin(s, 1) != 0)
		return store_give_cause(s, cause);
	return change_end(s, adopt(s, claim, earlier, ch, version), cause);
}

/* store_adopt_imported()'s work inside a transaction. */
static int
adopt_imported(struct store *s, int64_t claim, int64_t imported,
    const struct st_change *ch, int *version)
{
	struct db_stmt	*st;
	const char	*id, *status, *rating, *url;
	char		*note, *origin;
	int		 v;

	if ((st = store_stmt_lazy(s, S_IMPORTED_ONE)) == NULL)
		return -1;
	if (store_row_of(s, st, imported, "imported verdict",
	    "reading the imported verdict") != 0)
		return -1;
	id = (const char *)db_column_text(st, 0);
	status = (const char *)db_column_text(st, 1);
	rating = (const char *)db_column_text(st, 2);
	url = (const char *)db_column_text(st, 3);
	v = status != NULL ? verdict_parse(status) : -1;
	note = xasprintf("Checked before: %s%s%s%s%s", id != NULL ? id : "",
	    rating != NULL ? ", rated " : "", rating != NULL ? rating : "",
	    url != NULL ? " " : "", url != NULL ? url : "");
	origin = xasprintf("adopted from imported verdict %s",
	    id != NULL ? id : "");
	db_reset(st);
	/* A rating that maps to no verdict leaves the verdict as it is. */
	return adopt_verdict(s, claim, v, note, origin, ch, version);
}

int
store_adopt_imported(struct store *s, int64_t claim, int64_t imported,
    const struct st_change *asked, int *version, char **cause)
{
	struct st_change	 me;
	const struct st_change	*ch = store_change_who(s, asked, &me);

	if (store_begin(s, 1) != 0)
		return store_give_cause(s, cause);
	return change_end(s, adopt_imported(s, claim, imported, ch, version),
	    cause);
}
