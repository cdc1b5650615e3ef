/* store-change.c: changing one claim: verdict, note, dismissal, a claim
 * made by hand; each change committed with its history. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "segment.h"
#include "store-int.h"
#include "store.h"
#include "utf8.h"
#include "xmalloc.h"

struct cstate {
	int64_t		 article;
	int		 revision;	/* its revision's number */
	int		 current;	/* the article's current number */
	int		 dismissed;
	int		 orphan;
	enum verdict	 status;
	char		*note;		/* owned */
};

static int
claim_state(struct store *s, int64_t claim, struct cstate *cs)
{
	sqlite3_stmt	*st = store_stmt(s, S_CLAIM_STATE);
	int		 rc, v;

	sqlite3_bind_int64(st, 1, claim);
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		if (rc == SQLITE_DONE)
			store_err(s, "no claim with id %" PRId64, claim);
		else
			store_dberr(s, "reading the claim");
		sqlite3_reset(st);
		return -1;
	}
	cs->article = sqlite3_column_int64(st, 0);
	cs->revision = sqlite3_column_int(st, 1);
	cs->dismissed = sqlite3_column_int(st, 2);
	cs->orphan = sqlite3_column_int(st, 3);
	v = verdict_parse((const char *)sqlite3_column_text(st, 4));
	cs->status = v < 0 ? VERDICT_NONE : (enum verdict)v;
	cs->note = store_column_dup(st, 5);
	cs->current = sqlite3_column_int(st, 6);
	sqlite3_reset(st);
	return 0;
}

static int
set_orphan(struct store *s, int64_t claim, int orphan, const char *at,
    const char *reviewer, const char *origin)
{
	sqlite3_stmt	*st = store_stmt(s, S_CLAIM_SET_ORPHAN);

	sqlite3_bind_int64(st, 1, claim);
	sqlite3_bind_int(st, 2, orphan);
	if (store_exec(s, st, "flagging an orphan") != 0)
		return -1;
	return store_history(s, claim, at, reviewer, "claim",
	    orphan ? NULL : "orphan", orphan ? "orphan" : "placed", origin);
}

/*
 * The claim a change to CLAIM belongs on: CLAIM itself when it is current
 * or an orphan, else the claim continuing it in a later revision; with none,
 * CLAIM flagged orphan so the change is kept and reported. *FROM is set to
 * CLAIM when the result differs from it (0 otherwise).
 */
static int
claim_target(struct store *s, int64_t claim, const char *at,
    const char *reviewer, int64_t *target, int64_t *from)
{
	struct cstate	cs;
	int64_t		id = claim, next;
	char		*origin;
	int		rc, hops;

	*from = 0;
	for (hops = 0; hops < 100000; hops++) {
		if (claim_state(s, id, &cs) != 0)
			return -1;
		free(cs.note);
		if (cs.orphan || cs.revision >= cs.current)
			break;
		sqlite3_bind_int64(store_stmt(s, S_CLAIM_NEXT), 1, id);
		rc = store_step_id(s, s->stmt[S_CLAIM_NEXT], &next,
		    "following the claim");
		if (rc < 0)
			return -1;
		if (rc == 0) {
			origin = xasprintf("changed after revision %d was "
			    "imported", cs.current);
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

static int
verdict_put(struct store *s, int64_t claim, enum verdict status,
    const char *note, const char *reviewer, const char *at)
{
	sqlite3_stmt	*st = store_stmt(s, S_VERDICT_PUT);

	sqlite3_bind_int64(st, 1, claim);
	store_bind_text(st, 2, verdict_name(status));
	store_bind_text(st, 3, note);
	store_bind_text(st, 4, reviewer);
	store_bind_text(st, 5, at);
	return store_exec(s, st, "saving the verdict");
}

int
store_verdict_in_tx(struct store *s, int64_t claim, int status,
    const char *note, const char *reviewer, const char *origin)
{
	struct cstate	 cs;
	char		 at[32], *why;
	int64_t		 target, from;
	enum verdict	 nstatus;
	const char	*nnote;
	int		 rc = -1;

	store_now(at, sizeof at);
	if (claim_target(s, claim, at, reviewer, &target, &from) != 0)
		return -1;
	if (claim_state(s, target, &cs) != 0)
		return -1;
	nstatus = status < 0 ? cs.status : (enum verdict)status;
	nnote = note != NULL ? note : cs.note;
	if (nstatus == cs.status && strcmp(nnote, cs.note) == 0) {
		free(cs.note);
		return 0;
	}
	why = change_origin(origin, from);
	if (verdict_put(s, target, nstatus, nnote, reviewer, at) != 0)
		goto out;
	if (nstatus != cs.status && store_history(s, target, at, reviewer,
	    "status", verdict_name(cs.status), verdict_name(nstatus), why) != 0)
		goto out;
	if (strcmp(nnote, cs.note) != 0 && store_history(s, target, at,
	    reviewer, "note", cs.note, nnote, why) != 0)
		goto out;
	rc = 0;
out:
	free(why);
	free(cs.note);
	return rc;
}

int
store_set_verdict(struct store *s, int64_t claim, int status,
    const char *note, const char *reviewer, const char *origin,
    char **cause)
{
	if (status > VERDICT_UNSOURCED) {
		store_err(s, "bad verdict %d", status);
		return store_give_cause(s, cause);
	}
	if (store_begin(s, 1) != 0)
		return store_give_cause(s, cause);
	return store_end(s, store_verdict_in_tx(s, claim, status, note,
	    reviewer, origin), cause);
}

int
store_set_status(struct store *s, int64_t claim, enum verdict status,
    const char *reviewer, const char *origin, char **cause)
{
	return store_set_verdict(s, claim, (int)status, NULL, reviewer, origin,
	    cause);
}

int
store_set_note(struct store *s, int64_t claim, const char *note,
    const char *reviewer, const char *origin, char **cause)
{
	return store_set_verdict(s, claim, -1, note != NULL ? note : "",
	    reviewer, origin, cause);
}

static int
set_dismissed(struct store *s, int64_t claim, int dismissed,
    const char *reviewer, const char *origin)
{
	struct cstate	 cs;
	sqlite3_stmt	*st;
	char		 at[32], *why;
	int64_t		 target, from;
	int		 rc;

	store_now(at, sizeof at);
	if (claim_target(s, claim, at, reviewer, &target, &from) != 0)
		return -1;
	if (claim_state(s, target, &cs) != 0)
		return -1;
	free(cs.note);
	if (cs.dismissed == dismissed)
		return 0;
	st = store_stmt(s, S_CLAIM_SET_DISMISSED);
	sqlite3_bind_int64(st, 1, target);
	sqlite3_bind_int(st, 2, dismissed);
	if (store_exec(s, st, "dismissing the claim") != 0)
		return -1;
	why = change_origin(origin, from);
	rc = store_history(s, target, at, reviewer, "dismissed",
	    cs.dismissed ? "1" : "0", dismissed ? "1" : "0", why);
	free(why);
	return rc;
}

int
store_set_dismissed(struct store *s, int64_t claim, int dismissed,
    const char *reviewer, const char *origin, char **cause)
{
	if (store_begin(s, 1) != 0)
		return store_give_cause(s, cause);
	return store_end(s, set_dismissed(s, claim, dismissed != 0, reviewer,
	    origin), cause);
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
	sqlite3_stmt	*st = store_stmt(s, S_REV_TEXT);
	char		*text;

	sqlite3_bind_int64(st, 1, rev);
	if (sqlite3_step(st) != SQLITE_ROW) {
		store_dberr(s, "reading the revision");
		sqlite3_reset(st);
		return NULL;
	}
	*len = (size_t)sqlite3_column_bytes(st, 0);
	text = xmalloc(*len + 1);
	if (*len > 0)
		memcpy(text, sqlite3_column_blob(st, 0), *len);
	text[*len] = '\0';
	sqlite3_reset(st);
	return text;
}

static int
undismiss(struct store *s, int64_t claim, const char *reviewer,
    const char *at)
{
	sqlite3_stmt	*st = store_stmt(s, S_CLAIM_SET_DISMISSED);

	sqlite3_bind_int64(st, 1, claim);
	sqlite3_bind_int(st, 2, 0);
	if (store_exec(s, st, "restoring the claim") != 0)
		return -1;
	return store_history(s, claim, at, reviewer, "dismissed", "1", "0",
	    NULL);
}

static int
add_claim(struct store *s, int64_t article, size_t start, size_t end,
    const char *text, const char *reviewer, int64_t *claim)
{
	sqlite3_stmt	*st;
	char		 at[32], *doc, *slice;
	int64_t		 rev;
	size_t		 len;
	int		 rc, number;

	store_now(at, sizeof at);
	if (store_current_revision(s, article, &rev, NULL, &len) != 0)
		return -1;
	if (start >= end || end > len) {
		return store_err(s, "bad claim span %zu-%zu (the article has "
		    "%zu bytes)", start, end, len);
	}
	if ((doc = revision_text(s, rev, &len)) == NULL)
		return -1;
	slice = segment_collapse(doc + start, end - start);
	free(doc);
	if (text != NULL && !same_words(text, slice)) {
		free(slice);
		return store_err(s, "the article changed since it was read; "
		    "open it again");
	}

	st = store_stmt(s, S_CLAIM_BY_SPAN);
	sqlite3_bind_int64(st, 1, rev);
	sqlite3_bind_int64(st, 2, (int64_t)start);
	sqlite3_bind_int64(st, 3, (int64_t)end);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*claim = sqlite3_column_int64(st, 0);
		rc = sqlite3_column_int(st, 1);
		sqlite3_reset(st);
		free(slice);
		return rc ? undismiss(s, *claim, reviewer, at) : 0;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(slice);
		return store_dberr(s, "finding the claim");
	}

	if (store_next_number(s, article, &number) != 0) {
		free(slice);
		return -1;
	}
	st = store_stmt(s, S_CLAIM_INSERT);
	sqlite3_bind_int64(st, 1, rev);
	sqlite3_bind_int64(st, 2, (int64_t)start);
	sqlite3_bind_int64(st, 3, (int64_t)end);
	store_bind_text(st, 4, text != NULL ? text : slice);
	store_bind_text(st, 5, "");
	sqlite3_bind_int(st, 7, 0);
	store_bind_text(st, 8, "manual");
	sqlite3_bind_int(st, 9, 0);
	sqlite3_bind_int(st, 12, number);
	rc = store_exec(s, st, "adding the claim");
	free(slice);
	if (rc != 0)
		return -1;
	*claim = sqlite3_last_insert_rowid(s->db);
	return store_history(s, *claim, at, reviewer, "claim", NULL, "manual",
	    NULL);
}

int
store_add_claim(struct store *s, int64_t article, size_t start, size_t end,
    const char *text, const char *reviewer, int64_t *claim, char **cause)
{
	if (store_begin(s, 1) != 0)
		return store_give_cause(s, cause);
	return store_end(s, add_claim(s, article, start, end, text, reviewer,
	    claim), cause);
}

/* store_set_url()'s work in a transaction. */
static int
set_url(struct store *s, int64_t article, const char *url)
{
	sqlite3_stmt	*st = store_stmt(s, S_ART_SET_URL);

	sqlite3_bind_int64(st, 1, article);
	store_bind_text(st, 2, url != NULL && *url != '\0' ? url : NULL);
	if (store_exec(s, st, "setting the URL") != 0)
		return -1;
	if (sqlite3_changes(s->db) != 1)
		return store_err(s, "no article with id %" PRId64, article);
	return 0;
}

int
store_set_url(struct store *s, int64_t article, const char *url,
    char **cause)
{
	if (store_begin(s, 1) != 0)
		return store_give_cause(s, cause);
	return store_end(s, set_url(s, article, url), cause);
}
