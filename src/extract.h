/* extract.h: check-worthiness scores, kinds and sources for sentences. */
#ifndef CD_EXTRACT_H
#define CD_EXTRACT_H

#include <stddef.h>

#include "attrib.h"

struct ruleset;
struct sentence;

struct claim_info {
	int	 score;		/* 0-100 */
	int	 claim;		/* score reached the threshold */
	char	*kinds;		/* "quantity,quote", "" when none; owned */
	char	*source;	/* who the claim is attributed to; owned;
				   NULL when none */
	char	*source_role;	/* the source's title or office, or the
				   document it speaks through; owned; NULL
				   when none */
	enum attrib_kind source_kind;	/* person, organisation, document,
				   unnamed; ATTRIB_NONE when there is no
				   source or a rule's (?<source>) group gave
				   it */
	enum attrib_cue	 source_cue;	/* how the attribution pass found
				   it: CUE_NONE when it did not (a rule's
				   group, or no source) */
};

/*
 * Scores N sentences (in reading order, so a pronoun source can resolve to
 * a name given earlier) into INFO, an array of N the caller provides and
 * this fills completely. The attribution pass (attrib.h) runs first and
 * gives the sources; a rule's (?<source>) group names one only where it
 * found none. A score is the sum of the weights of the rules that match
 * and of the signals that fire, each counted once, clamped to 0..100;
 * kinds and sources as claimdesk-rules(5) tells. Bylines are not scored.
 * Returns 0; when a rule hit PCRE2's match or depth limit it still scores
 * with the other rules and sets *WARNING (allocated, caller frees; NULL
 * when all went well) to one message naming each such rule. Free each
 * entry's strings with claim_info_clear().
 */
int	extract_sentences(const struct ruleset *, const struct sentence *,
	    size_t n, struct claim_info *info, char **warning);
void	claim_info_clear(struct claim_info *);

#endif
