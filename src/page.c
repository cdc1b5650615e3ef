/* page.c: an article loaded from a file, standard input or a URL, as text
 * or as a web page: what extract and import read. */
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "fetch.h"
#include "html.h"
#include "page.h"
#include "paths.h"
#include "sniff.h"
#include "utf8.h"
#include "xmalloc.h"

/* Whether the first byte of BYTES (LEN) that is not UTF-8 stands alone,
 * followed by ASCII or the end and not the start of a sequence cut
 * short: "caf\xe9 " in Latin-1. */
static int
looks_8bit(const char *bytes, size_t len)
{
	const unsigned char	*u = (const unsigned char *)bytes;
	size_t			 bad;

	if (utf8_validate(bytes, len, &bad) == 0 || bad >= len || u[bad] < 0x80)
		return 0;
	if (bad + 1 < len)
		return u[bad + 1] < 0x80;
	return u[bad] < 0xc2 || u[bad] > 0xf4;
}

/* Reads BYTES (LEN of them, NUL-terminated) into PAGE: as a web page or
 * as text. 0, or -1 with *CAUSE. BYTES is freed. */
static int
page_read(struct page *pg, const char *arg, char *bytes, size_t len,
    const char *type, const char *charset, const struct page_opts *opts,
    char **cause)
{
	struct html_page	 hp;
	enum sniff_kind		 kind;
	const char		*what;
	char			*hint;
	int			 html, latin;

	kind = sniff(bytes, len, &what);
	if (opts->as == PAGE_AS_AUTO && kind != SNIFF_TEXT &&
	    kind != SNIFF_HTML) {
		*cause = sniff_hint(kind, what, arg, opts->stdin_cmd);
		free(bytes);
		return -1;
	}
	if (opts->as != PAGE_AS_AUTO)
		html = opts->as == PAGE_AS_HTML;
	else if (type != NULL && (strcmp(type, "text/html") == 0 ||
	    strcmp(type, "application/xhtml+xml") == 0))
		html = 1;
	else
		html = kind == SNIFF_HTML;
	if (!html) {
		/* Told nothing of its encoding, a file whose first bad byte
		 * is a lone 8-bit character is most likely Latin-1 or
		 * Windows text (not UTF-8 cut short or made wrong, which
		 * converting would garble). */
		latin = opts->as == PAGE_AS_AUTO && looks_8bit(bytes, len);
		pg->art = article_take(arg, bytes, len, opts->max_size,
		    cause);
		if (pg->art == NULL && latin && *cause != NULL &&
		    strncmp(*cause, "not UTF-8", 9) == 0) {
			hint = sniff_encoding_hint(*cause, arg,
			    opts->stdin_cmd);
			free(*cause);
			*cause = hint;
		}
		return pg->art != NULL ? 0 : -1;
	}
	if (html_extract(bytes, len, charset, pg->url, &hp, cause) != 0) {
		free(bytes);
		return -1;
	}
	free(bytes);
	pg->html = 1;
	pg->meta = hp.meta;
	memset(&hp.meta, 0, sizeof hp.meta);
	pg->art = article_from_bytes(arg, hp.text, hp.len, (size_t)-1 - 1,
	    cause);
	html_page_clear(&hp);
	return pg->art != NULL ? 0 : -1;
}

struct page *
page_load(const char *arg, const struct page_opts *opts, char **cause)
{
	struct page		*pg;
	struct fetch_opts	 fo;
	struct fetch_result	 fr;
	char			*bytes, *local;
	size_t			 len;
	int			 rc;

	if ((local = paths_file_url(arg, cause)) != NULL)
		arg = local;
	else if (*cause != NULL)
		return NULL;
	pg = xcalloc(1, sizeof *pg);
	if (fetch_is_url(arg)) {
		fetch_opts_init(&fo, opts->max_size);
		if (fetch_url(arg, &fo, &fr, cause) != 0) {
			free(pg);
			return NULL;
		}
		/* Known by its one name: no fragment, the host in lower
		 * case, as the article is. */
		if ((pg->url = paths_url(fr.url)) == NULL) {
			pg->url = fr.url;
			fr.url = NULL;
		}
		bytes = fr.body;
		fr.body = NULL;
		rc = page_read(pg, arg, bytes, fr.len, fr.type, fr.charset,
		    opts, cause);
		fetch_result_clear(&fr);
	} else {
		if ((bytes = article_read(arg, opts->max_size, &len,
		    cause)) == NULL) {
			free(pg);
			free(local);
			return NULL;
		}
		rc = page_read(pg, arg, bytes, len, NULL, NULL, opts, cause);
	}
	free(local);
	if (rc != 0) {
		page_free(pg);
		return NULL;
	}
	return pg;
}

struct article *
page_take_article(struct page *pg)
{
	struct article	*art = pg->art;

	pg->art = NULL;
	return art;
}

void
page_free(struct page *pg)
{
	if (pg == NULL)
		return;
	article_free(pg->art);
	meta_clear(&pg->meta);
	free(pg->url);
	free(pg);
}
