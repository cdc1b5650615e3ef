/* fetch.h: a web page fetched over http or https with libcurl. */
#ifndef CD_FETCH_H
#define CD_FETCH_H

#include <stddef.h>

#define FETCH_REDIRECTS		5	/* redirects followed */
#define FETCH_CONNECT_TIMEOUT	15	/* seconds to connect */
#define FETCH_TIMEOUT		60	/* seconds for the whole transfer */

struct fetch_opts {
	size_t		 max_size;	/* bytes of body accepted (--max-size) */
	long		 connect_timeout;	/* seconds; 0: the default */
	long		 timeout;	/* seconds; 0: the default */
	long		 redirects;	/* -1: the default */
};

struct fetch_result {
	char		*body;		/* owned, NUL-terminated */
	size_t		 len;		/* bytes of body */
	char		*type;		/* media type, lower case, without
					   parameters ("text/html"), or NULL */
	char		*charset;	/* its charset parameter, or NULL */
	char		*url;		/* the address after redirects */
	long		 status;	/* the HTTP status */
};

/* Whether S is an http:// or https:// URL (any case). */
int	fetch_is_url(const char *s);

/* The timeouts of OPTS from $CLAIMDESK_FETCH_TIMEOUT (seconds, for both),
 * else the defaults. */
void	fetch_opts_init(struct fetch_opts *opts, size_t max_size);

/*
 * Fetches URL (http or https only; at most OPTS->redirects redirects, each
 * to http or https) and fills RES, which the caller empties with
 * fetch_result_clear(). The page must come with a 2xx status, a body of at
 * most OPTS->max_size bytes, and a Content-Type of text/html,
 * application/xhtml+xml or text/plain (or none). Returns 0, or -1 with
 * *CAUSE allocated, one line: "cannot resolve host 'x'", "connection
 * refused", "timed out after 60 s", "HTTP 404", "larger than 64 MiB (see
 * --max-size)", "not a web page (Content-Type: application/pdf)", "more than
 * 5 redirects"...
 */
int	fetch_url(const char *url, const struct fetch_opts *opts,
	    struct fetch_result *res, char **cause);

void	fetch_result_clear(struct fetch_result *);

#endif
