/* store-undo.c: undoing a reviewer's own changes, newest first, from the
 * history, so that undo works across sessions and never touches another
 * reviewer's change. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"

#include "store-int.h"
#include "store.h"
#include "xmalloc.h"

/*
 * A change is the history rows one transaction wrote for one claim (an
 * adoption writes a status and a note row, and places the orphan it came
 * from), or for the claims of a split or a join (store-change.c), told by
 * their change column. Undoable are a
 * reviewer's own edits (origin NULL), adoptions, splits and joins, not what
 * an import or an undo wrote, nor a verdict carried to the claims a split
 * or a join made (those claims are dropped again). Undoing writes each
 * row's old value back with the origin "undo of change ID", ID the row
 * undone, which is how a row is known to be undone.
 */
#define UNDO_ROWS							\
	"SELECT h.id, h.claim_id, coalesce(h.change, h.id), h.field,"	\
	" h.old, h.new, coalesce(h.origin, ''), c.number,"		\
	" h.old_name, h.old_kind, coalesce(h.old_edited, -1)"		\
	" FROM history h JOIN claim c ON c.id = h.claim_id"		\
	" WHERE h.reviewer = ?2 AND (h.origin IS NULL"			\
	"  OR h.origin LIKE 'adopted %'"				\
	"  OR h.origin LIKE 'split %' OR h.origin LIKE 'joined %')"	\
	" AND (h.field <> 'claim'"					\
	"  OR h.new IN ('manual', 'confirmed', 'placed'))"		\
	" AND NOT EXISTS (SELECT 1 FROM history u"			\
	"  WHERE u.claim_id = h.claim_id"				\
	"  AND u.origin = 'undo of change ' || h.id)"

/* The newest undoable row on the claims of revision ?1 before row ?3. */
#define UNDO_LAST	UNDO_ROWS " AND c.revision_id = ?1"		\
	" AND h.id < ?3 ORDER BY h.id DESC LIMIT 1"
/* The rows of change ?3 (on claim ?1 but for a split or a join), which
 * are its first row ?3 and those after it that name it. */
#define UNDO_GROUP	UNDO_ROWS " AND h.id >= ?3"				\
	" AND coalesce(h.change, h.id) = ?3 ORDER BY h.id"
/* Whether there is an undoable row on a claim of an earlier revision
 * (not ?1) of article ?3: one an import put behind it. */
#define UNDO_EARLIER	UNDO_ROWS " AND c.revision_id <> ?1"		\
	" AND c.revision_id IN (SELECT id FROM revision"		\
	"  WHERE article_id = ?3) LIMIT 1"
/* Who changed claim ?1 after history row ?2, other than reviewer ?3: a
 * change that reviewer undid since, and that undo, leave the claim as it
 * was, and count for nothing. */
#define UNDO_OTHERS							\
	"SELECT h.reviewer, h.at FROM history h WHERE h.claim_id = ?1"	\
	" AND h.id > ?2 AND h.reviewer <> ?3"				\
	" AND NOT EXISTS (SELECT 1 FROM history u"			\
	"  WHERE u.claim_id = h.claim_id AND u.reviewer = h.reviewer"	\
	"  AND u.origin = 'undo of change ' || h.id)"			\
	" AND NOT EXISTS (SELECT 1 FROM history x"			\
	"  WHERE x.claim_id = h.claim_id AND x.id > ?2"		\
	"  AND x.reviewer = h.reviewer"					\
	"  AND h.origin = 'undo of change ' || x.id)"			\
	" ORDER BY h.id DESC LIMIT 1"
/* A reviewer's own change or adoption, not undone since. */
#define UNDO_STANDS							\
	" AND (h.origin IS NULL OR h.origin LIKE 'adopted from %')"	\
	" AND NOT EXISTS (SELECT 1 FROM history u"			\
	"  WHERE u.claim_id = h.claim_id"				\
	"  AND u.origin = 'undo of change ' || h.id)"
/* Who gave claim ?1 the status ?2 last before history row ?3, and when:
 * the status given, or a stale verdict confirmed on its new text, on the
 * claim or on those of earlier revisions it continues (what an import, an
 * undo, a split or a join wrote names who did that, not who gave the
 * verdict). */
#define UNDO_GIVER							\
	STORE_CHAIN_SQL							\
	" SELECT h.reviewer, h.at FROM history h"			\
	" WHERE h.claim_id IN (SELECT id FROM chain) AND h.id < ?3"	\
	" AND ((h.field = 'status' AND h.new = ?2)"			\
	"  OR (h.field = 'claim' AND h.new = 'confirmed'))"		\
	UNDO_STANDS							\
	" ORDER BY h.id DESC LIMIT 1"
/* When the verdict of claim ?1 last changed before history row ?2 by a
 * change that stands: its status, its note, a confirmation. */
#define UNDO_SINCE							\
	STORE_CHAIN_SQL							\
	" SELECT max(h.at) FROM history h"				\
	" WHERE h.claim_id IN (SELECT id FROM chain) AND h.id < ?2"	\
	" AND (h.field IN ('status', 'note')"				\
	"  OR (h.field = 'claim' AND h.new = 'confirmed'))"		\
	UNDO_STANDS
/* The text the verdict of claim ?1 was given on when it went stale last
 * before history row ?2: on the claim, or on one of earlier revisions it
 * continues (a verdict stays stale from import to import, its "stale"
 * row on the claim where it went stale); the rows an undo wrote hold no
 * text. */
#define UNDO_STALE							\
	STORE_CHAIN_SQL							\
	" SELECT old FROM history WHERE claim_id IN (SELECT id FROM chain)"\
	" AND field = 'claim' AND new = 'stale' AND id < ?2"		\
	" AND coalesce(origin, '') NOT LIKE 'undo of change %'"		\
	" ORDER BY id DESC LIMIT 1"

struct undo_row {
	int64_t	 id;
	int64_t	 claim;		/* its claim, and that claim's number */
	int	 number;
	char	*field, *old, *new, *origin;
	char	*old_name, *old_kind;	/* a source row's old source */
	int	 old_edited;		/* -1: not told */
};

struct undo {
	int64_t		 claim;
	int64_t		 change;
	int		 number;
	struct undo_row	*rows;
	size_t		 n, cap;
};

static void
undo_clear(struct undo *u)
{
	size_t	i;

	for (i = 0; i < u->n; i++) {
		free(u->rows[i].field);
		free(u->rows[i].old);
		free(u->rows[i].new);
		free(u->rows[i].origin);
		free(u->rows[i].old_name);
		free(u->rows[i].old_kind);
	}
	free(u->rows);
	memset(u, 0, sizeof *u);
}

static struct db_stmt *
undo_prepare(struct store *s, const char *sql)
{
	struct db_stmt	*st;

	if ((st = db_prepare(store_db(s), sql)) == NULL) {
		store_dberr(s, "reading the history");
		return NULL;
	}
	return st;
}

/* The newest change REVIEWER made on revision REV before history row
 * BEFORE not undone yet: 1 with *U, 0 when there is none, -1. */
static int
undo_find(struct store *s, int64_t rev, const char *reviewer, int64_t before,
    struct undo *u)
{
	struct db_stmt	*st;
	struct undo_row	*r;
	int		 rc;

	if ((st = undo_prepare(s, UNDO_LAST)) == NULL)
		return -1;
	db_bind_int64(st, 1, rev);
	db_bind_text(st, 2, reviewer);
	db_bind_int64(st, 3, before);
	if ((rc = db_step(st)) != DB_ROW) {
		db_finalize(st);
		return rc == DB_DONE ? 0 : store_dberr(s,
		    "reading the history");
	}
	u->claim = db_column_int64(st, 1);
	u->change = db_column_int64(st, 2);
	u->number = db_column_int(st, 7);
	db_finalize(st);

	if ((st = undo_prepare(s, UNDO_GROUP)) == NULL)
		return -1;
	db_bind_int64(st, 1, u->claim);
	db_bind_text(st, 2, reviewer);
	db_bind_int64(st, 3, u->change);
	while ((rc = db_step(st)) == DB_ROW) {
		u->rows = xgrow(u->rows, &u->cap, u->n, sizeof *u->rows);
		r = &u->rows[u->n++];
		r->id = db_column_int64(st, 0);
		r->claim = db_column_int64(st, 1);
		r->number = db_column_int(st, 7);
		r->origin = store_column_dup(st, 6);
		r->field = store_column_dup(st, 3);
		r->old = store_column_dup(st, 4);
		r->new = store_column_dup(st, 5);
		r->old_name = store_column_dup(st, 8);
		r->old_kind = store_column_dup(st, 9);
		r->old_edited = db_column_int(st, 10);
	}
	db_finalize(st);
	if (rc != DB_DONE)
		return store_dberr(s, "reading the history");
	return u->n > 0;
}

/* Another reviewer's change after one of the reviewer's: on which claim,
 * by whom (allocated), when (allocated). */
struct undo_block {
	int	 number;
	char	*who, *at;
};

/* 1 with *B, when another reviewer changed a claim of U after it; 0 when
 * none did; -1. */
static int
undo_check(struct store *s, const struct undo *u, const char *reviewer,
    struct undo_block *b)
{
	struct db_stmt	*st;
	size_t		 i;
	int		 rc = 0;

	if ((st = undo_prepare(s, UNDO_OTHERS)) == NULL)
		return -1;
	for (i = 0; rc == 0 && i < u->n; i++) {
		db_reset(st);
		db_bind_int64(st, 1, u->rows[i].claim);
		db_bind_int64(st, 2, u->rows[u->n - 1].id);
		db_bind_text(st, 3, reviewer);
		if ((rc = db_step(st)) == DB_ROW) {
			b->number = u->rows[i].number;
			b->who = store_column_dup(st, 0);
			b->at = store_column_dup(st, 1);
			rc = 1;
		} else
			rc = rc == DB_DONE ? 0 : store_dberr(s,
			    "reading the history");
	}
	db_finalize(st);
	return rc;
}

/* The text the stale verdict of CLAIM confirmed at history row ROW was
 * given on, allocated, or NULL. */
static char *
undo_stale_text(struct store *s, int64_t claim, int64_t row)
{
	struct db_stmt	*st;
	char		*text = NULL;

	if ((st = undo_prepare(s, UNDO_STALE)) == NULL)
		return NULL;
	db_bind_int64(st, 1, claim);
	db_bind_int64(st, 2, row);
	if (db_step(st) == DB_ROW)
		text = store_column_dup(st, 0);
	db_finalize(st);
	return text;
}

/* Whether U is a split or a join. */
static int
undo_replaced(const struct undo *u)
{
	const char	*o = u->rows[0].origin;

	return o != NULL && (strncmp(o, "split ", 6) == 0 ||
	    strncmp(o, "joined ", 7) == 0);
}

/* Whether undoing row R brings a claim a split or a join replaced back. */
static int
undo_restores(const struct undo_row *r)
{
	return strcmp(r->field, "dismissed") == 0 && r->new != NULL &&
	    strcmp(r->new, "1") == 0;
}

/* What undoing U did, for the reviewer. */
static char *
undo_said(const struct undo *u, const struct st_claim *c)
{
	const char	*f = u->rows[0].field, *n = u->rows[0].new;
	int		 back[2] = { 0, 0 }, nback = 0;
	size_t		 i;

	if (undo_replaced(u)) {
		for (i = 0; i < u->n && nback < 2; i++) {
			if (undo_restores(&u->rows[i]))
				back[nback++] = u->rows[i].number;
		}
		if (strncmp(u->rows[0].origin, "split ", 6) == 0)
			return xasprintf("claim %d is whole again (the split is "
			    "undone)", back[0]);
		if (nback > 1)
			return xasprintf("claims %d and %d are back (the join "
			    "is undone)", back[0], back[1]);
		return xasprintf("claim %d is back as it was (the join is "
		    "undone)", back[0]);
	}
	if (strcmp(f, "claim") == 0 && n != NULL && strcmp(n, "manual") == 0)
		return xasprintf("claim %d (made by hand) is dropped again",
		    u->number);
	if (strcmp(f, "dismissed") == 0)
		return xasprintf("claim %d %s", u->number, c->dismissed ?
		    "is dropped again" : "is back in the panel");
	if (strcmp(f, "note") == 0 && u->n == 1)
		return xasprintf(c->note[0] == '\0' ? "claim %d has no note "
		    "again" : "claim %d has its old note again", u->number);
	if (strcmp(f, "source") == 0)
		return xasprintf("claim %d has its old source again",
		    u->number);
	return xasprintf("claim %d is %s again%s", u->number,
	    verdict_name(c->status), c->stale_text != NULL ? ", stale (its "
	    "text changed since)" : "");
}

/* Who the verdict of C is after U is undone, and since when (both
 * allocated), as the history says: who gave its status again (whoever
 * confirmed a stale verdict gave it on its new text) when U changed the
 * status or confirmed it, its reviewer still when U did neither; since the
 * last change of its verdict that stands. REVIEWER, undoing, now, for no
 * verdict, and when the history does not tell (a verdict carried to the
 * parts of a split). */
static void
undo_giver(struct store *s, const struct undo *u, const struct st_claim *c,
    const char *reviewer, const char *now, char **who, char **at)
{
	struct db_stmt	*st;
	size_t		 i;

	*who = *at = NULL;
	if (c->status != VERDICT_NONE) {
		for (i = 0; i < u->n && strcmp(u->rows[i].field, "status") != 0 &&
		    !(strcmp(u->rows[i].field, "claim") == 0 &&
		    strcmp(u->rows[i].new, "confirmed") == 0); i++)
			;
		if (i == u->n && c->reviewer != NULL)
			*who = xstrdup(c->reviewer);
		else if (i < u->n &&
		    (st = undo_prepare(s, UNDO_GIVER)) != NULL) {
			db_bind_int64(st, 1, u->claim);
			db_bind_text(st, 2, verdict_name(c->status));
			db_bind_int64(st, 3, u->rows[0].id);
			if (db_step(st) == DB_ROW)
				*who = store_column_dup(st, 0);
			db_finalize(st);
		}
		if (*who != NULL &&
		    (st = undo_prepare(s, UNDO_SINCE)) != NULL) {
			db_bind_int64(st, 1, u->claim);
			db_bind_int64(st, 2, u->rows[0].id);
			if (db_step(st) == DB_ROW)
				*at = store_column_dup(st, 0);
			db_finalize(st);
		}
	}
	if (*who == NULL)
		*who = xstrdup(reviewer);
	if (*at == NULL)
		*at = xstrdup(now);
}

/* The source row R replaced, as its name and role (allocated, NULL for
 * none): exactly, from the name the row keeps; from "Name (role)" on rows
 * written before it did. */
static void
undo_old_source(const struct undo_row *r, char **name, char **role)
{
	size_t	len, n;

	*name = *role = NULL;
	if (r->old == NULL)
		return;
	len = strlen(r->old);
	if (r->old_name == NULL || (n = strlen(r->old_name)) > len ||
	    strncmp(r->old, r->old_name, n) != 0) {
		st_source_split(r->old, name, role);
		return;
	}
	*name = xstrdup(r->old_name);
	if (len > n + 3 && strncmp(r->old + n, " (", 2) == 0 &&
	    r->old[len - 1] == ')')
		*role = xstrndup(r->old + n + 2, len - n - 3);
}

/* Gives claim C (updated) back the source that row R replaced, with its
 * role and kind, set by hand or not as it was. */
static int
undo_source(struct store *s, const struct undo_row *r, const char *reviewer,
    const char *at, const char *why, struct st_claim *c)
{
	struct db_stmt	*st;
	char		*name, *role, *kind;
	int		 rc;

	undo_old_source(r, &name, &role);
	kind = name != NULL && r->old_kind != NULL ? xstrdup(r->old_kind) :
	    NULL;
	st = store_stmt(s, S_CLAIM_SET_SOURCE);
	db_bind_int64(st, 1, r->claim);
	db_bind_text(st, 2, name);
	db_bind_text(st, 3, role);
	db_bind_text(st, 4, kind);
	if (r->old_edited >= 0)
		db_bind_int(st, 5, r->old_edited);
	rc = store_exec(s, st, "setting the source");
	if (rc == 0)
		rc = store_history_source(s, r->claim, at, reviewer, r->new,
		    r->old, why, c->source, c->source_kind, c->source_edited);
	free(c->source);
	free(c->source_role);
	free(c->source_kind);
	c->source = name;
	c->source_role = role;
	c->source_kind = kind;
	c->source_edited = r->old_edited >= 0 ? r->old_edited : 1;
	return rc;
}

/* Writes U's old values back; the claim's state in C (updated). */
static int
undo_apply(struct store *s, const struct undo *u, const char *reviewer,
    struct st_claim *c)
{
	struct db_stmt	*st;
	char		 at[32], *why;
	const char	*f;
	size_t		 i, j;
	int64_t		 id;
	int		 rc = 0, v, verdict = 0, drop;
	char		*stale = NULL, *giver, *since;

	store_now(at, sizeof at);
	for (i = 0; rc == 0 && i < u->n; i++) {
		f = u->rows[i].field;
		why = xasprintf("undo of change %" PRId64, u->rows[i].id);
		if (strcmp(f, "status") == 0) {
			v = verdict_parse(u->rows[i].old);
			c->status = v < 0 ? VERDICT_NONE : (enum verdict)v;
			verdict = 1;
			rc = store_history(s, u->claim, at, reviewer, f,
			    u->rows[i].new, u->rows[i].old, why);
		} else if (strcmp(f, "note") == 0) {
			free(c->note);
			c->note = xstrdup(u->rows[i].old != NULL ?
			    u->rows[i].old : "");
			verdict = 1;
			rc = store_history(s, u->claim, at, reviewer, f,
			    u->rows[i].new, u->rows[i].old, why);
		} else if (strcmp(f, "source") == 0) {
			rc = undo_source(s, &u->rows[i], reviewer, at, why, c);
		} else if (strcmp(f, "claim") == 0 &&
		    strcmp(u->rows[i].new, "placed") == 0) {
			/* The orphan an adoption placed is one again. */
			st = store_stmt(s, S_CLAIM_SET_ORPHAN);
			db_bind_int64(st, 1, u->rows[i].claim);
			db_bind_int(st, 2, 1);
			rc = store_exec(s, st, "flagging an orphan");
			if (rc == 0)
				rc = store_history(s, u->rows[i].claim, at,
				    reviewer, f, "placed", "orphan", why);
		} else if (strcmp(f, "claim") == 0 &&
		    strcmp(u->rows[i].new, "confirmed") == 0) {
			free(stale);
			stale = undo_stale_text(s, u->claim, u->rows[i].id);
			verdict = 1;
			rc = store_history(s, u->claim, at, reviewer, f,
			    "confirmed", "stale", why);
		} else {
			/* dismissed, or a claim made by hand: dropped; in a
			 * split or a join, each row on its own claim */
			id = u->rows[i].claim;
			drop = strcmp(f, "dismissed") == 0 ?
			    u->rows[i].old != NULL &&
			    strcmp(u->rows[i].old, "1") == 0 : 1;
			if (id == u->claim)
				c->dismissed = drop;
			/* The parts of a split or a join undone are replaced
			 * by the claims it had replaced; another claim is
			 * what it was before the change undone. */
			st = store_stmt(s, S_CLAIM_SET_DISMISSED);
			db_bind_int64(st, 1, id);
			db_bind_int(st, 2, drop);
			if (drop && undo_replaced(u))
				db_bind_int(st, 3, 1);
			rc = store_exec(s, st, "dismissing the claim");
			if (rc == 0)
				rc = store_history(s, id, at, reviewer,
				    "dismissed", drop ? "0" : "1",
				    drop ? "1" : "0", why);
		}
		free(why);
	}
	if (rc == 0 && verdict) {
		undo_giver(s, u, c, reviewer, at, &giver, &since);
		st = store_stmt(s, S_VERDICT_PUT);
		db_bind_int64(st, 1, u->claim);
		db_bind_text(st, 2, verdict_name(c->status));
		db_bind_text(st, 3, c->note);
		db_bind_text(st, 4, giver);
		db_bind_text(st, 5, since);
		db_bind_text(st, 6, stale != NULL ? stale : c->stale_text);
		rc = store_exec(s, st, "saving the verdict");
		free(c->reviewer);
		c->reviewer = giver;
		free(c->updated_at);
		c->updated_at = since;
	}
	/* A confirmation undone: the verdict is stale again. */
	if (stale != NULL) {
		free(c->stale_text);
		c->stale_text = stale;
		stale = NULL;
	}
	/* Each claim changed once more. */
	for (i = 0; rc == 0 && i < u->n; i++) {
		for (j = 0; j < i && u->rows[j].claim != u->rows[i].claim; j++)
			/* nothing */;
		if (j < i)
			continue;
		st = store_stmt(s, S_CLAIM_BUMP);
		db_bind_int64(st, 1, u->rows[i].claim);
		rc = store_exec(s, st, "counting the change");
	}
	return rc;
}

/* Nothing to undo on revision REV (number NUMBER) of ARTICLE: when an
 * import put the reviewer's changes behind it, *SAID says so. 0, or -1. */
static int
undo_none(struct store *s, int64_t article, int64_t rev, int number,
    const char *reviewer, char **said)
{
	struct db_stmt	*st;
	int		 rc;

	if ((st = undo_prepare(s, UNDO_EARLIER)) == NULL)
		return -1;
	db_bind_int64(st, 1, rev);
	db_bind_text(st, 2, reviewer);
	db_bind_int64(st, 3, article);
	rc = db_step(st);
	db_finalize(st);
	if (rc != DB_ROW && rc != DB_DONE)
		return store_dberr(s, "reading the history");
	if (rc == DB_ROW)
		*said = xasprintf("nothing of yours to undo in revision %d "
		    "(undo stops where it was imported)", number);
	return 0;
}

static int
undo_in_tx(struct store *s, int64_t article, const struct st_change *ch,
    int pass_over, int64_t *claim, char **said)
{
	struct undo	 u;
	struct st_claim	 c;
	struct undo_block b = { 0, NULL, NULL }, first = b;
	int64_t		 rev, before;
	char		*cause = NULL, *why;
	size_t		 i, nblocked = 0;
	int		 rc, number;

	memset(&u, 0, sizeof u);
	memset(&c, 0, sizeof c);
	if (store_current_revision(s, article, &rev, &number, NULL) != 0)
		return -1;
	/* A change another reviewer changed since is theirs now: passed
	 * over, so that it never stops the reviewer's older ones. */
	for (before = INT64_MAX;; before = u.change) {
		undo_clear(&u);
		if ((rc = undo_find(s, rev, ch->reviewer, before, &u)) <= 0)
			break;
		if ((rc = undo_check(s, &u, ch->reviewer, &b)) != 1)
			break;
		if (nblocked++ == 0)
			first = b;
		else {
			free(b.who);
			free(b.at);
		}
	}
	if (rc < 0)
		goto out;
	if (u.n == 0) {
		/* None left, or every one is another's now. */
		if (nblocked > 0) {
			store_err(s, "claim %d was changed by %s at %s after "
			    "your change; nothing was undone", first.number,
			    first.who, first.at);
			rc = STORE_CONFLICT;
		} else
			rc = undo_none(s, article, rev, number, ch->reviewer,
			    said);
		goto out;
	}
	/* A split or a join: the claim it replaced (the first) is the one
	 * the reviewer gets back. */
	for (i = 0; undo_replaced(&u) && i < u.n; i++) {
		if (undo_restores(&u.rows[i])) {
			u.claim = u.rows[i].claim;
			u.number = u.rows[i].number;
			break;
		}
	}
	/* Asked to undo the last change, not an older one on another
	 * claim: said first. */
	if (nblocked > 0 && !pass_over) {
		*said = xasprintf("claim %d, your last change, is %s's now: "
		    "U again undoes your change before it (claim %d)",
		    first.number, first.who, u.number);
		rc = STORE_UNDO_ASK;
		goto out;
	}
	if (store_claim_load(s, u.claim, &c, &cause) != 0) {
		store_err(s, "%s", cause);
		free(cause);
		rc = -1;
		goto out;
	}
	if ((rc = undo_apply(s, &u, ch->reviewer, &c)) == 0) {
		*claim = u.claim;
		*said = undo_said(&u, &c);
		if (nblocked > 0) {
			why = *said;
			*said = xasprintf("%s (claim %d passed over: %s changed "
			    "it since)", why, first.number, first.who);
			free(why);
		}
		rc = 1;
	}
out:
	if (nblocked > 0) {
		free(first.who);
		free(first.at);
	}
	st_claim_clear(&c);
	undo_clear(&u);
	return rc;
}

int
store_undo(struct store *s, int64_t article, const struct st_change *asked,
    int pass_over, int64_t *claim, char **said, char **cause)
{
	struct st_change	 ch;
	int			 rc;

	*said = NULL;
	if (store_change_begin(s, asked, &ch, cause) != 0)
		return -1;
	rc = undo_in_tx(s, article, &ch, pass_over, claim, said);
	if (rc < 0) {
		store_rollback(s);
		store_give_cause(s, cause);
		return rc;
	}
	if (rc == STORE_UNDO_ASK) {
		store_rollback(s);
		return rc;
	}
	if (store_commit(s) != 0) {
		free(*said);
		*said = NULL;
		return store_give_cause(s, cause);
	}
	return rc;
}
