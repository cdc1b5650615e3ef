/* links.h: the web links written in a note, to open or copy them. */
#ifndef CD_LINKS_H
#define CD_LINKS_H

#include <stddef.h>

/* At most this many links are taken from one text. */
#define LINKS_MAX	32
/* A longer link is not taken (it is no link a person wrote). */
#define LINKS_LEN	2048

/*
 * The http:// and https:// links in TEXT (NUL-terminated, may be NULL), in
 * the order they appear, each once, at most LINKS_MAX. A link ends at white
 * space, a quote, '<', '>' or any byte outside printable ASCII; trailing
 * punctuation (".,;:!?") and a closing bracket with no opening one in the
 * link are not part of it. Every link is printable ASCII with no space, so
 * it is safe as an argument and on a terminal. Returns the count, with
 * *LINKS an allocated array of allocated strings (free with xfree_strings()),
 * NULL when there are none.
 */
size_t	links_find(const char *text, char ***links);

/* The length of the "http://" or "https://" (any case) S (LEN bytes)
 * starts with, when something follows it; else 0. */
size_t	links_url_scheme(const char *s, size_t len);

/*
 * The length of the run at S (LEN bytes) of what may stand in a link a
 * report publishes: anything but white space, control characters, '"',
 * '<', '>', '`', '\\', '{', '}', '|' (RFC 3986 leaves them out, and each
 * would end a link in HTML or Markdown), a malformed UTF-8 sequence or a
 * code point utf8_is_unsafe() refuses. Letters beyond ASCII (an IRI) are
 * kept.
 */
size_t	links_url_span(const char *s, size_t len);

/*
 * Whether URL, whole, is an address a report can publish as a link:
 * http:// or https://, a host, and nothing links_url_span() stops at. The
 * one rule for every URL claimdesk stores or publishes.
 */
int	links_url_ok(const char *url);
/* What is wrong with the part of http(s) URL before its path, if anything:
 * no host ("https://?q", "https://me@/x", "http://:80/"), a password
 * ("https://me:pw@host/", which a published link would give away), or a
 * port that is not 1 to 65535. */
enum links_authority {
	LINKS_AUTHORITY_OK,
	LINKS_NO_HOST,
	LINKS_PASSWORD,
	LINKS_BAD_PORT,
	LINKS_BAD_HOST		/* an empty label, a label that starts or
				   ends with a hyphen, a character no host
				   name has: "example..com", "-x-.org" */
};
enum links_authority links_url_authority(const char *url);
/* Whether the N bytes at S, a link found in a text, have an authority
 * links_url_authority() takes. */
int	links_span_authority_ok(const char *s, size_t n);

/*
 * TEXT (LEN bytes) in base64 (RFC 4648, with padding), as OSC 52 carries a
 * copy to the clipboard. Allocated; the caller frees.
 */
char	*links_base64(const char *text, size_t len);

#endif
