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

/* The content words of KEY as compared: stems, sorted, unique. Borrowed
 * from KEY; their number in *N. */
const char *const	*match_key_words(const struct match_key *, size_t *n);

/*
 * The beginnings every written word whose stem is STEM starts with, for a
 * prefix search of a full-text index: STEM itself ("repair" for "repairs",
 * "repaired"), and for a stem in y that of its plural ("studi" for
 * "studies"). Fills PREFIX with 1 or 2 allocated strings; returns how many.
 */
int			 match_stem_prefixes(const char *stem, char *prefix[2]);

#endif
