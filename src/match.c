/* match.c: how alike two claims are, for "claims seen before". */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "match.h"
#include "xmalloc.h"

/* data/stopwords, compiled in by make (see Makefile.am). */
extern const char stopwords_txt[];

struct match_num {
	double	 value;
	char	*unit;		/* stem of the word counted, or NULL */
};

struct match_key {
	char			**words;	/* sorted, unique stems */
	size_t			  nwords;
	struct match_num	 *nums;		/* sorted by value */
	size_t			  nnums;
	int			  negated;
};

/* The word lists of data/stopwords, parsed once. */
struct wordset {
	char	**v;
	size_t	  n;
};
static struct wordset	 stop_words, neg_words, scale_words;
static double		*scale_values;
static int		 lists_loaded;

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Room for one more entry in V, an array of N of SIZE bytes: it doubles
 * when full (N a power of two), so building a key is linear. */
static void *
grow(void *v, size_t n, size_t size)
{
	if (n == 0 || (n & (n - 1)) == 0)
		return xreallocarray(v, n == 0 ? 1 : n * 2, size);
	return v;
}

static void
wordset_add(struct wordset *ws, const char *s, size_t len)
{
	ws->v = grow(ws->v, ws->n, sizeof *ws->v);
	ws->v[ws->n++] = xstrndup(s, len);
}

static int
wordset_find(const struct wordset *ws, const char *w)
{
	char	**hit;

	if (ws->n == 0)
		return -1;
	hit = bsearch(&w, ws->v, ws->n, sizeof *ws->v, cmp_str);
	return hit == NULL ? -1 : (int)(hit - ws->v);
}

static void
lists_load(void)
{
	const char	*p = stopwords_txt, *eol, *sp;
	size_t		 i, len;

	for (; *p != '\0'; p = *eol ? eol + 1 : eol) {
		if ((eol = strchr(p, '\n')) == NULL)
			eol = p + strlen(p);
		len = (size_t)(eol - p);
		if (len == 0 || *p == '#')
			continue;
		if (*p == '!')
			wordset_add(&neg_words, p + 1, len - 1);
		else if (*p == '=') {
			sp = memchr(p, ' ', len);
			if (sp == NULL)
				continue;
			wordset_add(&scale_words, p + 1, (size_t)(sp - p - 1));
		} else
			wordset_add(&stop_words, p, len);
	}
	if (stop_words.n > 1)
		qsort(stop_words.v, stop_words.n, sizeof *stop_words.v,
		    cmp_str);
	if (neg_words.n > 1)
		qsort(neg_words.v, neg_words.n, sizeof *neg_words.v, cmp_str);
	if (scale_words.n > 1)
		qsort(scale_words.v, scale_words.n, sizeof *scale_words.v,
		    cmp_str);
	/* Values in the sorted order of the scale words. */
	scale_values = xcalloc(scale_words.n + 1, sizeof *scale_values);
	for (p = stopwords_txt; *p != '\0'; p = *eol ? eol + 1 : eol) {
		if ((eol = strchr(p, '\n')) == NULL)
			eol = p + strlen(p);
		if (*p != '=' || (sp = memchr(p, ' ', (size_t)(eol - p))) == NULL)
			continue;
		for (i = 0; i < scale_words.n; i++) {
			len = strlen(scale_words.v[i]);
			if ((size_t)(sp - p - 1) == len &&
			    memcmp(p + 1, scale_words.v[i], len) == 0)
				scale_values[i] = strtod(sp + 1, NULL);
		}
	}
	lists_loaded = 1;
}

/* A light English stemmer: plurals, -ed, -ing, possessives. In place. */
static void
stem(char *w)
{
	size_t	n = strlen(w);

	if (n > 2 && w[n - 2] == '\'' && w[n - 1] == 's')
		w[n -= 2] = '\0';
	if (n > 4 && strcmp(w + n - 3, "ies") == 0) {
		strcpy(w + n - 3, "y");
		return;
	}
	if (n > 5 && strcmp(w + n - 3, "ing") == 0)
		w[n -= 3] = '\0';
	else if (n > 4 && strcmp(w + n - 2, "ed") == 0)
		w[n -= 2] = '\0';
	else if (n > 4 && strcmp(w + n - 4, "sses") == 0)
		w[n -= 2] = '\0';
	else if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' &&
	    w[n - 2] != 'u' && w[n - 2] != 'i')
		w[n -= 1] = '\0';
	/* "stopp" -> "stop", "plann" -> "plan" */
	if (n > 3 && w[n - 1] == w[n - 2] && strchr("bdgmnpt", w[n - 1]))
		w[n - 1] = '\0';
	/* "increase" and "increas(ed)" stem alike */
	n = strlen(w);
	if (n > 4 && w[n - 1] == 'e')
		w[n - 1] = '\0';
}

static int
is_word_byte(unsigned char c)
{
	return isalnum(c) || c >= 0x80;
}

/* A right single quote (U+2019) at P, used as an apostrophe. */
static int
is_curly_apostrophe(const unsigned char *p)
{
	return p[0] == 0xe2 && p[1] == 0x80 && p[2] == 0x99;
}

/* The number written at P ("3,000", "1.5"); its length in *LEN. */
static double
parse_number(const char *p, size_t *len)
{
	char	buf[64];
	size_t	i = 0, b = 0;

	while (p[i] != '\0' && b + 1 < sizeof buf) {
		if (isdigit((unsigned char)p[i]))
			buf[b++] = p[i++];
		else if (p[i] == ',' && isdigit((unsigned char)p[i + 1]))
			i++;
		else if (p[i] == '.' && isdigit((unsigned char)p[i + 1]))
			buf[b++] = p[i++];
		else
			break;
	}
	buf[b] = '\0';
	*len = i;
	return strtod(buf, NULL);
}

struct builder {
	struct match_key	*k;
	struct match_num	*open;	/* a number waiting for its unit */
};

static void
add_num(struct builder *b, double value, const char *unit)
{
	struct match_key	*k = b->k;

	k->nums = grow(k->nums, k->nnums, sizeof *k->nums);
	k->nums[k->nnums].value = value;
	k->nums[k->nnums].unit = unit != NULL ? xstrdup(unit) : NULL;
	b->open = unit == NULL ? &k->nums[k->nnums] : NULL;
	k->nnums++;
}

static void
add_word(struct builder *b, char *w)
{
	struct match_key	*k = b->k;
	int			 i;
	size_t			 n = strlen(w);

	if (n >= 3 && strcmp(w + n - 3, "n't") == 0) {
		k->negated ^= 1;
		return;
	}
	if (wordset_find(&neg_words, w) != -1) {
		k->negated ^= 1;
		return;
	}
	if ((i = wordset_find(&scale_words, w)) != -1 && k->nnums > 0 &&
	    b->open == &k->nums[k->nnums - 1]) {
		b->open->value *= scale_values[i];
		return;
	}
	if (strcmp(w, "percent") == 0 || strcmp(w, "cent") == 0) {
		if (b->open != NULL) {
			free(b->open->unit);
			b->open->unit = xstrdup("percent");
		}
		b->open = NULL;
		return;
	}
	if (strcmp(w, "per") == 0 && b->open != NULL)
		return;		/* "4.2 per cent", "40 per day" */
	if (wordset_find(&stop_words, w) != -1) {
		/* "3,000 of the men": only a word right after a number is
		 * what it counts. */
		b->open = NULL;
		return;
	}
	stem(w);
	if (b->open != NULL) {
		if (b->open->unit == NULL)
			b->open->unit = xstrdup(w);
		b->open = NULL;
	}
	k->words = grow(k->words, k->nwords, sizeof *k->words);
	k->words[k->nwords++] = xstrdup(w);
}

static int
cmp_num(const void *a, const void *b)
{
	const struct match_num	*x = a, *y = b;

	return (x->value > y->value) - (x->value < y->value);
}

static void
key_finish(struct match_key *k)
{
	size_t	i, j;

	if (k->nwords > 1)
		qsort(k->words, k->nwords, sizeof *k->words, cmp_str);
	for (i = j = 0; i < k->nwords; i++) {
		if (j > 0 && strcmp(k->words[j - 1], k->words[i]) == 0)
			free(k->words[i]);
		else
			k->words[j++] = k->words[i];
	}
	k->nwords = j;
	if (k->nnums > 1)
		qsort(k->nums, k->nnums, sizeof *k->nums, cmp_num);
}

static double
absolute(double x)
{
	return x < 0 ? -x : x;
}

/* A year: four digits from 1800 to 2100, no separators. It counts
 * nothing, so the word after it is no unit. */
static int
is_year(const char *s, size_t len, double value)
{
	return len == 4 && isdigit((unsigned char)s[1]) &&
	    isdigit((unsigned char)s[2]) && isdigit((unsigned char)s[3]) &&
	    value >= 1800 && value <= 2100;
}

struct match_key *
match_key_new(const char *text)
{
	struct builder		 b;
	const unsigned char	*p = (const unsigned char *)text;
	const char		*unit;
	char			 word[128];
	size_t			 n, len;
	double			 value;

	if (!lists_loaded)
		lists_load();
	b.k = xcalloc(1, sizeof *b.k);
	b.open = NULL;
	while (*p != '\0') {
		if (isdigit(*p)) {
			value = parse_number((const char *)p, &len);
			p += len;
			while (isalpha(*p))	/* 80th, 3rd, 10km */
				p++;
			add_num(&b, value, NULL);
			if (is_year((const char *)p - len, len, value))
				b.open = NULL;	/* "in 2023 the council" */
			if (*p == '%' && b.open != NULL) {
				b.open->unit = xstrdup("percent");
				b.open = NULL;
			}
			continue;
		}
		unit = NULL;
		if (*p == '$')
			unit = "dollar";
		else if (p[0] == 0xe2 && p[1] == 0x82 && p[2] == 0xac)
			unit = "euro";
		else if (p[0] == 0xc2 && p[1] == 0xa3)
			unit = "pound";
		if (unit != NULL) {
			p += *p == '$' ? 1 : (*p == 0xc2 ? 2 : 3);
			if (isdigit(*p)) {
				value = parse_number((const char *)p, &len);
				p += len;
				add_num(&b, value, NULL);
				/* "$4 million": the scale still applies; keep
				 * the number open but note its currency. */
				b.k->nums[b.k->nnums - 1].unit = xstrdup(unit);
			}
			continue;
		}
		if (!is_word_byte(*p)) {
			p++;
			continue;
		}
		n = 0;
		while (*p != '\0' && (is_word_byte(*p) || *p == '\'' ||
		    (is_curly_apostrophe(p) && is_word_byte(p[3])))) {
			if (is_curly_apostrophe(p)) {
				if (n + 1 < sizeof word)
					word[n++] = '\'';
				p += 3;
				continue;
			}
			if (n + 1 < sizeof word)
				word[n++] = (char)tolower(*p);
			p++;
		}
		while (n > 0 && word[n - 1] == '\'')
			n--;
		word[n] = '\0';
		if (n > 0)
			add_word(&b, word);
	}
	key_finish(b.k);
	return b.k;
}

void
match_key_free(struct match_key *k)
{
	size_t	i;

	if (k == NULL)
		return;
	for (i = 0; i < k->nwords; i++)
		free(k->words[i]);
	for (i = 0; i < k->nnums; i++)
		free(k->nums[i].unit);
	free(k->words);
	free(k->nums);
	free(k);
}

/* Numbers agree: the same values, and the same unit wherever both name
 * one. */
static int
nums_agree(const struct match_key *a, const struct match_key *b)
{
	size_t	i;

	if (a->nnums != b->nnums)
		return 0;
	for (i = 0; i < a->nnums; i++) {
		if (absolute(a->nums[i].value - b->nums[i].value) >
		    1e-9 * absolute(a->nums[i].value))
			return 0;
		if (a->nums[i].unit != NULL && b->nums[i].unit != NULL &&
		    strcmp(a->nums[i].unit, b->nums[i].unit) != 0)
			return 0;
	}
	return 1;
}

double
match_similarity(const struct match_key *a, const struct match_key *b)
{
	size_t	i = 0, j = 0, common = 0;
	int	c;

	if (a->negated != b->negated || !nums_agree(a, b))
		return 0;
	if (a->nwords + b->nwords == 0)
		return 0;
	while (i < a->nwords && j < b->nwords) {
		c = strcmp(a->words[i], b->words[j]);
		if (c == 0) {
			common++;
			i++;
			j++;
		} else if (c < 0)
			i++;
		else
			j++;
	}
	return 2.0 * (double)common / (double)(a->nwords + b->nwords);
}

const char *const *
match_key_words(const struct match_key *k, size_t *n)
{
	*n = k->nwords;
	return (const char *const *)k->words;
}

/*
 * stem() only cuts endings ('s, s, ed, ing, a doubled consonant, e) except
 * for "ies", which becomes "y": so every word is STEM followed by
 * something, or STEM less its y followed by "ies".
 */
int
match_stem_prefixes(const char *stem, char *prefix[2])
{
	size_t	n = strlen(stem);

	prefix[0] = xstrdup(stem);
	if (n < 3 || stem[n - 1] != 'y')
		return 1;
	prefix[1] = xstrdup(stem);
	prefix[1][n - 1] = 'i';
	return 2;
}
