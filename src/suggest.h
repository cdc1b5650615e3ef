/* suggest.h: the nearest of a few known words to a mistyped one, for "did
 * you mean" in usage errors. */
#ifndef CD_SUGGEST_H
#define CD_SUGGEST_H

#include <stddef.h>

/*
 * The edit distance between A and B (bytes): insertions, deletions,
 * substitutions and transpositions of two neighbours each cost one
 * (Damerau-Levenshtein, optimal string alignment). Words longer than
 * SUGGEST_MAX bytes are SIZE_MAX apart from any other.
 */
#define SUGGEST_MAX	64
size_t		 suggest_distance(const char *a, const char *b);

/*
 * The word of WORDS (N of them, NULL entries skipped) nearest to TYPED, when
 * it is near enough to be what was meant: at most 1 edit for a word of up to
 * 4 bytes, 2 for longer ones, and fewer edits than the word has bytes. NULL
 * when none is; a tie goes to the first. The result is one of WORDS.
 */
const char	*suggest_word(const char *typed, const char *const *words,
		    size_t n);

#endif
