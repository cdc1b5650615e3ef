/* match.h: how alike two claims are, for "claims seen before". */
#ifndef CD_MATCH_H
#define CD_MATCH_H

#include <stddef.h>

/* Similarity at or above which a claim is linked to an earlier one. */
#define MATCH_THRESHOLD	0.6

/* A claim's text normalised for comparison: stemmed content words, numbers
 * with their units, and whether it is negated. */
struct match_key;

/* Normalises TEXT (UTF-8). Never fails; free with match_key_free(). */
struct match_key	*match_key_new(const char *text);
void			 match_key_free(struct match_key *);

/*
 * How alike A and B are, from 0 to 1: the Dice coefficient of their content
 * words. 0 whenever they disagree on what must agree: the numbers they state
 * (with the words they count), or negation.
 */
double			 match_similarity(const struct match_key *a,
			    const struct match_key *b);

/* An FTS5 query that finds candidate claims for KEY: its content words and
 * numbers, OR-ed, each quoted. Allocated; NULL when KEY has no word. */
char			*match_fts_query(const struct match_key *);

#endif
