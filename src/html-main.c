/* html-main.c: a page's main text found: the tree cleaned of what is never
 * the article, paragraphs scored into their containers (as Readability
 * does), the best container taken with its related siblings, then cleaned
 * of the blocks around the article that came with it. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "hints.h"
#include "html-int.h"
#include "xmalloc.h"

#define TOP_CANDIDATES	5	/* kept to look for a shared ancestor */
#define MIN_SHARED	3	/* candidates that make an ancestor the top */
#define RUN_MIN		25	/* characters a paragraph needs to count */
#define SHARE_MAX	500	/* a share bar holds less text than this */
#define BYLINE_MAX	100	/* a byline holds less text than this */

/* Roles of page furniture (ARIA), dropped with the unlikely names. */
static const char *const furniture_roles[] = {
	"navigation", "complementary", "contentinfo", "banner", "menu",
	"menubar", "dialog", "alertdialog", "search", "toolbar", "tablist",
	"alert", NULL
};

struct scorer {
	int		  flags;
	xmlNode		**cand;		/* scored containers */
	size_t		  ncand;
	/* The paragraph being read. */
	xmlNode		 *owner;	/* its block */
	size_t		  text, commas;
	const xmlNode	 *root;		/* what score() reads */
};

static void
drop(xmlNode *n)
{
	xmlUnlinkNode(n);
	xmlFreeNode(n);
}

static int
has_word_ci(const char *s, const char *word)
{
	return html_strcasestr(s, word) != NULL;
}

/* Hidden from readers: the hidden attribute, aria-hidden, or an inline
 * style of display: none or visibility: hidden. */
static int
is_hidden(const xmlNode *n)
{
	char	*v, *p, *q;
	int	 hidden = 0;

	if (xmlHasProp(n, (const xmlChar *)"hidden") != NULL)
		return 1;
	if ((v = html_attr(n, "aria-hidden")) != NULL) {
		hidden = strcasecmp(v, "true") == 0;
		xmlFree(v);
		if (hidden)
			return 1;
	}
	if ((v = html_attr(n, "style")) == NULL)
		return 0;
	/* White space out, then look for the two declarations. */
	for (p = q = v; *p != '\0'; p++) {
		if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
			*q++ = *p;
	}
	*q = '\0';
	hidden = has_word_ci(v, "display:none") ||
	    has_word_ci(v, "visibility:hidden");
	xmlFree(v);
	return hidden;
}

static int
furniture_role(const xmlNode *n)
{
	char	*role;
	size_t	 i;
	int	 yes = 0;

	if ((role = html_attr(n, "role")) == NULL)
		return 0;
	for (i = 0; furniture_roles[i] != NULL && !yes; i++)
		yes = strcasecmp(role, furniture_roles[i]) == 0;
	xmlFree(role);
	return yes;
}

static int
has_ancestor(const xmlNode *n, const char *name)
{
	for (n = n->parent; n != NULL && n->type == XML_ELEMENT_NODE;
	    n = n->parent) {
		if (strcmp((const char *)n->name, name) == 0)
			return 1;
	}
	return 0;
}

static int
named(const xmlNode *n, const char *name)
{
	return strcmp((const char *)n->name, name) == 0;
}

/* Whether TEXT, white space aside, is a note's symbol: "*", "†", "‡". */
static int
marker_symbol(const char *text)
{
	const char	*p = text;
	size_t		 n;

	p += strspn(p, " \t\n\r");
	if (*p == '*')
		n = 1;
	else if (strncmp(p, "\xe2\x80\xa0", 3) == 0 ||
	    strncmp(p, "\xe2\x80\xa1", 3) == 0)
		n = 3;
	else
		return 0;
	return p[n + strspn(p + n, " \t\n\r")] == '\0';
}

/* Whether TEXT reads as a note's marker: "1", "12a", "[3]", "[b]", "*",
 * "†". */
static int
marker_text(const char *text)
{
	const char	*p = text, *e;
	size_t		 digits = 0, letters = 0;
	int		 bracket;

	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	e = p + strlen(p);
	while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' ||
	    e[-1] == '\r'))
		e--;
	if (marker_symbol(p))
		return 1;
	if ((bracket = e - p > 2 && *p == '[' && e[-1] == ']')) {
		p++;
		e--;
	}
	for (; p < e && *p >= '0' && *p <= '9'; p++)
		digits++;
	for (; p < e && *p >= 'a' && *p <= 'z'; p++)
		letters++;
	return p == e && digits <= 3 && letters <= 1 &&
	    (digits > 0 || (bracket && letters == 1));
}

/* Whether N links within the page ("#fn1"), or holds such a link. */
static int
links_in_page(const xmlNode *n)
{
	const xmlNode	*c;
	char		*href;
	int		 yes = 0;

	if (n->type != XML_ELEMENT_NODE)
		return 0;
	if (named(n, "a") && (href = html_attr(n, "href")) != NULL) {
		yes = href[0] == '#';
		xmlFree(href);
		if (yes)
			return 1;
	}
	for (c = n->children; c != NULL && !yes; c = c->next)
		yes = links_in_page(c);
	return yes;
}

/*
 * Whether N is a note's reference ("fell 12% last year<sup><a
 * href="#fn1">1</a></sup>", "homes<sup>[2]</sup>", "on average.<sup>*
 * </sup>"): a superscript symbol, or a marker that links within the page
 * or stands in brackets, not a power ("km<sup>2</sup>"). Left in, its
 * digits would stick to the word before, and a symbol after a stop would
 * join two sentences.
 */
static int
note_reference(const xmlNode *n)
{
	char	*text;
	int	 yes;

	if (!named(n, "sup") || (text = (char *)xmlNodeGetContent(n)) == NULL)
		return 0;
	yes = marker_symbol(text) || (marker_text(text) &&
	    (strchr(text, '[') != NULL ||
	    links_in_page(n) || (n->parent != NULL &&
	    n->parent->type == XML_ELEMENT_NODE && links_in_page(n->parent) &&
	    named(n->parent, "a"))));
	xmlFree(text);
	return yes;
}

/* Whether N is a page's notes or references (data/html-hints "notes"): a
 * list or a section of its own, never a block that may hold the article
 * ("<div class="post has-footnotes">"). */
static int
notes_list(const xmlNode *n)
{
	const struct hnode	*h = HN(n);

	return (h->hints & HINT_NOTES) && ((h->tag & TAG_LIST) ||
	    named(n, "section") || named(n, "aside"));
}

/* Whether element N is never part of the article's text. */
static int
unwanted(xmlNode *n, int flags)
{
	struct hnode	*h = HN(n);

	if (h->tag & TAG_JUNK)
		return !(h->tag & TAG_INPUT);	/* fields: counted, not read */
	if ((h->tag & (TAG_CAPTION | TAG_BOILER | TAG_HEADER)) ||
	    notes_list(n) || is_hidden(n) || furniture_role(n) ||
	    note_reference(n))
		return 1;
	if (!(flags & HX_STRIP_UNLIKELY))
		return 0;
	if ((h->hints & HINT_UNLIKELY) && !(h->hints & HINT_MAYBE) &&
	    !named(n, "body") && !named(n, "article") && !named(n, "main") &&
	    !(h->tag & TAG_LINK) && !has_ancestor(n, "table") &&
	    !has_ancestor(n, "code"))
		return 1;
	return 0;
}

/* Removes from ROOT what is never text (but not ROOT). */
static void
prepare(xmlNode *root, int flags)
{
	xmlNode	*n = root, *next;
	int	 rm;

	while (n != NULL) {
		rm = 0;
		if (n != root) {
			switch (n->type) {
			case XML_ELEMENT_NODE:
				rm = unwanted(n, flags);
				break;
			case XML_TEXT_NODE:
			case XML_CDATA_SECTION_NODE:
			case XML_ENTITY_REF_NODE:
				break;
			default:
				rm = 1;
			}
		}
		if (rm) {
			next = html_next(n, root, 0);
			drop(n);
			n = next;
		} else
			n = html_next(n, root, 1);
	}
}

/* Readability's starting score of a container by its tag. */
static double
tag_score(const xmlNode *n)
{
	const char	*s = (const char *)n->name;
	struct hnode	*h = HN(n);

	if (strcmp(s, "div") == 0)
		return 5;
	if (strcmp(s, "pre") == 0 || strcmp(s, "td") == 0 ||
	    strcmp(s, "blockquote") == 0)
		return 3;
	if (strcmp(s, "address") == 0 || strcmp(s, "form") == 0 ||
	    (h->tag & (TAG_LIST | TAG_ITEM)))
		return -3;
	if ((h->tag & TAG_HEADING) || strcmp(s, "th") == 0)
		return -5;
	return 0;
}

static void
candidate(struct scorer *sc, xmlNode *n)
{
	struct hnode	*h = HN(n);

	if (h->scored)
		return;
	h->scored = 1;
	h->score = tag_score(n) +
	    ((sc->flags & HX_WEIGHT_CLASSES) ? h->weight : 0);
	sc->cand = xreallocarray(sc->cand, sc->ncand + 1, sizeof *sc->cand);
	sc->cand[sc->ncand++] = n;
}

/* The paragraph read so far counts for its containers. */
static void
flush(struct scorer *sc)
{
	xmlNode		*a;
	double		 content, div;
	size_t		 level, k;

	if (sc->owner == NULL || sc->text < RUN_MIN) {
		sc->text = sc->commas = 0;
		return;
	}
	k = sc->text / 100;
	content = 1 + (double)sc->commas + (double)(k > 3 ? 3 : k);
	a = (HN(sc->owner)->tag & TAG_PARA) ? sc->owner->parent : sc->owner;
	for (level = 0; level < 5 && a != NULL; level++, a = a->parent) {
		if (a->type != XML_ELEMENT_NODE || a->parent == NULL ||
		    a->parent->type != XML_ELEMENT_NODE)
			break;
		candidate(sc, a);
		div = level == 0 ? 1 : level == 1 ? 2 : (double)level * 3;
		HN(a)->score += content / div;
	}
	sc->text = sc->commas = 0;
}

/* Leaves N in score(): a block's paragraph ends. ARG is the scorer. */
static void
score_leave(xmlNode *n, void *arg)
{
	struct scorer	*sc = arg;
	struct hnode	*h;

	if ((h = HN(n)) != NULL && (h->tag & TAG_BLOCK) && n != sc->root) {
		flush(sc);
		sc->owner = h->block;
	}
}

/* Reads ROOT's paragraphs in order and scores their containers. */
static void
score(struct scorer *sc, xmlNode *root)
{
	xmlNode		*n = root;
	struct hnode	*h;
	size_t		 commas, len;

	sc->owner = root;
	sc->root = root;
	while (n != NULL) {
		if ((h = HN(n)) != NULL && (h->tag & TAG_BLOCK)) {
			flush(sc);
			h->block = sc->owner;
			sc->owner = n;
		} else if (n->type == XML_TEXT_NODE ||
		    n->type == XML_CDATA_SECTION_NODE) {
			len = html_text_len(n, &commas);
			sc->text += len;
			sc->commas += commas;
		}
		if (n->type == XML_ELEMENT_NODE && n->children != NULL &&
		    !(h->tag & TAG_JUNK))
			n = n->children;
		else
			n = html_leave(n, root, score_leave, sc);
	}
	flush(sc);
}

static double
link_density(const struct hnode *h)
{
	return h->text == 0 ? 0 : (double)h->link / (double)h->text;
}

static int
by_score(const void *a, const void *b)
{
	const struct hnode	*x = HN(*(xmlNode *const *)a);
	const struct hnode	*y = HN(*(xmlNode *const *)b);

	return x->score < y->score ? 1 : x->score > y->score ? -1 : 0;
}

static int
is_ancestor(const xmlNode *a, const xmlNode *n)
{
	for (; n != NULL; n = n->parent) {
		if (n == a)
			return 1;
	}
	return 0;
}

static size_t
element_children(const xmlNode *n)
{
	size_t	c = 0;

	for (n = n->children; n != NULL; n = n->next)
		c += n->type == XML_ELEMENT_NODE;
	return c;
}

/* The best container, Readability's way; NULL when nothing scored. */
static xmlNode *
pick_top(struct scorer *sc, xmlNode *body)
{
	xmlNode		*top, *p, *alt[TOP_CANDIDATES];
	size_t		 i, nalt = 0, shared;
	double		 last, threshold;

	if (sc->ncand == 0)
		return NULL;
	for (i = 0; i < sc->ncand; i++)
		HN(sc->cand[i])->score *= 1 - link_density(HN(sc->cand[i]));
	qsort(sc->cand, sc->ncand, sizeof *sc->cand, by_score);
	top = sc->cand[0];
	if (top == body)
		return body;

	/* Several good candidates under one ancestor: that ancestor. */
	for (i = 1; i < sc->ncand && i < TOP_CANDIDATES; i++) {
		if (HN(sc->cand[i])->score / HN(top)->score >= 0.75)
			alt[nalt++] = sc->cand[i];
	}
	if (nalt >= MIN_SHARED) {
		for (p = top->parent; p != NULL && p != body &&
		    p->type == XML_ELEMENT_NODE; p = p->parent) {
			for (i = shared = 0; i < nalt; i++)
				shared += is_ancestor(p, alt[i]);
			if (shared >= MIN_SHARED) {
				top = p;
				break;
			}
		}
	}
	if (!HN(top)->scored)
		candidate(sc, top);

	/* Climb while the parent scores better. */
	last = HN(top)->score;
	threshold = last / 3;
	for (p = top->parent; p != NULL && p != body &&
	    p->type == XML_ELEMENT_NODE; p = p->parent) {
		if (!HN(p)->scored)
			continue;
		if (HN(p)->score < threshold)
			break;
		if (HN(p)->score > last) {
			top = p;
			break;
		}
		last = HN(p)->score;
	}
	/* An only child stands for its parent. */
	while (top->parent != NULL && top->parent != body &&
	    top->parent->type == XML_ELEMENT_NODE &&
	    element_children(top->parent) == 1)
		top = top->parent;
	if (!HN(top)->scored)
		candidate(sc, top);
	return top;
}

static int
same_class(const xmlNode *a, const xmlNode *b)
{
	char	*ca, *cb;
	int	 same;

	ca = html_attr(a, "class");
	cb = html_attr(b, "class");
	same = ca != NULL && cb != NULL && *ca != '\0' && strcmp(ca, cb) == 0;
	xmlFree(ca);
	xmlFree(cb);
	return same;
}

/* Whether a paragraph's text ends a sentence: ". " or "." at its end. */
static int
ends_sentence(const xmlNode *n)
{
	char	*t = html_node_text(n);
	size_t	 len = strlen(t);
	int	 yes;

	yes = len > 0 && (t[len - 1] == '.' || strstr(t, ". ") != NULL);
	free(t);
	return yes;
}

/* TOP and those of its siblings that belong to the article. */
static void
siblings(xmlNode *top, struct html_content *out)
{
	xmlNode		*s;
	struct hnode	*h, *th = HN(top);
	double		 threshold, bonus;
	int		 take;

	threshold = th->score * 0.2 > 10 ? th->score * 0.2 : 10;
	if (top->parent == NULL || top->parent->type != XML_ELEMENT_NODE) {
		out->v = xcalloc(1, sizeof *out->v);
		out->v[out->n++] = top;
		return;
	}
	out->v = xcalloc(element_children(top->parent) + 1, sizeof *out->v);
	for (s = top->parent->children; s != NULL; s = s->next) {
		if ((h = HN(s)) == NULL)
			continue;
		take = s == top;
		bonus = same_class(s, top) ? th->score * 0.2 : 0;
		if (!take && h->scored && h->score + bonus >= threshold)
			take = 1;
		else if (!take && named(s, "p")) {
			if (h->text > 80 && link_density(h) < 0.25)
				take = 1;
			else if (h->text > 0 && h->text <= 80 && h->link == 0 &&
			    ends_sentence(s))
				take = 1;
		}
		if (take)
			out->v[out->n++] = s;
	}
}

static int
by_order(const void *a, const void *b)
{
	size_t	x = HN(*(xmlNode *const *)a)->order;
	size_t	y = HN(*(xmlNode *const *)b)->order;

	return x < y ? -1 : x > y;
}

/* Whether N is inside one of the N elements of V, or holds one. */
static int
overlaps(xmlNode *n, xmlNode **v, size_t nv)
{
	size_t	i;

	for (i = 0; i < nv; i++) {
		if (is_ancestor(v[i], n) || is_ancestor(n, v[i]))
			return 1;
	}
	return 0;
}

/*
 * Articles are often cut into several containers of one class, with
 * advertisements or asides between them, not always siblings: the others
 * of TOP's class that hold prose join the content, in document order.
 */
static void
same_class_parts(xmlNode *top, xmlNode *body, struct html_content *out)
{
	xmlNode		*n;
	struct hnode	*h;
	char		*cls;
	size_t		 cap = out->n + 1;

	if ((cls = html_attr(top, "class")) == NULL)
		return;
	if (*cls == '\0') {
		xmlFree(cls);
		return;
	}
	xmlFree(cls);
	for (n = body; n != NULL; n = html_next(n, body, 1)) {
		if ((h = HN(n)) == NULL || n == top || h->text < RUN_MIN ||
		    link_density(h) > 0.3 || !same_class(n, top) ||
		    overlaps(n, out->v, out->n))
			continue;
		if (out->n + 1 >= cap) {
			cap *= 2;
			out->v = xreallocarray(out->v, cap, sizeof *out->v);
		}
		out->v[out->n++] = n;
	}
	qsort(out->v, out->n, sizeof *out->v, by_order);
}

/* Subtracts what N counted from its ancestors up to ROOT. */
static void
uncount(xmlNode *n, const xmlNode *root)
{
	struct hnode	*h = HN(n), *a;
	xmlNode		*p;

	for (p = n->parent; p != NULL && p->type == XML_ELEMENT_NODE;
	    p = p->parent) {
		a = HN(p);
		a->text -= h->text;
		a->link -= h->link;
		a->commas -= h->commas;
		a->htext -= h->htext;
		a->np -= h->np;
		a->nimg -= h->nimg;
		a->nli -= h->nli;
		a->ninput -= h->ninput;
		a->nembed -= h->nembed;
		a->nhead -= h->nhead;
		if (p == root)
			break;
	}
}

/* Readability's conditional clean: whether block N looks like something
 * other than the article's text (links, forms, images, little text). */
static int
poor_block(const xmlNode *n, int flags)
{
	struct hnode	*h = HN(n);
	const char	*name = (const char *)n->name;
	int		 weight, is_list, fig;
	long		 li;
	double		 ld, hd;

	if (!(h->tag & TAG_BLOCK) || (h->tag & (TAG_PARA | TAG_ITEM)))
		return 0;
	if (!(h->tag & TAG_LIST) && strcmp(name, "div") != 0 &&
	    strcmp(name, "section") != 0 && strcmp(name, "table") != 0 &&
	    strcmp(name, "form") != 0 && strcmp(name, "fieldset") != 0 &&
	    strcmp(name, "header") != 0 && strcmp(name, "footer") != 0 &&
	    strcmp(name, "aside") != 0)
		return 0;
	if (has_ancestor(n, "code"))
		return 0;
	weight = (flags & HX_WEIGHT_CLASSES) ? h->weight : 0;
	if (weight + (h->scored ? h->score : 0) < 0)
		return 1;
	is_list = (h->tag & TAG_LIST) != 0;
	ld = link_density(h);
	if (is_list && ld > 0.5 && weight < 25)
		return 1;
	if (h->commas >= 10)
		return 0;
	fig = has_ancestor(n, "figure");
	li = (long)h->nli - 100;
	hd = h->text == 0 ? 0 : (double)h->htext / (double)h->text;
	if (h->nimg > 1 && (double)h->np / h->nimg < 0.5 && !fig)
		return 1;
	if (!is_list && li > (long)h->np)
		return 1;
	if (h->ninput > h->np / 3)
		return 1;
	if (!is_list && hd < 0.9 && h->text < 25 &&
	    (h->nimg == 0 || h->nimg > 2) && !fig)
		return 1;
	if (!is_list && weight < 25 && ld > 0.2)
		return 1;
	if (weight >= 25 && ld > 0.5)
		return 1;
	if ((h->nembed == 1 && h->text < 75) || h->nembed > 1)
		return 1;
	return 0;
}

/* Cleans ROOT's descendants, innermost first. */
static void
clean(xmlNode *root, int flags)
{
	xmlNode		**v = NULL, *n;
	size_t		  nv = 0, cap = 0, i;
	struct hnode	 *h;
	int		  rm;

	for (n = root; n != NULL; n = html_next(n, root, 1)) {
		if (n->type != XML_ELEMENT_NODE || n == root)
			continue;
		v = xgrow(v, &cap, nv, sizeof *v);
		v[nv++] = n;
	}
	for (i = nv; i-- > 0;) {
		n = v[i];
		h = HN(n);
		rm = 0;
		if ((h->hints & HINT_SHARE) && h->text < SHARE_MAX &&
		    !(h->tag & TAG_PARA))
			rm = 1;
		else if ((h->hints & HINT_BYLINE) && h->text < BYLINE_MAX)
			rm = 1;
		else if (h->tag & TAG_HEADING)
			rm = ((flags & HX_WEIGHT_CLASSES) && h->weight < 0) ||
			    link_density(h) > 0.5;
		else if (flags & HX_CLEAN)
			rm = poor_block(n, flags);
		if (rm) {
			uncount(n, root);
			drop(n);
		}
	}
	free(v);
}

static xmlNode *
find_body(htmlDocPtr doc)
{
	xmlNode	*root, *n;

	if ((root = xmlDocGetRootElement(doc)) == NULL)
		return NULL;
	for (n = root->children; n != NULL; n = n->next) {
		if (n->type == XML_ELEMENT_NODE && named(n, "body"))
			return n;
	}
	return root;
}

int
html_main(htmlDocPtr doc, int flags, const struct hints *hints,
    struct html_content *out)
{
	struct scorer	 sc;
	xmlNode		*body, *top;
	struct hnode	*nodes;
	size_t		 i;

	(void)hints;
	memset(out, 0, sizeof *out);
	if ((body = find_body(doc)) == NULL)
		return -1;
	prepare(body, flags);
	html_count(body);
	memset(&sc, 0, sizeof sc);
	sc.flags = flags;
	score(&sc, body);
	top = pick_top(&sc, body);
	free(sc.cand);
	if (top == NULL || top == body) {
		out->v = xcalloc(1, sizeof *out->v);
		out->v[out->n++] = body;
	} else {
		siblings(top, out);
		same_class_parts(top, body, out);
	}
	for (i = 0; i < out->n; i++)
		clean(out->v[i], flags);
	(void)nodes;
	return 0;
}
