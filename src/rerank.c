/* rerank.c: how likely an earlier verdict is about the claim at hand. */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attrib.h"
#include "lines.h"
#include "match.h"
#include "rerank.h"
#include "segment.h"
#include "xmalloc.h"

/* data/seen-model, compiled in by make (see Makefile.am). */
extern const char seen_model_txt[];

const char *const rerank_feature_names[RF_COUNT] = {
	[RF_BM25] = "bm25",
	[RF_RANK] = "rank",
	[RF_RECALL] = "recall",
	[RF_PRECISION] = "precision",
	[RF_BOTH] = "both",
	[RF_NUM_HIT] = "numbers_found",
	[RF_NUM_MISS] = "numbers_missing",
	[RF_BIGRAM] = "pairs",
	[RF_NAMES] = "names_found",
	[RF_NAMES_MISS] = "names_missing",
	[RF_DATE_NEAR] = "date_near",
	[RF_DATE_KNOWN] = "date_known",
	[RF_LENGTH] = "length",
	[RF_AGREE] = "agree",
	[RF_DICE] = "dice",
	[RF_SHARED] = "shared",
	[RF_PREFIX] = "prefix",
	[RF_QNAMES] = "query_names",
	[RF_REL_RECALL] = "rel_recall",
	[RF_REL_PRECISION] = "rel_precision",
	[RF_REL_BOTH] = "rel_both",
	[RF_REL_PREFIX] = "rel_prefix",
	[RF_REL_SHARED] = "rel_shared",
	[RF_REL_DATE_NEAR] = "rel_date_near",
};

/* Each relative feature and the feature it is taken from. */
static const struct {
	enum rerank_feature	rel, of;
} relative[] = {
	{ RF_REL_RECALL, RF_RECALL },
	{ RF_REL_PRECISION, RF_PRECISION },
	{ RF_REL_BOTH, RF_BOTH },
	{ RF_REL_PREFIX, RF_PREFIX },
	{ RF_REL_SHARED, RF_SHARED },
	{ RF_REL_DATE_NEAR, RF_DATE_NEAR },
};

/* The weight of a term of an earlier verdict the claim does not have, as
 * a share of the largest idf: such terms are not looked up. */
#define OTHER_IDF	0.75

static struct {
	int	loaded;
	double	bias;
	double	weight[RF_COUNT];
	double	threshold;
} model;

struct rerank_query {
	struct match_key	*key;
	char			*source;	/* whom its text attributes
						   the claim to, or NULL */
	struct rerank_term	*terms;		/* by stem */
	size_t			 nterms;
	double			*idf;		/* of each term */
	double			 idf_other;
	double			 idf_sum;	/* over the terms */
	long			*days;		/* its dates with a year */
	size_t			 ndays;
	int64_t			 total;
};

/* Reads data/seen-model: "bias W", "weight NAME W", "threshold P". A
 * bad line is a build error: the file is part of the program. */
static void
model_load(void)
{
	struct lines	 lines;
	const char	*p, *eol;
	char		 line[256], name[64];
	double		 v;
	size_t		 len;
	int		 i, found;

	model.loaded = 1;
	model.threshold = 1;
	lines_init(&lines, seen_model_txt, strlen(seen_model_txt));
	while (lines_next(&lines, &p, &eol)) {
		len = (size_t)(eol - p);
		if (len == 0 || *p == '#' || len >= sizeof line)
			continue;
		memcpy(line, p, len);
		line[len] = '\0';
		if (sscanf(line, "bias %lf", &v) == 1)
			model.bias = v;
		else if (sscanf(line, "threshold %lf", &v) == 1)
			model.threshold = v;
		else if (sscanf(line, "weight %63s %lf", name, &v) == 2) {
			for (found = 0, i = 0; i < RF_COUNT; i++) {
				if (strcmp(name, rerank_feature_names[i]) == 0) {
					model.weight[i] = v;
					found = 1;
				}
			}
			if (!found)
				fatal("seen-model: unknown feature %s", name);
		} else
			fatal("seen-model: bad line: %s", line);
	}
}

static int
cmp_term(const void *a, const void *b)
{
	const struct rerank_term	*x = a, *y = b;

	return strcmp(x->term->stem, y->term->stem);
}

/* The words of TEXT, read as a sentence alone, that say whom it
 * attributes what it says to: the source, its role, and the words that
 * attribute ("said", "according"); NULL when it names no source. */
static char *
source_of(const char *text)
{
	struct sentence		one;
	struct attribution	a;
	const char		*p, *w;
	char			*words = NULL, *more;

	memset(&one, 0, sizeof one);
	one.text = xstrdup(text != NULL ? text : "");
	one.end = strlen(one.text);
	one.kind = SEG_SENTENCE;
	attrib_sentences(&one, 1, &a);
	if (a.source != NULL) {
		words = xasprintf("%s %s", a.source, a.role != NULL ?
		    a.role : "");
		for (p = one.text; *p != '\0';) {
			while (*p != '\0' && !isalpha((unsigned char)*p))
				p++;
			for (w = p; isalpha((unsigned char)*p); p++)
				;
			if (p > w && attrib_cue_word(w, (size_t)(p - w))) {
				more = xasprintf("%s %.*s", words, (int)(p - w),
				    w);
				free(words);
				words = more;
			}
		}
	}
	attrib_clear(&a);
	free(one.text);
	return words;
}

struct rerank_query *
rerank_query_new(const char *text)
{
	struct rerank_query	*q;
	const struct match_term	*t;
	const struct match_date	*d;
	size_t			 n, i, j, nd;

	q = xcalloc(1, sizeof *q);
	q->key = match_key_new(text);
	q->source = source_of(text);
	t = match_key_terms(q->key, &n);
	q->terms = xcalloc(n + 1, sizeof *q->terms);
	for (i = 0; i < n; i++)
		q->terms[i].term = &t[i];
	if (n > 1)
		qsort(q->terms, n, sizeof *q->terms, cmp_term);
	for (i = j = 0; i < n; i++) {
		if (j == 0 || strcmp(q->terms[j - 1].term->stem,
		    q->terms[i].term->stem) != 0)
			q->terms[j++] = q->terms[i];
	}
	q->nterms = j;
	q->idf = xcalloc(j + 1, sizeof *q->idf);
	d = match_key_posted(q->key, &nd);
	q->days = xcalloc(nd + 1, sizeof *q->days);
	for (i = 0; i < nd; i++) {
		if (d[i].year > 0)
			q->days[q->ndays++] = match_date_days(&d[i]);
	}
	d = match_key_dates(q->key, &n);
	q->days = xreallocarray(q->days, q->ndays + n + 1, sizeof *q->days);
	for (i = 0; i < n; i++) {
		if (d[i].year > 0)
			q->days[q->ndays++] = match_date_days(&d[i]);
	}
	rerank_query_set_total(q, 1);
	return q;
}

void
rerank_query_free(struct rerank_query *q)
{
	if (q == NULL)
		return;
	match_key_free(q->key);
	free(q->source);
	free(q->terms);
	free(q->idf);
	free(q->days);
	free(q);
}

const struct match_key *
rerank_query_key(const struct rerank_query *q)
{
	return q->key;
}

struct rerank_term *
rerank_query_terms(struct rerank_query *q, size_t *n)
{
	*n = q->nterms;
	return q->terms;
}

/* The weight of a term found in DF of TOTAL documents. */
static double
idf(int64_t total, int64_t df)
{
	if (df < 0)
		df = 0;
	if (df > total)
		df = total;
	return log((double)(total + 1) / (double)(df + 1)) + 0.1;
}

void
rerank_query_set_total(struct rerank_query *q, int64_t total)
{
	size_t	i;

	if (total < 1)
		total = 1;
	q->total = total;
	q->idf_sum = 0;
	for (i = 0; i < q->nterms; i++) {
		q->idf[i] = idf(total, q->terms[i].df);
		q->idf_sum += q->idf[i];
	}
	q->idf_other = OTHER_IDF * idf(total, 0);
}

/* The index of STEM among Q's terms, or -1. */
static long
query_find(const struct rerank_query *q, const char *stem)
{
	size_t	lo = 0, hi = q->nterms, mid;
	int	c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = strcmp(q->terms[mid].term->stem, stem);
		if (c == 0)
			return (long)mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

/* Whether STEM shares its first PREFIX_LEN bytes with a term of Q (both
 * that long at least): a looser match of words of one family. */
#define PREFIX_LEN	5

static int
query_has_prefix(const struct rerank_query *q, const char *stem)
{
	size_t	lo = 0, hi = q->nterms, mid;
	int	c;

	if (strlen(stem) < PREFIX_LEN)
		return 0;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = strncmp(q->terms[mid].term->stem, stem, PREFIX_LEN);
		if (c == 0)
			return 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

static int
cmp_stem(const void *a, const void *b)
{
	const struct match_term *const	*x = a, *const *y = b;

	return strcmp((*x)->stem, (*y)->stem);
}

/* Whether the adjacent terms A B of an earlier verdict are adjacent, in
 * that order, in the query's key. */
static int
query_has_pair(const struct match_term *qt, size_t nq, const char *a,
    const char *b)
{
	size_t	i;

	for (i = 0; i + 1 < nq; i++) {
		if (strcmp(qt[i].stem, a) == 0 &&
		    strcmp(qt[i + 1].stem, b) == 0)
			return 1;
	}
	return 0;
}

void
rerank_features(const struct rerank_query *q, const struct match_key *d,
    const struct match_date *date, double bm25, double top, size_t rank,
    double f[RF_COUNT])
{
	const struct match_term	 *dt, *qt, **u;
	size_t			  nd, nq, i, nu, caps = 0, caps_found = 0;
	size_t			  pairs = 0, pairs_found = 0;
	double			  w_all = 0, w_common = 0, w_prefix = 0, w,
				  best;
	size_t			  qcaps = 0, qcaps_found = 0;
	long			  at, days;

	memset(f, 0, RF_COUNT * sizeof *f);
	f[RF_BM25] = top < 0 && bm25 < 0 ? bm25 / top : (rank == 0);
	f[RF_RANK] = 1.0 / (1.0 + (double)rank);
	dt = match_key_terms(d, &nd);
	qt = match_key_terms(q->key, &nq);

	/* Its distinct terms. */
	u = xcalloc(nd + 1, sizeof *u);
	for (i = 0; i < nd; i++)
		u[i] = &dt[i];
	if (nd > 1)
		qsort(u, nd, sizeof *u, cmp_stem);
	for (i = nu = 0; i < nd; i++) {
		if (nu == 0 || strcmp(u[nu - 1]->stem, u[i]->stem) != 0)
			u[nu++] = u[i];
	}
	for (i = 0; i < nu; i++) {
		at = query_find(q, u[i]->stem);
		w = at >= 0 ? q->idf[at] : q->idf_other;
		w_all += w;
		if (at >= 0)
			w_common += w;
		else if (!(u[i]->flags & MATCH_NUMBER) &&
		    query_has_prefix(q, u[i]->stem))
			w_prefix += w;
		if (u[i]->flags & MATCH_NUMBER) {
			if (at >= 0)
				f[RF_NUM_HIT] += 1;
			else
				f[RF_NUM_MISS] += 1;
		}
		if (u[i]->flags & MATCH_CAP) {
			caps++;
			caps_found += at >= 0;
		}
	}
	if (w_all > 0) {
		f[RF_RECALL] = w_common / w_all;
		f[RF_PREFIX] = (w_common + w_prefix) / w_all;
	}
	f[RF_SHARED] = w_common / 10.0;
	/* The claim's names it has. */
	for (i = 0; i < q->nterms; i++) {
		const struct match_term	*key = q->terms[i].term, **hit;

		if (!(key->flags & MATCH_CAP))
			continue;
		qcaps++;
		hit = bsearch(&key, u, nu, sizeof *u, cmp_stem);
		qcaps_found += hit != NULL;
	}
	if (qcaps > 0)
		f[RF_QNAMES] = (double)qcaps_found / (double)qcaps;
	free(u);
	if (q->idf_sum > 0)
		f[RF_PRECISION] = w_common / q->idf_sum;
	f[RF_BOTH] = f[RF_RECALL] * f[RF_PRECISION];
	for (i = 0; i + 1 < nd; i++) {
		pairs++;
		pairs_found += query_has_pair(qt, nq, dt[i].stem,
		    dt[i + 1].stem);
	}
	if (pairs > 0)
		f[RF_BIGRAM] = (double)pairs_found / (double)pairs;
	if (caps > 0) {
		f[RF_NAMES] = (double)caps_found / (double)caps;
		f[RF_NAMES_MISS] = (double)(caps - caps_found > 5 ? 5 :
		    caps - caps_found) / 5.0;
	}
	if (date != NULL && date->year > 0 && q->ndays > 0) {
		days = match_date_days(date);
		best = -1;
		for (i = 0; i < q->ndays; i++) {
			w = fabs((double)(days - q->days[i]));
			if (best < 0 || w < best)
				best = w;
		}
		f[RF_DATE_NEAR] = exp(-best / 30.0);
		f[RF_DATE_KNOWN] = 1;
	}
	f[RF_LENGTH] = log(1.0 + (double)nu);
	f[RF_AGREE] = match_agree(q->key, d);
	f[RF_DICE] = match_similarity(q->key, d);
}

void
rerank_relative(double (*f)[RF_COUNT], size_t n)
{
	size_t	i, r;
	double	best;

	for (r = 0; r < sizeof relative / sizeof relative[0]; r++) {
		for (best = 0, i = 0; i < n; i++) {
			if (i == 0 || f[i][relative[r].of] > best)
				best = f[i][relative[r].of];
		}
		for (i = 0; i < n; i++)
			f[i][relative[r].rel] = f[i][relative[r].of] - best;
	}
}

double
rerank_probability(const double f[RF_COUNT])
{
	double	z;
	int	i;

	if (!model.loaded)
		model_load();
	z = model.bias;
	for (i = 0; i < RF_COUNT; i++)
		z += model.weight[i] * f[i];
	return 1.0 / (1.0 + exp(-z));
}

double
rerank_threshold(void)
{
	if (!model.loaded)
		model_load();
	return model.threshold;
}

char *
rerank_differs(const struct rerank_query *q, const struct match_key *d,
    const char *dtext)
{
	char	*why, *dsrc;

	if ((why = match_differs(q->key, d)) != NULL)
		return why;
	/* A word put for another, whom each text attributes it to left
	 * out: read only for texts this alike, few of those found. */
	if (match_shared(q->key, d) < MATCH_SWAP_NEAR)
		return NULL;
	dsrc = source_of(dtext);
	why = match_swap(q->key, q->source, d, dsrc);
	free(dsrc);
	return why;
}

int
rerank_confident(const struct rerank_query *q, const struct match_key *d,
    const char *dtext, double p, char **why)
{
	char	*differs;

	differs = rerank_differs(q, d, dtext);
	if (why != NULL)
		*why = differs;
	else
		free(differs);
	if (differs != NULL)
		return 0;
	return p >= rerank_threshold() ||
	    match_similarity(q->key, d) >= MATCH_THRESHOLD;
}
