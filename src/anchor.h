/* anchor.h: placing claims of an old revision in the text of a new one. */
#ifndef CD_ANCHOR_H
#define CD_ANCHOR_H

#include <stddef.h>

enum anchor_how {
	ANCHOR_NONE,		/* not placed: an orphan */
	ANCHOR_EXACT,		/* the same text (white space and
				   typography aside) */
	ANCHOR_CONTEXT		/* the same claim edited: its verdict is
				   stale */
};

#define ANCHOR_NOCAND	((size_t)-1)

/* A claim to place. TEXT is white-space collapsed; DOC/DOCLEN the bytes of
 * the revision it belongs to (its surroundings); all borrowed. */
struct anchor_old {
	const char	*doc;
	size_t		 doclen;
	size_t		 start, end;
	const char	*text;
	int		 stateful;	/* carries a verdict: try hard */

	/* Filled by anchor_place(). */
	enum anchor_how	 how;
	size_t		 cand;		/* index in the candidates, or
					   ANCHOR_NOCAND: a span found
					   in the raw text */
	size_t		 nstart, nend;	/* its span in the new text */
};

/* A place in the new text, usually a sentence; TEXT collapsed, borrowed. */
struct anchor_new {
	size_t		 start, end;
	const char	*text;
	int		 claim;		/* the rules chose it */
	int		 taken;		/* set by anchor_place() */
};

/*
 * Places each OLD claim in DOC (the new revision's bytes, LEN of them) at
 * most once, each candidate taking at most one claim, and never silently
 * onto other text:
 *   1. a candidate with the same text (stateless claims only onto
 *      candidates that are claims), identical ones told apart by the text
 *      around them and then by their order;
 *   2. for stateful claims still unplaced, the same text found anywhere in
 *      DOC (white space runs matching any white space): on whole sentences
 *      it is the claim (ANCHOR_EXACT); inside a longer sentence, an edit of
 *      it (ANCHOR_CONTEXT), unless that sentence has the very bytes that
 *      held the claim before, or more text only where the old sentence
 *      had (a part of a split sentence: ANCHOR_EXACT on its own words);
 *   3. for a part of a split sentence still unplaced, beside a part placed
 *      in step 2, the rest of that sentence on its side when it has most
 *      of its words (ANCHOR_CONTEXT, on that span);
 *   4. for stateful claims still unplaced, an edit of the claim: a
 *      candidate with most of its words, in the same surroundings unless
 *      nearly all of them (ANCHOR_CONTEXT); never a sentence a claim
 *      placed in step 2 or 3 is inside.
 * What is left is an orphan (ANCHOR_NONE). CAND must be in reading order.
 * Never fails.
 */
void	anchor_place(struct anchor_old *old, size_t nold, const char *doc,
	    size_t len, struct anchor_new *cand, size_t ncand);

/* Similarity 0..1 of the words of A and B (Dice over lower-cased words). */
double	anchor_similarity(const char *a, const char *b);

#endif
