/* textdiff.h: what changed between two versions of a sentence, word by
 * word, to show a reviewer why a verdict went stale. */
#ifndef CD_TEXTDIFF_H
#define CD_TEXTDIFF_H

#include <stddef.h>

/* At most this many words a side are compared; a longer text is "reworded"
 * as a whole. */
#define TEXTDIFF_WORDS	400

/* One change: bytes [old_s, old_e) of the old text became [new_s, new_e) of
 * the new. An empty side is a removal (new) or an addition (old). */
struct textdiff_hunk {
	size_t	old_s, old_e;
	size_t	new_s, new_e;
};

/*
 * The changes from OLD to NEW (NUL-terminated UTF-8), word by word: a word
 * is a run of letters, digits and currency signs (a number keeps its inner
 * point and its thousands' commas, "U.S." its points, a word its inner
 * apostrophe), any other character is a word of its own, and white space
 * (Unicode's too) only separates; words that differ only in typography
 * (utf8_typo_cp(): curly or straight quotes, dashes) are the same.
 * Returns the number of changes, with *HUNKS an allocated array (free
 * with free(); NULL when there are none); -1 when the texts share less
 * than half their words, or are longer than TEXTDIFF_WORDS, with *HUNKS
 * NULL: the sentence was reworded, not edited.
 */
int	textdiff(const char *old, const char *new,
	    struct textdiff_hunk **hunks);

/*
 * The N changes H (from textdiff(), N -1: reworded) of OLD to NEW as
 * textdiff_say() puts them. Allocated, or NULL when N is 0.
 */
char	*textdiff_format(const char *old, const char *new,
	    const struct textdiff_hunk *h, int n, const char *arrow, int max);

/*
 * The changes as a line a reviewer reads: "\"3,000\" ARROW \"4,000\"",
 * "removed \"sharply\"", "added \"nearly\"", joined by "; "; with MAX > 0,
 * at most MAX of them and then "; N more"; "reworded" when textdiff() says
 * so; NULL when the texts are the same word for word. ARROW stands between
 * the two sides (" → " or " -> "). Allocated.
 */
char	*textdiff_say(const char *old, const char *new, const char *arrow,
	    int max);

#endif
