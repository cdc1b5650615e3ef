/* meta.h: what a web page says about its article: title, authors, date,
 * site, canonical URL, language. */
#ifndef CD_META_H
#define CD_META_H

#include <stddef.h>
#include <stdio.h>

/* Every string is owned UTF-8 with white space collapsed, or NULL when the
 * page does not say. */
struct meta {
	char	*title;
	char	**authors;	/* nauthors names, in page order, no repeats */
	size_t	 nauthors;
	char	*date;		/* publication date as the page gives it,
				   ISO 8601 when the page uses it */
	char	*site;		/* the outlet's name */
	char	*url;		/* canonical URL, absolute */
	char	*lang;		/* language tag ("en", "pt-BR") */
};

/* Frees what META holds and zeroes it; META itself is the caller's. */
void	meta_clear(struct meta *);

/* Adds NAME (copied; trimmed, collapsed) to META's authors unless empty or
 * already there (ignoring case). */
void	meta_add_author(struct meta *, const char *name);

/* Writes META as a JSON object {"title", "authors", "date", "site", "url",
 * "lang"}: null for what is unknown, authors always an array. */
void	meta_json(FILE *, const struct meta *);

#endif
