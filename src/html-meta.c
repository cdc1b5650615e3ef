/* html-meta.c: what a page says about its article, from its <meta> tags,
 * its JSON-LD (schema.org) and its markup. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <json-c/json.h>
#include <libxml/HTMLparser.h>
#include <libxml/uri.h>

#include "hints.h"
#include "html-int.h"
#include "links.h"
#include "meta.h"
#include "segment.h"
#include "utf8.h"
#include "xmalloc.h"

#define LD_MAX		((size_t)4 << 20)	/* bytes of one JSON-LD block */
#define LD_DEPTH	64			/* nesting the reader accepts */
#define TITLE_WORDS	3

/* The <meta> tags read, by key ("og:title", "author"...). */
struct metatags {
	char	**key;		/* lower case */
	char	**val;
	size_t	  n;
};

/* The JSON-LD object that describes the article, and its rank. */
struct ld {
	json_object	*best;
	int		 rank;
	json_object	*site;		/* a WebSite or Organization name */
};

static void
tags_add(struct metatags *t, const char *key, const char *val)
{
	size_t	i, len = strlen(key);
	char	*k;

	t->key = xreallocarray(t->key, t->n + 1, sizeof *t->key);
	t->val = xreallocarray(t->val, t->n + 1, sizeof *t->val);
	k = xstrdup(key);
	for (i = 0; i < len; i++)
		k[i] = (char)tolower((unsigned char)k[i]);
	t->key[t->n] = k;
	t->val[t->n] = segment_collapse(val, strlen(val));
	t->n++;
}

/* The first non-empty value of KEY, or NULL; borrowed. */
static const char *
tags_get(const struct metatags *t, const char *key)
{
	size_t	i;

	for (i = 0; i < t->n; i++) {
		if (strcmp(t->key[i], key) == 0 && *t->val[i] != '\0')
			return t->val[i];
	}
	return NULL;
}

static void
tags_free(struct metatags *t)
{
	size_t	i;

	for (i = 0; i < t->n; i++) {
		free(t->key[i]);
		free(t->val[i]);
	}
	free(t->key);
	free(t->val);
}

/* Each of a meta tag's space-separated property names ("og:title
 * twitter:title") is a key of its value. */
static void
read_metatag(struct metatags *t, const xmlNode *n)
{
	static const char *const attrs[] = { "property", "name", "itemprop",
	    "http-equiv", NULL };
	char	*content, *names, *p, *q;
	size_t	 i;

	if ((content = html_attr(n, "content")) == NULL)
		return;
	for (i = 0; attrs[i] != NULL; i++) {
		if ((names = html_attr(n, attrs[i])) == NULL)
			continue;
		for (p = names; *p != '\0'; p = q) {
			while (*p == ' ' || *p == '\t' || *p == '\n')
				p++;
			for (q = p; *q != '\0' && *q != ' ' && *q != '\t' &&
			    *q != '\n'; q++)
				;
			if (q > p) {
				char	c = *q;

				*q = '\0';
				tags_add(t, p, content);
				*q = c;
			}
		}
		xmlFree(names);
	}
	xmlFree(content);
}

/* A string with HTML character references decoded (JSON-LD often carries
 * them); allocated. */
static char *
unescape(const char *s)
{
	char		*out = xmalloc(strlen(s) + 1), *o = out, name[40], u[4];
	const char	*p = s, *e;
	const htmlEntityDesc *ent;
	unsigned long	 cp;
	size_t		 len, n;

	while (*p != '\0') {
		if (*p != '&' || (e = strchr(p, ';')) == NULL ||
		    (len = (size_t)(e - p - 1)) == 0 || len >= sizeof name) {
			*o++ = *p++;
			continue;
		}
		memcpy(name, p + 1, len);
		name[len] = '\0';
		cp = 0;
		if (name[0] == '#') {
			char	*end;

			cp = (name[1] == 'x' || name[1] == 'X') ?
			    strtoul(name + 2, &end, 16) :
			    strtoul(name + 1, &end, 10);
			if (*end != '\0' || end == name + 1)
				cp = 0;
		} else if ((ent = htmlEntityLookup((const xmlChar *)name)) !=
		    NULL)
			cp = ent->value;
		if (cp == 0 || cp > 0x10ffff ||
		    (n = utf8_encode((uint32_t)cp, u)) == 0 ||
		    n > len + 2) {
			*o++ = *p++;
			continue;
		}
		memcpy(o, u, n);
		o += n;
		p = e + 1;
	}
	*o = '\0';
	return out;
}

/* A JSON string value, decoded and collapsed, or NULL; allocated. */
static char *
ld_string(json_object *v)
{
	char	*u, *s;

	if (v == NULL || !json_object_is_type(v, json_type_string))
		return NULL;
	u = unescape(json_object_get_string(v));
	s = segment_collapse(u, strlen(u));
	free(u);
	if (*s == '\0') {
		free(s);
		return NULL;
	}
	return s;
}

static json_object *
ld_get(json_object *o, const char *key)
{
	json_object	*v;

	if (o == NULL || !json_object_is_type(o, json_type_object))
		return NULL;
	return json_object_object_get_ex(o, key, &v) ? v : NULL;
}

/* The best rank among O's @type values, or -1. */
static int
ld_rank(const struct hints *hints, json_object *o)
{
	json_object	*t = ld_get(o, "@type");
	size_t		 i;
	int		 r, best = -1;

	if (t == NULL)
		return -1;
	if (json_object_is_type(t, json_type_string))
		return hints_ldtype(hints, json_object_get_string(t));
	if (!json_object_is_type(t, json_type_array))
		return -1;
	for (i = 0; i < json_object_array_length(t); i++) {
		r = hints_ldtype(hints,
		    json_object_get_string(json_object_array_get_idx(t, i)));
		if (r >= 0 && (best < 0 || r < best))
			best = r;
	}
	return best;
}

static int
ld_is(json_object *o, const char *type)
{
	json_object	*t = ld_get(o, "@type");

	return t != NULL && json_object_is_type(t, json_type_string) &&
	    strcmp(json_object_get_string(t), type) == 0;
}

/* Looks through V (objects, arrays, @graph) for the article object. */
static void
ld_walk(const struct hints *hints, json_object *v, struct ld *ld, int depth)
{
	size_t		 i;
	int		 r;

	if (v == NULL || depth > 8)
		return;
	if (json_object_is_type(v, json_type_array)) {
		for (i = 0; i < json_object_array_length(v); i++)
			ld_walk(hints, json_object_array_get_idx(v, i), ld,
			    depth + 1);
		return;
	}
	if (!json_object_is_type(v, json_type_object))
		return;
	r = ld_rank(hints, v);
	if (r >= 0 && (ld->best == NULL || r < ld->rank)) {
		ld->best = v;
		ld->rank = r;
	}
	if (ld->site == NULL && ld_is(v, "WebSite") && ld_get(v, "name"))
		ld->site = ld_get(v, "name");
	ld_walk(hints, ld_get(v, "@graph"), ld, depth + 1);
}

/* Parses a JSON-LD script's text; NULL when it is not JSON. The caller
 * puts it with json_object_put(). */
static json_object *
ld_parse(const char *text)
{
	struct json_tokener	*tok;
	json_object		*v;
	const char		*s = text, *e;
	size_t			 len;

	while (UTF8_ASCII_SPACE(*s))
		s++;
	if (strncmp(s, "<!--", 4) == 0)
		s += 4;
	while (UTF8_ASCII_SPACE(*s))
		s++;
	if (strncmp(s, "//<![CDATA[", 11) == 0)
		s += 11;
	else if (strncmp(s, "<![CDATA[", 9) == 0)
		s += 9;
	e = s + strlen(s);
	while (e > s && UTF8_ASCII_SPACE(e[-1]))
		e--;
	if (e - s >= 3 && strncmp(e - 3, "-->", 3) == 0)
		e -= 3;
	while (e > s && UTF8_ASCII_SPACE(e[-1]))
		e--;
	if (e - s >= 5 && strncmp(e - 5, "//]]>", 5) == 0)
		e -= 5;
	else if (e - s >= 3 && strncmp(e - 3, "]]>", 3) == 0)
		e -= 3;
	len = (size_t)(e - s);
	if (len == 0 || len > LD_MAX)
		return NULL;
	if ((tok = json_tokener_new_ex(LD_DEPTH)) == NULL)
		return NULL;
	v = json_tokener_parse_ex(tok, s, (int)len);
	if (json_tokener_get_error(tok) != json_tokener_success) {
		json_object_put(v);
		v = NULL;
	}
	json_tokener_free(tok);
	return v;
}

/* Adds the names in V (a string, a Person, an array of them). */
static void
ld_authors(struct meta *m, json_object *v, int depth)
{
	char	*s;
	size_t	 i;

	if (v == NULL || depth > 3)
		return;
	if (json_object_is_type(v, json_type_array)) {
		for (i = 0; i < json_object_array_length(v); i++)
			ld_authors(m, json_object_array_get_idx(v, i),
			    depth + 1);
		return;
	}
	if (json_object_is_type(v, json_type_object))
		v = ld_get(v, "name");
	if ((s = ld_string(v)) != NULL) {
		meta_add_author(m, s);
		free(s);
	}
}

static int
is_url(const char *s)
{
	return strncasecmp(s, "http://", 7) == 0 ||
	    strncasecmp(s, "https://", 8) == 0 || strncmp(s, "//", 2) == 0;
}

/* The name in a byline element N: the text of a link or of an
 * itemprop=name inside it when there is one, else its text; allocated. */
static char *
byline_text(xmlNode *n)
{
	xmlNode	*c;
	char	*t, *ip;

	for (c = n; c != NULL; c = html_next(c, n, 1)) {
		if (c == n || c->type != XML_ELEMENT_NODE)
			continue;
		ip = html_attr(c, "itemprop");
		if ((ip != NULL && strcmp(ip, "name") == 0) ||
		    strcmp((const char *)c->name, "a") == 0) {
			xmlFree(ip);
			t = html_node_text(c);
			if (*t != '\0' && strlen(t) < 60 && !strchr(t, '@'))
				return t;
			free(t);
			continue;
		}
		xmlFree(ip);
	}
	return html_node_text(n);
}

static size_t
count_words(const char *s, size_t len)
{
	size_t	i, w = 0;
	int	in = 0;

	for (i = 0; i < len; i++) {
		if (s[i] == ' ')
			in = 0;
		else if (!in) {
			in = 1;
			w++;
		}
	}
	return w;
}

/* Separators of a title's parts: "Story | Site", "Site - Story"... */
static const char *const separators[] = {
	" | ", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", " \\ ", " / ",
	" > ", " \xc2\xbb ", " :: ", " \xc2\xb7 ", NULL
};

/* The start of the first separator at or after P, and its length. */
static const char *
find_sep(const char *p, size_t *seplen)
{
	const char	*best = NULL, *at;
	size_t		 i;

	for (i = 0; separators[i] != NULL; i++) {
		if ((at = strstr(p, separators[i])) != NULL &&
		    (best == NULL || at < best)) {
			best = at;
			*seplen = strlen(separators[i]);
		}
	}
	return best;
}

/* TITLE without the site's name around it; allocated. SITE may be NULL. */
static char *
title_strip(const char *title, const char *site)
{
	const char	*first, *last = NULL, *p, *at;
	size_t		 seplen = 0, lastlen = 0, flen = 0, len;
	char		*t;

	if ((first = find_sep(title, &flen)) == NULL)
		return xstrdup(title);
	for (p = title; (at = find_sep(p, &seplen)) != NULL; p = at + seplen) {
		last = at;
		lastlen = seplen;
	}
	/* The site named at either end. */
	if (site != NULL && *site != '\0') {
		len = strlen(site);
		if (strncasecmp(last + lastlen, site, len) == 0 &&
		    last[lastlen + len] == '\0')
			return xstrndup(title, (size_t)(last - title));
		if (strncasecmp(title, site, len) == 0 && title + len == first)
			return xstrdup(first + flen);
	}
	len = (size_t)(last - title);
	if (count_words(title, len) >= TITLE_WORDS)
		t = xstrndup(title, len);
	else
		t = xstrdup(first + flen);
	if (count_words(t, strlen(t)) <= 4 && count_words(title,
	    strlen(title)) > count_words(t, strlen(t)) + 2) {
		free(t);
		return xstrdup(title);
	}
	return t;
}

/* The text of the first element under ROOT named NAME, or NULL. */
static char *
first_text(xmlNode *root, const char *name)
{
	xmlNode	*n;
	char	*t;

	for (n = root; n != NULL; n = html_next(n, root, 1)) {
		if (n->type == XML_ELEMENT_NODE &&
		    strcmp((const char *)n->name, name) == 0) {
			t = html_node_text(n);
			if (*t != '\0')
				return t;
			free(t);
		}
	}
	return NULL;
}

static char *
dup_or_null(const char *s)
{
	return s != NULL && *s != '\0' ? segment_collapse(s, strlen(s)) : NULL;
}

/* HREF made absolute against BASE (may be NULL); allocated or NULL. */
static char *
absolute(const char *href, const char *base)
{
	xmlChar	*u;
	char	*s;

	if (href == NULL || *href == '\0')
		return NULL;
	if (base == NULL || is_url(href))
		return strncmp(href, "//", 2) == 0 ?
		    xasprintf("https:%s", href) : xstrdup(href);
	if ((u = xmlBuildURI((const xmlChar *)href,
	    (const xmlChar *)base)) == NULL)
		return xstrdup(href);
	s = xstrdup((const char *)u);
	xmlFree(u);
	return s;
}

/* URL (allocated, may be NULL) as a link a report can publish, what no
 * link may carry percent-encoded ("a b" -> "a%20b"); NULL when it is no
 * http or https address. Frees URL when it returns another string. */
static char *
publishable(char *url)
{
	xmlChar	*esc;
	char	*s;

	if (url == NULL || links_url_ok(url))
		return url;
	esc = xmlURIEscapeStr((const xmlChar *)url,
	    (const xmlChar *)":/?#[]@!$&'()*+,;=%~");
	free(url);
	if (esc == NULL)
		return NULL;
	s = links_url_ok((const char *)esc) ? xstrdup((const char *)esc) :
	    NULL;
	xmlFree(esc);
	return s;
}

/* "en_US" -> "en-US". */
static char *
lang_tag(const char *s)
{
	char	*t, *p;

	if (s == NULL || *s == '\0')
		return NULL;
	t = segment_collapse(s, strlen(s));
	for (p = t; *p != '\0'; p++) {
		if (*p == '_')
			*p = '-';
	}
	if (*t == '\0') {
		free(t);
		return NULL;
	}
	return t;
}

struct scan {
	struct metatags	 tags;
	char		*title;		/* <title> */
	char		*canonical;	/* link rel=canonical */
	char		*base;		/* base href */
	char		*rel_author;	/* a rel=author link's text */
	char		*byline;	/* a byline element's text */
	char		*time;		/* a <time datetime> */
	char		*pubtime;	/* ... marked as the publication's */
	json_object	**ld;		/* parsed JSON-LD blocks */
	size_t		  nld;
};

static int
attr_has(const xmlNode *n, const char *attr, const char *word)
{
	char	*v, *p;
	size_t	 len = strlen(word);
	int	 yes = 0;

	if ((v = html_attr(n, attr)) == NULL)
		return 0;
	for (p = v; (p = (char *)html_strcasestr(p, word)) != NULL; p++) {
		if ((p == v || p[-1] == ' ') && (p[len] == '\0' ||
		    p[len] == ' ')) {
			yes = 1;
			break;
		}
	}
	xmlFree(v);
	return yes;
}

static void
scan_element(struct scan *sc, xmlNode *n)
{
	const char	*name = (const char *)n->name;
	char		*v, *t;
	json_object	*o;

	if (strcmp(name, "meta") == 0) {
		read_metatag(&sc->tags, n);
	} else if (strcmp(name, "title") == 0 && sc->title == NULL) {
		t = html_node_text(n);
		if (*t != '\0')
			sc->title = t;
		else
			free(t);
	} else if (strcmp(name, "link") == 0) {
		if (sc->canonical == NULL && attr_has(n, "rel", "canonical"))
			sc->canonical = html_attr(n, "href");
	} else if (strcmp(name, "base") == 0 && sc->base == NULL) {
		sc->base = html_attr(n, "href");
	} else if (strcmp(name, "script") == 0) {
		if ((v = html_attr(n, "type")) == NULL)
			return;
		if (strcasecmp(v, "application/ld+json") == 0) {
			t = (char *)xmlNodeGetContent(n);
			if (t != NULL && (o = ld_parse(t)) != NULL) {
				sc->ld = xreallocarray(sc->ld, sc->nld + 1,
				    sizeof *sc->ld);
				sc->ld[sc->nld++] = o;
			}
			xmlFree(t);
		}
		xmlFree(v);
	} else if (strcmp(name, "time") == 0) {
		if ((v = html_attr(n, "datetime")) == NULL)
			return;
		if (sc->pubtime == NULL && (xmlHasProp(n,
		    (const xmlChar *)"pubdate") != NULL ||
		    attr_has(n, "itemprop", "datePublished")))
			sc->pubtime = xstrdup(v);
		if (sc->time == NULL)
			sc->time = xstrdup(v);
		xmlFree(v);
	} else if (strcmp(name, "a") == 0 && sc->rel_author == NULL &&
	    attr_has(n, "rel", "author")) {
		t = html_node_text(n);
		if (*t != '\0' && strlen(t) < 100)
			sc->rel_author = t;
		else
			free(t);
	}
	if (sc->byline == NULL && attr_has(n, "itemprop", "author")) {
		t = byline_text(n);
		if (*t != '\0' && strlen(t) < 100)
			sc->byline = t;
		else
			free(t);
	}
}

/* The authors of the first byline element by class or id ("byline",
 * "author") that names one, when no better source named the authors. */
static void
find_byline(xmlNode *root, struct meta *m)
{
	xmlNode	*n;
	char	*text;
	int	 added;

	for (n = root; n != NULL; n = html_next(n, root, 1)) {
		if (n->type != XML_ELEMENT_NODE || HN(n) == NULL ||
		    !(HN(n)->hints & HINT_BYLINE))
			continue;
		text = byline_text(n);
		added = meta_add_byline(m, text);
		free(text);
		if (added)
			return;
	}
}

void
html_meta(htmlDocPtr doc, const char *url, const struct hints *hints,
    struct meta *m)
{
	struct scan	 sc;
	struct ld	 ld;
	xmlNode		*root, *n;
	const char	*v, *base;
	char		*s, *based;
	size_t		 i;

	memset(&sc, 0, sizeof sc);
	memset(&ld, 0, sizeof ld);
	if ((root = xmlDocGetRootElement(doc)) == NULL)
		return;
	for (n = root; n != NULL; n = html_next(n, root, 1)) {
		if (n->type == XML_ELEMENT_NODE)
			scan_element(&sc, n);
	}
	for (i = 0; i < sc.nld; i++)
		ld_walk(hints, sc.ld[i], &ld, 0);

	/* Site first: the title may carry it. */
	if ((v = tags_get(&sc.tags, "og:site_name")) != NULL)
		m->site = dup_or_null(v);
	if (m->site == NULL)
		m->site = ld_string(ld_get(ld_get(ld.best, "publisher"),
		    "name"));
	if (m->site == NULL)
		m->site = ld_string(ld.site);
	if (m->site == NULL && (v = tags_get(&sc.tags,
	    "application-name")) != NULL)
		m->site = dup_or_null(v);

	/* Title. */
	if ((v = tags_get(&sc.tags, "og:title")) != NULL)
		m->title = title_strip(v, m->site);
	if (m->title == NULL && (s = ld_string(ld_get(ld.best,
	    "headline"))) != NULL)
		m->title = s;
	if (m->title == NULL && (v = tags_get(&sc.tags, "twitter:title")))
		m->title = title_strip(v, m->site);
	if (m->title == NULL && sc.title != NULL)
		m->title = title_strip(sc.title, m->site);
	if (m->title == NULL)
		m->title = first_text(root, "h1");

	/* Authors. */
	ld_authors(m, ld_get(ld.best, "author"), 0);
	if (m->nauthors == 0) {
		static const char *const keys[] = { "author", "article:author",
		    "byl", "parsely-author", "sailthru.author", "dc.creator",
		    "citation_author", "twitter:creator", NULL };

		for (i = 0; keys[i] != NULL && m->nauthors == 0; i++) {
			if ((v = tags_get(&sc.tags, keys[i])) != NULL &&
			    !is_url(v) && *v != '@')
				meta_add_byline(m, v);
		}
	}
	if (m->nauthors == 0 && sc.byline != NULL)
		meta_add_byline(m, sc.byline);
	if (m->nauthors == 0 && sc.rel_author != NULL)
		meta_add_byline(m, sc.rel_author);
	if (m->nauthors == 0)
		find_byline(root, m);

	/* Date. */
	m->date = ld_string(ld_get(ld.best, "datePublished"));
	if (m->date == NULL) {
		static const char *const keys[] = { "article:published_time",
		    "og:published_time", "datepublished", "date",
		    "pubdate", "publishdate", "publish-date", "dc.date",
		    "dc.date.issued", "dcterms.created", "dcterms.date",
		    "sailthru.date", "parsely-pub-date", "citation_date",
		    "citation_publication_date", NULL };

		for (i = 0; keys[i] != NULL && m->date == NULL; i++) {
			if ((v = tags_get(&sc.tags, keys[i])) != NULL)
				m->date = dup_or_null(v);
		}
	}
	if (m->date == NULL)
		m->date = ld_string(ld_get(ld.best, "dateCreated"));
	if (m->date == NULL)
		m->date = dup_or_null(sc.pubtime != NULL ? sc.pubtime :
		    sc.time);

	/* Canonical URL, against <base> or the page's address. */
	based = sc.base != NULL ? absolute(sc.base, url) : NULL;
	base = based != NULL ? based : url;
	m->url = absolute(sc.canonical, base);
	if (m->url == NULL)
		m->url = absolute(tags_get(&sc.tags, "og:url"), base);
	free(based);
	m->url = publishable(m->url);

	/* Language. */
	if ((s = html_attr(root, "lang")) != NULL) {
		m->lang = lang_tag(s);
		xmlFree(s);
	}
	if (m->lang == NULL)
		m->lang = lang_tag(tags_get(&sc.tags, "content-language"));
	if (m->lang == NULL)
		m->lang = ld_string(ld_get(ld.best, "inLanguage"));
	if (m->lang == NULL)
		m->lang = lang_tag(tags_get(&sc.tags, "og:locale"));

	for (i = 0; i < sc.nld; i++)
		json_object_put(sc.ld[i]);
	free(sc.ld);
	tags_free(&sc.tags);
	free(sc.title);
	xmlFree(sc.canonical);
	xmlFree(sc.base);
	free(sc.rel_author);
	free(sc.byline);
	free(sc.time);
	free(sc.pubtime);
}
