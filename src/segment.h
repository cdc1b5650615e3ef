/* segment.h: an article split into sentences with exact byte spans. */
#ifndef CD_SEGMENT_H
#define CD_SEGMENT_H

#include <stddef.h>

struct article;

enum seg_kind {
	SEG_SENTENCE,		/* ordinary prose */
	SEG_TITLE,		/* the article's title line */
	SEG_HEADING,		/* a heading (Markdown # or a stop-less line) */
	SEG_BYLINE,		/* a "By ..." line */
	SEG_ITEM,		/* a list item */
	SEG_DATELINE		/* "GENEVA —" opening a paragraph */
};

struct sentence {
	size_t		 start;	/* byte offset in article->text */
	size_t		 end;	/* exclusive */
	char		*text;	/* the slice, each white-space run as one
				   space, trimmed; owned */
	enum seg_kind	 kind;
	unsigned	 para;	/* paragraph number, from 0: a new one after
				   a blank line, a heading, a list item and,
				   unless the text is hard-wrapped, a line
				   end */
};

/* The abbreviation list (abbrevs.h). */
struct abbrevs;

/*
 * Splits ART into sentences in reading order. Returns a new array of *N
 * sentences that the caller frees with sentences_free(); never fails (an
 * empty article gives zero sentences). ABBREVS may be NULL (no
 * abbreviations known). Linear in the article's length.
 *
 * A blank line, a heading and a list item always end a sentence; so does a
 * line end, unless the text is hard-wrapped (lines filled to one width) or
 * the line ends in white space before a small letter. The title (the first
 * line when a blank line follows it and it is short and does not end in a
 * period, else the first "# " heading) and each heading are one sentence
 * each, never split. A dateline opening a paragraph ("GENEVA —", "London,
 * England —", "WASHINGTON (AP) —": capitalised words before a dash set off
 * by spaces) is a sentence of its own.
 */
struct sentence	*segment_article(const struct article *art,
		    const struct abbrevs *abbrevs, size_t *n);
void		 sentences_free(struct sentence *, size_t);

/* The first of the N sentences V (in reading order, as segment_article()
 * gives them) that ends after byte POS: the one covering POS when there is
 * one, else the next. N when there is none. Logarithmic. */
size_t		 segment_find(const struct sentence *v, size_t n, size_t pos);

/*
 * Returns LEN bytes of S as a sentence's text: trimmed, each run of white
 * space written as one ASCII space. White space is ASCII space, tab, LF,
 * CR, VT, FF and the Unicode spaces (U+00A0, U+1680, U+2000-U+200A, U+2028,
 * U+2029, U+202F, U+205F, U+3000). The caller frees the result.
 */
char		*segment_collapse(const char *s, size_t len);

/*
 * The bytes of the list item's marker TEXT starts with ("- ", "1. ",
 * "b) ", "(4) ", a bullet), with the white space after it; 0 when it
 * starts with none, or nothing follows. A claim of a list item is read
 * without it (reports, the screen, the matcher): the marker is the list's.
 */
size_t		 segment_marker_len(const char *text);
/* The same for the LEN bytes at TEXT (a sentence's span of an article). */
size_t		 segment_marker_span(const char *text, size_t len);

/* "sentence", "title", "heading", "byline", "item" or "dateline"; a static
 * string. */
const char	*segment_kind_name(enum seg_kind);

/* The title: the SEG_TITLE sentence's text without Markdown '#' marks, else
 * the article's file name. Returns an allocated string. */
char		*segment_title(const struct article *,
		    const struct sentence *, size_t);

#endif
