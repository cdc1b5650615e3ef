/* match-int.h: what match.c shares with match-lex.c and match-lists.c. */
#ifndef CD_MATCH_INT_H
#define CD_MATCH_INT_H

#include <stddef.h>

#include "match.h"

/* A token of a text as match_lex() reads it. */
enum tok_kind {
	TOK_WORD,
	TOK_NUM
};

#define TF_CAP		0x001	/* starts with a capital letter */
#define TF_ALLCAPS	0x002	/* two or more letters, all capitals */
#define TF_SENT		0x004	/* first of a sentence (or of the text) */
#define TF_TAG		0x008	/* part of a #hashtag or an @handle */
#define TF_ORDINAL	0x010	/* a number written 6th, 1st, 22nd */
#define TF_META		0x020	/* part of the date of a quoted post,
				   "(@name) October 13, 2019": not what the
				   text claims */
#define TF_PLAIN	0x040	/* a number of digits alone (no , or .) */
#define TF_DATE		0x080	/* part of a date the text states */
#define TF_MONTH	0x100	/* the month of such a date */

struct tok {
	enum tok_kind	 kind;
	int		 flags;
	const char	*at;		/* where it is written */
	size_t		 len;		/* bytes written there */
	size_t		 gap;		/* bytes between it and the token
					   before (or the text's start) */
	char		*low;		/* words: lower case, apostrophes
					   straight; numbers: their digits as
					   written without separators */
	char		*stem;		/* words: low stemmed; numbers: low */
	int		 stem_e;	/* words: what the stem did to a
					   final "e" (STEM_*) */
	double		 value;		/* numbers */
	const char	*unit;		/* numbers: "dollar", "euro", "pound"
					   written before, "percent" after;
					   static, or NULL */
	int		 month;		/* 1-12 when TF_MONTH */
};

struct toks {
	struct tok	*v;
	size_t		 n;
	int		 shouting;	/* three words or more in capitals,
					   more than in lower case: capitals
					   tell nothing */
	struct match_date *dates;	/* the dates the text states */
	size_t		 ndates;
	struct match_date *posted;	/* the dates of quoted posts */
	size_t		 nposted;
};

/* strcmp(3) of the strings A and B point to, for qsort(3) and bsearch(3)
 * of an array of char *. */
int		 match_cmp_str(const void *a, const void *b);

/* Reads TEXT (UTF-8) into TS: words and numbers in order, links, e-mail
 * addresses and the digits of handles left out. Never fails; free with
 * match_toks_free(). */
void		 match_lex(const char *text, struct toks *ts);
void		 match_toks_free(struct toks *);

/*
 * A light English stemmer: plurals, -ed, -ing, possessives; in place.
 * Returns whether the word ended in an "e" the stem drops: STEM_E
 * ("plane", "planes"), STEM_NO_E ("plan", "planned") or STEM_MAYBE_E
 * ("increased", "increasing": -ed and -ing may have eaten one). Two words
 * of one stem, one STEM_E and the other STEM_NO_E, are two words.
 */
#define STEM_NO_E	0
#define STEM_E		1
#define STEM_MAYBE_E	2
int		 match_stem(char *w);

/* Whether two words stemmed to one stem, with E1 and E2 (STEM_*), can be
 * one word: not when only one of them ended in "e". */
#define STEM_E_AGREE(e1, e2) \
	(!(((e1) == STEM_E && (e2) == STEM_NO_E) || \
	   ((e1) == STEM_NO_E && (e2) == STEM_E)))

/* The word lists of data/stopwords and data/synonyms, read once. */
int		 match_lists_stop(const char *w);
int		 match_lists_negation(const char *w);
/* Whether W (a word as written, lower case, its stem, or the name of a
 * synonym group) says of whom a claim is said ("children", "women"). */
int		 match_lists_whom(const char *w);
/* 1 when W says a figure went up ("rose"), -1 down ("fell"), else 0. */
int		 match_lists_direction(const char *w);
/* When W says by what factor a figure went ("doubled", "twofold"), the
 * name of that factor's term ("=times_2") and every word of it; else
 * NULL. */
const char	*match_lists_factor(const char *w, const char *const **words,
		    size_t *n);
/* The factor of VALUE (4: "=times_4", "quadrupled", "fourfold") as
 * match_lists_factor() gives it, or NULL when no word says it. */
const char	*match_lists_factor_of(double value,
		    const char *const **words, size_t *n);
/* The value of a scale word ("million": 1e6), or 0. */
double		 match_lists_scale(const char *w);
/* The value of a number written as a word ("twelve": 12), or 0. */
double		 match_lists_number(const char *w);
/* The number of the month W names (1-12), or 0. */
int		 match_lists_month(const char *w);
/* The full name of month M ("january"), and every name of it. */
const char	*match_lists_month_name(int m);
const char *const *match_lists_month_names(int m, size_t *n);

/*
 * The synonym group the tokens of TS from index I begin, the longest
 * phrase that matches: its name ("=ptsd": '=' and the first phrase of its
 * line), its phrases as written in data/synonyms (for a full-text search),
 * and the number of tokens matched in *LEN. NULL when none begins there.
 * Tokens flagged TF_META never match.
 */
const char	*match_lists_synonym(const struct toks *ts, size_t i,
		    size_t *len, const char *const **phrases,
		    size_t *nphrases);

#endif
