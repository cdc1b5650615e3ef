/* earlier.h: the earlier verdicts on a claim seen before, and their list. */
#ifndef CD_EARLIER_H
#define CD_EARLIER_H

#include <stddef.h>
#include <stdint.h>

#include "store.h"

struct ui;

/* At most this many earlier verdicts are read for one claim. */
#define EARLIER_MAX	200

/* One earlier verdict linked to a claim, copied out of the store. */
struct earlier_item {
	int64_t		 claim;		/* the earlier claim's id; minus
					   the id of a verdict published
					   elsewhere (imported) */
	char		*title;		/* owned: its article's title; an
					   imported verdict's id and url */
	int		 number;	/* within its revision, as on screen */
	enum verdict	 status;	/* its verdict when read */
	char		*note;		/* owned, "" when none; an imported
					   verdict's rating */
	char		*reviewer;	/* owned, may be NULL */
	char		*date;		/* owned, may be NULL */
	char		*text;		/* owned: the earlier claim */
	int		 percent;	/* similarity, 0 to 100 */
	int		 linked;	/* linked to the claim; 0 for a
					   candidate retrieval ranked */
	int		 adoptable;	/* linked, or a confident candidate
					   no link was made for (the
					   article's own orphan) */
	const char	*why_not;	/* static: why a candidate is not
					   adoptable, when nothing it says
					   differs ("a claim of this
					   article"), or NULL: less alike
					   than a link needs */
	char		*differs;	/* owned, may be NULL: what the
					   candidate says otherwise
					   ("it says ... where this claim
					   says ...") */
};

struct earlier_list {
	struct earlier_item	*items;		/* most alike first */
	size_t			 n, cap;
	int			 more;		/* more than EARLIER_MAX */
};

/* The earlier verdicts linked to CLAIM (SPEC §8), whose text is TEXT, at
 * most EARLIER_MAX; one that says otherwise than TEXT (match_differs(): a
 * link an earlier release made) is not adoptable. NULL with *CAUSE when
 * they cannot be read. Free with earlier_free(). */
struct earlier_list	*earlier_load(struct store *, int64_t claim,
			    const char *text, char **cause);
void			 earlier_free(struct earlier_list *);

/* At most this many ranked candidates are added by earlier_add_ranked(). */
#define EARLIER_RANKED	5

/* Adds to L the EARLIER_RANKED earlier verdicts retrieval ranks highest for
 * TEXT (store_seen()) that L does not hold yet and are not claim SELF (-1:
 * a sentence that is no claim), marked not linked; adoptable by claim SELF
 * when the match is confident and a claim's that is not one of the claims
 * of ART, the revision on the screen (links leave out the claims of the
 * article itself: an orphan of an earlier revision is adopted back so).
 * 0, or -1 with *CAUSE (L is unchanged). */
int			 earlier_add_ranked(struct store *,
			    struct earlier_list *l, int64_t self,
			    const struct st_article *art, const char *text,
			    char **cause);

/* Whether IT may not be adopted: 1 with the message line saying why
 * (what it says otherwise, or that it is to read only). */
int	earlier_refuse(struct ui *, const struct earlier_item *it);

/* What the list asks of the screen under it. ADOPT gets the chosen item
 * (borrowed for the call; adoptable, earlier_refuse() having said no to
 * one that is not) for claim CLAIM and returns 0 once it is saved (the
 * list closes), -1 when it is not (the list stays; the message line says
 * why). */
struct earlier_cb {
	int	(*adopt)(void *arg, int64_t claim,
		    const struct earlier_item *);
	void	*arg;
};

/* Opens the list over the screens: LIST (taken over) of the earlier
 * verdicts on claim CLAIM, numbered NUMBER, whose text is TEXT (copied). */
void	earlier_open(struct ui *, struct earlier_list *, int64_t claim,
	    int number, const char *text, const struct earlier_cb *);

#endif
