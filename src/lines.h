/* lines.h: a text's lines and a line's blank-separated tokens, as the data
 * files (rules, model, abbreviations, hints, word lists) are read. */
#ifndef CD_LINES_H
#define CD_LINES_H

#include <stddef.h>

/* Where a reading of a text's lines is; the text is borrowed. */
struct lines {
	const char	*next;		/* the start of the next line */
	const char	*end;		/* the end of the text */
	unsigned	 lineno;	/* the line lines_next() gave last, from
					   1; 0 before the first */
};

/* Starts reading the LEN bytes of TEXT line by line. */
void		 lines_init(struct lines *, const char *text, size_t len);

/* The next line in *LINE..*EOL, without its "\n" and a "\r" just before it
 * (a last line without "\n" is a line, an empty text has none): 1, or 0 at
 * the end of the text. */
int		 lines_next(struct lines *, const char **line,
		    const char **eol);

/* Whether C is a blank, the separator of tokens: a space or a tab. */
int		 lines_is_blank(char c);

/* The first byte of S..E that is not a blank; E when there is none. */
const char	*lines_skip_blanks(const char *s, const char *e);

/* The end of the token that starts at S: the first blank or E. */
const char	*lines_token_end(const char *s, const char *e);

/* The next token of S..E in *T..*TE, blanks before it skipped; returns *TE.
 * *T == E when there is none. */
const char	*lines_token(const char *s, const char *e, const char **t,
		    const char **te);

/* Whether the token S..E is WORD. */
int		 lines_token_is(const char *s, const char *e, const char *word);

#endif
