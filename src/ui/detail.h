/* detail.h: the claim detail pane: the whole claim, its source, verdict and
 * note, and the note's links. */
#ifndef CD_DETAIL_H
#define CD_DETAIL_H

#include "store.h"

struct ui;

/*
 * Opens the pane over the screens for claim C (copied: the pane shows it as
 * it is now). REASONS, may be NULL, is what made the claim a claim, one
 * reason a line (copied).
 */
void	detail_open(struct ui *, const struct st_claim *c,
	    const char *reasons);

/* "o" on a text: its one link opened (browse_open()), a list to choose from
 * when it has several, a message when none. */
void	detail_links(struct ui *, const char *note);

#endif
