/* rerank.h: how likely an earlier verdict is about the claim at hand. */
#ifndef CD_RERANK_H
#define CD_RERANK_H

#include <stddef.h>
#include <stdint.h>

#include "match.h"

/*
 * The features of a pair (the claim at hand, an earlier verdict found by
 * the full-text search), in the order of rerank_feature_names; the model
 * (data/seen-model) weighs them into a probability by logistic regression.
 */
enum rerank_feature {
	RF_BM25,	/* its bm25 over the best's, 0..1 */
	RF_RANK,	/* 1 / (1 + its place in the bm25 ranking) */
	RF_RECALL,	/* idf-weighted share of its terms the claim has */
	RF_PRECISION,	/* idf-weighted share of the claim's terms it has */
	RF_BOTH,	/* the two multiplied */
	RF_NUM_HIT,	/* its numbers the claim states too */
	RF_NUM_MISS,	/* its numbers the claim does not state */
	RF_BIGRAM,	/* share of its pairs of adjacent terms the claim has */
	RF_NAMES,	/* share of its capitalised words the claim has */
	RF_NAMES_MISS,	/* its capitalised words the claim lacks, 0..1 */
	RF_DATE_NEAR,	/* exp(-days between its date and the claim's
			   nearest / 30) */
	RF_DATE_KNOWN,	/* both have a date */
	RF_LENGTH,	/* log(1 + its terms) */
	RF_AGREE,	/* numbers and negation agree (match_agree()) */
	RF_DICE,	/* match_similarity() */
	RF_SHARED,	/* the idf of the terms both have, summed, / 10 */
	RF_PREFIX,	/* RF_RECALL with terms that share their first five
			   letters counted as one ("immigrants",
			   "immigration") */
	RF_QNAMES,	/* share of the claim's capitalised words it has */
	/* The same less the best of the candidates, so a verdict is
	 * weighed against the others found (rerank_relative()). */
	RF_REL_RECALL,
	RF_REL_PRECISION,
	RF_REL_BOTH,
	RF_REL_PREFIX,
	RF_REL_SHARED,
	RF_REL_DATE_NEAR,
	RF_COUNT
};

extern const char *const rerank_feature_names[RF_COUNT];

/* The claim at hand, ready to be compared with many earlier verdicts. */
struct rerank_query;

/* A term of the query for the full-text search: borrowed from the query;
 * DF is filled by the caller (rerank_query_set_df()). */
struct rerank_term {
	const struct match_term	*term;
	int64_t			 df;
};

/* Reads TEXT. Never fails; free with rerank_query_free(). */
struct rerank_query	*rerank_query_new(const char *text);
void			 rerank_query_free(struct rerank_query *);
/* Its key, borrowed. */
const struct match_key	*rerank_query_key(const struct rerank_query *);

/* Its distinct terms, by stem; borrowed, N in *N. */
struct rerank_term	*rerank_query_terms(struct rerank_query *, size_t *n);
/* How many earlier verdicts there are about, for the terms' idf; their DF
 * must have been set (0 for one not found). */
void			 rerank_query_set_total(struct rerank_query *,
			    int64_t total);

/*
 * The features of the pair (Q, earlier verdict D) into F: BM25 is D's
 * bm25() score and TOP the best one's (both negative as FTS5 gives them),
 * RANK D's place by bm25 from 0; DATE (may be NULL) is the earlier
 * verdict's date.
 */
void	rerank_features(const struct rerank_query *q,
	    const struct match_key *d, const struct match_date *date,
	    double bm25, double top, size_t rank, double f[RF_COUNT]);

/* Sets the relative features (RF_REL_*) of the N candidates of one query
 * whose other features F[i] holds. */
void	rerank_relative(double (*f)[RF_COUNT], size_t n);

/* The probability, 0..1, that the earlier verdict with features F is
 * about the same claim (data/seen-model). */
double	rerank_probability(const double f[RF_COUNT]);

/* Why the earlier verdict D, whose text is DTEXT, cannot stand for Q
 * (match_differs(), the sources each text names read by the attribution
 * pass); NULL when it can. The caller frees it. */
char	*rerank_differs(const struct rerank_query *q,
	    const struct match_key *d, const char *dtext);

/* Whether it is a confident match, one that may be linked and adopted:
 * nothing makes D, whose text is DTEXT, another claim than Q
 * (rerank_differs(), into *WHY when WHY is not NULL, for the caller to
 * free), and either its probability P is at or above the model's
 * threshold or most of their words are the same (match_similarity() at
 * MATCH_THRESHOLD: the model, fitted on posts, underrates two sentences
 * that say the same in other words). */
int	rerank_confident(const struct rerank_query *q,
	    const struct match_key *d, const char *dtext, double p,
	    char **why);

/* The model's threshold for a confident match. */
double	rerank_threshold(void);

#endif
