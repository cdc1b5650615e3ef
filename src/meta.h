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

/*
 * The fields of a struct meta as bits: what "claimdesk meta" sets, and
 * what the store records as set by a person (schema.sql, migration 6).
 */
#define META_TITLE	0x01
#define META_AUTHORS	0x02
#define META_DATE	0x04
#define META_SITE	0x08
#define META_URL	0x10
#define META_LANG	0x20
#define META_ALL	0x3f

/* "title", "authors", "date", "site", "url" or "lang" for one field's bit;
 * NULL for anything else. */
const char	*meta_field_name(unsigned field);
/* The bits of the fields named in LIST ("date,url"); unknown names are
 * left out, NULL is none. */
unsigned	 meta_fields_parse(const char *list);
/* The names of FIELDS, comma-separated in the order of the bits;
 * allocated, "" for none. */
char		*meta_fields_list(unsigned fields);

/* The string of field FIELD (any bit but META_AUTHORS) of META, to
 * replace; NULL for another bit. meta_get() reads it: borrowed, NULL when
 * unknown or for another bit. */
char		**meta_field(struct meta *, unsigned field);
const char	*meta_get(const struct meta *, unsigned field);
/* Field FIELD of TO (authors included) replaced by a copy of FROM's. */
void		 meta_copy_field(struct meta *to, const struct meta *from,
		    unsigned field);

/* Whether S is a date in ISO 8601's extended form, as schema.org wants
 * one: YYYY-MM-DD, then perhaps a time ("T" or a space, HH:MM, :SS, a
 * fraction) and a zone ("Z", "+HH:MM", "-HHMM"). */
int		 meta_date_ok(const char *s);

/* Frees what META holds and zeroes it; META itself is the caller's. */
void	meta_clear(struct meta *);

/* Adds NAME (copied; trimmed, collapsed) to META's authors unless empty or
 * already there (ignoring case). */
void	meta_add_author(struct meta *, const char *name);

/* Adds the authors a byline TEXT names ("By Jane Doe and John Roe",
 * "Sophie Walsh, Health Editor", "Ana Lima, in Lisbon"): each part that
 * reads as a name, else the whole as one. 1 when one was added. */
int	meta_add_byline(struct meta *, const char *text);

/* Whether DATE (as published) reads as a date (NULL and "" do); when not,
 * an imported verdict keeps it as written. */
int	meta_date_readable(const char *date);
/* DATE as ISO 8601 ("2015-05-26", "2020-03", "2019") when it can be read,
 * else as given; NULL for none. Allocated. */
char	*meta_date_iso(const char *date);

/* How many sentences at an article's top meta_from_text() reads: the
 * title, a deck, the byline, the date. */
#define META_TOP	6

struct sentence;
/*
 * What an article's own lines say of it, where META knows nothing yet:
 * its authors from a byline ("By Jane Doe and Bo Chen"), its date from a
 * line that is a date and no more, or a dateline with a year. V, N: its
 * sentences (segment.h); only the first META_TOP are read.
 */
void	meta_from_text(struct meta *, const struct sentence *v, size_t n);

/* Writes META as a JSON object {"title", "authors", "date", "site", "url",
 * "lang"}: null for what is unknown, authors always an array. */
void	meta_json(FILE *, const struct meta *);

#endif
