/* page.h: an article loaded from a file, standard input or a URL, as text
 * or as a web page: what extract and import read. */
#ifndef CD_PAGE_H
#define CD_PAGE_H

#include <stddef.h>
#include <stdint.h>

#include "meta.h"

struct article;

enum page_as {
	PAGE_AS_AUTO,		/* by content (and Content-Type for a URL) */
	PAGE_AS_TEXT,		/* --as text */
	PAGE_AS_HTML		/* --as html */
};

struct page_opts {
	size_t		 max_size;	/* bytes read or fetched (--max-size) */
	enum page_as	 as;
	const char	*stdin_cmd;	/* the command a conversion hint pipes
					   into ("claimdesk extract -"), or
					   NULL */
};

struct page {
	struct article	*art;		/* the text claimdesk reads; owned.
					   art->path is the file or URL as
					   given */
	int		 html;		/* it was read as a web page */
	struct meta	 meta;		/* the page's metadata; empty for
					   text */
	char		*url;		/* the address fetched, after
					   redirects; NULL for a file */
};

/*
 * Loads ARG: an http(s) URL (fetched), "-" (standard input) or a file.
 * A web page (told by its content, or its Content-Type, or OPTS->as) is
 * reduced to its article's text, whose first line is the title; other text
 * is taken as it is. Either way the text passes article_from_bytes()'s
 * checks (UTF-8, no NUL). A PDF, an image, an office document or an archive
 * is refused with a line saying how to convert it. Returns a new page freed
 * with page_free(), or NULL with *CAUSE allocated (without ARG).
 */
struct page	*page_load(const char *arg, const struct page_opts *opts,
		    char **cause);
void		 page_free(struct page *);

/* Takes the article out of PAGE (the caller owns it), leaving NULL. */
struct article	*page_take_article(struct page *);

#endif
