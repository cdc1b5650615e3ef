/* rules-int.h: what the rule parser shares with its prefilter and its
 * JIT fix (rules-jit.c) only. */
#ifndef CD_RULES_INT_H
#define CD_RULES_INT_H

#define PCRE2_CODE_UNIT_WIDTH 8

#include <pcre2.h>
#include <stddef.h>
#include <stdint.h>

#include "rules.h"

#define NEED_ALL		2		/* sets of strings a rule may
						   need one of each of (the
						   prefilter, prefilter.c) */

struct cd_model;
struct strset;
struct prefilter;

struct rule {
	char			*name;
	char			*kind;
	size_t			 kind_index;
	int			 weight;
	pcre2_code		*code;
	int			 jit;		/* code has JIT code */
	pcre2_match_data	*md;
	uint32_t		*groups[RULE_NGROUPS];	/* numbers of the groups
							   with each name */
	size_t			 ngroups[RULE_NGROUPS];
	struct strset		*needs[NEED_ALL];	/* each match holds
						   a string of each; none:
						   unscreened */
	unsigned		 full;		/* the bits of needs[] */
	enum rule_signal	 signal;	/* a signal line: no pattern */
};

struct ruleset {
	struct rule		*rules;
	size_t			 n;
	size_t			 alloc;
	char			**kinds;
	size_t			 nkinds;
	int			 threshold;
	int			 fixed;		/* "weights fixed": no model */
	struct cd_model		*model;		/* owned; NULL: none */
	pcre2_match_context	*mctx;
	pcre2_jit_stack		*jit;
	struct prefilter	*prefilter;	/* NULL when no rule is
						   screened */
};

/* The sets of strings every match of pattern P (LEN bytes) holds one of
 * each of, folded, into NEEDS (NEED_ALL entries, NULL-terminated); none
 * when the pattern is not understood. Free them with
 * prefilter_needs_free(), which sets each entry to NULL. */
void		 prefilter_needs(const char *p, size_t len,
		    struct strset **needs);
void		 prefilter_needs_free(struct strset **needs);
/* The automaton over the needs of RS's rules, or NULL when no rule has
 * any (a rule whose needs would make it too big loses them). Free with
 * prefilter_free(). */
struct prefilter *prefilter_build(struct ruleset *rs);
void		 prefilter_free(struct prefilter *);
/* rules_screen()'s work. */
void		 prefilter_scan(const struct ruleset *rs, const char *text,
		    size_t len, unsigned char *may);

/* Whether this PCRE2 JIT-compiles \D, \S and \W wrong under
 * PCRE2_MATCH_INVALID_UTF (rules-jit.c). */
int		 rules_jit_escapes_broken(void);
/* Pattern S (LEN bytes) with \D, \S and \W outside a class written as
 * [\D], [\S] and [\W], the same pattern the JIT compiles right: 1 and
 * *OUT (NUL-terminated, the caller frees it); 0 when it has none; -1 when
 * it may set extended mode, whose comments this reading does not know. */
int		 rules_escapes_as_classes(const char *s, size_t len,
		    char **out);

#endif
