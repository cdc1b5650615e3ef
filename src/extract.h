/* extract.h: check-worthiness scores, kinds and sources for sentences. */
#ifndef CD_EXTRACT_H
#define CD_EXTRACT_H

#include <stddef.h>
#include <stdint.h>

#include "attrib.h"
#include "rules.h"

struct ruleset;
struct sentence;

#define EXTRACT_WHY	3	/* reasons kept per sentence */

/* One reason for a sentence's score: a feature and what it added. Name it
 * with extract_reason_name(). Eight bytes: an article may have a hundred
 * thousand sentences. */
struct claim_reason {
	float	 weight;	/* a logit with a model; score points with
				   fixed weights */
	uint32_t ref : 3;	/* as in struct feature (feature.h) */
	uint32_t index : 29;
};

struct claim_info {
	int	 score;		/* 0-100: how check-worthy */
	int	 claim;		/* a checkable factual claim: score reached
				   the threshold, and the sentence is prose
				   (not a title, heading, byline, dateline
				   or credit line) */
	char	*kinds;		/* "quantity,quote", "" when none; owned */
	char	*source;	/* who the claim is attributed to; owned;
				   NULL when none */
	struct claim_reason why[EXTRACT_WHY];	/* the strongest, by size */
	unsigned nwhy;
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
 * found none. With the ruleset's model (rules_model()) a score is
 * 100 / (1 + e^-(bias + the weights of the features found)), the rules
 * that match and the signals that fire among them; without one, the sum
 * of the weights of the rules that match and of the signals that fire,
 * each counted once, clamped to 0..100. Kinds and sources as
 * claimdesk-rules(5) tells. Titles, headings, bylines, datelines and
 * credit lines (a rule of kind "byline" matched) are not scored: score 0,
 * never a claim. Returns 0; when a rule hit PCRE2's match or depth limit
 * it still scores with the other rules and sets *WARNING (allocated,
 * caller frees; NULL when all went well) to one message naming each such
 * rule. Free each entry's strings with claim_info_clear(). On a long
 * article the rules run on a second thread while the attribution pass
 * runs on the caller's.
 */
int	extract_sentences(const struct ruleset *, const struct sentence *,
	    size_t n, struct claim_info *info, char **warning);

/* Whether extract_sentences() may use a second thread on a long article
 * (ON 1, the default) or runs all on the caller's (0): the same results,
 * in more time. For the tests that show it, and for a caller that must
 * not start threads. */
void	extract_threads(int on);
void	claim_info_clear(struct claim_info *);

/* The score at which a prose sentence is a claim: the model's threshold,
 * or the rule file's when there is no model. */
int	extract_threshold(const struct ruleset *);

/* Whether signal SIG (rules.h) fires for a sentence whose source the
 * attribution pass found with CUE (CUE_NONE: no source). */
int	extract_signal_fires(enum rule_signal sig, enum attrib_cue cue);

/* The name of reason R of sentence S scored with RS ("rule:figure",
 * "w:said", "layout:title"...). Allocated; the caller frees it. */
char	*extract_reason_name(const struct ruleset *rs,
	    const struct sentence *s, const struct claim_reason *r);

#endif
