/* feature.h: what the model sees in a sentence: rules, shape, word lists, words. */
#ifndef CD_FEATURE_H
#define CD_FEATURE_H

#include <stddef.h>
#include <stdint.h>

struct cd_model;
struct ruleset;

/* How a feature is named (feature_name()); INDEX says which one. */
enum feature_ref {
	FREF_SHAPE,		/* a shape: index into feature.c's table */
	FREF_LIST,		/* a word list of the model: its index */
	FREF_RULE,		/* a rule that matched: its index */
	FREF_WORD,		/* a word: its byte offset in the text */
	FREF_PAIR,		/* two words: the first one's byte offset */
	FREF_FIRST,		/* the first word, as the pair "^_word" */
	FREF_LAYOUT		/* not prose: the enum seg_kind (segment.h) */
};

struct feature {
	uint64_t	 key;		/* model_key() of its name */
	uint32_t	 index;		/* below 2^29 */
	uint8_t		 ref;		/* enum feature_ref */
};

/*
 * The features of one sentence. Every feature is binary: it is there or
 * not, and a set holds each once. Words are the sentence's
 * tokens lower-cased, a digit run with its inner '.' and ',' as "0"
 * ("3,288" "0", "20th" "0th", "1990s" "0s"), curly apostrophes straight.
 */
struct feature_set {
	struct feature		*v;
	size_t			 n;
	size_t			 alloc;
	uint32_t		*seen;	/* keys in v, hashed: index + 1 */
	size_t			 seen_mask;
	const struct cd_model	*lists;	/* borrowed; NULL: no lists */
	uint32_t		 month;	/* the bits of the lists "month" */
	uint32_t		 month_abbr;	/* and "month_abbr" */
};

/* Starts an empty set whose word lists come from LISTS (a model, borrowed,
 * may be NULL). Free its array with feature_free(). */
void		 feature_init(struct feature_set *, const struct cd_model *lists);
void		 feature_free(struct feature_set *);
/* Empties the set, keeping its memory. */
void		 feature_clear(struct feature_set *);

/* Adds the shape, list and word features of LEN bytes of TEXT. */
void		 feature_text(struct feature_set *, const char *text,
		    size_t len);
/* Adds the feature "rule:NAME" of rule I of RS. */
void		 feature_rule(struct feature_set *, const struct ruleset *rs,
		    size_t i);
/* The key of "rule:NAME". */
uint64_t	 feature_rule_key(const char *name);
/* Adds the feature KEY, named as REF and INDEX say, unless the set has
 * it already. */
void		 feature_add(struct feature_set *, uint64_t key,
		    enum feature_ref ref, uint32_t index);

/*
 * The name of feature F of the set built from TEXT (LEN bytes) with the
 * word lists of LISTS and the rules of RS (either may be NULL when F is
 * not of that sort): "shape:question", "list:month", "rule:figure",
 * "w:said", "w:said_the", "w:^_the", "layout:title". Allocated; the
 * caller frees it.
 */
char		*feature_name(const struct feature *f,
		    const struct cd_model *lists, const struct ruleset *rs,
		    const char *text, size_t len);

/*
 * Feature NAME (as feature_name() gives it) in words a reader of the claim
 * pane knows: "a number in figures", "10 to 19 words", "the word
 * \"korea\"", "the rule \"attributed\"". Allocated; the caller frees it.
 */
char		*feature_plain(const char *name);

/* The number of shape features, and the name of shape I (static). */
size_t		 feature_nshapes(void);
const char	*feature_shape_name(size_t i);

#endif
