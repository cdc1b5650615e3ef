/* verdict-tsv.h: earlier verdicts from a tab-separated file. */
#ifndef CD_VERDICT_TSV_H
#define CD_VERDICT_TSV_H

#include <stdio.h>

#include "store.h"

/*
 * Reads F: a header line naming at least the column "claim", and any of
 * "id", "verdict", "rating", "url", "date", "org" and "appearance" (other
 * columns are ignored), then one earlier verdict a line; blank lines are
 * skipped. "verdict" holds a claimdesk verdict or a rating as published,
 * "rating" the rating as published; a rating becomes a verdict through
 * data/ratings (rating.h). Calls CB with each verdict (its strings
 * borrowed for the call); stops when CB returns non-zero, and returns
 * that. 0 at the end, or -1 with *CAUSE ("line 3: ...").
 */
int	verdict_tsv_read(FILE *f,
	    int (*cb)(const struct st_imported *, void *), void *arg,
	    char **cause);

/* The verdict of a record whose verdict column says VERDICT and rating
 * column RATING (either may be NULL or empty): a claimdesk verdict name,
 * else either as a rating (data/ratings); -1 when none maps. */
int	verdict_tsv_status(const char *verdict, const char *rating);

#endif
