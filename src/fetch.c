/* fetch.c: a web page fetched over http or https with libcurl. */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <curl/curl.h>

#include "config.h"
#include "article.h"
#include "dl.h"
#include "fetch.h"
#include "sniff.h"
#include "xmalloc.h"

/*
 * libcurl is loaded for the first page fetched, not when claimdesk starts:
 * with what it brings along (GnuTLS, LDAP, RTMP) it would cost every
 * command some 20 ms, and most commands fetch nothing. Its functions are
 * called through the table cu, by their names without "curl_" (curl.h
 * makes macros of some of the full names).
 */
#define LIBCURL_SONAME	"libcurl.so.4"

#define CU_FUNCS(X)							\
	X(global_init, curl_global_init) X(easy_init, curl_easy_init)	\
	X(easy_setopt, curl_easy_setopt)				\
	X(easy_perform, curl_easy_perform)				\
	X(easy_getinfo, curl_easy_getinfo)				\
	X(easy_strerror, curl_easy_strerror)				\
	X(easy_cleanup, curl_easy_cleanup)

#define CU_POINTER(m, f)	__typeof__(f) *m;
#define CU_NAME(m, f)		#f,
static struct {
	CU_FUNCS(CU_POINTER)
} cu;

/* Loads libcurl once; 0, or -1 with *CAUSE. */
static int
cu_load(char **cause)
{
	static const char *const names[] = { CU_FUNCS(CU_NAME) };
	static int	 loaded;
	void		*syms[sizeof names / sizeof names[0]];
	char		*why;
	size_t		 i = 0;

	if (loaded)
		return 0;
	if (dl_load(LIBCURL_SONAME, "libcurl4", names, syms,
	    sizeof names / sizeof names[0], &why) != 0) {
		*cause = xasprintf("fetching needs libcurl: %s", why);
		free(why);
		return -1;
	}
#define CU_SET(m, f)	cu.m = (__typeof__(f) *)syms[i++];
	CU_FUNCS(CU_SET)
#undef CU_SET
	loaded = 1;
	return 0;
}

struct transfer {
	CURL		*curl;
	char		*buf;
	size_t		 len, cap;
	size_t		 max;
	int		 checked;	/* the Content-Type was checked */
	char		*why;		/* why the transfer was stopped */
	const char	*url;		/* as asked for */
};

int
fetch_is_url(const char *s)
{
	return strncasecmp(s, "http://", 7) == 0 ||
	    strncasecmp(s, "https://", 8) == 0;
}

void
fetch_opts_init(struct fetch_opts *opts, size_t max_size)
{
	const char	*env;
	char		*end;
	long		 t;

	memset(opts, 0, sizeof *opts);
	opts->max_size = max_size;
	opts->redirects = -1;
	if ((env = getenv("CLAIMDESK_FETCH_TIMEOUT")) != NULL) {
		t = strtol(env, &end, 10);
		if (*env != '\0' && *end == '\0' && t > 0 && t < 86400)
			opts->connect_timeout = opts->timeout = t;
	}
}

/* The media type of a Content-Type value, lower case; its charset in
 * *CHARSET (NULL when none). Allocated. */
static char *
media_type(const char *ct, char **charset)
{
	const char	*p = ct, *e, *cs;
	char		*type;
	size_t		 i;

	*charset = NULL;
	while (*p == ' ')
		p++;
	for (e = p; *e != '\0' && *e != ';' && *e != ' '; e++)
		;
	type = xstrndup(p, (size_t)(e - p));
	for (i = 0; type[i] != '\0'; i++)
		type[i] = (char)tolower((unsigned char)type[i]);
	for (cs = e; *cs != '\0' && strncasecmp(cs, "charset=", 8) != 0;
	    cs++)
		;
	if (*cs != '\0') {
		cs += 8;
		if (*cs == '"' || *cs == '\'')
			cs++;
		for (e = cs; *e != '\0' && *e != ';' && *e != '"' &&
		    *e != '\'' && *e != ' '; e++)
			;
		if (e > cs && e - cs < 40)
			*charset = xstrndup(cs, (size_t)(e - cs));
	}
	return type;
}

static int
readable_type(const char *type)
{
	return strcmp(type, "text/html") == 0 ||
	    strcmp(type, "application/xhtml+xml") == 0 ||
	    strcmp(type, "text/plain") == 0;
}

/* Why a page of media TYPE fetched from URL is not read, and for a PDF
 * how to read it. */
static char *
unreadable_why(const char *type, const char *url)
{
	if (strcmp(type, "application/pdf") == 0)
		return sniff_hint(SNIFF_PDF, "a PDF document (Content-Type: "
		    "application/pdf)", url, NULL);
	return xasprintf("not a web page (Content-Type: %s)", type);
}

static size_t
on_body(char *data, size_t size, size_t n, void *arg)
{
	struct transfer	*t = arg;
	size_t		 len = size * n;
	char		*ct = NULL, *type, *cs;
	long		 status = 0;

	if (!t->checked) {
		t->checked = 1;
		cu.easy_getinfo(t->curl, CURLINFO_RESPONSE_CODE, &status);
		if (status < 200 || status > 299) {
			t->why = xasprintf("HTTP %ld", status);
			return 0;
		}
		if (cu.easy_getinfo(t->curl, CURLINFO_CONTENT_TYPE, &ct) ==
		    CURLE_OK && ct != NULL) {
			type = media_type(ct, &cs);
			if (!readable_type(type))
				t->why = unreadable_why(type, t->url);
			free(type);
			free(cs);
			if (t->why != NULL)
				return 0;
		}
	}
	if (len > t->max - t->len) {
		t->why = article_too_big(t->max);
		return 0;
	}
	t->buf = xreserve(t->buf, &t->cap, t->len + len + 1, 65536);
	memcpy(t->buf + t->len, data, len);
	t->len += len;
	t->buf[t->len] = '\0';
	return len;
}

/* The host part of URL for messages; allocated. */
static char *
host_of(const char *url)
{
	const char	*p = strstr(url, "://"), *e;

	p = p != NULL ? p + 3 : url;
	for (e = p; *e != '\0' && *e != '/' && *e != '?' && *e != '#'; e++)
		;
	return xstrndup(p, (size_t)(e - p));
}

static char *
failure(CURLcode rc, const char *url, const char *errbuf, long timeout,
    long redirects)
{
	char	*host, *msg;

	switch (rc) {
	case CURLE_UNSUPPORTED_PROTOCOL:
		return xstrdup("only http and https URLs are fetched");
	case CURLE_URL_MALFORMAT:
		return xstrdup("not a valid URL");
	case CURLE_COULDNT_RESOLVE_HOST:
		host = host_of(url);
		msg = xasprintf("cannot resolve host '%s'", host);
		free(host);
		return msg;
	case CURLE_COULDNT_RESOLVE_PROXY:
		return xasprintf("cannot resolve the proxy (%s)", errbuf);
	case CURLE_COULDNT_CONNECT:
		host = host_of(url);
		msg = xasprintf("cannot connect to %s (connection refused or "
		    "unreachable)", host);
		free(host);
		return msg;
	case CURLE_OPERATION_TIMEDOUT:
		return xasprintf("timed out after %ld s", timeout);
	case CURLE_TOO_MANY_REDIRECTS:
		return xasprintf("more than %ld redirects", redirects);
	case CURLE_FILESIZE_EXCEEDED:
		return NULL;	/* said by the caller */
	case CURLE_PEER_FAILED_VERIFICATION:
	case CURLE_SSL_CONNECT_ERROR:
	case CURLE_SSL_CERTPROBLEM:
	case CURLE_SSL_CIPHER:
	case CURLE_SSL_CACERT_BADFILE:
		return xasprintf("TLS: %s", *errbuf != '\0' ? errbuf :
		    cu.easy_strerror(rc));
	case CURLE_GOT_NOTHING:
		return xstrdup("the server closed the connection without an "
		    "answer");
	case CURLE_RECV_ERROR:
	case CURLE_SEND_ERROR:
	case CURLE_PARTIAL_FILE:
		return xasprintf("the transfer broke off (%s)",
		    *errbuf != '\0' ? errbuf : cu.easy_strerror(rc));
	default:
		return xstrdup(*errbuf != '\0' ? errbuf :
		    cu.easy_strerror(rc));
	}
}

int
fetch_url(const char *url, const struct fetch_opts *opts,
    struct fetch_result *res, char **cause)
{
	static int	 initialised;
	struct transfer	 t;
	CURL		*curl;
	CURLcode	 rc;
	char		 errbuf[CURL_ERROR_SIZE];
	char		*ct = NULL, *eff = NULL;
	long		 status = 0, timeout, connect, redirects;

	*cause = NULL;
	memset(res, 0, sizeof *res);
	if (!fetch_is_url(url)) {
		*cause = xstrdup("only http and https URLs are fetched");
		return -1;
	}
	if (!initialised) {
		if (cu_load(cause) != 0)
			return -1;
		if (cu.global_init(CURL_GLOBAL_DEFAULT) != 0) {
			*cause = xstrdup("libcurl cannot start");
			return -1;
		}
		initialised = 1;
	}
	if ((curl = cu.easy_init()) == NULL) {
		*cause = xstrdup("libcurl cannot start");
		return -1;
	}
	timeout = opts->timeout > 0 ? opts->timeout : FETCH_TIMEOUT;
	connect = opts->connect_timeout > 0 ? opts->connect_timeout :
	    FETCH_CONNECT_TIMEOUT;
	redirects = opts->redirects >= 0 ? opts->redirects : FETCH_REDIRECTS;
	memset(&t, 0, sizeof t);
	t.curl = curl;
	t.url = url;
	t.max = opts->max_size;
	errbuf[0] = '\0';
	cu.easy_setopt(curl, CURLOPT_URL, url);
	cu.easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
	cu.easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	cu.easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
	cu.easy_setopt(curl, CURLOPT_MAXREDIRS, redirects);
	cu.easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, connect);
	cu.easy_setopt(curl, CURLOPT_TIMEOUT, timeout);
	cu.easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
	cu.easy_setopt(curl, CURLOPT_FAILONERROR, 0L);
	cu.easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
	cu.easy_setopt(curl, CURLOPT_USERAGENT, PACKAGE_NAME "/"
	    PACKAGE_VERSION " (article reader; +https://schema.org/ClaimReview)");
	cu.easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
	cu.easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
	cu.easy_setopt(curl, CURLOPT_WRITEDATA, &t);
	if (opts->max_size <= (size_t)INT64_MAX)
		cu.easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE,
		    (curl_off_t)opts->max_size);
	rc = cu.easy_perform(curl);
	cu.easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
	if (rc == CURLE_WRITE_ERROR && t.why != NULL) {
		*cause = t.why;
		t.why = NULL;
	} else if (rc == CURLE_FILESIZE_EXCEEDED)
		*cause = article_too_big(opts->max_size);
	else if (rc != CURLE_OK)
		*cause = failure(rc, url, errbuf, timeout, redirects);
	else if (status < 200 || status > 299)
		*cause = xasprintf("HTTP %ld", status);
	if (*cause != NULL) {
		free(t.buf);
		free(t.why);
		cu.easy_cleanup(curl);
		return -1;
	}
	res->body = t.buf != NULL ? t.buf : xstrdup("");
	res->len = t.len;
	res->status = status;
	if (cu.easy_getinfo(curl, CURLINFO_CONTENT_TYPE, &ct) == CURLE_OK &&
	    ct != NULL)
		res->type = media_type(ct, &res->charset);
	if (cu.easy_getinfo(curl, CURLINFO_EFFECTIVE_URL, &eff) ==
	    CURLE_OK && eff != NULL)
		res->url = xstrdup(eff);
	else
		res->url = xstrdup(url);
	cu.easy_cleanup(curl);
	return 0;
}

void
fetch_result_clear(struct fetch_result *res)
{
	free(res->body);
	free(res->type);
	free(res->charset);
	free(res->url);
	memset(res, 0, sizeof *res);
}
