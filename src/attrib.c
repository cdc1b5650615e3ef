/* attrib.c: who each sentence of an article attributes its content to. */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "attrib.h"
#include "attrib-int.h"
#include "segment.h"
#include "xmalloc.h"

/*
 * The pass reads the article once, sentence by sentence:
 *
 * 1. The sentence is split into tokens (attrib-tok.c); quotation marks
 *    are followed from sentence to sentence, and a quotation that is open
 *    at the end of a paragraph goes on only when the next paragraph opens
 *    with a quote mark (the way news writing runs one speaker's quote over
 *    paragraphs).
 * 2. Its names (outside quotations) are remembered as people and bodies,
 *    with their titles, for what follows.
 * 3. Its cues outside quotations are found in reading order (find_cues()
 *    says which), each with the phrase of its source (attrib-np.c). The
 *    first is the sentence's source: the outermost attribution, so that in
 *    "X said the report found..." X is the source, and a cue inside a
 *    quotation never steals the speaker.
 * 4. A pronoun, a description ("the agency", "the Ukrainian president")
 *    or a bare surname is resolved to the nearest compatible source or
 *    name before it (resolve()).
 * 5. The cue next to each quotation gives its speaker.
 *
 * Then a second walk gives every sentence that has no source of its own
 * and lies in a quotation that quotation's speaker: the tag may come in
 * any sentence of the quotation, or the quotation may go on a speaker's
 * earlier one in the paragraph or the paragraph before.
 *
 * Memory is bounded: ATTRIB_ENTS people and bodies, the last
 * ATTRIB_WINDOW sentences' names; so the pass is linear.
 */

#define ATTRIB_ENTS		64	/* people and bodies remembered */
#define ATTRIB_WINDOW		8	/* sentences whose names are kept */
#define ATTRIB_LOOKBACK		6	/* sentences a pronoun looks back */
#define ATTRIB_MENTIONS		16	/* names kept per sentence */
#define ATTRIB_CANDS		8	/* cues looked at per sentence */
#define ATTRIB_CLAUSE_MAX	30	/* tokens back to a clause's start */
#define ATTRIB_CALL_QUOTE	8	/* tokens from "called" to its quote */
#define ATTRIB_CLAUSE_WORDS	6	/* words a clause's subject may span */
#define ATTRIB_GENDER_WORDS	6	/* words from a name to "her", "his" */

struct entity {
	char		*name;		/* NULL: an empty slot */
	char		*alias;		/* the acronym given with it, or NULL */
	const char	*lastsp;	/* the last space of name, or NULL */
	uint32_t	 hname;		/* ent_hash() of name, 0: empty */
	uint32_t	 halias;	/* ent_hash() of alias, 0: none */
	char		 name0;		/* the first byte of name, and the */
	char		 last0;		/* one after lastsp: compared before
					   the names, without a cache miss */
	char		*role;		/* or NULL */
	enum attrib_kind kind;
	int		 gender;	/* 'm', 'f' or 0 */
	int		 doc;		/* it is, or spoke through, a
					   document */
	char		 docword[16];	/* the last such document's noun,
					   folded, or "" */
	uint32_t	 docsort;	/* the LF_DOCSORT flags of all */
	size_t		 last;		/* sentence of its last mention */
	unsigned	 id;		/* never 0 */
};

struct mention {
	unsigned	 id;		/* entity */
	size_t		 tok;		/* first token */
};

/* What is kept of one of the last sentences. */
struct slot {
	size_t		 index;		/* sentence number; SIZE_MAX: none */
	struct mention	 m[ATTRIB_MENTIONS];
	size_t		 nm;
	int		 credit;	/* "X reports for VOA": no names */
	char		*they;		/* the plural people who open it
					   ("The researchers ..."), for
					   "they" */
};

/* What the second walk needs of each sentence. */
struct sq {
	int		 q;		/* the quotation it lies in, or -1 */
	unsigned char	 quoted;	/* it lies mostly in it */
	unsigned char	 opens;		/* it opens its paragraph with it */
	unsigned char	 skip;		/* a byline, title or heading */
};

struct cand {
	enum attrib_cue	 cue;
	struct np	 np;
	size_t		 c0, c1;	/* tokens of the cue and its source */
	int		 weak;		/* a verb that says little of its own
					   ("recorded 40 cases", "added") */
};

struct pass {
	const struct attrib_lex	*lex;
	const struct sentence	*sent;
	size_t			 n;
	struct attribution	*out;
	struct toks		 t;
	struct quote_state	 qs;
	struct entity		 ents[ATTRIB_ENTS];
	unsigned		 next_id;
	struct slot		 win[ATTRIB_WINDOW];
	struct attribution	*qspk;		/* per quotation id */
	size_t			 nqspk;
	struct sq		*sq;
	size_t			 cur;		/* the sentence being read */
};

static const char *const kind_names[] = {
	NULL, "person", "organisation", "document", "unnamed"
};

static const char *const cue_names[] = {
	NULL, "say", "inverted", "according", "find", "passive",
	"participle", "colon", "naming", "quote"
};

const char *
attrib_kind_name(enum attrib_kind k)
{
	return (size_t)k < sizeof kind_names / sizeof kind_names[0] ?
	    kind_names[k] : NULL;
}

const char *
attrib_cue_name(enum attrib_cue c)
{
	return (size_t)c < sizeof cue_names / sizeof cue_names[0] ?
	    cue_names[c] : NULL;
}

void
attrib_clear(struct attribution *a)
{
	if (a == NULL)
		return;
	free(a->source);
	free(a->role);
	memset(a, 0, sizeof *a);
}

static void
attrib_copy(struct attribution *to, const struct attribution *from,
    enum attrib_cue cue)
{
	attrib_clear(to);
	to->source = from->source ? xstrdup(from->source) : NULL;
	to->role = from->role ? xstrdup(from->role) : NULL;
	to->kind = from->kind;
	to->cue = cue;
}

/*
 * Tokens and text.
 */

static int
is_quote(const struct toks *t, size_t i)
{
	return i < t->n && (t->v[i].type == TOK_QOPEN ||
	    t->v[i].type == TOK_QCLOSE);
}

static int
is_article(const struct toks *t, size_t i)
{
	return attrib_tok_is(t, i, "the") || attrib_tok_is(t, i, "a") ||
	    attrib_tok_is(t, i, "an");
}

/* The text of tokens A..B-1: leading articles and punctuation dropped,
 * trailing punctuation (not a closing bracket) and possessive too.
 * Allocated, or NULL when nothing is left. */
static char *
tok_text(const struct toks *t, size_t a, size_t b)
{
	size_t	end;

	while (a < b && (is_article(t, a) || (t->v[a].type != TOK_WORD &&
	    t->v[a].type != TOK_NUM)))
		a++;
	while (b > a && t->v[b - 1].type != TOK_WORD &&
	    t->v[b - 1].type != TOK_NUM && !attrib_tok_is_punct(t, b - 1, ')'))
		b--;
	if (a >= b)
		return NULL;
	end = t->v[b - 1].be;
	/* "analysts at Moody's, ...", "Moody's said": a possessive that
	 * ends the phrase with no noun after it is part of the name. */
	if ((t->v[b - 1].flags & TF_POSS) && (b >= t->n ||
	    t->v[b].type != TOK_WORD || attrib_tok_firm_verb(t, b)))
		end = t->v[b - 1].e;
	if (end <= t->v[a].s)
		return NULL;
	return xstrndup(t->text + t->v[a].s, end - t->v[a].s);
}

static int
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The text of a role, tokens A..B-1: as tok_text(), and "its", "his",
 * "her", "their" dropped too ("its general secretary"). */
static char *
role_text(const struct toks *t, size_t a, size_t b)
{
	while (a < b && attrib_tok_is_word(t, a) && (t->v[a].lx.cls & LX_DET) &&
	    (t->v[a].lx.flags & LF_POSSESSIVE))
		a++;
	return a < b ? tok_text(t, a, b) : NULL;
}

/* Whether the word W (LEN bytes) is a whole word of S, ignoring case. */
static int
has_word(const char *s, const char *w, size_t len)
{
	const char	*p;

	if (s == NULL || len == 0)
		return 0;
	for (p = s; *p != '\0'; p++) {
		if ((p == s || !is_alpha(p[-1])) &&
		    strncasecmp(p, w, len) == 0 && !is_alpha(p[len]))
			return 1;
	}
	return 0;
}

/* Whether every word of DESC is a word of NAME: "the labour office" says
 * nothing of the state labour office that its name does not. */
static int
words_within(const char *desc, const char *name)
{
	const char	*p, *q;

	for (p = desc; *p != '\0'; p = q) {
		while (*p != '\0' && !is_alpha(*p))
			p++;
		for (q = p; is_alpha(*q); q++)
			continue;
		if (q > p && !has_word(name, p, (size_t)(q - p)))
			return 0;
	}
	return 1;
}

/*
 * People and bodies named so far.
 */

static struct entity *
ent_by_id(struct pass *p, unsigned id)
{
	size_t	i;

	if (id == 0)
		return NULL;
	for (i = 0; i < ATTRIB_ENTS; i++) {
		if (p->ents[i].name != NULL && p->ents[i].id == id)
			return &p->ents[i];
	}
	return NULL;
}

/* A hash of the name S, never 0. */
static uint32_t
ent_hash(const char *s)
{
	uint32_t	h = 2166136261u;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h | 1;
}

/* The entity named or abbreviated NAME, or NULL. */
static struct entity *
ent_by_name(struct pass *p, const char *name)
{
	uint32_t	h = ent_hash(name);
	size_t		i;

	for (i = 0; i < ATTRIB_ENTS; i++) {
		if ((p->ents[i].hname == h &&
		    strcmp(p->ents[i].name, name) == 0) ||
		    (p->ents[i].halias == h &&
		    strcmp(p->ents[i].alias, name) == 0))
			return &p->ents[i];
	}
	return NULL;
}

/* The person most recently named whose first or last name is W. */
static struct entity *
ent_by_short(struct pass *p, const char *w)
{
	struct entity	*best = NULL, *e;
	const char	*sp;
	size_t		 i, len = strlen(w);

	for (i = 0; i < ATTRIB_ENTS; i++) {
		e = &p->ents[i];
		if (e->name == NULL || e->kind != ATTRIB_PERSON ||
		    (sp = e->lastsp) == NULL)
			continue;
		if ((e->last0 != w[0] || strcmp(sp + 1, w) != 0) &&
		    !((len == 0 || e->name0 == w[0]) &&
		    strncmp(e->name, w, len) == 0 &&
		    e->name[len] == ' '))
			continue;
		if (best == NULL || e->last > best->last)
			best = e;
	}
	return best;
}

/* The body named before whose name is W and more words, the last a
 * body's ("Velmar" for Velmar Pharmaceuticals), the latest; NULL when
 * none. */
static struct entity *
ent_by_first(struct pass *p, const char *w)
{
	struct entity	*best = NULL, *e;
	struct lex_info	 info;
	const char	*q;
	size_t		 i, len = strlen(w);

	for (i = 0; i < ATTRIB_ENTS; i++) {
		e = &p->ents[i];
		if (e->name == NULL || e->kind != ATTRIB_ORG ||
		    e->name0 != w[0] || strncmp(e->name, w, len) != 0 ||
		    e->name[len] != ' ')
			continue;
		q = e->lastsp != NULL ? e->lastsp + 1 : "";
		if (!attrib_lex_word(p->lex, q, strlen(q), &info) ||
		    !(info.cls & LX_ORGNAME))
			continue;
		if (best == NULL || e->last > best->last)
			best = e;
	}
	return best;
}

static void
ent_clear(struct entity *e)
{
	free(e->name);
	free(e->alias);
	free(e->role);
	memset(e, 0, sizeof *e);
}

/* The sex the given name of the person NAME ("Anne Parker") is mostly
 * given to, as the lexicon's [given] section says: 'm', 'f', or 0 when it
 * does not say or the name is one word. */
static int
given_gender(const struct attrib_lex *lex, const char *name)
{
	struct lex_info	 info;
	const char	*sp;
	uint32_t	 f;

	if ((sp = strchr(name, ' ')) == NULL ||
	    !attrib_lex_word(lex, name, (size_t)(sp - name), &info) ||
	    !(info.cls & LX_GIVEN))
		return 0;
	f = info.flags & (LF_MALE | LF_FEMALE);
	return f == LF_FEMALE ? 'f' : f == LF_MALE ? 'm' : 0;
}

/* Adds or refreshes the entity NAME; returns its id. */
static unsigned
ent_add(struct pass *p, const char *name, const char *role,
    enum attrib_kind kind, int gender, int doc)
{
	struct entity	*e;
	const char	*paren;
	size_t		 i, oldest = 0;

	if (name == NULL || kind == ATTRIB_NONE || kind == ATTRIB_UNNAMED)
		return 0;
	if ((e = ent_by_name(p, name)) == NULL) {
		for (i = 0; i < ATTRIB_ENTS; i++) {
			if (p->ents[i].name == NULL) {
				oldest = i;
				break;
			}
			if (p->ents[i].last < p->ents[oldest].last)
				oldest = i;
		}
		e = &p->ents[oldest];
		ent_clear(e);
		e->name = xstrdup(name);
		/* "Office for National Statistics (ONS)": ONS too. */
		if ((paren = strrchr(name, '(')) != NULL && paren > name &&
		    name[strlen(name) - 1] == ')') {
			e->alias = xstrndup(paren + 1, strlen(paren) - 2);
			e->name[paren - name - (paren[-1] == ' ')] = '\0';
		}
		e->lastsp = strrchr(e->name, ' ');
		e->hname = ent_hash(e->name);
		e->halias = e->alias != NULL ? ent_hash(e->alias) : 0;
		e->name0 = e->name[0];
		e->last0 = e->lastsp != NULL ? e->lastsp[1] : '\0';
		e->kind = kind;
		e->id = ++p->next_id;
	}
	if (role != NULL && e->role == NULL)
		e->role = xstrdup(role);
	if (gender)
		e->gender = gender;
	else if (e->gender == 0 && kind == ATTRIB_PERSON)
		e->gender = given_gender(p->lex, e->name);
	e->doc |= doc;
	if (kind == ATTRIB_PERSON || kind == ATTRIB_ORG)
		e->kind = kind;
	e->last = p->cur;
	return e->id;
}

static struct slot *
slot_of(struct pass *p, size_t i)
{
	struct slot	*s = &p->win[i % ATTRIB_WINDOW];

	return s->index == i ? s : NULL;
}

static void
slot_mention(struct pass *p, unsigned id, size_t tok)
{
	struct slot	*s = &p->win[p->cur % ATTRIB_WINDOW];
	size_t		 k;

	if (id == 0 || s->nm == ATTRIB_MENTIONS)
		return;
	for (k = 0; k < s->nm; k++) {
		if (s->m[k].id == id)
			return;
	}
	s->m[s->nm].id = id;
	s->m[s->nm].tok = tok;
	s->nm++;
}

/* The sex a pronoun just after a name tells: "Ana Ruiz and her husband",
 * "Tom Hale, who said he"; 0 when none comes before another name. */
static int
gender_after(const struct toks *t, size_t i)
{
	size_t	j;

	for (j = i; j < t->n && j < i + ATTRIB_GENDER_WORDS; j++) {
		if (!attrib_tok_is_word(t, j))
			continue;
		if (attrib_np_name_tok(t, j))
			return 0;
		if ((t->v[j].lx.cls & LX_PRONOUN) || ((t->v[j].lx.cls &
		    LX_DET) && (t->v[j].lx.flags & LF_POSSESSIVE))) {
			if (t->v[j].lx.flags & LF_FEMALE)
				return 'f';
			if (t->v[j].lx.flags & LF_MALE)
				return 'm';
		}
	}
	return 0;
}

/* The office an apposition after a name at END gives: "Sarah Cole, the
 * company's founder, spoke"; allocated, or NULL. */
static char *
apposition_role(const struct toks *t, size_t end)
{
	struct np	ap;
	size_t		h;

	if (!attrib_tok_is_punct(t, end, ',') ||
	    !attrib_np_right(t, end + 1, &ap) ||
	    (ap.b < t->n && !attrib_tok_is_punct(t, ap.b, ',') &&
	    !attrib_tok_is_punct(t, ap.b, '.') &&
	    !attrib_tok_is(t, ap.b, "who")))
		return NULL;
	/* "a surgeon at Hillcrest Hospital who ...": read as the body's
	 * name, but a title opens it. */
	for (h = ap.a; h < ap.b && is_article(t, h); h++)
		;
	if (ap.type == NP_NAME && h < ap.b && attrib_tok_is_word(t, h) &&
	    (t->v[h].cov & LX_TITLE) && !(t->v[h].flags & TF_CAP))
		return role_text(t, ap.a, ap.b);
	if (ap.type != NP_DESC || !(ap.hcls & (LX_TITLE | LX_PEOPLE)))
		return NULL;
	return role_text(t, ap.a, ap.b);
}

/* Whether the role of NP is only honorifics: "Mr.", "Dr.". */
static int
only_honorific_text(const struct pass *p, const struct np *np)
{
	size_t	i;

	for (i = np->ra; i < np->rb; i++) {
		if (!attrib_tok_is_word(&p->t, i) ||
		    !(p->t.v[i].lx.cls & LX_HONORIFIC))
			return 0;
	}
	return np->ra < np->rb;
}

/* Remembers the names of the sentence outside quotations. */
static void
read_names(struct pass *p)
{
	const struct toks	*t = &p->t;
	struct entity		*e;
	struct np		 np;
	size_t			 i, end;
	char			*name, *role, *ap;
	unsigned		 id;
	int			 doc;

	for (i = 0; i < t->n; i = end > i ? end : i + 1) {
		end = i;
		if ((t->v[i].flags & TF_INQ) || !attrib_np_name_tok(t, i))
			continue;
		end = attrib_np_name_end(t, i);
		if (end <= i)
			continue;
		/* A place is no speaker, nor is a time. */
		if (t->v[end - 1].cov & (LX_PLACE | LX_PLACEWORD | LX_TIME) &&
		    !(t->v[end - 1].cov & LX_ORGNAME) &&
		    !(t->v[end - 1].flags & TF_ALLCAPS))
			continue;
		if (!attrib_np_name(t, i, end, &np))
			continue;
		if ((name = tok_text(t, np.sa, np.sb)) == NULL)
			continue;
		/* A single word opening the sentence is a name only when
		 * known ("Madoff swindled", "Greenpeace published"; not
		 * "Floods and rains"). */
		if (np.sb - np.sa == 1 && (t->v[np.sa].flags & TF_FIRST) &&
		    !(t->v[np.sa].cov & LX_ORGNAME) &&
		    !(t->v[np.sa].flags & TF_ALLCAPS) &&
		    ent_by_name(p, name) == NULL &&
		    ent_by_short(p, name) == NULL) {
			free(name);
			continue;
		}
		if (np.sb - np.sa == 1 && (e = ent_by_short(p, name)) != NULL) {
			e->last = p->cur;
			slot_mention(p, e->id, i);
			free(name);
			continue;
		}
		role = np.ra < np.rb ? tok_text(t, np.ra, np.rb) : NULL;
		/* "Dr. Helen Park, a cardiologist at ...": the apposition
		 * says more than an honorific. */
		if ((role == NULL || only_honorific_text(p, &np)) &&
		    np.kind == ATTRIB_PERSON &&
		    (ap = apposition_role(t, end)) != NULL) {
			free(role);
			role = ap;
		}
		doc = 0;
		/* "a report by Amnesty International": later "the report"
		 * is theirs. */
		if ((i >= 2 && (attrib_tok_is(t, i - 1, "by") ||
		    attrib_tok_is(t, i - 1, "from")) &&
		    (t->v[i - 2].cov & LX_DOC)) || (i >= 3 &&
		    is_article(t, i - 1) && (attrib_tok_is(t, i - 2, "by") ||
		    attrib_tok_is(t, i - 2, "from")) &&
		    (t->v[i - 3].cov & LX_DOC)))
			doc = 1;
		id = ent_add(p, name, role, np.kind, np.kind == ATTRIB_PERSON &&
		    !np.gender ? gender_after(t, end) : np.gender, doc);
		slot_mention(p, id, i);
		free(name);
		free(role);
	}
}

static int	resolve_desc(struct pass *, const struct np *, const char *,
		    struct attribution *);

/* Remembers what opens the sentence: plural people, for a later "they";
 * a body or a document named by a description ("The report was
 * released on Tuesday."), for a later "it" or "the report". */
static void
read_subject(struct pass *p)
{
	const struct toks	*t = &p->t;
	struct slot		*s = &p->win[p->cur % ATTRIB_WINDOW];
	struct attribution	 a;
	struct entity		*e;
	struct np		 np;
	char			*text;
	unsigned		 id;

	if (t->n == 0 || (t->v[0].flags & TF_INQ) || t->v[0].type == TOK_QOPEN)
		return;
	if (!attrib_np_clause(t, 0, &np) || np.type != NP_DESC)
		return;
	if (np.kind == ATTRIB_UNNAMED && (np.hform & NF_PLURAL) &&
	    !(np.hform & NF_SING)) {
		s->they = tok_text(t, np.sa, np.sb);
		return;
	}
	/* Only once the sentence's own source is known: "The ministry
	 * said" is not "the ministry" named before. */
	if (p->out[p->cur].source != NULL || !np.definite ||
	    (np.hform & NF_PLURAL) || (np.kind != ATTRIB_ORG &&
	    np.kind != ATTRIB_DOCUMENT) ||
	    (text = tok_text(t, np.sa, np.sb)) == NULL)
		return;
	/* "The agency raised its alert level": the agency named before,
	 * if there is one. */
	memset(&a, 0, sizeof a);
	if (resolve_desc(p, &np, text, &a)) {
		e = ent_by_name(p, a.source);
		attrib_clear(&a);
		if (e != NULL) {
			e->last = p->cur;
			slot_mention(p, e->id, np.sa);
		}
		free(text);
		return;
	}
	attrib_clear(&a);
	id = ent_add(p, text, NULL, np.kind, 0, np.kind == ATTRIB_DOCUMENT);
	slot_mention(p, id, np.sa);
	free(text);
}

/*
 * Resolution.
 */

/* Whether A can stand for the pronoun of gender/flags PF. */
static int
pron_fits(uint32_t pf, enum attrib_kind kind, int gender, int plural)
{
	if (pf & (LF_MALE | LF_FEMALE)) {
		if (kind != ATTRIB_PERSON)
			return 0;
		/* Both: any person ("the 45-year-old"). */
		if (gender == 0 || (pf & (LF_MALE | LF_FEMALE)) ==
		    (LF_MALE | LF_FEMALE))
			return 1;
		return (pf & LF_FEMALE) ? gender == 'f' : gender == 'm';
	}
	if (pf & LF_ANY)
		return kind == ATTRIB_ORG;
	if (pf & LF_THING)
		return kind == ATTRIB_ORG || kind == ATTRIB_DOCUMENT;
	if (pf & LF_PLURAL)
		return kind == ATTRIB_ORG || (kind == ATTRIB_UNNAMED &&
		    plural);
	return 0;
}

static int
text_plural(const char *s)
{
	size_t	n = s ? strlen(s) : 0;

	return n > 1 && s[n - 1] == 's' && s[n - 2] != 's';
}

/* The entity's attribution. */
static void
ent_attrib(const struct entity *e, struct attribution *a)
{
	attrib_clear(a);
	a->source = xstrdup(e->name);
	a->role = e->role ? xstrdup(e->role) : NULL;
	a->kind = e->kind;
}

/* Resolves a pronoun with flags PF used at token TOK: the nearest
 * compatible source or name, looking back ATTRIB_LOOKBACK sentences.
 * Returns 1 and fills *A, or 0. */
static int
resolve_pronoun(struct pass *p, uint32_t pf, size_t tok,
    struct attribution *a)
{
	struct slot		*s;
	struct entity		*e;
	const struct attribution *o;
	size_t			 j, k, back;

	for (back = 0; back <= ATTRIB_LOOKBACK && back <= p->cur; back++) {
		j = p->cur - back;
		if ((s = slot_of(p, j)) == NULL || s->credit)
			continue;
		o = &p->out[j];
		if (back > 0 && o->source != NULL && pron_fits(pf, o->kind,
		    (e = ent_by_name(p, o->source)) ? e->gender : 0,
		    text_plural(o->source))) {
			attrib_copy(a, o, CUE_NONE);
			return 1;
		}
		if (back > 0 && s->they != NULL && (pf & LF_PLURAL) &&
		    !(pf & LF_THING)) {
			attrib_clear(a);
			a->source = xstrdup(s->they);
			a->kind = ATTRIB_UNNAMED;
			return 1;
		}
		for (k = 0; k < s->nm; k++) {
			if (back == 0 && s->m[k].tok >= tok)
				break;
			if ((e = ent_by_id(p, s->m[k].id)) == NULL)
				continue;
			if (pron_fits(pf, e->kind, e->gender, 0)) {
				ent_attrib(e, a);
				return 1;
			}
		}
	}
	return 0;
}

/* "The ministry raised taxes, its spokesman said": the body or document
 * that opens the sentence, before pronoun PF at token TOK, is whose. The
 * names of the sentence are mentions already; a description is not until
 * the sentence is read. Returns 1 and fills *A, or 0. */
static int
own_subject(struct pass *p, uint32_t pf, size_t tok, struct attribution *a)
{
	const struct toks	*t = &p->t;
	struct np		 sub;
	char			*text;

	if (t->n == 0 || (t->v[0].flags & TF_INQ) ||
	    t->v[0].type == TOK_QOPEN || !attrib_np_clause(t, 0, &sub) ||
	    sub.type != NP_DESC || sub.b > tok || !sub.definite ||
	    (sub.hform & NF_PLURAL) || !pron_fits(pf, sub.kind, 0, 0) ||
	    (text = tok_text(t, sub.sa, sub.sb)) == NULL)
		return 0;
	memset(a, 0, sizeof *a);
	/* "The agency": the agency named before, if there is one. */
	if (resolve_desc(p, &sub, text, a)) {
		free(text);
		return 1;
	}
	attrib_clear(a);
	a->source = text;
	a->kind = sub.kind;
	return 1;
}

/* Whether entity E fits the description whose head word is W (LEN
 * bytes): its name or role holds the word. */
static int
ent_fits_head(const struct entity *e, const char *w, size_t len)
{
	return has_word(e->name, w, len) || has_word(e->role, w, len);
}

/* The number of capitalised words of DESC that E's name or role holds:
 * "Ukrainian president" prefers the Ukrainian one. */
static int
ent_score(const struct entity *e, const char *desc)
{
	const char	*p = desc, *q;
	int		 n = 0;

	while (*p != '\0') {
		while (*p == ' ')
			p++;
		for (q = p; *q != '\0' && *q != ' '; q++)
			;
		if (q > p && *p >= 'A' && *p <= 'Z' &&
		    (has_word(e->name, p, q - p) ||
		    has_word(e->role, p, q - p)))
			n++;
		p = q;
	}
	return n;
}

/* Whether the description NP can stand for a body named before: no
 * modifier, or only capitalised ones ("the group", "the Geneva-based
 * group"), not "the statistics agency", which names a new one. Words
 * that the body's name holds are checked by the caller. */
static int
generic_desc(const struct toks *t, const struct np *np)
{
	size_t	i;

	for (i = np->sa; i < np->head; i++) {
		if (!attrib_tok_is_word(t, i) || is_article(t, i))
			continue;
		if (!(t->v[i].flags & (TF_CAP | TF_ALLCAPS)))
			return 0;
	}
	return 1;
}

/* Whether the body S (a source's text) may be the one the description NP
 * stands for by its kind alone: a body with a name ("the bank" after
 * JPMorgan), or one described with the same head word ("the agency"
 * after "the agency"); "the bank" is not "the agency" said just before. */
static int
body_named_or_same(const struct toks *t, const struct np *np, const char *s)
{
	const struct tok	*h = &t->v[np->head];
	const char		*q;

	if (s == NULL)
		return 0;
	for (q = s; *q != '\0'; q++) {
		if (*q >= 'A' && *q <= 'Z')
			return 1;
	}
	return has_word(s, t->text + h->s, h->be - h->s);
}

/* Whether what LEX knows of a word or phrase is an [orgname] entry with
 * FLAG. */
static int
orgname_flag(const struct lex_info *info, uint32_t flag)
{
	return (info->cls & LX_ORGNAME) && (info->flags & flag);
}

/* Whether a word or a phrase of the name S is one [orgname] gives FLAG:
 * "The Guardian" holds an +outlet word, "Acme Corp." a +business one,
 * "the United Nations" an +official phrase. */
static int
name_has(const struct attrib_lex *lex, const char *s, uint32_t flag)
{
	struct lex_info	 info;
	const char	*w[8], *q, *e;
	size_t		 len[8], n = 0, i;

	for (q = s; *q != '\0' && n < 8; q = e) {
		while (*q != '\0' && !is_alpha(*q))
			q++;
		for (e = q; is_alpha(*e) || *e == '.'; e++)
			;
		if (e == q)
			break;
		w[n] = q;
		len[n++] = (size_t)(e - q);
	}
	for (i = 0; i < n; i++) {
		if (attrib_lex_word(lex, w[i], len[i], &info) &&
		    orgname_flag(&info, flag))
			return 1;
		/* "Corp." is known with its point, "Acme." is not. */
		if (w[i][len[i] - 1] == '.' && len[i] > 1 &&
		    attrib_lex_word(lex, w[i], len[i] - 1, &info) &&
		    orgname_flag(&info, flag))
			return 1;
		if (attrib_lex_phrase(lex, w + i, len + i, n - i, &info) > 0 &&
		    orgname_flag(&info, flag))
			return 1;
	}
	return 0;
}

/* Whether the business the description NP names ("the retailer", "the
 * bank") cannot be the body S, whose name holds the word of a public body
 * that the head is not: "the retailer" is not the Department of Health. */
static int
firm_clash(const struct pass *p, const struct np *np, const char *s)
{
	const struct toks	*t = &p->t;
	const struct tok	*h = &t->v[np->head];
	struct lex_info		 info;
	const char		*w, *e;

	if (s == NULL || !(np->hflags & LF_FIRM) ||
	    has_word(s, t->text + h->s, h->be - h->s))
		return 0;
	if (name_has(p->lex, s, LF_OFFICIAL))
		return 1;
	for (w = s; *w != '\0'; w = e) {
		while (*w != '\0' && !is_alpha(*w))
			w++;
		for (e = w; is_alpha(*e); e++)
			;
		if (e > w && *w >= 'A' && *w <= 'Z' &&
		    attrib_lex_word(p->lex, w, (size_t)(e - w), &info) &&
		    (info.cls & LX_ORG) && !(info.flags & LF_ANY))
			return 1;
	}
	return 0;
}

/* Whether a modifier of the description NP is a word of S: "the U.N.
 * food agency" and the World Food Program. */
static int
desc_overlap(const struct toks *t, const struct np *np, const char *s)
{
	size_t	i;

	for (i = np->sa; i < np->head; i++) {
		if (attrib_tok_is_word(t, i) && !is_article(t, i) &&
		    has_word(s, t->text + t->v[i].s, t->v[i].be - t->v[i].s))
			return 1;
	}
	return 0;
}

/* Whether word I has a capital inside: "iPhone", "eBay". */
static int
inner_cap(const struct toks *t, size_t i)
{
	size_t	j;

	for (j = t->v[i].s + 1; j < t->v[i].be; j++) {
		if (t->text[j] >= 'A' && t->text[j] <= 'Z')
			return 1;
	}
	return 0;
}

/* Whether word I ends as an adjective does: "environmental",
 * "electronic", "innovative", "famous", "monetary". */
static int
adjective_ending(const struct toks *t, size_t i)
{
	static const char *const ends[] = {
		"al", "ic", "ive", "ous", "ary", "ful", "ian", "ese", "ish"
	};
	const char	*w = t->text + t->v[i].s;
	size_t		 n = t->v[i].be - t->v[i].s, k, m;

	for (k = 0; k < sizeof ends / sizeof ends[0]; k++) {
		m = strlen(ends[k]);
		if (n > m + 2 && strncmp(w + n - m, ends[k], m) == 0)
			return 1;
	}
	return 0;
}

/* Whether the lower-case modifiers of the description NP only describe
 * a body named just before ("the environmental group", "the iPhone
 * maker", "the news agency", "the supermarket chain"): adjectives,
 * words the lexicon does not know, or a phrase the head closes. */
static int
loose_desc(const struct toks *t, const struct np *np)
{
	size_t	i;

	for (i = np->sa; i < np->head; i++) {
		if (!attrib_tok_is_word(t, i) || is_article(t, i) ||
		    (t->v[i].flags & (TF_CAP | TF_ALLCAPS)))
			continue;
		if (t->v[i].mw && i + t->v[i].mw == np->head + 1)
			continue;
		if (inner_cap(t, i) || adjective_ending(t, i) ||
		    t->v[i].cov == 0)
			continue;
		return 0;
	}
	return 1;
}

/* The nearest entity before token TOK that FITS with CTX, looking back
 * ATTRIB_LOOKBACK sentences: each sentence's source, then its names in
 * order; NULL when none. */
static struct entity *
ent_near(struct pass *p, size_t tok, size_t lookback,
    int (*fits)(const struct entity *, const void *), const void *ctx)
{
	struct slot	*s;
	struct entity	*e;
	size_t		 j, k, back;

	for (back = 0; back <= lookback && back <= p->cur; back++) {
		j = p->cur - back;
		if ((s = slot_of(p, j)) == NULL || s->credit)
			continue;
		if (back > 0 && p->out[j].source != NULL &&
		    (e = ent_by_name(p, p->out[j].source)) != NULL &&
		    fits(e, ctx))
			return e;
		for (k = 0; k < s->nm; k++) {
			if (back == 0 && s->m[k].tok >= tok)
				break;
			if ((e = ent_by_id(p, s->m[k].id)) != NULL &&
			    fits(e, ctx))
				return e;
		}
	}
	return NULL;
}

struct titled_ctx {
	const struct toks	*t;
	const struct np		*np;
};

/* Whether E is a person with an office that the description in CTX
 * may stand for: "the U.N. chief" for the U.N. secretary-general. */
static int
fits_titled(const struct entity *e, const void *v)
{
	const struct titled_ctx	*c = v;

	return e->kind == ATTRIB_PERSON && e->role != NULL &&
	    (desc_overlap(c->t, c->np, e->role) ||
	    desc_overlap(c->t, c->np, e->name));
}

/* Whether E is a body or a person that put out a document of the sort
 * the description in CTX names. */
static int
fits_author(const struct entity *e, const void *v)
{
	const struct titled_ctx	*c = v;
	const struct tok	*h = &c->t->v[c->np->head];
	size_t			 n = h->be - h->s, m = strlen(e->docword);

	if (!e->doc || (e->kind != ATTRIB_ORG && e->kind != ATTRIB_PERSON))
		return 0;
	/* "The study" is the report put out before, not the statement:
	 * the same noun, or one of the same sort; a noun of no sort
	 * ("document", "video") may be either. */
	if (m == 0 || !(h->lx.flags & LF_DOCSORT) || e->docsort == 0 ||
	    (h->lx.flags & e->docsort & LF_DOCSORT))
		return 1;
	if (n > m && c->t->text[h->s + n - 1] == 's')
		n--;
	if (m > n && e->docword[m - 1] == 's')
		m--;
	return n == m && strncasecmp(c->t->text + h->s, e->docword, n) == 0;
}

/* Whether E is a body whose name holds the word in CTX: "a hospital
 * spokeswoman" speaks for Bayview Hospital. */
static int
fits_body_word(const struct entity *e, const void *v)
{
	const struct titled_ctx	*c = v;
	const struct tok	*k = &c->t->v[c->np->head];

	return e->kind == ATTRIB_ORG && has_word(e->name, c->t->text + k->s,
	    k->be - k->s);
}

struct body_ctx {
	const struct attrib_lex	*lex;
	uint32_t		 want;		/* LF_OUTLET: a news outlet */
	uint32_t		 not;		/* LF_BUSINESS, LF_OFFICIAL */
};

/* Whether E is a body of the sort in CTX: its name holds a word of the
 * sort it wants, and none of those it does not. */
static int
fits_sort(const struct entity *e, const void *v)
{
	const struct body_ctx	*c = v;

	return e->kind == ATTRIB_ORG &&
	    (c->want == 0 || name_has(c->lex, e->name, c->want)) &&
	    (c->not == 0 || !name_has(c->lex, e->name, c->not));
}

/* The body the description NP (a generic head, +any) may stand for:
 * the nearest one named before, of the sort its head names: "the
 * newspaper" a news outlet (else a body that is no business nor public
 * body: an outlet the lexicon does not know), "the agency" no business.
 * Returns 1 and fills *A, or 0. */
static int
near_body(struct pass *p, const struct np *np, struct attribution *a)
{
	struct body_ctx	 bc = { .lex = p->lex };
	struct entity	*e = NULL;

	if (np->hflags & LF_MEDIA) {
		bc.want = LF_OUTLET;
		if ((e = ent_near(p, np->a, ATTRIB_LOOKBACK, fits_sort,
		    &bc)) == NULL) {
			bc.want = 0;
			bc.not = LF_BUSINESS | LF_OFFICIAL;
		}
	} else if (np->hflags & LF_PUBLIC)
		bc.not = LF_BUSINESS;
	else
		return resolve_pronoun(p, LF_ANY, np->a, a);
	if (e == NULL && (e = ent_near(p, np->a, ATTRIB_LOOKBACK, fits_sort,
	    &bc)) == NULL)
		return 0;
	ent_attrib(e, a);
	return 1;
}

/* "the team", "the researchers": the plural people who opened one of
 * the last sentences, or were their source. */
static int
resolve_people(struct pass *p, struct attribution *a)
{
	struct slot	*s;
	size_t		 j, back;

	for (back = 1; back <= ATTRIB_LOOKBACK / 2 && back <= p->cur;
	    back++) {
		j = p->cur - back;
		if ((s = slot_of(p, j)) == NULL || s->credit)
			continue;
		if (p->out[j].source != NULL &&
		    p->out[j].kind == ATTRIB_UNNAMED &&
		    text_plural(p->out[j].source)) {
			attrib_copy(a, &p->out[j], CUE_NONE);
			return 1;
		}
		if (s->they != NULL) {
			attrib_clear(a);
			a->source = xstrdup(s->they);
			a->kind = ATTRIB_UNNAMED;
			return 1;
		}
	}
	return 0;
}

/* Whether a participle in an aside after the description NP describes
 * it: "The study, published in The Lancet, found": a document the
 * sentence brings in, not one named before. */
static int
described_anew(const struct toks *t, const struct np *np)
{
	size_t	i = np->sb;

	if (i < np->b && attrib_tok_is_punct(t, i, ','))
		i++;
	else if (i + 1 < t->n && attrib_tok_is_punct(t, i, ','))
		i++;
	else
		return 0;
	return attrib_tok_is_word(t, i) && !(t->v[i].flags & TF_CAP) &&
	    ((t->v[i].cov & LX_AGENT) || (t->v[i].lx.form & VF_PART));
}

/* Whether word I only describes a body, saying nothing of which one it
 * is: "the new ministry", "the government agency", "the embattled
 * ministry", "the state-run agency". */
static int
describing_word(const struct toks *t, size_t i)
{
	static const char *const words[] = {
		"new", "old", "same", "former", "top", "main", "local",
		"government", "country", "nation", "world", "big", "small",
		"private", "official", "powerful", "influential", "ruling",
		"opposition"
	};
	/* "embattled", "independent", "regulatory", "accountable" */
	static const char *const ends[] = {
		"ed", "ing", "ent", "ant", "ory", "ible", "able", "less"
	};
	const char	*w = t->text + t->v[i].s;
	size_t		 n = t->v[i].be - t->v[i].s, k, m;

	for (k = 0; k < sizeof words / sizeof words[0]; k++) {
		if (attrib_tok_is(t, i, words[k]))
			return 1;
	}
	for (k = 0; k < sizeof ends / sizeof ends[0]; k++) {
		m = strlen(ends[k]);
		if (n > m + 2 && strncmp(w + n - m, ends[k], m) == 0)
			return 1;
	}
	/* "state-run", "Kremlin-backed" */
	return memchr(w, '-', n) != NULL;
}

/* Whether the description NP names another body than E by a word of
 * its own: "the labour ministry" after "the state transport ministry",
 * "the statistics agency" after the Environmental Protection Agency. A
 * noun in lower case before the head says which body; an adjective
 * ("the federal agency") or a name ("the Geneva-based group") may only
 * describe the same one. */
static int
other_domain(const struct toks *t, const struct np *np,
    const struct entity *e)
{
	size_t	i, n;
	const char	*w;

	for (i = np->sa; i < np->head; i++) {
		if (!attrib_tok_is_word(t, i) || is_article(t, i) ||
		    (t->v[i].flags & (TF_CAP | TF_ALLCAPS)) ||
		    (t->v[i].lx.cls & ~(LX_NOUN | LX_ORGNAME)) != 0 ||
		    adjective_ending(t, i) || describing_word(t, i))
			continue;
		w = t->text + t->v[i].s;
		n = t->v[i].be - t->v[i].s;
		if (!has_word(e->name, w, n) && !has_word(e->role, w, n))
			return 1;
	}
	return 0;
}

/* Resolves the description NP (text DESC): "the president", "the
 * ministry", "the agency", "the report". Returns 1 and fills *A. */
static int
resolve_desc(struct pass *p, const struct np *np, const char *desc,
    struct attribution *a)
{
	const struct toks	*t = &p->t;
	const struct tok	*h = &t->v[np->head];
	struct entity		*e, *best = NULL;
	const char		*w = t->text + h->s;
	size_t			 len = h->be - h->s, i;
	int			 sc, bestsc = -1, other = 0;
	enum attrib_kind	 want;
	struct titled_ctx	 tc;

	if (np->kind == ATTRIB_UNNAMED)
		return 0;
	/* Indefinite, it brings in a new one: "a report", and "A study" at
	 * the start of a sentence too. */
	if (!np->definite && (!(t->v[np->a].flags & TF_CAP) ||
	    attrib_tok_is(t, np->a, "a") || attrib_tok_is(t, np->a, "an")))
		return 0;
	want = np->kind == ATTRIB_DOCUMENT ? ATTRIB_NONE : np->kind;
	/* Plural head: match the singular in names ("the ministries"). */
	if ((h->lx.form & NF_PLURAL) && !(h->lx.form & NF_SING))
		return 0;
	for (i = 0; i < ATTRIB_ENTS; i++) {
		e = &p->ents[i];
		if (e->name == NULL)
			continue;
		if (want != ATTRIB_NONE && e->kind != want)
			continue;
		if (want == ATTRIB_NONE && !e->doc)
			continue;
		if (!ent_fits_head(e, w, len))
			continue;
		if (other_domain(t, np, e)) {
			other = 1;
			continue;
		}
		sc = ent_score(e, desc);
		if (sc > bestsc || (sc == bestsc && e->last > best->last)) {
			best = e;
			bestsc = sc;
		}
	}
	/* "The statistics agency" after the Environmental Protection
	 * Agency: a body of its own, not the one before of any sort. */
	if (best == NULL && other)
		return 0;
	if (best == NULL && np->kind == ATTRIB_ORG && (np->hflags & LF_ANY)) {
		/* "the group", "the U.N. food agency": the nearest body,
		 * if the words fit it; "the supermarket chain", one named
		 * in the last sentences. "The newspaper" passes over the
		 * bodies that are no news outlet, "the agency" over the
		 * businesses. */
		if (near_body(p, np, a) &&
		    body_named_or_same(t, np, a->source) &&
		    !firm_clash(p, np, a->source) &&
		    (generic_desc(t, np) || desc_overlap(t, np, a->source) ||
		    desc_overlap(t, np, a->role) || (loose_desc(t, np) &&
		    (e = ent_by_name(p, a->source)) != NULL &&
		    e->last + 2 >= p->cur))) {
			if (a->role == NULL && strchr(desc, ' ') != NULL &&
			    !words_within(desc, a->source))
				a->role = xstrdup(desc);
			return 1;
		}
		attrib_clear(a);
		return 0;
	}
	/* "the team": the researchers named before. */
	if (best == NULL && np->kind == ATTRIB_ORG &&
	    (np->hflags & LF_PEOPLE))
		return resolve_people(p, a);
	if (best == NULL && np->kind == ATTRIB_PERSON) {
		/* "the 45-year-old": the nearest person. */
		if ((np->hflags & (LF_MALE | LF_FEMALE)) ==
		    (LF_MALE | LF_FEMALE))
			return resolve_pronoun(p, LF_MALE | LF_FEMALE, np->a,
			    a);
		/* "the U.N. chief": the nearest person whose office
		 * shares the words. */
		tc.t = t;
		tc.np = np;
		if ((best = ent_near(p, np->a, ATTRIB_LOOKBACK, fits_titled,
		    &tc)) == NULL)
			return 0;
	}
	/* "the report", "the data": of the body that put out a document
	 * in the last sentences; not one the sentence describes anew ("The
	 * study, published in The Lancet, found"). */
	tc.t = t;
	tc.np = np;
	if (best == NULL && np->kind == ATTRIB_DOCUMENT && np->definite &&
	    !described_anew(t, np) &&
	    (best = ent_near(p, np->a, ATTRIB_LOOKBACK / 2, fits_author,
	    &tc)) != NULL) {
		ent_attrib(best, a);
		free(a->role);
		a->role = role_text(t, np->sa, np->sb);
		return 1;
	}
	if (best == NULL)
		return 0;
	ent_attrib(best, a);
	if (a->role == NULL && strchr(desc, ' ') != NULL &&
	    !words_within(desc, a->source))
		a->role = xstrdup(desc);
	return 1;
}

/* The body named before that the description NP speaks for: "a
 * hospital spokeswoman", "the bank's spokesman" when a bank's name holds
 * the word; NULL when none. */
static struct entity *
spokesman_body(struct pass *p, const struct np *np)
{
	const struct toks	*t = &p->t;
	struct np		 m = *np;
	struct titled_ctx	 tc;
	size_t			 i;

	if (!(np->hflags & LF_FOR) || !(np->hcls & LX_TITLE))
		return NULL;
	for (i = np->sa; i < np->head; i++) {
		if (!attrib_tok_is_word(t, i) || !(t->v[i].cov & LX_ORG) ||
		    (t->v[i].flags & (TF_CAP | TF_ALLCAPS)))
			continue;
		m.head = i;
		tc.t = t;
		tc.np = &m;
		return ent_near(p, np->a, ATTRIB_LOOKBACK, fits_body_word, &tc);
	}
	return NULL;
}

/* Whether a word of tokens [A, B) is a body's ([orgname]): "Harlow
 * Securities". */
static int
any_orgname(const struct toks *t, size_t a, size_t b)
{
	for (; a < b; a++) {
		if (attrib_tok_is_word(t, a) && (t->v[a].cov & LX_ORGNAME))
			return 1;
	}
	return 0;
}

/* Whether the role in tokens [A, B) is a person's: its first noun is an
 * office or one of the people ("an analyst at the firm", not "a maker
 * of chips"). */
static int
person_role(const struct toks *t, size_t a, size_t b)
{
	for (; a < b; a++) {
		if (!attrib_tok_is_word(t, a) || !(t->v[a].cov & LX_NOUN))
			continue;
		return (t->v[a].cov & (LX_TITLE | LX_PEOPLE)) &&
		    !(t->v[a].cov & LX_ORG);
	}
	return 0;
}

/* The attribution of candidate C: its words, resolved. Returns 1 and
 * fills *A, or 0 when it names no one. */
static int
resolve(struct pass *p, const struct cand *c, struct attribution *a)
{
	const struct toks	*t = &p->t;
	const struct np		*np = &c->np;
	struct entity		*e;
	char			*text, *role;
	int			 docrole, person;

	memset(a, 0, sizeof *a);
	if (np->type == NP_PRONOUN) {
		if (!resolve_pronoun(p, t->v[np->sa].lx.flags, np->sa, a))
			return 0;
		a->cue = c->cue;
		return 1;
	}
	if ((text = tok_text(t, np->sa, np->sb)) == NULL)
		return 0;
	if (np->type == NP_DESC && (e = spokesman_body(p, np)) != NULL) {
		/* "a hospital spokeswoman": Bayview Hospital's. */
		free(text);
		ent_attrib(e, a);
		free(a->role);
		a->role = tok_text(t, np->head, np->head + 1);
		a->cue = c->cue;
		return 1;
	}
	/* "Her spokesman": hers, before any spokesman named before. */
	person = (np->owner & (LF_MALE | LF_FEMALE)) != 0;
	if (np->type == NP_DESC && !person && resolve_desc(p, np, text, a)) {
		free(text);
		/* "a spokesperson for the department": the office. */
		if (np->ra < np->rb) {
			free(a->role);
			a->role = role_text(t, np->ra, np->rb);
		}
		a->cue = c->cue;
		return 1;
	}
	if (np->owner != 0 && (own_subject(p, np->owner, np->a, a) ||
	    resolve_pronoun(p, np->owner, np->a, a))) {
		/* "its data": the body's, the document its role. */
		free(a->role);
		a->role = role_text(t, np->sa, np->sb);
		a->cue = c->cue;
		free(text);
		return 1;
	}
	/* "Her office" with no woman named before: the office. */
	if (person && np->sa + 1 < np->sb) {
		free(text);
		if ((text = tok_text(t, np->sa + 1, np->sb)) == NULL)
			return 0;
	}
	a->source = text;
	a->role = np->ra < np->rb ? role_text(t, np->ra, np->rb) : NULL;
	a->kind = np->kind;
	/* "said Dr. Helen Park, a cardiologist at ...": the apposition says
	 * more than the honorific. A person's document ("research by Maria
	 * Lopez") is no office: the apposition, else no role. */
	docrole = np->doc && np->ra < np->rb &&
	    (t->v[np->rb - 1].cov & LX_DOC);
	if (np->type == NP_NAME && np->kind == ATTRIB_PERSON &&
	    (a->role == NULL || docrole || only_honorific_text(p, np))) {
		role = apposition_role(t, np->doc ? np->sb : np->b);
		if (role != NULL || docrole) {
			free(a->role);
			a->role = role;
		}
	}
	/* "said Jen Park, an analyst": a person, though "Park" reads as a
	 * place; not a body whose name says it is one. */
	if (np->type == NP_NAME && np->kind == ATTRIB_ORG && !np->doc &&
	    np->sb - np->sa >= 2 && np->ra >= np->sb && np->ra < np->rb &&
	    !any_orgname(t, np->sa, np->sb) && person_role(t, np->ra, np->rb))
		a->kind = ATTRIB_PERSON;
	/* "the official" named nowhere before: one of the unnamed. */
	if (np->type == NP_DESC && a->kind == ATTRIB_PERSON &&
	    (np->hcls & LX_PEOPLE))
		a->kind = ATTRIB_UNNAMED;
	a->cue = c->cue;
	if (np->type == NP_NAME && np->sb - np->sa == 1 &&
	    (e = ent_by_short(p, text)) != NULL) {
		/* "Chan" after "Margaret Chan". */
		free(a->source);
		a->source = xstrdup(e->name);
		a->kind = e->kind;
		/* "Mr. Edwards": the role given before says more. */
		if (e->role != NULL && (a->role == NULL ||
		    only_honorific_text(p, np))) {
			free(a->role);
			a->role = xstrdup(e->role);
		}
	} else if (np->type == NP_NAME && np->sb - np->sa == 1 &&
	    a->kind == ATTRIB_PERSON && !np->titled && a->role == NULL &&
	    (e = ent_by_first(p, text)) != NULL) {
		/* "Velmar" after "Velmar Pharmaceuticals": the body. */
		a->kind = ATTRIB_ORG;
	} else if (np->type == NP_NAME && (e = ent_by_name(p, text)) != NULL &&
	    !np->titled) {
		/* A body once is a body: the words around one mention may
		 * show it when another's do not. */
		if (e->kind == ATTRIB_ORG || np->kind == ATTRIB_ORG)
			e->kind = a->kind = ATTRIB_ORG;
	}
	if (a->role != NULL && strcasecmp(a->role, a->source) == 0) {
		free(a->role);
		a->role = NULL;
	}
	return 1;
}

/*
 * Cues.
 */

/* Adds a cue and its source, keeping the list in the order the cues
 * and their sources start: the outermost attribution first. */
static void
cand_add(const struct toks *t, struct cand *c, size_t *nc,
    enum attrib_cue cue, const struct np *np, size_t c0, size_t c1)
{
	struct cand	 k;
	size_t		 i;

	if (*nc == ATTRIB_CANDS || np->type == NP_NONE)
		return;
	/* "No group has claimed", "none of the officials said": no one. */
	for (i = np->a > 0 ? np->a - 1 : 0; i <= np->sa && i < t->n; i++) {
		if (attrib_tok_is(t, i, "no") || attrib_tok_is(t, i, "none") ||
		    attrib_tok_is(t, i, "nobody") ||
		    attrib_tok_is(t, i, "neither"))
			return;
	}
	k.cue = cue;
	k.np = *np;
	k.weak = 0;
	k.c0 = c0 < np->a ? c0 : np->a;
	k.c1 = c1 > np->b ? c1 : np->b;
	for (i = *nc; i > 0 && c[i - 1].c0 > k.c0; i--)
		c[i] = c[i - 1];
	c[i] = k;
	(*nc)++;
}

static int
is_be(const struct toks *t, size_t i)
{
	return attrib_tok_is_word(t, i) && (t->v[i].lx.cls & LX_AUX) &&
	    (t->v[i].lx.flags & LF_BE);
}

/* The word before I, over adverbs and times; I when none. */
static size_t
prev_word(const struct toks *t, size_t i)
{
	while (i > 0 && attrib_tok_is_word(t, i - 1) &&
	    ((t->v[i - 1].cov & (LX_ADVERB | LX_TIME)) ||
	    (t->v[i - 1].flags & TF_LY)) &&
	    !(t->v[i - 1].cov & LX_NOUN) && !(t->v[i - 1].flags & TF_CAP))
		i--;
	return i > 0 && attrib_tok_is_word(t, i - 1) ? i - 1 : SIZE_MAX;
}

/* Whether a word used as a verb of saying at I is rather a noun: after
 * a determiner or a possessive, before another verb ("media reports
 * said"), or capitalised inside a name. */
static int
used_as_noun(const struct toks *t, size_t i)
{
	const struct tok	*k = &t->v[i];
	size_t			 j;

	/* After a possessive it is a noun ("the bank's reports said",
	 * "Smith's claims"), but for a firm's verb ("Moody's said"). */
	if (i > 0 && attrib_tok_is_word(t, i - 1) &&
	    (((t->v[i - 1].lx.cls & LX_DET) &&
	    !(t->v[i - 1].lx.cls & LX_PRONOUN)) ||
	    ((t->v[i - 1].flags & TF_POSS) && !attrib_tok_firm_verb(t, i))))
		return 1;
	if ((k->flags & TF_CAP) && !(k->flags & TF_FIRST))
		return 1;
	/* "post-traumatic stress disorder": a plain form after a word that
	 * ends as an adjective does, which no subject of it would ("the
	 * official stress" is none; "officials stress" is). */
	if (i > 0 && attrib_tok_is_word(t, i - 1) &&
	    !(k->lx.form & (VF_3SG | VF_PAST)) && adjective_ending(t, i - 1) &&
	    !(t->v[i - 1].flags & TF_CAP))
		return 1;
	/* "a Western intelligence estimate": a singular noun after its
	 * article, over its modifiers. */
	if ((k->cov & LX_NOUN) && !(k->lx.form & (VF_3SG | VF_PAST))) {
		for (j = i; j > 0 && i - j < 5 &&
		    attrib_tok_is_word(t, j - 1); j--) {
			if (is_article(t, j - 1))
				return 1;
			if (((t->v[j - 1].lx.form & NF_PLURAL) &&
			    !(t->v[j - 1].lx.form & NF_SING)) ||
			    (t->v[j - 1].cov & (LX_VERB | LX_AUX | LX_CLAUSE |
			    LX_PREP | LX_PRONOUN)))
				break;
		}
	}
	if ((k->cov & LX_NOUN) && attrib_tok_is_word(t, i + 1) &&
	    (t->v[i + 1].lx.cls & (LX_SAY | LX_FIND)) &&
	    (t->v[i + 1].lx.form & (VF_3SG | VF_PAST | VF_BASE)))
		return 1;
	return 0;
}

/* Whether a weak verb at I has its content after it: "that", a quote, a
 * colon, "to", a comma or the end. */
static int
weak_ok(const struct toks *t, size_t i, uint32_t flags, const struct np *np)
{
	size_t	j = i + 1, k;

	if (np->a > 0 && (is_quote(t, np->a - 1) ||
	    (attrib_tok_is_punct(t, np->a - 1, ',') && np->a > 1 &&
	    is_quote(t, np->a - 2))))
		return 1;
	/* Over "on Monday", "in a statement", "again": "announced on
	 * Monday that". */
	while (j < t->n && attrib_tok_is_word(t, j) &&
	    ((t->v[j].cov & (LX_TIME | LX_ADVERB)) ||
	    (t->v[j].flags & TF_LY) || ((t->v[j].lx.cls & LX_PREP) &&
	    j + 1 < t->n && (t->v[j + 1].cov & LX_TIME))))
		j++;
	if (j >= t->n)
		return 1;
	if (t->v[j].type == TOK_QOPEN || attrib_tok_is_punct(t, j, ':') ||
	    attrib_tok_is_punct(t, j, ',') || attrib_tok_is_punct(t, j, '.') ||
	    attrib_tok_is_punct(t, j, ';') || attrib_tok_is_punct(t, j, '-'))
		return 1;
	if (attrib_tok_is(t, j, "that"))
		return 1;
	/* "admitted it had overcharged", "added they were safe": a clause
	 * opened by its subject pronoun. */
	if (attrib_tok_is_word(t, j) && (((t->v[j].lx.cls & LX_PRONOUN) &&
	    !(t->v[j].lx.flags & LF_OBJECT)) || attrib_tok_is(t, j, "we") ||
	    attrib_tok_is(t, j, "i")) && attrib_tok_is_word(t, j + 1) &&
	    !(t->v[j + 1].cov & (LX_PREP | LX_DET | LX_CLAUSE)))
		return 1;
	/* A clause without "that": "added the plan would cost more",
	 * not "added 300 jobs". */
	for (k = j; k < t->n && k < j + ATTRIB_CLAUSE_WORDS; k++) {
		if (!attrib_tok_is_word(t, k) && t->v[k].type != TOK_NUM)
			break;
		if (k > j && attrib_tok_is_word(t, k) &&
		    (t->v[k].lx.cls & LX_AUX) &&
		    !(t->v[k].flags & TF_CAP))
			return 1;
		if (attrib_tok_is_word(t, k) &&
		    (t->v[k].lx.cls & (LX_CLAUSE | LX_PREP)) &&
		    !(t->v[k].lx.cls & LX_DET))
			break;
	}
	/* Figures announced, stated, posted: "announced 300 new cases". */
	if (flags & LF_FIGURES) {
		for (k = j; k < t->n && k < j + ATTRIB_CLAUSE_WORDS; k++) {
			if (t->v[k].type == TOK_NUM)
				return 1;
			/* "unveiled a $50 billion plan": a figure inside
			 * the thing announced. */
			if (!attrib_tok_is_word(t, k) || is_article(t, k))
				break;
		}
	}
	return 0;
}

/* The start of the clause that holds token I: back to a boundary. */
static size_t
clause_start(const struct toks *t, size_t i)
{
	size_t	j;

	for (j = i; j > 0 && i - j < ATTRIB_CLAUSE_MAX; j--) {
		const struct tok	*k = &t->v[j - 1];

		if (k->type == TOK_QOPEN || k->type == TOK_QCLOSE)
			break;
		if (k->type == TOK_PUNCT && (k->punct == ';' ||
		    k->punct == ':' || k->punct == '-'))
			break;
		if (k->type == TOK_WORD && (k->lx.cls & LX_CLAUSE) &&
		    !(k->lx.cls & LX_DET) && !(k->flags & TF_CAP))
			break;
		if (k->type == TOK_PUNCT && k->punct == ',' && j < i)
			break;
	}
	return j;
}

/* The participle before "as" at A: "quoted as", "quoted by the
 * Daily Ledger as"; SIZE_MAX when none. */
static size_t
agent_before_as(const struct toks *t, size_t a)
{
	size_t	j;

	if (a >= 1 && attrib_tok_is_word(t, a - 1) &&
	    (t->v[a - 1].cov & LX_AGENT))
		return a - 1;
	for (j = a; j > 0 && a - j < ATTRIB_CALL_QUOTE + 4; j--) {
		if (t->v[j - 1].type != TOK_WORD &&
		    t->v[j - 1].type != TOK_NUM &&
		    !attrib_tok_is_punct(t, j - 1, '(') &&
		    !attrib_tok_is_punct(t, j - 1, ')'))
			return SIZE_MAX;
		if (attrib_tok_is(t, j - 1, "by") && j >= 2 &&
		    (t->v[j - 2].cov & LX_AGENT))
			return j - 2;
	}
	return SIZE_MAX;
}

/* A verb of saying at I ending in -ing: ", saying", "Saying ..., X",
 * "X was quoted as saying", "with X explaining". */
static void
cue_participle(const struct toks *t, size_t i, struct cand *c, size_t *nc)
{
	struct np	 np;
	size_t		 j, s;

	if (t->v[i].flags & TF_FIRST) {
		for (j = i + 1; j < t->n; j++) {
			if (attrib_tok_is_punct(t, j, ',') &&
			    !(t->v[j].flags & TF_INQ))
				break;
		}
		if (j < t->n && attrib_np_clause(t, j + 1, &np))
			cand_add(t, c, nc, CUE_PARTICIPLE, &np, i, i + 1);
		return;
	}
	if (i >= 2 && attrib_tok_is(t, i - 1, "as") &&
	    (j = agent_before_as(t, i - 1)) != SIZE_MAX) {
		if (attrib_np_left(t, j, &np))
			cand_add(t, c, nc, CUE_PASSIVE, &np, j, i + 1);
		return;
	}
	if (i > 0 && attrib_tok_is_punct(t, i - 1, ',')) {
		s = clause_start(t, i - 1);
		if (attrib_np_clause(t, s, &np) && np.b <= i)
			cand_add(t, c, nc, CUE_PARTICIPLE, &np, s, i + 1);
		return;
	}
	if (attrib_np_left(t, i, &np) && np.type == NP_NAME && np.b == i) {
		cand_add(t, c, nc, CUE_PARTICIPLE, &np, np.a, i + 1);
		return;
	}
	s = clause_start(t, i);
	if (attrib_np_clause(t, s, &np) && np.b <= i && np.type != NP_DESC)
		cand_add(t, c, nc, CUE_PARTICIPLE, &np, s, i + 1);
}

/* Whether the words after I can open a source: ", said the ministry". */
static int
opens_source(const struct toks *t, size_t i)
{
	uint32_t	c;

	if (!attrib_tok_is_word(t, i))
		return 0;
	c = t->v[i].cov;
	if (t->v[i].lx.cls & LX_PRONOUN)
		return !(t->v[i].flags & TF_INQ);
	if (t->v[i].lx.cls & LX_CLAUSE)
		return 0;
	if (c & (LX_CLAUSE | LX_AUX | LX_NEG | LX_PREP) && !(c & LX_DET) &&
	    !(t->v[i].flags & TF_CAP))
		return 0;
	return 1;
}

/* Whether the inverted source NP ends its clause: ", said the ministry."
 * but not ", announced that Kim has". */
static int
ends_clause(const struct toks *t, const struct np *np)
{
	size_t	j = np->b;

	if (j >= t->n || t->v[j].type != TOK_WORD)
		return 1;
	return !(t->v[j].cov & (LX_AUX | LX_NEG)) && !(t->v[j].lx.cls &
	    (LX_SAY | LX_FIND | LX_CALL));
}

/* Whether NP, after a verb, is a name that ends its sentence ("said Ida
 * Moss.", "said Ida Moss, the treasurer."): not one that a clause goes on
 * from ("says South Korea, which grew 18 percent, will"), nor a day
 * ("said Monday"). */
static int
name_ends_clause(const struct toks *t, const struct np *np)
{
	size_t	j;

	if (np->type != NP_NAME)
		return 0;
	for (j = np->sa; j < np->sb; j++) {
		if (t->v[j].cov & LX_TIME)
			return 0;
	}
	return np->b >= t->n || (t->v[np->b].type == TOK_PUNCT &&
	    strchr(".;!?", t->v[np->b].punct) != NULL);
}

/* The subject NP of the clause before "and" or "but" at PW, read from
 * its start: "A spokeswoman for the ministry declined to comment but
 * said" is the ministry's, as it is when a verb follows the office and
 * its body. Always 1. */
static int
clause_subject_for(const struct toks *t, size_t pw, struct np *np)
{
	struct np	full;
	size_t		k;

	if (!(np->hflags & LF_FOR) || !(np->hcls & LX_TITLE) || np->b >= pw ||
	    !attrib_tok_is_word(t, np->b) || !(t->v[np->b].cov & LX_PREP))
		return 1;
	/* The longest that reads as an office and its body: "A spokesman
	 * for Harlow City Council", not "for Harlow City". */
	for (k = pw - 1; k > np->b + 1; k--) {
		if (attrib_np_left(t, k, &full) && full.a == np->a &&
		    full.b == k && full.ra < full.rb) {
			*np = full;
			break;
		}
	}
	return 1;
}

/* A verb of saying at I, of W words ("said", "pointed out") that the
 * lexicon describes as LX. */
static void
cue_say(struct pass *p, size_t i, size_t w, const struct lex_info *lx,
    struct cand *c, size_t *nc)
{
	const struct toks	*t = &p->t;
	struct np		 np, left;
	size_t			 pw, e = i + w - 1, j;
	uint16_t		 f = lx->form;

	if (used_as_noun(t, i))
		return;
	/* "Lisa Marr reports for the Courier from Geneva": a credit line. */
	if ((lx->flags & LF_CREDIT) && (attrib_tok_is(t, i + 1, "for") ||
	    attrib_tok_is(t, i + 1, "from"))) {
		p->win[p->cur % ATTRIB_WINDOW].credit = 1;
		return;
	}
	pw = prev_word(t, i);
	/* "is alleging", "are warning": a verb of its own. */
	if ((f & VF_ING) && !(f & (VF_BASE | VF_3SG | VF_PAST | VF_PART)) &&
	    !(pw != SIZE_MAX && is_be(t, pw))) {
		cue_participle(t, i, c, nc);
		return;
	}
	/* "declined to say", "was told", "is said to". */
	if (pw != SIZE_MAX && attrib_tok_is(t, pw, "to"))
		return;
	if (pw != SIZE_MAX && is_be(t, pw) && (f & VF_PART))
		return;
	/* "a letter written by": a participle is a verb only after "has",
	 * "had". */
	if ((f & VF_PART) && !(f & (VF_BASE | VF_3SG | VF_PAST)) &&
	    !(pw != SIZE_MAX && (t->v[pw].lx.cls & LX_AUX)))
		return;
	/* Inverted after a quote or a comma (", said the ministry"),
	 * unless the comma closes an apposition before the verb ("WIPO's
	 * deputy director, Francis Gurry, says"). A name that ends the
	 * clause after the verb is its subject all the same: the aside
	 * before the comma was the object's ("approved a budget of $3
	 * million, a 5% rise, said Ida Moss."). */
	if (i > 0 && (attrib_tok_is_punct(t, i - 1, ',') ||
	    t->v[i - 1].type == TOK_QCLOSE) && opens_source(t, e + 1) &&
	    !(lx->flags & LF_OBJECT) &&
	    attrib_np_right(t, e + 1, &np) && ends_clause(t, &np) &&
	    (!attrib_tok_is_punct(t, i - 1, ',') || !attrib_np_left(t, i,
	    &left) || name_ends_clause(t, &np))) {
		cand_add(t, c, nc, CUE_INVERTED, &np, i, e + 1);
		return;
	}
	/* "“...,” he continued": a cue only as the tag of a quote. */
	if (lx->flags & LF_TAG)
		return;
	/* "The bank kept its rate at 4.5 percent and said": the subject
	 * of the clause before "and". */
	if (!attrib_np_left(t, i, &np) && !(pw != SIZE_MAX && pw > 0 &&
	    (attrib_tok_is(t, pw, "and") || attrib_tok_is(t, pw, "but")) &&
	    attrib_np_clause(t, clause_start(t, pw), &np) && np.b <= pw &&
	    clause_subject_for(t, pw, &np)))
		return;
	/* "Officials say": a plain present only after a plural. */
	if (!(f & (VF_3SG | VF_PAST | VF_PART)) && !(np.type == NP_PRONOUN &&
	    (t->v[np.sa].lx.flags & LF_PLURAL)) && !(np.type == NP_DESC &&
	    (np.hform & NF_PLURAL)) && !(pw != SIZE_MAX &&
	    (t->v[pw].lx.cls & LX_AUX)))
		return;
	if ((lx->flags & LF_TAG) && !weak_ok(t, e, 0, &np))
		return;
	if ((lx->flags & LF_WEAK) && !weak_ok(t, e, lx->flags, &np))
		return;
	cand_add(t, c, nc, CUE_SAY, &np, np.a, e + 1);
	for (j = 0; (lx->flags & LF_WEAK) && j < *nc; j++) {
		if (c[j].cue == CUE_SAY && c[j].np.a == np.a &&
		    c[j].np.b == np.b)
			c[j].weak = 1;
	}
}

/* Whether the verb at I with its subject from A ends the sentence after
 * a comma, as a tag: "..., the team found." */
static int
tag_end(const struct toks *t, size_t a, size_t i)
{
	size_t	j;

	if (a == 0 || !attrib_tok_is_punct(t, a - 1, ','))
		return 0;
	for (j = i + 1; j < t->n && attrib_tok_is_word(t, j) && (t->v[j].cov &
	    (LX_TIME | LX_ADVERB)); j++)
		;
	return j >= t->n || attrib_tok_is_punct(t, j, '.');
}

/* Whether the sentence opens with a document, before a comma and the
 * subject at A: "In its analysis, the center found", "In a report
 * released Monday,"; not "In a raid prompted by a report,": the
 * document is the first noun after "In". */
static int
doc_opener(const struct toks *t, size_t a)
{
	static const char *const describing[] = {
		"new", "latest", "recent", "annual", "separate", "joint",
		"first", "final", "draft", "weekly", "monthly", "quarterly"
	};
	size_t	k, j;

	if (a < 4 || !attrib_tok_is(t, 0, "in") ||
	    !attrib_tok_is_punct(t, a - 1, ','))
		return 0;
	/* Determiners and words that describe, then the document. */
	for (k = 1; k < a - 1 && k < 5; k++) {
		if (!attrib_tok_is_word(t, k) || (t->v[k].flags & TF_INQ))
			return 0;
		if (t->v[k].cov & LX_DOC)
			return !attrib_np_name_tok(t, k);
		if ((t->v[k].lx.cls & LX_DET) || adjective_ending(t, k))
			continue;
		for (j = 0; j < sizeof describing / sizeof describing[0] &&
		    !attrib_tok_is(t, k, describing[j]); j++)
			;
		if (j == sizeof describing / sizeof describing[0])
			return 0;
	}
	return 0;
}

/* A verb of finding at I: "the study found", "figures show", "the data
 * suggest that", "In its report, the agency found". */
static void
cue_find(const struct toks *t, size_t i, struct cand *c, size_t *nc)
{
	struct np	np;
	uint16_t	f = t->v[i].lx.form;

	if (used_as_noun(t, i) || !(f & (VF_BASE | VF_3SG | VF_PAST)))
		return;
	if (!attrib_np_left(t, i, &np))
		return;
	if (np.kind == ATTRIB_DOCUMENT || np.doc ||
	    attrib_tok_is(t, i + 1, "that") || tag_end(t, np.a, i) ||
	    doc_opener(t, np.a))
		cand_add(t, c, nc, CUE_FIND, &np, np.a, i + 1);
}

/* A verb of naming at I followed by a quote: "called the plan “...”". */
static void
cue_call(const struct toks *t, size_t i, struct cand *c, size_t *nc)
{
	struct np	np;
	size_t		j;

	if (used_as_noun(t, i) || (t->v[i].flags & TF_HYPHEN))
		return;
	for (j = i + 1; j < t->n && j <= i + ATTRIB_CALL_QUOTE; j++) {
		if (t->v[j].type == TOK_QOPEN)
			break;
		if (attrib_tok_is_punct(t, j, '.') ||
		    attrib_tok_is_punct(t, j, ';'))
			return;
	}
	if (j >= t->n || j > i + ATTRIB_CALL_QUOTE)
		return;
	if (attrib_np_left(t, i, &np) && np.kind != ATTRIB_DOCUMENT)
		cand_add(t, c, nc, CUE_NAMING, &np, np.a, i + 1);
}

/* A participle before "by" at I (W words): "announced by the ONS",
 * "adults polled by the Daily Ledger". */
static void
cue_agent(const struct toks *t, size_t i, size_t w, struct cand *c,
    size_t *nc)
{
	struct np	 np, before;
	size_t		 pw, k, by;
	uint32_t	 f = w > 1 ? t->v[i].mwlx.flags : t->v[i].lx.flags;
	int		 subject = 0;
	uint32_t	 want = (f & LF_DOC) ? LX_DOC : (f & LF_POLL) ?
			     LX_DOC | LX_PEOPLE : LX_NOUN;

	/* "published Thursday by", "released on Monday by": over times. */
	for (by = i + w; by < t->n && attrib_tok_is_word(t, by) &&
	    !attrib_tok_is(t, by, "by") && (t->v[by].cov & (LX_TIME |
	    LX_ADVERB | LX_PREP)) && by < i + w + 3; by++)
		;
	if (!attrib_tok_is(t, by, "by"))
		return;
	pw = prev_word(t, i);
	if (pw == SIZE_MAX && i > 0 && attrib_tok_is_punct(t, i - 1, ',')) {
		/* "The report, published by Greenwatch, found". */
		if (!attrib_np_left(t, i - 1, &before) ||
		    !(before.doc || (before.type == NP_DESC &&
		    (before.hcls & want))))
			return;
	} else if (pw == SIZE_MAX)
		return;
	else if (is_be(t, pw)) {
		if ((f & (LF_DOC | LF_POLL)) && !(attrib_np_left(t, pw,
		    &before) && (before.doc || (before.hcls & want))))
			return;
	} else if (!(t->v[pw].cov & want))
		return;
	else
		subject = 1;
	if (!attrib_np_right(t, by + 1, &np))
		return;
	/* "adults polled by the Daily Ledger said": the phrase is the
	 * subject of a verb of saying or finding; "a letter written by
	 * Napoleon" in the object is no source. */
	if (subject) {
		for (k = np.b; k < t->n && attrib_tok_is_word(t, k) &&
		    (t->v[k].cov &
		    (LX_TIME | LX_ADVERB | LX_AUX)) && !(t->v[k].lx.cls &
		    (LX_SAY | LX_FIND)); k++)
			;
		if (!attrib_tok_is_word(t, k) ||
		    !(t->v[k].lx.cls & (LX_SAY | LX_FIND)) ||
		    ((t->v[k].lx.flags & LF_WEAK) &&
		    !weak_ok(t, k, t->v[k].lx.flags, &np)))
			return;
	}
	attrib_np_author(t, &np);
	/* "quoted by the Daily Ledger as saying": the subject said it. */
	if (attrib_tok_is(t, np.b, "as") && attrib_tok_is_word(t, np.b + 1) &&
	    (t->v[np.b + 1].lx.cls & LX_SAY) &&
	    (t->v[np.b + 1].lx.form & VF_ING))
		return;
	cand_add(t, c, nc, CUE_PASSIVE, &np, i, by + 1);
}

/* "Vicky Redwood: “...”": a speaker and a colon before a quote. */
static void
cue_colon(const struct toks *t, struct cand *c, size_t *nc)
{
	struct np	np;
	size_t		i, first = 0;

	while (first < t->n && !attrib_tok_is_word(t, first))
		first++;
	for (i = first; i < t->n && i < first + 12; i++) {
		if (attrib_tok_is_punct(t, i, ':'))
			break;
		if (!attrib_tok_is_word(t, i) && t->v[i].type != TOK_NUM &&
		    !attrib_tok_is_punct(t, i, ','))
			return;
	}
	if (i >= t->n || i == first || i + 1 >= t->n ||
	    t->v[i + 1].type != TOK_QOPEN)
		return;
	if (attrib_np_left(t, i, &np) && np.a == first && np.type == NP_NAME)
		cand_add(t, c, nc, CUE_COLON, &np, first, i + 1);
}

/* "The data show losses of $3 billion, according to Moody's": what the
 * sentence finds is Moody's finding; "Insurers estimate ..., according
 * to Moody's": Moody's is the one a desk can ask, not a group nobody
 * names. An "according to" a name goes before the verbs of finding of the
 * N candidates C, which it attributes, and before a plural that names
 * nobody ("a hospital spokeswoman" is someone to ask). */
static void
according_first(struct cand *c, size_t n)
{
	struct cand	tmp;
	size_t		i, j;

	for (i = 0; i < n; i++) {
		if (c[i].cue != CUE_ACCORDING)
			continue;
		for (j = i; j > 0 && (c[j - 1].cue == CUE_FIND ||
		    (c[j].np.type == NP_NAME && c[j - 1].np.type == NP_DESC &&
		    c[j - 1].np.kind == ATTRIB_UNNAMED &&
		    c[j - 1].np.hform == NF_PLURAL)); j--) {
			tmp = c[j - 1];
			c[j - 1] = c[j];
			c[j] = tmp;
		}
	}
}

/* A weak verb's subject ("Ohio recorded 1,400 crashes") after any other
 * cue of the sentence (", police said"), the order kept otherwise. */
static void
weak_last(struct cand *c, size_t n)
{
	struct cand	tmp;
	size_t		i, j;

	for (i = n; i-- > 0;) {
		if (!c[i].weak)
			continue;
		for (j = i; j + 1 < n && !c[j + 1].weak; j++) {
			tmp = c[j];
			c[j] = c[j + 1];
			c[j + 1] = tmp;
		}
	}
}

/* Whether candidate C is a comparison's: its source after "than" and
 * its verb one of expecting ("more than the 180,000 economists had
 * forecast", "than analysts expected"), not a quantity of speakers ("more
 * than 300 doctors said"). */
static int
in_comparison(const struct toks *t, const struct cand *c)
{
	static const char *const expecting[] = { "forecast", "forecasted",
	    "expected", "estimated", "predicted", "anticipated", "projected",
	    "hoped", "feared", "thought", "planned", "budgeted", "assumed",
	    "expect", "estimate", "predict", "anticipate", "project", NULL };
	size_t	i = c->np.a, k, j;

	for (k = 0; k < 3 && i > 0; k++) {
		i--;
		if (attrib_tok_is(t, i, "than"))
			break;
		if (!attrib_tok_is(t, i, "the") && t->v[i].type != TOK_NUM)
			return 0;
	}
	if (!attrib_tok_is(t, i, "than"))
		return 0;
	for (i = c->np.b; i < c->c1 + 1 && i < t->n; i++) {
		for (j = 0; expecting[j] != NULL; j++) {
			if (attrib_tok_is(t, i, expecting[j]))
				return 1;
		}
	}
	return 0;
}

/* A cue in a comparison says whose figure the sentence is measured
 * against, not whose the sentence is ("Employers added 272,000 jobs, far
 * more than the 180,000 economists had forecast, the department said"):
 * left out, the order of the others kept. The number left. */
static size_t
drop_comparisons(const struct toks *t, struct cand *c, size_t n)
{
	size_t	i, j;

	for (i = j = 0; i < n; i++) {
		if (!in_comparison(t, &c[i]))
			c[j++] = c[i];
	}
	return j;
}

/* The cues of the sentence outside quotations, in reading order. */
static size_t
find_cues(struct pass *p, struct cand *c)
{
	const struct toks	*t = &p->t;
	const struct tok	*k;
	struct np		 np;
	size_t			 i, nc = 0;

	cue_colon(t, c, &nc);
	for (i = 0; i < t->n && nc < ATTRIB_CANDS; i++) {
		k = &t->v[i];
		if (k->type != TOK_WORD || (k->flags & TF_INQ))
			continue;
		if (k->mw && (k->mwlx.cls & LX_ACCORDING)) {
			if (attrib_np_right(t, i + k->mw, &np))
				cand_add(t, c, &nc, CUE_ACCORDING, &np, i,
				    i + k->mw);
			i += k->mw - 1;
			continue;
		}
		if (k->mw && (k->mwlx.cls & LX_AGENT))
			cue_agent(t, i, k->mw, c, &nc);
		if (k->mw && (k->mwlx.cls & LX_SAY))
			cue_say(p, i, k->mw, &k->mwlx, c, &nc);
		else if (k->lx.cls & LX_SAY)
			cue_say(p, i, 1, &k->lx, c, &nc);
		else if (k->lx.cls & LX_FIND)
			cue_find(t, i, c, &nc);
		if (k->lx.cls & LX_CALL)
			cue_call(t, i, c, &nc);
		if (k->lx.cls & LX_AGENT)
			cue_agent(t, i, 1, c, &nc);
	}
	nc = drop_comparisons(t, c, nc);
	according_first(c, nc);
	weak_last(c, nc);
	return nc;
}

/*
 * Quotations.
 */

static struct attribution *
qspeaker(struct pass *p, int q)
{
	size_t	n;

	if (q < 0)
		return NULL;
	if ((size_t)q >= p->nqspk) {
		n = p->nqspk ? p->nqspk : 16;
		while (n <= (size_t)q)
			n *= 2;
		p->qspk = xreallocarray(p->qspk, n, sizeof *p->qspk);
		memset(p->qspk + p->nqspk, 0, (n - p->nqspk) *
		    sizeof *p->qspk);
		p->nqspk = n;
	}
	return &p->qspk[q];
}

/* Whether candidate C stands next to the quotation with marks at O..E
 * (the opening and closing mark's tokens; either may be missing). */
static int
cand_next_to(const struct toks *t, const struct cand *c, size_t o, size_t e)
{
	size_t	j;

	if (o != SIZE_MAX && c->c1 <= o) {
		for (j = c->c1; j < o; j++) {
			if (!attrib_tok_is_punct(t, j, ',') &&
			    !attrib_tok_is_punct(t, j, ':'))
				return 0;
		}
		return 1;
	}
	if (e != SIZE_MAX && c->c0 > e) {
		for (j = e + 1; j < c->c0; j++) {
			if (!attrib_tok_is_punct(t, j, ','))
				return 0;
		}
		return 1;
	}
	return 0;
}

/* Gives each quotation of the sentence its speaker: the cue next to it,
 * else the sentence's source. */
static void
quote_speakers(struct pass *p, const struct cand *c, size_t nc,
    const struct attribution *main)
{
	const struct toks	*t = &p->t;
	struct attribution	*spk, a;
	size_t			 i, j, o, e, k;
	int			 q;

	for (i = 0; i < t->n; i++) {
		if (t->v[i].quote < 0)
			continue;
		q = t->v[i].quote;
		o = t->v[i].type == TOK_QOPEN ? i : SIZE_MAX;
		for (j = i; j + 1 < t->n && t->v[j + 1].quote == q; j++)
			;
		e = t->v[j].type == TOK_QCLOSE ? j : SIZE_MAX;
		spk = qspeaker(p, q);
		for (k = 0; k < nc && spk->source == NULL; k++) {
			if (!cand_next_to(t, &c[k], o, e))
				continue;
			if (resolve(p, &c[k], &a))
				attrib_copy(spk, &a, a.cue);
			attrib_clear(&a);
		}
		if (spk->source == NULL && main->source != NULL)
			attrib_copy(spk, main, main->cue);
		i = j;
	}
}

/* What the second walk needs to know of the sentence. */
static void
quote_state_of(struct pass *p, struct sq *sq, int para_start)
{
	const struct toks	*t = &p->t;
	size_t			 i, words = 0, in = 0, first = SIZE_MAX;

	sq->q = -1;
	for (i = 0; i < t->n; i++) {
		if (t->v[i].type != TOK_WORD && t->v[i].type != TOK_NUM)
			continue;
		if (first == SIZE_MAX)
			first = i;
		words++;
		if (t->v[i].flags & TF_INQ) {
			in++;
			if (sq->q < 0)
				sq->q = t->v[i].quote;
		}
	}
	sq->quoted = words > 0 && (in * 2 >= words || (first != SIZE_MAX &&
	    (t->v[first].flags & TF_INQ)));
	sq->opens = para_start && t->n > 0 && t->v[0].type == TOK_QOPEN;
}

/* Whether TEXT opens with a quotation mark. */
static int
opens_with_quote(const char *text)
{
	static const char *const marks[] = {
		"\"", "'", "\xe2\x80\x9c", "\xe2\x80\x98", "\xe2\x80\x9e",
		"\xc2\xab"
	};
	size_t	k;

	for (k = 0; k < sizeof marks / sizeof marks[0]; k++) {
		if (strncmp(text, marks[k], strlen(marks[k])) == 0)
			return 1;
	}
	return 0;
}

/* Whether word I is a document's noun that the sentence says, not a
 * quote's or a name's. */
static int
doc_word(const struct toks *t, size_t i)
{
	return attrib_tok_is_word(t, i) && !(t->v[i].flags & TF_INQ) &&
	    (t->v[i].cov & LX_DOC) && !attrib_np_name_tok(t, i);
}

/* Entity E put out the documents of the sentence, whose first noun is
 * word I: their sorts (added to those it put out before), and the last
 * noun ("said in a report"). */
static void
ent_doc(struct entity *e, const struct toks *t, size_t i)
{
	size_t	n = 0, k;

	e->doc = 1;
	for (; i < t->n; i++) {
		if (!doc_word(t, i))
			continue;
		e->docsort |= t->v[i].lx.flags & LF_DOCSORT;
		n = t->v[i].be - t->v[i].s;
		if (n >= sizeof e->docword)
			n = 0;
		for (k = 0; k < n; k++)
			e->docword[k] = (char)tolower((unsigned char)
			    t->text[t->v[i].s + k]);
	}
	e->docword[n] = '\0';
}

/* With a document noun in the sentence ("published its annual outlook",
 * "said in a report"), the sentence's source and the body or person
 * that opens it put out a document: a later "the report" is theirs. */
static void
mark_docs(struct pass *p)
{
	const struct toks	*t = &p->t;
	struct slot		*s = &p->win[p->cur % ATTRIB_WINDOW];
	struct entity		*e;
	size_t			 i;

	for (i = 0; i < t->n && !doc_word(t, i); i++)
		;
	if (i == t->n)
		return;
	if (p->out[p->cur].source != NULL &&
	    (e = ent_by_name(p, p->out[p->cur].source)) != NULL)
		ent_doc(e, t, i);
	if (s->nm > 0 && s->m[0].tok < i && s->m[0].tok <= 2 &&
	    (e = ent_by_id(p, s->m[0].id)) != NULL)
		ent_doc(e, t, i);
}

/* Whether ROLE (may be NULL) ends with an office that speaks for a body:
 * "spokesman", "chief spokeswoman". */
static int
speaker_office(const struct attrib_lex *lex, const char *role)
{
	struct lex_info	 info;
	const char	*w;

	if (role == NULL)
		return 0;
	w = strrchr(role, ' ');
	w = w != NULL ? w + 1 : role;
	return attrib_lex_word(lex, w, strlen(w), &info) &&
	    (info.cls & LX_TITLE) && (info.flags & LF_FOR);
}

/* "— Dana Reyes, director of the health department": a line under a
 * quotation that names only its speaker, as a pull quote or a letter is
 * signed. The quotation just before it, when no cue of its own named its
 * speaker, is given this one. */
static void
dash_tag(struct pass *p, size_t i)
{
	const struct toks	*t = &p->t;
	const struct sq		*before;
	struct attribution	*spk, a;
	struct cand		 c[1];
	struct np		 np;
	size_t			 j = 0, nc = 0;

	while (j < t->n && attrib_tok_is_punct(t, j, '-'))
		j++;
	if (j == 0 || i == 0 || !attrib_np_right(t, j, &np) ||
	    np.type != NP_NAME || np.a != j)
		return;
	if (np.b < t->n && !(np.b + 1 == t->n &&
	    attrib_tok_is_punct(t, np.b, '.')))
		return;
	before = &p->sq[i - 1];
	if (before->skip || !before->quoted || before->q < 0)
		return;
	spk = qspeaker(p, before->q);
	if (spk->source != NULL)
		return;
	cand_add(t, c, &nc, CUE_QUOTE, &np, 0, np.b);
	memset(&a, 0, sizeof a);
	if (nc == 1 && resolve(p, &c[0], &a))
		attrib_copy(spk, &a, CUE_QUOTE);
	attrib_clear(&a);
}

static void
pass_sentence(struct pass *p, size_t i)
{
	const struct sentence	*s = &p->sent[i];
	struct slot		*sl = &p->win[i % ATTRIB_WINDOW];
	struct cand		 c[ATTRIB_CANDS];
	struct attribution	*out = &p->out[i];
	const char		*text = s->text != NULL ? s->text : "";
	size_t			 nc, k;
	int			 para_start;

	p->cur = i;
	free(sl->they);
	memset(sl, 0, sizeof *sl);
	sl->index = i;
	memset(out, 0, sizeof *out);
	p->sq[i].q = -1;
	if (s->kind == SEG_BYLINE || s->kind == SEG_TITLE ||
	    s->kind == SEG_HEADING || s->kind == SEG_DATELINE) {
		p->sq[i].skip = 1;
		return;
	}
	para_start = i == 0 || s->para != p->sent[i - 1].para;
	if (para_start && (p->qs.dbl || p->qs.sgl) && !opens_with_quote(text)) {
		p->qs.dbl = p->qs.sgl = 0;
		p->qs.id = -1;
	}
	attrib_tok_split(&p->t, text, p->lex, &p->qs);
	read_names(p);
	dash_tag(p, i);
	nc = find_cues(p, c);
	for (k = 0; k < nc; k++) {
		if (resolve(p, &c[k], out))
			break;
	}
	if (sl->credit) {
		attrib_clear(out);
		sl->nm = 0;
	}
	if (out->source != NULL && (out->kind == ATTRIB_PERSON ||
	    out->kind == ATTRIB_ORG || out->kind == ATTRIB_DOCUMENT)) {
		const struct cand	*m = k < nc ? &c[k] : NULL;
		int			 doc = out->kind == ATTRIB_DOCUMENT ||
					     (m != NULL && m->np.doc);
		unsigned		 id;

		/* A document it spoke through is no office of its own, nor
		 * is the office of one who spoke for it ("a spokesman for
		 * the council"). */
		id = ent_add(p, out->source, doc || (out->kind == ATTRIB_ORG &&
		    speaker_office(p->lex, out->role)) ? NULL : out->role,
		    out->kind, m != NULL ? m->np.gender : 0, doc);
		slot_mention(p, id, m != NULL ? m->np.sa : 0);
	}
	mark_docs(p);
	read_subject(p);
	quote_speakers(p, c, nc, out);
	quote_state_of(p, &p->sq[i], para_start);
}

/* The speaker of the quotation sentence I lies in, or NULL. */
static const struct attribution *
sq_speaker(const struct pass *p, size_t i)
{
	const struct sq	*sq = &p->sq[i];

	if (sq->skip || !sq->quoted || sq->q < 0 || (size_t)sq->q >= p->nqspk ||
	    p->qspk[sq->q].source == NULL)
		return NULL;
	return &p->qspk[sq->q];
}

/*
 * The second walk: a sentence with no source of its own that lies in a
 * quotation gets, in this order, the quotation's speaker; the speaker of
 * an earlier quotation of the paragraph ("“A,” she said. “B.”"); of a
 * later one ("“A.” “B,” she said."); the last person or body that spoke
 * before it in the paragraph ("He said A. “B.”"); and, when the
 * quotation opens the paragraph, the last person or body that spoke in
 * the paragraph before.
 */
static void
pass_quotes(struct pass *p)
{
	const struct attribution	*para_spk = NULL, *prev_src = NULL;
	const struct attribution	*cur_src = NULL, *spk;
	const struct attribution	**next;
	struct sq			*sq;
	size_t				 i;

	next = xcalloc(p->n ? p->n : 1, sizeof *next);
	for (i = p->n; i > 0; i--) {
		next[i - 1] = sq_speaker(p, i - 1);
		if (next[i - 1] == NULL && i < p->n &&
		    p->sent[i].para == p->sent[i - 1].para)
			next[i - 1] = next[i];
	}
	for (i = 0; i < p->n; i++) {
		sq = &p->sq[i];
		if (i == 0 || p->sent[i].para != p->sent[i - 1].para) {
			prev_src = cur_src;
			cur_src = para_spk = NULL;
		}
		if (sq->skip)
			continue;
		if ((spk = sq_speaker(p, i)) != NULL)
			para_spk = spk;
		if (p->out[i].source == NULL && sq->quoted && sq->q >= 0) {
			if (spk == NULL)
				spk = para_spk;
			if (spk == NULL)
				spk = next[i];
			/* "But, he says, they fell. “In Asia, we have
			 * seen...”": the one who spoke just before. */
			if (spk == NULL)
				spk = cur_src;
			if (spk == NULL && sq->opens)
				spk = prev_src;
			if (spk != NULL) {
				attrib_copy(&p->out[i], spk, CUE_QUOTE);
				para_spk = spk;
			}
		}
		if (p->out[i].source != NULL && (p->out[i].kind ==
		    ATTRIB_PERSON || p->out[i].kind == ATTRIB_ORG))
			cur_src = &p->out[i];
	}
	free(next);
}

void
attrib_ready(void)
{
	(void)attrib_lex_builtin();
}

int
attrib_cue_word(const char *w, size_t len)
{
	const struct attrib_lex	*lex = attrib_lex_builtin();
	struct lex_info		 info;
	const char		*two[2] = { w, "to" };
	size_t			 lens[2] = { len, 2 };

	if (attrib_lex_word(lex, w, len, &info) &&
	    (info.cls & (LX_SAY | LX_FIND | LX_AGENT)))
		return 1;
	/* "according" of "according to" */
	return attrib_lex_phrase(lex, two, lens, 2, &info) == 2 &&
	    (info.cls & LX_ACCORDING);
}

int
attrib_may_name(const char *text)
{
	const struct attrib_lex	*lex = attrib_lex_builtin();
	struct lex_info		 info;
	const char		*p = text, *q;

	if (text == NULL)
		return 0;
	while (*p != '\0') {
		while (*p == ' ')
			p++;
		for (q = p; *q != '\0' && *q != ' '; q++)
			;
		if (q > p && (!attrib_lex_word(lex, p, q - p, &info) ||
		    !(info.cls & (LX_TIME | LX_NOTNAME | LX_DET | LX_CLAUSE |
		    LX_PREP | LX_AUX | LX_ADVERB)) ||
		    (info.cls & (LX_ORGNAME | LX_PLACE))))
			return 1;
		p = q;
	}
	return 0;
}

enum attrib_kind
attrib_kind_of(const char *name)
{
	struct sentence		s;
	struct attribution	a;
	enum attrib_kind	k;

	memset(&s, 0, sizeof s);
	s.text = xasprintf("%s said so.", name);
	s.end = strlen(s.text);
	s.kind = SEG_SENTENCE;
	attrib_sentences(&s, 1, &a);
	k = a.kind;
	attrib_clear(&a);
	free(s.text);
	return k;
}

void
attrib_sentences(const struct sentence *sent, size_t n,
    struct attribution *out)
{
	struct pass	 p;
	size_t		 i;

	memset(&p, 0, sizeof p);
	p.lex = attrib_lex_builtin();
	p.sent = sent;
	p.n = n;
	p.out = out;
	p.qs.id = -1;
	p.sq = xcalloc(n ? n : 1, sizeof *p.sq);
	for (i = 0; i < ATTRIB_WINDOW; i++)
		p.win[i].index = SIZE_MAX;
	for (i = 0; i < n; i++)
		pass_sentence(&p, i);
	pass_quotes(&p);
	for (i = 0; i < ATTRIB_ENTS; i++)
		ent_clear(&p.ents[i]);
	for (i = 0; i < ATTRIB_WINDOW; i++)
		free(p.win[i].they);
	for (i = 0; i < p.nqspk; i++)
		attrib_clear(&p.qspk[i]);
	free(p.qspk);
	free(p.sq);
	attrib_tok_free(&p.t);
}
