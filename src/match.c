/* match.c: how alike two claims are, for "claims seen before". */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "match.h"
#include "match-int.h"
#include "xmalloc.h"

struct match_num {
	double	 value;
	char	*unit;		/* stem of the word counted, or NULL */
	int	 level;		/* a level reached ("fell to 7.2%"), not
				   a change ("fell 7.2%") */
};

/* What a term owns: its stem, and the phrases of a word or number. */
struct term_own {
	char		 *stem;
	char		 *written[2];
	const char	**list;
	char		 *shown;	/* as the text writes it, for a
					   reader; NULL for a number */
};

struct match_key {
	char			**words;	/* sorted, unique stems */
	size_t			  nwords;
	struct match_num	 *nums;		/* sorted by value */
	size_t			  nnums;
	int			  negated;
	int			  up, down;	/* words saying a figure went
						   up, down ("rose", "fell") */
	struct match_term	 *terms;	/* reading order */
	struct term_own		 *own;		/* parallel to terms */
	size_t			  nterms;
	struct match_date	 *dates;
	size_t			  ndates;
	struct match_date	 *posted;
	size_t			  nposted;
};

int
match_cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

struct builder {
	struct match_key	*k;
	const struct toks	*ts;
	long			 open;		/* the number waiting for its
						   unit (index in nums), -1 */
	long			 open_term;	/* its term */
	int			 narrow;	/* in a phrase that says of whom
						   ("among young children"):
						   its terms MATCH_NARROW */
};

/* Appends a term; WRITTEN (may be NULL) and WRITTEN2 (may be NULL) are
 * its phrases unless PHRASES is given. */
static void
term_add(struct builder *b, const char *stem, int flags,
    const char *const *phrases, size_t nphrases, const char *written,
    const char *written2)
{
	struct match_key	*k = b->k;
	struct match_term	*t;
	struct term_own		*o;

	k->terms = xgrow_pow2(k->terms, k->nterms, sizeof *k->terms);
	k->own = xgrow_pow2(k->own, k->nterms, sizeof *k->own);
	t = &k->terms[k->nterms];
	o = &k->own[k->nterms];
	k->nterms++;
	memset(o, 0, sizeof *o);
	o->stem = xstrdup(stem);
	t->stem = o->stem;
	t->flags = flags | (b->narrow ? MATCH_NARROW : 0);
	if (phrases != NULL) {
		t->phrases = phrases;
		t->nphrases = nphrases;
		return;
	}
	o->list = xcalloc(2, sizeof *o->list);
	t->nphrases = 0;
	if (written != NULL) {
		o->written[0] = xstrdup(written);
		o->list[t->nphrases++] = o->written[0];
	}
	if (written2 != NULL && (written == NULL ||
	    strcmp(written, written2) != 0)) {
		o->written[1] = xstrdup(written2);
		o->list[t->nphrases++] = o->written[1];
	}
	t->phrases = o->list;
}

/* The last term is written as tokens FROM..TO (included) are. */
static void
term_shown(struct builder *b, const struct tok *from, const struct tok *to)
{
	struct term_own	*o = &b->k->own[b->k->nterms - 1];

	free(o->shown);
	o->shown = xstrndup(from->at, (size_t)(to->at + to->len - from->at));
}

static void
word_add(struct builder *b, const char *stem)
{
	struct match_key	*k = b->k;

	k->words = xgrow_pow2(k->words, k->nwords, sizeof *k->words);
	k->words[k->nwords++] = xstrdup(stem);
}

/* A number's canonical form: "3000", "4.2", "1500000". */
static void
num_text(double value, char *buf, size_t size)
{
	snprintf(buf, size, "%.15g", value);
}

/* A year: four plain digits from 1800 to 2100. It counts nothing, so the
 * word after it is no unit. */
static int
is_year(const struct tok *t)
{
	return (t->flags & TF_PLAIN) && strlen(t->low) == 4 &&
	    t->value >= 1800 && t->value <= 2100;
}

/* The term flags of token T: a capital inside a sentence names
 * something, unless the whole text is in capitals. */
static int
cap_flag(const struct builder *b, const struct tok *t)
{
	if (b->ts->shouting || !(t->flags & TF_CAP) || (t->flags & TF_SENT))
		return 0;
	return MATCH_CAP;
}

static void
unit_set(struct builder *b, const char *unit)
{
	struct match_num	*n;

	if (b->open < 0)
		return;
	n = &b->k->nums[b->open];
	if (n->unit == NULL)
		n->unit = xstrdup(unit);
	b->open = -1;
}

/* Whether the number at I, a token of the text, is a level a figure went
 * to: "to" between it and a word that says which way ("fell to 7.2%",
 * "rose to 4,000"), not a change ("fell 7.2%") nor whom it went to
 * ("granted to 2,500"). */
static int
is_level(const struct builder *b, size_t i)
{
	const struct tok	*v = b->ts->v;

	if (i < 2 || i >= b->ts->n || is_year(&v[i]) ||
	    (v[i].flags & TF_DATE) || v[i - 1].kind != TOK_WORD ||
	    strcmp(v[i - 1].low, "to") != 0 || v[i - 2].kind != TOK_WORD)
		return 0;
	return match_lists_direction(v[i - 2].low) != 0;
}

/* Adds number T, which stands at I in the text's tokens. */
static void
add_num(struct builder *b, const struct tok *t, size_t i)
{
	struct match_key	*k = b->k;
	char			 canon[64], *written;

	k->nums = xgrow_pow2(k->nums, k->nnums, sizeof *k->nums);
	k->nums[k->nnums].value = t->value;
	k->nums[k->nnums].unit = t->unit != NULL ? xstrdup(t->unit) : NULL;
	k->nums[k->nnums].level = is_level(b, i);
	num_text(t->value, canon, sizeof canon);
	written = xstrndup(t->at, t->len);
	term_add(b, canon, MATCH_NUMBER, NULL, 0, written, canon);
	free(written);
	b->open = (long)k->nnums;
	b->open_term = (long)k->nterms - 1;
	k->nnums++;
	/* "4.2%": the unit is said; "in 2023 the council", "January 6,
	 * 2021": nothing is counted. */
	if ((t->unit != NULL && strcmp(t->unit, "percent") == 0) ||
	    is_year(t) || (t->flags & TF_DATE))
		b->open = -1;
}

/* "1.5 million": the open number is scaled, its term written anew. */
static void
scale(struct builder *b, double by, const char *word)
{
	struct match_num	*n = &b->k->nums[b->open];
	struct match_term	*t = &b->k->terms[b->open_term];
	struct term_own		*o = &b->k->own[b->open_term];
	char			 canon[64], *w;

	n->value *= by;
	num_text(n->value, canon, sizeof canon);
	free(o->stem);
	o->stem = xstrdup(canon);
	t->stem = o->stem;
	w = xasprintf("%s %s", o->written[0] != NULL ? o->written[0] : "",
	    word);
	free(o->written[0]);
	o->written[0] = w;
	o->list[0] = w;
	free(o->written[1]);
	o->written[1] = xstrdup(canon);
	o->list[1] = o->written[1];
	t->nphrases = 2;
}

/* Whether the word T calls what it is said of untrue: "false" or
 * "untrue" before "that" ("it is false that exports fell") or at the end
 * of its clause ("the claim that exports fell is false"); not a word
 * before a noun ("false alarms"). */
static int
denies(const struct builder *b, const struct tok *t)
{
	const struct tok	*next = t + 1;
	const char		*p;

	if (strcmp(t->low, "false") != 0 && strcmp(t->low, "untrue") != 0)
		return 0;
	if (next == b->ts->v + b->ts->n || (next->flags & TF_SENT))
		return 1;
	if (next->kind == TOK_WORD && strcmp(next->low, "that") == 0)
		return 1;
	for (p = next->at - next->gap; p < next->at; p++) {
		if (strchr(",;:.!?", *p) != NULL)
			return 1;
	}
	return 0;
}

/* Whether T ends the phrase that says of whom ("among the children,"):
 * a stop in the text before it, or a small word but an article. */
static int
narrow_ends(const struct tok *t, int stop)
{
	const char	*p;

	for (p = t->at - t->gap; p < t->at; p++) {
		if (strchr(",;:.!?()", *p) != NULL)
			return 1;
	}
	return (t->flags & TF_SENT) || (stop && strcmp(t->low, "the") != 0 &&
	    strcmp(t->low, "a") != 0 && strcmp(t->low, "an") != 0 &&
	    strcmp(t->low, "all") != 0);
}

/* Whether the word T, a small one, says which time: "this" before "year"
 * ("this year" is not "last year"). */
static int
time_which(const struct builder *b, const struct tok *t)
{
	static const char *const periods[] = {
		"year", "month", "week", "quarter", "decade", "season",
		"spring", "summer", "autumn", "fall", "winter", "weekend",
		"century", "term", "semester", "morning", "evening"
	};
	const struct tok	*next = t + 1;
	size_t			 i;

	if (strcmp(t->low, "this") != 0 || next == b->ts->v + b->ts->n ||
	    next->kind != TOK_WORD)
		return 0;
	if (next->flags & TF_MONTH)
		return 1;
	for (i = 0; i < sizeof periods / sizeof periods[0]; i++) {
		if (strcmp(next->low, periods[i]) == 0)
			return 1;
	}
	return 0;
}

/* What "years" is read as: the group of data/synonyms' "year | yr |
 * yrs" line. */
#define MATCH_YEARS	"=year"

/* Years in a word that counts them: "decade" 10, "century" 100; else 0. */
static double
years_in(const char *w)
{
	if (strcmp(w, "decade") == 0 || strcmp(w, "decades") == 0)
		return 10;
	if (strcmp(w, "century") == 0 || strcmp(w, "centuries") == 0)
		return 100;
	return 0;
}

/* Whether the decade or century at T counts no years: a rate ("40 per
 * decade", "3 millimetres a decade", "$5 a century") or an ordinal's ("the
 * 12th century"). */
static int
years_rate(const struct builder *b, const struct tok *t)
{
	const struct tok	*v = b->ts->v;

	if (t == v)
		return 0;
	if (t[-1].kind == TOK_NUM)
		return (t[-1].flags & TF_ORDINAL) != 0;
	if (strcmp(t[-1].low, "per") == 0)
		return 1;
	/* "a" after a figure or a figure's unit. */
	return (strcmp(t[-1].low, "a") == 0 || strcmp(t[-1].low, "an") == 0) &&
	    ((t - 2 >= v && t[-2].kind == TOK_NUM) ||
	    (t - 3 >= v && t[-3].kind == TOK_NUM && t[-2].kind == TOK_WORD));
}

/* Word T that multiplies by BY: the number just before it scaled ("1.5
 * million", "two decades"), or after "a" a number of its own ("a
 * thousand", "a decade"). 1, or 0 when it is neither. */
static int
scale_word(struct builder *b, const struct tok *t, double by)
{
	struct tok	one;

	if (b->open >= 0 && b->open == (long)b->k->nnums - 1) {
		scale(b, by, t->low);
		return 1;
	}
	if (t == b->ts->v || t[-1].kind != TOK_WORD ||
	    strcmp(t[-1].low, "a") != 0)
		return 0;
	one = *t;
	one.kind = TOK_NUM;
	one.value = by;
	one.flags |= TF_PLAIN;
	one.unit = NULL;
	add_num(b, &one, (size_t)(t - b->ts->v));
	return 1;
}

static void
add_word(struct builder *b, const struct tok *t)
{
	struct match_key	*k = b->k;
	const char		*w = t->low, *name, *stem = t->stem;
	const char *const	*names;
	size_t			 n = strlen(w), nnames;
	double			 by;
	int			 way;

	/* A stop before it ends the phrase that says of whom. */
	if (b->narrow && narrow_ends(t, 0))
		b->narrow = 0;
	if (n >= 3 && strcmp(w + n - 3, "n't") == 0) {
		k->negated ^= 1;
		return;
	}
	if (match_lists_negation(w) || denies(b, t)) {
		k->negated ^= 1;
		return;
	}
	switch ((way = match_lists_direction(w))) {
	case 1:
		k->up++;
		break;
	case -1:
		k->down++;
		break;
	}
	/* "1.5 million", "a thousand jobs". */
	if ((by = match_lists_scale(w)) != 0 && scale_word(b, t, by))
		return;
	if (strcmp(w, "percent") == 0 || strcmp(w, "cent") == 0 ||
	    strcmp(w, "pct") == 0) {
		unit_set(b, "percent");
		b->open = -1;
		return;
	}
	if (strcmp(w, "per") == 0 && b->open >= 0)
		return;		/* "4.2 per cent", "40 per day" */
	if (t->flags & TF_MONTH) {
		name = match_lists_month_name(t->month);
		names = match_lists_month_names(t->month, &nnames);
		b->open = -1;
		word_add(b, name);
		term_add(b, name, MATCH_GROUP | cap_flag(b, t), names, nnames,
		    NULL, NULL);
		term_shown(b, t, t);
		return;
	}
	/* "between January and May": a month inside a sentence, capitalised,
	 * however like a small word it is. */
	if ((match_lists_stop(w) || match_lists_stop(t->stem)) &&
	    !((t->flags & TF_CAP) && !(t->flags & TF_SENT) &&
	    !b->ts->shouting && match_lists_month(w) != 0) &&
	    !time_which(b, t)) {
		/* "3,000 of the men": only a word right after a number is
		 * what it counts. */
		b->open = -1;
		if (narrow_ends(t, 1))
			b->narrow = 0;
		return;
	}
	/* "doubled" is "twofold", and no "tripled": a factor is its own
	 * term, of no way. */
	if ((name = match_lists_factor(w, &names, &nnames)) != NULL) {
		b->open = -1;
		word_add(b, name);
		term_add(b, name, 0, names, nnames, NULL, NULL);
		term_shown(b, t, t);
		return;
	}
	/* "two decades" is "20 years", "a decade" "10 years". */
	if ((by = years_in(w)) != 0 && !years_rate(b, t) &&
	    scale_word(b, t, by))
		stem = MATCH_YEARS;
	unit_set(b, stem);
	/* Words that say a figure went one way are one word ("fell",
	 * "dropped"), as term_same() reads them; written as they are. */
	name = way > 0 ? "^up" : way < 0 ? "^down" : stem;
	word_add(b, name);
	term_add(b, name, cap_flag(b, t) | (way > 0 ? MATCH_UP : 0) |
	    (way < 0 ? MATCH_DOWN : 0) | (match_lists_whom(w) ||
	    match_lists_whom(t->stem) ? MATCH_NARROW : 0), NULL, 0, t->low,
	    NULL);
	term_shown(b, t, t);
	/* "among children": what follows says of whom it is said. */
	if (strcmp(w, "among") == 0 || strcmp(w, "amongst") == 0)
		b->narrow = 1;
}

/* Whether token K of B's text is a word, in the phrase (no stop before
 * it), found in LIST (NULL-terminated; NULL: any word). */
static int
phrase_word(const struct builder *b, size_t k, const char *const *list)
{
	const struct tok	*x;

	if (k >= b->ts->n)
		return 0;
	x = &b->ts->v[k];
	if (x->kind != TOK_WORD || narrow_ends(x, 0))
		return 0;
	for (; list != NULL && *list != NULL; list++) {
		if (strcmp(x->low, *list) == 0)
			return 1;
	}
	return list == NULL;
}

/*
 * "four times as many", "4 times higher", "4-fold": at number T (token I),
 * a factor said in words, the same term as "quadrupled" and "fourfold"
 * and no figure. The tokens it takes, or 0 when it is none ("rose four
 * times this year" counts times).
 */
static size_t
factor_phrase(struct builder *b, const struct tok *t, size_t i)
{
	/* After "times": a comparative ("higher"), "the" ("four times the
	 * level"), or "as" and a comparative or a word of quantity ("as
	 * many"), all of the phrase. */
	static const char *const more[] = { "more", "higher", "larger",
	    "bigger", "greater", "faster", "over", NULL };
	static const char *const much[] = { "many", "much", "high", "large",
	    "big", "great", NULL };
	static const char *const the[] = { "the", NULL };
	static const char *const as[] = { "as", NULL };
	const struct toks	*ts = b->ts;
	const struct tok	*w = t + 1;
	const char		*name;
	const char *const	*names;
	size_t			 nnames, n = 0;

	if (t->unit != NULL || (t->flags & TF_DATE) ||
	    !phrase_word(b, i + 1, NULL))
		return 0;
	if (strcmp(w->low, "fold") == 0)
		n = 2;
	else if (strcmp(w->low, "times") != 0)
		n = 0;
	else if (phrase_word(b, i + 2, more))
		n = 3;
	else if (phrase_word(b, i + 2, the))
		n = 2;
	else if (phrase_word(b, i + 2, as) && (phrase_word(b, i + 3, more) ||
	    phrase_word(b, i + 3, much)))
		n = 4;
	if (n == 0 ||
	    (name = match_lists_factor_of(t->value, &names, &nnames)) == NULL)
		return 0;
	b->open = -1;
	word_add(b, name);
	term_add(b, name, 0, names, nnames, NULL, NULL);
	term_shown(b, t, &ts->v[i + n - 1]);
	return n;
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
		qsort(k->words, k->nwords, sizeof *k->words, match_cmp_str);
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

static struct match_date *
dates_dup(const struct match_date *v, size_t n)
{
	struct match_date	*d;

	if (n == 0)
		return NULL;
	d = xcalloc(n, sizeof *d);
	memcpy(d, v, n * sizeof *d);
	return d;
}

/* Whether one of the bytes of SET is among the N bytes at P. */
static int
memchr_any(const char *p, size_t n, const char *set)
{
	for (; *set != '\0'; set++) {
		if (memchr(p, *set, n) != NULL)
			return 1;
	}
	return 0;
}

struct match_key *
match_key_new(const char *text)
{
	struct builder		 b;
	struct toks		 ts;
	const struct tok	*t;
	const char		*group;
	const char *const	*phrases;
	size_t			 i, len, nphrases;

	match_lex(text, &ts);
	memset(&b, 0, sizeof b);
	b.k = xcalloc(1, sizeof *b.k);
	b.ts = &ts;
	b.open = b.open_term = -1;
	for (i = 0; i < ts.n; i++) {
		t = &ts.v[i];
		if (t->flags & TF_META)
			continue;
		/* "to 23, state figures show": no word past a comma is
		 * what a number counts. */
		if (b.open >= 0 && memchr_any(t->at - t->gap, t->gap, ",;:()"))
			b.open = -1;
		group = match_lists_synonym(&ts, i, &len, &phrases,
		    &nphrases);
		if (group != NULL && b.narrow && narrow_ends(t, 0))
			b.narrow = 0;
		if (group != NULL) {
			unit_set(&b, group);
			word_add(&b, group);
			term_add(&b, group, MATCH_GROUP | cap_flag(&b, t) |
			    (match_lists_whom(group + (*group == '=')) ?
			    MATCH_NARROW : 0),
			    phrases, nphrases, NULL, NULL);
			term_shown(&b, t, &ts.v[i + len - 1]);
			i += len - 1;
			continue;
		}
		if (t->kind == TOK_NUM) {
			b.narrow = 0;
			if ((len = factor_phrase(&b, t, i)) > 0)
				i += len - 1;
			else
				add_num(&b, t, i);
		} else
			add_word(&b, t);
	}
	b.k->dates = dates_dup(ts.dates, ts.ndates);
	b.k->ndates = ts.ndates;
	b.k->posted = dates_dup(ts.posted, ts.nposted);
	b.k->nposted = ts.nposted;
	match_toks_free(&ts);
	key_finish(b.k);
	return b.k;
}

void
match_key_free(struct match_key *k)
{
	size_t	i;

	if (k == NULL)
		return;
	xfree_strings(k->words, k->nwords);
	for (i = 0; i < k->nnums; i++)
		free(k->nums[i].unit);
	for (i = 0; i < k->nterms; i++) {
		free(k->own[i].stem);
		free(k->own[i].written[0]);
		free(k->own[i].written[1]);
		free(k->own[i].list);
		free(k->own[i].shown);
	}
	free(k->nums);
	free(k->terms);
	free(k->own);
	free(k->dates);
	free(k->posted);
	free(k);
}

static double
absolute(double x)
{
	return x < 0 ? -x : x;
}

/* Numbers agree: the same values, the same unit wherever both name one,
 * and each a level reached on both sides or on neither. */
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
		if (a->nums[i].level != b->nums[i].level)
			return 0;
	}
	return 1;
}

/* Which way K says a figure went: 1 up, -1 down, 0 neither or both. */
static int
direction(const struct match_key *k)
{
	return (k->up > 0) - (k->down > 0);
}

int
match_agree(const struct match_key *a, const struct match_key *b)
{
	return a->negated == b->negated && nums_agree(a, b) &&
	    direction(a) * direction(b) != -1;
}

/* Two texts are read for words put for others (match_swap()) only when at
 * least this share of the terms of each is in the other, its source's
 * words aside: posts and headlines that restate a claim in their own words
 * put words for others all along. */
#define SWAP_SHARED	0.6

/* Terms that stand for one word: the same stem (a possessive's too:
 * "minister's" is stemmed "minister"), or two words that say a figure went
 * the same way ("cut", "slashed"). Words that only begin alike are other
 * words: "India", "Indiana"; "employers", "employees". */
static int
term_same(const struct match_term *a, const struct match_term *b)
{
	return strcmp(a->stem, b->stem) == 0 ||
	    (a->flags & b->flags & (MATCH_UP | MATCH_DOWN)) != 0;
}

/* Whether term I of K, a word, is written in SOURCE, the one K's text
 * attributes it to (NULL: none). */
static int
term_in_source(const struct match_key *k, size_t i, const char *source)
{
	const char	*w = k->own[i].shown, *p;
	size_t		 n;

	if (source == NULL || w == NULL || (k->terms[i].flags & MATCH_NUMBER))
		return 0;
	n = strlen(w);
	for (p = source; (p = strstr(p, w)) != NULL; p++) {
		if ((p == source || !isalnum((unsigned char)p[-1])) &&
		    !isalnum((unsigned char)p[n]))
			return 1;
	}
	return 0;
}

/* The share of the terms of A that are in B, in any order, the words of
 * A's source ASRC (may be NULL) and the terms of flags SKIP left out; 0
 * when none is left. */
static double
share_in(const struct match_key *a, const char *asrc,
    const struct match_key *b, int skip)
{
	size_t	i, j, n = 0, of = 0;

	for (i = 0; i < a->nterms; i++) {
		if (term_in_source(a, i, asrc) || (a->terms[i].flags & skip))
			continue;
		of++;
		for (j = 0; j < b->nterms; j++) {
			if (term_same(&a->terms[i], &b->terms[j])) {
				n++;
				break;
			}
		}
	}
	return of > 0 ? (double)n / (double)of : 0;
}

double
match_shared(const struct match_key *a, const struct match_key *b)
{
	double	x = share_in(a, NULL, b, 0), y = share_in(b, NULL, a, 0);

	return x < y ? x : y;
}

/* The words of A, numbers and the words of its source ASRC aside, that B
 * does not have but in its source BSRC, as written, in reading order; ""
 * when none. *NARROW says whether one of them says of whom it is said
 * (MATCH_NARROW). */
static char *
words_only_in(const struct match_key *a, const char *asrc,
    const struct match_key *b, const char *bsrc, int *narrow)
{
	char	*s = xstrdup(""), *t;
	size_t	 i, j;

	*narrow = 0;
	for (i = 0; i < a->nterms; i++) {
		if ((a->terms[i].flags & MATCH_NUMBER) ||
		    a->own[i].shown == NULL || term_in_source(a, i, asrc))
			continue;
		for (j = 0; j < b->nterms; j++) {
			if (term_same(&a->terms[i], &b->terms[j]) &&
			    !term_in_source(b, j, bsrc))
				break;
		}
		if (j < b->nterms || strstr(s, a->own[i].shown) != NULL)
			continue;
		*narrow |= (a->terms[i].flags & MATCH_NARROW) != 0;
		t = xasprintf("%s%s%s", s, *s != '\0' ? " " : "",
		    a->own[i].shown);
		free(s);
		s = t;
	}
	return s;
}

char *
match_swap(const struct match_key *a, const char *asrc,
    const struct match_key *b, const char *bsrc)
{
	char	*sa, *sb, *why = NULL;
	int	 na, nb;

	if (a->nterms == 0 || b->nterms == 0 ||
	    share_in(a, asrc, b, MATCH_NARROW) < SWAP_SHARED ||
	    share_in(b, bsrc, a, MATCH_NARROW) < SWAP_SHARED)
		return NULL;
	/* Words on both sides that the other lacks, in any order ("the
	 * school budget was cut" for "cut the library budget"): some put
	 * for others. Words only added or left out say more or less of one
	 * claim, but for those that say of whom it is said ("among
	 * children"), which make another claim. */
	sa = words_only_in(a, asrc, b, bsrc, &na);
	sb = words_only_in(b, bsrc, a, asrc, &nb);
	if (*sa != '\0' && *sb != '\0')
		why = xasprintf("it says \"%s\", not \"%s\"", sb, sa);
	else if (nb)
		why = xasprintf("it says it only \"%s\"", sb);
	else if (na)
		why = xasprintf("this says it only \"%s\"", sa);
	free(sa);
	free(sb);
	return why;
}

/* Whether the number of K whose canonical text is CANON is a percentage. */
static int
is_percent(const struct match_key *k, const char *canon)
{
	char	buf[64];
	size_t	i;

	for (i = 0; i < k->nnums; i++) {
		num_text(k->nums[i].value, buf, sizeof buf);
		if (strcmp(buf, canon) == 0)
			return k->nums[i].unit != NULL &&
			    strcmp(k->nums[i].unit, "percent") == 0;
	}
	return 0;
}

/* The figures of A, as written, that B does not give, quoted and joined
 * by commas ("\"15%\", \"2023\""); "" when none. */
static char *
figures_only_in(const struct match_key *a, const struct match_key *b)
{
	char		*s = xstrdup(""), *t;
	const char	*w;
	size_t	 i, j;

	for (i = 0; i < a->nterms; i++) {
		if (!(a->terms[i].flags & MATCH_NUMBER))
			continue;
		for (j = 0; j < b->nterms; j++) {
			if ((b->terms[j].flags & MATCH_NUMBER) &&
			    strcmp(a->terms[i].stem, b->terms[j].stem) == 0)
				break;
		}
		if (j < b->nterms)
			continue;
		w = a->own[i].written[0] != NULL ? a->own[i].written[0] :
		    a->terms[i].stem;
		t = xasprintf("%s%s\"%s%s\"", s, *s != '\0' ? ", " : "", w,
		    is_percent(a, a->terms[i].stem) && strchr(w, '%') == NULL ?
		    "%" : "");
		free(s);
		s = t;
	}
	return s;
}

/* The same figures said otherwise by A and B: one a level reached ("rose
 * to 15%") where the other is a change by as much, or in other units. */
static char *
figures_level_unit(const struct match_key *a, const struct match_key *b)
{
	size_t	i;

	if (a->nnums != b->nnums)
		return xstrdup("its figures differ");
	for (i = 0; i < a->nnums; i++) {
		if (a->nums[i].level != b->nums[i].level)
			return xstrdup(b->nums[i].level ? "it says a level "
			    "reached, this a change by as much" : "this says a "
			    "level reached, it a change by as much");
		if (a->nums[i].unit != NULL && b->nums[i].unit != NULL &&
		    strcmp(a->nums[i].unit, b->nums[i].unit) != 0)
			return xstrdup("its figures differ in their units");
	}
	return xstrdup("its figures differ");
}

/* What makes the figures of A and B disagree, said of B ("it"): the
 * figures one gives that the other does not. */
static char *
figures_differ(const struct match_key *a, const struct match_key *b)
{
	char	*fa = figures_only_in(a, b), *fb = figures_only_in(b, a);
	char	*why;

	if (*fa != '\0' && *fb != '\0')
		why = xasprintf("it says %s, not %s", fb, fa);
	else if (*fb != '\0')
		why = xasprintf("it gives figures this does not (%s)", fb);
	else if (*fa != '\0')
		why = xasprintf("this gives figures it does not (%s)", fa);
	else
		why = figures_level_unit(a, b);
	free(fa);
	free(fb);
	return why;
}

char *
match_differs(const struct match_key *a, const struct match_key *b)
{
	char	*why, *fig, *t;

	if (a->negated != b->negated)
		return xstrdup(b->negated ? "it denies what this says" :
		    "this denies what it says");
	/* A figure gone the other way first: "rose" for "fell" says more
	 * than a figure one of them leaves out. */
	if (direction(a) * direction(b) == -1) {
		why = xasprintf("it says a figure went %s, not %s",
		    direction(b) > 0 ? "up" : "down",
		    direction(a) > 0 ? "up" : "down");
		if (nums_agree(a, b))
			return why;
		fig = figures_differ(a, b);
		t = xasprintf("%s; %s", why, fig);
		free(fig);
		free(why);
		return t;
	}
	if (!nums_agree(a, b))
		return figures_differ(a, b);
	return NULL;
}

double
match_similarity(const struct match_key *a, const struct match_key *b)
{
	size_t	i = 0, j = 0, common = 0;
	int	c;

	if (!match_agree(a, b))
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

const struct match_term *
match_key_terms(const struct match_key *k, size_t *n)
{
	*n = k->nterms;
	return k->terms;
}

const struct match_date *
match_key_dates(const struct match_key *k, size_t *n)
{
	*n = k->ndates;
	return k->dates;
}

const struct match_date *
match_key_posted(const struct match_key *k, size_t *n)
{
	*n = k->nposted;
	return k->posted;
}

size_t
match_key_numbers(const struct match_key *k)
{
	return k->nnums;
}

/* Days from the civil date (H. Hinnant's algorithm). */
long
match_date_days(const struct match_date *d)
{
	long	y = d->year, m = d->month > 0 ? d->month : 1;
	long	dd = d->day > 0 ? d->day : 1, era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}
