/* links.c: the web links written in a note, to open or copy them. */
#include "config.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "links.h"
#include "utf8.h"
#include "xmalloc.h"

/* Whether byte C may be part of a link: printable ASCII, no space, no
 * quote or angle bracket (which end a link written in prose or HTML). */
static int
links_byte(unsigned char c)
{
	return c > 0x20 && c < 0x7f && c != '"' && c != '\'' && c != '<' &&
	    c != '>' && c != '`';
}

/* Whether the closing bracket at the end of [S, S + LEN) has no opening
 * one in the link. */
static int
links_unbalanced(const char *s, size_t len, char open, char close)
{
	size_t	i;
	int	depth = 0;

	for (i = 0; i < len; i++) {
		if (s[i] == open)
			depth++;
		else if (s[i] == close)
			depth--;
	}
	return depth < 0;
}

/* The length of the link at S once the punctuation that ends the
 * sentence around it is left out. */
static size_t
links_trim(const char *s, size_t len)
{
	while (len > 0) {
		char	c = s[len - 1];

		if (strchr(".,;:!?", c) != NULL)
			len--;
		else if ((c == ')' && links_unbalanced(s, len, '(', ')')) ||
		    (c == ']' && links_unbalanced(s, len, '[', ']')))
			len--;
		else
			break;
	}
	return len;
}

static int
links_scheme(const char *p)
{
	if (strncmp(p, "https://", 8) == 0)
		return 8;
	if (strncmp(p, "http://", 7) == 0)
		return 7;
	return 0;
}

size_t
links_url_span(const char *s, size_t len)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 n, cl;
	uint32_t		 cp;

	for (n = 0; n < len; n += cl) {
		cl = 1;
		if (u[n] <= 0x20 || u[n] == 0x7f || strchr("\"<>`\\{}|",
		    u[n]) != NULL)
			break;
		if (u[n] < 0x80)
			continue;
		/* A bad byte or an unsafe code point would show as a
		 * placeholder, which has no place inside a link. */
		cl = utf8_decode(s + n, len - n, &cp);
		if ((cl == 1 && cp == UTF8_REPLACEMENT) || utf8_is_unsafe(cp))
			break;
	}
	return n;
}

size_t
links_url_scheme(const char *s, size_t len)
{
	if (len > 8 && strncasecmp(s, "https://", 8) == 0)
		return 8;
	if (len > 7 && strncasecmp(s, "http://", 7) == 0)
		return 7;
	return 0;
}

/* Whether the host name [H, E) is made of labels a host name can have:
 * not empty (but for the last one, a fully qualified name's dot), no
 * hyphen at either end, letters, digits, hyphens, underscores and the
 * bytes of non-ASCII letters. */
static int
links_host_ok(const char *h, const char *e)
{
	const char	*l;

	for (l = h; l < e; l++) {
		if (*l == '.') {
			if (l == h || l[-1] == '.' || l[-1] == '-' ||
			    (l + 1 < e && l[1] == '-'))
				return 0;
		} else if (!isalnum((unsigned char)*l) && *l != '-' &&
		    *l != '_' && (unsigned char)*l < 0x80)
			return 0;
	}
	return e > h && *h != '-' && e[-1] != '-';
}

enum links_authority
links_url_authority(const char *url)
{
	const char	*auth, *host, *end, *port;
	size_t		 len, i;
	unsigned long	 n;

	auth = url + links_url_scheme(url, strlen(url));
	if (auth == url)
		return LINKS_NO_HOST;
	len = strcspn(auth, "/?#");
	end = auth + len;
	/* The host comes after the user's name, which carries no
	 * password, and before the port. */
	for (host = auth, i = 0; i < len; i++) {
		if (auth[i] == '@')
			host = auth + i + 1;
	}
	if (host > auth && memchr(auth, ':', (size_t)(host - auth)) != NULL)
		return LINKS_PASSWORD;
	if (*host == '[') {
		if ((port = memchr(host, ']', (size_t)(end - host))) == NULL ||
		    port == host + 1)
			return LINKS_NO_HOST;
		port++;
	} else {
		port = memchr(host, ':', (size_t)(end - host));
		if (port == NULL)
			port = end;
		if (port == host)
			return LINKS_NO_HOST;
		if (!links_host_ok(host, port))
			return LINKS_BAD_HOST;
	}
	if (port == end)
		return LINKS_AUTHORITY_OK;
	if (*port != ':' || port + 1 == end || end - port > 6)
		return LINKS_BAD_PORT;
	for (n = 0, port++; port < end; port++) {
		if (!isdigit((unsigned char)*port))
			return LINKS_BAD_PORT;
		n = n * 10 + (unsigned long)(*port - '0');
	}
	return n >= 1 && n <= 65535 ? LINKS_AUTHORITY_OK : LINKS_BAD_PORT;
}

int
links_span_authority_ok(const char *s, size_t n)
{
	char	*url = xstrndup(s, n);
	int	 ok = links_url_authority(url) == LINKS_AUTHORITY_OK;

	free(url);
	return ok;
}

int
links_url_ok(const char *url)
{
	size_t	len, sl;

	if (url == NULL)
		return 0;
	len = strlen(url);
	if ((sl = links_url_scheme(url, len)) == 0)
		return 0;
	return links_url_authority(url) == LINKS_AUTHORITY_OK &&
	    links_url_span(url, len) == len;
}

size_t
links_find(const char *text, char ***links)
{
	char		**out = NULL;
	const char	 *p;
	size_t		  n = 0, len, i;
	int		  sl, dup;

	*links = NULL;
	if (text == NULL)
		return 0;
	for (p = text; *p != '\0' && n < LINKS_MAX; p++) {
		/* A scheme starts a link only at the start of a word. */
		if ((sl = links_scheme(p)) == 0 || (p > text &&
		    links_byte((unsigned char)p[-1]) && p[-1] != '(' &&
		    p[-1] != '['))
			continue;
		for (len = (size_t)sl; links_byte((unsigned char)p[len]);
		    len++)
			;
		len = links_trim(p, len);
		if (len > (size_t)sl && len <= LINKS_LEN) {
			for (dup = 0, i = 0; i < n && !dup; i++)
				dup = strlen(out[i]) == len &&
				    memcmp(out[i], p, len) == 0;
			/* One rule for every link: a host, no password, a
			 * port that is one. */
			if (!dup && links_span_authority_ok(p, len)) {
				out = xreallocarray(out, n + 1, sizeof *out);
				out[n++] = xstrndup(p, len);
			}
		}
		p += len > 0 ? len - 1 : 0;
	}
	*links = out;
	return n;
}

char *
links_base64(const char *text, size_t len)
{
	static const char	 b64[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const unsigned char	*s = (const unsigned char *)text;
	char			*out, *o;
	size_t			 i;
	unsigned long		 v;

	out = o = xmalloc((len + 2) / 3 * 4 + 1);
	for (i = 0; i + 2 < len; i += 3) {
		v = (unsigned long)s[i] << 16 | (unsigned long)s[i + 1] << 8 |
		    s[i + 2];
		*o++ = b64[v >> 18 & 63];
		*o++ = b64[v >> 12 & 63];
		*o++ = b64[v >> 6 & 63];
		*o++ = b64[v & 63];
	}
	if (i < len) {
		v = (unsigned long)s[i] << 16;
		if (i + 1 < len)
			v |= (unsigned long)s[i + 1] << 8;
		*o++ = b64[v >> 18 & 63];
		*o++ = b64[v >> 12 & 63];
		*o++ = i + 1 < len ? b64[v >> 6 & 63] : '=';
		*o++ = '=';
	}
	*o = '\0';
	return out;
}
