/* extract.h: check-worthiness scores, kinds and sources for sentences. */
#ifndef CD_EXTRACT_H
#define CD_EXTRACT_H

#include <stddef.h>

struct ruleset;
struct sentence;

struct claim_info {
	int	 score;		/* 0-100 */
	int	 claim;		/* score reached the threshold */
	char	*kinds;		/* "quantity,quote", "" when none; owned */
	char	*source;	/* who the claim is attributed to; owned;
				   NULL when none */
};

/*
 * Scores N sentences (in reading order, so a pronoun source can resolve to
 * a name given earlier) into INFO, an array of N the caller provides.
 * Returns 0; when a rule hit PCRE2's match or depth limit it still scores
 * with the other rules and sets *WARNING (allocated, caller frees, may be
 * left NULL) to a message naming the rule. Free each entry's strings with
 * claim_info_clear().
 */
int	extract_sentences(const struct ruleset *, const struct sentence *,
	    size_t n, struct claim_info *info, char **warning);
void	claim_info_clear(struct claim_info *);

#endif
