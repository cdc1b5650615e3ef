/* match-lex.c: a claim's text as the matcher reads it: words, numbers, dates. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "match.h"
#include "match-int.h"
#include "segment.h"
#include "utf8.h"
#include "xmalloc.h"

int
match_stem(char *w)
{
	size_t	n = strlen(w);
	int	e = STEM_NO_E;

	if (n > 2 && w[n - 2] == '\'' && w[n - 1] == 's')
		w[n -= 2] = '\0';
	if (n > 4 && strcmp(w + n - 3, "ies") == 0) {
		strcpy(w + n - 3, "y");
		return STEM_NO_E;
	}
	if (n > 5 && strcmp(w + n - 3, "ing") == 0) {
		w[n -= 3] = '\0';
		e = STEM_MAYBE_E;
	} else if (n > 4 && strcmp(w + n - 2, "ed") == 0) {
		w[n -= 2] = '\0';
		e = STEM_MAYBE_E;
	} else if (n > 4 && strcmp(w + n - 4, "sses") == 0)
		w[n -= 2] = '\0';
	else if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' &&
	    w[n - 2] != 'u' && w[n - 2] != 'i') {
		w[n -= 1] = '\0';
		/* "crashes", "boxes", "buses": the "e" may be the plural's
		 * ("niches" is "niche") */
		if (n > 3 && w[n - 1] == 'e' && strchr("hxzs", w[n - 2]))
			e = STEM_MAYBE_E;
	}
	/* "stopp" -> "stop", "plann" -> "plan": no "e" was there */
	if (n > 3 && w[n - 1] == w[n - 2] && strchr("bdgmnpt", w[n - 1])) {
		w[n - 1] = '\0';
		e = STEM_NO_E;
	}
	/* "increase" and "increas(ed)" stem alike */
	n = strlen(w);
	if (n > 4 && w[n - 1] == 'e') {
		w[n - 1] = '\0';
		if (e != STEM_MAYBE_E)
			e = STEM_E;
	}
	return e;
}

/* Whether code point CP (beyond ASCII) can be part of a word: letters
 * and marks of any script, not punctuation, symbols or emoji. */
static int
is_word_cp(uint32_t cp)
{
	if (cp < 0xc0)
		return cp == 0xaa || cp == 0xb5 || cp == 0xba;
	if (cp == 0xd7 || cp == 0xf7 || cp == UTF8_REPLACEMENT)
		return 0;
	if ((cp >= 0x2000 && cp <= 0x2bff) || (cp >= 0x3000 && cp <= 0x303f) ||
	    (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xfe30 && cp <= 0xfe4f) ||
	    (cp >= 0xff01 && cp <= 0xff0f) || (cp >= 0x1f000 && cp <= 0x1faff) ||
	    (cp >= 0xe0000 && cp <= 0xe007f))
		return 0;
	return 1;
}

/* The length of the word character at P, 0 when it is none: an ASCII
 * letter or digit, or a letter of another script. */
static size_t
word_char(const unsigned char *p)
{
	uint32_t	cp;
	size_t		n;

	if (*p < 0x80)
		return isalnum(*p) ? 1 : 0;
	n = utf8_decode((const char *)p, strnlen((const char *)p, 4), &cp);
	return is_word_cp(cp) ? n : 0;
}

/* Whether the character before P (P > TEXT) is a word character. */
static int
after_word(const char *text, const unsigned char *p)
{
	size_t	at = utf8_prev(text, (size_t)((const char *)p - text));

	return word_char((const unsigned char *)text + at) != 0;
}


/* A right single quote (U+2019) at P, used as an apostrophe. */
static int
is_curly_apostrophe(const unsigned char *p)
{
	return p[0] == 0xe2 && p[1] == 0x80 && p[2] == 0x99;
}

/* The end of the run of bytes that are not white space from P. */
static const char *
run_end(const char *p)
{
	while (*p != '\0' && !UTF8_ASCII_SPACE(*p))
		p++;
	return p;
}

/*
 * Whether the run from P to END is a link or an address, which says
 * nothing a claim claims: "https://...", "www...", "t.co/x",
 * "pic.twitter.com/x", "name@example.org".
 */
static int
is_link(const char *p, const char *end)
{
	const char	*q, *slash = NULL, *dot = NULL, *at = NULL;
	size_t		 letters;

	for (q = p; q < end; q++) {
		if (q + 2 < end && q[0] == ':' && q[1] == '/' && q[2] == '/')
			return 1;
		if (*q == '/' && slash == NULL)
			slash = q;
		if (*q == '@' && q > p && at == NULL)
			at = q;
	}
	if (end - p > 4 && strncasecmp(p, "www.", 4) == 0)
		return 1;
	if (at != NULL && memchr(at, '.', (size_t)(end - at)) != NULL &&
	    isalnum((unsigned char)at[-1]))
		return 1;
	if (slash == NULL)
		return 0;
	for (q = p; q < slash; q++) {
		if (*q == '.')
			dot = q;
	}
	if (dot == NULL || dot == p)
		return 0;
	for (letters = 0, q = dot + 1; q < slash && isalpha((unsigned char)*q);
	    q++)
		letters++;
	return letters >= 2 && q == slash;
}

static struct tok *
tok_add(struct toks *ts, enum tok_kind kind, const char *at, size_t len,
    const char *prev_end)
{
	struct tok	*t;

	ts->v = xgrow_pow2(ts->v, ts->n, sizeof *ts->v);
	t = &ts->v[ts->n++];
	memset(t, 0, sizeof *t);
	t->kind = kind;
	t->at = at;
	t->len = len;
	t->gap = (size_t)(at - prev_end);
	return t;
}

/* Case flags of the word LEN bytes at P; counts its letters. */
static int
case_flags(const char *p, size_t len, size_t *upper, size_t *lower)
{
	size_t	i, up = 0, low = 0;
	int	flags = 0;

	/* A possessive is no letter of the word: "FBI's" is in capitals. */
	if (len > 2 && p[len - 1] == 's' && p[len - 2] == '\'')
		len -= 2;
	else if (len > 4 && p[len - 1] == 's' &&
	    memcmp(p + len - 4, "\xe2\x80\x99", 3) == 0)
		len -= 4;
	for (i = 0; i < len; i++) {
		if (isupper((unsigned char)p[i]))
			up++;
		else if (islower((unsigned char)p[i]))
			low++;
	}
	if (len > 0 && isupper((unsigned char)p[0]))
		flags |= TF_CAP;
	if (up > 0 && low == 0)
		flags |= TF_ALLCAPS;
	*upper += up;
	*lower += low;
	return flags;
}

/* Where a tag's part ends: at '_', a lower-case letter followed by a
 * capital, a letter followed by a digit or the reverse, or the last
 * capital of a run followed by a lower-case letter ("NASAMoon"). */
static size_t
tag_part(const char *p, size_t len)
{
	size_t		i;
	unsigned char	a, b;

	for (i = 1; i < len; i++) {
		a = (unsigned char)p[i - 1];
		b = (unsigned char)p[i];
		if (b == '_' || (islower(a) && isupper(b)) ||
		    (isalpha(a) && isdigit(b)) || (isdigit(a) && isalpha(b)))
			return i;
		if (isupper(a) && isupper(b) && i + 1 < len &&
		    islower((unsigned char)p[i + 1]))
			return i;
	}
	return len;
}

/* A #hashtag or @handle of LEN bytes at P (the sign excluded): its parts
 * as words ("#SuperBowl": Super, Bowl); a handle's digits are left out. */
static void
lex_tag(struct toks *ts, const char *p, size_t len, int handle,
    const char **prev_end, size_t *upper, size_t *lower)
{
	struct tok	*t;
	size_t		 n;

	while (len > 0) {
		if (*p == '_') {
			p++;
			len--;
			continue;
		}
		n = tag_part(p, len);
		if (!(handle && isdigit((unsigned char)*p))) {
			t = tok_add(ts, TOK_WORD, p, n, *prev_end);
			t->flags = TF_TAG | case_flags(p, n, upper, lower);
			t->low = xstrndup_lower(p, n);
			*prev_end = p + n;
		}
		p += n;
		len -= n;
	}
}

/* The number written at P ("3,000", "1.5"); its length in *LEN, its
 * digits without separators in DIGITS (64 bytes). */
static double
parse_number(const char *p, size_t *len, char *digits, int *plain)
{
	size_t	i = 0, b = 0;

	*plain = 1;
	while (p[i] != '\0' && b + 1 < 64) {
		if (isdigit((unsigned char)p[i]))
			digits[b++] = p[i++];
		else if (p[i] == ',' && isdigit((unsigned char)p[i + 1])) {
			*plain = 0;
			i++;
		} else if (p[i] == '.' && isdigit((unsigned char)p[i + 1])) {
			*plain = 0;
			digits[b++] = p[i++];
		} else
			break;
	}
	digits[b] = '\0';
	*len = i;
	return strtod(digits, NULL);
}

/* Whether the gap before token T holds a sentence break: ".", "!", "?",
 * ":", ";", a new line or a dash, the dot only after a word of four or
 * more bytes or a number ("Dr. Smith" and "U.S. Army" go on). */
static int
sentence_break(const struct toks *ts, const struct tok *t)
{
	const unsigned char	*g = (const unsigned char *)t->at - t->gap;
	const struct tok	*prev = t == ts->v ? NULL : t - 1;
	size_t			 i;

	if (prev == NULL)
		return 1;
	for (i = 0; i < t->gap; i++) {
		switch (g[i]) {
		case '!': case '?': case ':': case ';': case '\n': case '|':
			return 1;
		case '.':
			if (prev->kind == TOK_NUM || prev->len >= 4)
				return 1;
			break;
		case 0xe2:	/* en and em dashes */
			if (i + 2 < t->gap && g[i + 1] == 0x80 &&
			    (g[i + 2] == 0x93 || g[i + 2] == 0x94))
				return 1;
			break;
		}
	}
	return 0;
}

/* The text of token T's gap holds only white space and bytes of OK. */
static int
gap_only(const struct tok *t, const char *ok)
{
	const char	*g = t->at - t->gap;
	size_t		 i;

	for (i = 0; i < t->gap; i++) {
		if (!UTF8_ASCII_SPACE(g[i]) && strchr(ok, g[i]) == NULL)
			return 0;
	}
	return 1;
}

static int
is_day(const struct tok *t)
{
	return t->kind == TOK_NUM && t->value >= 1 && t->value <= 31 &&
	    t->value == (int)t->value && strlen(t->low) <= 2 &&
	    !(t->flags & TF_TAG);
}

static int
is_year_tok(const struct tok *t)
{
	return t->kind == TOK_NUM && (t->flags & TF_PLAIN) &&
	    !(t->flags & TF_ORDINAL) && strlen(t->low) == 4 &&
	    t->value >= 1800 && t->value <= 2100;
}

/* A month's name, capitalised (a lower-case "may" or "march" is a verb
 * more often than not). */
static int
month_of(const struct tok *t)
{
	if (t->kind != TOK_WORD || !(t->flags & TF_CAP) || (t->flags & TF_TAG))
		return 0;
	return match_lists_month(t->low);
}

/*
 * The date the tokens from I begin, if any, into *D: "January 6, 2021",
 * "Jan. 6th", "6 January 2021", "6th of January", "March 2020",
 * "2021-01-06". Returns the tokens it takes, 0 when none; *MONTH_AT is
 * the index of the month's name, or -1.
 */
static size_t
date_at(const struct toks *ts, size_t i, struct match_date *d,
    long *month_at)
{
	const struct tok	*t = &ts->v[i], *n1, *n2;
	size_t			 left = ts->n - i;
	int			 m;

	memset(d, 0, sizeof *d);
	*month_at = -1;
	n1 = left > 1 ? t + 1 : NULL;
	n2 = left > 2 ? t + 2 : NULL;
	if ((m = month_of(t)) != 0) {
		*month_at = (long)i;
		d->month = m;
		if (n1 != NULL && is_day(n1) && gap_only(n1, ".")) {
			d->day = (int)n1->value;
			if (n2 != NULL && is_year_tok(n2) && gap_only(n2, ",")) {
				d->year = (int)n2->value;
				return 3;
			}
			return 2;
		}
		if (n1 != NULL && is_year_tok(n1) && gap_only(n1, ",")) {
			d->year = (int)n1->value;
			return 2;
		}
		return 0;
	}
	if (is_day(t) && n1 != NULL) {
		size_t	k = 1;

		if (n1->kind == TOK_WORD && strcmp(n1->low, "of") == 0 &&
		    n2 != NULL)
			k = 2;
		if ((m = month_of(&ts->v[i + k])) != 0 &&
		    gap_only(&ts->v[i + k], "")) {
			d->day = (int)t->value;
			d->month = m;
			*month_at = (long)(i + k);
			if (i + k + 1 < ts->n && is_year_tok(&ts->v[i + k + 1]) &&
			    gap_only(&ts->v[i + k + 1], ",")) {
				d->year = (int)ts->v[i + k + 1].value;
				return k + 2;
			}
			return k + 1;
		}
		return 0;
	}
	if (is_year_tok(t) && n1 != NULL && n2 != NULL &&
	    n1->kind == TOK_NUM && n2->kind == TOK_NUM &&
	    n1->gap == 1 && n1->at[-1] == '-' && n2->gap == 1 &&
	    n2->at[-1] == '-' && strlen(n1->low) == 2 &&
	    strlen(n2->low) == 2 && n1->value >= 1 && n1->value <= 12 &&
	    is_day(n2)) {
		d->year = (int)t->value;
		d->month = (int)n1->value;
		d->day = (int)n2->value;
		return 3;
	}
	return 0;
}

static void
date_add(struct match_date **v, size_t *n, const struct match_date *d)
{
	*v = xgrow_pow2(*v, *n, sizeof **v);
	(*v)[(*n)++] = *d;
}

/* Marks the dates of TS: those right after a handle in brackets are the
 * dates of quoted posts (TF_META), the others dates the text states. */
static void
mark_dates(struct toks *ts, const size_t *after_handle, size_t nafter)
{
	struct match_date	 d;
	size_t			 i, j, k, n;
	long			 month_at;
	int			 meta;

	for (i = 0; i < ts->n; i += n > 0 ? n : 1) {
		n = date_at(ts, i, &d, &month_at);
		if (n == 0)
			continue;
		for (meta = 0, k = 0; k < nafter; k++)
			meta |= after_handle[k] == i;
		for (j = i; j < i + n; j++) {
			ts->v[j].flags |= meta ? TF_META | TF_DATE : TF_DATE;
			if ((long)j == month_at) {
				ts->v[j].flags |= TF_MONTH;
				ts->v[j].month = d.month;
			}
		}
		if (meta)
			date_add(&ts->posted, &ts->nposted, &d);
		else
			date_add(&ts->dates, &ts->ndates, &d);
	}
}

void
match_lex(const char *text, struct toks *ts)
{
	const unsigned char	*p = (const unsigned char *)text;
	const char		*prev_end = text, *end, *unit;
	struct tok		*t;
	char			 word[128], digits[64];
	size_t			 n, len, i, upper = 0, lower = 0, before;
	size_t			 caps_words = 0, lower_words = 0;
	size_t			*after = NULL, nafter = 0;
	double			 value;
	int			 plain;

	memset(ts, 0, sizeof *ts);
	/* A list item's marker is the list's: "1. " is no figure, nor
	 * part of the gap before the first word. */
	p += segment_marker_len(text);
	prev_end = (const char *)p;
	while (*p != '\0') {
		if (UTF8_ASCII_SPACE(*p)) {
			p++;
			continue;
		}
		/* A link is skipped whole, from the start of a run or of a
		 * word glued to what came before. */
		if ((p == (const unsigned char *)text || !after_word(text, p)) &&
		    is_link((const char *)p, end = run_end((const char *)p))) {
			p = (const unsigned char *)end;
			continue;
		}
		if ((*p == '#' || *p == '@') && (word_char(p + 1) ||
		    p[1] == '_')) {
			int	 handle = *p == '@';

			for (len = 1; p[len] == '_' || word_char(p + len);
			    len += p[len] == '_' ? 1 : word_char(p + len))
				/* nothing */;
			lex_tag(ts, (const char *)p + 1, len - 1, handle,
			    &prev_end, &upper, &lower);
			if (handle && p > (const unsigned char *)text &&
			    p[-1] == '(' && p[len] == ')') {
				after = xgrow_pow2(after, nafter,
				    sizeof *after);
				after[nafter++] = ts->n;
			}
			p += len;
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
			n = *p == '$' ? 1 : (*p == 0xc2 ? 2 : 3);
			if (!isdigit(p[n])) {
				p += n;
				continue;
			}
			p += n;
		}
		if (isdigit(*p)) {
			value = parse_number((const char *)p, &len, digits,
			    &plain);
			t = tok_add(ts, TOK_NUM, (const char *)p, len,
			    prev_end);
			t->value = value;
			t->low = xstrdup(digits);
			t->unit = unit;
			if (plain)
				t->flags |= TF_PLAIN;
			p += len;
			prev_end = (const char *)p;
			for (n = 0; isalpha(p[n]); n++)
				/* nothing */;
			if (n == 2 && (strncasecmp((const char *)p, "st", 2) == 0 ||
			    strncasecmp((const char *)p, "nd", 2) == 0 ||
			    strncasecmp((const char *)p, "rd", 2) == 0 ||
			    strncasecmp((const char *)p, "th", 2) == 0)) {
				t->flags |= TF_ORDINAL;
				p += n;
				prev_end = (const char *)p;
			} else if (n == 1) {	/* "1990s", "4x" */
				p += n;
				prev_end = (const char *)p;
			}
			/* Longer, it is a word of its own: "10km". */
			if (*p == '%') {
				t->unit = "percent";
				p++;
				prev_end = (const char *)p;
			}
			continue;
		}
		if ((len = word_char(p)) == 0) {
			p++;
			continue;
		}
		n = 0;
		end = (const char *)p;
		while (*p != '\0') {
			if (is_curly_apostrophe(p) && word_char(p + 3)) {
				if (n + 1 < sizeof word)
					word[n++] = '\'';
				p += 3;
				continue;
			}
			if (*p == '\'') {
				if (n + 1 < sizeof word)
					word[n++] = '\'';
				p++;
				continue;
			}
			if ((len = word_char(p)) == 0)
				break;
			for (; len > 0; len--, p++) {
				if (n + 1 < sizeof word)
					word[n++] = (char)tolower(*p);
			}
		}
		len = (size_t)((const char *)p - end);
		while (n > 0 && word[n - 1] == '\'')
			n--;
		word[n] = '\0';
		if (n == 0)
			continue;
		t = tok_add(ts, TOK_WORD, end, len, prev_end);
		before = upper;
		t->flags = case_flags(end, len, &upper, &lower);
		if ((t->flags & TF_ALLCAPS) && upper - before >= 2)
			caps_words++;
		else if (!(t->flags & TF_ALLCAPS))
			lower_words++;
		prev_end = (const char *)p;
		/* "two", "dozen": numbers. */
		if ((value = match_lists_number(word)) != 0) {
			snprintf(digits, sizeof digits, "%.15g", value);
			t->kind = TOK_NUM;
			t->value = value;
			t->low = xstrdup(digits);
			t->flags |= TF_PLAIN;
			continue;
		}
		t->low = xstrdup(word);
	}
	ts->shouting = caps_words >= 3 && caps_words > lower_words;
	for (i = 0; i < ts->n; i++) {
		t = &ts->v[i];
		if (!(t->flags & TF_TAG) && sentence_break(ts, t))
			t->flags |= TF_SENT;
		t->stem = xstrdup(t->low);
		if (t->kind == TOK_WORD)
			t->stem_e = match_stem(t->stem);
	}
	mark_dates(ts, after, nafter);
	free(after);
}

void
match_toks_free(struct toks *ts)
{
	size_t	i;

	for (i = 0; i < ts->n; i++) {
		free(ts->v[i].low);
		free(ts->v[i].stem);
	}
	free(ts->v);
	free(ts->dates);
	free(ts->posted);
	memset(ts, 0, sizeof *ts);
}

int
match_date_parse(const char *s, struct match_date *d)
{
	struct toks	ts;
	size_t		i;
	int		found = 0;

	memset(d, 0, sizeof *d);
	if (s == NULL)
		return 0;
	match_lex(s, &ts);
	if (ts.ndates > 0) {
		*d = ts.dates[0];
		found = 1;
	} else if (ts.nposted > 0) {
		*d = ts.posted[0];
		found = 1;
	} else {
		for (i = 0; i < ts.n && !found; i++) {
			if (is_year_tok(&ts.v[i])) {
				d->year = (int)ts.v[i].value;
				found = 1;
			}
		}
	}
	match_toks_free(&ts);
	return found;
}
