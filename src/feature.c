/* feature.c: turns a sentence into the features the model weighs. */
#include <stdlib.h>
#include <string.h>

#include "feature.h"
#include "model.h"
#include "rules.h"
#include "segment.h"
#include "utf8.h"
#include "xmalloc.h"

/*
 * One pass over the sentence's tokens, each looked up at most three times:
 * in the model's word lists, and as the word and the pair it ends in the
 * weights (the caller looks those up). The shapes are what a token or a
 * character says on its own: a number, a year, a percent sign... They are
 * named here; the words they need (months) come from the model's lists,
 * which are data (data/claim-words). claimdesk-rules(5) lists them all.
 */

#define TOK_MAX		48	/* bytes of a word kept; the rest is cut */

enum shape {
	SH_NUMBER, SH_NUMBERS2, SH_NUMBERS4, SH_YEAR, SH_PERCENT, SH_MONEY,
	SH_ORDINAL, SH_DATE, SH_DATE_ABBR, SH_QUESTION, SH_EXCLAIM, SH_QUOTE,
	SH_QUOTE_START, SH_QUOTE_END, SH_LEN1, SH_LEN5, SH_LEN10, SH_LEN20,
	SH_LEN35, SH_CAPS1, SH_CAPS3, SH_COLON, SH_PAREN, SH_COUNT
};

/* What each shape means: claimdesk-rules(5), MODEL FILE. */
static const char *const shape_names[SH_COUNT] = {
	"shape:number",		/* a number written with digits */
	"shape:numbers2",	/* two or more */
	"shape:numbers4",	/* four or more */
	"shape:year",		/* 1800-2099, or a decade ("1990s") */
	"shape:percent",	/* a '%' sign */
	"shape:money",		/* a currency sign next to a digit */
	"shape:ordinal",	/* "20th", "1st" */
	"shape:date",		/* a month name next to a number */
	"shape:date_abbr",	/* "Feb. 20" */
	"shape:question",	/* ends with '?' */
	"shape:exclaim",	/* ends with '!' */
	"shape:quote",		/* a double quotation mark */
	"shape:quote_start",	/* starts with one */
	"shape:quote_end",	/* ends with one */
	"shape:len1",		/* 1-4 words */
	"shape:len5",		/* 5-9 */
	"shape:len10",		/* 10-19 */
	"shape:len20",		/* 20-34 */
	"shape:len35",		/* 35 or more */
	"shape:caps1",		/* 1-2 capitalised words after the first */
	"shape:caps3",		/* 3 or more */
	"shape:colon",		/* a ':' */
	"shape:paren"		/* a '(' */
};

/* The same, in plain words (feature_plain()). */
static const char *const shape_plain[SH_COUNT] = {
	"a number in figures", "two numbers or more", "four numbers or more",
	"a year", "a percent sign", "an amount of money", "an ordinal (20th)",
	"a date", "a short date (Feb. 20)", "a question", "an exclamation",
	"a quotation mark", "starts with a quotation",
	"ends with a quotation", "1 to 4 words", "5 to 9 words",
	"10 to 19 words", "20 to 34 words", "35 words or more",
	"1 or 2 capitalised words", "3 capitalised words or more", "a colon",
	"a bracket"
};

/* A token: its bytes in the text and its normalised form. */
struct tok {
	size_t		 s, e;
	char		 norm[TOK_MAX + 1];
	size_t		 nlen;
	int		 digits;	/* has a digit */
	int		 ndigits;	/* digits, when only digits */
	int		 cap;		/* starts with a capital */
};

static uint64_t	shape_keys[SH_COUNT];
static uint64_t	key_w;		/* the hash of "w:" */
static uint64_t	key_first;	/* the hash of "w:^_" */

static int	keys_ready;

static void
keys_init(void)
{
	size_t	i;

	if (keys_ready)
		return;
	for (i = 0; i < SH_COUNT; i++)
		shape_keys[i] = model_key(shape_names[i]);
	key_w = model_key("w:");
	key_first = model_key("w:^_");

	keys_ready = 1;
}

static inline int
is_ascii_alnum(uint32_t cp)
{
	return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
	    (cp >= '0' && cp <= '9');
}

/* Whether CP can be part of a word: letters and digits, including
 * non-ASCII letters (anything not punctuation, symbol or space). */
static inline int
is_word_cp(uint32_t cp)
{
	if (cp < 0x80)
		return is_ascii_alnum(cp);
	if (cp < 0xc0 || cp == 0xd7 || cp == 0xf7 || cp == UTF8_REPLACEMENT)
		return 0;
	if (cp >= 0x2000 && cp <= 0x2bff)	/* punctuation, symbols */
		return 0;
	if (cp >= 0x3000 && cp <= 0x303f)	/* CJK punctuation */
		return 0;
	if (cp >= 0xfe30 && cp <= 0xfe4f)
		return 0;
	if (cp >= 0xff00 && cp <= 0xff20)	/* full-width punctuation */
		return 0;
	return 1;
}

static int
is_cap(uint32_t cp)
{
	return (cp >= 'A' && cp <= 'Z') || (cp >= 0xc0 && cp <= 0xde &&
	    cp != 0xd7);
}

static inline uint32_t
cp_at(const char *t, size_t len, size_t i, size_t *n)
{
	uint32_t	cp;

	if (i >= len) {
		*n = 0;
		return 0;
	}
	if ((unsigned char)t[i] < 0x80) {
		*n = 1;
		return (unsigned char)t[i];
	}
	*n = utf8_decode(t + i, len - i, &cp);
	return cp;
}

static void
tok_put(struct tok *k, const char *b, size_t n)
{
	if (k->nlen + n > TOK_MAX)
		return;
	memcpy(k->norm + k->nlen, b, n);
	k->nlen += n;
}

/*
 * The next token of T (LEN bytes) at or after *POS into K; 0 when there is
 * none. A token is a run of word characters, with an apostrophe between
 * two of them and a '.' or ',' between two digits kept inside.
 */
static int
tok_next(const char *t, size_t len, size_t *pos, struct tok *k)
{
	size_t		i = *pos, n, n2;
	uint32_t	cp, next, prev = 0;
	int		in_digits = 0, only_digits = 1;
	char		c;

	for (;;) {
		if (i >= len)
			return 0;
		c = t[i];
		if ((unsigned char)c < 0x80 && !is_ascii_alnum((unsigned char)c)) {
			i++;		/* a space or a mark, at once */
			continue;
		}
		cp = cp_at(t, len, i, &n);
		if (is_word_cp(cp))
			break;
		i += n;
	}
	k->s = i;
	k->nlen = 0;
	k->digits = k->ndigits = 0;
	k->cap = is_cap(cp);
	while (i < len) {
		c = t[i];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
			/* The common case, at once. */
			if (k->nlen < TOK_MAX)
				k->norm[k->nlen++] = (char)(c | 0x20);
			only_digits = 0;
			in_digits = 0;
			prev = (unsigned char)c;
			i++;
			continue;
		}
		cp = cp_at(t, len, i, &n);
		if (is_word_cp(cp)) {
			if (utf8_is_digit(cp)) {
				k->digits = 1;
				k->ndigits++;
				if (!in_digits)
					tok_put(k, "0", 1);
				in_digits = 1;
			} else {
				only_digits = 0;
				in_digits = 0;
				if (cp >= 'A' && cp <= 'Z') {
					c = (char)(cp + ('a' - 'A'));
					tok_put(k, &c, 1);
				} else
					tok_put(k, t + i, n);
			}
			prev = cp;
			i += n;
			continue;
		}
		next = cp_at(t, len, i + n, &n2);
		if ((cp == '\'' || cp == 0x2019) && is_word_cp(prev) &&
		    is_word_cp(next) && !utf8_is_digit(next)) {
			tok_put(k, "'", 1);
			only_digits = 0;
			in_digits = 0;
			prev = cp;
			i += n;
			continue;
		}
		if ((cp == '.' || cp == ',') && utf8_is_digit(prev) &&
		    utf8_is_digit(next)) {
			i += n;
			continue;
		}
		break;
	}
	if (!only_digits)
		k->ndigits = 0;
	k->norm[k->nlen] = '\0';
	k->e = i;
	*pos = i;
	return 1;
}

/* The slot of KEY in the set's table of keys seen (an index into v plus
 * one, or 0 where KEY would go). */
static size_t
seen_find(const struct feature_set *fs, uint64_t key)
{
	size_t	i;

	for (i = (size_t)(key ^ key >> 29) & fs->seen_mask; fs->seen[i] != 0;
	    i = (i + 1) & fs->seen_mask) {
		if (fs->v[fs->seen[i] - 1].key == key)
			break;
	}
	return i;
}

/* Makes the table of keys seen twice as large as the array, at least. */
static void
seen_grow(struct feature_set *fs)
{
	size_t	cap = 128, i;

	while (cap < 2 * fs->alloc)
		cap *= 2;
	free(fs->seen);
	fs->seen = xcalloc(cap, sizeof *fs->seen);
	fs->seen_mask = cap - 1;
	for (i = 0; i < fs->n; i++)
		fs->seen[seen_find(fs, fs->v[i].key)] = (uint32_t)i + 1;
}

void
feature_add(struct feature_set *fs, uint64_t key, enum feature_ref ref,
    uint32_t index)
{
	size_t	slot;

	slot = seen_find(fs, key);
	if (fs->seen[slot] != 0)
		return;
	if (fs->n == fs->alloc) {
		fs->alloc *= 2;
		fs->v = xreallocarray(fs->v, fs->alloc, sizeof *fs->v);
		seen_grow(fs);
		slot = seen_find(fs, key);
	}
	fs->v[fs->n].key = key;
	fs->v[fs->n].index = index;
	fs->v[fs->n].ref = (uint8_t)ref;
	fs->seen[slot] = (uint32_t)++fs->n;
}

void
feature_init(struct feature_set *fs, const struct cd_model *lists)
{
	int	i;

	keys_init();
	memset(fs, 0, sizeof *fs);
	fs->lists = lists;
	fs->alloc = 64;
	fs->v = xreallocarray(NULL, fs->alloc, sizeof *fs->v);
	seen_grow(fs);
	if (lists == NULL)
		return;
	if ((i = model_list_index(lists, "month")) >= 0)
		fs->month = 1u << i;
	if ((i = model_list_index(lists, "month_abbr")) >= 0)
		fs->month_abbr = 1u << i;
}

void
feature_free(struct feature_set *fs)
{
	free(fs->v);
	free(fs->seen);
	fs->v = NULL;
	fs->seen = NULL;
	fs->n = fs->alloc = 0;
}

void
feature_clear(struct feature_set *fs)
{
	size_t	i;

	/* A small table is cleared at once. In a large one, the keys are
	 * taken out in the reverse order of their coming: each is found where
	 * it was put, its probe chain as it was then. */
	if (fs->seen_mask < 4 * fs->n || fs->seen_mask < 1024)
		memset(fs->seen, 0, (fs->seen_mask + 1) * sizeof *fs->seen);
	else {
		for (i = fs->n; i > 0; i--)
			fs->seen[seen_find(fs, fs->v[i - 1].key)] = 0;
	}
	fs->n = 0;
}

static void
add_shape(struct feature_set *fs, enum shape sh)
{
	feature_add(fs, shape_keys[sh], FREF_SHAPE, (uint32_t)sh);
}

static int
is_dquote(uint32_t cp)
{
	return cp == '"' || cp == 0x201c || cp == 0x201d || cp == 0x201e ||
	    cp == 0xab || cp == 0xbb;
}

static int
is_space_cp(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
	    cp == 0xa0;
}

/* The shapes told by characters: the end of the sentence, quotation
 * marks, signs. */
static void
char_shapes(struct feature_set *fs, const char *t, size_t len)
{
	size_t		i, n, e;
	uint32_t	cp, prev = 0, next;
	int		seen_quote = 0, first = 1;

	for (i = 0; i < len; i += n, prev = cp) {
		cp = (unsigned char)t[i];
		if (is_ascii_alnum(cp)) {	/* most bytes, at once */
			n = 1;
			first = 0;
			continue;
		}
		cp = cp_at(t, len, i, &n);
		if (is_space_cp(cp))
			continue;
		if (is_dquote(cp)) {
			if (!seen_quote)
				add_shape(fs, SH_QUOTE);
			if (first)
				add_shape(fs, SH_QUOTE_START);
			seen_quote = 1;
		} else if (cp == '%' && utf8_is_digit(prev))
			add_shape(fs, SH_PERCENT);
		else if (cp == ':')
			add_shape(fs, SH_COLON);
		else if (cp == '(')
			add_shape(fs, SH_PAREN);
		else if (cp == '$' || cp == 0x20ac || cp == 0xa3 ||
		    cp == 0xa5 || cp == 0x20b9 || cp == 0x20bd) {
			next = cp_at(t, len, i + n, &e);
			if (utf8_is_digit(next) || utf8_is_digit(prev))
				add_shape(fs, SH_MONEY);
		}
		first = 0;
	}
	/* The last mark, behind closing quotes and brackets. */
	e = len;
	while (e > 0) {
		i = utf8_prev(t, e);
		cp = cp_at(t, len, i, &n);
		if (is_space_cp(cp) || cp == ')' || cp == ']' ||
		    cp == '\'' || cp == 0x2019) {
			e = i;
			continue;
		}
		if (is_dquote(cp)) {
			if (e == len || is_space_cp(cp_at(t, len, e, &n)))
				add_shape(fs, SH_QUOTE_END);
			e = i;
			continue;
		}
		if (cp == '?')
			add_shape(fs, SH_QUESTION);
		else if (cp == '!')
			add_shape(fs, SH_EXCLAIM);
		break;
	}
}

static int
is_ordinal(const struct tok *k)
{
	const char	*s = k->norm;

	return k->digits && s[0] == '0' && k->nlen == 3 &&
	    (strcmp(s + 1, "st") == 0 || strcmp(s + 1, "nd") == 0 ||
	    strcmp(s + 1, "rd") == 0 || strcmp(s + 1, "th") == 0);
}

static int
is_year(const char *t, const struct tok *k)
{
	const char	*s = t + k->s;
	size_t		 len = k->e - k->s;

	if (len == 5 && s[4] == 's')	/* "1990s" */
		len = 4;
	else if (k->ndigits != 4 || len != 4)
		return 0;
	return (s[0] == '1' && s[1] >= '8') || (s[0] == '2' && s[1] == '0');
}

void
feature_text(struct feature_set *fs, const char *t, size_t len)
{
	struct tok	 k, prev;
	size_t		 pos = 0, ntok = 0, numbers = 0, caps = 0;
	uint64_t	 pair = key_first, wk, pk;
	uint32_t	 lists, prev_lists = 0, bits;
	size_t		 i, nl = fs->lists != NULL ? model_nlists(fs->lists) : 0;
	int		 prev_number = 0, prev_dot = 0;

	keys_init();
	char_shapes(fs, t, len);
	memset(&prev, 0, sizeof prev);
	while (tok_next(t, len, &pos, &k)) {
		/* The word and the pair it ends, in one pass over its bytes. */
		pk = pair;
		wk = key_w;
		for (i = 0; i < k.nlen; i++) {
			wk = (wk ^ (unsigned char)k.norm[i]) * MODEL_HASH_PRIME;
			pk = (pk ^ (unsigned char)k.norm[i]) * MODEL_HASH_PRIME;
		}
		feature_add(fs, wk, FREF_WORD, (uint32_t)k.s);
		feature_add(fs, pk,
		    ntok == 0 ? FREF_FIRST : FREF_PAIR,
		    (uint32_t)(ntok == 0 ? k.s : prev.s));
		pair = model_hash(wk, "_", 1);

		lists = nl > 0 ? model_word_lists(fs->lists, wk) : 0;
		/* Most words are on no list: only the bits set are visited. */
		for (i = 0, bits = lists; bits != 0; i++, bits >>= 1) {
			if (bits & 1)
				feature_add(fs, model_list_key(fs->lists, i),
				    FREF_LIST, (uint32_t)i);
		}
		if (k.digits) {
			numbers++;
			if (is_year(t, &k))
				add_shape(fs, SH_YEAR);
			if (is_ordinal(&k))
				add_shape(fs, SH_ORDINAL);
			if (prev.cap && (prev_lists & fs->month))
				add_shape(fs, SH_DATE);
			if (prev.cap && (prev_lists & fs->month_abbr) &&
			    prev_dot)
				add_shape(fs, SH_DATE_ABBR);
		} else if (k.cap && (lists & fs->month) && prev_number)
			add_shape(fs, SH_DATE);
		if (k.cap && ntok > 0)
			caps++;
		prev_number = k.digits;
		prev_dot = k.e < len && t[k.e] == '.';
		prev_lists = lists;
		prev = k;
		ntok++;
	}
	if (numbers >= 1)
		add_shape(fs, SH_NUMBER);
	if (numbers >= 2)
		add_shape(fs, SH_NUMBERS2);
	if (numbers >= 4)
		add_shape(fs, SH_NUMBERS4);
	if (ntok < 5)
		add_shape(fs, SH_LEN1);
	else if (ntok < 10)
		add_shape(fs, SH_LEN5);
	else if (ntok < 20)
		add_shape(fs, SH_LEN10);
	else if (ntok < 35)
		add_shape(fs, SH_LEN20);
	else
		add_shape(fs, SH_LEN35);
	if (caps >= 3)
		add_shape(fs, SH_CAPS3);
	else if (caps >= 1)
		add_shape(fs, SH_CAPS1);
}

uint64_t
feature_rule_key(const char *name)
{
	return model_hash(model_hash(MODEL_HASH_INIT, "rule:", 5), name,
	    strlen(name));
}

void
feature_rule(struct feature_set *fs, const struct ruleset *rs, size_t i)
{
	feature_add(fs, feature_rule_key(rules_name(rs, i)), FREF_RULE,
	    (uint32_t)i);
}

char *
feature_name(const struct feature *f, const struct cd_model *lists,
    const struct ruleset *rs, const char *text, size_t len)
{
	struct tok	a, b;
	size_t		pos = f->index;

	switch (f->ref) {
	case FREF_SHAPE:
		if (f->index < SH_COUNT)
			return xstrdup(shape_names[f->index]);
		break;
	case FREF_LIST:
		if (lists != NULL && f->index < model_nlists(lists))
			return xstrdup(model_list_feature(lists, f->index));
		break;
	case FREF_RULE:
		if (rs != NULL && f->index < rules_count(rs))
			return xasprintf("rule:%s", rules_name(rs, f->index));
		break;
	case FREF_WORD:
	case FREF_FIRST:
		if (pos > len || !tok_next(text, len, &pos, &a))
			break;
		return xasprintf("w:%s%.*s", f->ref == FREF_FIRST ? "^_" : "",
		    (int)a.nlen, a.norm);
	case FREF_PAIR:
		if (pos > len || !tok_next(text, len, &pos, &a) ||
		    !tok_next(text, len, &pos, &b))
			break;
		return xasprintf("w:%.*s_%.*s", (int)a.nlen, a.norm,
		    (int)b.nlen, b.norm);
	case FREF_LAYOUT:
		return xasprintf("layout:%s",
		    segment_kind_name((enum seg_kind)f->index));
	}
	return xstrdup("?");
}

/* Whether W, a word of a feature (each run of digits written "0"), is a
 * number alone: "0", "0,0", "0.0". */
static int
is_number_word(const char *w)
{
	return w[strspn(w, "0.,")] == '\0' && strchr(w, '0') != NULL;
}

/* Word W of a feature: "a number", or the word quoted. */
static char *
plain_word(const char *w)
{
	if (is_number_word(w))
		return xstrdup("a number");
	return xasprintf("\"%s\"", w);
}

char *
feature_plain(const char *name)
{
	const char	*sep;
	char		*w, *out;
	size_t		 i;

	for (i = 0; i < SH_COUNT; i++) {
		if (strcmp(name, shape_names[i]) == 0)
			return xstrdup(shape_plain[i]);
	}
	if (strncmp(name, "rule:", 5) == 0)
		return xasprintf("the rule \"%s\"", name + 5);
	if (strncmp(name, "list:", 5) == 0)
		return xasprintf("a word of the list \"%s\"", name + 5);
	if (strncmp(name, "layout:", 7) == 0)
		return xasprintf("where it stands: %s", name + 7);
	if (strncmp(name, "w:^_", 4) == 0) {
		w = plain_word(name + 4);
		out = xasprintf("starts with %s", w);
		free(w);
		return out;
	}
	if (strncmp(name, "w:", 2) == 0 && (sep = strchr(name + 2, '_')) !=
	    NULL && sep > name + 2) {
		/* A pair, "w:said_the": the words with a space between, a
		 * number as "(number)". */
		w = xstrndup(name + 2, (size_t)(sep - name - 2));
		out = xasprintf("the words \"%s %s\"", is_number_word(w) ?
		    "(number)" : w, is_number_word(sep + 1) ? "(number)" :
		    sep + 1);
		free(w);
		return out;
	}
	if (strncmp(name, "w:", 2) == 0) {
		w = plain_word(name + 2);
		out = xasprintf("%s%s", w[0] == '"' ? "the word " : "", w);
		free(w);
		return out;
	}
	return xstrdup(name);
}

size_t
feature_nshapes(void)
{
	return SH_COUNT;
}

const char *
feature_shape_name(size_t i)
{
	return i < SH_COUNT ? shape_names[i] : NULL;
}
