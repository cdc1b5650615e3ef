/* html-int.h: what the parts of the HTML reader share (html.c, html-node.c,
 * html-main.c, html-meta.c); not for the rest of claimdesk. */
#ifndef CD_HTML_INT_H
#define CD_HTML_INT_H

#include <stddef.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

struct hints;
struct meta;

/* What an element's tag says about it (html-node.c). */
#define TAG_BLOCK	0x0001	/* starts and ends a block of text */
#define TAG_PARA	0x0002	/* a paragraph of its own (p, li, td...) */
#define TAG_JUNK	0x0004	/* never text: script, style, forms... */
#define TAG_HEADING	0x0008	/* h1-h6 */
#define TAG_LIST	0x0010	/* ul, ol, dl */
#define TAG_ITEM	0x0020	/* li, dt, dd */
#define TAG_EMBED	0x0040	/* embedded media */
#define TAG_PRE		0x0080	/* white space kept */
#define TAG_BOILER	0x0100	/* nav, aside, footer: page furniture */
#define TAG_HEADER	0x0200	/* header: furniture unless it holds text */
#define TAG_CAPTION	0x0400	/* figure, figcaption: captions */
#define TAG_CELL	0x0800	/* td, th */
#define TAG_BR		0x1000	/* a line break */
#define TAG_IMG		0x2000	/* an image */
#define TAG_INPUT	0x4000	/* a form field */
#define TAG_LINK	0x8000	/* a with an href (not javascript:) */

/* Per element: how the page's main text is found, hung on node->_private. */
struct hnode {
	unsigned	 tag;		/* TAG_* bits */
	unsigned	 hints;		/* HINT_* bits of class and id */
	int		 weight;	/* from hints, tag and itemprop */
	int		 scored;	/* a candidate container */
	double		 score;
	size_t		 text;		/* characters of text inside */
	size_t		 link;		/* ... of which inside links */
	size_t		 commas;
	size_t		 htext;		/* ... of which in headings */
	unsigned	 np, nimg, nli, ninput, nembed, nhead;
	xmlNode		*block;		/* nearest enclosing block */
	size_t		 order;		/* place in document order */
};

/* How hard the main text is looked for (html-main.c). */
#define HX_STRIP_UNLIKELY	0x01	/* drop "unlikely" class names */
#define HX_WEIGHT_CLASSES	0x02	/* let class names weigh */
#define HX_CLEAN		0x04	/* drop poor blocks of the result */
#define HX_ALL			0x07

/* The TAG_* bits of element NAME (lower case); 0 for an unknown tag. */
unsigned	 html_tag_bits(const char *name);

/* NODE's hnode, or NULL for a node that is not an element (only elements
 * get one; libxml2 leaves _private NULL). */
#define HN(n) ((struct hnode *)(n)->_private)

/* The next node after N in document order within ROOT, descending into N
 * when DESCEND; NULL at the end. */
xmlNode		*html_next(xmlNode *n, const xmlNode *root, int descend);

/* For a walk in document order within ROOT that is done with N and what is
 * under it: calls LEAVE(node, ARG) (LEAVE may be NULL) on N and on each
 * ancestor that closes with it, ROOT last; returns the next node to enter,
 * or NULL once ROOT is left. */
xmlNode		*html_leave(xmlNode *n, const xmlNode *root,
		    void (*leave)(xmlNode *, void *), void *arg);

/* Allocates the hnodes of every element under ROOT (freed with
 * html_nodes_free()); fills tag, hints (with HINTS) and weight. */
struct hnode	*html_nodes_new(xmlNode *root, const struct hints *hints);
void		 html_nodes_free(struct hnode *);

/* Recounts text, links, commas and element counts of every element under
 * ROOT (ROOT included). */
void		 html_count(xmlNode *root);

/* Characters of text in a text node, white space runs counted once; its
 * commas in *COMMAS (may be NULL). */
size_t		 html_text_len(const xmlNode *text, size_t *commas);

/* Where S (NUL-terminated) holds WORD, ignoring ASCII case, or NULL. */
const char	*html_strcasestr(const char *s, const char *word);

/* An attribute's value, or NULL; the caller frees it with xmlFree(). */
char		*html_attr(const xmlNode *n, const char *name);

/* The selected content: elements in document order. */
struct html_content {
	xmlNode		**v;
	size_t		  n;
};

/*
 * Finds the main text under the document's body with FLAGS (HX_*):
 * cleans the tree (removes what is never text), scores the candidate
 * containers, picks the best with its related siblings and cleans them.
 * Fills OUT (free its v); 0, or -1 when the page has no body.
 */
int		 html_main(htmlDocPtr doc, int flags, const struct hints *,
		    struct html_content *out);

/* Reads the page's metadata into META (empty on entry); URL (may be NULL)
 * resolves relative links. Reads only: call it before html_main(). */
void		 html_meta(htmlDocPtr doc, const char *url,
		    const struct hints *, struct meta *meta);

/* The text of N and its descendants, white space collapsed and trimmed;
 * allocated. */
char		*html_node_text(const xmlNode *n);

#endif
