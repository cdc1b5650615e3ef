/* match.h: how alike two claims are, for "claims seen before". */
#ifndef CD_MATCH_H
#define CD_MATCH_H

#include <stddef.h>

/* Word overlap (match_similarity()) at or above which two claims that
 * agree on numbers and negation read as the same claim. */
#define MATCH_THRESHOLD	0.6

/* A claim's text normalised for comparison: its terms in reading order,
 * stemmed content words (synonyms as one), numbers with their units,
 * dates, and whether it is negated. */
struct match_key;

/* A date: 0 for what was not said ("March 2020" has no day). */
struct match_date {
	int	year, month, day;
};

#define MATCH_NUMBER	0x1	/* a number ("3000", "4.2") */
#define MATCH_CAP	0x2	/* capitalised inside a sentence: a name */
#define MATCH_GROUP	0x4	/* a synonym group or a month's name */
#define MATCH_UP	0x8	/* a word saying a figure went up ("rose") */
#define MATCH_DOWN	0x10	/* or down ("fell") */
#define MATCH_NARROW	0x20	/* of whom it is said: "among children" */

/* A term of a key: a content word, a synonym group or a number. */
struct match_term {
	const char		*stem;		/* "bridg", "=ptsd", "3000" */
	int			 flags;
	/* What a full-text search looks for: the word or number as
	 * written, or every phrase of its synonym group. */
	const char *const	*phrases;
	size_t			 nphrases;
};

/* Normalises TEXT (UTF-8). Never fails; free with match_key_free(). */
struct match_key	*match_key_new(const char *text);
void			 match_key_free(struct match_key *);

/*
 * How alike A and B are, from 0 to 1: the Dice coefficient of their content
 * words. 0 whenever they disagree on what must agree: the numbers they state
 * (with the words they count), negation, or which way a figure went.
 */
double			 match_similarity(const struct match_key *a,
			    const struct match_key *b);

/* Whether A and B agree on what must agree for one to stand for the other:
 * the same numbers (the same unit where both name one), negated alike, and
 * not saying opposite ways a figure went ("rose", "fell"). */
int			 match_agree(const struct match_key *a,
			    const struct match_key *b);

/*
 * Whether B says something other than A where the rest is alike: texts
 * that share most of their terms, each with words of its own the other
 * lacks, in any order ("Traffic injuries rose" for "Traffic deaths rose";
 * "the school budget was cut" for "cut the library budget"); words that
 * say a figure went the same way count as one. ASRC and BSRC (may be NULL)
 * are the words of each text that say whom it attributes its claim to,
 * left out on both sides ("officials said" for "according to an army
 * spokesman" is no other claim). NULL when not, else a description for a
 * reader, about B against A, the text at hand ("it says \"injuries\",
 * not \"deaths\""); the caller frees it.
 */
char			*match_swap(const struct match_key *a, const char *asrc,
			    const struct match_key *b, const char *bsrc);

/* Why B cannot stand for A as match_agree() sees it (negation, figures,
 * which way), for a reader ("it says \"45\", not \"40\""); NULL when
 * they agree. The caller frees it. */
char			*match_differs(const struct match_key *a,
			    const struct match_key *b);

/* The share of the terms of each of A and B that the other has, in any
 * order, the smaller of the two: 0..1. */
double			 match_shared(const struct match_key *a,
			    const struct match_key *b);

/* Below this match_shared(), all words counted, rerank_differs() does not
 * read the texts' sources for match_swap(): their words are too unlike
 * for a word put for another. */
#define MATCH_SWAP_NEAR	0.5

/* The content words of KEY as compared: stems, sorted, unique. Borrowed
 * from KEY; their number in *N. */
const char *const	*match_key_words(const struct match_key *, size_t *n);

/* The terms of KEY in reading order, repeats included. Borrowed. */
const struct match_term	*match_key_terms(const struct match_key *, size_t *n);

/* The dates KEY's text states, and those of posts it quotes ("(@name)
 * October 13, 2019"), which are not part of the claim. Borrowed. */
const struct match_date	*match_key_dates(const struct match_key *, size_t *n);
const struct match_date	*match_key_posted(const struct match_key *,
			    size_t *n);

/* The numbers KEY states (quoted posts' dates aside). */
size_t			 match_key_numbers(const struct match_key *);

/* The first date S writes ("26 May 2015", "2015-05-26", "May 26, 2015",
 * a year alone) into *D: 1, or 0 when it holds none. */
int			 match_date_parse(const char *s, struct match_date *d);

/* Days from 1970-01-01 to D, its day or month taken as 1 when not said. */
long			 match_date_days(const struct match_date *d);

#endif
