/* attrib-lex.c: the attribution lexicon, data/attribution, as a hash table. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attrib-int.h"
#include "xmalloc.h"

/* The lexicon's text, compiled in from data/attribution by make. */
extern const char attribution_txt[];

#define LEX_WORD_MAX	64		/* bytes in a word of an entry */
#define LEX_PHRASE_MAX	6		/* words in an entry */

/* A multi-word entry, kept with its first word. */
struct phrase {
	char		**w;		/* the words after the first */
	size_t		 n;		/* words after the first */
	struct lex_info	 info;
};

struct lexent {
	char		*w;		/* folded; NULL: an empty slot */
	size_t		 h;		/* lex_hash() of w */
	struct lex_info	 info;
	struct phrase	*ph;
	size_t		 nph;
};

struct attrib_lex {
	struct lexent	*slots;
	uint32_t	*tags;		/* per slot: the hash's low bits | 1,
					   0 for an empty slot; probed before
					   the slots, in fewer cache lines */
	size_t		 nslots;	/* a power of two */
	size_t		 n;
};

struct section {
	const char	*name;
	uint32_t	 cls;
	enum { S_PLAIN, S_VERB, S_NOUN } shape;
};

static const struct section sections[] = {
	{ "say",	LX_SAY,		S_VERB },
	{ "find",	LX_FIND,	S_VERB },
	{ "call",	LX_CALL,	S_VERB },
	{ "agent",	LX_AGENT,	S_PLAIN },
	{ "according",	LX_ACCORDING,	S_PLAIN },
	{ "title",	LX_TITLE,	S_NOUN },
	{ "honorific",	LX_HONORIFIC,	S_PLAIN },
	{ "people",	LX_PEOPLE,	S_NOUN },
	{ "org",	LX_ORG,		S_NOUN },
	{ "orgname",	LX_ORGNAME,	S_PLAIN },
	{ "doc",	LX_DOC,		S_NOUN },
	{ "pronoun",	LX_PRONOUN,	S_PLAIN },
	{ "det",	LX_DET,		S_PLAIN },
	{ "clause",	LX_CLAUSE,	S_PLAIN },
	{ "prep",	LX_PREP,	S_PLAIN },
	{ "aux",	LX_AUX,		S_PLAIN },
	{ "adverb",	LX_ADVERB,	S_PLAIN },
	{ "negation",	LX_NEG,		S_PLAIN },
	{ "time",	LX_TIME,	S_PLAIN },
	{ "place",	LX_PLACE,	S_PLAIN },
	{ "placeword",	LX_PLACEWORD,	S_PLAIN },
	{ "notname",	LX_NOTNAME,	S_PLAIN },
	{ "connector",	LX_CONNECTOR,	S_PLAIN },
	{ "abbreviation", LX_ABBR,	S_PLAIN },
	{ "given",	LX_GIVEN,	S_PLAIN }
};

static const struct {
	const char	*name;
	uint32_t	 bit;
} flag_names[] = {
	{ "weak", LF_WEAK }, { "object", LF_OBJECT }, { "for", LF_FOR },
	{ "any", LF_ANY }, { "m", LF_MALE }, { "f", LF_FEMALE },
	{ "plural", LF_PLURAL }, { "thing", LF_THING }, { "tag", LF_TAG },
	{ "doc", LF_DOC }, { "poll", LF_POLL }, { "figures", LF_FIGURES },
	{ "definite", LF_DEFINITE }, { "possessive", LF_POSSESSIVE },
	{ "be", LF_BE }, { "credit", LF_CREDIT }, { "people", LF_PEOPLE },
	{ "firm", LF_FIRM }, { "media", LF_MEDIA }, { "public", LF_PUBLIC },
	{ "finding", LF_FINDING }, { "saying", LF_SAYING },
	{ "outlet", LF_OUTLET }, { "business", LF_BUSINESS },
	{ "official", LF_OFFICIAL }, { "surname", LF_SURNAME }
};

static int
fold_char(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* FNV-1a over the folded bytes. */
static size_t
lex_hash(const char *s, size_t len)
{
	size_t	h = 2166136261u, i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)fold_char((unsigned char)s[i]);
		h *= 16777619u;
	}
	return h;
}

static int
lex_same(const char *folded, const char *s, size_t len)
{
	size_t	i;

	for (i = 0; i < len; i++) {
		if (folded[i] == '\0' ||
		    folded[i] != fold_char((unsigned char)s[i]))
			return 0;
	}
	return folded[len] == '\0';
}

static struct lexent *
lex_find(const struct attrib_lex *lex, const char *s, size_t len)
{
	size_t		i, mask = lex->nslots - 1, h;
	uint32_t	tag;

	if (lex->nslots == 0)
		return NULL;
	h = lex_hash(s, len);
	tag = (uint32_t)h | 1;
	for (i = h & mask; lex->tags[i] != 0; i = (i + 1) & mask) {
		if (lex->tags[i] == tag && lex->slots[i].h == h &&
		    lex_same(lex->slots[i].w, s, len))
			return &lex->slots[i];
	}
	return NULL;
}

static void
lex_grow(struct attrib_lex *lex)
{
	struct lexent	*old = lex->slots;
	size_t		 i, j, n = lex->nslots, mask;

	lex->nslots = n ? n * 2 : 1024;
	lex->slots = xcalloc(lex->nslots, sizeof *lex->slots);
	free(lex->tags);
	lex->tags = xcalloc(lex->nslots, sizeof *lex->tags);
	mask = lex->nslots - 1;
	for (i = 0; i < n; i++) {
		if (old[i].w == NULL)
			continue;
		for (j = old[i].h & mask;
		    lex->slots[j].w != NULL; j = (j + 1) & mask)
			;
		lex->slots[j] = old[i];
		lex->tags[j] = (uint32_t)old[i].h | 1;
	}
	free(old);
}

/* The entry for the folded word W, added when new. */
static struct lexent *
lex_get(struct attrib_lex *lex, const char *w)
{
	struct lexent	*e;
	size_t		 i, len = strlen(w), mask;

	if ((e = lex_find(lex, w, len)) != NULL)
		return e;
	/* At most a quarter full: most look-ups are of words that are not
	 * there, and end at the first empty slot. */
	if ((lex->n + 1) * 4 > lex->nslots)
		lex_grow(lex);
	mask = lex->nslots - 1;
	for (i = lex_hash(w, len) & mask; lex->slots[i].w != NULL;
	    i = (i + 1) & mask)
		;
	e = &lex->slots[i];
	e->w = xstrdup(w);
	e->h = lex_hash(w, len);
	lex->tags[i] = (uint32_t)e->h | 1;
	lex->n++;
	return e;
}

static void
info_merge(struct lex_info *to, const struct lex_info *from)
{
	to->cls |= from->cls;
	to->form |= from->form;
	to->flags |= from->flags;
}

/* Adds the form W (NW folded words) with INFO. */
static void
lex_add(struct attrib_lex *lex, char **w, size_t nw,
    const struct lex_info *info)
{
	struct lexent	*e = lex_get(lex, w[0]);
	struct phrase	*ph;
	size_t		 i, j;

	if (nw == 1) {
		info_merge(&e->info, info);
		return;
	}
	for (i = 0; i < e->nph; i++) {
		ph = &e->ph[i];
		if (ph->n != nw - 1)
			continue;
		for (j = 0; j < ph->n && strcmp(ph->w[j], w[j + 1]) == 0; j++)
			;
		if (j == ph->n) {
			info_merge(&ph->info, info);
			return;
		}
	}
	e->ph = xreallocarray(e->ph, e->nph + 1, sizeof *e->ph);
	ph = &e->ph[e->nph++];
	ph->n = nw - 1;
	ph->w = xcalloc(nw - 1, sizeof *ph->w);
	for (j = 0; j < nw - 1; j++)
		ph->w[j] = xstrdup(w[j + 1]);
	ph->info = *info;
}

static int
is_vowel(char c)
{
	return strchr("aeiou", c) != NULL;
}

/* W with its -s ending (a verb's third person, a noun's plural). */
static char *
inflect_s(const char *w)
{
	size_t	n = strlen(w);

	if (n >= 2 && w[n - 1] == 'y' && !is_vowel(w[n - 2]))
		return xasprintf("%.*sies", (int)(n - 1), w);
	if ((n >= 1 && strchr("sxzo", w[n - 1]) != NULL) ||
	    (n >= 2 && (strcmp(w + n - 2, "ch") == 0 ||
	    strcmp(w + n - 2, "sh") == 0)))
		return xasprintf("%ses", w);
	return xasprintf("%ss", w);
}

/* W with -ed. */
static char *
inflect_ed(const char *w)
{
	size_t	n = strlen(w);

	if (n >= 1 && w[n - 1] == 'e')
		return xasprintf("%sd", w);
	if (n >= 2 && w[n - 1] == 'y' && !is_vowel(w[n - 2]))
		return xasprintf("%.*sied", (int)(n - 1), w);
	return xasprintf("%sed", w);
}

/* W with -ing; PAST tells whether the consonant doubles. */
static char *
inflect_ing(const char *w, const char *past)
{
	size_t	n = strlen(w), pn = strlen(past);

	if (pn == n + 3 && strncmp(past, w, n) == 0 &&
	    past[n] == w[n - 1] && strcmp(past + n + 1, "ed") == 0)
		return xasprintf("%s%cing", w, w[n - 1]);
	if (n >= 2 && strcmp(w + n - 2, "ie") == 0)
		return xasprintf("%.*sying", (int)(n - 2), w);
	if (n >= 2 && w[n - 1] == 'e' && w[n - 2] != 'e' && w[n - 2] != 'y' &&
	    w[n - 2] != 'o')
		return xasprintf("%.*sing", (int)(n - 1), w);
	return xasprintf("%sing", w);
}

/* Adds the form FORM (NW words) with the word at INFL replaced by WORD
 * (NULL: kept). */
static void
lex_add_with(struct attrib_lex *lex, char **form, size_t nw, size_t infl,
    char *word, uint32_t cls, uint16_t vf, uint32_t flags)
{
	struct lex_info	 info = { .cls = cls, .flags = flags, .form = vf };
	char		*keep = form[infl];

	if (word != NULL)
		form[infl] = word;
	lex_add(lex, form, nw, &info);
	form[infl] = keep;
	free(word);
}

/* Adds one entry: FORMS[0..NF-1], each of NW[i] words, of section SEC. */
static void
lex_entry(struct attrib_lex *lex, const struct section *sec,
    char *forms[][LEX_PHRASE_MAX], const size_t *nw, size_t nf,
    uint32_t flags)
{
	char	**w = forms[0], *past;
	size_t	  n = nw[0], last = n - 1;

	switch (sec->shape) {
	case S_PLAIN:
		lex_add_with(lex, w, n, 0, NULL, sec->cls, 0, flags);
		break;
	case S_NOUN:
		lex_add_with(lex, w, n, 0, NULL, sec->cls, NF_SING, flags);
		if (nf > 1)
			lex_add_with(lex, forms[1], nw[1], 0, NULL, sec->cls,
			    NF_PLURAL, flags);
		else
			lex_add_with(lex, w, n, last, inflect_s(w[last]),
			    sec->cls, NF_PLURAL, flags);
		break;
	case S_VERB:
		lex_add_with(lex, w, n, 0, NULL, sec->cls, VF_BASE, flags);
		lex_add_with(lex, w, n, 0, inflect_s(w[0]), sec->cls, VF_3SG,
		    flags);
		past = nf > 1 ? xstrdup(forms[1][0]) : inflect_ed(w[0]);
		lex_add_with(lex, w, n, 0, xstrdup(past), sec->cls, VF_PAST,
		    flags);
		lex_add_with(lex, w, n, 0, xstrdup(nf > 2 ? forms[2][0] :
		    past), sec->cls, VF_PART, flags);
		lex_add_with(lex, w, n, 0, inflect_ing(w[0], past), sec->cls,
		    VF_ING, flags);
		free(past);
		break;
	}
}

/* Where parsing is, for messages. */
struct lexparse {
	struct attrib_lex	*lex;
	const char		*name;
	unsigned		 lineno;
	const struct section	*sec;
	char			**cause;
};

static int
lex_error(struct lexparse *lp, const char *msg, const char *what)
{
	*lp->cause = xasprintf("%s:%u: %s%s%s%s", lp->name, lp->lineno, msg,
	    what ? " \"" : "", what ? what : "", what ? "\"" : "");
	return -1;
}

/* Parses one entry, S (NUL-terminated, comma and comment removed). */
static int
lex_parse_entry(struct lexparse *lp, char *s)
{
	char		*forms[4][LEX_PHRASE_MAX], *p, *tok, *save;
	size_t		 nw[4] = { 0 }, nf = 1, i, k;
	uint32_t	 flags = 0;
	int		 found;

	for (p = s; (tok = strtok_r(p, " \t", &save)) != NULL; p = NULL) {
		if (*tok == '+') {
			found = 0;
			for (k = 0; k < sizeof flag_names /
			    sizeof flag_names[0]; k++) {
				if (strcmp(tok + 1, flag_names[k].name) == 0) {
					flags |= flag_names[k].bit;
					found = 1;
				}
			}
			if (!found)
				return lex_error(lp, "unknown flag", tok);
			continue;
		}
		if (flags != 0)
			return lex_error(lp, "a word after the flags", tok);
		while (tok != NULL) {
			char	*slash = strchr(tok, '/');

			if (slash != NULL)
				*slash = '\0';
			if (*tok == '\0')
				return lex_error(lp, "empty form", NULL);
			if (strlen(tok) > LEX_WORD_MAX)
				return lex_error(lp, "word too long", NULL);
			if (nw[nf - 1] == LEX_PHRASE_MAX)
				return lex_error(lp, "too many words in an "
				    "entry", NULL);
			for (i = 0; tok[i] != '\0'; i++)
				tok[i] = fold_char((unsigned char)tok[i]);
			forms[nf - 1][nw[nf - 1]++] = tok;
			if (slash == NULL)
				break;
			if (nf == 4)
				return lex_error(lp, "too many forms", NULL);
			nf++;
			tok = slash + 1;
		}
	}
	if (nw[0] == 0)
		return flags ? lex_error(lp, "flags without a word", NULL) : 0;
	for (i = 1; i < nf; i++) {
		if (nw[i] == 0)
			return lex_error(lp, "empty form", NULL);
	}
	if (lp->sec == NULL)
		return lex_error(lp, "entry before any [section]", NULL);
	lex_entry(lp->lex, lp->sec, forms, nw, nf, flags);
	return 0;
}

static int
lex_parse_line(struct lexparse *lp, char *line)
{
	char	*p, *comma;
	size_t	 k, n;

	if ((p = strchr(line, '#')) != NULL)
		*p = '\0';
	while (*line == ' ' || *line == '\t')
		line++;
	n = strlen(line);
	while (n > 0 && (line[n - 1] == ' ' || line[n - 1] == '\t' ||
	    line[n - 1] == '\r'))
		line[--n] = '\0';
	if (*line == '[') {
		if (n < 3 || line[n - 1] != ']')
			return lex_error(lp, "bad section line", line);
		line[n - 1] = '\0';
		for (k = 0; k < sizeof sections / sizeof sections[0]; k++) {
			if (strcmp(line + 1, sections[k].name) == 0) {
				lp->sec = &sections[k];
				return 0;
			}
		}
		return lex_error(lp, "unknown section", line + 1);
	}
	for (p = line; p != NULL; p = comma) {
		if ((comma = strchr(p, ',')) != NULL)
			*comma++ = '\0';
		if (lex_parse_entry(lp, p) != 0)
			return -1;
	}
	return 0;
}

struct attrib_lex *
attrib_lex_parse(const char *name, const char *text, size_t len, char **cause)
{
	struct lexparse	 lp;
	const char	*s = text, *end = text + len, *nl;
	char		*line;
	int		 rc;

	*cause = NULL;
	memset(&lp, 0, sizeof lp);
	lp.lex = xcalloc(1, sizeof *lp.lex);
	lp.name = name;
	lp.cause = cause;
	while (s < end) {
		nl = memchr(s, '\n', end - s);
		if (nl == NULL)
			nl = end;
		lp.lineno++;
		if (memchr(s, '\0', nl - s) != NULL) {
			lex_error(&lp, "NUL byte", NULL);
			attrib_lex_free(lp.lex);
			return NULL;
		}
		line = xstrndup(s, nl - s);
		rc = lex_parse_line(&lp, line);
		free(line);
		if (rc != 0) {
			attrib_lex_free(lp.lex);
			return NULL;
		}
		s = nl < end ? nl + 1 : end;
	}
	return lp.lex;
}

void
attrib_lex_free(struct attrib_lex *lex)
{
	size_t	i, j, k;

	if (lex == NULL)
		return;
	for (i = 0; i < lex->nslots; i++) {
		if (lex->slots[i].w == NULL)
			continue;
		for (j = 0; j < lex->slots[i].nph; j++) {
			for (k = 0; k < lex->slots[i].ph[j].n; k++)
				free(lex->slots[i].ph[j].w[k]);
			free(lex->slots[i].ph[j].w);
		}
		free(lex->slots[i].ph);
		free(lex->slots[i].w);
	}
	free(lex->slots);
	free(lex->tags);
	free(lex);
}

const struct attrib_lex *
attrib_lex_builtin(void)
{
	static struct attrib_lex	*lex;
	char				*cause = NULL;

	if (lex == NULL) {
		lex = attrib_lex_parse("data/attribution", attribution_txt,
		    strlen(attribution_txt), &cause);
		if (lex == NULL)
			fatal("%s", cause);
	}
	return lex;
}

int
attrib_lex_word(const struct attrib_lex *lex, const char *w, size_t len,
    struct lex_info *info)
{
	const struct lexent	*e = lex_find(lex, w, len);

	memset(info, 0, sizeof *info);
	if (e == NULL)
		return 0;
	*info = e->info;
	info->phrases = (uint16_t)(e->nph < UINT16_MAX ? e->nph : UINT16_MAX);
	return e->info.cls != 0;
}

size_t
attrib_lex_phrase(const struct attrib_lex *lex, const char *const *w,
    const size_t *len, size_t n, struct lex_info *info)
{
	const struct lexent	*e;
	const struct phrase	*ph;
	size_t			 i, j, best = 0;

	memset(info, 0, sizeof *info);
	if (n < 2 || (e = lex_find(lex, w[0], len[0])) == NULL)
		return 0;
	for (i = 0; i < e->nph; i++) {
		ph = &e->ph[i];
		if (ph->n + 1 > n || ph->n + 1 <= best)
			continue;
		for (j = 0; j < ph->n; j++) {
			if (!lex_same(ph->w[j], w[j + 1], len[j + 1]))
				break;
		}
		if (j == ph->n) {
			best = ph->n + 1;
			*info = ph->info;
		}
	}
	return best;
}
