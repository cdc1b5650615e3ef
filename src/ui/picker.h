/* picker.h: the article picker screen (claimdesk review without ARTICLE). */
#ifndef CD_PICKER_H
#define CD_PICKER_H

#include <stdint.h>

#include "ui/screen.h"

struct picker;
struct store;

struct ui_opts;

/* Reads the list of articles of STORE; an article opened from it is
 * reviewed with OPTS (copied; what it points to is borrowed and must
 * outlive the screen), and q there comes back to the list. NULL with
 * *CAUSE when the list cannot be read. */
struct picker	*picker_new(struct store *, const struct ui_opts *,
		    char **cause);
void		 picker_free(struct picker *);

extern const struct screen_ops picker_ops;

#endif
