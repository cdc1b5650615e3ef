/* rules.h: the claim rule file, parsed and compiled with PCRE2. */
#ifndef CD_RULES_H
#define CD_RULES_H

#include <stddef.h>

struct ruleset;

/*
 * Parses and compiles a rule file (grammar in claimdesk-rules(5)). Returns a
 * new ruleset freed with rules_free(), or NULL with *CAUSE set to an
 * allocated "FILE:LINE:COLUMN: message" (or "FILE: strerror" when the file
 * cannot be read). rules_parse() reads LEN bytes of TEXT, NAME standing for
 * the file name in messages.
 *
 * A ruleset holds one PCRE2 match block per rule, so it may be read by one
 * thread at a time only; rules_match() writes to it through those blocks.
 */
struct ruleset	*rules_load(const char *path, char **cause);
struct ruleset	*rules_parse(const char *name, const char *text, size_t len,
		    char **cause);
void		 rules_free(struct ruleset *);
/* rules_load() and, unless MODEL is NULL or the file says "weights
 * fixed", the model at MODEL set on the rules (rules_set_model()): how
 * every command that scores sentences reads them. */
struct ruleset	*rules_load_scored(const char *path, const char *model,
		    char **cause);

/* The threshold the file sets (40 when it does not): the one that counts
 * when the score is the sum of the rules' weights. */
int		 rules_threshold(const struct ruleset *);

/*
 * Whether the file says "weights fixed": sentences are then scored with
 * the WEIGHTs written in it and never with a model. rules_set_model()
 * gives the ruleset the model that weighs its rules and the other
 * features (claimdesk-rules(5)); the ruleset owns it from then on and
 * frees it with itself (a model set before is freed). rules_model() is
 * that model, borrowed, or NULL when there is none or the weights are
 * fixed.
 */
struct cd_model;
int		 rules_fixed(const struct ruleset *);
void		 rules_set_model(struct ruleset *, struct cd_model *);
const struct cd_model *rules_model(const struct ruleset *);
size_t		 rules_count(const struct ruleset *);

/* Rule I (0 <= I < rules_count()): its name, kind and weight as written.
 * The strings are borrowed from the ruleset. */
const char	*rules_name(const struct ruleset *, size_t i);
const char	*rules_kind(const struct ruleset *, size_t i);
int		 rules_weight(const struct ruleset *, size_t i);

/* The distinct kinds in the order they first appear in the file, and the
 * position of rule I's kind in that list (a stable order for listings). */
size_t		 rules_nkinds(const struct ruleset *);
const char	*rules_kind_at(const struct ruleset *, size_t k);
size_t		 rules_kind_index(const struct ruleset *, size_t i);

/* The named groups a pattern may have that extraction reads. */
enum rule_group {
	RULE_SOURCE,		/* (?<source>...): who the claim is from */
	RULE_PERSON,		/* (?<person>...): a person named, for
				   resolving "he said" in later sentences */
	RULE_NGROUPS
};

/*
 * A "signal NAME KIND WEIGHT" line is a rule without a pattern: what the
 * attribution pass found decides whether it fires (claimdesk-rules(5)).
 * rules_match() never matches it; the caller fires it.
 */
enum rule_signal {
	RULE_PATTERN,		/* an ordinary rule */
	RULE_ATTRIBUTED,	/* the sentence names its source */
	RULE_QUOTED		/* the sentence is inside a quotation whose
				   speaker is named elsewhere */
};

/* What rule I is: a pattern or one of the signals. */
enum rule_signal rules_signal(const struct ruleset *, size_t i);

/* Whether rule I's pattern has a group named for G. */
int		 rules_has_group(const struct ruleset *, size_t i,
		    enum rule_group g);

/*
 * Runs rule I on LEN bytes of TEXT (UTF-8; invalid sequences never match
 * but are no error). Returns 1 on a match, 0 when the rule does not match,
 * -1 when PCRE2 gave up (match or depth limit, JIT stack...) with *CAUSE
 * set to an allocated message naming the rule.
 */
int		 rules_match(const struct ruleset *, size_t i, const char *text,
		    size_t len, char **cause);

/*
 * Screens LEN bytes of TEXT for all rules in one pass: sets MAY[I] (an
 * array of rules_count()) to 0 when rule I cannot match TEXT, as a string
 * its pattern needs is missing, and to 1 when it may; rules_match() then
 * tells. A rule whose needs are not known is always 1.
 */
void		 rules_screen(const struct ruleset *, const char *text,
		    size_t len, unsigned char *may);

/*
 * After rules_match() returned 1 for rule I on TEXT and LEN: sets *S and
 * *SLEN to the first non-empty group named for G that took part (pointing
 * into TEXT) and returns 0; returns -1 when there is none.
 */
int		 rules_group(const struct ruleset *, size_t i,
		    enum rule_group g, const char *text, size_t len,
		    const char **s, size_t *slen);

#endif
