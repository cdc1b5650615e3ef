/* claimreview.h: earlier verdicts from schema.org ClaimReview JSON-LD. */
#ifndef CD_CLAIMREVIEW_H
#define CD_CLAIMREVIEW_H

#include <stddef.h>

#include "store.h"

/*
 * Reads the LEN bytes of TEXT as fact-checkers publish ClaimReview: one
 * object, an array of them, a JSON-LD "@graph", or one JSON value a line
 * (JSON lines); other objects in arrays and graphs are passed over. Of each
 * ClaimReview: "@id", "claimReviewed", "reviewRating" ("alternateName",
 * "ratingValue", "bestRating", "worstRating"), "url", "datePublished",
 * "author" (its "name") and "itemReviewed"'s "appearance" (or
 * "firstAppearance"). The rating's name becomes a verdict through
 * data/ratings; a numeric rating without a known name counts at the top
 * or bottom of its scale only (rating.h).
 *
 * Calls CB with each (its strings borrowed for the call); stops when CB
 * returns non-zero, and returns that. 0 at the end; -1 with *CAUSE, one
 * line ("line 3: unexpected character", "ClaimReview 2 (line 9): no
 * claimReviewed", "no ClaimReview found") when the text is no JSON, holds
 * no ClaimReview, or one without its claim.
 */
int	claimreview_read(const char *text, size_t len,
	    int (*cb)(const struct st_imported *, void *), void *arg,
	    char **cause);

#endif
