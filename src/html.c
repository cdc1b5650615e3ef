/* html.c: a web page's article: decoded to UTF-8, parsed with libxml2's
 * HTML parser, its main text found (html-main.c) and written as claimdesk
 * reads text, its metadata read (html-meta.c). */
#include <ctype.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/encoding.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include "hints.h"
#include "html.h"
#include "html-int.h"
#include "segment.h"
#include "utf8.h"
#include "xmalloc.h"

#define PRESCAN		4096	/* bytes searched for <meta charset> */
#define ENOUGH_TEXT	500	/* characters that end the search early */
#define LINK_MAX	0.5	/* a block more links than this is dropped */

/* From the most careful search to the most lenient (Readability's order):
 * each is tried while the text found is short. */
static const int attempts[] = {
	HX_ALL,
	HX_WEIGHT_CLASSES | HX_CLEAN,
	HX_CLEAN,
	0
};

static void
silent(void *ctx, const char *fmt, ...)
{
	(void)ctx;
	(void)fmt;
}

static void
silent_structured(void *ctx, xmlErrorPtr err)
{
	(void)ctx;
	(void)err;
}

/* No external entity, DTD or anything else is ever loaded. */
static xmlParserInputPtr
no_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	(void)url;
	(void)id;
	(void)ctxt;
	return NULL;
}

static void
html_init(void)
{
	static int	done;

	if (done)
		return;
	done = 1;
	xmlInitParser();
	xmlSetExternalEntityLoader(no_loader);
	xmlSetGenericErrorFunc(NULL, silent);
	xmlSetStructuredErrorFunc(NULL, silent_structured);
}

/* -- character sets ------------------------------------------------------ */

/* The charset named in the first <meta> tags of S, or NULL; allocated. */
static char *
prescan(const char *s, size_t len)
{
	const char	*p, *end, *tag, *gt, *cs, *e;

	if (len > PRESCAN)
		len = PRESCAN;
	end = s + len;
	for (p = s; p + 5 < end; p++) {
		if (p[0] != '<' || strncasecmp(p + 1, "meta", 4) != 0)
			continue;
		tag = p + 5;
		if ((gt = memchr(tag, '>', (size_t)(end - tag))) == NULL)
			return NULL;
		for (cs = tag; cs + 7 < gt; cs++) {
			if (strncasecmp(cs, "charset", 7) != 0)
				continue;
			cs += 7;
			while (cs < gt && UTF8_ASCII_SPACE(*cs))
				cs++;
			if (cs == gt || *cs != '=')
				continue;
			cs++;
			while (cs < gt && (UTF8_ASCII_SPACE(*cs) ||
			    *cs == '"' || *cs == '\''))
				cs++;
			for (e = cs; e < gt && (isalnum((unsigned char)*e) ||
			    strchr("-_.:", *e) != NULL); e++)
				;
			if (e > cs && e - cs < 40)
				return xstrndup(cs, (size_t)(e - cs));
		}
		p = gt;
	}
	return NULL;
}

/* The name libxml2 should use for the label NAME, as browsers read labels
 * (HTML's encoding rules): latin-1 means windows-1252, and so on. */
static const char *
charset_name(const char *name)
{
	static const struct {
		const char	*label;
		const char	*name;
	} aliases[] = {
		{ "utf8",		"UTF-8" },
		{ "utf-8",		"UTF-8" },
		{ "unicode-1-1-utf-8",	"UTF-8" },
		{ "iso-8859-1",		"windows-1252" },
		{ "iso8859-1",		"windows-1252" },
		{ "latin1",		"windows-1252" },
		{ "l1",			"windows-1252" },
		{ "us-ascii",		"windows-1252" },
		{ "ascii",		"windows-1252" },
		{ "cp1252",		"windows-1252" },
		{ "x-user-defined",	"windows-1252" },
		{ "gb2312",		"GB18030" },
		{ "gbk",		"GB18030" },
		{ "x-gbk",		"GB18030" },
		{ "shift_jis",		"CP932" },
		{ "sjis",		"CP932" },
		{ "x-sjis",		"CP932" },
		{ "windows-31j",	"CP932" },
		{ "euc-kr",		"CP949" },
		{ "ks_c_5601-1987",	"CP949" },
		{ "tis-620",		"CP874" },
		{ "iso-8859-9",		"windows-1254" },
		{ "big5",		"BIG5-HKSCS" },
	};
	size_t	i;

	for (i = 0; i < sizeof aliases / sizeof aliases[0]; i++) {
		if (strcasecmp(name, aliases[i].label) == 0)
			return aliases[i].name;
	}
	return name;
}

/* LEN bytes of S in CHARSET converted to UTF-8 by libxml2 (iconv beneath);
 * NULL with *CAUSE when the charset is unknown or the bytes are not valid
 * in it. */
static char *
convert(const char *s, size_t len, const char *charset, size_t *outlen,
    char **cause)
{
	xmlCharEncodingHandlerPtr	 h;
	xmlBufferPtr			 in, out;
	char				*res;
	int				 rc, left;

	if ((h = xmlFindCharEncodingHandler(charset)) == NULL) {
		*cause = xasprintf("unknown character set '%s'", charset);
		return NULL;
	}
	in = xmlBufferCreateSize(len + 1);
	out = xmlBufferCreateSize(len * 2 + 64);
	if (in == NULL || out == NULL)
		fatal("out of memory");
	xmlBufferAdd(in, (const xmlChar *)s, (int)len);
	/* Until all is read, an error, or a call that reads nothing (a
	 * sequence cut short at the end, such as half a UTF-16 unit). */
	do {
		left = xmlBufferLength(in);
		rc = xmlCharEncInFunc(h, out, in);
	} while (rc >= 0 && xmlBufferLength(in) > 0 &&
	    xmlBufferLength(in) < left);
	if (xmlBufferLength(in) > 0) {
		*cause = xasprintf("not valid %s at byte %zu", charset,
		    len - (size_t)xmlBufferLength(in));
		res = NULL;
	} else {
		*outlen = (size_t)xmlBufferLength(out);
		res = xmalloc(*outlen + 1);
		memcpy(res, xmlBufferContent(out), *outlen);
		res[*outlen] = '\0';
	}
	xmlBufferFree(in);
	xmlBufferFree(out);
	xmlCharEncCloseFunc(h);
	return res;
}

/* Whether S has a byte beyond ASCII. */
static int
has_multibyte(const char *s, size_t len)
{
	size_t	i;

	for (i = 0; i < len; i++) {
		if ((unsigned char)s[i] >= 0x80)
			return 1;
	}
	return 0;
}

/* BYTES decoded to UTF-8 (BOM dropped): allocated, or NULL with *CAUSE. */
static char *
decode(const char *bytes, size_t len, const char *transport, size_t *outlen,
    char **cause)
{
	const unsigned char	*u = (const unsigned char *)bytes;
	const char		*cs = NULL;
	char			*declared = NULL, *res;
	size_t			 bad, skip = 0;

	if (len >= 3 && u[0] == 0xef && u[1] == 0xbb && u[2] == 0xbf) {
		cs = "UTF-8";
		skip = 3;
	} else if (len >= 2 && u[0] == 0xff && u[1] == 0xfe)
		cs = "UTF-16LE", skip = 2;
	else if (len >= 2 && u[0] == 0xfe && u[1] == 0xff)
		cs = "UTF-16BE", skip = 2;
	else if (transport != NULL && *transport != '\0')
		cs = charset_name(transport);
	else if ((declared = prescan(bytes, len)) != NULL) {
		cs = charset_name(declared);
		/* A page cannot declare UTF-16 in itself (HTML's rule). */
		if (strncasecmp(cs, "utf-16", 6) == 0)
			cs = "UTF-8";
	}
	bytes += skip;
	len -= skip;
	/* Bytes that are UTF-8 throughout, with some beyond ASCII, are UTF-8
	 * whatever a label says: a page saved again, its old label kept. */
	if (cs != NULL && skip == 0 && strcasecmp(cs, "UTF-8") != 0 &&
	    has_multibyte(bytes, len) && utf8_validate(bytes, len, NULL) == 0)
		cs = "UTF-8";
	if (cs == NULL) {
		/* Undeclared: UTF-8 when it is, else what browsers assume. */
		cs = utf8_validate(bytes, len, NULL) == 0 ? "UTF-8" :
		    "windows-1252";
	}
	if (strcasecmp(cs, "UTF-8") == 0) {
		free(declared);
		if (utf8_validate(bytes, len, &bad) != 0) {
			*cause = xasprintf("not UTF-8 at byte %zu", bad + skip);
			return NULL;
		}
		res = xmalloc(len + 1);
		memcpy(res, bytes, len);
		res[len] = '\0';
		*outlen = len;
		return res;
	}
	res = convert(bytes, len, cs, outlen, cause);
	if (res == NULL && strcasecmp(cs, "windows-1252") == 0) {
		/* Five bytes have no windows-1252 meaning: read latin-1. */
		free(*cause);
		*cause = NULL;
		res = convert(bytes, len, "ISO-8859-1", outlen, cause);
	}
	if (res == NULL && *cause != NULL && skip != 0) {
		free(*cause);
		*cause = xasprintf("not valid %s", cs);
	}
	free(declared);
	return res;
}

/* -- the text ------------------------------------------------------------ */

struct buf {
	char	*s;
	size_t	 len, cap;
};

static void
buf_add(struct buf *b, const char *s, size_t len)
{
	b->s = xreserve(b->s, &b->cap, b->len + len + 1, 256);
	memcpy(b->s + b->len, s, len);
	b->len += len;
	b->s[b->len] = '\0';
}

struct writer {
	const struct hints	*hints;
	const char		*title;
	struct buf		 out;	/* the article */
	struct buf		 blk;	/* the block being read */
	size_t			 text, link;	/* its characters */
	int			 heading;	/* it is a heading */
	int			 space;		/* a space is pending */
	int			 links, pres;	/* depth in a, pre */
	char			 prefix[16];	/* list marker to write */
};

/* Ends the block read so far: kept unless it is furniture. */
static void
block_end(struct writer *w)
{
	struct buf	*b = &w->blk;
	char		*t;
	size_t		 s = 0, e = b->len;
	int		 keep;

	while (s < e && (b->s[s] == ' ' || b->s[s] == '\n'))
		s++;
	while (e > s && (b->s[e - 1] == ' ' || b->s[e - 1] == '\n'))
		e--;
	keep = e > s;
	if (keep && w->text > 0 && (double)w->link / (double)w->text >
	    LINK_MAX)
		keep = 0;
	if (keep) {
		t = xstrndup(b->s + s, e - s);
		if (hints_drop(w->hints, t) ||
		    (w->heading && w->title != NULL &&
		    strcasecmp(t, w->title) == 0))
			keep = 0;
		free(t);
	}
	if (keep) {
		if (w->out.len > 0)
			buf_add(&w->out, "\n\n", 2);
		buf_add(&w->out, b->s + s, e - s);
	}
	b->len = 0;
	w->text = w->link = 0;
	w->heading = 0;
	w->space = 0;
	w->prefix[0] = '\0';
}

static void
text(struct writer *w, const char *s)
{
	size_t		 len = strlen(s), i = 0, n;
	uint32_t	 cp;

	while (i < len) {
		n = utf8_decode(s + i, len - i, &cp);
		if (w->pres > 0 && (cp == '\n' || cp == ' ' || cp == '\t')) {
			if (w->blk.len > 0 || cp != '\n')
				buf_add(&w->blk, s + i, n);
			i += n;
			continue;
		}
		if (utf8_is_space(cp)) {
			w->space = 1;
			i += n;
			continue;
		}
		if ((cp < 0x20 || cp == 0x7f) && cp != '\t') {
			i += n;
			continue;
		}
		if (w->blk.len == 0 && w->prefix[0] != '\0') {
			buf_add(&w->blk, w->prefix, strlen(w->prefix));
			w->prefix[0] = '\0';
			w->space = 0;
		}
		if (w->space && w->blk.len > 0 &&
		    w->blk.s[w->blk.len - 1] != '\n') {
			buf_add(&w->blk, " ", 1);
			w->text++;
			if (w->links > 0)
				w->link++;
		}
		w->space = 0;
		buf_add(&w->blk, s + i, n);
		w->text++;
		if (w->links > 0)
			w->link++;
		i += n;
	}
}

/* A list item's marker: "- ", or "N. " in an ordered list. */
static void
item_marker(struct writer *w, const xmlNode *li)
{
	const xmlNode	*s;
	unsigned	 k = 1;

	if (li->parent == NULL || li->parent->type != XML_ELEMENT_NODE ||
	    strcmp((const char *)li->parent->name, "ol") != 0) {
		strcpy(w->prefix, "- ");
		return;
	}
	for (s = li->prev; s != NULL; s = s->prev) {
		if (s->type == XML_ELEMENT_NODE &&
		    strcmp((const char *)s->name, "li") == 0)
			k++;
	}
	snprintf(w->prefix, sizeof w->prefix, "%u. ", k);
}

static void
enter(struct writer *w, xmlNode *n)
{
	struct hnode	*h = HN(n);

	if (h->tag & TAG_BR) {
		/* Two line breaks make a paragraph. */
		if (w->blk.len > 0 && w->blk.s[w->blk.len - 1] == '\n')
			block_end(w);
		else if (w->blk.len > 0) {
			buf_add(&w->blk, "\n", 1);
			w->space = 0;
		}
		return;
	}
	if (h->tag & TAG_BLOCK)
		block_end(w);
	if (h->tag & TAG_HEADING)
		w->heading = 1;
	if (strcmp((const char *)n->name, "li") == 0)
		item_marker(w, n);
	if (h->tag & TAG_LINK)
		w->links++;
	if (h->tag & TAG_PRE)
		w->pres++;
}

static void
leave(struct writer *w, xmlNode *n)
{
	struct hnode	*h = HN(n);

	if (h->tag & TAG_BLOCK)
		block_end(w);
	if ((h->tag & TAG_LINK) && w->links > 0)
		w->links--;
	if ((h->tag & TAG_PRE) && w->pres > 0)
		w->pres--;
}

/* Leaves N in write_node(); ARG is the writer. */
static void
write_leave(xmlNode *n, void *arg)
{
	struct hnode	*h;

	if ((h = HN(n)) != NULL && !(h->tag & TAG_JUNK))
		leave(arg, n);
}

/* Writes the text under ROOT. */
static void
write_node(struct writer *w, xmlNode *root)
{
	xmlNode		*n = root;
	struct hnode	*h;

	while (n != NULL) {
		h = HN(n);
		if (h != NULL && !(h->tag & TAG_JUNK)) {
			enter(w, n);
			if (n->children != NULL) {
				n = n->children;
				continue;
			}
		} else if (n->type == XML_TEXT_NODE ||
		    n->type == XML_CDATA_SECTION_NODE) {
			if (n->content != NULL)
				text(w, (const char *)n->content);
		}
		n = html_leave(n, root, write_leave, w);
	}
}

/* The article's text: TITLE (may be NULL), a blank line, the blocks. */
static char *
render(const struct html_content *c, const char *title,
    const struct hints *hints, size_t *len, size_t *body)
{
	struct writer	 w;
	struct buf	 all;
	size_t		 i;

	memset(&w, 0, sizeof w);
	w.hints = hints;
	w.title = title;
	for (i = 0; i < c->n; i++)
		write_node(&w, c->v[i]);
	block_end(&w);
	free(w.blk.s);
	memset(&all, 0, sizeof all);
	if (title != NULL && *title != '\0') {
		buf_add(&all, title, strlen(title));
		buf_add(&all, w.out.len > 0 ? "\n\n" : "\n", w.out.len > 0 ?
		    2 : 1);
	}
	*body = w.out.len;
	if (w.out.len > 0) {
		buf_add(&all, w.out.s, w.out.len);
		buf_add(&all, "\n", 1);
	}
	free(w.out.s);
	if (all.s == NULL)
		all.s = xstrdup("");
	*len = all.len;
	return all.s;
}

/* -- the page ------------------------------------------------------------ */

static htmlDocPtr
parse(const char *utf8, size_t len, const char *url)
{
	return htmlReadMemory(utf8, (int)len, url, "UTF-8",
	    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	    HTML_PARSE_NONET | HTML_PARSE_NODEFDTD | HTML_PARSE_IGNORE_ENC |
	    HTML_PARSE_COMPACT);
}

int
html_extract(const char *bytes, size_t len, const char *charset,
    const char *url, struct html_page *page, char **cause)
{
	const struct hints	*hints = hints_default();
	struct html_content	 c;
	struct hnode		*nodes;
	htmlDocPtr		 doc;
	xmlNode			*root;
	char			*utf8, *title, *text, *best = NULL;
	size_t			 ulen, tlen, body, best_body = 0, best_len = 0;
	size_t			 i;

	*cause = NULL;
	memset(page, 0, sizeof *page);
	if (len >= INT_MAX) {
		*cause = xstrdup("more than 2 GiB of HTML");
		return -1;
	}
	html_init();
	if ((utf8 = decode(bytes, len, charset, &ulen, cause)) == NULL)
		return -1;
	if (memchr(utf8, '\0', ulen) != NULL) {
		*cause = xasprintf("binary file (NUL at byte %zu)",
		    (size_t)((char *)memchr(utf8, '\0', ulen) - utf8));
		free(utf8);
		return -1;
	}
	title = NULL;
	for (i = 0; i < sizeof attempts / sizeof attempts[0]; i++) {
		if ((doc = parse(utf8, ulen, url)) == NULL)
			break;
		root = xmlDocGetRootElement(doc);
		nodes = root != NULL ? html_nodes_new(root, hints) : NULL;
		if (i == 0 && root != NULL) {
			html_meta(doc, url, hints, &page->meta);
			title = page->meta.title;
		}
		if (root == NULL || html_main(doc, attempts[i], hints,
		    &c) != 0) {
			html_nodes_free(nodes);
			xmlFreeDoc(doc);
			break;
		}
		text = render(&c, title, hints, &tlen, &body);
		free(c.v);
		html_nodes_free(nodes);
		xmlFreeDoc(doc);
		if (best == NULL || body > best_body) {
			free(best);
			best = text;
			best_len = tlen;
			best_body = body;
		} else
			free(text);
		if (best_body >= ENOUGH_TEXT)
			break;
	}
	free(utf8);
	if (best == NULL) {
		best = title != NULL ? xasprintf("%s\n", title) : xstrdup("");
		best_len = strlen(best);
	}
	page->text = best;
	page->len = best_len;
	return 0;
}

void
html_page_clear(struct html_page *page)
{
	free(page->text);
	meta_clear(&page->meta);
	memset(page, 0, sizeof *page);
}
