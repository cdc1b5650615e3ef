/* picker.h: the article picker screen (claimdesk review without ARTICLE). */
#ifndef CD_PICKER_H
#define CD_PICKER_H

#include <stdint.h>

#include "ui/screen.h"

struct picker;
struct store;

/* Reads the list of articles of STORE. When the user opens one, its id
 * goes to *ARTICLE and *PICKED becomes 1 (both borrowed: they must outlive
 * the screen). NULL with *CAUSE when the list cannot be read. */
struct picker	*picker_new(struct store *, int64_t *article, int *picked,
		    char **cause);
void		 picker_free(struct picker *);

extern const struct screen_ops picker_ops;

#endif
