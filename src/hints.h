/* hints.h: what the class and id names of a web page's elements say about
 * them (data/html-hints). */
#ifndef CD_HINTS_H
#define CD_HINTS_H

#include <stddef.h>

/* Kinds of hint, as bits of hints_classify()'s answer. */
#define HINT_UNLIKELY	0x01	/* dropped before scoring */
#define HINT_MAYBE	0x02	/* ... unless this one matches too */
#define HINT_NEGATIVE	0x04	/* a poor container */
#define HINT_POSITIVE	0x08	/* a good container */
#define HINT_SHARE	0x10	/* a share bar */
#define HINT_BYLINE	0x20	/* the author's name */
#define HINT_NOTES	0x40	/* notes and references after the text:
				   never the text */

struct hints;

/*
 * Parses a hint list (the format at the top of data/html-hints) from LEN
 * bytes of TEXT; NAME stands for the file in messages. Returns a new list
 * freed with hints_free(), or NULL with *CAUSE ("NAME:LINE: message").
 */
struct hints	*hints_parse(const char *name, const char *text, size_t len,
		    char **cause);
void		 hints_free(struct hints *);

/* The list compiled into claimdesk, parsed on first use and kept for the
 * life of the process; never NULL (a bad compiled list is fatal). */
const struct hints *hints_default(void);

/* The HINT_* bits that NAMES (an element's class and id, any case, white
 * space between them) match; 0 when NULL or empty. */
unsigned	 hints_classify(const struct hints *, const char *names);

/* Whether TEXT (a block's text, white space collapsed) is one of the list's
 * "drop" phrases, ignoring case and surrounding punctuation. */
int		 hints_drop(const struct hints *, const char *text);

/* The rank of schema.org type TYPE among the list's article types (0 the
 * first listed, the most specific), or -1 when it is none of them. */
int		 hints_ldtype(const struct hints *, const char *type);

#endif
