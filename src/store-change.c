/* store-change.c: changing one claim: verdict, note, dismissal, a claim
 * made by hand, an earlier verdict adopted, an undo; each change committed
 * with its history, and refused when made against a version that is gone. */
#include <ctype.h>
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
	int		 replaced;	/* dismissed by a split or a join */
	int		 orphan;
	enum verdict	 status;
	char		*note;		/* owned */
	int		 version;
	int		 number;
	char		*stale_text;	/* owned, NULL: not stale */
	char		*reviewer;	/* owned, NULL: no verdict row */
};

static void
cstate_clear(struct cstate *cs)
{
	free(cs->note);
	free(cs->stale_text);
	free(cs->reviewer);
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
	cs->article = db_column_int64(st, STORE_CLAIM_COLUMNS);
	cs->current = db_column_int(st, STORE_CLAIM_COLUMNS + 1);
	db_reset(st);
	cs->revision = c.revision;
	cs->dismissed = c.dismissed;
	cs->replaced = c.dismissed && c.replaced;
	cs->orphan = c.orphan;
	cs->status = c.status;
	cs->version = c.version;
	cs->number = c.number;
	cs->note = c.note;
	cs->stale_text = c.stale_text;
	cs->reviewer = c.reviewer;
	c.note = c.stale_text = c.reviewer = NULL;
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
	free(c->text);		/* and kinds */
	free(c->source);
	free(c->source_role);
	free(c->source_kind);
	free(c->note);
	free(c->reviewer);
	free(c->updated_at);
	free(c->stale_text);
	memset(c, 0, sizeof *c);
}

/* The history row about to be written for CLAIM goes in the change being
 * written (store_history() keeps one claim's rows together). */
static void
change_group(struct store *s, int64_t claim)
{
	if (s->change != 0)
		s->change_claim = claim;
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
		return xstrdup("not changed since it was imported");
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
/* Whether the changes to CLAIM after history row CH->since set only the
 * fields CH->allow names and are the AHEAD changes its version moved by:
 * then the version CH saw is as good as the one there now. */
static int
only_allowed(struct store *s, int64_t claim, const struct st_change *ch,
    int ahead)
{
	struct db_stmt	*st;
	const char	*f;
	int64_t		 change, last = 0;
	int		 rc, n = 0, ok = 1;

	if (ch->allow == 0 || ahead <= 0)
		return 0;
	if ((st = db_prepare(store_db(s), "SELECT field, coalesce(change, id)"
	    " FROM history WHERE claim_id = ?1 AND id > ?2 ORDER BY id")) ==
	    NULL)
		return 0;
	db_bind_int64(st, 1, claim);
	db_bind_int64(st, 2, ch->since);
	while (ok && (rc = db_step(st)) == DB_ROW) {
		f = db_column_text(st, 0);
		change = db_column_int64(st, 1);
		if (f == NULL || !((strcmp(f, "status") == 0 &&
		    (ch->allow & ST_ALLOW_STATUS)) || (strcmp(f, "note") == 0 &&
		    (ch->allow & ST_ALLOW_NOTE))))
			ok = 0;
		if (change != last)
			n++;
		last = change;
	}
	db_finalize(st);
	return ok && n == ahead;
}

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
	if (ch->version >= 0 && cs->version != ch->version &&
	    !only_allowed(s, claim, ch, cs->version - ch->version)) {
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

/* A change to one claim under way: change_open() to change_close(). */
struct change {
	int64_t		 target;	/* the claim it goes on */
	struct cstate	 cs;		/* that claim as it was */
	char		 at[32];	/* when */
	char		*why;		/* owned, may be NULL: the origin its
					   history rows get */
};

/*
 * Starts CH's change to CLAIM in C: it goes on CLAIM, or for a script's
 * change (no version) on the claim that continues it. 0, STORE_CONFLICT or
 * -1, the error recorded; only after 0 is C to be closed.
 */
static int
change_open(struct store *s, int64_t claim, const struct st_change *ch,
    struct change *c)
{
	int64_t	from = 0;
	int	rc;

	store_now(c->at, sizeof c->at);
	c->target = claim;
	c->why = NULL;
	if (ch->version < 0 && claim_target(s, claim, c->at, ch->reviewer,
	    &c->target, &from) != 0)
		return -1;
	if (claim_state(s, c->target, &c->cs) != 0)
		return -1;
	if ((rc = check_change(s, c->target, &c->cs, ch)) != 0) {
		cstate_clear(&c->cs);
		return rc;
	}
	c->why = change_origin(ch->origin, from);
	return 0;
}

/*
 * Ends the change C, RC saying how it went: 1, written (the change is
 * counted in the claim's version), 0, nothing to change, or -1. *VERSION
 * (may be NULL) is the claim's version after it. Returns 0 or -1.
 */
static int
change_close(struct store *s, struct change *c, int rc, int *version)
{
	if (rc > 0)
		rc = bump(s, c->target, &c->cs, version);
	else if (rc == 0 && version != NULL)
		*version = c->cs.version;
	free(c->why);
	cstate_clear(&c->cs);
	return rc;
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
 * stale verdict confirms it on the claim's text as it is. The verdict's
 * reviewer is the one who gave its status: a note changed on another's
 * verdict leaves it theirs. */
static int
verdict_in_tx(struct store *s, int64_t claim, int status, const char *note,
    const struct st_change *ch, int *version)
{
	struct change	 c;
	struct cstate	*cs = &c.cs;
	enum verdict	 nstatus;
	const char	*nnote, *who;
	int		 rc, confirm;

	if ((rc = change_open(s, claim, ch, &c)) != 0)
		return rc;
	nstatus = status < 0 ? cs->status : (enum verdict)status;
	nnote = note != NULL ? note : cs->note;
	confirm = cs->stale_text != NULL && status >= 0;
	rc = -1;
	if (nstatus == cs->status && strcmp(nnote, cs->note) == 0 &&
	    !confirm) {
		rc = 0;
		goto out;
	}
	who = nstatus == cs->status && !confirm && cs->status != VERDICT_NONE &&
	    cs->reviewer != NULL ? cs->reviewer : ch->reviewer;
	if (verdict_put(s, c.target, nstatus, nnote, who, c.at,
	    confirm ? NULL : cs->stale_text) != 0)
		goto out;
	if (nstatus != cs->status && store_history(s, c.target, c.at,
	    ch->reviewer, "status", verdict_name(cs->status),
	    verdict_name(nstatus), c.why) != 0)
		goto out;
	if (strcmp(nnote, cs->note) != 0 && store_history(s, c.target, c.at,
	    ch->reviewer, "note", cs->note, nnote, c.why) != 0)
		goto out;
	if (confirm && store_history(s, c.target, c.at, ch->reviewer,
	    "claim", "stale", "confirmed", c.why) != 0)
		goto out;
	rc = 1;
out:
	return change_close(s, &c, rc, version);
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
	struct st_change	 ch;

	if (status >= VERDICT_COUNT) {
		store_err(s, "bad verdict %d", status);
		return store_give_cause(s, cause);
	}
	if (store_change_begin(s, asked, &ch, cause) != 0)
		return -1;
	return change_end(s, verdict_in_tx(s, claim, status, note, &ch,
	    version), cause);
}

/* The number of a claim in the panel over dropped claim CLAIM's text (it
 * was split or joined), 0 when none, -1 with the error set. */
static int
replaced_by(struct store *s, int64_t claim)
{
	struct db_stmt	*st;
	int		 rc, number = 0;

	if ((st = db_prepare(store_db(s), "SELECT o.number FROM claim c"
	    " JOIN claim o ON o.revision_id = c.revision_id"
	    " AND o.dismissed = 0 AND o.start < c.\"end\""
	    " AND o.\"end\" > c.start AND o.id <> c.id"
	    " WHERE c.id = ?1 ORDER BY o.start LIMIT 1")) == NULL)
		return store_dberr(s, "finding the claims over the text");
	db_bind_int64(st, 1, claim);
	if ((rc = db_step(st)) == DB_ROW)
		number = db_column_int(st, 0);
	db_finalize(st);
	if (rc != DB_ROW && rc != DB_DONE)
		return store_dberr(s, "finding the claims over the text");
	return number;
}

/* Drops CLAIM or brings it back; with LOOSE, also a claim split or
 * joined (a split made again takes its parts dropped back). */
static int
dismissed_in_tx(struct store *s, int64_t claim, int dismissed, int loose,
    const struct st_change *ch, int *version)
{
	struct change	 c;
	struct db_stmt	*st;
	int		 rc;

	if ((rc = change_open(s, claim, ch, &c)) != 0)
		return rc;
	if (c.cs.dismissed == dismissed)
		return change_close(s, &c, 0, version);
	if (!dismissed && !loose && (rc = replaced_by(s, c.target)) != 0) {
		if (rc > 0 && c.cs.replaced)
			store_err(s, "claim %d was split or joined: claim %d "
			    "stands over its text (U takes a split or a join "
			    "back)", c.cs.number, rc);
		else if (rc > 0)
			store_err(s, "claim %d stands over the text of claim "
			    "%d: drop it to bring claim %d back", rc,
			    c.cs.number, c.cs.number);
		return change_close(s, &c, -1, version);
	}
	/* Dropped by a reviewer; brought back, it keeps what it was. */
	st = store_stmt(s, S_CLAIM_SET_DISMISSED);
	db_bind_int64(st, 1, c.target);
	db_bind_int(st, 2, dismissed);
	if (dismissed)
		db_bind_int(st, 3, 0);
	rc = -1;
	if (store_exec(s, st, "dismissing the claim") == 0 &&
	    store_history(s, c.target, c.at, ch->reviewer, "dismissed",
	    c.cs.dismissed ? "1" : "0", dismissed ? "1" : "0", c.why) == 0)
		rc = 1;
	return change_close(s, &c, rc, version);
}

int
store_set_dismissed(struct store *s, int64_t claim, int dismissed,
    const struct st_change *asked, int *version, char **cause)
{
	struct st_change	 ch;

	if (store_change_begin(s, asked, &ch, cause) != 0)
		return -1;
	return change_end(s, dismissed_in_tx(s, claim, dismissed != 0, 0,
	    &ch, version), cause);
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

char *
st_source_text(const char *source, const char *role)
{
	if (source == NULL)
		return NULL;
	if (role == NULL || *role == '\0')
		return xstrdup(source);
	return xasprintf("%s (%s)", source, role);
}

/* Whether the capitals ABBR abbreviate NAME: its letters are initials of
 * NAME's words (split at blanks and hyphens), in order, as "WHO" of "World
 * Health Organization" and "FDA" of "U.S. Food and Drug Administration",
 * not "MP" of "Jane Roe". */
static int
abbreviates(const char *abbr, size_t alen, const char *name, size_t nlen)
{
	size_t	i = 0, j;
	int	start = 1;

	for (j = 0; j < nlen; j++) {
		while (i < alen && !isupper((unsigned char)abbr[i]))
			i++;
		if (i == alen)
			break;
		if (name[j] == ' ' || name[j] == '-') {
			start = 1;
			continue;
		}
		if (start && toupper((unsigned char)name[j]) == abbr[i])
			i++;
		start = 0;
	}
	while (i < alen && !isupper((unsigned char)abbr[i]))
		i++;
	return i == alen;
}

/* The LEN bytes at S without the blanks around them, allocated. */
static char *
trimmed(const char *s, size_t len)
{
	while (len > 0 && isspace((unsigned char)*s)) {
		s++;
		len--;
	}
	while (len > 0 && isspace((unsigned char)s[len - 1]))
		len--;
	return xstrndup(s, len);
}

void
st_source_split(const char *source, char **name, char **role)
{
	char		*text = trimmed(source, strlen(source));
	size_t		 len = strlen(text), open, i;
	int		 acronym = 1, depth = 0;

	*role = NULL;
	/* The bracket the last one closes: "Jane Roe (MP (Lab))". */
	for (open = len; open > 0; open--) {
		if (text[open - 1] == ')')
			depth++;
		else if (text[open - 1] == '(' && --depth == 0)
			break;
	}
	if (len < 2 || text[len - 1] != ')' || open < 3 ||
	    text[open - 2] != ' ' || open >= len - 1) {
		*name = text;
		return;
	}
	for (i = open; i < len - 1; i++) {
		if (islower((unsigned char)text[i]) || text[i] == ' ')
			acronym = 0;
	}
	/* "World Health Organization (WHO)" is a name. */
	if (acronym && abbreviates(text + open, len - 1 - open, text,
	    open - 2)) {
		*name = text;
		return;
	}
	*name = trimmed(text, open - 2);
	*role = trimmed(text + open, len - 1 - open);
	if (**role == '\0') {
		free(*role);
		*role = NULL;
	}
	free(text);
}

const char *
st_source_problem(const char *text)
{
	const char	*p;
	int		 depth = 0;

	for (p = text; *p != '\0'; p++) {
		if (*p == '(')
			depth++;
		else if (*p == ')' && --depth < 0)
			return "a ')' that no '(' opens: write Name (role)";
	}
	if (depth > 0)
		return "a '(' that no ')' closes: write Name (role)";
	for (p = text; *p == ' ' || *p == '\t'; p++)
		;
	if (*p == '(')
		return "a role with no name before it: write Name (role)";
	return NULL;
}

/* Whether two strings, either NULL, are the same. */
static int
same_or_null(const char *a, const char *b)
{
	return a == NULL ? b == NULL : b != NULL && strcmp(a, b) == 0;
}

static int
source_in_tx(struct store *s, int64_t claim, const char *source,
    const char *kind, const struct st_change *ch, int *version)
{
	struct change	 c;
	struct st_claim	 old;
	struct db_stmt	*st;
	char		*name = NULL, *role = NULL, *was = NULL, *now = NULL;
	int		 rc, same;

	if ((rc = change_open(s, claim, ch, &c)) != 0)
		return rc;
	memset(&old, 0, sizeof old);
	rc = -1;
	if (claim_step(s, c.target, &st) != 0)
		goto out;
	store_claim_read(st, &old);
	db_reset(st);
	if (source != NULL)
		st_source_split(source, &name, &role);
	same = old.source != NULL && name != NULL &&
	    strcasecmp(old.source, name) == 0;
	if (same_source(old.source, name) && same_or_null(old.source_role,
	    role)) {
		rc = 0;
		goto out;
	}
	st = store_stmt(s, S_CLAIM_SET_SOURCE);
	db_bind_int64(st, 1, c.target);
	db_bind_text(st, 2, name);
	db_bind_text(st, 3, role);
	/* The same name keeps its kind; another has the one given. */
	db_bind_text(st, 4, same && old.source_kind != NULL ?
	    old.source_kind : name != NULL ? kind : NULL);
	if (store_exec(s, st, "setting the source") != 0)
		goto out;
	was = st_source_text(old.source, old.source_role);
	now = st_source_text(name, role);
	if (store_history_source(s, c.target, c.at, ch->reviewer, was, now,
	    c.why, old.source, old.source_kind, old.source_edited) != 0)
		goto out;
	rc = 1;
out:
	free(name);
	free(role);
	free(was);
	free(now);
	st_claim_clear(&old);
	return change_close(s, &c, rc, version);
}

int
store_set_source(struct store *s, int64_t claim, const char *source,
    const char *kind, const struct st_change *asked, int *version,
    char **cause)
{
	struct st_change	 ch;

	if (source != NULL && *skip_blanks(source) == '\0')
		source = NULL;
	if (store_change_begin(s, asked, &ch, cause) != 0)
		return -1;
	return change_end(s, source_in_tx(s, claim, source, kind, &ch,
	    version), cause);
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

/* The claim over [START, END) of revision REV, dropped or not: 1 with
 * *CLAIM and *DISMISSED, 0 when there is none, -1 with the error
 * recorded. */
static int
claim_by_span(struct store *s, int64_t rev, size_t start, size_t end,
    int64_t *claim, int *dismissed)
{
	struct db_stmt	*st = store_stmt(s, S_CLAIM_BY_SPAN);
	int		 rc;

	db_bind_int64(st, 1, rev);
	db_bind_int64(st, 2, (int64_t)start);
	db_bind_int64(st, 3, (int64_t)end);
	if ((rc = db_step(st)) == DB_ROW) {
		*claim = db_column_int64(st, 0);
		*dismissed = db_column_int(st, 1);
	}
	db_reset(st);
	if (rc != DB_ROW && rc != DB_DONE)
		return store_dberr(s, "finding the claim");
	return rc == DB_ROW;
}

/* A claim over [START, END) already: 1 with *CLAIM (made current again
 * when dismissed), 0 when there is none, -1 with the error recorded. */
static int
claim_over(struct store *s, int64_t rev, size_t start, size_t end,
    const struct st_change *ch, int64_t *claim)
{
	int	rc, dismissed;

	if ((rc = claim_by_span(s, rev, start, end, claim, &dismissed)) <= 0)
		return rc;
	if (dismissed && dismissed_in_tx(s, *claim, 0, 1, ch, NULL) != 0)
		return -1;
	return 1;
}

static int
add_claim(struct store *s, int64_t article, size_t start, size_t end,
    const char *text, const struct st_source *src,
    const struct st_change *ch, int64_t *claim)
{
	struct store_new_claim	 nc;
	char			 at[32], *slice;
	int64_t			 rev;
	size_t			 len;
	int			 rc, number;

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
	memset(&nc, 0, sizeof nc);
	nc.start = start;
	nc.end = end;
	nc.text = text != NULL ? text : slice;
	nc.manual = 1;
	nc.number = number;
	if (src != NULL) {
		nc.source = src->name;
		nc.source_role = src->role;
		nc.source_kind = src->kind;
	}
	if ((rc = store_claim_insert(s, rev, &nc, claim)) == 0)
		rc = store_match_claim(s, *claim, nc.text, article);
	free(slice);
	if (rc != 0)
		return -1;
	return store_history(s, *claim, at, ch->reviewer, "claim", NULL,
	    "manual", ch->origin);
}

int
store_add_claim(struct store *s, int64_t article, size_t start, size_t end,
    const char *text, const struct st_source *src,
    const struct st_change *asked, int64_t *claim, char **cause)
{
	struct st_change	 ch;

	if (store_change_begin(s, asked, &ch, cause) != 0)
		return -1;
	return change_end(s, add_claim(s, article, start, end, text, src, &ch,
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

/*
 * An orphan of the article adopted back onto CLAIM, a claim of its
 * current revision, has found its place: no longer an orphan, as if an
 * import had placed it, in the change that adopted it (so that undoing
 * the adoption makes it an orphan again). Any other claim is left as it
 * is. 0, or -1.
 */
static int
adopt_placed(struct store *s, int64_t claim, int64_t earlier,
    const struct st_change *ch)
{
	struct cstate	 to, from;
	char		 at[32], *why = NULL;
	int		 rc = 0;

	if (claim_state(s, claim, &to) != 0)
		return -1;
	if (claim_state(s, earlier, &from) != 0) {
		cstate_clear(&to);
		return -1;
	}
	if (from.orphan && from.article == to.article &&
	    to.revision >= to.current) {
		store_now(at, sizeof at);
		why = xasprintf("adopted into claim %d of revision %d",
		    to.number, to.revision);
		change_group(s, earlier);
		rc = set_orphan(s, earlier, 0, at, ch->reviewer, why);
	}
	free(why);
	cstate_clear(&to);
	cstate_clear(&from);
	return rc;
}

/* store_adopt()'s work inside a transaction. */
static int
adopt(struct store *s, int64_t claim, int64_t earlier,
    const struct st_change *ch, int *version)
{
	struct db_stmt	*st = store_stmt(s, S_CLAIM_VERDICT);
	char		*note;
	int		 v, number, rc;
	int64_t		 article;

	if (store_row_of(s, st, earlier, "claim",
	    "reading the earlier verdict") != 0)
		return -1;
	v = verdict_parse((const char *)db_column_text(st, 0));
	number = db_column_int(st, 3);
	article = db_column_int64(st, 4);
	/* Dropped, split or joined since it was listed: its verdict is
	 * no earlier verdict any more. */
	if (db_column_int(st, 2)) {
		db_reset(st);
		return store_err(s, "claim %d of article %" PRId64 " was "
		    "dropped since: its verdict is no earlier verdict", number,
		    article);
	}
	note = xstrdup(db_column_text(st, 1) != NULL ?
	    (const char *)db_column_text(st, 1) : "");
	db_reset(st);
	/* By its number, as the screen and the reports name claims. */
	rc = adopt_verdict(s, claim, v < 0 ? VERDICT_NONE : v, note,
	    xasprintf("adopted from claim %d of article %" PRId64, number,
	    article), ch, version);
	/* Placed only when the adoption changed something, so that it is
	 * in a change to undo. */
	if (rc == 0 && s->change != 0 &&
	    adopt_placed(s, claim, earlier, ch) != 0)
		return -1;
	return rc;
}

int
store_adopt(struct store *s, int64_t claim, int64_t earlier,
    const struct st_change *asked, int *version, char **cause)
{
	struct st_change	 ch;

	if (store_change_begin(s, asked, &ch, cause) != 0)
		return -1;
	return change_end(s, adopt(s, claim, earlier, &ch, version), cause);
}

/* store_adopt_imported()'s work inside a transaction. */
static int
adopt_imported(struct store *s, int64_t claim, int64_t imported,
    double similarity, const struct st_change *ch, int *version)
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
	if (!store_imported_published_id(id, url))
		id = NULL;
	v = status != NULL ? verdict_parse(status) : -1;
	/* "Checked before: fd-101, rated False https://…" */
	note = xasprintf(ST_ADOPTED_NOTE "%s%s%s%s%s%s", id != NULL ? " " : "",
	    id != NULL ? id : "", rating != NULL ? (id != NULL ? ", rated " :
	    " rated ") : "", rating != NULL ? rating : "",
	    url != NULL ? " " : "", url != NULL ? url : "");
	origin = id != NULL || url != NULL ?
	    xasprintf("adopted from imported verdict %s", id != NULL ? id :
	    url) : xstrdup("adopted from an imported verdict");
	db_reset(st);
	/* Linked from now on, if it was not: a later import of the verdict
	 * with another rating tells of this claim. */
	if ((st = store_stmt_lazy(s, S_IMPORTED_ADOPT_LINK)) != NULL) {
		db_bind_int64(st, 1, claim);
		db_bind_int64(st, 2, imported);
		db_bind_double(st, 3, similarity);
	}
	if (st == NULL ||
	    store_exec(s, st, "linking the imported verdict") != 0) {
		free(note);
		free(origin);
		return -1;
	}
	/* A rating that maps to no verdict leaves the verdict as it is. */
	return adopt_verdict(s, claim, v, note, origin, ch, version);
}

int
store_adopt_imported(struct store *s, int64_t claim, int64_t imported,
    double similarity, const struct st_change *asked, int *version,
    char **cause)
{
	struct st_change	 ch;

	if (store_change_begin(s, asked, &ch, cause) != 0)
		return -1;
	return change_end(s, adopt_imported(s, claim, imported, similarity,
	    &ch, version), cause);
}
/*
 * Split and join (the screen's "S" and "J"): claims replaced by claims over
 * the same text, as one change. The claims replaced are dropped (kept, with
 * their numbers, verdicts and history); the new ones are made by hand with
 * the next numbers, or, when a dropped claim is over a new span already,
 * that claim is taken back. A verdict or note of a claim replaced goes with
 * its text to each new claim as a stale verdict (SPEC §11: the text it was
 * given on kept, to be confirmed or changed); joining two claims that both
 * have one is refused. The source (role, kind) goes along, the first one
 * found when claims are joined. Every history row of the change is in the
 * change of its first row, whatever its claim, so that an undo
 * (store-undo.c) takes it back whole; the rows that carry a verdict are not
 * undone (their claims are dropped again).
 */

#define REPLACE_MAX	2

struct replace {
	int64_t		 old[REPLACE_MAX];	/* the claims replaced */
	int		 version[REPLACE_MAX];	/* as seen, or -1 */
	size_t		 nold;
	size_t		 start[REPLACE_MAX];	/* the new spans */
	size_t		 end[REPLACE_MAX];
	size_t		 nnew;
	int		 join;
	int64_t		 made[REPLACE_MAX];	/* the new claims */
	int		 number[REPLACE_MAX];	/* and their numbers */
	const struct st_part_source *own;	/* nnew: the sources the
						   new spans name, or NULL */
	int		 source_edited;		/* a claim replaced has a
						   source a reviewer set */
};

/* A claim that is not dropped over [START, END) of revision REV, but the
 * claims replaced: its number in *NUMBER, 1; 0 when none; -1. */
static int
replace_overlap(struct store *s, int64_t rev, const struct replace *r,
    size_t start, size_t end, int *number)
{
	struct db_stmt	*st;
	int		 rc;

	if ((st = db_prepare(store_db(s), "SELECT number FROM claim"
	    " WHERE revision_id = ?1 AND dismissed = 0 AND start < ?3"
	    " AND \"end\" > ?2 AND id <> ?4 AND id <> ?5 ORDER BY start"
	    " LIMIT 1")) == NULL)
		return store_dberr(s, "finding the claims over the text");
	db_bind_int64(st, 1, rev);
	db_bind_int64(st, 2, (int64_t)start);
	db_bind_int64(st, 3, (int64_t)end);
	db_bind_int64(st, 4, r->old[0]);
	db_bind_int64(st, 5, r->nold > 1 ? r->old[1] : r->old[0]);
	if ((rc = db_step(st)) == DB_ROW)
		*number = db_column_int(st, 0);
	db_finalize(st);
	if (rc != DB_ROW && rc != DB_DONE)
		return store_dberr(s, "finding the claims over the text");
	return rc == DB_ROW;
}

/* Claim OLD's state as a replacement finds it, refused (the error set)
 * when it is dropped, an orphan, or not what the caller saw (VERSION). */
static int
replace_old(struct store *s, int64_t old, int version, const char *reviewer,
    struct cstate *cs, struct st_claim *c)
{
	struct st_change	 ch;
	struct db_stmt		*st;
	int			 rc;

	memset(c, 0, sizeof *c);
	if (claim_state(s, old, cs) != 0)
		return -1;
	memset(&ch, 0, sizeof ch);
	ch.reviewer = reviewer;
	ch.version = version;
	ch.expect = -1;
	if ((rc = check_change(s, old, cs, &ch)) != 0)
		return rc;
	if (cs->orphan || cs->revision < cs->current)
		return store_err(s, "claim %d is not in the article's current "
		    "revision; nothing was changed", cs->number);
	if (cs->dismissed)
		return store_err(s, "claim %d was dropped; nothing was changed",
		    cs->number);
	if (claim_step(s, old, &st) != 0)
		return -1;
	store_claim_read(st, c);
	db_reset(st);
	return 0;
}

/* What a new claim ID takes from the claims it replaces beyond its source
 * (set when it was made): the verdict of FROM (may be NULL) as a stale
 * one, and the history rows that say so, a source set by hand (SRC's, may
 * be NULL) included. */
static int
replace_carry(struct store *s, int64_t id, const struct st_claim *from,
    const struct st_claim *src, const char *reviewer, const char *at)
{
	char		*why;
	const char	*given;
	int		 rc = 0;

	if (src != NULL && src->source != NULL && src->source_edited) {
		why = xasprintf("carried from claim %d", src->number);
		change_group(s, id);
		rc = store_history(s, id, at, reviewer, "source", NULL,
		    src->source, why);
		free(why);
	}
	if (rc != 0 || from == NULL)
		return rc;
	given = from->stale_text != NULL ? from->stale_text : from->text;
	/* The verdict stays who gave it; the history says who carried it. */
	if (verdict_put(s, id, from->status, from->note, from->reviewer !=
	    NULL ? from->reviewer : reviewer, at, given) != 0)
		return -1;
	why = xasprintf("carried from claim %d", from->number);
	change_group(s, id);
	rc = store_history(s, id, at, reviewer, "claim", given, "stale", why);
	if (rc == 0 && from->status != VERDICT_NONE)
		rc = store_history(s, id, at, reviewer, "status", "unreviewed",
		    verdict_name(from->status), why);
	if (rc == 0 && from->note[0] != '\0')
		rc = store_history(s, id, at, reviewer, "note", "", from->note,
		    why);
	free(why);
	return rc;
}

/* New claim J of R, over [START, END) of revision REV (LEN bytes) of
 * ARTICLE: made by hand with the next number, taking FROM's verdict and
 * SRC's source (both may be NULL); or a dropped claim over that span taken
 * back as it is. WHY is the origin its history rows get. */
static int
replace_make(struct store *s, int64_t article, int64_t rev, size_t len,
    struct replace *r, size_t j, const struct st_claim *from,
    const struct st_claim *src, const char *why, const char *reviewer,
    const char *at)
{
	struct st_change	 ch;
	struct store_new_claim	 nc;
	struct cstate		 cs;
	char			*text;
	int64_t			 id;
	int			 rc, number, dismissed, taken;

	if ((text = span_text(s, rev, len, r->start[j], r->end[j])) == NULL)
		return -1;
	if (*text == '\0') {
		free(text);
		return store_err(s, "a part would be only white space; "
		    "nothing was changed");
	}
	if ((rc = claim_by_span(s, rev, r->start[j], r->end[j], &id,
	    &dismissed)) < 0) {
		free(text);
		return -1;
	}
	if (rc > 0) {
		if (!dismissed) {
			free(text);
			return store_err(s, "that claim is there already; "
			    "nothing was changed");
		}
		/* A dropped claim over the span, with no verdict or note of
		 * its own, is taken back (an undone split done again keeps its
		 * numbers) and given what the claims replaced carry; one with
		 * a verdict keeps it, dropped, and a new claim is made. */
		if (claim_state(s, id, &cs) != 0) {
			free(text);
			return -1;
		}
		taken = cs.status == VERDICT_NONE && cs.note[0] == '\0';
		r->number[j] = cs.number;
		cstate_clear(&cs);
		if (taken) {
			free(text);
			memset(&ch, 0, sizeof ch);
			ch.reviewer = reviewer;
			ch.origin = why;
			ch.version = -1;
			ch.expect = -1;
			change_group(s, id);
			if (dismissed_in_tx(s, id, 0, 1, &ch, NULL) != 0)
				return -1;
			r->made[j] = id;
			/* It keeps its own source. */
			return replace_carry(s, id, from, NULL, reviewer, at);
		}
	}
	if (store_next_number(s, article, &number) != 0) {
		free(text);
		return -1;
	}
	memset(&nc, 0, sizeof nc);
	nc.start = r->start[j];
	nc.end = r->end[j];
	nc.text = text;
	if (src != NULL) {
		nc.source = src->source;
		nc.source_role = src->source_role;
		nc.source_kind = src->source_kind;
		nc.source_edited = src->source_edited;
	}
	/* A part that names its own source, unless a reviewer set one. */
	if (r->own != NULL && r->own[j].source != NULL &&
	    !r->source_edited) {
		nc.source = r->own[j].source;
		nc.source_role = r->own[j].role;
		nc.source_kind = r->own[j].kind;
		nc.source_edited = 0;
	}
	nc.manual = 1;
	nc.number = number;
	if ((rc = store_claim_insert(s, rev, &nc, &id)) == 0)
		rc = store_match_claim(s, id, text, article);
	free(text);
	if (rc != 0)
		return -1;
	r->made[j] = id;
	r->number[j] = number;
	change_group(s, id);
	if (store_history(s, id, at, reviewer, "claim", NULL, "manual",
	    why) != 0)
		return -1;
	return replace_carry(s, id, from, src, reviewer, at);
}

/* The replacement R, inside a transaction. */
static int
replace_in_tx(struct store *s, struct replace *r, const struct st_change *ch)
{
	struct cstate		 cs[REPLACE_MAX];
	struct st_claim		 oc[REPLACE_MAX];
	const struct st_claim	*from = NULL, *src = NULL;
	struct db_stmt		*st;
	char			 at[32], *made_why = NULL, *old_why = NULL;
	int64_t			 rev;
	size_t			 len, i;
	int			 rc = -1, number = 0;

	memset(cs, 0, sizeof cs);
	memset(oc, 0, sizeof oc);
	store_now(at, sizeof at);
	for (i = 0; i < r->nold; i++) {
		if ((rc = replace_old(s, r->old[i], r->version[i],
		    ch->reviewer, &cs[i], &oc[i])) != 0)
			goto out;
		rc = -1;
		if (cs[i].article != cs[0].article) {
			store_err(s, "claims of two articles");
			goto out;
		}
		if (oc[i].status != VERDICT_NONE || oc[i].note[0] != '\0') {
			if (from != NULL) {
				store_err(s, "claims %d and %d both have a "
				    "verdict or a note: clear one before "
				    "joining them; nothing was changed",
				    from->number, oc[i].number);
				goto out;
			}
			from = &oc[i];
		}
		if (src == NULL && oc[i].source != NULL)
			src = &oc[i];
		/* A source a reviewer set, or cleared, stays theirs. */
		r->source_edited |= oc[i].source_edited;
	}
	/* The claim joined with is in the text after the first. */
	if (r->join && r->nold > 1 && (oc[1].start < oc[0].end ||
	    oc[1].end > r->end[0])) {
		store_err(s, "claim %d is not in the text after claim %d; "
		    "nothing was changed", oc[1].number, oc[0].number);
		goto out;
	}
	if (store_current_revision(s, cs[0].article, &rev, NULL, &len) != 0)
		goto out;
	for (i = 0; i < r->nnew; i++) {
		if (r->start[i] >= r->end[i] || r->end[i] > len) {
			store_err(s, "bad claim span %zu-%zu (the article has "
			    "%zu bytes)", r->start[i], r->end[i], len);
			goto out;
		}
		if ((rc = replace_overlap(s, rev, r, r->start[i], r->end[i],
		    &number)) != 0) {
			if (rc > 0)
				store_err(s, "claim %d is over that text; "
				    "nothing was changed", number);
			rc = -1;
			goto out;
		}
	}
	rc = -1;
	if (!r->join)
		made_why = xasprintf("split from claim %d", oc[0].number);
	else if (r->nold > 1)
		made_why = xasprintf("joined from claims %d and %d",
		    oc[0].number, oc[1].number);
	else
		made_why = xasprintf("joined from claim %d and the text after "
		    "it", oc[0].number);
	for (i = 0; i < r->nnew; i++) {
		if (replace_make(s, cs[0].article, rev, len, r, i, from, src,
		    made_why, ch->reviewer, at) != 0)
			goto out;
	}
	if (r->join)
		old_why = xasprintf("joined into claim %d", r->number[0]);
	else
		old_why = xasprintf("split into claims %d and %d",
		    r->number[0], r->number[1]);
	for (i = 0; i < r->nold; i++) {
		st = store_stmt(s, S_CLAIM_SET_DISMISSED);
		db_bind_int64(st, 1, r->old[i]);
		db_bind_int(st, 2, 1);
		db_bind_int(st, 3, 1);
		if (store_exec(s, st, "dropping the claim") != 0)
			goto out;
		change_group(s, r->old[i]);
		if (store_history(s, r->old[i], at, ch->reviewer, "dismissed",
		    "0", "1", old_why) != 0 ||
		    bump(s, r->old[i], &cs[i], NULL) != 0)
			goto out;
	}
	rc = 0;
out:
	free(made_why);
	free(old_why);
	for (i = 0; i < REPLACE_MAX; i++) {
		cstate_clear(&cs[i]);
		st_claim_clear(&oc[i]);
	}
	return rc;
}

/* The parts of claim R->old[0] when split at AT, into R. */
static int
split_spans(struct store *s, struct replace *r, size_t at)
{
	struct st_claim	 c;
	struct db_stmt	*st;
	char		*doc = NULL;
	size_t		 len, a, n;
	int64_t		 rev, article;
	int		 rc = -1;

	if (claim_step(s, r->old[0], &st) != 0)
		return -1;
	store_claim_read(st, &c);
	article = db_column_int64(st, STORE_CLAIM_COLUMNS);
	db_reset(st);
	if (store_current_revision(s, article, &rev, NULL, &len) != 0)
		goto out;
	if ((doc = revision_text(s, rev, &len)) == NULL)
		goto out;
	if (at <= c.start || at >= c.end || c.end > len ||
	    (a = utf8_space_before(doc, c.start, at)) <= c.start) {
		store_err(s, "claim %d cannot be split there: a part would be "
		    "empty", c.number);
		goto out;
	}
	while (at < c.end && (n = utf8_space_len(doc + at, c.end - at)) > 0)
		at += n;
	r->start[0] = c.start;
	r->end[0] = a;
	r->start[1] = at;
	r->end[1] = c.end;
	r->nnew = 2;
	rc = at < c.end ? 0 : store_err(s, "claim %d cannot be split there: "
	    "a part would be empty", c.number);
out:
	free(doc);
	st_claim_clear(&c);
	return rc;
}

int
store_split_claim(struct store *s, int64_t claim, size_t at,
    const struct st_part_source parts[2], const struct st_change *asked,
    int64_t *first, int64_t *second, char **cause)
{
	struct st_change	 ch;
	struct replace		 r;
	int			 rc;

	memset(&r, 0, sizeof r);
	r.own = parts;
	r.old[0] = claim;
	r.version[0] = asked->version;
	r.nold = 1;
	if (store_change_begin(s, asked, &ch, cause) != 0)
		return -1;
	if ((rc = split_spans(s, &r, at)) == 0)
		rc = replace_in_tx(s, &r, &ch);
	if ((rc = change_end(s, rc, cause)) == 0) {
		*first = r.made[0];
		*second = r.made[1];
	}
	return rc;
}

int
store_join_claims(struct store *s, int64_t claim, size_t end, int64_t next,
    int next_version, const struct st_change *asked, int64_t *joined,
    char **cause)
{
	struct st_change	 ch;
	struct replace		 r;
	struct st_claim		 c;
	struct db_stmt		*st;
	int			 rc;

	memset(&r, 0, sizeof r);
	r.old[0] = claim;
	r.version[0] = asked->version;
	r.nold = 1;
	if (next != 0 && next != claim) {
		r.old[1] = next;
		r.version[1] = next_version;
		r.nold = 2;
	}
	r.join = 1;
	r.nnew = 1;
	if (store_change_begin(s, asked, &ch, cause) != 0)
		return -1;
	if ((rc = claim_step(s, claim, &st)) == 0) {
		store_claim_read(st, &c);
		db_reset(st);
		r.start[0] = c.start;
		r.end[0] = end;
		if (end <= c.end)
			rc = store_err(s, "claim %d: nothing after it to join",
			    c.number);
		st_claim_clear(&c);
	}
	if (rc == 0)
		rc = replace_in_tx(s, &r, &ch);
	if ((rc = change_end(s, rc, cause)) == 0)
		*joined = r.made[0];
	return rc;
}
