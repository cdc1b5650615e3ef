/* html-node.c: a parsed page's elements: what their tags say, their text
 * counted, walked without recursion (a page may nest without limit). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "hints.h"
#include "html-int.h"
#include "segment.h"
#include "utf8.h"
#include "xmalloc.h"

struct tag {
	const char	*name;
	unsigned	 bits;
};

static const struct tag tags[] = {	/* sorted by name for bsearch */
	{ "a",		TAG_LINK },
	{ "address",	TAG_BLOCK | TAG_PARA },
	{ "applet",	TAG_JUNK },
	{ "area",	TAG_JUNK },
	{ "article",	TAG_BLOCK },
	{ "aside",	TAG_BLOCK | TAG_BOILER },
	{ "audio",	TAG_JUNK | TAG_EMBED },
	{ "base",	TAG_JUNK },
	{ "blockquote",	TAG_BLOCK },
	{ "body",	TAG_BLOCK },
	{ "br",		TAG_BR },
	{ "button",	TAG_JUNK | TAG_INPUT },
	{ "canvas",	TAG_JUNK },
	{ "caption",	TAG_BLOCK | TAG_PARA },
	{ "center",	TAG_BLOCK },
	{ "datalist",	TAG_JUNK },
	{ "dd",		TAG_BLOCK | TAG_PARA | TAG_ITEM },
	{ "details",	TAG_BLOCK },
	{ "dialog",	TAG_JUNK },
	{ "dir",	TAG_BLOCK | TAG_LIST },
	{ "div",	TAG_BLOCK },
	{ "dl",		TAG_BLOCK | TAG_LIST },
	{ "dt",		TAG_BLOCK | TAG_PARA | TAG_ITEM },
	{ "embed",	TAG_JUNK | TAG_EMBED },
	{ "fieldset",	TAG_BLOCK },
	{ "figcaption",	TAG_BLOCK | TAG_CAPTION },
	{ "figure",	TAG_BLOCK | TAG_CAPTION },
	{ "footer",	TAG_BLOCK | TAG_BOILER },
	{ "form",	TAG_BLOCK },
	{ "frame",	TAG_JUNK },
	{ "frameset",	TAG_JUNK },
	{ "h1",		TAG_BLOCK | TAG_PARA | TAG_HEADING },
	{ "h2",		TAG_BLOCK | TAG_PARA | TAG_HEADING },
	{ "h3",		TAG_BLOCK | TAG_PARA | TAG_HEADING },
	{ "h4",		TAG_BLOCK | TAG_PARA | TAG_HEADING },
	{ "h5",		TAG_BLOCK | TAG_PARA | TAG_HEADING },
	{ "h6",		TAG_BLOCK | TAG_PARA | TAG_HEADING },
	{ "head",	TAG_JUNK },
	{ "header",	TAG_BLOCK | TAG_HEADER },
	{ "hgroup",	TAG_BLOCK },
	{ "hr",		TAG_BLOCK },
	{ "html",	TAG_BLOCK },
	{ "iframe",	TAG_JUNK | TAG_EMBED },
	{ "img",	TAG_IMG },
	{ "input",	TAG_JUNK | TAG_INPUT },
	{ "legend",	TAG_BLOCK | TAG_PARA },
	{ "li",		TAG_BLOCK | TAG_PARA | TAG_ITEM },
	{ "link",	TAG_JUNK },
	{ "listing",	TAG_BLOCK | TAG_PARA | TAG_PRE },
	{ "main",	TAG_BLOCK },
	{ "map",	TAG_JUNK },
	{ "math",	TAG_JUNK },
	{ "menu",	TAG_BLOCK | TAG_LIST },
	{ "meta",	TAG_JUNK },
	{ "meter",	TAG_JUNK },
	{ "nav",	TAG_BLOCK | TAG_BOILER },
	{ "noembed",	TAG_JUNK },
	{ "noframes",	TAG_JUNK },
	{ "noscript",	TAG_JUNK },
	{ "object",	TAG_JUNK | TAG_EMBED },
	{ "ol",		TAG_BLOCK | TAG_LIST },
	{ "optgroup",	TAG_JUNK },
	{ "option",	TAG_JUNK },
	{ "output",	TAG_JUNK },
	{ "p",		TAG_BLOCK | TAG_PARA },
	{ "param",	TAG_JUNK },
	{ "picture",	TAG_IMG },
	{ "plaintext",	TAG_BLOCK | TAG_PARA | TAG_PRE },
	{ "pre",	TAG_BLOCK | TAG_PARA | TAG_PRE },
	{ "progress",	TAG_JUNK },
	{ "script",	TAG_JUNK },
	{ "section",	TAG_BLOCK },
	{ "select",	TAG_JUNK | TAG_INPUT },
	{ "source",	TAG_JUNK },
	{ "style",	TAG_JUNK },
	{ "summary",	TAG_BLOCK | TAG_PARA },
	{ "svg",	TAG_JUNK },
	{ "table",	TAG_BLOCK },
	{ "tbody",	TAG_BLOCK },
	{ "td",		TAG_BLOCK | TAG_PARA | TAG_CELL },
	{ "template",	TAG_JUNK },
	{ "textarea",	TAG_JUNK | TAG_INPUT },
	{ "tfoot",	TAG_BLOCK },
	{ "th",		TAG_BLOCK | TAG_PARA | TAG_CELL },
	{ "thead",	TAG_BLOCK },
	{ "title",	TAG_JUNK },
	{ "tr",		TAG_BLOCK },
	{ "track",	TAG_JUNK },
	{ "ul",		TAG_BLOCK | TAG_LIST },
	{ "video",	TAG_JUNK | TAG_EMBED },
	{ "xmp",	TAG_BLOCK | TAG_PARA | TAG_PRE },
};

static int
tag_compare(const void *key, const void *elem)
{
	const char	*name = key;

	return strcmp(name, *(const char *const *)elem);
}

unsigned
html_tag_bits(const char *name)
{
	const struct tag	*t;

	if (name == NULL)
		return 0;
	t = bsearch(name, tags, sizeof tags / sizeof tags[0], sizeof tags[0],
	    tag_compare);
	return t != NULL ? t->bits : 0;
}

xmlNode *
html_next(xmlNode *n, const xmlNode *root, int descend)
{
	if (descend && n->children != NULL && n->type == XML_ELEMENT_NODE)
		return n->children;
	while (n != root && n != NULL) {
		if (n->next != NULL)
			return n->next;
		n = n->parent;
	}
	return NULL;
}

xmlNode *
html_leave(xmlNode *n, const xmlNode *root,
    void (*leave)(xmlNode *, void *), void *arg)
{
	for (;;) {
		if (leave != NULL)
			leave(n, arg);
		if (n == root)
			return NULL;
		if (n->next != NULL)
			return n->next;
		n = n->parent;
	}
}

const char *
html_strcasestr(const char *s, const char *word)
{
	size_t	len = strlen(word);

	for (; *s != '\0'; s++) {
		if (strncasecmp(s, word, len) == 0)
			return s;
	}
	return NULL;
}

char *
html_attr(const xmlNode *n, const char *name)
{
	return (char *)xmlGetNoNsProp(n, (const xmlChar *)name);
}

/* "CLASS ID" of N for the hints, or NULL; allocated. */
static char *
class_and_id(const xmlNode *n)
{
	char	*c, *id, *s;

	c = html_attr(n, "class");
	id = html_attr(n, "id");
	if (c == NULL && id == NULL)
		return NULL;
	s = xasprintf("%s %s", c != NULL ? c : "", id != NULL ? id : "");
	xmlFree(c);
	xmlFree(id);
	return s;
}

/* The class weight of Readability: +25 for a positive name, -25 for a
 * negative one, class and id alike. */
static int
class_weight(const struct hints *hints, const xmlNode *n)
{
	char		*c, *id;
	unsigned	 b;
	int		 w = 0;

	c = html_attr(n, "class");
	id = html_attr(n, "id");
	if (c != NULL) {
		b = hints_classify(hints, c);
		w += (b & HINT_POSITIVE ? 25 : 0) - (b & HINT_NEGATIVE ? 25 : 0);
	}
	if (id != NULL) {
		b = hints_classify(hints, id);
		w += (b & HINT_POSITIVE ? 25 : 0) - (b & HINT_NEGATIVE ? 25 : 0);
	}
	xmlFree(c);
	xmlFree(id);
	return w;
}

/* A link that leads somewhere: an href, not a script. */
static int
real_link(const xmlNode *n)
{
	char	*href;
	int	 yes;

	if ((href = html_attr(n, "href")) == NULL)
		return 0;
	yes = strncasecmp(href, "javascript:", 11) != 0;
	xmlFree(href);
	return yes;
}

struct hnode *
html_nodes_new(xmlNode *root, const struct hints *hints)
{
	struct hnode	*v, *h;
	xmlNode		*n;
	size_t		 count = 0, i = 0;
	char		*names, *ip;

	for (n = root; n != NULL; n = html_next(n, root, 1)) {
		if (n->type == XML_ELEMENT_NODE)
			count++;
	}
	v = xcalloc(count + 1, sizeof *v);
	for (n = root; n != NULL; n = html_next(n, root, 1)) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		h = &v[i];
		h->order = i++;
		n->_private = h;
		h->tag = html_tag_bits((const char *)n->name);
		if ((h->tag & TAG_LINK) && !real_link(n))
			h->tag &= ~TAG_LINK;
		names = class_and_id(n);
		h->hints = hints_classify(hints, names);
		free(names);
		h->weight = class_weight(hints, n);
		if ((ip = html_attr(n, "itemprop")) != NULL) {
			if (strstr(ip, "articleBody") != NULL)
				h->weight += 25;
			xmlFree(ip);
		}
	}
	return v;
}

void
html_nodes_free(struct hnode *v)
{
	free(v);
}

static int
is_comma(uint32_t cp)
{
	return cp == ',' || cp == 0x060c || cp == 0xfe50 || cp == 0xfe10 ||
	    cp == 0xfe11 || cp == 0x2e41 || cp == 0x2e34 || cp == 0x2e32 ||
	    cp == 0xff0c || cp == 0x3001;
}

size_t
html_text_len(const xmlNode *t, size_t *commas)
{
	const char	*s = (const char *)t->content;
	size_t		 len, i = 0, n, count = 0, c = 0;
	uint32_t	 cp;
	int		 space = 0;

	if (s == NULL)
		return 0;
	len = strlen(s);
	while (i < len) {
		n = utf8_decode(s + i, len - i, &cp);
		i += n;
		if (utf8_is_space(cp)) {
			space = 1;
			continue;
		}
		if (space && count > 0)
			count++;
		space = 0;
		count++;
		if (is_comma(cp))
			c++;
	}
	if (space)
		count++;
	if (commas != NULL)
		*commas = c;
	return count;
}

/* Adds what N counted to its parent's counts, leaving N in html_count();
 * ARG is the root of the count. */
static void
count_leave(xmlNode *n, void *arg)
{
	const xmlNode	*root = arg;
	struct hnode	*h, *p;
	size_t		 commas;

	p = n->parent != NULL ? HN(n->parent) : NULL;
	h = HN(n);
	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		if (p != NULL) {
			p->text += html_text_len(n, &commas);
			p->commas += commas;
		}
	} else if (h != NULL && p != NULL && n != root) {
		if (h->tag & TAG_LINK)
			h->link = h->text;
		if (h->tag & TAG_HEADING)
			h->htext = h->text;
		p->text += h->text;
		p->htext += h->htext;
		p->link += h->link;
		p->commas += h->commas;
		p->np += h->np + ((h->tag & TAG_PARA) &&
		    !(h->tag & (TAG_ITEM | TAG_CELL | TAG_HEADING)));
		p->nimg += h->nimg + !!(h->tag & TAG_IMG);
		p->nli += h->nli + !!(h->tag & TAG_ITEM);
		p->ninput += h->ninput + !!(h->tag & TAG_INPUT);
		p->nembed += h->nembed + !!(h->tag & TAG_EMBED);
		p->nhead += h->nhead + !!(h->tag & TAG_HEADING);
	} else if (h != NULL && (h->tag & TAG_LINK))
		h->link = h->text;
}

void
html_count(xmlNode *root)
{
	xmlNode		*n = root;
	struct hnode	*h;

	while (n != NULL) {
		if ((h = HN(n)) != NULL) {
			h->text = h->link = h->commas = h->htext = 0;
			h->np = h->nimg = h->nli = h->ninput = h->nembed = 0;
			h->nhead = 0;
		}
		if (n->type == XML_ELEMENT_NODE && n->children != NULL)
			n = n->children;
		else
			n = html_leave(n, root, count_leave, root);
	}
}

char *
html_node_text(const xmlNode *n)
{
	xmlChar	*c;
	char	*s;

	if ((c = xmlNodeGetContent(n)) == NULL)
		return xstrdup("");
	s = segment_collapse((const char *)c, strlen((const char *)c));
	xmlFree(c);
	return s;
}
