/* segment.c: an article split into sentences with exact byte spans. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "abbrevs.h"
#include "article.h"
#include "segment.h"
#include "utf8.h"
#include "xmalloc.h"

/*
 * How it works, in two linear passes over the article's lines.
 *
 * The first pass measures the lines to tell hard-wrapped text (every line
 * filled to some width under 120 columns, as in mail and wire copy) from
 * text with a paragraph per line. The second pass joins lines into blocks:
 * a blank line, a heading, a list item and, in unwrapped text, every line
 * break end a block; in wrapped text a line break is soft (only white space)
 * unless the next line's first word would have fitted on the line. No
 * sentence spans two blocks, so each block is then scanned on its own for
 * stops ('.', '?', '!', ellipses) and list markers. Each decision looks at a
 * bounded window around the stop (the word before, the word after) and each
 * token is measured once, so the whole is linear in the article's size.
 *
 * A quotation that opens a sentence is cut into its sentences, as a reader
 * counts them: "It is over. We lost," she said. is two. The attribution
 * pass gives each sentence of a quotation its speaker, wherever the tag
 * stands (attrib.c), so no sentence loses its source by the cut. A
 * quotation that opens inside a sentence and goes on with it ("titled
 * "Growth. Jobs." found that", "I said 'no. Never.' to them") is a part of
 * that sentence: its stops end nothing.
 */

#define NONE		SIZE_MAX
#define WORD_MAX	ABBREVS_WORD_MAX	/* longest word looked up */
#define WRAP_MAX	120	/* wider lines are not hard-wrapped */
#define WRAP_MIN	40	/* narrower lines are lists, not wrapped prose */
#define TITLE_MAX	300	/* bytes in a title line */
#define OPENERS_MAX	8	/* opening quotes/brackets skipped before a word */
#define QUOTE_MAX	600	/* bytes searched for a closing quote */


/* What follows a stop. */
enum next_kind { NX_END, NX_LOWER, NX_UPPER, NX_DIGIT, NX_OTHER };

struct next {
	enum next_kind	 kind;
	int		 glued;		/* no white space before it */
	int		 capword;	/* a capital then a small letter */
	int		 starter;	/* a sentence starter word */
};

/* A run of stops: "." "?!" "..." ". . . ." with its closing marks. */
struct run {
	size_t	 p;		/* first stop */
	size_t	 end;		/* after the last stop */
	size_t	 cend;		/* after the closing quotes and brackets */
	int	 dots;		/* periods, 3 for each '...' character */
	int	 qe;		/* question and exclamation marks */
	int	 spaced;	/* ". . ." */
	int	 glued;		/* the first stop follows a non-space */
	int	 closers;
};

/* What the word before a period is. */
enum wclass { W_WORD, W_ABBR, W_PREFIX };

enum enum_type { EN_NONE, EN_DIGIT, EN_LOWER, EN_UPPER };

/* A list marker: "1.", "2)", "a.", "3.)", "(4)", "- ", "* ", bullets. */
struct marker {
	size_t		 len;		/* 0: none */
	uint32_t	 bullet;	/* 0: none */
	enum enum_type	 type;
	unsigned	 value;
	int		 delim;		/* '.', ')', 'x' for ".)", 'p' for "()" */
};

struct line {
	size_t	 s, e;		/* content, line end excluded */
	size_t	 next;		/* the next line's first byte */
	size_t	 ts, te;	/* content without surrounding white space */
	size_t	 width;		/* code points from s to te */
	size_t	 word;		/* code points in the first word */
	int	 blank;
	int	 trail_ws;	/* white space before the line end */
	int	 indent;	/* code points before ts */
	int	 ends_stop;	/* ends with a stop, perhaps quoted */
	int	 lower;		/* starts with a small letter */
	int	 paren;		/* starts with '(' */
	int	 heading;	/* Markdown heading level, or 0 */
	int	 rule;		/* the character of a rule line "---", or 0 */
	int	 marker;	/* starts with a list marker */
};

/* The segmenter's state for one article. */
struct seg {
	const char		*t;
	size_t			 len;
	size_t			 body;
	const struct abbrevs	*ab;
	struct sentence		*v;
	size_t			 n, cap;
	unsigned		 para;
	int			 wrapped;
	size_t			 width;		/* wrap width when wrapped */
	int			 have_title;
	unsigned		 blocks;	/* blocks ended so far */
};

/* The block being collected from lines. */
struct block {
	int		 open;
	size_t		 bs, be;
	unsigned	 lines;
	struct line	 last;
	enum seg_kind	 kind;		/* SEG_SENTENCE: segment it */
};

/* The scanner of one block. */
struct scan {
	struct seg	*sg;
	const char	*t;
	size_t		 bs, be;
	size_t		 start;		/* the sentence's first byte, or NONE */
	enum seg_kind	 kind;
	struct marker	 list;		/* the block's first marker */
	unsigned	 list_value;	/* the last marker's value */
	size_t		 word;		/* the token's word, openers skipped */
	size_t		 tok_end;	/* end of the token last measured */
	size_t		 pending;	/* a token begun and not measured yet
					   (NONE): only a stop needs it */
	size_t		 prot_end;	/* no stop before this: URL, address */
	size_t		 qopen, qclose;	/* a quotation inside a sentence that
					   protects its stops */
	int		 qprot;
	size_t		 qscan;		/* quotes searched up to here */
	int		 headline;	/* one line, no final stop: title case */
};

/* -- characters -- */

static inline size_t
dec(const char *t, size_t i, size_t end, uint32_t *cp)
{
	if ((unsigned char)t[i] < 0x80) {
		*cp = (unsigned char)t[i];
		return 1;
	}
	return utf8_decode(t + i, end - i, cp);
}

/* Whether the byte C is an ASCII letter or digit. */
static inline int
is_alnum(char c)
{
	return (unsigned char)((c | 0x20) - 'a') < 26 ||
	    (unsigned char)(c - '0') < 10;
}

/* utf8_is_space(CP), without the call for ASCII. */
static inline int
is_space(uint32_t cp)
{
	return cp < 0x80 ? UTF8_ASCII_SPACE(cp) : utf8_is_space(cp);
}

static inline int
space_at(const char *t, size_t i, size_t end)
{
	uint32_t	cp;

	if ((unsigned char)t[i] < 0x80)
		return UTF8_ASCII_SPACE(t[i]);
	dec(t, i, end, &cp);
	return utf8_is_space(cp);
}

/* Whether the code point before I (I > LO) is white space. */
static int
space_before(const char *t, size_t lo, size_t i)
{
	size_t	q;

	if (i <= lo)
		return 1;
	q = utf8_prev(t, i);
	if (q < lo)
		q = lo;
	return space_at(t, q, i);
}

static inline int
is_closer(uint32_t cp)
{
	switch (cp) {
	case '"':
	case '\'':
	case ')':
	case ']':
	case '}':
	case 0x2019:	/* right single quotation mark */
	case 0x201d:	/* right double quotation mark */
	case 0xbb:	/* right guillemet */
	case 0x203a:
	case 0x300d:	/* CJK right corner bracket */
	case 0x300f:	/* and white corner bracket */
	case 0x3011:	/* right black lenticular bracket */
	case 0xff09:	/* fullwidth right parenthesis */
		return 1;
	}
	return 0;
}

static inline int
is_opener(uint32_t cp)
{
	switch (cp) {
	case '"':
	case '\'':
	case '(':
	case '[':
	case '{':
	case 0x2018:
	case 0x201c:
	case 0xab:
	case 0x2039:
	case 0xbf:	/* inverted question mark */
	case 0xa1:
		return 1;
	}
	return 0;
}

static inline int
is_stop(uint32_t cp)
{
	return cp == '.' || cp == '?' || cp == '!' || cp == 0x2026;
}

/* The stops of Chinese and Japanese: an ideographic full stop, a
 * fullwidth question or exclamation mark. No space follows them, and no
 * abbreviation ends with one: each ends its sentence. */
static inline int
is_wide_stop(uint32_t cp)
{
	return cp == 0x3002 || cp == 0xff1f || cp == 0xff01;
}

/* Bullets that mark list items even in the middle of a line. */
static int
is_strong_bullet(uint32_t cp)
{
	switch (cp) {
	case 0x2022:	/* bullet */
	case 0x2023:	/* triangular bullet */
	case 0x2043:	/* hyphen bullet */
	case 0x25aa:
	case 0x25ab:
	case 0x25a0:
	case 0x25a1:
	case 0x25cf:
	case 0x25cb:
	case 0x25e6:
	case 0x25c6:
	case 0x25c7:
	case 0x25ba:
	case 0x27a2:
		return 1;
	}
	return 0;
}

/* Bullets that mark list items only at the start of a line. */
static int
is_weak_bullet(uint32_t cp)
{
	return cp == '-' || cp == '*' || cp == '+' || cp == 0x2013;
}

/* -- sentences out -- */

char *
segment_collapse(const char *s, size_t len)
{
	char		*out;
	size_t		 i = 0, o = 0, n;
	uint32_t	 cp;
	int		 gap = 0;

	out = xmalloc(len + 1);
	while (i < len) {
		if ((unsigned char)s[i] > ' ' && (unsigned char)s[i] < 0x80) {
			if (gap && o > 0)
				out[o++] = ' ';
			gap = 0;
			for (n = i + 1; n < len && (unsigned char)s[n] > ' ' &&
			    (unsigned char)s[n] < 0x80; n++)
				;
			memcpy(out + o, s + i, n - i);
			o += n - i;
			i = n;
			continue;
		}
		n = dec(s, i, len, &cp);
		if (is_space(cp))
			gap = 1;
		else {
			if (gap && o > 0)
				out[o++] = ' ';
			gap = 0;
			memcpy(out + o, s + i, n);
			o += n;
		}
		i += n;
	}
	out[o] = '\0';
	return out;
}

/* Adds the sentence [S, E) without its trailing white space, if any is
 * left; returns 1 if it was added. */
static int
emit(struct seg *sg, size_t s, size_t e, enum seg_kind kind)
{
	struct sentence	*v;
	size_t		 q;

	while (e > s) {
		q = utf8_prev(sg->t, e);
		if (q < s || !space_at(sg->t, q, e))
			break;
		e = q;
	}
	if (s == NONE || e <= s)
		return 0;
	sg->v = xgrow(sg->v, &sg->cap, sg->n, sizeof *sg->v);
	v = &sg->v[sg->n++];
	v->start = s;
	v->end = e;
	v->text = segment_collapse(sg->t + s, e - s);
	v->kind = kind;
	v->para = sg->para;
	return 1;
}

/* -- list markers -- */

/* Parses a list marker at I, followed by white space; M->len = 0 if none. */
static void
marker_parse(const char *t, size_t i, size_t be, struct marker *m)
{
	uint32_t	cp;
	size_t		j = i, n, k;
	unsigned	value = 0;
	int		paren;

	memset(m, 0, sizeof *m);
	n = dec(t, j, be, &cp);
	if (is_strong_bullet(cp) || (is_weak_bullet(cp) && j + n < be &&
	    (t[j + n] == ' ' || t[j + n] == '\t'))) {
		m->bullet = cp;
		j += n;
		while (j < be && (t[j] == ' ' || t[j] == '\t'))
			j++;
		m->len = j - i;
		if (j == be)
			return;
	}
	k = j;
	paren = t[k] == '(';
	k += paren;
	if (k < be && t[k] >= '0' && t[k] <= '9') {
		while (k < be && k - j < 3 + (size_t)paren && t[k] >= '0' &&
		    t[k] <= '9')
			value = value * 10 + (unsigned)(t[k++] - '0');
		m->type = EN_DIGIT;
	} else if (k < be && ((t[k] >= 'a' && t[k] <= 'z') ||
	    (t[k] >= 'A' && t[k] <= 'Z'))) {
		value = (unsigned)((t[k] | 0x20) - 'a');
		m->type = t[k] >= 'a' ? EN_LOWER : EN_UPPER;
		k++;
	} else
		return;
	if (paren) {
		if (k < be && t[k] == ')') {
			m->delim = 'p';
			k++;
		}
	} else if (k + 1 < be && t[k] == '.' && t[k + 1] == ')') {
		m->delim = 'x';
		k += 2;
	} else if (k < be && (t[k] == '.' || t[k] == ')'))
		m->delim = t[k++];
	/* "table 3." at the end: no item, nothing follows it. */
	if (m->delim == 0 || (m->type == EN_UPPER && m->delim == '.') ||
	    k >= be || !space_at(t, k, be)) {
		m->type = EN_NONE;
		return;
	}
	m->value = value;
	m->len = k - i;
}

size_t
segment_marker_len(const char *text)
{
	return segment_marker_span(text, strlen(text));
}

size_t
segment_marker_span(const char *text, size_t len)
{
	struct marker	m;
	size_t		j;

	if (len == 0)
		return 0;
	marker_parse(text, 0, len, &m);
	for (j = m.len; j < len && (text[j] == ' ' || text[j] == '\t'); j++)
		;
	return m.len > 0 && j < len ? j : 0;
}

/* Whether the marker at I continues the block's list. */
static int
list_next(struct scan *sc, size_t i, struct marker *m)
{
	if (sc->list.len == 0)
		return 0;
	marker_parse(sc->t, i, sc->be, m);
	if (m->len == 0)
		return 0;
	if (sc->list.bullet != 0)
		return m->bullet == sc->list.bullet &&
		    is_strong_bullet(m->bullet);
	if (m->bullet != 0 || m->type != sc->list.type ||
	    m->delim != sc->list.delim || m->value != sc->list_value + 1)
		return 0;
	sc->list_value = m->value;
	return 1;
}

/* Whether a list starts at I, after a colon: "three steps: 1. plan 2. act". */
static int
list_after_colon(struct scan *sc, size_t i, uint32_t before, struct marker *m)
{
	if (sc->list.len != 0 || before != ':')
		return 0;
	marker_parse(sc->t, i, sc->be, m);
	if (m->len == 0 || m->bullet != 0 || m->type == EN_NONE ||
	    m->value != (m->type == EN_DIGIT ? 1U : 0U))
		return 0;
	sc->list = *m;
	sc->list_value = m->value;
	return 1;
}

/* -- the scanner of one block -- */

static void
cut(struct scan *sc, size_t e)
{
	if (sc->start != NONE && e > sc->start)
		emit(sc->sg, sc->start, e, sc->kind);
	sc->start = NONE;
	sc->kind = SEG_SENTENCE;
}

/* Measures the white-space delimited token at I once, when a stop in it
 * asks (stop()): a URL or an e-mail address protects its inner periods. */
static void
token_measure(struct scan *sc, size_t i)
{
	const char	*t = sc->t;
	size_t		 j, end;
	int		 prot = 0;
	uint32_t	 cp;

	for (j = i; j < sc->be; j += dec(t, j, sc->be, &cp)) {
		/* Letters and digits: no space, no ':' nor '@'. */
		while (j < sc->be && is_alnum(t[j]))
			j++;
		if (j == sc->be || space_at(t, j, sc->be))
			break;
		if (t[j] == ':' && j + 2 < sc->be && t[j + 1] == '/' &&
		    t[j + 2] == '/')
			prot = 1;
		if (t[j] == '@' && j > i && j + 1 < sc->be &&
		    utf8_case((unsigned char)t[j - 1]) != UTF8_OTHER &&
		    utf8_case((unsigned char)t[j + 1]) != UTF8_OTHER)
			prot = 1;
	}
	end = j;
	if (end > sc->word + 4 && (t[sc->word] | 0x20) == 'w' &&
	    strncasecmp(t + sc->word, "www.", 4) == 0)
		prot = 1;
	sc->tok_end = end;
	if (!prot)
		return;
	/* Trailing punctuation is not part of the address. */
	while (end > i) {
		j = utf8_prev(t, end);
		dec(t, j, sc->be, &cp);
		if (!is_stop(cp) && !is_closer(cp) && cp != ',' && cp != ';' &&
		    cp != ':')
			break;
		end = j;
	}
	sc->prot_end = end;
}

static void
token_begin(struct scan *sc, size_t i)
{
	uint32_t	cp;
	size_t		j = i, k;

	for (k = 0; k < OPENERS_MAX && j < sc->be; k++) {
		size_t n = dec(sc->t, j, sc->be, &cp);

		if (!is_opener(cp))
			break;
		j += n;
	}
	sc->word = j;
	if (i >= sc->tok_end)
		sc->pending = i;
}

/* Whether a spaced ellipsis goes on at Q: a period standing alone. */
static int
spaced_dot(const struct scan *sc, size_t q)
{
	uint32_t	cp;

	if (q >= sc->be || sc->t[q] != '.')
		return 0;
	if (q + 1 == sc->be)
		return 1;
	dec(sc->t, q + 1, sc->be, &cp);
	return cp == '.' || is_space(cp) || is_closer(cp);
}

static void
run_parse(struct scan *sc, size_t p, struct run *r)
{
	const char	*t = sc->t;
	size_t		 q = p, n;
	uint32_t	 cp;
	int		 last_dot = 0;

	memset(r, 0, sizeof *r);
	r->p = p;
	r->glued = !space_before(t, sc->bs, p);
	while (q < sc->be) {
		n = dec(t, q, sc->be, &cp);
		if (cp == '.' || cp == 0x2026) {
			r->dots += cp == '.' ? 1 : 3;
			last_dot = 1;
		} else if (cp == '?' || cp == '!') {
			r->qe++;
			last_dot = 0;
		} else if (cp == ' ' && last_dot && spaced_dot(sc, q + 1))
			r->spaced = 1;
		else
			break;
		q += n;
	}
	r->end = q;
	while (q < sc->be) {
		n = dec(t, q, sc->be, &cp);
		if (!is_closer(cp))
			break;
		r->closers++;
		q += n;
	}
	r->cend = q;
}

static int
is_letter(uint32_t cp)
{
	enum utf8_case	c = utf8_case(cp);

	return c == UTF8_LOWER || c == UTF8_UPPER;
}

/* Whether the sentence begun has a letter or digit before byte I. */
static int
words_before(const struct scan *sc, size_t i)
{
	size_t		j, n;
	uint32_t	cp;

	if (sc->start == NONE)
		return 0;
	for (j = sc->start; j < i; j += n) {
		n = dec(sc->t, j, sc->be, &cp);
		if (is_letter(cp) || (cp >= '0' && cp <= '9'))
			return 1;
	}
	return 0;
}

/* Whether CP at J closes a quotation opened with OPEN: a double quote
 * closes a double one; a single one closes a single one when no letter
 * follows it (not the apostrophe of "don't"). */
static int
quote_closes(const struct scan *sc, uint32_t open, size_t j, size_t m,
    uint32_t cp)
{
	uint32_t	next = 0;

	if (open == '"' || open == 0x201c)
		return cp == '"' || cp == 0x201d;
	if (cp != '\'' && cp != 0x2019)
		return 0;
	if (j + m < sc->be)
		dec(sc->t, j + m, sc->be, &next);
	return !is_letter(next) && !space_before(sc->t, sc->bs, j);
}

/* An opening quote OPEN at I (N bytes): does its quotation protect the
 * stops inside? It does when it opens inside a sentence, closes soon and
 * goes on with that sentence: in lower case ("he said", "found that"), or
 * after a comma. */
static void
quote_open(struct scan *sc, size_t i, size_t n, uint32_t open)
{
	const char	*t = sc->t;
	size_t		 j, limit, m, k;
	uint32_t	 cp, next;

	if (i < sc->qscan || !words_before(sc, i))
		return;
	limit = sc->be - i > QUOTE_MAX ? i + QUOTE_MAX : sc->be;
	sc->qprot = 0;
	for (j = i + n; j < limit; j += m) {
		m = dec(t, j, sc->be, &cp);
		if (cp == open && open == '"' && space_before(t, sc->bs, j))
			break;	/* another opening quote */
		if (!quote_closes(sc, open, j, m, cp))
			continue;
		sc->qopen = i;
		sc->qclose = j;
		sc->qscan = j;
		for (k = j + m; k < sc->be; k += dec(t, k, sc->be, &next)) {
			if (!space_at(t, k, sc->be))
				break;
		}
		/* The sentence goes on after it: a small letter, or a
		 * comma or semicolon ("titled "Growth. Jobs.", found"). */
		if (k < sc->be) {
			dec(t, k, sc->be, &next);
			if (utf8_case(next) == UTF8_LOWER || next == ',' ||
			    next == ';')
				sc->qprot = 1;
		}
		if (j > i && t[j - 1] == ',')
			sc->qprot = 1;
		return;
	}
	sc->qscan = j;
}

/* A corner-bracket quotation of Chinese or Japanese opening at I (N
 * bytes) after words of the sentence: when the sentence goes on after its
 * closing bracket (他说「……。」然后……), its stops end nothing. */
static void
corner_open(struct scan *sc, size_t i, size_t n, uint32_t open)
{
	const char	*t = sc->t;
	uint32_t	 close = open == 0x300c ? 0x300d : 0x300f, cp;
	size_t		 j, m, limit;

	if (i < sc->qscan || sc->start == NONE)
		return;
	/* A word before it: a letter of the scripts, a digit, kana, or an
	 * ideograph. */
	for (j = sc->start; j < i; j += m) {
		m = dec(t, j, sc->be, &cp);
		if (is_letter(cp) || (cp >= '0' && cp <= '9') ||
		    (cp >= 0x3040 && cp <= 0x30ff) ||
		    (cp >= 0x3400 && cp <= 0x9fff) ||
		    (cp >= 0xac00 && cp <= 0xd7af))
			break;
	}
	if (j >= i)
		return;
	limit = sc->be - i > QUOTE_MAX ? i + QUOTE_MAX : sc->be;
	for (j = i + n; j < limit; j += m) {
		m = dec(t, j, sc->be, &cp);
		if (cp != close)
			continue;
		for (j += m; j < sc->be; j += m) {
			m = dec(t, j, sc->be, &cp);
			if (!is_space(cp))
				break;
		}
		if (j < sc->be && !is_stop(cp) && !is_wide_stop(cp) &&
		    !is_closer(cp)) {
			sc->qopen = i;
			sc->qclose = j;
			sc->qscan = j;
			sc->qprot = 1;
		}
		return;
	}
}

/* Whether CP at I opens a quotation: a double quote, a left single one,
 * or a straight single one before a letter. */
static int
quote_opener(const struct scan *sc, size_t i, size_t n, uint32_t cp)
{
	uint32_t	next = 0;

	if (cp == '"' || cp == 0x201c || cp == 0x2018)
		return 1;
	if (cp != '\'')
		return 0;
	if (i + n < sc->be)
		dec(sc->t, i + n, sc->be, &next);
	return is_letter(next);
}

/* Whether the word at I is a sentence starter, not an initial ("A."). */
static int
is_starter(struct scan *sc, size_t i)
{
	const char	*t = sc->t;
	size_t		 j = i;
	uint32_t	 cp;

	while (j < sc->be && j - i <= WORD_MAX && (unsigned char)t[j] < 0x80 &&
	    is_letter((unsigned char)t[j]))
		j++;
	if (j == i || j - i > WORD_MAX)
		return 0;
	if (j < sc->be) {
		dec(t, j, sc->be, &cp);
		if (cp == '.' || is_letter(cp))
			return 0;
	}
	return (abbrevs_lookup(sc->sg->ab, t + i, j - i) & ABBREVS_STARTER) != 0;
}

/* What follows the stops: the first letter of the next word. */
static void
next_parse(struct scan *sc, size_t pos, struct next *nx)
{
	const char	*t = sc->t;
	size_t		 n, k;
	uint32_t	 cp, cp2;

	memset(nx, 0, sizeof *nx);
	nx->kind = NX_END;
	if (pos >= sc->be)
		return;
	nx->glued = !space_at(t, pos, sc->be);
	while (pos < sc->be && space_at(t, pos, sc->be))
		pos += dec(t, pos, sc->be, &cp);
	for (k = 0; k < OPENERS_MAX && pos < sc->be; k++) {
		n = dec(t, pos, sc->be, &cp);
		if (!is_opener(cp))
			break;
		pos += n;
	}
	if (pos >= sc->be)
		return;
	n = dec(t, pos, sc->be, &cp);
	switch (utf8_case(cp)) {
	case UTF8_LOWER:
		nx->kind = NX_LOWER;
		return;
	case UTF8_DIGIT:
		nx->kind = NX_DIGIT;
		return;
	case UTF8_OTHER:
		nx->kind = NX_OTHER;
		return;
	case UTF8_UPPER:
		break;
	}
	nx->kind = NX_UPPER;
	if (pos + n < sc->be) {
		dec(t, pos + n, sc->be, &cp2);
		nx->capword = utf8_case(cp2) == UTF8_LOWER;
	}
	nx->starter = is_starter(sc, pos);
}

/* Letters joined by periods, one letter each: "U.S", "a.m", "N.A.T.O". */
static int
dotted_shape(const char *s, size_t len)
{
	size_t	i;

	if (len < 3 || len % 2 == 0)
		return 0;
	for (i = 0; i < len; i++) {
		if (i % 2 == 1) {
			if (s[i] != '.')
				return 0;
		} else if (utf8_case((unsigned char)s[i]) != UTF8_LOWER &&
		    utf8_case((unsigned char)s[i]) != UTF8_UPPER)
			return 0;
	}
	return 1;
}

static enum wclass
word_class(struct scan *sc, size_t p)
{
	const char	*w = sc->t + sc->word;
	size_t		 len = p > sc->word ? p - sc->word : 0, n;
	uint32_t	 cp;
	int		 flags;

	if (len == 0)
		return W_WORD;
	if (len <= WORD_MAX) {
		flags = abbrevs_lookup(sc->sg->ab, w, len);
		if (flags & ABBREVS_PREFIX)
			return W_PREFIX;
		if (flags & ABBREVS_PLAIN)
			return W_ABBR;
	}
	n = dec(w, 0, len, &cp);
	if (n == len && utf8_case(cp) == UTF8_UPPER)
		return W_ABBR;		/* an initial */
	if (len <= WORD_MAX && dotted_shape(w, len))
		return W_ABBR;
	return W_WORD;
}

/* Whether a word of two letters or digits ends at P: "held.The" but not
 * "U.S.Army" or "D-W.Va". */
static int
word_before(const struct scan *sc, size_t p)
{
	const unsigned char	*u = (const unsigned char *)sc->t;
	size_t			 i;

	if (p < sc->word + 2)
		return 0;
	for (i = p - 2; i < p; i++) {
		if (u[i] < 0x80 && utf8_case(u[i]) == UTF8_OTHER)
			return 0;
	}
	return 1;
}

static size_t
decide_qe(const struct run *r, const struct next *nx)
{
	if (nx->glued)
		return nx->kind == NX_UPPER && (r->closers || nx->capword) ?
		    r->cend : NONE;
	return nx->kind == NX_LOWER ? NONE : r->cend;
}

/*
 * Ellipses. Three spaced dots mark an omission inside a sentence; four, a
 * sentence's end (". . . ." after a space) or a period then an omission
 * ("word. . . . Next": the sentence ends after "word."). Unspaced "..." ends
 * a sentence before a capital; "[...]" never does.
 */
static size_t
decide_ellipsis(struct scan *sc, const struct run *r, const struct next *nx)
{
	const char	*t = sc->t;

	if (r->p > sc->bs && (t[r->p - 1] == '[' || t[r->p - 1] == '(') &&
	    r->end < sc->be && (t[r->end] == ']' || t[r->end] == ')'))
		return NONE;
	if (r->glued && r->spaced && r->dots >= 4 && t[r->p] == '.' &&
	    t[r->p + 1] == ' ')
		return nx->kind == NX_UPPER ? r->p + 1 : NONE;
	if (nx->kind == NX_LOWER)
		return NONE;
	if (r->spaced)
		return r->dots >= 4 ? r->cend : NONE;
	if (r->dots == 3 && r->qe == 0)
		return nx->kind == NX_UPPER ? r->cend : NONE;
	return r->cend;
}

static size_t
decide_period(struct scan *sc, const struct run *r, const struct next *nx)
{
	enum wclass	wc;

	wc = word_class(sc, r->p);
	if (nx->glued) {
		if (nx->kind != NX_UPPER || wc == W_PREFIX)
			return NONE;
		if (r->closers)
			return r->cend;
		if (!nx->capword || wc == W_ABBR || !word_before(sc, r->p))
			return NONE;
		return r->cend;
	}
	if (nx->kind == NX_LOWER)
		return NONE;
	if (r->closers)
		return wc == W_PREFIX ? NONE : r->cend;
	switch (wc) {
	case W_PREFIX:
		return NONE;
	case W_ABBR:
		return nx->starter && !sc->headline ? r->cend : NONE;
	case W_WORD:
		break;
	}
	return r->cend;
}

/* A stop at P: ends the sentence or not. Returns where to go on. */
static size_t
stop(struct scan *sc, size_t p, size_t n)
{
	struct run	r;
	struct next	nx;
	size_t		e;

	if (sc->pending != NONE) {
		token_measure(sc, sc->pending);
		sc->pending = NONE;
	}
	if (p < sc->prot_end)
		return p + n;
	if (sc->qprot && p > sc->qopen && p < sc->qclose)
		return p + n;
	run_parse(sc, p, &r);
	next_parse(sc, r.cend, &nx);
	if (nx.kind == NX_END)
		e = r.cend;
	else if (sc->start == p)
		e = NONE;	/* "..." opening a sentence */
	else if (r.dots >= 3)
		e = decide_ellipsis(sc, &r, &nx);
	else if (r.qe > 0)
		e = decide_qe(&r, &nx);
	else
		e = decide_period(sc, &r, &nx);
	if (e == NONE)
		return r.end;
	cut(sc, e);
	if (e < sc->be && !space_at(sc->t, e, sc->be))
		token_begin(sc, e);
	return e;
}

/* A wide stop at P: the sentence ends after it, the stops and closing
 * brackets that follow it ("。」") kept with it. Returns where to go on. */
static size_t
wide_stop(struct scan *sc, size_t p, size_t n)
{
	size_t		e = p + n;
	uint32_t	cp;

	if (sc->pending != NONE) {
		token_measure(sc, sc->pending);
		sc->pending = NONE;
	}
	if (p < sc->prot_end || (sc->qprot && p > sc->qopen &&
	    p < sc->qclose))
		return e;
	while (e < sc->be) {
		n = dec(sc->t, e, sc->be, &cp);
		if (!is_wide_stop(cp) && !is_stop(cp) && !is_closer(cp))
			break;
		e += n;
	}
	cut(sc, e);
	if (e < sc->be && !space_at(sc->t, e, sc->be))
		token_begin(sc, e);
	return e;
}

/* Gives the last sentence of a one-line block its kind when it has no
 * stop: a byline ("By ...") or a heading. */
static void
line_kind(struct seg *sg, size_t first)
{
	struct sentence	*s = &sg->v[sg->n - 1];
	size_t		 words = 1, q;
	uint32_t	 cp;
	const char	*p;

	if (sg->n != first + 1 || s->kind != SEG_SENTENCE)
		return;
	q = utf8_prev(sg->t, s->end);
	dec(sg->t, q, s->end, &cp);
	if (is_stop(cp) || is_closer(cp) || cp == ',' || cp == ';' ||
	    cp == ':')
		return;
	for (p = s->text; *p != '\0'; p++)
		words += *p == ' ';
	if (strncasecmp(s->text, "by ", 3) == 0 && words <= 10 &&
	    s->text[3] >= 'A' && s->text[3] <= 'Z')
		s->kind = SEG_BYLINE;
	else if (words <= 20) {
		dec(s->text, 0, strlen(s->text), &cp);
		if (utf8_case(cp) == UTF8_UPPER || utf8_case(cp) == UTF8_DIGIT)
			s->kind = SEG_HEADING;
	}
}

#define DATELINE_WORDS	8	/* words before the dash of a dateline */
#define DATELINE_PAREN	32	/* bytes inside its "(AP)" */

static int
is_dash(uint32_t cp)
{
	return cp == '-' || cp == 0x2013 || cp == 0x2014;
}

/* The end of the word of a dateline starting at I (a capital or a digit,
 * then letters, digits, '.', '\'', '-'), or I when there is none; *CAPS
 * tells whether its letters are all capitals, two at least. */
static size_t
dateline_word(const char *t, size_t i, size_t be, int *caps)
{
	size_t		n, j = i;
	uint32_t	cp;
	int		upper = 0, lower = 0;

	dec(t, i, be, &cp);
	if (utf8_case(cp) != UTF8_UPPER && !(cp >= '0' && cp <= '9'))
		return i;
	while (j < be) {
		n = dec(t, j, be, &cp);
		if (utf8_case(cp) == UTF8_UPPER)
			upper++;
		else if (utf8_case(cp) == UTF8_LOWER)
			lower++;
		else if (!(cp >= '0' && cp <= '9') && cp != '.' &&
		    cp != '\'' && cp != 0x2019 && !(cp == '-' && j > i))
			break;
		j += n;
	}
	*caps = upper >= 2 && lower == 0;
	return j;
}

/*
 * The end of an inline dateline opening the block BS..BE, after its dash:
 * at most DATELINE_WORDS capitalised words or numbers, with commas and one
 * parenthesis ("(AP)"), the first word in capitals or a comma among them,
 * then a dash with white space on both sides and a capital, a digit or an
 * opening quote; or, the first word in capitals, a dash that ends the
 * block (a dateline on a line of its own). 0 when the block does not open
 * with one.
 */
static size_t
dateline_end(const char *t, size_t bs, size_t be)
{
	size_t		i = bs, n, e;
	uint32_t	cp;
	int		words = 0, caps = 0, first_caps = 0, comma = 0;
	int		paren = 0;

	for (;;) {
		while (i < be && space_at(t, i, be))
			i += dec(t, i, be, &cp);
		if (i >= be)
			return 0;
		n = dec(t, i, be, &cp);
		if (is_dash(cp) && words > 0 && space_before(t, bs, i)) {
			e = i + n;
			if (cp == '-' && e < be && t[e] == '-')
				e++;
			/* Alone on its line, the text under it: only with
			 * its place in capitals ("KELSO, March 3, 2025 -"). */
			for (n = e; n < be && space_at(t, n, be); )
				n += dec(t, n, be, &cp);
			if (n >= be)
				return first_caps ? e : 0;
			if (!space_at(t, e, be))
				return 0;
			if (!first_caps && !comma)
				return 0;
			i = n;
			dec(t, i, be, &cp);
			if (utf8_case(cp) != UTF8_UPPER && utf8_case(cp) != UTF8_DIGIT &&
			    !is_opener(cp))
				return 0;
			return e;
		}
		if (cp == '(') {
			if (paren++ || words == 0)
				return 0;
			for (e = i + 1; e < be && e - i < DATELINE_PAREN &&
			    t[e] != ')'; e++) {
				if (t[e] == '(' || t[e] == '.' || t[e] == '!' ||
				    t[e] == '?')
					return 0;
			}
			if (e >= be || t[e] != ')')
				return 0;
			i = e + 1;
			continue;
		}
		e = dateline_word(t, i, be, &caps);
		if (e == i || ++words > DATELINE_WORDS)
			return 0;
		if (words == 1)
			first_caps = caps;
		i = e;
		if (i < be && t[i] == ',') {
			comma = 1;
			i++;
		}
		if (i < be && !space_at(t, i, be) && t[i] != '(')
			return 0;
	}
}

static void
scan_block(struct seg *sg, size_t bs, size_t be, unsigned lines)
{
	struct scan	 sc;
	struct marker	 m;
	size_t		 i = bs, n, first = sg->n;
	uint32_t	 cp, before = 0;
	int		 at_tok = 1;

	memset(&sc, 0, sizeof sc);
	sc.sg = sg;
	sc.t = sg->t;
	sc.bs = bs;
	sc.be = be;
	sc.start = NONE;
	sc.pending = NONE;
	sc.kind = SEG_SENTENCE;
	if (lines == 1) {
		dec(sg->t, utf8_prev(sg->t, be), be, &cp);
		sc.headline = !is_stop(cp) && !is_closer(cp);
	}
	marker_parse(sg->t, bs, be, &sc.list);
	if (sc.list.len == 0 && (n = dateline_end(sg->t, bs, be)) != 0) {
		emit(sg, bs, n, SEG_DATELINE);
		i = n;
	}
	if (sc.list.len != 0) {
		sc.kind = SEG_ITEM;
		sc.start = bs;
		sc.list_value = sc.list.value;
		i = bs + sc.list.len;
	}
	while (i < be) {
		/* Inside a token, ASCII letters and digits change nothing
		 * but what came before. */
		if (!at_tok && sc.start != NONE) {
			for (n = i; n < be && is_alnum(sg->t[n]); n++)
				;
			if (n > i) {
				before = (unsigned char)sg->t[n - 1];
				i = n;
				if (i == be)
					break;
			}
		}
		n = dec(sg->t, i, be, &cp);
		if (is_space(cp)) {
			at_tok = 1;
			i += n;
			continue;
		}
		if (sc.start == NONE)
			sc.start = i;
		if (at_tok) {
			at_tok = 0;
			if (list_next(&sc, i, &m) ||
			    list_after_colon(&sc, i, before, &m)) {
				cut(&sc, i);
				sc.start = i;
				sc.kind = SEG_ITEM;
				i += m.len;
				before = 0;
				continue;
			}
			token_begin(&sc, i);
			if (quote_opener(&sc, i, n, cp))
				quote_open(&sc, i, n, cp);
		} else if (cp == 0x201c || cp == 0x2018)
			quote_open(&sc, i, n, cp);
		if (cp == 0x300c || cp == 0x300e)
			corner_open(&sc, i, n, cp);
		before = cp;
		if (is_stop(cp)) {
			i = stop(&sc, i, n);
			continue;
		}
		if (is_wide_stop(cp)) {
			i = wide_stop(&sc, i, n);
			continue;
		}
		i += n;
	}
	cut(&sc, be);
	if (lines == 1 && sg->n > first)
		line_kind(sg, first);
}

/* -- lines and blocks -- */

/* The first CR or LF of T at or after I, or LEN. */
static size_t
line_end(const char *t, size_t i, size_t len)
{
	const char	*lf, *cr;

	lf = memchr(t + i, '\n', len - i);
	cr = memchr(t + i, '\r', (lf != NULL ? (size_t)(lf - t) : len) - i);
	if (cr != NULL)
		return (size_t)(cr - t);
	return lf != NULL ? (size_t)(lf - t) : len;
}

/* The characters of T from S to E: the bytes that do not continue one. */
static size_t
char_count(const char *t, size_t s, size_t e)
{
	size_t		n = 0;
	uint64_t	w;

	for (; s + 8 <= e; s += 8) {
		memcpy(&w, t + s, 8);
		/* A continuation byte is 10xxxxxx: bit 7 set, bit 6 clear. */
		w = (w & ~(w << 1) & 0x8080808080808080ULL) >> 7;
		n += 8 - (size_t)((w * 0x0101010101010101ULL) >> 56);
	}
	for (; s < e; s++)
		n += ((unsigned char)t[s] & 0xc0) != 0x80;
	return n;
}

static void
line_scan(const struct seg *sg, size_t pos, struct line *l)
{
	const char	*t = sg->t;
	size_t		 i = pos, n, k;
	uint32_t	 cp;
	struct marker	 m;

	memset(l, 0, sizeof *l);
	l->s = pos;
	i = line_end(t, pos, sg->len);
	l->e = i;
	if (i < sg->len && t[i] == '\r' && i + 1 < sg->len && t[i + 1] == '\n')
		i++;
	l->next = i < sg->len ? i + 1 : i;

	for (i = l->s; i < l->e && space_at(t, i, l->e); i += n)
		n = dec(t, i, l->e, &cp);
	l->ts = i;
	l->te = l->e;
	while (l->te > l->ts) {
		k = utf8_prev(t, l->te);
		if (!space_at(t, k, l->e))
			break;
		l->te = k;
	}
	l->trail_ws = l->te < l->e;
	if (l->ts == l->te) {
		l->blank = 1;
		return;
	}
	l->width = char_count(t, l->s, l->te);
	for (i = l->ts; i < l->te && !space_at(t, i, l->te); i += n) {
		n = dec(t, i, l->te, &cp);
		l->word++;
	}
	for (i = l->s; i < l->ts; i++)
		l->indent += ((unsigned char)t[i] & 0xc0) != 0x80;
	k = utf8_prev(t, l->te);
	dec(t, k, l->te, &cp);
	if (is_closer(cp) && k > l->ts) {
		k = utf8_prev(t, k);
		dec(t, k, l->te, &cp);
	}
	l->ends_stop = is_stop(cp);
	dec(t, l->ts, l->te, &cp);
	l->lower = utf8_case(cp) == UTF8_LOWER;
	l->paren = cp == '(';

	for (k = l->ts; k < l->te && t[k] == '#' && k - l->ts < 7; k++)
		;
	if (k > l->ts && k - l->ts <= 6 && (k == l->te || t[k] == ' ' ||
	    t[k] == '\t'))
		l->heading = (int)(k - l->ts);

	if (strchr("-=*_", t[l->ts]) != NULL) {
		for (k = l->ts, n = 0; k < l->te; k++) {
			if (t[k] == t[l->ts])
				n++;
			else if (t[k] != ' ' && t[k] != '\t')
				break;
		}
		if (k == l->te && n >= 3)
			l->rule = t[l->ts];
	}
	marker_parse(t, l->ts, l->te, &m);
	l->marker = m.len != 0;
}

/*
 * First pass: is the text hard-wrapped, and at what width? It is when long
 * lines are rare, and at least a third of the lines come near the widest
 * usual line (the width that at most one line in fifty exceeds).
 */
static void
measure(struct seg *sg)
{
	size_t		hist[WRAP_MAX + 1], pos = sg->body, lines = 0, wide = 0;
	size_t		allowed, above = 0, w, near = 0;
	struct line	l;

	memset(hist, 0, sizeof hist);
	while (pos < sg->len) {
		line_scan(sg, pos, &l);
		pos = l.next;
		if (l.blank)
			continue;
		lines++;
		if (l.width > WRAP_MAX)
			wide++;
		else
			hist[l.width]++;
	}
	if (lines == 0 || wide * 20 > lines)
		return;
	allowed = (lines - wide) / 50;
	for (w = WRAP_MAX; w > 0; w--) {
		if (above + hist[w] > allowed)
			break;
		above += hist[w];
	}
	if (w < WRAP_MIN)
		return;
	for (pos = w - w / 4; pos <= w; pos++)
		near += hist[pos];
	if (near < 2 || near * 3 < lines)
		return;
	sg->wrapped = 1;
	sg->width = w;
}

/*
 * Whether the line break between P and L is only white space: in wrapped
 * text, when L goes on in small letters or when L's first word would not
 * have fitted on P (with some slack, for text wrapped by hand); in any text,
 * after trailing white space when L goes on in small letters.
 */
static int
soft_break(const struct seg *sg, const struct line *p, const struct line *l)
{
	if (p->heading || l->heading || l->marker || l->rule)
		return 0;
	if (p->trail_ws && (l->lower || l->paren))
		return 1;
	if (!sg->wrapped)
		return 0;
	if (l->lower)
		return 1;
	if (l->indent > p->indent && p->ends_stop)
		return 0;	/* an indented paragraph */
	return p->width + 1 + l->word > sg->width - sg->width / 5;
}

static int
title_ok(const struct seg *sg, const struct block *b)
{
	char	c = sg->t[b->be - 1];

	return b->be - b->bs <= TITLE_MAX && c != '.' && c != ',' &&
	    c != ';' && c != ':';
}

enum brk { BRK_BLANK, BRK_HARD, BRK_END };

static void
flush(struct seg *sg, struct block *b, enum brk why)
{
	size_t	first = sg->n;

	if (!b->open)
		return;
	b->open = 0;
	if (b->kind == SEG_SENTENCE && !sg->have_title && sg->blocks == 0 &&
	    b->lines == 1 && why == BRK_BLANK && title_ok(sg, b))
		b->kind = SEG_TITLE;
	if (b->kind == SEG_TITLE)
		sg->have_title = 1;
	if (b->kind == SEG_SENTENCE)
		scan_block(sg, b->bs, b->be, b->lines);
	else
		emit(sg, b->bs, b->be, b->kind);
	/* A text of one line that reads as a heading is a title alone. */
	if (!sg->have_title && sg->blocks == 0 && b->lines == 1 &&
	    why == BRK_END && sg->n == first + 1 &&
	    sg->v[first].kind == SEG_HEADING) {
		sg->v[first].kind = SEG_TITLE;
		sg->have_title = 1;
	}
	/* A heading line alone at the top, a byline or a dateline on the
	 * line under it: the title, with no blank line between. */
	if (!sg->have_title && sg->blocks == 1 && first == 1 &&
	    sg->v[0].kind == SEG_HEADING && sg->n > first &&
	    (sg->v[first].kind == SEG_BYLINE ||
	    sg->v[first].kind == SEG_DATELINE)) {
		sg->v[0].kind = SEG_TITLE;
		sg->have_title = 1;
	}
	sg->blocks++;
	if (sg->n > first)
		sg->para++;
}

static void
block_start(struct block *b, const struct line *l, enum seg_kind kind)
{
	b->open = 1;
	b->bs = l->ts;
	b->be = l->te;
	b->lines = 1;
	b->last = *l;
	b->kind = kind;
}

/* A heading's kind: the first line or the first "# " heading is the title. */
static enum seg_kind
heading_kind(const struct seg *sg, int level)
{
	if (!sg->have_title && (sg->blocks == 0 || level == 1))
		return SEG_TITLE;
	return SEG_HEADING;
}

static void
segment_lines(struct seg *sg)
{
	struct block	b;
	struct line	l;
	size_t		pos = sg->body;

	memset(&b, 0, sizeof b);
	while (pos < sg->len) {
		line_scan(sg, pos, &l);
		pos = l.next;
		if (l.blank) {
			flush(sg, &b, BRK_BLANK);
			continue;
		}
		if (l.rule) {
			if (b.open && b.lines == 1 && b.kind == SEG_SENTENCE &&
			    (l.rule == '=' || l.rule == '-'))
				b.kind = heading_kind(sg, l.rule == '=' ? 1 : 2);
			flush(sg, &b, BRK_BLANK);
			continue;
		}
		if (l.heading) {
			flush(sg, &b, BRK_HARD);
			block_start(&b, &l, heading_kind(sg, l.heading));
			flush(sg, &b, BRK_HARD);
			continue;
		}
		if (b.open && soft_break(sg, &b.last, &l)) {
			b.be = l.te;
			b.lines++;
			b.last = l;
			continue;
		}
		flush(sg, &b, BRK_HARD);
		block_start(&b, &l, SEG_SENTENCE);
	}
	flush(sg, &b, BRK_END);
}

struct sentence *
segment_article(const struct article *art, const struct abbrevs *abbrevs,
    size_t *n)
{
	struct seg	sg;

	memset(&sg, 0, sizeof sg);
	sg.t = art->text;
	sg.len = art->len;
	sg.body = art->body;
	sg.ab = abbrevs;
	measure(&sg);
	segment_lines(&sg);
	*n = sg.n;
	return sg.v;
}

size_t
segment_find(const struct sentence *v, size_t n, size_t pos)
{
	size_t	lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (v[mid].end <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

void
sentences_free(struct sentence *v, size_t n)
{
	size_t	i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++)
		free(v[i].text);
	free(v);
}

const char *
segment_kind_name(enum seg_kind kind)
{
	switch (kind) {
	case SEG_SENTENCE:
		return "sentence";
	case SEG_TITLE:
		return "title";
	case SEG_HEADING:
		return "heading";
	case SEG_BYLINE:
		return "byline";
	case SEG_ITEM:
		return "item";
	case SEG_DATELINE:
		return "dateline";
	}
	return "sentence";
}

char *
segment_title(const struct article *art, const struct sentence *v, size_t n)
{
	const char	*s, *e;
	size_t		 i;

	for (i = 0; i < n; i++) {
		if (v[i].kind == SEG_TITLE)
			break;
	}
	if (i == n)
		return xstrdup(art->name);
	s = v[i].text;
	e = s + strlen(s);
	if (*s == '#') {
		while (*s == '#')
			s++;
		while (*s == ' ')
			s++;
		while (e > s && e[-1] == '#')
			e--;
		if (e > s && e[-1] != ' ')
			e = s + strlen(s);	/* "C#" is not a closing mark */
		while (e > s && e[-1] == ' ')
			e--;
	}
	if (e == s)
		return xstrdup(art->name);
	return xstrndup(s, (size_t)(e - s));
}
