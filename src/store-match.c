/* store-match.c: claims seen before: linking a new claim to the earlier
 * verdicts it resembles, listing them, adopting one (SPEC §8). */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "match.h"
#include "store-int.h"
#include "store.h"
#include "xmalloc.h"

/*
 * Finding candidates. Every claim with a verdict is in verdict_fts; a new
 * claim could be compared with all of them, but one made of common words
 * shares a word with most of them. A claim that resembles it (Dice >= 0.6)
 * shares at least 3 of every 7 of its words, and the rare ones are what
 * tell it from the rest. So each claim is searched by its rarest words and
 * numbers ("items"), rarity being the document frequency in verdict_fts's
 * vocabulary (fts5vocab): up to MATCH_ITEMS of them, the rarest always,
 * the next while their postings add up to no more than MATCH_POSTINGS.
 * Each hit is scored by the inverse document frequencies of the items it
 * holds; the MATCH_RANKED best are kept, and the first MATCH_TRIED of those
 * that are current claims of other articles are compared with
 * match_similarity(), which alone decides.
 *
 * Two searches more find the claims most likely to match when they are
 * few (no more than MATCH_RANKED): those rank first and are all compared.
 * Numbers must agree, so a claim that states numbers can only match one
 * that states them all, and numbers common alone ("4", "1996") are often
 * rare together: among those are the claims that differ from this one only
 * by common words. A claim without numbers whose items the postings cut
 * short (one of common words) has instead the claims holding all of its
 * MATCH_ITEMS rarest ones: among those are its copies.
 */
#define MATCH_ITEMS	4
#define MATCH_POSTINGS	5000
#define MATCH_RANKED	64
#define MATCH_TRIED	30
/* Verdicts changed since a revision was matched that are compared with its
 * claims one by one; more, and it is matched anew. */
#define MATCH_CHANGED	64
/* Looking a word up costs about as much as reading the vocabulary of 40
 * verdicts, and a claim has about a word in 8 bytes: claims longer than
 * verdicts / MATCH_PRELOAD bytes in all have the whole vocabulary read. */
#define MATCH_PRELOAD	5

/* The lists of hits: one per item searched, then these two. */
#define ALL_NUMBERS	MATCH_ITEMS
#define ALL_ITEMS	(MATCH_ITEMS + 1)
#define MATCH_LISTS	(MATCH_ITEMS + 2)

/* A word or number of the claim, as a search. */
struct item {
	char		*query;		/* FTS5 expression */
	int64_t		 df;		/* documents it finds, at most */
};

/* A hit: a claim with a verdict and its score. */
struct hit {
	int64_t		 id;
	double		 score;
	int		 sure;		/* found by a search of all numbers
					   or all items: compare it */
};

/* The vocabulary of verdict_fts read whole, for many lookups: terms in
 * byte order, cum[i] the documents of the terms before i summed. */
struct vocab {
	char		**term;
	int64_t		 *cum;
	size_t		  n;
};

/* The work of one store_match_revision(). */
struct match_run {
	struct store	*s;
	int64_t		 article;
	int64_t		 verdicts;	/* about how many */
	int		 preloaded;
	struct vocab	 vocab;
	struct item	*items;
	size_t		 nitems, capitems;
	int64_t		*rows[MATCH_LISTS];	/* hits of each item, then
						   ALL_NUMBERS, ALL_ITEMS */
	size_t		 nrows[MATCH_LISTS], caprows[MATCH_LISTS];
	char		*numbers;	/* every number, AND-ed; NULL: none */
	struct hit	 heap[MATCH_RANKED];	/* the best, a min-heap */
	size_t		 nheap;
};

static int
vocab_read(struct match_run *m)
{
	struct vocab	*v = &m->vocab;
	sqlite3_stmt	*st;
	size_t		 cap = 0;
	int		 rc;

	if ((st = store_stmt_lazy(m->s, S_VOCAB_ALL)) == NULL)
		return -1;
	v->cum = xcalloc(1, sizeof *v->cum);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (v->n + 1 >= cap) {
			cap = cap ? cap * 2 : 4096;
			v->term = xreallocarray(v->term, cap, sizeof *v->term);
			v->cum = xreallocarray(v->cum, cap + 1,
			    sizeof *v->cum);
		}
		v->term[v->n] = store_column_dup(st, 0);
		if (v->term[v->n] == NULL)
			v->term[v->n] = xstrdup("");
		v->cum[v->n + 1] = v->cum[v->n] + sqlite3_column_int64(st, 1);
		v->n++;
	}
	sqlite3_reset(st);
	m->preloaded = 1;
	if (rc != SQLITE_DONE)
		return store_dberr(m->s, "reading the verdicts' vocabulary");
	return 0;
}

static void
vocab_free(struct vocab *v)
{
	size_t	i;

	for (i = 0; i < v->n; i++)
		free(v->term[i]);
	free(v->term);
	free(v->cum);
}

/* The index of the first term not before KEY. */
static size_t
vocab_find(const struct vocab *v, const char *key)
{
	size_t	lo = 0, hi = v->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (strcmp(v->term[mid], key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * The documents of verdict_fts holding a word that starts with PREFIX
 * (EXACT: the word PREFIX), at most: the sum over such words. A prefix the
 * vocabulary cannot hold as it is (upper case or accents the tokenizer
 * folds, apostrophes it splits on) counts as 1: rare, as such words are.
 * 0, or -1 with the error recorded.
 */
static int
item_df(struct match_run *m, const char *prefix, int exact, int64_t *df)
{
	sqlite3_stmt	*st;
	const char	*p;
	char		*end;
	size_t		 len = strlen(prefix), i;
	int		 rc;

	*df = 0;
	if (len == 0)
		return 0;
	for (p = prefix; *p != '\0'; p++) {
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9'))) {
			*df = 1;
			return 0;
		}
	}
	/* The first string after every word that starts so. */
	end = xstrdup(prefix);
	end[len - 1]++;
	if (m->preloaded) {
		i = vocab_find(&m->vocab, prefix);
		if (exact)
			*df = i < m->vocab.n && strcmp(m->vocab.term[i],
			    prefix) == 0 ? m->vocab.cum[i + 1] -
			    m->vocab.cum[i] : 0;
		else
			*df = m->vocab.cum[vocab_find(&m->vocab, end)] -
			    m->vocab.cum[i];
		free(end);
		return 0;
	}
	if ((st = store_stmt_lazy(m->s, exact ? S_VOCAB_TERM :
	    S_VOCAB_PREFIX)) == NULL) {
		free(end);
		return -1;
	}
	sqlite3_bind_text(st, 1, prefix, (int)len, SQLITE_STATIC);
	if (!exact)
		sqlite3_bind_text(st, 2, end, (int)len, SQLITE_STATIC);
	rc = sqlite3_step(st);
	*df = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	free(end);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_dberr(m->s, "reading the verdicts' vocabulary");
	return 0;
}

static void
item_add(struct match_run *m, char *query, int64_t df)
{
	if (df == 0) {		/* finds nothing */
		free(query);
		return;
	}
	if (m->nitems == m->capitems) {
		m->capitems = m->capitems ? m->capitems * 2 : 16;
		m->items = xreallocarray(m->items, m->capitems,
		    sizeof *m->items);
	}
	m->items[m->nitems].query = query;
	m->items[m->nitems].df = df;
	m->nitems++;
}

/* S (LEN bytes) quoted for FTS5 at BUF, which has room; returns the end. */
static char *
fts_quote(char *buf, const char *s, size_t len)
{
	*buf++ = '"';
	for (; len > 0; s++, len--) {
		if (*s == '"')
			*buf++ = '"';
		*buf++ = *s;
	}
	*buf++ = '"';
	*buf = '\0';
	return buf;
}

/* A stem as an item: every word it stems from. */
static int
item_word(struct match_run *m, const char *stem)
{
	char	*prefix[2], *query, *q;
	int64_t	 df = 0, one;
	int	 n, i, rc = 0;

	n = match_stem_prefixes(stem, prefix);
	query = q = xmalloc(strlen(stem) * 4 + 32);
	for (i = 0; i < n; i++) {
		if (rc == 0 && item_df(m, prefix[i], 0, &one) == 0)
			df += one;
		else
			rc = -1;
		if (i > 0)
			q = stpcpy(q, " OR ");
		q = fts_quote(q, prefix[i], strlen(prefix[i]));
		q = stpcpy(q, "*");
		free(prefix[i]);
	}
	if (rc == 0)
		item_add(m, query, df);
	else
		free(query);
	return rc;
}

/*
 * A number written as LEN bytes at P ("1,320", "4.5"), as an item: the
 * tokenizer makes it the phrase "1 320", found in at most as many
 * documents as its rarest part; "1,320" is also looked for as "1320".
 */
static int
item_number(struct match_run *m, const char *p, size_t len)
{
	char	*query, *q, part[64], joined[64];
	size_t	 i, n = 0, j = 0;
	int64_t	 df = -1, one;
	int	 comma = 0;

	if (len >= sizeof part)
		return 0;
	for (i = 0; i <= len; i++) {
		if (i < len && p[i] >= '0' && p[i] <= '9') {
			part[n++] = p[i];
			joined[j++] = p[i];
			continue;
		}
		if (i < len && p[i] == ',')
			comma = 1;
		else if (i < len)
			joined[j++] = p[i];
		part[n] = '\0';
		if (n > 0) {
			if (item_df(m, part, 1, &one) != 0)
				return -1;
			if (df < 0 || one < df)
				df = one;
		}
		n = 0;
	}
	joined[j] = '\0';
	query = q = xmalloc(len * 2 + 32);
	q = fts_quote(q, p, len);
	if (comma) {
		if (item_df(m, joined, 1, &one) != 0) {
			free(query);
			return -1;
		}
		df += one;
		q = stpcpy(q, " OR ");
		fts_quote(q, joined, strlen(joined));
	}
	q = m->numbers;
	m->numbers = q == NULL ? xasprintf("(%s)", query) :
	    xasprintf("%s AND (%s)", q, query);
	free(q);
	item_add(m, query, df);
	return 0;
}

/* The numbers TEXT states, as items. */
static int
items_numbers(struct match_run *m, const char *text)
{
	const char	*p = text, *start;

	while (*p != '\0') {
		if (*p < '0' || *p > '9') {
			p++;
			continue;
		}
		start = p;
		while ((*p >= '0' && *p <= '9') || ((*p == ',' || *p == '.') &&
		    p[1] >= '0' && p[1] <= '9'))
			p++;
		if (item_number(m, start, (size_t)(p - start)) != 0)
			return -1;
	}
	return 0;
}

static int
item_cmp(const void *a, const void *b)
{
	const struct item	*x = a, *y = b;

	if (x->df != y->df)
		return x->df < y->df ? -1 : 1;
	return strcmp(x->query, y->query);
}

static void
items_clear(struct match_run *m)
{
	size_t	i;

	for (i = 0; i < m->nitems; i++)
		free(m->items[i].query);
	m->nitems = 0;
	free(m->numbers);
	m->numbers = NULL;
}

/* The items of the claim whose key is KEY and text TEXT, the rarest
 * first; how many to search in *N. */
static int
items_choose(struct match_run *m, const struct match_key *key,
    const char *text, size_t *n)
{
	const char *const	*words;
	size_t			 nwords, i;
	int64_t			 sum = 0;

	items_clear(m);
	words = match_key_words(key, &nwords);
	for (i = 0; i < nwords; i++) {
		if (item_word(m, words[i]) != 0)
			return -1;
	}
	if (items_numbers(m, text) != 0)
		return -1;
	if (m->nitems > 1)
		qsort(m->items, m->nitems, sizeof *m->items, item_cmp);
	for (i = 0; i < m->nitems && i < MATCH_ITEMS; i++) {
		if (i > 0 && sum + m->items[i].df > MATCH_POSTINGS)
			break;
		sum += m->items[i].df;
	}
	*n = i;
	return 0;
}

/* The claims with verdicts QUERY finds, by id, at most MAX of them, into
 * m->rows[I]. A query FTS5 cannot parse finds nothing; it is not an
 * error. */
static int
item_rows(struct match_run *m, size_t i, const char *query, int64_t max)
{
	sqlite3_stmt	*st = store_stmt(m->s, S_FTS_HITS);
	int		 rc;

	m->nrows[i] = 0;
	store_bind_text(st, 1, query);
	sqlite3_bind_int64(st, 2, max);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (m->nrows[i] == m->caprows[i]) {
			m->caprows[i] = m->caprows[i] ? m->caprows[i] * 2 : 256;
			m->rows[i] = xreallocarray(m->rows[i], m->caprows[i],
			    sizeof *m->rows[i]);
		}
		m->rows[i][m->nrows[i]++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE && (rc & 0xff) != SQLITE_ERROR)
		return store_dberr(m->s, "finding earlier verdicts");
	return 0;
}

/* The weight of an item found in DF of about N documents: log2(1 + N / DF),
 * within 0.09, from the exponent and a straight line between powers of 2. */
static double
idf(int64_t n, int64_t df)
{
	double	x = 1.0 + (double)n / (double)df;
	int	e = 0;

	while (x >= 2.0) {
		x /= 2.0;
		e++;
	}
	return e + (x - 1.0);
}

/* Whether hit A ranks below B: a lower score, or as good and older. */
static int
hit_below(const struct hit *a, const struct hit *b)
{
	if (a->score != b->score)
		return a->score < b->score;
	return a->id < b->id;
}

static void
heap_sift(struct hit *h, size_t n, size_t i)
{
	struct hit	tmp;
	size_t		c;

	for (; (c = 2 * i + 1) < n; i = c) {
		if (c + 1 < n && hit_below(&h[c + 1], &h[c]))
			c++;
		if (!hit_below(&h[c], &h[i]))
			break;
		tmp = h[i];
		h[i] = h[c];
		h[c] = tmp;
	}
}

/* Keeps H among the MATCH_RANKED best. */
static void
heap_offer(struct match_run *m, const struct hit *h)
{
	struct hit	tmp;
	size_t		i, p;

	if (m->nheap < MATCH_RANKED) {
		m->heap[i = m->nheap++] = *h;
		for (; i > 0 && hit_below(&m->heap[i],
		    &m->heap[p = (i - 1) / 2]); i = p) {
			tmp = m->heap[i];
			m->heap[i] = m->heap[p];
			m->heap[p] = tmp;
		}
		return;
	}
	if (!hit_below(&m->heap[0], h))
		return;
	m->heap[0] = *h;
	heap_sift(m->heap, m->nheap, 0);
}

static int
hit_cmp(const void *a, const void *b)
{
	return hit_below(a, b) - hit_below(b, a);	/* best first */
}

/*
 * Ranks the hits of the first N items, ALL_NUMBERS and ALL_ITEMS (the
 * lists of the others are empty): each id scored by the inverse document
 * frequencies of the items holding it, those the last two found above all
 * (the rows come by id, so a merge does it). Leaves the best in m->heap,
 * best first.
 */
static void
hits_rank(struct match_run *m, size_t n)
{
	struct hit	h;
	size_t		pos[MATCH_LISTS], i;
	double		w[MATCH_LISTS], all = 1;

	m->nheap = 0;
	for (i = 0; i < MATCH_ITEMS; i++) {
		w[i] = i < n ? idf(m->verdicts, m->items[i].df) : 0;
		all += w[i];
	}
	w[ALL_NUMBERS] = w[ALL_ITEMS] = all;
	memset(pos, 0, sizeof pos);
	for (;;) {
		h.id = INT64_MAX;
		for (i = 0; i < MATCH_LISTS; i++) {
			if (pos[i] < m->nrows[i] && m->rows[i][pos[i]] < h.id)
				h.id = m->rows[i][pos[i]];
		}
		if (h.id == INT64_MAX)
			break;
		h.score = 0;
		h.sure = 0;
		for (i = 0; i < MATCH_LISTS; i++) {
			if (pos[i] < m->nrows[i] && m->rows[i][pos[i]] == h.id) {
				h.score += w[i];
				h.sure |= i >= MATCH_ITEMS;
				pos[i]++;
			}
		}
		heap_offer(m, &h);
	}
	qsort(m->heap, m->nheap, sizeof *m->heap, hit_cmp);
}

/* The hits of QUERY into list I when they are few, else none. */
static int
few_rows(struct match_run *m, size_t i, const char *query)
{
	if (item_rows(m, i, query, MATCH_RANKED + 1) != 0)
		return -1;
	if (m->nrows[i] > MATCH_RANKED)
		m->nrows[i] = 0;
	return 0;
}

/* The hits of the claim's searches into m->rows: those of the first N
 * items, then of all its numbers, or else of all of its rarest items when
 * N was cut short. */
static int
claim_rows(struct match_run *m, size_t n)
{
	size_t	i, k = m->nitems < MATCH_ITEMS ? m->nitems : MATCH_ITEMS;
	char	*all, *q;
	int	 rc = 0;

	for (i = 0; i < MATCH_LISTS; i++)
		m->nrows[i] = 0;
	for (i = 0; i < n; i++) {
		if (item_rows(m, i, m->items[i].query, INT64_MAX) != 0)
			return -1;
	}
	if (m->numbers != NULL)
		return few_rows(m, ALL_NUMBERS, m->numbers);
	if (n == k)
		return 0;
	all = xasprintf("(%s)", m->items[0].query);
	for (i = 1; i < k; i++) {
		q = all;
		all = xasprintf("%s AND (%s)", q, m->items[i].query);
		free(q);
	}
	rc = few_rows(m, ALL_ITEMS, all);
	free(all);
	return rc;
}

/* Compares claim ID (KEY) with candidate C; links them when alike. 1 when
 * C was compared (a current claim of another article), 0 when not, -1 on
 * error. */
static int
try_candidate(struct match_run *m, int64_t id, const struct match_key *key,
    int64_t c)
{
	struct store		*s = m->s;
	sqlite3_stmt		*st = store_stmt(s, S_MATCH_CANDIDATE), *ins;
	struct match_key	*other;
	double			 sim;
	int			 rc;

	sqlite3_bind_int64(st, 1, c);
	sqlite3_bind_int64(st, 2, m->article);
	if ((rc = sqlite3_step(st)) != SQLITE_ROW) {
		sqlite3_reset(st);
		if (rc == SQLITE_DONE)
			return 0;
		return store_dberr(s, "reading an earlier verdict");
	}
	other = match_key_new((const char *)sqlite3_column_text(st, 0));
	sqlite3_reset(st);
	sim = match_similarity(key, other);
	match_key_free(other);
	if (sim < MATCH_THRESHOLD)
		return 1;
	ins = store_stmt(s, S_MATCH_INSERT);
	sqlite3_bind_int64(ins, 1, id);
	sqlite3_bind_int64(ins, 2, c);
	sqlite3_bind_double(ins, 3, sim);
	if (store_exec(s, ins, "linking earlier verdicts") != 0)
		return -1;
	return 1;
}

/* Links claim ID (TEXT) to the earlier verdicts it resembles. */
static int
match_claim(struct match_run *m, int64_t id, const char *text)
{
	struct match_key	*key;
	size_t			 n, i;
	int			 tried = 0, rc = 0;

	key = match_key_new(text);
	if (items_choose(m, key, text, &n) != 0)
		rc = -1;
	if (rc == 0 && n > 0)
		rc = claim_rows(m, n);
	if (rc == 0 && n > 0) {
		hits_rank(m, n);
		for (i = 0; i < m->nheap; i++) {
			if (tried >= MATCH_TRIED && !m->heap[i].sure)
				break;
			if ((rc = try_candidate(m, id, key,
			    m->heap[i].id)) < 0)
				break;
			tried += rc;
			rc = 0;
		}
	}
	match_key_free(key);
	return rc;
}

/* Records that revision REV was matched against every verdict given so
 * far (store_rematch_revision() reads it). */
static int
mark_matched(struct store *s, int64_t rev)
{
	sqlite3_stmt	*st = store_stmt(s, S_MATCH_MARK_SET);

	sqlite3_bind_int64(st, 1, rev);
	return store_exec(s, st, "recording the match");
}

/* The claims of revision REV, by id: their ids and texts (allocated, the
 * caller frees them), and their bytes in all. */
struct rev_claims {
	int64_t		*ids;
	char		**texts;
	size_t		 n;
	int64_t		 bytes;
};

static int
rev_claims_read(struct store *s, int64_t rev, struct rev_claims *rc_)
{
	sqlite3_stmt	*st = store_stmt(s, S_MATCH_CLAIMS);
	size_t		 cap = 0;
	int		 rc;

	memset(rc_, 0, sizeof *rc_);
	sqlite3_bind_int64(st, 1, rev);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (rc_->n == cap) {
			cap = cap ? cap * 2 : 64;
			rc_->ids = xreallocarray(rc_->ids, cap,
			    sizeof *rc_->ids);
			rc_->texts = xreallocarray(rc_->texts, cap,
			    sizeof *rc_->texts);
		}
		rc_->ids[rc_->n] = sqlite3_column_int64(st, 0);
		rc_->texts[rc_->n++] = store_column_dup(st, 1);
		rc_->bytes += sqlite3_column_bytes(st, 1);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return store_dberr(s, "reading claims");
	return 0;
}

static void
rev_claims_free(struct rev_claims *rc_)
{
	size_t	i;

	for (i = 0; i < rc_->n; i++)
		free(rc_->texts[i]);
	free(rc_->ids);
	free(rc_->texts);
}

int
store_match_revision(struct store *s, int64_t rev, int64_t article)
{
	struct match_run	 m;
	struct rev_claims	 rc_;
	size_t			 i;
	int			 rc, failed;

	memset(&m, 0, sizeof m);
	m.s = s;
	m.article = article;
	rc = store_step_id(s, store_stmt(s, S_FTS_LAST), &m.verdicts,
	    "counting earlier verdicts");
	if (rc <= 0)		/* none: nothing to look for */
		return rc < 0 ? -1 : mark_matched(s, rev);

	/* Read first: the candidate queries run on the same connection. */
	failed = rev_claims_read(s, rev, &rc_);
	if (!failed && rc_.bytes * MATCH_PRELOAD > m.verdicts &&
	    vocab_read(&m) != 0)
		failed = -1;
	for (i = 0; !failed && i < rc_.n; i++) {
		if (rc_.texts[i] != NULL &&
		    match_claim(&m, rc_.ids[i], rc_.texts[i]) != 0)
			failed = -1;
	}
	rev_claims_free(&rc_);
	items_clear(&m);
	free(m.items);
	for (i = 0; i < MATCH_LISTS; i++)
		free(m.rows[i]);
	vocab_free(&m.vocab);
	if (failed)
		return -1;
	return mark_matched(s, rev);
}

/*
 * Re-matching against a few changed claims. CHANGED[0..N) are the claims
 * of other articles whose verdicts changed since revision REV was matched;
 * KEYS[i] that of CHANGED[i] when it is now a candidate with a verdict,
 * else NULL.
 */
struct changed {
	int64_t			*ids;
	struct match_key	**keys;
	size_t			  n;
};

static int
changed_has(const struct changed *ch, int64_t id)
{
	size_t	i;

	for (i = 0; i < ch->n; i++) {
		if (ch->ids[i] == id)
			return 1;
	}
	return 0;
}

/* Reads the claims changed since history row MARK, at most MAX (one more
 * tells there are too many), with their keys. */
static int
changed_read(struct store *s, int64_t mark, int64_t article, size_t max,
    struct changed *ch)
{
	sqlite3_stmt	*st = store_stmt(s, S_CHANGED_SINCE);
	size_t		 i;
	int		 rc, v;

	memset(ch, 0, sizeof *ch);
	ch->ids = xcalloc(max + 1, sizeof *ch->ids);
	ch->keys = xcalloc(max + 1, sizeof *ch->keys);
	sqlite3_bind_int64(st, 1, mark);
	sqlite3_bind_int64(st, 2, article);
	sqlite3_bind_int64(st, 3, (int64_t)max + 1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		ch->ids[ch->n++] = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return store_dberr(s, "finding changed verdicts");
	if (ch->n > max)
		return 0;
	for (i = 0; i < ch->n; i++) {
		st = store_stmt(s, S_CLAIM_VERDICT);
		sqlite3_bind_int64(st, 1, ch->ids[i]);
		rc = sqlite3_step(st);
		v = rc == SQLITE_ROW ? verdict_parse((const char *)
		    sqlite3_column_text(st, 0)) : VERDICT_NONE;
		sqlite3_reset(st);
		if (rc != SQLITE_ROW && rc != SQLITE_DONE)
			return store_dberr(s, "reading a verdict");
		if (v <= VERDICT_NONE)
			continue;
		st = store_stmt(s, S_MATCH_CANDIDATE);
		sqlite3_bind_int64(st, 1, ch->ids[i]);
		sqlite3_bind_int64(st, 2, article);
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW)
			ch->keys[i] = match_key_new((const char *)
			    sqlite3_column_text(st, 0));
		sqlite3_reset(st);
		if (rc != SQLITE_ROW && rc != SQLITE_DONE)
			return store_dberr(s, "reading a verdict");
	}
	return 0;
}

static void
changed_free(struct changed *ch)
{
	size_t	i;

	for (i = 0; i < ch->n; i++)
		match_key_free(ch->keys[i]);
	free(ch->ids);
	free(ch->keys);
}

/* Drops the links of the claims IDS[0..N) (sorted) to changed claims: one
 * range read per run of consecutive ids. */
static int
changed_unlink(struct store *s, const int64_t *ids, size_t n,
    const struct changed *ch)
{
	sqlite3_stmt	*st, *del;
	int64_t		*pairs = NULL;
	size_t		 i, j, k, np = 0, cap = 0;
	int		 rc = SQLITE_DONE;

	for (i = 0; rc == SQLITE_DONE && i < n; i = j) {
		for (j = i + 1; j < n && ids[j] == ids[j - 1] + 1; j++)
			/* nothing */;
		st = store_stmt(s, S_LINKS_RANGE);
		sqlite3_bind_int64(st, 1, ids[i]);
		sqlite3_bind_int64(st, 2, ids[j - 1]);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			if (!changed_has(ch, sqlite3_column_int64(st, 1)))
				continue;
			if (np + 2 > cap) {
				cap = cap ? cap * 2 : 64;
				pairs = xreallocarray(pairs, cap,
				    sizeof *pairs);
			}
			pairs[np++] = sqlite3_column_int64(st, 0);
			pairs[np++] = sqlite3_column_int64(st, 1);
		}
		sqlite3_reset(st);
	}
	if (rc != SQLITE_DONE) {
		free(pairs);
		return store_dberr(s, "reading links");
	}
	for (k = 0; k < np; k += 2) {
		del = store_stmt(s, S_MATCH_UNLINK);
		sqlite3_bind_int64(del, 1, pairs[k]);
		sqlite3_bind_int64(del, 2, pairs[k + 1]);
		if (store_exec(s, del, "unlinking earlier verdicts") != 0) {
			free(pairs);
			return -1;
		}
	}
	free(pairs);
	return 0;
}

/* Links the claims of revision REV to the changed claims they resemble,
 * their links to them made anew. */
static int
rematch_changed(struct store *s, int64_t rev, const struct changed *ch)
{
	struct rev_claims	 rc_;
	struct match_key	*key;
	sqlite3_stmt		*ins;
	double			 sim;
	size_t			 i, j;
	int			 failed;

	failed = rev_claims_read(s, rev, &rc_);
	if (!failed)
		failed = changed_unlink(s, rc_.ids, rc_.n, ch);
	for (i = 0; !failed && i < rc_.n; i++) {
		if (rc_.texts[i] == NULL)
			continue;
		key = match_key_new(rc_.texts[i]);
		for (j = 0; !failed && j < ch->n; j++) {
			if (ch->keys[j] == NULL ||
			    (sim = match_similarity(key, ch->keys[j])) <
			    MATCH_THRESHOLD)
				continue;
			ins = store_stmt(s, S_MATCH_INSERT);
			sqlite3_bind_int64(ins, 1, rc_.ids[i]);
			sqlite3_bind_int64(ins, 2, ch->ids[j]);
			sqlite3_bind_double(ins, 3, sim);
			failed = store_exec(s, ins, "linking earlier verdicts");
		}
		match_key_free(key);
	}
	rev_claims_free(&rc_);
	return failed ? -1 : 0;
}

/*
 * Verdicts of claims of other articles changed since revision REV was
 * matched: a few are compared with its claims directly (their links made
 * anew), costing about one key per claim; more, and the revision is
 * matched anew as at import.
 */
int
store_rematch_revision(struct store *s, int64_t rev, int64_t article)
{
	sqlite3_stmt	*st = store_stmt(s, S_MATCH_MARK);
	struct changed	 ch;
	int64_t		 mark = 0, last = 0;
	int		 rc;

	sqlite3_bind_int64(st, 1, rev);
	if (store_step_id(s, st, &mark, "reading the match record") < 0 ||
	    store_step_id(s, store_stmt(s, S_HISTORY_LAST), &last,
	    "reading the history") < 0)
		return -1;
	if (last <= mark)
		return 0;
	if (changed_read(s, mark, article, MATCH_CHANGED, &ch) != 0) {
		changed_free(&ch);
		return -1;
	}
	if (ch.n > MATCH_CHANGED) {
		changed_free(&ch);
		st = store_stmt(s, S_MATCH_CLEAR);
		sqlite3_bind_int64(st, 1, rev);
		if (store_exec(s, st, "unlinking earlier verdicts") != 0)
			return -1;
		return store_match_revision(s, rev, article);
	}
	rc = ch.n > 0 ? rematch_changed(s, rev, &ch) : 0;
	changed_free(&ch);
	if (rc != 0)
		return -1;
	return mark_matched(s, rev);
}

int
store_matches(struct store *s, int64_t claim,
    int (*cb)(const struct st_match *, void *), void *arg, char **cause)
{
	sqlite3_stmt	*st = store_stmt(s, S_MATCHES_LIST);
	struct st_match	 m;
	int		 rc, v, stop = 0;

	sqlite3_bind_int64(st, 1, claim);
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		memset(&m, 0, sizeof m);
		m.claim = sqlite3_column_int64(st, 0);
		m.article = sqlite3_column_int64(st, 1);
		m.title = (const char *)sqlite3_column_text(st, 2);
		m.revision = sqlite3_column_int(st, 3);
		m.number = sqlite3_column_int(st, 4);
		v = verdict_parse((const char *)sqlite3_column_text(st, 5));
		m.status = v < 0 ? VERDICT_NONE : (enum verdict)v;
		m.note = (const char *)sqlite3_column_text(st, 6);
		m.reviewer = (const char *)sqlite3_column_text(st, 7);
		m.updated_at = (const char *)sqlite3_column_text(st, 8);
		m.similarity = sqlite3_column_double(st, 9);
		m.text = (const char *)sqlite3_column_text(st, 10);
		if (m.title == NULL)
			m.title = "";
		if (m.text == NULL)
			m.text = "";
		stop = cb(&m, arg);
	}
	if (!stop && rc != SQLITE_DONE) {
		store_dberr(s, "reading earlier verdicts");
		sqlite3_reset(st);
		return store_give_cause(s, cause);
	}
	sqlite3_reset(st);
	return 0;
}

