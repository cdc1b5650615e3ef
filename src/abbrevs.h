/* abbrevs.h: the abbreviation list that tells a stop from a sentence end. */
#ifndef CD_ABBREVS_H
#define CD_ABBREVS_H

#include <stddef.h>

/* An entry's class (data/abbreviations says what each means). */
#define ABBREVS_PLAIN	0x01	/* "Inc.": ends a sentence only before a
				   starter */
#define ABBREVS_PREFIX	0x02	/* "Dr.": never ends a sentence */
#define ABBREVS_STARTER	0x04	/* "The": no abbreviation, a word that
				   usually begins a sentence */

#define ABBREVS_WORD_MAX 32	/* longest word an entry may have */

struct abbrevs;

/* Loads an abbreviation file (format at the top of data/abbreviations);
 * NULL with *CAUSE ("FILE:LINE: message" or "FILE: strerror") on failure.
 * Free with abbrevs_free(). */
struct abbrevs	*abbrevs_load(const char *path, char **cause);

/* As abbrevs_load() on LEN bytes of TEXT; NAME stands for the file name in
 * messages. */
struct abbrevs	*abbrevs_parse(const char *name, const char *text, size_t len,
		    char **cause);
void		 abbrevs_free(struct abbrevs *);

/* The classes (ABBREVS_*, or-ed) of every entry matching the LEN bytes of
 * S, the final stop left out; 0 when none or AB is NULL. */
int		 abbrevs_lookup(const struct abbrevs *ab, const char *s,
		    size_t len);

#endif
