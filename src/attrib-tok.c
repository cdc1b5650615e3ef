/* attrib-tok.c: a sentence as words, numbers, punctuation and quote marks. */
#include <stdlib.h>
#include <string.h>

#include "attrib-int.h"
#include "utf8.h"
#include "xmalloc.h"

/*
 * Words keep their inner dots, hyphens, apostrophes and ampersands ("U.S.",
 * "Jong-un", "O'Brien", "AT&T"); numbers keep their commas, points, signs
 * and percent ("12,400", "$1.5", "0.3%"). A word ends with its period when
 * it has a dot inside, is one letter (an initial) or is known with the
 * period ("Dr.", "Corp."). A possessive ("the WHO's", "the Times'") stays
 * in its word and is marked.
 *
 * Quotation marks: curly and guillemet marks say which way they face;
 * straight ones open after a space or an opening bracket and close
 * otherwise. A single mark between letters is an apostrophe. A quotation
 * runs on from sentence to sentence until it closes; the caller ends it at
 * a paragraph that does not open with a quote mark, and the tokenizer ends
 * it after QUOTE_MAX_SENTENCES sentences, so that one stray mark cannot
 * put a whole article inside a quotation.
 */

#define QUOTE_MAX_SENTENCES	12

enum mark {
	M_NONE,
	M_DBL_OPEN, M_DBL_CLOSE, M_DBL_ANY,
	M_SGL_OPEN, M_SGL_CLOSE, M_SGL_ANY
};

static inline enum mark
quote_mark(uint32_t cp)
{
	switch (cp) {
	case 0x201c: case 0x201e: case 0xab:
		return M_DBL_OPEN;
	case 0x201d: case 0xbb:
		return M_DBL_CLOSE;
	case '"':
		return M_DBL_ANY;
	case 0x2018: case 0x201a: case 0x2039:
		return M_SGL_OPEN;
	case 0x2019: case 0x203a:
		return M_SGL_CLOSE;
	case '\'':
		return M_SGL_ANY;
	}
	return M_NONE;
}

static inline int
is_apostrophe(uint32_t cp)
{
	return cp == '\'' || cp == 0x2019;
}

static inline int
is_dash(uint32_t cp)
{
	return cp == 0x2014 || cp == 0x2013 || cp == 0x2212 || cp == 0x2015;
}

static inline int
is_hyphen(uint32_t cp)
{
	return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

/* Letters and digits: what words are made of. Code points outside the
 * cased scripts count as letters unless they are punctuation or space. */
static inline int
is_wordch(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
		    (cp >= '0' && cp <= '9');
	if (cp == 0xa0 || (cp >= 0x2000 && cp <= 0x206f) || cp == 0xab ||
	    cp == 0xbb || cp == 0xa3 || cp == 0xa5 || cp == 0xa7 ||
	    cp == 0xb7 || cp == 0x3000 || (cp >= 0x20a0 && cp <= 0x20cf) ||
	    cp == 0xfffd)
		return 0;
	return 1;
}

static inline int
is_currency(uint32_t cp)
{
	return cp == '$' || cp == 0xa3 || cp == 0xa5 ||
	    (cp >= 0x20a0 && cp <= 0x20cf);
}

/* The code point at I of T (LEN bytes), 0 past the end; *N its length. */
static inline uint32_t
cp_at(const char *t, size_t len, size_t i, size_t *n)
{
	uint32_t	cp;
	size_t		m;

	if (i >= len) {
		if (n != NULL)
			*n = 0;
		return 0;
	}
	if ((unsigned char)t[i] < 0x80) {
		if (n != NULL)
			*n = 1;
		return (unsigned char)t[i];
	}
	m = utf8_decode(t + i, len - i, &cp);
	if (n != NULL)
		*n = m;
	return cp;
}

/* The code point ending at I (0 at the start). */
static inline uint32_t
cp_before(const char *t, size_t i)
{
	uint32_t	cp;
	size_t		p;

	if (i == 0)
		return 0;
	if ((unsigned char)t[i - 1] < 0x80)
		return (unsigned char)t[i - 1];
	p = utf8_prev(t, i);
	utf8_decode(t + p, i - p, &cp);
	return cp;
}

/* utf8_case(CP), without the call for ASCII. */
static inline enum utf8_case
case_of(uint32_t cp)
{
	return cp < 0x80 ? utf8_case_ascii(cp) : utf8_case(cp);
}

static struct tok *
tok_push(struct toks *t, size_t s, size_t e, enum tok_type type)
{
	struct tok	*k;

	if (t->n >= t->cap)
		t->v = xgrow(t->v, &t->cap, t->n, sizeof *t->v);
	k = &t->v[t->n++];
	memset(k, 0, sizeof *k);
	k->s = (uint32_t)s;
	k->e = k->be = (uint32_t)e;
	k->type = type;
	k->quote = -1;
	return k;
}

/* Marks K as inside the quotation open in QS, if any. */
static void
tok_inside(struct tok *k, const struct quote_state *qs)
{
	if (qs->dbl || qs->sgl) {
		k->flags |= TF_INQ;
		k->quote = qs->id;
	}
}

/* Stores the lower-case copy of S..E and returns its offset. */
static uint32_t
fold_push(struct toks *t, const char *s, size_t len)
{
	uint32_t	off = (uint32_t)t->nfold;
	size_t		i;

	if (t->nfold + len + 1 > t->capfold) {
		t->capfold = (t->nfold + len + 1) * 2;
		t->fold = xreallocarray(t->fold, t->capfold, 1);
	}
	for (i = 0; i < len; i++) {
		char	c = s[i];

		t->fold[t->nfold++] = c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
	}
	t->fold[t->nfold++] = '\0';
	return off;
}

/* The end of the word or number starting at I. */
static size_t
word_end(const char *t, size_t len, size_t i, int *hyphen, int *dot)
{
	uint32_t	cp, next, prev;
	size_t		n, m, j, k;

	*hyphen = *dot = 0;
	if (is_currency(cp_at(t, len, i, &n)))
		i += n;
	while (i < len) {
		/* ASCII letters and digits, the most of any word. */
		while (i < len && ((t[i] >= 'a' && t[i] <= 'z') ||
		    (t[i] >= 'A' && t[i] <= 'Z') || (t[i] >= '0' && t[i] <= '9')))
			i++;
		if (i == len)
			break;
		cp = cp_at(t, len, i, &n);
		if (is_wordch(cp)) {
			i += n;
			continue;
		}
		prev = cp_before(t, i);
		next = cp_at(t, len, i + n, &m);
		if (cp == '%' && utf8_is_digit(prev))
			return i + n;
		if (!is_wordch(prev) || !is_wordch(next))
			break;
		if (is_hyphen(cp))
			*hyphen = 1;
		else if (cp == '.')
			*dot = 1;
		else if (cp == ',') {
			/* "12,400": a comma between digits, three after. */
			if (!utf8_is_digit(prev))
				break;
			for (j = i + 1, k = 0; j < len && utf8_is_digit(
			    (unsigned char)t[j]); j++, k++)
				;
			if (k != 3)
				break;
		} else if (!is_apostrophe(cp) && cp != '&')
			break;
		i += n;
	}
	return i;
}

static int
word_is_known(const struct attrib_lex *lex, const char *s, size_t len)
{
	struct lex_info	info;

	return attrib_lex_word(lex, s, len, &info);
}

/* Whether the period at E ends the word S..E rather than the sentence. */
static int
takes_period(const struct attrib_lex *lex, const char *t, size_t len,
    size_t s, size_t e, int dot)
{
	size_t	n;

	if (e >= len || t[e] != '.' || (e + 1 < len && t[e + 1] == '.'))
		return 0;
	if (dot)
		return 1;
	cp_at(t, e, s, &n);
	if (s + n == e && case_of(cp_before(t, e)) == UTF8_UPPER)
		return 1;
	return word_is_known(lex, t + s, e - s + 1);
}

/* Sets the word flags of K from its text, and stores its lower-case copy
 * in the same pass (fold_push()). */
static void
word_flags_fold(struct toks *tk, const char *t, struct tok *k)
{
	size_t		i = k->s, n, len = k->be - k->s;
	uint32_t	cp;
	int		letters = 0, upper = 0, lower = 0;
	char		c, *o;

	if (tk->nfold + len + 1 > tk->capfold) {
		tk->capfold = (tk->nfold + len + 1) * 2;
		tk->fold = xreallocarray(tk->fold, tk->capfold, 1);
	}
	k->fold = (uint32_t)tk->nfold;
	o = tk->fold + tk->nfold;
	cp = cp_at(t, k->be, i, &n);
	if (case_of(cp) == UTF8_UPPER)
		k->flags |= TF_CAP;
	while (i < k->be) {
		c = t[i];
		if (c >= 'a' && c <= 'z') {
			letters++;
			lower++;
			*o++ = c;
			i++;
			continue;
		}
		if (c >= 'A' && c <= 'Z') {
			letters++;
			upper++;
			*o++ = (char)(c - 'A' + 'a');
			i++;
			continue;
		}
		cp = cp_at(t, k->be, i, &n);
		switch (case_of(cp)) {
		case UTF8_UPPER:
			letters++;
			upper++;
			break;
		case UTF8_LOWER:
			letters++;
			lower++;
			break;
		default:
			break;
		}
		memcpy(o, t + i, n);
		o += n;
		i += n;
	}
	*o++ = '\0';
	tk->nfold = (size_t)(o - tk->fold);
	if (letters >= 2 && lower == 0)
		k->flags |= TF_ALLCAPS;
	if (upper == 0 && k->be - k->s > 4 && t[k->be - 1] == 'y' &&
	    t[k->be - 2] == 'l')
		k->flags |= TF_LY;
}

/* Marks the possessive ending of word K: "'s", "’s", or "s'" / "s’"
 * followed by no letter (then the mark is taken into the word). */
static void
word_possessive(const char *t, size_t len, struct tok *k, int sgl_open)
{
	size_t		e = k->e, n;
	uint32_t	cp;

	if (e - k->s > 2 && (t[e - 1] == 's' || t[e - 1] == 'S')) {
		if (t[e - 2] == '\'') {
			k->be = e - 2;
			k->flags |= TF_POSS;
			return;
		}
		if (e - k->s > 4 && memcmp(t + e - 4, "\xe2\x80\x99", 3) == 0) {
			k->be = e - 4;
			k->flags |= TF_POSS;
			return;
		}
	}
	if (e >= len || (t[e - 1] != 's' && t[e - 1] != 'S'))
		return;
	cp = cp_at(t, len, e, &n);
	if (!is_apostrophe(cp) || is_wordch(cp_at(t, len, e + n, NULL)))
		return;
	/* Inside a single quotation, "s'" closes it unless a small letter
	 * follows ("the economists' forecasts"). */
	if (sgl_open && !(cp_at(t, len, e + n, NULL) == ' ' &&
	    case_of(cp_at(t, len, e + n + 1, NULL)) == UTF8_LOWER))
		return;
	k->e = (uint32_t)(e + n);
	k->flags |= TF_POSS;
}

/* Which way the quote mark M at I faces. */
static int
mark_opens(const char *t, size_t len, size_t i, size_t n, enum mark m,
    const struct quote_state *qs)
{
	uint32_t	prev = cp_before(t, i);
	uint32_t	next = cp_at(t, len, i + n, NULL);
	int		open_ctx;

	if (m == M_DBL_OPEN || m == M_SGL_OPEN)
		return 1;
	if (m == M_DBL_CLOSE || m == M_SGL_CLOSE)
		return 0;
	open_ctx = prev == 0 || prev == ' ' || prev == '(' || prev == '[' ||
	    is_dash(prev) || quote_mark(prev) == M_DBL_OPEN ||
	    quote_mark(prev) == M_SGL_OPEN;
	if (open_ctx && next != 0 && next != ' ')
		return 1;
	if (!open_ctx)
		return 0;
	return m == M_DBL_ANY ? !qs->dbl : !qs->sgl;
}

/* Handles the quote mark M at I..I+N. */
static void
tok_quote(struct toks *t, const char *text, size_t len, size_t i, size_t n,
    enum mark m, struct quote_state *qs)
{
	int		 dbl = m == M_DBL_OPEN || m == M_DBL_CLOSE ||
			     m == M_DBL_ANY;
	int		*open = dbl ? &qs->dbl : &qs->sgl;
	struct tok	*k;
	size_t		 j;

	if (mark_opens(text, len, i, n, m, qs)) {
		k = tok_push(t, i, i + n, TOK_QOPEN);
		if (!qs->dbl && !qs->sgl) {
			if (qs->id < 0)
				qs->id = qs->next_id++;
			qs->sentences = 0;
		}
		*open = 1;
		k->quote = qs->id;
		return;
	}
	k = tok_push(t, i, i + n, TOK_QCLOSE);
	if (*open) {
		k->quote = qs->id;
		*open = 0;
		if (!qs->dbl && !qs->sgl)
			qs->id = -1;
		return;
	}
	if (!dbl)
		return;
	/* A closing mark with none open: the sentence began inside a
	 * quotation; what came before in it, if no mark, was quoted. */
	for (j = 0; j + 1 < t->n; j++) {
		if (t->v[j].type == TOK_QOPEN || t->v[j].type == TOK_QCLOSE)
			return;
	}
	if (qs->id < 0)
		qs->id = qs->next_id++;
	for (j = 0; j < t->n; j++) {
		t->v[j].quote = qs->id;
		if (j + 1 < t->n)
			t->v[j].flags |= TF_INQ;
	}
	qs->id = -1;
}

/* Looks up each word, then the phrases starting at each word. */
static void
tok_lookup(struct toks *t, const struct attrib_lex *lex)
{
	const char	*w[6];
	size_t		 len[6], i, j, n;
	struct tok	*k;

	for (i = 0; i < t->n; i++) {
		k = &t->v[i];
		if (k->type != TOK_WORD)
			continue;
		/* The fold of a word is its S..BE, lower-cased. */
		if (!attrib_lex_word(lex, t->fold + k->fold, k->be - k->s,
		    &k->lx) && t->text[k->be - 1] == '.' && k->lx.phrases == 0)
			attrib_lex_word(lex, t->fold + k->fold,
			    k->be - k->s - 1, &k->lx);
		/* "WHO", "IT", "US": an acronym is no small word. */
		if (k->flags & TF_ALLCAPS)
			k->lx.cls &= LX_ORGNAME | LX_PLACE | LX_TITLE |
			    LX_HONORIFIC | LX_ORG;
	}
	for (i = 0; i < t->n; i++) {
		if (t->v[i].type != TOK_WORD || t->v[i].lx.phrases == 0)
			continue;
		for (n = 0, j = i; j < t->n && n < 6 &&
		    t->v[j].type == TOK_WORD; j++, n++) {
			w[n] = t->fold + t->v[j].fold;
			len[n] = t->v[j].be - t->v[j].s;
			if (j > i && (t->v[j - 1].flags & TF_POSS))
				break;
		}
		t->v[i].mw = (uint8_t)attrib_lex_phrase(lex, w, len, n,
		    &t->v[i].mwlx);
	}
	for (i = 0; i < t->n; i++) {
		t->v[i].cov |= t->v[i].lx.cls;
		for (j = i + 1; j < i + t->v[i].mw && j < t->n; j++)
			t->v[j].cov |= t->v[i].mwlx.cls;
		if (t->v[i].mw)
			t->v[i].cov |= t->v[i].mwlx.cls;
	}
}

void
attrib_tok_split(struct toks *t, const char *text,
    const struct attrib_lex *lex, struct quote_state *qs)
{
	size_t		 len = strlen(text), i = 0, n, e;
	uint32_t	 cp, prev;
	enum mark	 m;
	struct tok	*k;
	int		 hyphen, dot, first = 1;

	t->n = 0;
	t->nfold = 0;
	t->text = text;
	if ((qs->dbl || qs->sgl) && ++qs->sentences > QUOTE_MAX_SENTENCES) {
		qs->dbl = qs->sgl = 0;
		qs->id = -1;
	}
	while (i < len) {
		cp = cp_at(text, len, i, &n);
		if (cp == ' ' || cp == 0xa0 || (cp >= 0x2000 && cp <= 0x200a)) {
			i += n;
			continue;
		}
		prev = cp_before(text, i);
		if ((m = quote_mark(cp)) != M_NONE &&
		    !(is_apostrophe(cp) && is_wordch(prev) &&
		    is_wordch(cp_at(text, len, i + n, NULL)))) {
			tok_quote(t, text, len, i, n, m, qs);
			if (t->v[t->n - 1].type == TOK_QOPEN)
				first = 1;
			i += n;
			continue;
		}
		if (is_wordch(cp) || (is_currency(cp) &&
		    utf8_is_digit(cp_at(text, len, i + n, NULL)))) {
			e = word_end(text, len, i, &hyphen, &dot);
			if (takes_period(lex, text, len, i, e, dot))
				e++;
			k = tok_push(t, i, e, utf8_is_digit(cp) ||
			    is_currency(cp) ? TOK_NUM : TOK_WORD);
			tok_inside(k, qs);
			if (k->type == TOK_WORD) {
				word_possessive(text, len, k, qs->sgl);
				word_flags_fold(t, text, k);
				if (hyphen)
					k->flags |= TF_HYPHEN;
				if (first)
					k->flags |= TF_FIRST;
			} else
				k->fold = fold_push(t, text + k->s,
				    k->be - k->s);
			first = 0;
			i = k->e;
			continue;
		}
		k = tok_push(t, i, i + n, TOK_PUNCT);
		tok_inside(k, qs);
		if (is_dash(cp) || (cp == '-' && (prev == ' ' ||
		    cp_at(text, len, i + n, NULL) == ' ' ||
		    cp_at(text, len, i + n, NULL) == '-')))
			k->punct = '-';
		else if (cp < 0x80 && strchr(",;:.!?()[]", (int)cp) != NULL)
			k->punct = cp == '[' ? '(' : cp == ']' ? ')' : (char)cp;
		else if (cp == 0x2026)
			k->punct = '.';
		else
			k->punct = 'o';
		i += n;
	}
	tok_lookup(t, lex);
}

void
attrib_tok_free(struct toks *t)
{
	free(t->v);
	free(t->fold);
	memset(t, 0, sizeof *t);
}
