/* doc.h: an article read, segmented and scored: what import and extract use. */
#ifndef CD_DOC_H
#define CD_DOC_H

#include <stddef.h>

#include "meta.h"

struct abbrevs;
struct article;
struct claim_info;
struct ruleset;
struct sentence;

struct doc {
	struct article		*art;	/* owned */
	char			*title;	/* owned, never NULL */
	struct sentence		*sent;	/* owned, nsent entries */
	struct claim_info	*info;	/* owned, nsent entries */
	size_t			 nsent;
	size_t			 nclaims;	/* sentences with info[i].claim */
	char			*warning;	/* extraction warning or NULL */
	struct meta		 meta;		/* what the article's page says
						   about it; empty for text */
};

/* doc_build() flags. */
#define DOC_DROP_TEXT	0x1	/* free the article's text once it is
				   segmented (art->text is then NULL, its
				   len kept): for a caller that
				   needs the sentences only, so that a large
				   article is not held twice */

/*
 * Segments and scores ART, which the doc takes over (freed with it even on
 * failure). ABBREVS and RULES are borrowed; RULES may be NULL (no scores).
 * FLAGS: DOC_* or 0. Never fails; free with doc_free().
 */
struct doc	*doc_build(struct article *art, const struct abbrevs *abbrevs,
		    const struct ruleset *rules, int flags);
void		 doc_free(struct doc *);

/* Gives DOC the metadata META says (taken over: META is left empty); its
 * title, when there is one, becomes the doc's. */
void		 doc_set_meta(struct doc *, struct meta *);

#endif
