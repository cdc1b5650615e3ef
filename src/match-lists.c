/* match-lists.c: the matcher's word lists (data/stopwords, data/synonyms). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lines.h"
#include "match-int.h"
#include "utf8.h"
#include "xmalloc.h"

/* The two files, compiled in by make (see Makefile.am). */
extern const char stopwords_txt[];
extern const char synonyms_txt[];

struct wordset {
	char	**v;
	size_t	  n;
};

struct month {
	char	*name;
	int	 number;
};

/* A phrase of data/synonyms: the stems of its words, in order. */
struct phrase {
	char	**stems;
	int	 *stem_e;	/* STEM_* of each stem */
	size_t	  n;
	int	  caps;		/* written in capitals: matches them only */
	size_t	  group;
};

/* The words that say one factor ("doubled", "twofold"): one term. */
struct factor {
	double	  value;
	char	 *name;		/* "=times_2" */
	char	**words;
	size_t	  n;
};

struct group {
	char	 *name;		/* "=" and its first phrase */
	char	**written;	/* its phrases as written */
	size_t	  n;
};

static struct wordset	 stop_words, neg_words, whom_words, scale_words;
static struct wordset	 number_words;
static struct wordset	 up_words, down_words, factor_words;
static double		*scale_values, *number_values, *factor_values;
static struct month	*months;
static size_t		 nmonths;
static const char	*month_full[13];
static const char	**month_all[13];
static size_t		 month_count[13];
static struct phrase	*phrases;	/* by first stem */
static size_t		 nphrases;
static struct group	*groups;
static size_t		 ngroups;
static struct factor	*factors;
static size_t		 nfactors;
static int		 loaded;

static void
wordset_add(struct wordset *ws, const char *s, size_t len)
{
	ws->v = xgrow_pow2(ws->v, ws->n, sizeof *ws->v);
	ws->v[ws->n++] = xstrndup(s, len);
}

/* Adds the word S (LEN bytes) to WS and VALUE to *VALUES, parallel. */
static void
wordset_add_value(struct wordset *ws, double **values, const char *s,
    size_t len, double value)
{
	wordset_add(ws, s, len);
	*values = xreallocarray(*values, ws->n, sizeof **values);
	(*values)[ws->n - 1] = value;
}

static int
wordset_find(const struct wordset *ws, const char *w)
{
	char	**hit;

	if (ws->n == 0)
		return -1;
	hit = bsearch(&w, ws->v, ws->n, sizeof *ws->v, match_cmp_str);
	return hit == NULL ? -1 : (int)(hit - ws->v);
}

static void
wordset_sort(struct wordset *ws)
{
	if (ws->n > 1)
		qsort(ws->v, ws->n, sizeof *ws->v, match_cmp_str);
}

/* Calls FN for each line of TEXT that is neither blank nor a comment. */
static void
each_line(const char *text, void (*fn)(const char *, size_t))
{
	struct lines	 lines;
	const char	*p, *eol;
	size_t		 len;

	lines_init(&lines, text, strlen(text));
	while (lines_next(&lines, &p, &eol)) {
		len = (size_t)(eol - p);
		while (len > 0 && UTF8_ASCII_SPACE(p[len - 1]))
			len--;
		if (len == 0 || *p == '#')
			continue;
		fn(p, len);
	}
}

/* "WORD N" after a sign: the word and the number. */
static int
word_and_number(const char *p, size_t len, size_t *wlen, double *value)
{
	const char	*sp = memchr(p, ' ', len);
	char		*num;

	if (sp == NULL)
		return -1;
	*wlen = (size_t)(sp - p);
	num = xstrndup(sp + 1, len - *wlen - 1);
	*value = strtod(num, NULL);
	free(num);
	return 0;
}

static void
stopword_line(const char *p, size_t len)
{
	size_t	wlen;
	double	value;

	switch (*p) {
	case '!':
		wordset_add(&neg_words, p + 1, len - 1);
		break;
	case '^':
		wordset_add(&whom_words, p + 1, len - 1);
		break;
	case '>':
	case '<':
		/* "doubled 2": the way, and a factor. */
		if (word_and_number(p + 1, len - 1, &wlen, &value) == 0)
			wordset_add_value(&factor_words, &factor_values, p + 1,
			    wlen, value);
		else
			wlen = len - 1;
		wordset_add(*p == '>' ? &up_words : &down_words, p + 1, wlen);
		break;
	case '=':
		if (word_and_number(p + 1, len - 1, &wlen, &value) == 0)
			wordset_add_value(&scale_words, &scale_values, p + 1,
			    wlen, value);
		break;
	case '+':
		if (word_and_number(p + 1, len - 1, &wlen, &value) == 0)
			wordset_add_value(&number_words, &number_values, p + 1,
			    wlen, value);
		break;
	case '@':
		if (word_and_number(p + 1, len - 1, &wlen, &value) == 0 &&
		    value >= 1 && value <= 12) {
			months = xgrow_pow2(months, nmonths, sizeof *months);
			months[nmonths].name = xstrndup(p + 1, wlen);
			months[nmonths++].number = (int)value;
		}
		break;
	default:
		wordset_add(&stop_words, p, len);
		break;
	}
}

/* One phrase of a synonym line, LEN bytes at P, of group G. */
static void
phrase_add(const char *p, size_t len, size_t g)
{
	struct toks	 ts;
	struct phrase	*ph;
	char		*s;
	size_t		 i, letters = 0, upper = 0;

	s = xstrndup(p, len);
	match_lex(s, &ts);
	for (i = 0; i < len; i++) {
		if (isalpha((unsigned char)s[i])) {
			letters++;
			upper += isupper((unsigned char)s[i]) != 0;
		}
	}
	if (ts.n > 0) {
		phrases = xgrow_pow2(phrases, nphrases, sizeof *phrases);
		ph = &phrases[nphrases++];
		ph->n = ts.n;
		ph->stems = xcalloc(ts.n, sizeof *ph->stems);
		ph->stem_e = xcalloc(ts.n, sizeof *ph->stem_e);
		for (i = 0; i < ts.n; i++) {
			ph->stems[i] = xstrdup(ts.v[i].stem);
			ph->stem_e[i] = ts.v[i].stem_e;
		}
		ph->caps = letters > 0 && upper == letters;
		ph->group = g;
		groups[g].written = xgrow_pow2(groups[g].written, groups[g].n,
		    sizeof *groups[g].written);
		groups[g].written[groups[g].n++] = xstrdup(s);
	}
	match_toks_free(&ts);
	free(s);
}

static void
synonym_line(const char *p, size_t len)
{
	const char	*end = p + len, *bar, *q;
	struct group	*g;
	size_t		 i, n;

	groups = xgrow_pow2(groups, ngroups, sizeof *groups);
	g = &groups[ngroups];
	memset(g, 0, sizeof *g);
	while (p < end) {
		for (bar = p; bar < end && *bar != '|'; bar++)
			/* nothing */;
		for (q = p; q < bar && UTF8_ASCII_SPACE(*q); q++)
			/* nothing */;
		for (n = (size_t)(bar - q); n > 0 &&
		    UTF8_ASCII_SPACE(q[n - 1]); n--)
			/* nothing */;
		if (n > 0) {
			if (g->name == NULL) {
				g->name = xmalloc(n + 2);
				g->name[0] = '=';
				for (i = 0; i < n; i++)
					g->name[i + 1] = isalnum(
					    (unsigned char)q[i]) ? (char)tolower(
					    (unsigned char)q[i]) : '_';
				g->name[n + 1] = '\0';
			}
			phrase_add(q, n, ngroups);
		}
		p = bar + 1;
	}
	if (g->name != NULL)
		ngroups++;
}

/* Files the factor word W, of VALUE, with the words of its value. */
static void
factor_add(char *w, double value)
{
	struct factor	*f;
	size_t		 i;
	char		 name[64];

	for (i = 0; i < nfactors && factors[i].value != value; i++)
		/* nothing */;
	if (i == nfactors) {
		factors = xgrow_pow2(factors, nfactors, sizeof *factors);
		f = &factors[nfactors++];
		memset(f, 0, sizeof *f);
		f->value = value;
		(void)snprintf(name, sizeof name, "=times_%g", value);
		f->name = xstrdup(name);
	}
	f = &factors[i];
	f->words = xgrow_pow2(f->words, f->n, sizeof *f->words);
	f->words[f->n++] = w;
}

static int
phrase_cmp(const void *a, const void *b)
{
	const struct phrase	*x = a, *y = b;

	return strcmp(x->stems[0], y->stems[0]);
}

static void
lists_load(void)
{
	size_t	i;
	int	m;

	loaded = 1;	/* before the synonyms: their phrases are lexed */
	each_line(stopwords_txt, stopword_line);
	wordset_sort(&stop_words);
	wordset_sort(&neg_words);
	wordset_sort(&whom_words);
	wordset_sort(&up_words);
	wordset_sort(&down_words);
	/* Factor words stay in file order, parallel to their values. */
	for (i = 0; i < factor_words.n; i++)
		factor_add(factor_words.v[i], factor_values[i]);
	/* Scale words stay in file order: few, searched one by one. */
	for (i = 0; i < nmonths; i++) {
		m = months[i].number;
		if (month_full[m] == NULL)
			month_full[m] = months[i].name;
		month_all[m] = xgrow_pow2(month_all[m], month_count[m],
		    sizeof *month_all[m]);
		month_all[m][month_count[m]++] = months[i].name;
	}
	each_line(synonyms_txt, synonym_line);
	if (nphrases > 1)
		qsort(phrases, nphrases, sizeof *phrases, phrase_cmp);
}

static void
ensure_loaded(void)
{
	if (!loaded)
		lists_load();
}

int
match_lists_stop(const char *w)
{
	ensure_loaded();
	return wordset_find(&stop_words, w) != -1;
}

int
match_lists_negation(const char *w)
{
	ensure_loaded();
	return wordset_find(&neg_words, w) != -1;
}

int
match_lists_whom(const char *w)
{
	ensure_loaded();
	return wordset_find(&whom_words, w) != -1;
}

int
match_lists_direction(const char *w)
{
	ensure_loaded();
	if (wordset_find(&up_words, w) != -1)
		return 1;
	return wordset_find(&down_words, w) != -1 ? -1 : 0;
}

const char *
match_lists_factor(const char *w, const char *const **words, size_t *n)
{
	size_t	i, j;

	ensure_loaded();
	for (i = 0; i < nfactors; i++) {
		for (j = 0; j < factors[i].n; j++) {
			if (strcmp(factors[i].words[j], w) == 0) {
				*words = (const char *const *)factors[i].words;
				*n = factors[i].n;
				return factors[i].name;
			}
		}
	}
	return NULL;
}

const char *
match_lists_factor_of(double value, const char *const **words, size_t *n)
{
	size_t	i;

	ensure_loaded();
	for (i = 0; i < nfactors; i++) {
		if (factors[i].value == value) {
			*words = (const char *const *)factors[i].words;
			*n = factors[i].n;
			return factors[i].name;
		}
	}
	return NULL;
}

/* The value of W in VALUES, parallel to the words of WS; 0 when W is none
 * of them. The lists must be loaded: VALUES is read before the call. */
static double
wordset_value(const struct wordset *ws, const double *values, const char *w)
{
	size_t	i;

	for (i = 0; i < ws->n; i++) {
		if (strcmp(ws->v[i], w) == 0)
			return values[i];
	}
	return 0;
}

double
match_lists_scale(const char *w)
{
	ensure_loaded();
	return wordset_value(&scale_words, scale_values, w);
}

double
match_lists_number(const char *w)
{
	ensure_loaded();
	return wordset_value(&number_words, number_values, w);
}

int
match_lists_month(const char *w)
{
	size_t	i;

	ensure_loaded();
	for (i = 0; i < nmonths; i++) {
		if (strcmp(months[i].name, w) == 0)
			return months[i].number;
	}
	return 0;
}

const char *
match_lists_month_name(int m)
{
	ensure_loaded();
	return m >= 1 && m <= 12 ? month_full[m] : NULL;
}

const char *const *
match_lists_month_names(int m, size_t *n)
{
	ensure_loaded();
	if (m < 1 || m > 12) {
		*n = 0;
		return NULL;
	}
	*n = month_count[m];
	return (const char *const *)month_all[m];
}

/* Whether phrase PH matches the tokens of TS from I. */
static int
phrase_matches(const struct phrase *ph, const struct toks *ts, size_t i)
{
	const struct tok	*t;
	size_t			 k;

	if (i + ph->n > ts->n || (ph->caps && ts->shouting))
		return 0;
	for (k = 0; k < ph->n; k++) {
		t = &ts->v[i + k];
		if ((t->flags & TF_META) || strcmp(t->stem, ph->stems[k]) != 0 ||
		    !STEM_E_AGREE(t->stem_e, ph->stem_e[k]))
			return 0;
		if (ph->caps && t->kind == TOK_WORD &&
		    !(t->flags & TF_ALLCAPS))
			return 0;
	}
	return 1;
}

const char *
match_lists_synonym(const struct toks *ts, size_t i, size_t *len,
    const char *const **written, size_t *nwritten)
{
	const struct phrase	*best = NULL;
	size_t			 lo = 0, hi, mid;
	const char		*first = ts->v[i].stem;

	ensure_loaded();
	hi = nphrases;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (strcmp(phrases[mid].stems[0], first) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < nphrases && strcmp(phrases[lo].stems[0], first) == 0;
	    lo++) {
		if ((best == NULL || phrases[lo].n > best->n) &&
		    phrase_matches(&phrases[lo], ts, i))
			best = &phrases[lo];
	}
	if (best == NULL)
		return NULL;
	*len = best->n;
	*written = (const char *const *)groups[best->group].written;
	*nwritten = groups[best->group].n;
	return groups[best->group].name;
}
