/* store-seen.c: the earlier verdicts most likely about a text: FTS5's
 * bm25() over every earlier verdict, then the reranker (SPEC §11). */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"

#include "match.h"
#include "model.h"
#include "rerank.h"
#include "segment.h"
#include "store-int.h"
#include "store.h"
#include "xmalloc.h"

/*
 * Retrieval in two tiers. The text's terms (rerank_query_terms(): stemmed
 * words, synonym groups, numbers) are each a full-text search of
 * earlier_fts, every way of writing them OR-ed. Their document
 * frequencies are counted first (up to the budget); the rarest terms are
 * searched together while their postings add up to no more than
 * SEEN_POSTINGS (the rarest always), so a search costs about the same
 * whatever the number of earlier verdicts (bm25() costs about 2 us for
 * each row it scores): common words weigh little in bm25() anyway, and the
 * reranker still counts them. The best SEEN_CANDIDATES by bm25() are then
 * weighed by the reranker, which gives each the probability that it is
 * about the same claim.
 */
#define SEEN_POSTINGS	5000
#define SEEN_CANDIDATES	50
/* An import looks for the claims it repeats, which share its rarest
 * words: a narrower search does, and costs less per claim. */
#define BATCH_POSTINGS	500
#define BATCH_CANDIDATES 20
/* Rows asked of bm25() per candidate wanted: copies of claims kept by old
 * revisions, and claims of the excluded article, are skipped. */
#define ROWS_PER_CANDIDATE 2
/* Rows bm25() scores, in rowid order, when a text's terms are all too
 * common to rank every document that has them. */
#define SEEN_SAMPLE	2000
/* The bytes of a text read: a claim, a post or a paragraph is shorter;
 * more would cost a search for each word. */
#define SEEN_TEXT_MAX	4096

/* A document frequency counted before, for the claims of one import. */
struct df_entry {
	char		*query;		/* owned; NULL: a free slot */
	int64_t		 df;
};

/* Those counted so far: a hash table of queries, open addressing, never
 * more than half full (an import of a long article asks for a hundred
 * thousand). */
struct df_cache {
	struct df_entry	*v;		/* owned */
	size_t		 cap;		/* a power of two, or 0 */
	size_t		 n;
};

struct seen_ctx {
	struct store	*s;
	int64_t		 postings;	/* SEEN_ or BATCH_POSTINGS */
	size_t		 candidates;	/* SEEN_ or BATCH_CANDIDATES */
	int64_t		 total;		/* earlier verdicts, about */
	struct df_cache	 cache;
};

/* A phrase in to_tsquery()'s words (PostgreSQL): each word quoted, the
 * words one after the other ("<->"), in brackets; at P. */
static char *
tsquery_phrase(char *p, const char *phrase)
{
	const char	*s;
	int		 in_word = 0;

	*p++ = '(';
	for (s = phrase; *s != '\0'; s++) {
		if (*s == ' ') {
			if (in_word)
				*p++ = '\'';
			in_word = 0;
			continue;
		}
		if (!in_word) {
			if (p[-1] != '(')
				p = stpcpy(p, " <-> ");
			*p++ = '\'';
			in_word = 1;
		}
		if (*s == '\'' || *s == '\\')
			*p++ = *s;
		*p++ = *s;
	}
	if (in_word)
		*p++ = '\'';
	*p++ = ')';
	return p;
}

/* A term as a full-text query: each of its phrases quoted, OR-ed, in
 * FTS5's words, or to_tsquery()'s for PostgreSQL (PG). NULL when no phrase
 * has a letter or digit. */
static char *
term_query(const struct match_term *t, int pg)
{
	char		*q, *p;
	const char	*s;
	size_t		 i, len = 1, n = 0;
	int		 useful;

	for (i = 0; i < t->nphrases; i++)
		len += strlen(t->phrases[i]) * 8 + 8;
	p = q = xmalloc(len);
	for (i = 0; i < t->nphrases; i++) {
		for (useful = 0, s = t->phrases[i]; *s != '\0'; s++)
			useful |= (*s >= 'a' && *s <= 'z') ||
			    (*s >= 'A' && *s <= 'Z') ||
			    (*s >= '0' && *s <= '9') ||
			    (unsigned char)*s >= 0x80;
		if (!useful)
			continue;
		if (n++ > 0)
			p = stpcpy(p, pg ? " | " : " OR ");
		if (pg) {
			p = tsquery_phrase(p, t->phrases[i]);
			continue;
		}
		*p++ = '"';
		for (s = t->phrases[i]; *s != '\0'; s++) {
			if (*s == '"')
				*p++ = '"';
			*p++ = *s;
		}
		*p++ = '"';
	}
	*p = '\0';
	if (n == 0) {
		free(q);
		return NULL;
	}
	return q;
}

/* QUERY's slot in DC (DC->cap > 0): its entry, or the free slot for it. */
static struct df_entry *
df_slot(const struct df_cache *dc, const char *query)
{
	size_t	mask = dc->cap - 1, i = model_key(query) & mask;

	while (dc->v[i].query != NULL && strcmp(dc->v[i].query, query) != 0)
		i = (i + 1) & mask;
	return &dc->v[i];
}

/* Room for one more in DC. */
static void
df_reserve(struct df_cache *dc)
{
	struct df_cache	 old = *dc;
	size_t		 i;

	if (2 * (dc->n + 1) <= dc->cap)
		return;
	dc->cap = old.cap > 0 ? old.cap * 2 : 64;
	dc->v = xcalloc(dc->cap, sizeof *dc->v);
	for (i = 0; i < old.cap; i++)
		if (old.v[i].query != NULL)
			*df_slot(dc, old.v[i].query) = old.v[i];
	free(old.v);
}

/* The documents QUERY finds, counted up to one more than the budget of
 * postings (a term above it is never searched with others); from the cache
 * when it was counted before. A query FTS5 cannot parse finds nothing. */
static int
probe(struct seen_ctx *c, const char *query, int64_t *df)
{
	struct df_entry	*hit;
	struct db_stmt	*st;
	int		 rc;

	if (c->cache.n > 0 && (hit = df_slot(&c->cache, query))->query !=
	    NULL) {
		*df = hit->df;
		return 0;
	}
	if ((st = store_stmt_lazy(c->s, S_SEEN_PROBE)) == NULL)
		return -1;
	db_bind_text(st, 1, query);
	db_bind_int64(st, 2, c->postings + 1);
	rc = db_step(st);
	*df = rc == DB_ROW ? db_column_int64(st, 0) : 0;
	db_reset(st);
	if (rc != DB_ROW && db_errclass(c->s->db) != DB_E_SQL)
		return store_dberr(c->s, "searching earlier verdicts");
	df_reserve(&c->cache);
	hit = df_slot(&c->cache, query);
	hit->query = xstrdup(query);
	hit->df = *df;
	c->cache.n++;
	return 0;
}

/* About how many earlier verdicts there are: the span of earlier_fts's
 * rowids, claims above 0 and imported verdicts below. */
static int
count_total(struct seen_ctx *c)
{
	struct db_stmt	*st;
	int		 rc;

	if ((st = store_stmt_lazy(c->s, S_SEEN_SPAN)) == NULL)
		return -1;
	rc = db_step(st);
	c->total = 0;
	if (rc == DB_ROW) {
		if (db_column_int64(st, 0) > 0)
			c->total += db_column_int64(st, 0);
		if (db_column_int64(st, 1) < 0)
			c->total -= db_column_int64(st, 1);
	}
	return store_step_end(c->s, st, rc, "counting earlier verdicts");
}

/* A searched term: its query and frequency. */
struct search {
	char		*query;
	int64_t		 df;
};

static int
search_cmp(const void *a, const void *b)
{
	const struct search	*x = a, *y = b;

	if (x->df != y->df)
		return x->df < y->df ? -1 : 1;
	return strcmp(x->query, y->query);
}

/* SV[0..N) joined by OP (" OR ", " AND "), each in brackets. */
static char *
join_terms(const struct search *sv, size_t n, const char *op)
{
	size_t	 i, len = 1;
	char	*out, *p;

	for (i = 0; i < n; i++)
		len += strlen(sv[i].query) + strlen(op) + 2;
	p = out = xmalloc(len);
	for (i = 0; i < n; i++) {
		if (i > 0)
			p = stpcpy(p, op);
		*p++ = '(';
		p = stpcpy(p, sv[i].query);
		*p++ = ')';
	}
	*p = '\0';
	return out;
}

/*
 * The full-text query for Q, into *OUT (NULL when no term is found
 * anywhere), its terms' document frequencies set in Q. Normally the rarest
 * terms OR-ed within the budget of postings, ranked by bm25() (*SAMPLE
 * 0). When even the rarest term is over the budget (a text of common
 * words only), the documents that hold its three (else two) rarest terms
 * together; and when they are too many to rank, or none, *SAMPLE is set:
 * bm25() scores only the first SEEN_SAMPLE of them (in rowid order), so
 * the cost stays bounded whatever the size of the archive.
 */
static int
build_query(struct seen_ctx *c, struct rerank_query *q, char **out,
    int *sample)
{
	struct rerank_term	*terms;
	struct search		*sv;
	size_t			 n, i, ns = 0, k;
	int64_t			 sum = 0, found = 0;
	int			 rc = 0, pg = db_kind(c->s->db) == DB_PG;

	*out = NULL;
	*sample = 0;
	terms = rerank_query_terms(q, &n);
	sv = xcalloc(n + 1, sizeof *sv);
	for (i = 0; i < n; i++) {
		terms[i].df = 0;
		if ((sv[ns].query = term_query(terms[i].term, pg)) == NULL)
			continue;
		if (probe(c, sv[ns].query, &sv[ns].df) != 0) {
			rc = -1;
			free(sv[ns].query);
			break;
		}
		terms[i].df = sv[ns].df;
		if (sv[ns].df == 0)
			free(sv[ns].query);
		else
			ns++;
	}
	rerank_query_set_total(q, c->total);
	if (rc == 0 && ns > 0) {
		qsort(sv, ns, sizeof *sv, search_cmp);
		if (sv[0].df <= c->postings) {
			for (i = 0; i < ns; i++) {
				if (i > 0 && sum + sv[i].df > c->postings)
					break;
				sum += sv[i].df;
			}
			*out = join_terms(sv, i, pg ? " | " : " OR ");
		} else {
			for (k = ns < 3 ? ns : 3; k > 1; k--) {
				*out = join_terms(sv, k, pg ? " & " : " AND ");
				if ((rc = probe(c, *out, &found)) != 0 ||
				    found > 0)
					break;
				free(*out);
				*out = NULL;
			}
			if (rc == 0 && *out == NULL) {
				*out = join_terms(sv, 1, pg ? " | " : " OR ");
				found = sv[0].df;
			}
			*sample = found > c->postings;
		}
	}
	for (i = 0; i < ns; i++)
		free(sv[i].query);
	free(sv);
	return rc;
}

/* A candidate from bm25(). */
struct cand {
	int64_t		 key;
	double		 bm25;
};

static int
cand_cmp(const void *a, const void *b)
{
	const struct cand	*x = a, *y = b;

	if (x->bm25 != y->bm25)
		return x->bm25 < y->bm25 ? -1 : 1;	/* best (lowest) first */
	return (x->key > y->key) - (x->key < y->key);
}

/* The best rows QUERY finds by bm25(), into *OUT: ranked by FTS5, or for
 * a SAMPLE the first SEEN_SAMPLE scored and sorted here. */
static int
rank_rows(struct seen_ctx *c, const char *query, int sample,
    struct cand **out, size_t *n)
{
	struct db_stmt	*st;
	size_t		 rows = c->candidates * ROWS_PER_CANDIDATE, max;
	int		 rc;

	max = sample ? SEEN_SAMPLE : rows;
	*out = xcalloc(max, sizeof **out);
	*n = 0;
	if ((st = store_stmt_lazy(c->s, sample ? S_SEEN_SAMPLE :
	    S_SEEN_RANK)) == NULL)
		return -1;
	db_bind_text(st, 1, query);
	db_bind_int64(st, 2, (int64_t)max);
	while ((rc = db_step(st)) == DB_ROW && *n < max) {
		(*out)[*n].key = db_column_int64(st, 0);
		(*out)[*n].bm25 = db_column_double(st, 1);
		(*n)++;
	}
	db_reset(st);
	if (rc != DB_ROW && rc != DB_DONE &&
	    db_errclass(c->s->db) != DB_E_SQL)
		return store_dberr(c->s, "ranking earlier verdicts");
	if (sample) {
		qsort(*out, *n, sizeof **out, cand_cmp);
		if (*n > rows)
			*n = rows;
	}
	return 0;
}

static char *
col_dup(struct db_stmt *st, int i)
{
	return store_column_dup(st, i);
}

/* Reads earlier verdict KEY into R (text, verdict, where from): 1, 0 when
 * it is no candidate (a copy an old revision keeps, or of article
 * EXCLUDE), -1 on error. */
static int
read_earlier(struct seen_ctx *c, int64_t key, int64_t exclude,
    struct st_seen *r)
{
	struct db_stmt	*st;
	size_t		 k;
	int		 rc;

	memset(r, 0, sizeof *r);
	r->key = key;
	if (key > 0) {
		if ((st = store_stmt_lazy(c->s, S_SEEN_CLAIM)) == NULL)
			return -1;
		db_bind_int64(st, 1, key);
		db_bind_int64(st, 2, exclude);
	} else {
		if ((st = store_stmt_lazy(c->s, S_SEEN_IMPORTED)) == NULL)
			return -1;
		db_bind_int64(st, 1, -key);
	}
	if ((rc = db_step(st)) != DB_ROW) {
		db_reset(st);
		if (rc == DB_DONE)
			return 0;
		return store_dberr(c->s, "reading an earlier verdict");
	}
	r->claim = col_dup(st, 0);
	r->status = store_column_verdict(st, 1);
	r->rating = col_dup(st, 2);
	r->url = col_dup(st, 3);
	r->date = col_dup(st, 4);
	r->org = col_dup(st, 5);
	if (key > 0) {
		r->article = db_column_int64(st, 6);
		r->title = col_dup(st, 7);
		r->reviewer = col_dup(st, 8);
	} else if (store_imported_published_id((const char *)
	    db_column_text(st, 6), r->url))
		r->id = col_dup(st, 6);
	db_reset(st);
	if (r->claim == NULL)
		r->claim = xstrdup("");
	/* A list item's claim, without the list's marker. */
	if ((k = segment_marker_len(r->claim)) > 0)
		memmove(r->claim, r->claim + k, strlen(r->claim + k) + 1);
	if (r->id == NULL)
		r->id = xstrdup("");
	return 1;
}

static void
seen_clear(struct st_seen *r)
{
	free(r->id);
	free(r->claim);
	free(r->rating);
	free(r->url);
	free(r->date);
	free(r->org);
	free(r->differs);
	free(r->title);
	free(r->reviewer);
	memset(r, 0, sizeof *r);
}

void
st_seen_free(struct st_seen *v, size_t n)
{
	size_t	i;

	for (i = 0; v != NULL && i < n; i++)
		seen_clear(&v[i]);
	free(v);
}

static int
seen_cmp(const void *a, const void *b)
{
	const struct st_seen	*x = a, *y = b;

	if (x->similarity != y->similarity)
		return x->similarity > y->similarity ? -1 : 1;
	return x->features[RF_RANK] > y->features[RF_RANK] ? -1 :
	    x->features[RF_RANK] < y->features[RF_RANK];
}

struct seen_ctx *
store_seen_begin(struct store *s, int batch)
{
	struct seen_ctx	*c;

	c = xcalloc(1, sizeof *c);
	c->s = s;
	c->total = -1;
	c->postings = batch ? BATCH_POSTINGS : SEEN_POSTINGS;
	c->candidates = batch ? BATCH_CANDIDATES : SEEN_CANDIDATES;
	return c;
}

void
store_seen_end(struct seen_ctx *c)
{
	size_t	i;

	if (c == NULL)
		return;
	for (i = 0; i < c->cache.cap; i++)
		free(c->cache.v[i].query);
	free(c->cache.v);
	free(c);
}

int
store_seen_find(struct seen_ctx *c, const char *text, size_t top,
    int64_t exclude, struct st_seen **res, size_t *nres)
{
	struct rerank_query	*q;
	struct match_key	**keys;
	double			(*feats)[RF_COUNT];
	struct match_date	 date, *dp;
	struct cand		*cand = NULL;
	struct st_seen		*v;
	char			*query = NULL, *cut = NULL;
	size_t			 ncand = 0, i, n = 0;
	int			 rc = 0, sample;

	*res = NULL;
	*nres = 0;
	if (c->total < 0 && count_total(c) != 0)
		return -1;
	if (c->total == 0 || top == 0)
		return 0;
	if (strlen(text) > SEEN_TEXT_MAX) {
		/* Cut at a character's start. */
		for (i = SEEN_TEXT_MAX; i > 0 &&
		    ((unsigned char)text[i] & 0xc0) == 0x80; i--)
			/* nothing */;
		cut = xstrndup(text, i);
		text = cut;
	}
	q = rerank_query_new(text);
	if (build_query(c, q, &query, &sample) != 0 || (query != NULL &&
	    rank_rows(c, query, sample, &cand, &ncand) != 0)) {
		rerank_query_free(q);
		free(query);
		free(cand);
		free(cut);
		return -1;
	}
	v = xcalloc(c->candidates + 1, sizeof *v);
	keys = xcalloc(c->candidates + 1, sizeof *keys);
	for (i = 0; i < ncand && n < c->candidates; i++) {
		if ((rc = read_earlier(c, cand[i].key, exclude, &v[n])) < 0)
			break;
		if (rc == 0)
			continue;
		rc = 0;
		keys[n] = match_key_new(v[n].claim);
		dp = match_date_parse(v[n].date, &date) ? &date : NULL;
		rerank_features(q, keys[n], dp, cand[i].bm25, cand[0].bm25, n,
		    v[n].features);
		n++;
	}
	feats = xcalloc(n + 1, sizeof *feats);
	for (i = 0; i < n; i++)
		memcpy(feats[i], v[i].features, sizeof feats[i]);
	rerank_relative(feats, n);
	for (i = 0; i < n; i++) {
		memcpy(v[i].features, feats[i], sizeof feats[i]);
		v[i].similarity = rerank_probability(v[i].features);
		v[i].confident = rerank_confident(q, keys[i], v[i].claim,
		    v[i].similarity, &v[i].differs);
		match_key_free(keys[i]);
	}
	free(feats);
	free(keys);
	rerank_query_free(q);
	free(query);
	free(cand);
	free(cut);
	if (rc < 0) {
		st_seen_free(v, n);
		return -1;
	}
	if (n > 1)
		qsort(v, n, sizeof *v, seen_cmp);
	for (i = top; i < n; i++)
		seen_clear(&v[i]);
	*res = v;
	*nres = n < top ? n : top;
	return 0;
}

/* The number of claim R->key in its revision, and its id "aAcN". */
static int
number_claim(struct store *s, struct st_seen *r)
{
	struct db_stmt	*st;
	int64_t		 number = 0;

	if ((st = store_stmt_lazy(s, S_SEEN_NUMBER)) == NULL)
		return -1;
	db_bind_int64(st, 1, r->key);
	if (store_step_id(s, st, &number, "numbering a claim") < 0)
		return -1;
	r->number = (int)number;
	free(r->id);
	r->id = xasprintf("a%" PRId64 "c%d", r->article, r->number);
	return 0;
}

int
store_seen(struct store *s, const char *text, size_t top,
    struct st_seen **res, size_t *n, char **cause)
{
	struct seen_ctx	*c;
	size_t		 i;
	int		 rc;

	c = store_seen_begin(s, 0);
	rc = store_seen_find(c, text, top, 0, res, n);
	store_seen_end(c);
	for (i = 0; rc == 0 && i < *n; i++) {
		if ((*res)[i].key > 0)
			rc = number_claim(s, &(*res)[i]);
	}
	if (rc != 0) {
		st_seen_free(*res, *n);
		*res = NULL;
		*n = 0;
		return store_give_cause(s, cause);
	}
	return 0;
}
