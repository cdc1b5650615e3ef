/* segment.h: an article split into sentences with exact byte spans. */
#ifndef CD_SEGMENT_H
#define CD_SEGMENT_H

#include <stddef.h>

struct article;

enum seg_kind {
	SEG_SENTENCE,		/* ordinary prose */
	SEG_TITLE,		/* the article's title line */
	SEG_HEADING,		/* a heading (Markdown # or a stop-less line) */
	SEG_BYLINE,		/* "By ...", dateline */
	SEG_ITEM		/* a list item */
};

struct sentence {
	size_t		 start;	/* byte offset in article->text */
	size_t		 end;	/* exclusive */
	char		*text;	/* the slice, each white-space run as one
				   space, trimmed; owned */
	enum seg_kind	 kind;
	unsigned	 para;	/* paragraph number, from 0 */
};

/* The abbreviation list (data/abbreviations). */
struct abbrevs;

/* Loads an abbreviation file; NULL with *CAUSE ("FILE:LINE: message" or
 * "FILE: strerror") on failure. Free with abbrevs_free(). */
struct abbrevs	*abbrevs_load(const char *path, char **cause);
void		 abbrevs_free(struct abbrevs *);

/*
 * Splits ART into sentences in reading order. Returns a new array of *N
 * sentences that the caller frees with sentences_free(); never fails (an
 * empty article gives zero sentences). ABBREVS may be NULL (no
 * abbreviations known). Linear in the article's length.
 */
struct sentence	*segment_article(const struct article *art,
		    const struct abbrevs *abbrevs, size_t *n);
void		 sentences_free(struct sentence *, size_t);

/* The title: the SEG_TITLE sentence's text without Markdown '#' marks, else
 * the article's file name. Returns an allocated string. */
char		*segment_title(const struct article *,
		    const struct sentence *, size_t);

#endif
