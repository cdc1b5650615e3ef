/* html.h: a web page's article: its main text and metadata, read with
 * libxml2's HTML parser. */
#ifndef CD_HTML_H
#define CD_HTML_H

#include <stddef.h>

#include "meta.h"

struct html_page {
	char		*text;	/* the article as claimdesk reads it: the
				   title, a blank line, then the blocks of the
				   main text separated by blank lines; UTF-8,
				   NUL-terminated; owned */
	size_t		 len;	/* bytes in text */
	struct meta	 meta;	/* what the page says about the article */
};

/*
 * Reads LEN bytes of HTML: decodes them to UTF-8 (CHARSET, the transport's
 * character set, may be NULL: then a byte-order mark, the page's own
 * <meta charset>, else UTF-8 when the bytes are valid UTF-8, else
 * windows-1252), parses them (never touching the network, nor printing a
 * parser message), finds the article's main text and reads the page's
 * metadata. URL (may be NULL) is where the page came from, for relative
 * links. Fills PAGE, which the caller empties with html_page_clear(), and
 * returns 0; or returns -1 with *CAUSE allocated ("unknown character set
 * 'x'", "not valid Shift_JIS at byte 1234", "not UTF-8 at byte 12", "more
 * than 2 GiB of HTML").
 */
int	html_extract(const char *bytes, size_t len, const char *charset,
	    const char *url, struct html_page *page, char **cause);

/* Frees what PAGE holds and zeroes it. */
void	html_page_clear(struct html_page *page);

#endif
