/* attrib-np.c: the noun phrase of a source, next to its cue. */
#include <string.h>

#include "attrib-int.h"

/*
 * A source is one of three shapes:
 *
 * - a name, perhaps after a title or description that becomes its role
 *   ("ice center director Mark Serreze", "the International Monetary
 *   Fund's Christine Lagarde"); a name holds capitalised words and the
 *   small words between them ("Office for National Statistics", "Johnson
 *   & Johnson"), an acronym after it in brackets, and is split after its
 *   last title or body word ("WIPO Deputy Director General Francis Gurry":
 *   the name is Francis Gurry);
 * - a description: a head noun from the lexicon with its modifiers ("the
 *   U.N. labor advocacy group", "U.S. sources", "a Taliban official");
 * - a pronoun.
 *
 * Around these: an aside between commas is an apposition ("Vicky Redwood,
 * chief UK economist at Capital Economics,") whose description becomes
 * the role; a body after an office ("a spokesman for the agency") is the
 * source with the office as its role; a document's author ("figures
 * released today by the statistics office", "the WHO's official tally")
 * is the source with the document as its role; a plain document ("a new
 * study of 12,400 adults") is a source of its own.
 *
 * Every search is bounded (NP_*_MAX tokens), so the pass stays linear.
 */

#define NP_LEFT_MAX	18		/* tokens a subject may span */
#define NP_RIGHT_MAX	24		/* tokens after "according to" */
#define NP_ASIDE_MAX	16		/* tokens of an aside */
#define NP_DOC_WITHIN	6		/* a document noun opens a phrase */
#define NP_TIME_WORDS	3		/* "on Monday", "on Monday night" */
#define NP_ASIDES	2		/* asides passed before a verb */
#define NP_JOIN_BACK	4		/* words before "of" that say
					   whether it joins a name */

static uint32_t
cov(const struct toks *t, size_t i)
{
	return attrib_tok_is_word(t, i) ? t->v[i].cov : 0;
}

static int
is_cap(const struct toks *t, size_t i)
{
	return attrib_tok_is_word(t, i) &&
	    (t->v[i].flags & (TF_CAP | TF_ALLCAPS));
}

static int
is_amp(const struct toks *t, size_t i)
{
	return i < t->n && t->v[i].type == TOK_PUNCT &&
	    t->v[i].e - t->v[i].s == 1 && t->text[t->v[i].s] == '&';
}

/* A verb form of a cue that is not also a noun: it ends a phrase. */
static int
is_verb(const struct toks *t, size_t i)
{
	const struct tok	*k = &t->v[i];

	if (!attrib_tok_is_word(t, i) || !(k->lx.cls & LX_VERB) ||
	    (k->cov & LX_NOUN) ||
	    (k->flags & TF_CAP) ||
	    !(k->lx.form & (VF_BASE | VF_3SG | VF_PAST | VF_ING)))
		return 0;
	/* "a project scientist", "the report date": a word between a
	 * determiner and a noun is no verb. */
	if (k->lx.form == VF_BASE && i > 0 && attrib_tok_is_word(t, i - 1) &&
	    (t->v[i - 1].lx.cls & LX_DET) && !(t->v[i - 1].lx.cls &
	    LX_PRONOUN) && attrib_tok_is_word(t, i + 1) &&
	    (t->v[i + 1].cov & LX_NOUN))
		return 0;
	return 1;
}

static int is_modifier(const struct toks *, size_t);

/* A subject pronoun: he, she, they, it. */
static int
is_article(const struct toks *t, size_t i)
{
	return attrib_tok_is(t, i, "the") || attrib_tok_is(t, i, "a") ||
	    attrib_tok_is(t, i, "an");
}

static int
is_pronoun(const struct toks *t, size_t i)
{
	return attrib_tok_is_word(t, i) && (t->v[i].lx.cls & LX_PRONOUN) &&
	    !(t->v[i].lx.flags & LF_OBJECT);
}

/* An object pronoun standing alone: "according to her". */
static int
is_obj_pronoun(const struct toks *t, size_t i)
{
	return attrib_tok_is_word(t, i) && (t->v[i].lx.cls & LX_PRONOUN) &&
	    (t->v[i].lx.flags & LF_OBJECT) && !(attrib_tok_is_word(t, i + 1) &&
	    is_modifier(t, i + 1));
}

/* Small words inside names: "of", "for", "and", "the", "de", "van"... */
static int
is_connector(const struct toks *t, size_t i)
{
	if (is_amp(t, i))
		return 1;
	return attrib_tok_is_word(t, i) && !(t->v[i].flags & TF_CAP) &&
	    (t->v[i].lx.cls & LX_CONNECTOR);
}

/* Whether word K is a capitalised compound that describes: "Geneva-based",
 * "Kremlin-backed", "Saudi-led" (its last part lower case, in -ed). */
static int
cap_compound(const struct toks *t, const struct tok *k)
{
	const char	*p = t->text + k->s, *e = t->text + k->be, *h;

	if (!(k->flags & TF_HYPHEN) || e - p < 5)
		return 0;
	for (h = e; h > p && h[-1] != '-'; h--)
		;
	return h > p && e - h >= 3 && *h >= 'a' && *h <= 'z' &&
	    e[-1] == 'd' && e[-2] == 'e';
}

int
attrib_np_name_tok(const struct toks *t, size_t i)
{
	const struct tok	*k;

	if (!attrib_tok_is_word(t, i))
		return 0;
	k = &t->v[i];
	if (k->flags & TF_ALLCAPS)
		return 1;
	if (!(k->flags & TF_CAP))
		return 0;
	if (k->cov & LX_NOTNAME)
		return 0;
	if (cap_compound(t, k))
		return 0;
	/* "Thursday", "May": a name only after a first name. */
	if ((k->lx.cls & LX_TIME) && !(i > 0 && is_cap(t, i - 1) &&
	    !(t->v[i - 1].cov & (LX_NOTNAME | LX_PREP | LX_TIME))))
		return 0;
	/* "Officials said", "Residents told", "Research published in":
	 * a common noun opening the sentence, unless another capital
	 * follows. */
	if ((k->flags & TF_FIRST) && (k->lx.cls & (LX_NOUN | LX_VERB)) &&
	    !(k->cov & (LX_PLACE | LX_HONORIFIC)) &&
	    !((k->cov & LX_ORGNAME) && (!attrib_tok_is_word(t, i + 1) ||
	    (attrib_tok_is_word(t, i + 1) &&
	    (t->v[i + 1].lx.cls & LX_CONNECTOR) &&
	    is_cap(t, i + 2)))) && !is_cap(t, i + 1))
		return 0;
	return 1;
}

/* Whether tokens I.. are "(ACRONYM)" or "(Capitalised Words)": returns
 * the index after ')' or I. */
static size_t
paren_group(const struct toks *t, size_t i)
{
	size_t	j;

	if (!attrib_tok_is_punct(t, i, '('))
		return i;
	for (j = i + 1; j < t->n && j < i + 8 && is_cap(t, j); j++)
		;
	return j > i + 1 && attrib_tok_is_punct(t, j, ')') ? j + 1 : i;
}

/* The '(' of the group ending with the ')' at I, or I. */
static size_t
paren_group_left(const struct toks *t, size_t lo, size_t i)
{
	size_t	j;

	if (!attrib_tok_is_punct(t, i, ')'))
		return i;
	for (j = i; j > lo && j + 8 > i && is_cap(t, j - 1); j--)
		;
	return j > lo && j < i && attrib_tok_is_punct(t, j - 1, '(') ?
	    j - 1 : i;
}

/* Whether a small word at J may join the name before it to the next:
 * "and" always ("Johnson & Johnson", "Snow and Ice Data Center"), the
 * others after one word or a body, place or title word, not after a
 * person ("Peter Smith of the University of Arizona"). Looks at the
 * NP_JOIN_BACK words before J only, so that it costs the same however
 * long the name. */
static int
joins_after(const struct toks *t, size_t j)
{
	size_t	k;

	if (is_amp(t, j) || attrib_tok_is(t, j, "and") ||
	    !(t->v[j].lx.cls & LX_PREP || is_article(t, j)))
		return 1;
	/* One word: "Confederation of British Industry", "Bank of". */
	if (j == 0 || !attrib_np_name_tok(t, j - 1))
		return 1;
	if (j < 2 || !attrib_np_name_tok(t, j - 2))
		return 1;
	/* The word just before: "Office for", "Secretary of", "Centers
	 * for Disease Control and Prevention"; not "Sen. Mark Ellison
	 * of Ohio". */
	k = j - 1;
	if (t->v[k].cov & (LX_ORGNAME | LX_ORG | LX_TITLE | LX_PLACEWORD |
	    LX_PLACE))
		return 1;
	/* "Bank of England Governor": after the connector the words of a
	 * body or office run on. */
	for (k = j; k > 0 && j - k < NP_JOIN_BACK; k--) {
		if (!attrib_np_name_tok(t, k - 1) && !is_connector(t, k - 1))
			break;
		if ((t->v[k - 1].cov & (LX_ORGNAME | LX_ORG)) &&
		    !(t->v[k - 1].cov & (LX_TITLE | LX_HONORIFIC)))
			return 1;
	}
	return 0;
}

size_t
attrib_np_name_end(const struct toks *t, size_t i)
{
	size_t	j = i, g;

	if (!attrib_np_name_tok(t, i))
		return i;
	for (j = i + 1; j < t->n; ) {
		if (t->v[j - 1].flags & TF_POSS)
			break;
		if (attrib_np_name_tok(t, j)) {
			j++;
			continue;
		}
		/* "Office for National Statistics", "University of Bern",
		 * "Secretary of State": small words join a name after a
		 * body or a title, not after a person ("Matthias Brenner
		 * of the University of Bern"). */
		if (!joins_after(t, j))
			break;
		if (is_connector(t, j) && attrib_np_name_tok(t, j + 1) &&
		    !(t->v[j + 1].flags & TF_FIRST)) {
			j += 2;
			continue;
		}
		if (is_connector(t, j) && is_connector(t, j + 1) &&
		    attrib_np_name_tok(t, j + 2)) {
			j += 3;
			continue;
		}
		break;
	}
	if ((g = paren_group(t, j)) != j && (t->v[j + 1].flags & TF_ALLCAPS))
		j = g;
	return j;
}

/* The first token of the name run ending at E (exclusive), not below LO;
 * E when there is none. */
static size_t
name_start(const struct toks *t, size_t lo, size_t e)
{
	size_t	i = e;

	while (i > lo) {
		if (attrib_np_name_tok(t, i - 1)) {
			i--;
			continue;
		}
		if (i < e && i - 1 > lo && is_connector(t, i - 1) &&
		    attrib_np_name_tok(t, i - 2) &&
		    joins_after(t, i - 1)) {
			i -= 2;
			continue;
		}
		if (i < e && i - 2 > lo && is_connector(t, i - 1) &&
		    is_connector(t, i - 2) && attrib_np_name_tok(t, i - 3) &&
		    joins_after(t, i - 2)) {
			i -= 3;
			continue;
		}
		break;
	}
	return i;
}

/* Whether token I is a word of a person's name: capitalised, and no
 * title, body, place or small word. */
static int
plain_name(const struct toks *t, size_t i)
{
	return attrib_np_name_tok(t, i) && !is_connector(t, i) &&
	    !(t->v[i].cov & (LX_ORGNAME | LX_ORG | LX_TITLE | LX_HONORIFIC |
	    LX_PLACE | LX_PLACEWORD | LX_DOC)) &&
	    !(t->v[i].flags & (TF_ALLCAPS | TF_POSS));
}

/* Where a person's name starts at the end of the name run N0..E that
 * holds a title or a body before it: at a given name ("...Enterprise
 * James Zhan"), or after a body or title word when two or three words
 * are left ("Acme Holdings chairman..."); N0 when none. */
static size_t
person_tail(const struct toks *t, size_t n0, size_t e)
{
	size_t	k = e, g;

	/* "Mervyn King": a title word last after a name is a surname. */
	if (k > n0 + 1 && (t->v[k - 1].cov & LX_TITLE) &&
	    plain_name(t, k - 2))
		k--;
	while (k > n0 && plain_name(t, k - 1))
		k--;
	if (k == e || k == n0)
		return n0;
	for (g = k; g + 1 < e; g++) {
		if (t->v[g].lx.cls & LX_GIVEN)
			return g;
	}
	if (e - k >= 2 && e - k <= 3 && (t->v[k - 1].cov & (LX_TITLE |
	    LX_HONORIFIC | LX_ORG | LX_ORGNAME)) && !is_connector(t, k - 1))
		return k;
	return n0;
}

/* Whether token I is a surname that could name a body, after a given
 * name and ending the name: "Michael Port", "Margaret Court". */
static int
is_surname(const struct toks *t, size_t i)
{
	return i > 0 && (t->v[i].lx.flags & LF_SURNAME) &&
	    attrib_tok_is_word(t, i - 1) && (t->v[i - 1].lx.cls & LX_GIVEN) &&
	    (t->v[i - 1].flags & TF_CAP) && !(t->v[i].flags & TF_ALLCAPS) &&
	    !(i + 1 < t->n && attrib_tok_is_word(t, i + 1) &&
	    ((t->v[i + 1].flags & TF_CAP) || attrib_tok_is(t, i + 1, "of")));
}

/* Whether token I names a body: "Fund", "Ministry", "Reuters". */
static int
is_body_word(const struct toks *t, size_t i)
{
	return attrib_tok_is_word(t, i) &&
	    (t->v[i].flags & (TF_CAP | TF_ALLCAPS)) &&
	    (t->v[i].cov & (LX_ORGNAME | LX_ORG)) &&
	    !(t->v[i].cov & (LX_TITLE | LX_HONORIFIC)) && !is_surname(t, i);
}

/* Whether one of tokens A..B-1 is one IS says. */
static int
any_tok(const struct toks *t, size_t a, size_t b,
    int (*is)(const struct toks *, size_t))
{
	size_t	i;

	for (i = a; i < b; i++) {
		if (is(t, i))
			return 1;
	}
	return 0;
}

enum attrib_kind
attrib_np_name_kind(const struct toks *t, size_t a, size_t b, int titled)
{
	size_t	i;

	if (titled)
		return ATTRIB_PERSON;
	for (i = a; i < b; i++) {
		if (attrib_tok_is_word(t, i) && (t->v[i].cov & LX_ORGNAME) &&
		    (t->v[i].flags & (TF_CAP | TF_ALLCAPS)) &&
		    !is_surname(t, i))
			return ATTRIB_ORG;
	}
	/* "Ellen Park", "Viktor Hall": a given name first. */
	if (b > a + 1 && (t->v[a].lx.cls & LX_GIVEN) &&
	    !(t->v[b - 1].flags & TF_ALLCAPS) &&
	    !attrib_tok_is_punct(t, b - 1, ')'))
		return ATTRIB_PERSON;
	/* "New Zealand Government": a body noun closing a longer name. */
	if (b > a + 1 && is_body_word(t, b - 1))
		return ATTRIB_ORG;
	if (b > a && (t->v[b - 1].flags & TF_ALLCAPS))
		return ATTRIB_ORG;
	if (b > a && (cov(t, b - 1) & (LX_PLACE | LX_PLACEWORD)))
		return ATTRIB_ORG;
	if (b > a && attrib_tok_is_punct(t, b - 1, ')'))
		return ATTRIB_ORG;
	/* "Moody's", "McDonald's": a name that ends in a possessive with no
	 * noun after it is a firm's, named after its founder. */
	if (b > a && (t->v[b - 1].flags & TF_POSS) && (b >= t->n ||
	    !attrib_tok_is_word(t, b) || attrib_tok_firm_verb(t, b)))
		return ATTRIB_ORG;
	return ATTRIB_PERSON;
}

/* Whether token I may stand before a head noun or a name, as a modifier
 * or a title: "ice center director", "the WHO's", "Geneva-based". */
static int
is_modifier(const struct toks *t, size_t i)
{
	uint32_t	c;

	if (i >= t->n)
		return 0;
	if (t->v[i].type == TOK_NUM)
		return 1;
	if (!attrib_tok_is_word(t, i))
		return 0;
	c = t->v[i].cov;
	/* "of the" inside "Chancellor of the Exchequer". */
	if ((c & LX_TITLE) && !(t->v[i].lx.cls & LX_TITLE))
		return 1;
	if (c & (LX_CLAUSE | LX_PREP | LX_AUX | LX_NEG | LX_PRONOUN |
	    LX_ADVERB) && !(c & (LX_NOUN | LX_HONORIFIC)) &&
	    !(t->v[i].flags & (TF_CAP | TF_ALLCAPS)))
		return 0;
	if ((c & LX_DET) && !(t->v[i].flags & TF_POSS))
		return 0;
	if ((c & LX_TIME) && !(c & LX_NOUN))
		return 0;
	if (is_verb(t, i))
		return 0;
	/* "sentenced former mayor Paul Girard": a lower-case -ed word is
	 * more often a verb than a title's modifier. */
	if (!(t->v[i].flags & (TF_CAP | TF_ALLCAPS)) && !(c & LX_NOUN) &&
	    t->v[i].be - t->v[i].s > 4 && t->text[t->v[i].be - 1] == 'd' &&
	    t->text[t->v[i].be - 2] == 'e')
		return 0;
	if ((t->v[i].flags & TF_CAP) && (c & LX_NOTNAME) &&
	    !(c & (LX_NOUN | LX_HONORIFIC)) && !(t->v[i].flags & TF_ALLCAPS))
		return 0;
	return 1;
}

/* The start of the modifiers before token I, not below LO. */
static size_t
modifiers_left(const struct toks *t, size_t lo, size_t i)
{
	size_t	g;

	while (i > lo) {
		if ((g = paren_group_left(t, lo, i - 1)) != i - 1) {
			i = g;
			continue;
		}
		if (is_amp(t, i - 1) && i - 1 > lo && is_cap(t, i - 2)) {
			i--;
			continue;
		}
		if (!is_modifier(t, i - 1))
			break;
		i--;
	}
	return i;
}

static int
is_definite(const struct toks *t, size_t i)
{
	return attrib_tok_is_word(t, i) && (t->v[i].lx.cls & LX_DET) &&
	    (t->v[i].lx.flags & LF_DEFINITE);
}

/* Steps back over the determiners before I, not below LO; sets
 * *DEFINITE when one of them is definite. */
static size_t
dets_left(const struct toks *t, size_t lo, size_t i, int *definite)
{
	while (i > lo && attrib_tok_is_word(t, i - 1) &&
	    (t->v[i - 1].lx.cls & LX_DET) &&
	    !(t->v[i - 1].flags & TF_POSS)) {
		if (is_definite(t, i - 1))
			*definite = 1;
		i--;
	}
	return i;
}

static int
role_has_title(const struct toks *t, size_t a, size_t b, int *gender)
{
	size_t	i;
	int	titled = 0;

	for (i = a; i < b; i++) {
		if (!attrib_tok_is_word(t, i))
			continue;
		if (t->v[i].cov & (LX_TITLE | LX_HONORIFIC))
			titled = 1;
		if (t->v[i].lx.flags & LF_FEMALE)
			*gender = 'f';
		else if (t->v[i].lx.flags & LF_MALE)
			*gender = 'm';
		if (t->v[i].mw && (t->v[i].mwlx.cls & LX_TITLE)) {
			titled = 1;
			if (t->v[i].mwlx.flags & LF_FEMALE)
				*gender = 'f';
			else if (t->v[i].mwlx.flags & LF_MALE)
				*gender = 'm';
		}
	}
	return titled;
}

static void
np_desc_kind(const struct toks *t, struct np *np)
{
	const struct tok	*h = &t->v[np->head];
	uint32_t		 c = h->cov & LX_NOUN;
	int			 plural = (h->lx.form & NF_PLURAL) &&
				     !(h->lx.form & NF_SING);

	np->hcls = c;
	np->hflags = h->lx.flags;
	np->hform = h->lx.form;
	if (c & LX_DOC)
		np->kind = ATTRIB_DOCUMENT;
	else if ((c & LX_ORG) && plural && !np->definite)
		np->kind = ATTRIB_UNNAMED;
	else if (c & LX_ORG)
		np->kind = ATTRIB_ORG;
	else if ((c & LX_PEOPLE) && (plural || !np->definite))
		np->kind = ATTRIB_UNNAMED;
	else if (c & LX_TITLE)
		np->kind = plural || !np->definite ? ATTRIB_UNNAMED :
		    ATTRIB_PERSON;
	else
		np->kind = ATTRIB_UNNAMED;
	if (h->lx.flags & LF_FEMALE)
		np->gender = 'f';
	else if (h->lx.flags & LF_MALE)
		np->gender = 'm';
}

/* The last possessive name before the head of a description: "the WHO's
 * official tally". Returns its end (after it) or 0. */
static size_t
possessor(const struct toks *t, size_t a, size_t head, size_t *pa)
{
	size_t	i;

	for (i = head; i > a; i--) {
		if ((t->v[i - 1].flags & TF_POSS) &&
		    attrib_np_name_tok(t, i - 1)) {
			*pa = name_start(t, a, i);
			if (*pa == i)
				*pa = i - 1;
			return i;
		}
	}
	return 0;
}

static int np_edge(const struct toks *, size_t, size_t, struct np *, int);

/* Whether token I is an age used as a noun: "45-year-old", not
 * "45-year-olds" (several people, unnamed as a description is). */
static int
year_old(const struct toks *t, size_t i)
{
	static const char	 suffix[] = "-year-old";
	size_t			 n = sizeof suffix - 1;

	return t->v[i].e - t->v[i].s > n && memcmp(t->text + t->v[i].e - n,
	    suffix, n) == 0;
}

/* A body or a document's author after an office, a people noun or a
 * document and a preposition: "a spokesman for the agency", "relief
 * officials in southern Africa", "a study of 12,400 adults". NP is the
 * phrase after the preposition at P; widens it or leaves it. */
static void
np_complement(const struct toks *t, size_t lo, size_t p, struct np *np)
{
	struct np	 head;
	int		 sing, agent, office;

	if (p <= lo || !attrib_tok_is_word(t, p) ||
	    !(t->v[p].lx.cls & LX_PREP) ||
	    !attrib_tok_is_word(t, p - 1) || !(t->v[p - 1].cov & LX_NOUN) ||
	    attrib_np_name_tok(t, p - 1) || (t->v[p].cov & LX_TITLE))
		return;
	if (!np_edge(t, lo, p, &head, 0) || head.type != NP_DESC)
		return;
	sing = !(head.hform & NF_PLURAL) || (head.hform & NF_SING);
	agent = attrib_tok_is(t, p, "by") || attrib_tok_is(t, p, "from") ||
	    (attrib_tok_is(t, p, "of") && np->kind == ATTRIB_ORG);
	office = attrib_tok_is(t, p, "for") || attrib_tok_is(t, p, "with") ||
	    attrib_tok_is(t, p, "at") || attrib_tok_is(t, p, "of") ||
	    attrib_tok_is(t, p, "from");
	if (((head.hcls & LX_DOC) && agent && np->type == NP_NAME) ||
	    (!(head.hcls & LX_DOC) && (head.hcls & (LX_TITLE | LX_PEOPLE)) &&
	    sing && office && np->kind == ATTRIB_ORG)) {
		/* "a report by Amnesty International", "a spokesman for
		 * the agency": the body (or author), the rest its role. */
		np->ra = head.sa;
		np->rb = p;
		np->a = head.a;
		np->doc = (head.hcls & LX_DOC) != 0;
		np->titled = (head.hcls & (LX_TITLE | LX_PEOPLE)) != 0;
		return;
	}
	/* Otherwise the whole phrase is the description: "officials at the
	 * ministry", "a study of 12,400 adults". */
	head.b = head.sb = np->b;
	head.ra = head.rb = 0;
	*np = head;
}

/* Makes NP the name SA..SB-1 of a KIND, with SB..B-1 its role: "the ILO
 * report", "UNHCR's spokesman". */
static void
np_named(struct np *np, size_t sa, size_t sb, size_t b, enum attrib_kind kind)
{
	np->type = NP_NAME;
	np->sa = sa;
	np->sb = sb;
	np->ra = sb;
	np->rb = b;
	np->kind = kind;
}

/*
 * The phrase ending at B (exclusive) and starting at LO or after:
 * a pronoun, a name with its title, or a description. With COMPLEMENT, a
 * phrase after a preposition is widened to the noun before it.
 */
static int
np_edge(const struct toks *t, size_t lo, size_t b, struct np *np,
    int complement)
{
	size_t	i, e, n0, ns, k, r, g, pa = 0, pe;
	int	title_end;

	memset(np, 0, sizeof *np);
	if (b <= lo)
		return 0;
	i = b - 1;
	if (is_pronoun(t, i)) {
		np->type = NP_PRONOUN;
		np->a = np->sa = i;
		np->b = np->sb = b;
		np->gender = (t->v[i].lx.flags & LF_FEMALE) ? 'f' :
		    (t->v[i].lx.flags & LF_MALE) ? 'm' : 0;
		return 1;
	}
	/* "the 45-year-old": a person named before. */
	if (t->v[i].type == TOK_NUM && year_old(t, i)) {
		np->type = NP_DESC;
		np->head = i;
		np->b = np->sb = b;
		r = modifiers_left(t, lo, i);
		np->a = np->sa = dets_left(t, lo, r, &np->definite);
		np->kind = np->definite ? ATTRIB_PERSON : ATTRIB_UNNAMED;
		np->hcls = LX_PEOPLE;
		np->hflags = LF_MALE | LF_FEMALE;
		np->hform = NF_SING;
		return 1;
	}
	e = b;
	if ((g = paren_group_left(t, lo, i)) != i)
		e = g;
	/* "the Ukrainian President": a title, not a name; but "Mervyn
	 * King", "Mr. King": a surname. */
	title_end = e > lo && (cov(t, e - 1) & LX_TITLE) &&
	    !(cov(t, e - 1) & (LX_ORGNAME | LX_ORG)) &&
	    !(t->v[e - 1].flags & TF_ALLCAPS) && !(e - 1 > lo &&
	    (plain_name(t, e - 2) || (cov(t, e - 2) & LX_HONORIFIC)));
	if (e > lo && attrib_np_name_tok(t, e - 1) && !title_end) {
		n0 = name_start(t, lo, e);
		/* After the last possessive before a person's name
		 * ("Ukraine's Zelensky", not "the Children's Fund"), then
		 * after the last title ("WIPO Deputy Director General
		 * Francis Gurry"). */
		ns = n0;
		for (k = e - 1; k > n0; k--) {
			if (is_body_word(t, k))
				break;
			if (t->v[k - 1].flags & TF_POSS) {
				ns = k;
				break;
			}
		}
		for (k = e - 1; k > ns; k--) {
			if (!(t->v[k - 1].cov & (LX_TITLE | LX_HONORIFIC)))
				continue;
			/* Split only before a person's name: "International
			 * Labor Organization" stays whole. */
			if (!is_connector(t, k) &&
			    !any_tok(t, k, e, is_body_word))
				ns = k;
			break;
		}
		/* "UNCTAD Director of the Division on Investment and
		 * Enterprise James Zhan": the person at the end. */
		if (ns == n0)
			ns = person_tail(t, n0, e);
		np->type = NP_NAME;
		np->sa = ns;
		np->sb = b;
		np->b = b;
		/* "UNCTAD's World Investment Report": a document by a body
		 * that the possessive names. */
		if (ns > n0 && (t->v[ns - 1].flags & TF_POSS) &&
		    (cov(t, e - 1) & LX_DOC)) {
			np->sa = n0;
			np->sb = ns;
			np->ra = ns;
			np->rb = e;
			np->a = dets_left(t, lo, n0, &np->definite);
			np->kind = attrib_np_name_kind(t, n0, ns, 0);
			np->doc = 1;
			return 1;
		}
		r = modifiers_left(t, lo, n0);
		np->ra = r;
		np->rb = ns;
		np->titled = role_has_title(t, r, ns, &np->gender);
		/* A role says who someone is: a word, not a number. */
		if (r == ns || !any_tok(t, r, ns, attrib_tok_is_word))
			np->ra = np->rb = ns;
		np->a = dets_left(t, lo, r, &np->definite);
		np->kind = attrib_np_name_kind(t, ns, e, np->titled);
		/* "the World Investment Report": a document's title. */
		if (!np->titled && (cov(t, e - 1) & LX_DOC) &&
		    !(cov(t, e - 1) & LX_ORGNAME) && e - ns > 1 &&
		    !any_tok(t, ns, e, is_body_word)) {
			np->kind = ATTRIB_DOCUMENT;
			np->doc = 1;
		}
		/* "the research firm Techscope". */
		if (np->ra < np->rb && !np->titled &&
		    (cov(t, np->rb - 1) & LX_ORG) &&
		    !(cov(t, np->rb - 1) & (LX_TITLE | LX_PEOPLE)))
			np->kind = ATTRIB_ORG;
		if (complement && np->a > lo)
			np_complement(t, lo, np->a - 1, np);
		return 1;
	}
	/* "the U.N. refugee agency (UNHCR)": the acronym names it, the
	 * description is its role. */
	if (e < b && e > lo && attrib_tok_is_word(t, e - 1) &&
	    (t->v[e - 1].cov &
	    LX_ORG) && (t->v[e + 1].flags & TF_ALLCAPS) &&
	    np_edge(t, lo, e, np, 0) && np->type == NP_DESC) {
		np->type = NP_NAME;
		np->ra = np->sa;
		np->rb = e;
		np->sa = e + 1;
		np->sb = e + 2;
		np->b = b;
		np->kind = ATTRIB_ORG;
		return 1;
	}
	if (!attrib_tok_is_word(t, i) || !(t->v[i].cov & LX_NOUN))
		return 0;
	np->type = NP_DESC;
	np->head = i;
	np->b = np->sb = b;
	r = modifiers_left(t, lo, i);
	np->a = dets_left(t, lo, r, &np->definite);
	np->sa = np->a;
	/* "its data", "their report": the body the pronoun stands for. */
	if (np->a < r && attrib_tok_is_word(t, np->a) &&
	    (t->v[np->a].lx.cls & LX_DET) &&
	    (t->v[np->a].lx.flags & LF_POSSESSIVE))
		np->owner = t->v[np->a].lx.flags & (LF_THING | LF_PLURAL);
	if ((pe = possessor(t, r, i, &pa)) != 0)
		np->definite = 1;
	np_desc_kind(t, np);
	/* "her department", "his spokesman", "her report": the person the
	 * pronoun stands for speaks through it. */
	if (np->a < r && attrib_tok_is_word(t, np->a) &&
	    (t->v[np->a].lx.cls & LX_DET) &&
	    (t->v[np->a].lx.flags & LF_POSSESSIVE) &&
	    ((np->hcls & (LX_ORG | LX_DOC)) || ((np->hcls & LX_TITLE) &&
	    (np->hflags & LF_FOR))))
		np->owner |= t->v[np->a].lx.flags & (LF_MALE | LF_FEMALE);
	np->doc = (np->hcls & LX_DOC) != 0;
	/* "the bank's own forecasts", "the ministry's spokesman": the body,
	 * named before. */
	if (pe == 0 && ((np->hcls & LX_DOC) || (np->hflags & LF_FOR))) {
		for (k = r; k < i; k++) {
			if ((t->v[k].flags & TF_POSS) &&
			    attrib_tok_is_word(t, k) &&
			    (t->v[k].lx.cls & LX_ORG) &&
			    !(t->v[k].flags & (TF_CAP | TF_ALLCAPS)) &&
			    np->definite) {
				np->ra = k + 1;
				np->rb = b;
				np->head = k;
				np->sb = k + 1;
				np->hform = t->v[k].lx.form;
				np->hflags = t->v[k].lx.flags;
				np->hcls = t->v[k].cov & LX_NOUN;
				np->kind = ATTRIB_ORG;
				np->doc = 1;
				return 1;
			}
		}
	}
	/* "the ILO report", "a UNICEF study", "a Gallup poll": the body
	 * behind it; a person's name with a given name ("the Sue Gray
	 * report"), the person. */
	if ((np->hcls & LX_DOC) && pe == 0 && i > r &&
	    attrib_np_name_tok(t, i - 1) && !(cov(t, i - 1) & LX_PLACE) &&
	    !((t->v[i - 1].flags & TF_FIRST) && (t->v[i - 1].lx.cls &
	    LX_ORG)) && !((t->v[i - 1].flags & TF_FIRST) &&
	    !(t->v[i - 1].flags & TF_ALLCAPS) &&
	    !(t->v[i - 1].cov & LX_ORGNAME))) {
		k = name_start(t, r, i);
		np_named(np, k, i, b, attrib_np_name_kind(t, k, i, 0));
		if (np->kind != ATTRIB_PERSON || i - k < 2 ||
		    !(t->v[k].lx.cls & LX_GIVEN))
			np->kind = ATTRIB_ORG;
		np->doc = 1;
		return 1;
	}
	/* "a Treasury spokesman": the body he speaks for. */
	if ((np->hflags & LF_FOR) && (np->hcls & LX_TITLE) && i > r &&
	    attrib_np_name_tok(t, i - 1) && pe == 0 &&
	    attrib_np_name_kind(t, name_start(t, r, i), i, 0) ==
	    ATTRIB_ORG) {
		np_named(np, name_start(t, r, i), i, b, ATTRIB_ORG);
		np->titled = 1;
		return 1;
	}
	if (pe != 0 && ((np->hcls & LX_DOC) || ((np->hflags & LF_FOR) &&
	    attrib_np_name_kind(t, pa, pe, 0) == ATTRIB_ORG))) {
		/* "the WHO's official tally", "UNHCR's spokesman": the
		 * body behind it. */
		np_named(np, pa, pe, b, attrib_np_name_kind(t, pa, pe, 0));
		return 1;
	}
	if (complement && np->a > lo)
		np_complement(t, lo, np->a - 1, np);
	return 1;
}

/* Whether the phrase from token I opens with a document: determiners,
 * then modifiers and nouns whose last is a document noun ("a new study",
 * "figures", not "the statistics office"). Returns the index after that
 * noun, or 0. */
static size_t
doc_head(const struct toks *t, size_t i, size_t b)
{
	size_t	j;

	while (i < b && attrib_tok_is_word(t, i) && (t->v[i].lx.cls & LX_DET) &&
	    !(t->v[i].flags & TF_POSS))
		i++;
	for (j = i; j < b && j < i + NP_DOC_WITHIN; j++) {
		if (!is_modifier(t, j) || (attrib_tok_is_word(t, j) &&
		    (t->v[j].cov & LX_AGENT) && j > i))
			break;
	}
	if (j == i || !attrib_tok_is_word(t, j - 1) ||
	    !(t->v[j - 1].cov & LX_DOC) ||
	    attrib_np_name_tok(t, j - 1))
		return 0;
	return j;
}

static int np_phrase(const struct toks *, size_t, size_t, struct np *);

/* The end of the words of time from I on, by B: "on Monday", "last
 * week", as a document's "a statement on Monday from the ministry". */
static size_t
time_end(const struct toks *t, size_t i, size_t b)
{
	size_t	e = i, j;

	for (j = i; j < b && j < i + NP_TIME_WORDS &&
	    attrib_tok_is_word(t, j) &&
	    (t->v[j].cov & (LX_TIME | LX_ADVERB | LX_PREP)); j++) {
		if (t->v[j].cov & LX_TIME)
			e = j + 1;
	}
	return e;
}

/* A document phrase A..B-1 with words after its noun: "figures released
 * today by the Office for National Statistics", "a new study of 12,400
 * adults in Denmark". */
static int
np_docphrase(const struct toks *t, size_t a, size_t b, struct np *np)
{
	struct np	 agent;
	size_t		 d, k;

	if ((d = doc_head(t, a, b)) == 0 || d >= b)
		return 0;
	for (k = d; k + 1 < b; k++) {
		if (!attrib_tok_is(t, k, "by") && !(k == time_end(t, d, b) &&
		    attrib_tok_is(t, k, "from")))
			continue;
		/* "results from the trial": a document is no author. */
		if (!np_phrase(t, k + 1, b, &agent) ||
		    agent.type == NP_PRONOUN || (agent.type == NP_DESC &&
		    (agent.hcls & LX_DOC)))
			break;
		attrib_np_author(t, &agent);
		*np = agent;
		/* The document is its role, not what was done to it:
		 * "a video analysed by researchers" is the researchers',
		 * role "video". */
		if (np->ra == np->rb) {
			np->ra = a;
			np->rb = d;
		}
		np->a = a;
		np->b = b;
		np->doc = 1;
		return 1;
	}
	if (!np_edge(t, a, d, np, 0))
		return 0;
	/* "A Gallup poll released on Tuesday": its author. */
	if (np->type == NP_NAME && np->doc && np->sa >= a) {
		np->b = b;
		return 1;
	}
	if (np->type != NP_DESC || np->kind != ATTRIB_DOCUMENT)
		return 0;
	np->b = np->sb = b;
	return 1;
}

/* The phrase that starts at A (after its determiners) and ends by B: the
 * longest that reads as one. */
static int
np_phrase(const struct toks *t, size_t a, size_t b, struct np *np)
{
	size_t	e, first = a;

	if (np_docphrase(t, a, b, np))
		return 1;
	while (first < b && attrib_tok_is_word(t, first) &&
	    (t->v[first].lx.cls & LX_DET) && !(t->v[first].flags & TF_POSS))
		first++;
	for (e = b; e > first; e--) {
		if (np_edge(t, a, e, np, 1) && np->a <= first &&
		    np->a >= a)
			return 1;
	}
	return 0;
}

/* Whether NP is a person's name standing alone. */
static int
np_person_name(const struct np *np)
{
	return np->type == NP_NAME && np->kind == ATTRIB_PERSON;
}

/* Whether "than" at I is the bound of a figure, "more than 20,000", not
 * a clause: a word of comparison before it, a figure after it. */
static int
bound_than(const struct toks *t, size_t i)
{
	return attrib_tok_is(t, i, "than") && i > 0 && i + 1 < t->n &&
	    t->v[i + 1].type == TOK_NUM && (attrib_tok_is(t, i - 1, "more") ||
	    attrib_tok_is(t, i - 1, "less") || attrib_tok_is(t, i - 1,
	    "fewer"));
}

/* The start of the subject ending at B: back to a boundary. */
static size_t
left_bound(const struct toks *t, size_t b)
{
	size_t		 i = b, g;
	uint32_t	 c;

	while (i > 0 && b - i < NP_LEFT_MAX) {
		const struct tok	*k = &t->v[i - 1];

		if (k->type == TOK_PUNCT) {
			if ((g = paren_group_left(t, 0, i - 1)) != i - 1) {
				i = g;
				continue;
			}
			if (is_amp(t, i - 1)) {
				i--;
				continue;
			}
			break;
		}
		if (k->type == TOK_QOPEN || k->type == TOK_QCLOSE)
			break;
		if (k->type == TOK_NUM) {
			i--;
			continue;
		}
		c = k->cov;
		if (c & LX_CLAUSE) {
			if (attrib_tok_is(t, i - 1, "and") && i >= 2 &&
			    attrib_np_name_tok(t, i - 2) &&
			    attrib_np_name_tok(t, i))
				i--;
			else if (bound_than(t, i - 1))
				i -= 2;
			else
				break;
			continue;
		}
		if ((c & (LX_AUX | LX_NEG)) && !(k->flags & TF_CAP))
			break;
		if (is_verb(t, i - 1))
			break;
		/* "her spokesman": a possessive, not "told her the plan". */
		if ((c & LX_PRONOUN) && i != b && !((k->lx.cls & LX_DET) &&
		    (k->lx.flags & LF_POSSESSIVE) && attrib_tok_is_word(t, i) &&
		    !(t->v[i].cov & LX_DET)))
			break;
		i--;
	}
	return i;
}

/* The subject ending at B with no aside: a document phrase from the
 * boundary, else the phrase at the edge. */
/* The noun before a trailing prepositional phrase of the subject ending
 * at B: "health officials in the province", "two people familiar with
 * the talks". */
static int
np_before_pp(const struct toks *t, size_t lb, size_t b, struct np *np)
{
	size_t	k, e;

	for (k = b - 1; k > lb && b - k < NP_ASIDE_MAX; k--) {
		if (!attrib_tok_is_word(t, k) || !(t->v[k].lx.cls & LX_PREP) ||
		    (t->v[k].flags & TF_CAP) || attrib_tok_is(t, k, "by"))
			continue;
		e = k;
		/* An adjective after the noun: "familiar", "close". */
		if (e - 1 > lb && attrib_tok_is_word(t, e - 1) &&
		    !(t->v[e - 1].cov &
		    (LX_NOUN | LX_CLAUSE | LX_PREP)) &&
		    !(t->v[e - 1].flags & (TF_CAP | TF_ALLCAPS)) &&
		    !np_edge(t, lb, e, np, 0))
			e--;
		if (!np_edge(t, lb, e, np, 0) || (np->a > lb &&
		    (cov(t, np->a - 1) & LX_PREP)))
			continue;
		if (np->type == NP_DESC) {
			np->b = np->sb = b;
			return 1;
		}
		/* "the National Hurricane Center in Miami": the body. */
		if (np->type == NP_NAME && np->kind == ATTRIB_ORG &&
		    np->b == k) {
			np->b = b;
			return 1;
		}
	}
	return 0;
}

/* The "who" or "which" of a relative clause that ends at B, when the
 * clause runs back past LB (the subject's boundary): "an official who
 * asked not to be named"; SIZE_MAX when none. */
static size_t
relative_before(const struct toks *t, size_t lb, size_t b)
{
	size_t	k;

	for (k = lb; k > 0 && b - k < NP_LEFT_MAX; k--) {
		if (!attrib_tok_is_word(t, k - 1))
			return SIZE_MAX;
		if (attrib_tok_is(t, k - 1, "who") ||
		    attrib_tok_is(t, k - 1, "which"))
			return k > 1 ? k - 1 : SIZE_MAX;
	}
	return SIZE_MAX;
}

/* The subject ending at B with no aside: a document phrase from the
 * boundary, else the phrase at the edge. */
static int
np_subject(const struct toks *t, size_t b, struct np *np)
{
	struct np	who;
	size_t		lb = left_bound(t, b), k;

	/* "The official who briefed reporters said": the phrase before
	 * the relative clause ("who", "which", or "that" before a verb). */
	if (lb > 1 && (attrib_tok_is(t, lb - 1, "who") ||
	    attrib_tok_is(t, lb - 1, "which") || (attrib_tok_is(t, lb - 1,
	    "that") && !is_modifier(t, lb) && !is_pronoun(t, lb) &&
	    !attrib_np_name_tok(t, lb) && !(cov(t, lb) & LX_DET)))) {
		if (np_edge(t, left_bound(t, lb - 1), lb - 1, np, 1) &&
		    np->type != NP_PRONOUN && np->b == lb - 1) {
			np->b = b;
			return 1;
		}
		return 0;
	}
	/* "A senior official who asked not to be named said". */
	if ((k = relative_before(t, lb, b)) != SIZE_MAX) {
		if (np_edge(t, left_bound(t, k), k, np, 1) &&
		    np->type != NP_PRONOUN && np->b == k) {
			np->b = b;
			return 1;
		}
		return 0;
	}
	if (np_docphrase(t, lb, b, np))
		return 1;
	if (!np_edge(t, lb, b, np, 1))
		return np_before_pp(t, lb, b, np);
	/* "the growth in patent filings by countries in northeast Asia
	 * confirms": a phrase after a preposition is no subject ("with X
	 * explaining" aside). */
	if (np->a > lb && attrib_tok_is_word(t, np->a - 1) &&
	    (t->v[np->a - 1].lx.cls & LX_PREP) &&
	    !(t->v[np->a - 1].flags & TF_CAP) &&
	    !(attrib_tok_is(t, np->a - 1, "with") && np->type == NP_NAME)) {
		/* "Peter Smith of the University of Arizona": the person,
		 * the body the role. */
		k = np->a - 1;
		if (np->type == NP_NAME && np->kind == ATTRIB_ORG &&
		    (attrib_tok_is(t, k, "of") || attrib_tok_is(t, k, "at") ||
		    attrib_tok_is(t, k, "from")) &&
		    np_edge(t, lb, k, &who, 0) && np_person_name(&who) &&
		    who.sb == k) {
			if (who.ra == who.rb) {
				who.ra = np->sa;
				who.rb = np->sb;
			}
			who.b = np->b;
			*np = who;
			return 1;
		}
		/* "Ministry of Health officials", "Port of Kelso
		 * officials": the people of the body the name before
		 * "of" begins, as "Pentagon officials". */
		if (np->type == NP_DESC && attrib_tok_is(t, k, "of") &&
		    np->sa == np->a && np->a < np->head &&
		    attrib_np_name_tok(t, np->a) &&
		    np_edge(t, lb, k, &who, 0) && who.type == NP_NAME &&
		    who.kind == ATTRIB_ORG && who.b == k && who.sa == who.a) {
			np->a = np->sa = who.a;
			return 1;
		}
		return np_before_pp(t, lb, b, np);
	}
	return 1;
}

void
attrib_np_author(const struct toks *t, struct np *np)
{
	if (np->type == NP_NAME && np->kind == ATTRIB_PERSON &&
	    np->sb - np->sa == 1 && np->ra == np->rb &&
	    !(t->v[np->sa].lx.cls & LX_GIVEN))
		np->kind = ATTRIB_ORG;
}

/* Whether A..B-1 is an aside that is no apposition: "however", "in a
 * statement", "63", "who resigned last week". */
/* Whether token I is neither a number nor an adverb. */
static int
not_adverbial(const struct toks *t, size_t i)
{
	return t->v[i].type != TOK_NUM && !(attrib_tok_is_word(t, i) &&
	    (t->v[i].cov & LX_ADVERB));
}

static int
aside_adverbial(const struct toks *t, size_t a, size_t b)
{
	uint32_t	c = cov(t, a);

	if (a >= b)
		return 1;
	if ((c & (LX_PREP | LX_ADVERB | LX_TIME | LX_AUX | LX_CLAUSE)) &&
	    !(c & (LX_NOUN | LX_DET)) && !attrib_np_name_tok(t, a))
		return 1;
	return !any_tok(t, a, b, not_adverbial);
}

/* Whether token I is a verb, or an auxiliary or a pronoun in lower case. */
static int
clause_word(const struct toks *t, size_t i)
{
	return attrib_tok_is_word(t, i) &&
	    (((t->v[i].cov & (LX_AUX | LX_PRONOUN)) &&
	    !(t->v[i].flags & (TF_CAP | TF_ALLCAPS))) || is_verb(t, i));
}

/* Whether A..B-1 holds a verb of its own: "announced that Kim has
 * given", not "based in Geneva". */
static int
aside_clause(const struct toks *t, size_t a, size_t b)
{
	return any_tok(t, a, b, clause_word);
}

static int
not_honorific(const struct toks *t, size_t i)
{
	return !attrib_tok_is_word(t, i) || !(t->v[i].lx.cls & LX_HONORIFIC);
}

/* Whether tokens A..B-1 are all honorifics: "Mr.", "Dr.". */
static int
only_honorifics(const struct toks *t, size_t a, size_t b)
{
	return !any_tok(t, a, b, not_honorific);
}

/* The better of a phrase and its apposition: the name is the source and
 * the description its role ("Vicky Redwood, chief UK economist at Capital
 * Economics"; "a spokesman for UNICEF, James Elder"). */
static void
np_apposition(const struct toks *t, const struct np *np1,
    const struct np *np2, struct np *out)
{
	/* "Jane Roe, a spokeswoman", "his party, the Democratic
	 * Alliance": the name is the source, the description its role. */
	if ((np_person_name(np2) && !np_person_name(np1)) ||
	    (np2->type == NP_NAME && np1->type == NP_DESC)) {
		*out = *np2;
		out->ra = np1->a;
		out->rb = np1->b;
		out->a = np1->a;
		if (np1->titled || (np1->type == NP_DESC &&
		    (np1->hcls & (LX_TITLE | LX_PEOPLE))))
			out->titled = 1;
		/* "The firm, Orvel": a body's name. */
		else if (np1->type == NP_DESC && (np1->hcls & LX_ORG) &&
		    np2->type == NP_NAME)
			out->kind = ATTRIB_ORG;
		return;
	}
	*out = *np1;
	out->b = np2->b;
	if (np1->type != NP_NAME || np_person_name(np2))
		return;
	/* "Dr. Sarah Okafor, the study's lead author": the apposition
	 * says more than "Dr.". */
	if (out->ra == out->rb || only_honorifics(t, out->ra, out->rb)) {
		out->ra = np2->a;
		out->rb = np2->b;
	}
	if (np2->type == NP_DESC && np1->kind == ATTRIB_PERSON &&
	    !np1->titled && !np2->titled) {
		if ((np2->hcls & LX_ORG) && !(np2->hcls & (LX_TITLE |
		    LX_PEOPLE)))
			out->kind = ATTRIB_ORG;
	}
}

int
attrib_np_name(const struct toks *t, size_t i, size_t end, struct np *np)
{
	size_t	lo = i > NP_ASIDE_MAX ? i - NP_ASIDE_MAX : 0;

	lo = left_bound(t, i) > lo ? left_bound(t, i) : lo;
	if (!np_edge(t, lo, end, np, 0) || np->type != NP_NAME ||
	    np->sa < i)
		return 0;
	return 1;
}

/* The end of the phrase before B over ages between commas: "Jane
 * Okafor, 34, " ends after "Okafor". */
static size_t
skip_ages(const struct toks *t, size_t b)
{
	int	n;

	for (n = 0; n < NP_ASIDES && b >= 3 && t->v[b - 1].type == TOK_NUM &&
	    attrib_tok_is_punct(t, b - 2, ','); n++)
		b -= 2;
	return b;
}

static int	np_aside_left(const struct toks *, size_t, int, struct np *);

int
attrib_np_left(const struct toks *t, size_t v, struct np *np)
{
	size_t		 b = v;
	uint32_t	 c;

	memset(np, 0, sizeof *np);
	while (b > 0 && attrib_tok_is_word(t, b - 1)) {
		c = t->v[b - 1].cov;
		if ((c & LX_NEG) && !(t->v[b - 1].flags & TF_CAP))
			return 0;
		if ((c & (LX_AUX | LX_ADVERB)) && !(c & LX_NOUN) &&
		    !(t->v[b - 1].flags & TF_CAP)) {
			b--;
			continue;
		}
		if ((t->v[b - 1].flags & TF_LY) && !(c & LX_NOUN)) {
			b--;
			continue;
		}
		/* "on Thursday", "last week", "in a statement". */
		if ((c & LX_TIME) && !(c & LX_NOUN) &&
		    !attrib_np_name_tok(t, b - 1)) {
			b--;
			continue;
		}
		/* "data published Friday showed": the participle tells of
		 * the document before it. */
		if ((c & LX_AGENT) && !(c & LX_NOUN) && b >= 2 &&
		    !(t->v[b - 1].flags & TF_CAP) &&
		    attrib_tok_is_word(t, b - 2) && (cov(t, b - 2) & LX_DOC)) {
			b--;
			continue;
		}
		break;
	}
	if (b == 0)
		return 0;
	return np_aside_left(t, b, 0, np);
}

/* The phrase ending at B, over an aside between commas before B
 * ("Jane Okafor, 34, a nurse from Lagos,"); DEPTH asides were passed
 * already. */
static int
np_aside_left(const struct toks *t, size_t b, int depth, struct np *np)
{
	struct np	 np1, np2;
	size_t		 j, c2, lb, k, by;
	int		 plain;

	memset(np, 0, sizeof *np);
	if (!attrib_tok_is_punct(t, b - 1, ',')) {
		if (!np_subject(t, b, np))
			return 0;
		/* "Peter Smith, a project scientist said": an apposition
		 * whose closing comma is missing. */
		if (np->type == NP_DESC && (np->hcls & (LX_TITLE | LX_PEOPLE)) &&
		    np->a >= 2 && attrib_tok_is_punct(t, np->a - 1, ',') &&
		    np_subject(t, np->a - 1, &np1) && np_person_name(&np1) &&
		    np1.b == np->a - 1) {
			np2 = *np;
			np_apposition(t, &np1, &np2, np);
		}
		return 1;
	}
	/* An aside between commas before the verb. */
	c2 = b - 1;
	for (j = c2; j > 0 && c2 - j < NP_ASIDE_MAX; j--) {
		if (t->v[j - 1].type == TOK_QOPEN ||
		    t->v[j - 1].type == TOK_QCLOSE)
			return 0;
		if (t->v[j - 1].type == TOK_PUNCT &&
		    !attrib_tok_is_punct(t, j - 1, '(') &&
		    !attrib_tok_is_punct(t, j - 1, ')') &&
		    !is_amp(t, j - 1))
			break;
	}
	if (j == 0 || !attrib_tok_is_punct(t, j - 1, ','))
		return 0;
	/* "The report, published by Greenwatch, found", "published
	 * Thursday by", "carried out by", a document's "by Greenwatch":
	 * the author. */
	if ((plain = attrib_tok_is(t, j, "by")))
		by = j;
	else {
		by = j + (t->v[j].mw > 1 && (t->v[j].mwlx.cls & LX_AGENT) ?
		    t->v[j].mw : 1);
		for (; by < c2 && by < j + 4 && attrib_tok_is_word(t, by) &&
		    !attrib_tok_is(t, by, "by") && (t->v[by].cov & (LX_TIME |
		    LX_ADVERB | LX_PREP)); by++)
			;
	}
	/* After a plain "by", only a name: "The figures, by age group,
	 * show" is no author. */
	if ((plain || (attrib_tok_is_word(t, j) &&
	    (t->v[j].cov & LX_AGENT))) &&
	    attrib_tok_is(t, by, "by") && np_subject(t, j - 1, &np1) &&
	    (!plain || np1.doc) &&
	    np_phrase(t, by + 1, c2, &np2) && np2.type != NP_PRONOUN &&
	    (!plain || np2.type == NP_NAME)) {
		*np = np2;
		attrib_np_author(t, np);
		if (np->ra == np->rb) {
			np->ra = np1.sa;
			np->rb = np1.sb;
		}
		np->a = np1.a;
		np->doc = np1.doc;
		return 1;
	}
	/* "however", "34": the phrase before it, which may have an aside
	 * of its own ("Jane Okafor, a nurse, 34,"). */
	if (aside_adverbial(t, j, c2)) {
		if (depth < NP_ASIDES && j > 1 &&
		    np_aside_left(t, j, depth + 1, np))
			return 1;
		return np_subject(t, skip_ages(t, j - 1), np);
	}
	/* "a neurologist who was not involved in the research": the
	 * phrase before its relative clause. */
	for (k = j + 1; k < c2; k++) {
		if (attrib_tok_is(t, k, "who") ||
		    attrib_tok_is(t, k, "which") ||
		    attrib_tok_is(t, k, "whose") ||
		    attrib_tok_is(t, k, "that")) {
			c2 = k;
			break;
		}
	}
	if (!np_phrase(t, j, c2, &np2) || np2.type == NP_PRONOUN ||
	    np2.b != c2) {
		/* "The agency, based in Geneva, said": an aside that is no
		 * noun phrase, unless it is a clause of its own. */
		if (aside_clause(t, j, c2))
			return 0;
		if (!np_subject(t, j - 1, np))
			return 0;
		/* "James Zhan, director of UNCTAD's investment division,":
		 * a description the lexicon does not wholly know is still
		 * the role of a name. */
		if (np_person_name(np) && (np->ra == np->rb ||
		    only_honorifics(t, np->ra, np->rb)) &&
		    (cov(t, j) & (LX_TITLE | LX_DET)) &&
		    !(cov(t, j) & (LX_PREP | LX_CLAUSE))) {
			np->ra = j;
			np->rb = c2;
		}
		return 1;
	}
	if (!np_subject(t, skip_ages(t, j - 1), &np1)) {
		/* "the harbour master, Lars Dahl, said": a name after a
		 * description the lexicon does not know. */
		if (!np_person_name(&np2))
			return 0;
		*np = np2;
		lb = left_bound(t, j - 1);
		if (lb < j - 1 && attrib_tok_is_word(t, lb) &&
		    (t->v[lb].lx.cls & LX_DET) &&
		    modifiers_left(t, lb, j - 1) <= lb + 1) {
			np->ra = lb;
			np->rb = j - 1;
			np->a = lb;
		}
		return 1;
	}
	np_apposition(t, &np1, &np2, np);
	return 1;
}

int
attrib_np_right(const struct toks *t, size_t i, struct np *np)
{
	struct np	 np2;
	size_t		 j = i, g, e;
	uint32_t	 c;
	int		 docmode = 0, adj = 0;

	memset(np, 0, sizeof *np);
	while (j < t->n && j - i < NP_RIGHT_MAX) {
		const struct tok	*k = &t->v[j];

		if (k->type == TOK_PUNCT) {
			if ((g = paren_group(t, j)) != j) {
				j = g;
				continue;
			}
			if (is_amp(t, j)) {
				j++;
				continue;
			}
			break;
		}
		if (k->type == TOK_QOPEN || k->type == TOK_QCLOSE)
			break;
		if (k->type == TOK_NUM) {
			j++;
			continue;
		}
		c = k->cov;
		if (j == i && (is_pronoun(t, j) || is_obj_pronoun(t, j))) {
			np->type = NP_PRONOUN;
			np->a = np->sa = j;
			np->b = np->sb = j + 1;
			np->gender = (k->lx.flags & LF_FEMALE) ? 'f' :
			    (k->lx.flags & LF_MALE) ? 'm' : 0;
			return 1;
		}
		if ((c & LX_CLAUSE) && !(c & LX_DET && j == i)) {
			if (attrib_tok_is(t, j, "and") && j > i &&
			    attrib_np_name_tok(t, j - 1) &&
			    attrib_np_name_tok(t, j + 1)) {
				j++;
				continue;
			}
			break;
		}
		if ((c & (LX_AUX | LX_NEG | LX_PRONOUN)) &&
		    !(k->flags & TF_CAP))
			break;
		if (is_verb(t, j) && !(c & LX_AGENT))
			break;
		if ((c & LX_PREP) && !(k->flags & TF_CAP)) {
			if (is_connector(t, j) && j > i &&
			    attrib_np_name_tok(t, j - 1) &&
			    (attrib_np_name_tok(t, j + 1) ||
			    (is_connector(t, j + 1) &&
			    attrib_np_name_tok(t, j + 2)))) {
				j++;
				continue;
			}
			if (docmode) {
				j++;
				continue;
			}
			/* "a person familiar with the talks", "sources close
			 * to the president". */
			if (j > i + 1 && attrib_tok_is_word(t, j - 1) &&
			    cov(t, j - 1) == 0 && !(t->v[j - 1].flags &
			    (TF_CAP | TF_ALLCAPS)) && (cov(t, j - 2) &
			    (LX_PEOPLE | LX_TITLE)) && !adj) {
				adj = 1;
				j++;
				continue;
			}
			if (j > i && (cov(t, j - 1) & (LX_TITLE | LX_PEOPLE |
			    LX_DOC)) && !attrib_np_name_tok(t, j - 1) &&
			    (attrib_tok_is(t, j, "of") ||
			    attrib_tok_is(t, j, "for") ||
			    attrib_tok_is(t, j, "at") ||
			    attrib_tok_is(t, j, "with") ||
			    attrib_tok_is(t, j, "from") ||
			    attrib_tok_is(t, j, "by"))) {
				j++;
				continue;
			}
			break;
		}
		if ((c & LX_TIME) && !(c & LX_NOUN) && !docmode)
			break;
		if ((c & LX_DOC) && !attrib_np_name_tok(t, j))
			docmode = 1;
		if ((c & LX_AGENT) && j > i)
			docmode = 1;
		j++;
	}
	if (j == i || !np_phrase(t, i, j, np))
		return 0;
	if (adj && np->type == NP_DESC && np->b < j &&
	    attrib_tok_is_word(t, np->b) && cov(t, np->b) == 0 &&
	    (cov(t, np->b + 1) & LX_PREP))
		np->b = np->sb = j;
	/* ", said Omar Haddad, a spokesman for the operator". */
	if (np->type != NP_PRONOUN && attrib_tok_is_punct(t, j, ',') &&
	    np->b == j) {
		for (e = j + 1; e < t->n && e - j <= NP_ASIDE_MAX &&
		    (t->v[e].type == TOK_WORD || t->v[e].type == TOK_NUM ||
		    is_amp(t, e) || attrib_tok_is_punct(t, e, '(') ||
		    attrib_tok_is_punct(t, e, ')')); e++)
			;
		if (e > j + 1 && !aside_adverbial(t, j + 1, e) &&
		    np_phrase(t, j + 1, e, &np2) && np2.type != NP_PRONOUN &&
		    np2.b == e) {
			struct np	np1 = *np;

			np_apposition(t, &np1, &np2, np);
		} else if (e > j + 1 && np_person_name(np) &&
		    np->ra == np->rb && (cov(t, j + 1) & (LX_TITLE | LX_DET)) &&
		    !(cov(t, j + 1) & (LX_PREP | LX_CLAUSE)) &&
		    !aside_clause(t, j + 1, e)) {
			/* "said Rhoda Kimani, a nurse at a clinic in
			 * Marsabit": the aside is her role. */
			np->ra = j + 1;
			np->rb = e;
		}
	}
	return 1;
}

int
attrib_np_clause(const struct toks *t, size_t i, struct np *np)
{
	size_t		 e;
	int		 head = 0;
	uint32_t	 c;

	memset(np, 0, sizeof *np);
	while (i < t->n && (t->v[i].type != TOK_WORD ||
	    (cov(t, i) & (LX_CLAUSE | LX_ADVERB) && !(cov(t, i) & LX_DET))))
		i++;
	if (i >= t->n)
		return 0;
	if (is_pronoun(t, i))
		return np_edge(t, i, i + 1, np, 0);
	for (e = i; e < t->n && e - i < NP_RIGHT_MAX; e++) {
		if (t->v[e].type == TOK_NUM)
			continue;
		if (!attrib_tok_is_word(t, e))
			break;
		c = t->v[e].cov;
		if (attrib_np_name_tok(t, e)) {
			head = 1;
			continue;
		}
		if (is_connector(t, e) && e > i &&
		    attrib_np_name_tok(t, e - 1) &&
		    attrib_np_name_tok(t, e + 1))
			continue;
		if ((c & LX_DET) && !head)
			continue;
		if (is_verb(t, e) || (c & (LX_AUX | LX_NEG | LX_ADVERB |
		    LX_CLAUSE | LX_PREP | LX_PRONOUN)))
			break;
		if (head && !(c & LX_NOUN))
			break;
		if (c & LX_NOUN)
			head = 1;
	}
	return e > i && np_phrase(t, i, e, np);
}
