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
 * a name given earlier) into INFO, an array of N the caller provides and
 * this fills completely. A score is the sum of the weights of the rules
 * that match, each rule counted once, clamped to 0..100; kinds and sources
 * as claimdesk-rules(5) tells. Bylines are not scored. Returns 0; when a
 * rule hit PCRE2's match or depth limit it still scores with the other
 * rules and sets *WARNING (allocated, caller frees; NULL when all went
 * well) to one message naming each such rule. Free each entry's strings
 * with claim_info_clear().
 */
int	extract_sentences(const struct ruleset *, const struct sentence *,
	    size_t n, struct claim_info *info, char **warning);
void	claim_info_clear(struct claim_info *);

#endif
