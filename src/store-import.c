/* store-import.c: importing an article: its revisions, claims and the
 * verdicts that follow their claims into a new revision. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"

#include "anchor.h"
#include "article.h"
#include "doc.h"
#include "extract.h"
#include "meta.h"
#include "segment.h"
#include "store-int.h"
#include "store.h"
#include "utf8.h"
#include "xmalloc.h"

/* A claim of the previous revision, or an earlier orphan: the claim, and
 * what an import needs besides. */
struct old_claim {
	struct st_claim	 c;
	int64_t		 revision_id;
	int		 has_verdict;
};

struct rev_text {
	int64_t		 id;
	int		 number;
	char		*text;
	size_t		 len;
};

struct import_run {
	struct store		*s;
	const struct doc	*doc;
	const char		*reviewer;
	char			 at[32];
	int64_t			 article;
	int64_t			 rev;		/* the new one */
	int64_t			 prev;		/* the one before, or 0 */
	int			 number;
	int			 last;		/* the article's last claim
						   number (migration 4) */
	struct old_claim	*old;
	size_t			 nold;
	struct rev_text		*texts;
	size_t			 ntexts;
	struct import_result	*res;
};

/* Whether a claim carries anything a reviewer did. */
static int
old_stateful(const struct old_claim *o)
{
	return o->c.orphan || o->c.manual || o->c.dismissed || o->c.source_edited ||
	    o->c.status != VERDICT_NONE || o->c.note[0] != '\0';
}

static void
run_free(struct import_run *r)
{
	size_t	i;

	for (i = 0; i < r->nold; i++)
		st_claim_clear(&r->old[i].c);
	free(r->old);
	for (i = 0; i < r->ntexts; i++)
		free(r->texts[i].text);
	free(r->texts);
}

static int
insert_article(struct import_run *r, const char *path)
{
	struct db_stmt	*st = store_stmt(r->s, S_ART_INSERT);

	db_bind_text(st, 1, path);
	db_bind_text(st, 2, r->doc->title);
	db_bind_text(st, 3, r->at);
	if (store_step_id(r->s, st, &r->article, "adding the article") != 1)
		return -1;
	return 0;
}

/* The new revision, with its metadata: its page's, and what a person set
 * on the revision before (schema.sql, migration 6). */
static int
insert_revision(struct import_run *r)
{
	struct db_stmt		*st;
	const struct article	*art = r->doc->art;
	struct meta		 m;
	unsigned		 edited;
	char			 hash[17];
	int			 rc = -1;

	memset(&m, 0, sizeof m);
	if (store_meta_merge(r->s, r->prev, &r->doc->meta, r->doc->title, &m,
	    &edited) != 0)
		goto out;
	st = store_stmt(r->s, S_REV_INSERT);
	snprintf(hash, sizeof hash, "%016" PRIx64, article_hash(art->text,
	    art->len));
	db_bind_int64(st, 1, r->article);
	db_bind_int(st, 2, r->number);
	db_bind_blob(st, 3, art->text, art->len);
	db_bind_text(st, 4, hash);
	db_bind_text(st, 5, m.title);
	db_bind_text(st, 6, r->at);
	db_bind_text(st, 7, r->reviewer);
	if (store_step_id(r->s, st, &r->rev, "adding the revision") != 1)
		goto out;
	if (store_meta_write(r->s, r->rev, &m, edited, 1) != 0)
		goto out;
	if (r->number > 1) {
		st = store_stmt(r->s, S_ART_SET_TITLE);
		db_bind_int64(st, 1, r->article);
		db_bind_text(st, 2, m.title);
		if (store_exec(r->s, st, "renaming the article") != 0)
			goto out;
	}
	rc = 0;
out:
	meta_clear(&m);
	return rc;
}

/* Inserts C into the new revision: a claim continuing one keeps its
 * number (C's, PREV's), another takes the article's next. */
static int
insert_claim(struct import_run *r, const struct store_new_claim *c,
    int64_t *id)
{
	struct store_new_claim	 n = *c;

	if (n.prev == 0)
		n.number = ++r->last;
	if (store_claim_insert(r->s, r->rev, &n, id) != 0)
		return -1;
	if (!c->dismissed)
		r->res->claims++;
	return 0;
}

/* The article's claim counter, read before claims are inserted and
 * written after (schema.sql, migration 4). */
static int
numbers_load(struct import_run *r)
{
	struct db_stmt	*st = store_stmt(r->s, S_ART_NUMBER);
	int		 rc;

	db_bind_int64(st, 1, r->article);
	rc = db_step(st);
	r->last = rc == DB_ROW ? db_column_int(st, 0) : 0;
	db_reset(st);
	if (rc != DB_ROW)
		return store_dberr(r->s, "reading claim numbers");
	return 0;
}

static int
numbers_save(struct import_run *r)
{
	struct db_stmt	*st = store_stmt(r->s, S_ART_SET_NUMBER);

	db_bind_int64(st, 1, r->article);
	db_bind_int(st, 2, r->last);
	return store_exec(r->s, st, "saving claim numbers");
}

/* The source of new claim C: the one a reviewer set on old claim O (may be
 * NULL), else what the attribution pass gave sentence info CI. */
static void
claim_source(struct store_new_claim *c, const struct claim_info *ci,
    const struct old_claim *o)
{
	if (o != NULL && o->c.source_edited) {
		c->source = o->c.source;
		c->source_role = o->c.source_role;
		c->source_kind = o->c.source_kind;
		c->source_edited = 1;
		return;
	}
	c->source = ci->source;
	c->source_role = ci->source_role;
	c->source_kind = ci->source_kind != ATTRIB_NONE ?
	    attrib_kind_name(ci->source_kind) : NULL;
	c->source_edited = 0;
}

/* The claims of a first revision: the sentences the rules chose. */
static int
insert_extracted(struct import_run *r)
{
	const struct doc	*doc = r->doc;
	struct store_new_claim	 c;
	int64_t			 id;
	size_t			 i;

	for (i = 0; i < doc->nsent; i++) {
		if (!doc->info[i].claim)
			continue;
		memset(&c, 0, sizeof c);
		c.start = doc->sent[i].start;
		c.end = doc->sent[i].end;
		c.text = doc->sent[i].text;
		c.kinds = doc->info[i].kinds;
		claim_source(&c, &doc->info[i], NULL);
		c.score = doc->info[i].score;
		if (insert_claim(r, &c, &id) != 0)
			return -1;
	}
	return 0;
}

/* Reads the rows of ST (S_CLAIMS_OF_REV or S_CLAIMS_ORPHANED, bound). */
static int
load_old(struct import_run *r, struct db_stmt *st, int only_stateful)
{
	struct old_claim	 o;
	size_t			 cap = r->nold;
	int			 rc;

	while ((rc = db_step(st)) == DB_ROW) {
		store_claim_read(st, &o.c);
		o.has_verdict = db_column_int(st, STORE_CLAIM_COLUMNS);
		o.revision_id = db_column_int64(st, STORE_CLAIM_COLUMNS + 1);
		/* A claim a split or a join replaced (or a part of one
		 * undone) goes no further: the claims over its text carry
		 * what it carried, and undo does not reach across an
		 * import. Placed, it would take their place. */
		if ((only_stateful && !old_stateful(&o)) ||
		    (o.c.dismissed && o.c.replaced)) {
			st_claim_clear(&o.c);
			continue;
		}
		r->old = xgrow(r->old, &cap, r->nold, sizeof *r->old);
		r->old[r->nold++] = o;
	}
	return store_step_end(r->s, st, rc, "reading the claims");
}

/* The text of revision ID, read once. */
static const struct rev_text *
rev_text(struct import_run *r, int64_t id)
{
	struct db_stmt	*st;
	struct rev_text	*t;
	size_t		 i;

	for (i = 0; i < r->ntexts; i++) {
		if (r->texts[i].id == id)
			return &r->texts[i];
	}
	st = store_stmt(r->s, S_REV_TEXT);
	db_bind_int64(st, 1, id);
	if (db_step(st) != DB_ROW) {
		store_dberr(r->s, "reading a revision");
		db_reset(st);
		return NULL;
	}
	r->texts = xreallocarray(r->texts, r->ntexts + 1, sizeof *r->texts);
	t = &r->texts[r->ntexts++];
	t->id = id;
	t->len = (size_t)db_column_bytes(st, 0);
	t->text = xmalloc(t->len + 1);
	if (t->len > 0)
		memcpy(t->text, db_column_blob(st, 0), t->len);
	t->text[t->len] = '\0';
	t->number = db_column_int(st, 1);
	db_reset(st);
	return t;
}

/* Whether A and B are the same text, white space aside, and with FOLD
 * typography too (as anchor.c matches texts). */
static int
same_text(const char *a, const char *b, int fold)
{
	char	*x = segment_collapse(a, strlen(a));
	char	*y = segment_collapse(b, strlen(b));
	char	*fx = fold ? utf8_fold_typography(x) : x;
	char	*fy = fold ? utf8_fold_typography(y) : y;
	int	 same = strcmp(fx, fy) == 0;

	if (fold) {
		free(fx);
		free(fy);
	}
	free(x);
	free(y);
	return same;
}

/* The history a carried claim, now of text TEXT, starts with, and its
 * verdict. */
static int
carry_state(struct import_run *r, const struct old_claim *o, int64_t id,
    enum anchor_how how, const char *text)
{
	struct store		*s = r->s;
	const struct rev_text	*t;
	struct db_stmt		*st;
	char			*why, *src;
	const char		*given = NULL;
	int			 rc = -1, back = 0;

	/* A verdict on edited text is stale: the text it was given on is
	 * kept, the first one when it was stale already. A stale one whose
	 * claim has that text again is not stale any more. */
	if (o->c.stale_text != NULL)
		given = o->c.stale_text;
	else if (how != ANCHOR_EXACT && (o->c.status != VERDICT_NONE ||
	    o->c.note[0] != '\0'))
		given = o->c.text;
	if (given != NULL && o->c.stale_text != NULL &&
	    same_text(given, text, 1)) {
		given = NULL;
		back = 1;
	}
	/* Its revision's number: the claim's own number stays the same. */
	if ((t = rev_text(r, o->revision_id)) == NULL)
		return -1;
	why = xasprintf("re-anchored from revision %d (%s)", t->number,
	    back ? "the text the verdict was given on again" :
	    given != NULL ? "text edited: verdict stale" :
	    how != ANCHOR_EXACT ? "text edited" :
	    same_text(o->c.text, text, 0) ? "same text" :
	    "same words, typography changed");
	if (o->has_verdict) {
		st = store_stmt(s, S_VERDICT_PUT);
		db_bind_int64(st, 1, id);
		db_bind_text(st, 2, verdict_name(o->c.status));
		db_bind_text(st, 3, o->c.note);
		db_bind_text(st, 4, o->c.reviewer);
		db_bind_text(st, 5, o->c.updated_at);
		db_bind_text(st, 6, given);
		if (store_exec(s, st, "carrying the verdict") != 0)
			goto out;
	}
	if (given != NULL && o->c.stale_text == NULL)
		r->res->stale++;
	if (back)
		r->res->restored++;
	if (given != NULL && o->c.stale_text == NULL && store_history(s, id,
	    r->at, r->reviewer, "claim", given, "stale", why) != 0)
		goto out;
	if (back && store_history(s, id, r->at, r->reviewer, "claim", "stale",
	    "restored", why) != 0)
		goto out;
	if (o->c.manual && store_history(s, id, r->at, r->reviewer, "claim",
	    NULL, "manual", why) != 0)
		goto out;
	if (o->c.status != VERDICT_NONE && store_history(s, id, r->at,
	    r->reviewer, "status", "unreviewed", verdict_name(o->c.status),
	    why) != 0)
		goto out;
	if (o->c.note[0] != '\0' && store_history(s, id, r->at, r->reviewer,
	    "note", "", o->c.note, why) != 0)
		goto out;
	if (o->c.dismissed && store_history(s, id, r->at, r->reviewer,
	    "dismissed", "0", "1", why) != 0)
		goto out;
	if (o->c.source_edited) {
		src = st_source_text(o->c.source, o->c.source_role);
		rc = store_history(s, id, r->at, r->reviewer, "source", NULL,
		    src, why);
		free(src);
		if (rc != 0)
			goto out;
	}
	rc = 0;
out:
	free(why);
	return rc;
}

static int
set_orphan(struct import_run *r, const struct old_claim *o, int orphan)
{
	struct db_stmt	*st = store_stmt(r->s, S_CLAIM_SET_ORPHAN);
	char		*why;
	int		 rc;

	db_bind_int64(st, 1, o->c.id);
	db_bind_int(st, 2, orphan);
	if (store_exec(r->s, st, "flagging an orphan") != 0)
		return -1;
	if (orphan)
		why = xasprintf("not found in revision %d", r->number);
	else
		why = xasprintf("re-anchored to claim %d of revision %d",
		    o->c.number, r->number);
	rc = store_history(r->s, o->c.id, r->at, r->reviewer, "claim",
	    orphan ? NULL : "orphan", orphan ? "orphan" : "placed", why);
	free(why);
	return rc;
}

/* A new claim from sentence I, continuing old claim O (NULL: none). */
static void
claim_from_sentence(struct import_run *r, size_t i,
    const struct old_claim *o, enum anchor_how how,
    struct store_new_claim *c)
{
	const struct doc	*doc = r->doc;

	memset(c, 0, sizeof *c);
	c->start = doc->sent[i].start;
	c->end = doc->sent[i].end;
	c->text = doc->sent[i].text;
	c->kinds = doc->info[i].kinds;
	c->score = doc->info[i].score;
	claim_source(c, &doc->info[i], o);
	if (o == NULL)
		return;
	c->manual = o->c.manual && !doc->info[i].claim;
	c->dismissed = o->c.dismissed;
	c->replaced = o->c.replaced;
	c->prev = o->c.id;
	c->number = o->c.number;
	c->how = how;
}

/* A new claim over a span found in the raw text, like old claim O. */
static void
claim_from_span(const struct anchor_old *a, const struct old_claim *o,
    struct store_new_claim *c)
{
	memset(c, 0, sizeof *c);
	c->start = a->nstart;
	c->end = a->nend;
	c->text = o->c.text;
	c->kinds = o->c.kinds;
	c->source = o->c.source;
	c->source_role = o->c.source_role;
	c->source_kind = o->c.source_kind;
	c->source_edited = o->c.source_edited;
	c->score = o->c.score;
	c->manual = o->c.manual;
	c->dismissed = o->c.dismissed;
	c->replaced = o->c.replaced;
	c->prev = o->c.id;
	c->number = o->c.number;
	c->how = a->how;
}

/* After a claim continuing O was inserted as ID, of text TEXT. */
static int
carried(struct import_run *r, const struct old_claim *o, int64_t id,
    enum anchor_how how, const char *text)
{
	if (!old_stateful(o))
		return 0;
	if (o->c.status != VERDICT_NONE)
		r->res->moved++;
	else
		r->res->kept++;
	if (carry_state(r, o, id, how, text) != 0)
		return -1;
	return o->c.orphan ? set_orphan(r, o, 0) : 0;
}

static int
cmp_span(const void *a, const void *b)
{
	const size_t	*x = a, *y = b;

	return x[0] < y[0] ? -1 : x[0] > y[0];
}

/* Per sentence (allocated), whether it shares a byte with a span an old
 * claim was placed on (a claim over two sentences, or a part of one);
 * NULL when no claim was placed on a span. Sentences are in reading
 * order and do not overlap: one sweep over the spans sorted. */
static unsigned char *
held_by_spans(const struct import_run *r, const struct anchor_old *a)
{
	const struct doc	*doc = r->doc;
	unsigned char		*held;
	size_t			*span, n = 0, i, j = 0, maxend = 0, k;

	span = xreallocarray(NULL, r->nold + 1, 2 * sizeof *span);
	for (k = 0; k < r->nold; k++) {
		if (a[k].how != ANCHOR_NONE && a[k].cand == ANCHOR_NOCAND) {
			span[2 * n] = a[k].nstart;
			span[2 * n + 1] = a[k].nend;
			n++;
		}
	}
	if (n == 0) {
		free(span);
		return NULL;
	}
	qsort(span, n, 2 * sizeof *span, cmp_span);
	held = xcalloc(doc->nsent + 1, 1);
	for (i = 0; i < doc->nsent; i++) {
		for (; j < n && span[2 * j] < doc->sent[i].end; j++) {
			if (span[2 * j + 1] > maxend)
				maxend = span[2 * j + 1];
		}
		held[i] = maxend > doc->sent[i].start;
	}
	free(span);
	return held;
}

/* Inserts the new revision's claims: the rules' choices and every
 * sentence or span an old claim was placed on. A sentence the rules chose
 * whose words an old claim's span holds is not made a claim again beside
 * it. */
static int
insert_placed(struct import_run *r, const struct anchor_old *a)
{
	const struct doc	*doc = r->doc;
	struct store_new_claim	 c;
	const struct old_claim	*o;
	size_t			*by_sent, i, k;
	unsigned char		*held = held_by_spans(r, a);
	char			*text;
	int64_t			 id;
	int			 rc = -1;

	by_sent = xcalloc(doc->nsent + 1, sizeof *by_sent);
	for (i = 0; i < doc->nsent; i++)
		by_sent[i] = ANCHOR_NOCAND;
	for (k = 0; k < r->nold; k++) {
		if (a[k].how != ANCHOR_NONE && a[k].cand != ANCHOR_NOCAND)
			by_sent[a[k].cand] = k;
	}
	for (i = 0; i < doc->nsent; i++) {
		k = by_sent[i];
		if (k == ANCHOR_NOCAND && (!doc->info[i].claim ||
		    (held != NULL && held[i])))
			continue;
		o = k == ANCHOR_NOCAND ? NULL : &r->old[k];
		claim_from_sentence(r, i, o, o ? a[k].how : ANCHOR_NONE, &c);
		if (insert_claim(r, &c, &id) != 0)
			goto out;
		if (o != NULL && carried(r, o, id, a[k].how, c.text) != 0)
			goto out;
	}
	for (k = 0; k < r->nold; k++) {
		if (a[k].how == ANCHOR_NONE || a[k].cand != ANCHOR_NOCAND)
			continue;
		claim_from_span(&a[k], &r->old[k], &c);
		/* An edit: the claim's text is the new one. */
		text = a[k].how == ANCHOR_CONTEXT ? segment_collapse(
		    doc->art->text + a[k].nstart, a[k].nend - a[k].nstart) :
		    NULL;
		if (text != NULL)
			c.text = text;
		rc = insert_claim(r, &c, &id) != 0 ||
		    carried(r, &r->old[k], id, a[k].how, c.text) != 0 ? -1 : 0;
		free(text);
		if (rc != 0)
			goto out;
	}
	rc = 0;
out:
	free(held);
	free(by_sent);
	return rc;
}

static int
mark_orphans(struct import_run *r, const struct anchor_old *a)
{
	size_t	k;

	for (k = 0; k < r->nold; k++) {
		if (a[k].how != ANCHOR_NONE || !a[k].stateful)
			continue;
		/* A claim dropped is kept, to be dropped again if its text
		 * comes back, but no verdict is waiting for a place. */
		if (!r->old[k].c.dismissed)
			r->res->orphans++;
		if (r->old[k].c.orphan)
			continue;
		if (!r->old[k].c.dismissed)
			r->res->orphans_new++;
		if (set_orphan(r, &r->old[k], 1) != 0)
			return -1;
	}
	return 0;
}

/* A new revision of an article whose current revision is PREV. */
static int
revise(struct import_run *r, int64_t prev)
{
	const struct doc	*doc = r->doc;
	const struct rev_text	*t;
	struct anchor_old	*a;
	struct anchor_new	*cand;
	struct db_stmt		*st;
	size_t			 i;
	int			 rc = -1;

	st = store_stmt(r->s, S_CLAIMS_OF_REV);
	db_bind_int64(st, 1, prev);
	if (load_old(r, st, 0) != 0)
		return -1;
	st = store_stmt(r->s, S_CLAIMS_ORPHANED);
	db_bind_int64(st, 1, r->article);
	db_bind_int64(st, 2, prev);
	if (load_old(r, st, 1) != 0)
		return -1;
	r->prev = prev;
	if (insert_revision(r) != 0)
		return -1;

	a = xcalloc(r->nold + 1, sizeof *a);
	cand = xcalloc(doc->nsent + 1, sizeof *cand);
	for (i = 0; i < r->nold; i++) {
		if ((t = rev_text(r, r->old[i].revision_id)) == NULL)
			goto out;
		a[i].doc = t->text;
		a[i].doclen = t->len;
		a[i].start = r->old[i].c.start;
		a[i].end = r->old[i].c.end;
		a[i].text = r->old[i].c.text;
		a[i].stateful = old_stateful(&r->old[i]);
	}
	for (i = 0; i < doc->nsent; i++) {
		cand[i].start = doc->sent[i].start;
		cand[i].end = doc->sent[i].end;
		cand[i].text = doc->sent[i].text;
		cand[i].claim = doc->info[i].claim;
	}
	anchor_place(a, r->nold, doc->art->text, doc->art->len, cand,
	    doc->nsent);
	if (numbers_load(r) == 0 && insert_placed(r, a) == 0 &&
	    numbers_save(r) == 0 && mark_orphans(r, a) == 0 &&
	    store_match_revision(r->s, r->rev, r->article) == 0)
		rc = 0;
out:
	free(a);
	free(cand);
	return rc;
}

/* Whether revision REV, of LEN bytes, holds exactly the bytes of ART. */
static int
same_bytes(struct import_run *r, const struct article *art, int64_t rev,
    size_t len, int *same)
{
	struct db_stmt	*st;
	const void	*text;

	/* The bytes decide, not the hash: an article found by its name needs
	 * none computed. */
	*same = 0;
	if (len != art->len)
		return 0;
	/* Compared where the database holds it: a large article is not
	 * copied once more for that. */
	if (db_kind(r->s->db) == DB_SQLITE) {
		switch (db_sqlite_blob_equal(r->s->db, "revision", "text",
		    rev, art->text, art->len)) {
		case -1:
			return store_dberr(r->s, "reading a revision");
		case 1:
			*same = 1;
		}
		return 0;
	}
	st = store_stmt(r->s, S_REV_TEXT);
	db_bind_int64(st, 1, rev);
	if (db_step(st) != DB_ROW) {
		store_dberr(r->s, "reading a revision");
		db_reset(st);
		return -1;
	}
	text = db_column_blob(st, 0);
	*same = (size_t)db_column_bytes(st, 0) == art->len &&
	    (art->len == 0 || memcmp(text, art->text, art->len) == 0);
	db_reset(st);
	return 0;
}

/* Whether the current revision (the row of S_REV_CURRENT at CUR) holds
 * exactly the bytes of ART. */
static int
unchanged(struct import_run *r, const struct article *art, struct db_stmt *cur,
    int *same)
{
	return same_bytes(r, art, db_column_int64(cur, 0),
	    (size_t)db_column_int64(cur, 3), same);
}

static int
count_claims(struct import_run *r, int64_t rev)
{
	struct db_stmt	*st = store_stmt(r->s, S_CLAIM_COUNT);

	db_bind_int64(st, 1, rev);
	if (db_step(st) != DB_ROW) {
		db_reset(st);
		return store_dberr(r->s, "counting claims");
	}
	r->res->claims = (size_t)db_column_int(st, 1);
	db_reset(st);
	return 0;
}

/* An article already imported: unchanged, or a new revision. */
static int
import_again(struct import_run *r)
{
	struct db_stmt	*st = store_stmt(r->s, S_REV_CURRENT);
	int64_t		 prev;
	int		 same, rc;

	db_bind_int64(st, 1, r->article);
	if ((rc = db_step(st)) != DB_ROW) {
		db_reset(st);
		if (rc == DB_DONE)
			return store_err(r->s, "article %" PRId64 " has no "
			    "revision", r->article);
		return store_dberr(r->s, "reading the revision");
	}
	prev = db_column_int64(st, 0);
	r->number = db_column_int(st, 1);
	rc = unchanged(r, r->doc->art, st, &same);
	db_reset(st);
	if (rc != 0)
		return -1;
	r->res->revision = r->number;
	r->res->revision_id = prev;
	if (same) {
		/* Verdicts changed elsewhere since: linked anew. */
		r->res->state = IMPORT_UNCHANGED;
		if (count_claims(r, prev) != 0)
			return -1;
		if ((rc = store_rematch_revision(r->s, prev, r->article)) < 0)
			return -1;
		r->res->relinked = rc;
		return 0;
	}
	r->number++;
	r->res->revision = r->number;
	r->res->state = IMPORT_REVISED;
	return revise(r, prev);
}

/* Article AS gets PATH as its file: it was moved there. */
static int
move_article(struct import_run *r, int64_t as, const char *path)
{
	struct db_stmt	*st = store_stmt(r->s, S_ART_BY_PATH);
	int64_t		 id;
	int		 rc;

	db_bind_text(st, 1, path);
	if ((rc = store_step_id(r->s, st, &id, "finding the article")) < 0)
		return -1;
	if (rc == 1 && id != as)
		return store_err(r->s, "article %" PRId64 " was imported from "
		    "this file already", id);
	st = store_stmt(r->s, S_ART_SET_PATH);
	db_bind_int64(st, 1, as);
	db_bind_text(st, 2, path);
	if (store_exec(r->s, st, "moving the article") != 0)
		return -1;
	if (db_changes(r->s->db) != 1)
		return store_err(r->s, "no article with id %" PRId64, as);
	r->article = r->res->article = as;
	return import_again(r);
}

static int
import_run(struct import_run *r, const char *path, int64_t as)
{
	struct db_stmt	*st = store_stmt(r->s, S_ART_BY_PATH);
	int		 rc;

	if (as != 0)
		return move_article(r, as, path);
	db_bind_text(st, 1, path);
	rc = db_step(st);
	if (rc == DB_ROW) {
		r->article = db_column_int64(st, 0);
		db_reset(st);
		r->res->article = r->article;
		return import_again(r);
	}
	if (store_step_end(r->s, st, rc, "finding the article") != 0)
		return -1;
	r->res->state = IMPORT_NEW;
	r->res->revision = r->number = 1;
	if (insert_article(r, path) != 0 || insert_revision(r) != 0)
		return -1;
	r->res->article = r->article;
	if (insert_extracted(r) != 0 || numbers_save(r) != 0)
		return -1;
	return store_match_revision(r->s, r->rev, r->article);
}

int
store_import(struct store *s, const char *path, const struct doc *doc,
    const char *reviewer, int64_t as, struct import_result *res,
    char **cause)
{
	struct import_run	r;
	int			rc;

	memset(res, 0, sizeof *res);
	memset(&r, 0, sizeof r);
	r.s = s;
	r.doc = doc;
	r.reviewer = store_who(s, reviewer);
	r.res = res;
	store_now(r.at, sizeof r.at);
	if (store_begin(s, 1) != 0)
		return store_give_cause(s, cause);
	rc = import_run(&r, path, as);
	if (res->state != IMPORT_UNCHANGED)
		res->revision_id = r.rev;
	run_free(&r);
	if (rc != 0) {
		store_rollback(s);
		memset(res, 0, sizeof *res);
		return store_give_cause(s, cause);
	}
	if (store_commit(s) != 0) {
		memset(res, 0, sizeof *res);
		return store_give_cause(s, cause);
	}
	return 0;
}

/* Whether the current revision of article RES->article holds exactly the
 * bytes of ART (any, when ART is NULL): 1 with RES filled and *TITLE, 0,
 * or -1. */
static int
same_current(struct import_run *r, const struct article *art, char **title)
{
	struct import_result	*res = r->res;
	struct db_stmt		*st = store_stmt(r->s, S_REV_CURRENT);
	int			 rc, same = 1;

	db_bind_int64(st, 1, res->article);
	if ((rc = db_step(st)) == DB_ROW)
		rc = art != NULL ? unchanged(r, art, st, &same) : 0;
	else if (rc == DB_DONE)
		rc = same = 0;
	else
		rc = store_dberr(r->s, "reading the revision");
	if (rc == 0 && same) {
		res->state = IMPORT_UNCHANGED;
		res->revision = db_column_int(st, 1);
		res->revision_id = db_column_int64(st, 0);
		*title = store_column_dup(st, 4);
		rc = count_claims(r, db_column_int64(st, 0));
	}
	db_reset(st);
	return rc != 0 ? -1 : same;
}

/* The article of another path that once had the bytes of ART, as an
 * earlier revision (it was imported --as a new file since): 1 with it in
 * RES, that revision's number in RES->earlier; 0; -1. */
static int
same_earlier(struct import_run *r, const struct article *art, const char *hash,
    char **title)
{
	struct db_stmt	*st = store_stmt(r->s, S_REV_EARLIER_BY_HASH);
	struct {
		int64_t	 article, id;
		int	 number;
		size_t	 len;
	}		*v = NULL;
	size_t		 n = 0, cap = 0, i;
	int		 rc = 0, same = 0;

	db_bind_text(st, 1, hash);
	while ((rc = db_step(st)) == DB_ROW) {
		v = xgrow(v, &cap, n, sizeof *v);
		v[n].article = db_column_int64(st, 0);
		v[n].number = db_column_int(st, 1);
		v[n].id = db_column_int64(st, 2);
		v[n++].len = (size_t)db_column_int64(st, 3);
	}
	db_reset(st);
	rc = rc == DB_DONE ? 0 : store_dberr(r->s, "reading a revision");
	for (i = 0; i < n && rc == 0 && !same; i++) {
		if ((rc = same_bytes(r, art, v[i].id, v[i].len, &same)) != 0 ||
		    !same)
			continue;
		r->res->article = v[i].article;
		if ((rc = same_current(r, NULL, title)) == 1) {
			r->res->earlier = v[i].number;
			rc = 0;
		} else if (rc == 0)
			same = 0;
	}
	free(v);
	return rc < 0 ? -1 : same;
}

/* An article imported from another path whose current revision holds the
 * bytes of ART, or an earlier one (same_earlier()): 1 with it in RES, its
 * path in *OTHER; 0; -1. */
static int
same_elsewhere(struct import_run *r, const struct article *art, char **title,
    char **other)
{
	struct db_stmt	*st = store_stmt(r->s, S_REV_BY_HASH);
	char		 hash[17];
	int64_t		*ids = NULL;
	size_t		 n = 0, cap = 0, i;
	int		 rc = 0;

	snprintf(hash, sizeof hash, "%016" PRIx64, article_hash(art->text,
	    art->len));
	db_bind_text(st, 1, hash);
	while (db_step(st) == DB_ROW) {
		ids = xgrow(ids, &cap, n, sizeof *ids);
		ids[n++] = db_column_int64(st, 0);
	}
	db_reset(st);
	for (i = 0; i < n && rc == 0; i++) {
		r->res->article = ids[i];
		rc = same_current(r, art, title);
	}
	free(ids);
	if (rc == 0)
		rc = same_earlier(r, art, hash, title);
	if (rc == 1) {
		st = store_stmt(r->s, S_ART_PATH);
		db_bind_int64(st, 1, r->res->article);
		if (db_step(st) == DB_ROW)
			*other = store_column_dup(st, 0);
		db_reset(st);
	}
	return rc;
}

int
store_find_unchanged(struct store *s, const char *path,
    const struct article *art, struct import_result *res, char **title,
    char **other, char **cause)
{
	struct import_run	 r;
	struct db_stmt		*st;
	int			 rc;

	memset(res, 0, sizeof *res);
	memset(&r, 0, sizeof r);
	*other = NULL;
	r.s = s;
	r.res = res;
	if (store_begin(s, 0) != 0)
		return store_give_cause(s, cause);
	st = store_stmt(s, S_ART_BY_PATH);
	db_bind_text(st, 1, path);
	rc = store_step_id(s, st, &res->article, "finding the article");
	if (rc == 1)
		rc = same_current(&r, art, title);
	else if (rc == 0)
		rc = same_elsewhere(&r, art, title, other);
	run_free(&r);
	if (rc < 0) {
		store_rollback(s);
		free(*title);
		free(*other);
		*title = *other = NULL;
		memset(res, 0, sizeof *res);
		return store_give_cause(s, cause);
	}
	if (store_commit(s) != 0)
		return store_give_cause(s, cause);
	if (rc == 0)
		memset(res, 0, sizeof *res);
	return rc;
}

int
store_move_article(struct store *s, int64_t article, const char *path,
    char **cause)
{
	struct db_stmt	*st;
	int		 rc;

	if (store_begin(s, 1) != 0)
		return store_give_cause(s, cause);
	st = store_stmt(s, S_ART_SET_PATH);
	db_bind_int64(st, 1, article);
	db_bind_text(st, 2, path);
	rc = store_exec(s, st, "moving the article");
	return store_end(s, rc, cause);
}

int
store_relink(struct store *s, int64_t article, char **cause)
{
	int64_t	rev;
	int	rc;

	if (store_readonly(s))
		return 0;
	if (store_begin(s, 1) != 0)
		return store_give_cause(s, cause);
	if (store_current_revision(s, article, &rev, NULL, NULL) != 0)
		rc = -1;
	else
		rc = store_rematch_revision(s, rev, article);
	if (store_end(s, rc < 0 ? -1 : 0, cause) != 0)
		return -1;
	return rc;
}
