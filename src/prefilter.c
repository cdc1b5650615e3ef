/* prefilter.c: which rules can match a sentence at all, in one pass. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rules-int.h"
#include "xmalloc.h"

/*
 * The prefilter. Most rules look for words, and most sentences hold none of a
 * given rule's words, so one pass over a sentence first finds the rules
 * that can match it at all (prefilter_scan()).
 *
 * For each pattern, prefilter_needs() reads the pattern's syntax and works out
 * up to NEED_ALL sets of strings such that every match contains a string of
 * each: the words of an alternation, those of a pre-check lookahead, a
 * literal ("study", "report"... and "found", "shows"... for study_found).
 * Lookarounds look at the same sentence, so a positive one's strings count
 * too. A set with a string of one or two letters or white space, found in
 * nearly every sentence, is not worth looking for. A construct the reader
 * does not know (\Q...\E, (?x), backreferences, recursion, conditionals,
 * verbs, most escapes), or a pattern without such a set, leaves the rule
 * unscreened: it always runs.
 *
 * Case is ignored throughout, as if every pattern were caseless: the
 * strings and the text are folded as PCRE2's caseless matching in UTF mode
 * folds ASCII, A-Z as a-z, and U+017F and U+212A, which match 's' and 'k',
 * as those (no other character matches an ASCII letter). Of the other
 * characters only those without cases count (punctuation, spaces and
 * currency signs); a letter such as 'é' is taken as unknown. So the prefilter
 * may let a rule run that then does not match, but never keeps one from a
 * sentence it matches. The strings of all screened rules make one
 * Aho-Corasick automaton over the folded bytes.
 */

#define NEED_SET_MAX	256	/* strings in a set before it is forgotten */
#define NEED_CROSS_MAX	64	/* strings in a product of two sets */
#define NEED_COMMON	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" \
			" \t\n\v\f\r"	/* what a common string is made of */
#define NEED_LEN_MAX	12	/* bytes of a needed string kept */
#define NEED_DEPTH_MAX	64	/* groups nested deeper: not understood */
#define NEED_CLASS_MAX	16	/* characters of [...] spelt out */
#define PREFILTER_STATES_MAX 8192	/* states of the automaton, at most
					   (it has a row of up to 257 words
					   each) */
#define PREFILTER_OUT	0x80000000u	/* in a transition: the state ends
					   strings */
#define PREFILTER_END	UINT32_MAX	/* ends a state's list of rules */

/* A set of strings, each NUL-terminated (a pattern line has no NUL). */
struct strset {
	char	**s;
	size_t	  n;
	int	  minimal;	/* no string holds another */
};

/* What a piece of a pattern says of the text it matches. */
struct need {
	struct strset	*exact;	/* it matches one of these exactly;
				   NULL when unknown */
	struct strset	*all[NEED_ALL];	/* each match holds a string of
				   each, the better first; NULL ends */
};

/* The reader of one pattern. */
struct need_reader {
	const char	*p;
	const char	*end;
	int		 depth;
	int		 fail;		/* something not understood */
};

/* The automaton: a DFA over byte classes. */
struct prefilter {
	unsigned char	 cls[256];	/* byte: its class, 0 for bytes in no
					   string */
	size_t		 ncls;
	size_t		 nstates;
	uint32_t	*delta;		/* a row of ncls + 1 per state: at
					   state * (ncls + 1) + class, the next
					   state as the start of its row,
					   | PREFILTER_OUT when it ends strings;
					   at the end of the row, the state's
					   rules in outs */
	uint32_t	*outs;		/* lists of the sets ended (rule *
					   NEED_ALL + its set), each ended by
					   PREFILTER_END */
};

static struct strset *
strset_new(void)
{
	return xcalloc(1, sizeof (struct strset));
}

static void
strset_free(struct strset *set)
{
	if (set == NULL)
		return;
	xfree_strings(set->s, set->n);
	free(set);
}

/* Adds S (LEN bytes) to SET; strset_unique() drops repeats. */
static void
strset_add(struct strset *set, const char *s, size_t len)
{
	set->s = xreallocarray(set->s, set->n + 1, sizeof *set->s);
	set->s[set->n++] = xstrndup(s, len);
	set->minimal = 0;
}

static int
strset_compare(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorts SET and drops repeated strings. */
static void
strset_unique(struct strset *set)
{
	size_t	i, o;

	if (set->n < 2)
		return;
	qsort(set->s, set->n, sizeof *set->s, strset_compare);
	for (i = 1, o = 1; i < set->n; i++) {
		if (strcmp(set->s[i], set->s[o - 1]) == 0)
			free(set->s[i]);
		else
			set->s[o++] = set->s[i];
	}
	set->n = o;
}

static struct strset *
strset_of(const char *s, size_t len)
{
	struct strset	*set = strset_new();

	strset_add(set, s, len);
	return set;
}

static int
strset_has_empty(const struct strset *set)
{
	size_t	i;

	for (i = 0; i < set->n; i++) {
		if (set->s[i][0] == '\0')
			return 1;
	}
	return 0;
}

/* A and B in one set, repeats and all, or NULL when either is NULL or
 * there are too many. Frees both. */
static struct strset *
strset_join(struct strset *a, struct strset *b)
{
	if (a == NULL || b == NULL || a->n + b->n > 4 * NEED_SET_MAX) {
		strset_free(a);
		strset_free(b);
		return NULL;
	}
	a->s = xreallocarray(a->s, a->n + b->n ? a->n + b->n : 1,
	    sizeof *a->s);
	memcpy(a->s + a->n, b->s, b->n * sizeof *b->s);
	a->n += b->n;
	a->minimal = 0;
	free(b->s);
	free(b);
	return a;
}

/* SET without repeats, or NULL when it is NULL or too large. */
static struct strset *
strset_done(struct strset *set)
{
	if (set == NULL)
		return NULL;
	strset_unique(set);
	if (set->n > NEED_SET_MAX) {
		strset_free(set);
		return NULL;
	}
	return set;
}

/* A ∪ B, or NULL when either is NULL or the union is too large. Frees
 * both. */
static struct strset *
strset_union(struct strset *a, struct strset *b)
{
	return strset_done(strset_join(a, b));
}

/* Every string of A followed by every string of B, or NULL when that is
 * too many. Frees neither. */
static struct strset *
strset_cross(const struct strset *a, const struct strset *b)
{
	struct strset	*set;
	size_t		 i, j, la, lb;
	char		*buf;

	if (a->n * b->n > NEED_CROSS_MAX)
		return NULL;
	set = strset_new();
	set->s = xreallocarray(NULL, a->n * b->n + 1, sizeof *set->s);
	for (i = 0; i < a->n; i++) {
		la = strlen(a->s[i]);
		for (j = 0; j < b->n; j++) {
			lb = strlen(b->s[j]);
			buf = xmalloc(la + lb + 1);
			memcpy(buf, a->s[i], la);
			memcpy(buf + la, b->s[j], lb + 1);
			set->s[set->n++] = buf;
		}
	}
	strset_unique(set);
	return set;
}

static struct strset *
strset_copy(const struct strset *set)
{
	struct strset	*c;
	size_t		 i;

	if (set == NULL)
		return NULL;
	c = strset_new();
	c->s = xreallocarray(NULL, set->n ? set->n : 1, sizeof *c->s);
	for (i = 0; i < set->n; i++)
		c->s[i] = xstrdup(set->s[i]);
	c->n = set->n;
	c->minimal = set->minimal;
	return c;
}

/* The length of the shortest string of SET, at most 5: longer strings
 * match fewer sentences, and past a few bytes that hardly matters. -1 for
 * no set, or one holding the empty string, which narrows nothing, or a
 * string found in nearly any sentence ("in", "a", a space), which narrows
 * too little to be worth looking for. */
static int
strset_reach(const struct strset *set)
{
	size_t	i, len, min = 5;

	if (set == NULL || set->n == 0)
		return -1;
	for (i = 0; i < set->n; i++) {
		if ((len = strlen(set->s[i])) < min)
			min = len;
		if (len <= 2 && strspn(set->s[i], NEED_COMMON) == len)
			return -1;
	}
	return min == 0 ? -1 : (int)min;
}

/* Drops from SET each string that holds another: as a need, the shorter
 * one says as much. */
static void
strset_minimise(struct strset *set)
{
	size_t		 i, j, o, *len;
	unsigned char	*drop;

	if (set->minimal)
		return;
	/* Mark, then drop: a string holding one that is dropped holds the
	 * string that one held as well. */
	len = xreallocarray(NULL, set->n + 1, sizeof *len);
	drop = xcalloc(set->n + 1, 1);
	for (i = 0; i < set->n; i++)
		len[i] = strlen(set->s[i]);
	for (i = 0; i < set->n; i++) {
		for (j = 0; j < set->n && !drop[i]; j++) {
			if (len[j] < len[i] &&
			    strstr(set->s[i], set->s[j]) != NULL)
				drop[i] = 1;
		}
	}
	for (i = 0, o = 0; i < set->n; i++) {
		if (drop[i])
			free(set->s[i]);
		else
			set->s[o++] = set->s[i];
	}
	set->n = o;
	set->minimal = 1;
	free(drop);
	free(len);
}

/* Whether SET is a better need than BEST: its shortest string is longer,
 * or as long and it has fewer strings. */
static int
strset_better(struct strset *set, struct strset *best)
{
	int	r = strset_reach(set), rb = strset_reach(best);

	if (r != rb || r == -1)
		return r > rb;
	strset_minimise(set);
	strset_minimise(best);
	return set->n < best->n;
}

/* Whether a text holding a string of A must hold one of B, as far as
 * cheaply seen: each string of A holds one of B. */
static int
strset_implies(const struct strset *a, const struct strset *b)
{
	size_t	i, j;

	if (a->n * b->n > NEED_SET_MAX * NEED_SET_MAX)
		return 0;
	for (i = 0; i < a->n; i++) {
		for (j = 0; j < b->n; j++) {
			if (strstr(a->s[i], b->s[j]) != NULL)
				break;
		}
		if (j == b->n)
			return 0;
	}
	return 1;
}

/* Adds SET (taken over) to the needs ALL, which keeps the NEED_ALL best
 * in order; a set that another one implies adds nothing. */
static void
need_offer(struct strset **all, struct strset *set)
{
	size_t	i, j;

	if (strset_reach(set) == -1) {
		strset_free(set);
		return;
	}
	strset_minimise(set);
	for (i = 0; i < NEED_ALL && all[i] != NULL; i++) {
		if (strset_implies(all[i], set)) {
			strset_free(set);
			return;
		}
	}
	for (i = 0; i < NEED_ALL && all[i] != NULL; i++) {
		if (!strset_implies(set, all[i]))
			continue;
		strset_free(all[i]);
		for (j = i; j + 1 < NEED_ALL; j++)
			all[j] = all[j + 1];
		all[NEED_ALL - 1] = NULL;
		i--;
	}
	for (i = 0; i < NEED_ALL && all[i] != NULL; i++) {
		if (strset_better(set, all[i]))
			break;
	}
	if (i == NEED_ALL) {
		strset_free(set);
		return;
	}
	strset_free(all[NEED_ALL - 1]);
	for (j = NEED_ALL - 1; j > i; j--)
		all[j] = all[j - 1];
	all[i] = set;
}

static void
need_clear(struct need *n)
{
	size_t	i;

	strset_free(n->exact);
	n->exact = NULL;
	for (i = 0; i < NEED_ALL; i++) {
		strset_free(n->all[i]);
		n->all[i] = NULL;
	}
}

/* The best sets N offers that each match must hold a string of, into
 * ALL (NEED_ALL entries, NULL-terminated); N is cleared. */
static void
need_best(struct need *n, struct strset **all)
{
	size_t	i;

	for (i = 0; i < NEED_ALL; i++) {
		all[i] = n->all[i];
		n->all[i] = NULL;
	}
	need_offer(all, n->exact);
	n->exact = NULL;
}

static struct need
need_unknown(void)
{
	struct need	n;

	memset(&n, 0, sizeof n);
	return n;
}

/* A zero-width piece: an anchor, an assertion, an option setting. */
static struct need
need_empty(void)
{
	struct need	n = need_unknown();

	n.exact = strset_of("", 0);
	return n;
}

/* The length of the UTF-8 character at P (P..END), or 0 when invalid. */
static size_t
need_char_len(const char *p, const char *end)
{
	unsigned char	c = *p;
	size_t		len, i;

	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
		len = 2;
	else if (c >= 0xe0 && c <= 0xef)
		len = 3;
	else if (c >= 0xf0 && c <= 0xf4)
		len = 4;
	else
		return 0;
	if ((size_t)(end - p) < len)
		return 0;
	for (i = 1; i < len; i++) {
		if (((unsigned char)p[i] & 0xc0) != 0x80)
			return 0;
	}
	return len;
}

/* Whether the character of LEN bytes at P is one whose case PCRE2 can
 * ignore: ASCII (folded by the prefilter), or punctuation, spaces and
 * currency signs without cases (U+00A0-U+00BF but U+00B5, U+2000-U+206F,
 * U+20A0-U+20CF). A letter outside ASCII might match another case. */
static int
need_char_caseless(const char *p, size_t len)
{
	const unsigned char	*u = (const unsigned char *)p;
	uint32_t		 c;

	if (len == 1)
		return 1;
	if (len == 2)
		c = (uint32_t)(u[0] & 0x1f) << 6 | (u[1] & 0x3f);
	else if (len == 3)
		c = (uint32_t)(u[0] & 0x0f) << 12 | (uint32_t)(u[1] & 0x3f) << 6 |
		    (u[2] & 0x3f);
	else
		return 0;
	return (c >= 0xa0 && c <= 0xbf && c != 0xb5) ||
	    (c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20cf);
}

/* A literal character of LEN bytes at P: a set of itself, or unknown when
 * another case of it might match. */
static struct need
need_literal(const char *p, size_t len)
{
	struct need	n = need_unknown();

	if (need_char_caseless(p, len))
		n.exact = strset_of(p, len);
	return n;
}

/* \d and \s: without PCRE2_UCP they match only these. */
static const char need_digits[] = "0123456789";
static const char need_spaces[] = " \t\n\v\f\r";

/* A set of the characters of CHARS, one string each. */
static struct strset *
strset_chars(const char *chars)
{
	struct strset	*set = strset_new();

	for (; *chars != '\0'; chars++)
		strset_add(set, chars, 1);
	return set;
}

static int
is_ascii_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

static struct need	need_read_alt(struct need_reader *);

/* Skips what follows \p or \P: {...} or one letter. */
static void
need_skip_property(struct need_reader *r)
{
	if (r->p < r->end && *r->p == '{') {
		while (r->p < r->end && *r->p != '}')
			r->p++;
		if (r->p == r->end)
			r->fail = 1;
		else
			r->p++;
	} else if (r->p < r->end && is_ascii_alnum(*r->p))
		r->p++;
	else
		r->fail = 1;
}

/* An escape, R->p just after the backslash. */
static struct need
need_read_escape(struct need_reader *r)
{
	struct need	n;
	char		c;

	if (r->p == r->end) {
		r->fail = 1;
		return need_unknown();
	}
	c = *r->p++;
	if (strchr("bBAzZ", c) != NULL)
		return need_empty();
	if (c == 'd' || c == 's') {
		n = need_unknown();
		n.exact = strset_chars(c == 'd' ? need_digits : need_spaces);
		return n;
	}
	if (strchr("DSwWhHvVRX", c) != NULL)
		return need_unknown();
	if (c == 'N' && (r->p == r->end || *r->p != '{'))
		return need_unknown();
	if (c == 'p' || c == 'P') {
		need_skip_property(r);
		return need_unknown();
	}
	if ((unsigned char)c < 0x80 && !is_ascii_alnum(c) && c >= 0x20)
		return need_literal(r->p - 1, 1);
	r->fail = 1;
	return need_unknown();
}

/* A class [...], R->p just after the '['. Its characters spelt out when
 * there are few, all plain. */
static struct need
need_read_class(struct need_reader *r)
{
	struct need	 n = need_unknown();
	struct strset	*set = strset_new();
	int		 plain = 1, first = 1;
	size_t		 len;
	const char	*d;
	char		 c;

	if (r->p < r->end && *r->p == '^') {
		plain = 0;
		r->p++;
	}
	for (;;) {
		if (r->p == r->end) {
			r->fail = 1;
			break;
		}
		c = *r->p;
		if (c == ']' && !first) {
			r->p++;
			break;
		}
		first = 0;
		if (c == '[') {		/* [:alpha:] and the like */
			r->fail = 1;
			break;
		}
		if (c == '\\') {
			if (++r->p == r->end) {
				r->fail = 1;
				break;
			}
			c = *r->p++;
			if (c == 'd' || c == 's') {
				for (d = c == 'd' ? need_digits : need_spaces;
				    *d != '\0'; d++)
					strset_add(set, d, 1);
			} else if (strchr("DSwWhHvV", c) != NULL)
				plain = 0;
			else if (c == 'p' || c == 'P') {
				need_skip_property(r);
				plain = 0;
			} else if ((unsigned char)c < 0x80 &&
			    !is_ascii_alnum(c) && c >= 0x20)
				strset_add(set, &c, 1);
			else {
				r->fail = 1;
				break;
			}
			continue;
		}
		if (c == '-' && r->p + 1 < r->end && r->p[1] != ']' &&
		    set->n > 0) {
			plain = 0;	/* a range */
			r->p++;
			continue;
		}
		if ((len = need_char_len(r->p, r->end)) == 0) {
			r->fail = 1;
			break;
		}
		if (!need_char_caseless(r->p, len))
			plain = 0;
		else
			strset_add(set, r->p, len);
		r->p += len;
	}
	strset_unique(set);
	if (!r->fail && plain && set->n > 0 && set->n <= NEED_CLASS_MAX) {
		n.exact = set;
		return n;
	}
	strset_free(set);
	return n;
}

/* The options of "(?imsx-imsx" at R->p, up to ':' or ')'; those of PCRE2
 * that change the syntax (x, xx, ^) are not understood. */
static void
need_read_options(struct need_reader *r)
{
	while (r->p < r->end && strchr("imsnJU-", *r->p) != NULL)
		r->p++;
	if (r->p == r->end || (*r->p != ':' && *r->p != ')'))
		r->fail = 1;
}

/* A group, R->p just after the '('. */
static struct need
need_read_group(struct need_reader *r)
{
	struct need	 inner, n;
	int		 look = 0;	/* 1 positive lookaround, -1 negative */

	if (++r->depth > NEED_DEPTH_MAX || r->p == r->end) {
		r->fail = 1;
		return need_unknown();
	}
	if (*r->p == '?') {
		r->p++;
		if (r->p == r->end) {
			r->fail = 1;
			return need_unknown();
		}
		if (*r->p == ':' || *r->p == '>')
			r->p++;
		else if (*r->p == '=' || *r->p == '!') {
			look = *r->p++ == '=' ? 1 : -1;
		} else if (*r->p == '<' && r->p + 1 < r->end &&
		    (r->p[1] == '=' || r->p[1] == '!')) {
			look = r->p[1] == '=' ? 1 : -1;
			r->p += 2;
		} else if (*r->p == '<' || *r->p == '\'' || (*r->p == 'P' &&
		    r->p + 1 < r->end && r->p[1] == '<')) {
			char close = *r->p == '\'' ? '\'' : '>';

			r->p += *r->p == 'P' ? 2 : 1;
			while (r->p < r->end && (is_ascii_alnum(*r->p) ||
			    *r->p == '_'))
				r->p++;
			if (r->p == r->end || *r->p != close) {
				r->fail = 1;
				return need_unknown();
			}
			r->p++;
		} else {
			need_read_options(r);
			if (r->fail)
				return need_unknown();
			if (*r->p++ == ')') {
				r->depth--;
				return need_empty();
			}
		}
	} else if (*r->p == '*') {
		r->fail = 1;
		return need_unknown();
	}
	inner = need_read_alt(r);
	if (r->fail || r->p == r->end || *r->p != ')') {
		r->fail = 1;
		need_clear(&inner);
		return need_unknown();
	}
	r->p++;
	r->depth--;
	if (look == 0)
		return inner;
	n = need_empty();
	if (look > 0)
		need_best(&inner, n.all);
	else
		need_clear(&inner);
	return n;
}

/* One item of a sequence, without its quantifier. */
static struct need
need_read_item(struct need_reader *r)
{
	size_t	len;
	char	c = *r->p;

	switch (c) {
	case '(':
		r->p++;
		return need_read_group(r);
	case '[':
		r->p++;
		return need_read_class(r);
	case '\\':
		r->p++;
		return need_read_escape(r);
	case '.':
		r->p++;
		return need_unknown();
	case '^':
	case '$':
		r->p++;
		return need_empty();
	case '*':
	case '+':
	case '?':
	case '{':
		r->fail = 1;
		return need_unknown();
	}
	if ((len = need_char_len(r->p, r->end)) == 0) {
		r->fail = 1;
		return need_unknown();
	}
	r->p += len;
	return need_literal(r->p - len, len);
}

/* Reads decimal digits at R->p into *V; -1 when there are none. */
static int
need_read_count(struct need_reader *r, unsigned long *v)
{
	const char	*start = r->p;

	*v = 0;
	while (r->p < r->end && *r->p >= '0' && *r->p <= '9' &&
	    r->p - start < 6)
		*v = *v * 10 + (unsigned long)(*r->p++ - '0');
	return r->p == start ? -1 : 0;
}

/* A quantifier after an item, if any, applied to *N. */
static void
need_read_quantifier(struct need_reader *r, struct need *n)
{
	unsigned long	 min, max, i;
	struct strset	*x, *rep;
	char		 c;

	if (r->p == r->end)
		return;
	c = *r->p;
	if (c == '?') {
		min = 0;
		max = 1;
	} else if (c == '*') {
		min = 0;
		max = ULONG_MAX;
	} else if (c == '+') {
		min = 1;
		max = ULONG_MAX;
	} else if (c == '{') {
		r->p++;
		if (need_read_count(r, &min) != 0 || r->p == r->end) {
			r->fail = 1;
			return;
		}
		max = min;
		if (*r->p == ',') {
			r->p++;
			max = ULONG_MAX;
			if (r->p < r->end && *r->p != '}' &&
			    need_read_count(r, &max) != 0) {
				r->fail = 1;
				return;
			}
		}
		if (r->p == r->end || *r->p != '}') {
			r->fail = 1;
			return;
		}
	} else
		return;
	r->p++;
	if (r->p < r->end && (*r->p == '?' || *r->p == '+'))
		r->p++;

	if (min == 0) {
		x = max == 1 && n->exact != NULL ?
		    strset_union(n->exact, strset_of("", 0)) : NULL;
		if (x == NULL)
			strset_free(n->exact);
		n->exact = NULL;
		need_clear(n);
		n->exact = x;
		return;
	}
	/* At least once: what one repetition needs, the whole needs. */
	if (min == max && min > 1 && n->exact != NULL) {
		rep = strset_copy(n->exact);
		for (i = 1; i < min && rep != NULL; i++) {
			x = strset_cross(rep, n->exact);
			strset_free(rep);
			rep = x;
		}
		need_offer(n->all, n->exact);
		n->exact = rep;
	} else if (min != max) {
		need_offer(n->all, n->exact);
		n->exact = NULL;
	}
}

/* A sequence of items, up to '|', ')' or the end. */
static struct need
need_read_seq(struct need_reader *r)
{
	struct need	 n = need_unknown(), item;
	struct strset	*run, *x;
	size_t		 i;
	int		 broken = 0;

	run = strset_of("", 0);
	while (!r->fail && r->p < r->end && *r->p != '|' && *r->p != ')') {
		item = need_read_item(r);
		if (!r->fail)
			need_read_quantifier(r, &item);
		for (i = 0; i < NEED_ALL; i++)
			need_offer(n.all, item.all[i]);
		if (item.exact != NULL &&
		    (x = strset_cross(run, item.exact)) != NULL) {
			strset_free(run);
			strset_free(item.exact);
			run = x;
			continue;
		}
		/* The run of exact pieces ends here: what it matched, each
		 * match holds. */
		need_offer(n.all, run);
		broken = 1;
		run = item.exact != NULL ? item.exact : strset_of("", 0);
	}
	if (broken)
		need_offer(n.all, run);
	else {
		need_offer(n.all, strset_copy(run));
		n.exact = run;
	}
	return n;
}

/* Alternatives, up to ')' or the end: a match of the whole is a match of
 * one of them, so it holds what that one needs. */
static struct need
need_read_alt(struct need_reader *r)
{
	struct need	 n = need_unknown(), b;
	struct strset	*acc[NEED_ALL], *all[NEED_ALL], *x;
	size_t		 i, na, nb;

	b = need_read_seq(r);
	n.exact = strset_copy(b.exact);
	need_best(&b, acc);
	while (!r->fail && r->p < r->end && *r->p == '|') {
		r->p++;
		b = need_read_seq(r);
		n.exact = strset_join(n.exact, strset_copy(b.exact));
		need_best(&b, all);
		/* The I-th set of each branch joined, a branch with fewer
		 * giving its last again: a match of a branch holds a string
		 * of each of that branch's sets. */
		for (na = 0; na < NEED_ALL && acc[na] != NULL; na++)
			;
		for (nb = 0; nb < NEED_ALL && all[nb] != NULL; nb++)
			;
		for (i = NEED_ALL; i-- > 0;) {
			x = NULL;
			if (na > 0 && nb > 0 && (i < na || i < nb))
				x = strset_join(strset_copy(acc[i < na ? i :
				    na - 1]), strset_copy(all[i < nb ? i :
				    nb - 1]));
			strset_free(acc[i]);
			strset_free(all[i]);
			acc[i] = x;
		}
	}
	n.exact = strset_done(n.exact);
	for (i = 0; i < NEED_ALL; i++)
		need_offer(n.all, strset_done(acc[i]));
	return n;
}

/* SET folded as the prefilter folds text, cut to NEED_LEN_MAX bytes, without
 * a string that holds another (that one is enough); NULL if empty. Frees
 * SET. */
static struct strset *
strset_fold(struct strset *set)
{
	struct strset	*out = strset_new();
	char		 buf[NEED_LEN_MAX];
	const char	*s;
	size_t		 i, o;

	for (i = 0; i < set->n; i++) {
		for (s = set->s[i], o = 0; *s != '\0' && o < sizeof buf; o++) {
			if (*s >= 'A' && *s <= 'Z')
				buf[o] = *s++ - 'A' + 'a';
			else if (strncmp(s, "\xc5\xbf", 2) == 0) {
				buf[o] = 's';
				s += 2;
			} else if (strncmp(s, "\xe2\x84\xaa", 3) == 0) {
				buf[o] = 'k';
				s += 3;
			} else
				buf[o] = *s++;
		}
		strset_add(out, buf, o);
	}
	strset_free(set);
	strset_unique(out);
	strset_minimise(out);
	if (out->n == 0 || strset_has_empty(out)) {
		strset_free(out);
		return NULL;
	}
	return out;
}

/* The sets of strings that every match of the pattern P (LEN bytes)
 * holds a string of each of, folded, into NEEDS (NEED_ALL entries,
 * NULL-terminated): none when the pattern is not understood. */
void
prefilter_needs(const char *p, size_t len, struct strset **needs)
{
	struct need_reader	 r;
	struct need		 n;
	struct strset		*all[NEED_ALL], *f;
	size_t			 i, o;

	memset(&r, 0, sizeof r);
	r.p = p;
	r.end = p + len;
	n = need_read_alt(&r);
	memset(all, 0, sizeof all);
	if (!r.fail && r.p == r.end)
		need_best(&n, all);
	else
		need_clear(&n);
	for (i = 0, o = 0; i < NEED_ALL; i++) {
		needs[i] = NULL;
		if (all[i] != NULL && (f = strset_fold(all[i])) != NULL)
			needs[o++] = f;
	}
}

void
prefilter_needs_free(struct strset **needs)
{
	size_t	i;

	for (i = 0; i < NEED_ALL; i++) {
		strset_free(needs[i]);
		needs[i] = NULL;
	}
}

void
prefilter_free(struct prefilter *pf)
{
	if (pf == NULL)
		return;
	free(pf->delta);
	free(pf->outs);
	free(pf);
}

/* Adds rule R to the list *LIST (*N entries) unless there. */
static void
prefilter_list_add(uint32_t **list, size_t *n, uint32_t r)
{
	size_t	i;

	for (i = 0; i < *n; i++) {
		if ((*list)[i] == r)
			return;
	}
	*list = xreallocarray(*list, *n + 1, sizeof **list);
	(*list)[(*n)++] = r;
}

/* The automaton for the needs of RS's rules, or NULL when no rule has
 * any. The classic construction: a trie of the strings, then breadth
 * first, each state's missing transitions taken from its failure state
 * and its rules joined with that state's. */
struct prefilter *
prefilter_build(struct ruleset *rs)
{
	struct prefilter	 *pf;
	struct strset	 *set;
	int32_t		 *go;
	uint32_t	 *fail, *queue, **out;
	size_t		 *nout, max = 1, nstates = 1, i, j, c, head, tail;
	size_t		  nouts = 1, t, to, row;
	const unsigned char *s;

	/* Rules past the size the automaton may have stay unscreened. */
	for (i = 0; i < rs->n; i++) {
		for (t = 0, c = 0; c < NEED_ALL; c++) {
			set = rs->rules[i].needs[c];
			for (j = 0; set != NULL && j < set->n; j++)
				t += strlen(set->s[j]);
		}
		if (max + t <= PREFILTER_STATES_MAX) {
			max += t;
			continue;
		}
		for (c = 0; c < NEED_ALL; c++) {
			strset_free(rs->rules[i].needs[c]);
			rs->rules[i].needs[c] = NULL;
		}
		rs->rules[i].full = 0;
	}

	pf = xcalloc(1, sizeof *pf);
	pf->ncls = 1;
	for (i = 0; i < rs->n * NEED_ALL; i++) {
		if ((set = rs->rules[i / NEED_ALL].needs[i % NEED_ALL]) == NULL)
			continue;
		for (j = 0; j < set->n; j++) {
			for (s = (const unsigned char *)set->s[j]; *s; s++) {
				if (pf->cls[*s] == 0)
					pf->cls[*s] = pf->ncls++;
			}
		}
	}
	if (max == 1) {
		free(pf);
		return NULL;
	}
	for (c = 'A'; c <= 'Z'; c++)
		pf->cls[c] = pf->cls[c - 'A' + 'a'];

	go = xreallocarray(NULL, max * pf->ncls, sizeof *go);
	for (i = 0; i < max * pf->ncls; i++)
		go[i] = -1;
	out = xcalloc(max, sizeof *out);
	nout = xcalloc(max, sizeof *nout);
	for (i = 0; i < rs->n * NEED_ALL; i++) {
		if ((set = rs->rules[i / NEED_ALL].needs[i % NEED_ALL]) == NULL)
			continue;
		for (j = 0; j < set->n; j++) {
			t = 0;
			for (s = (const unsigned char *)set->s[j]; *s; s++) {
				c = t * pf->ncls + pf->cls[*s];
				if (go[c] == -1)
					go[c] = (int32_t)nstates++;
				t = (size_t)go[c];
			}
			prefilter_list_add(&out[t], &nout[t], (uint32_t)i);
		}
	}

	fail = xcalloc(nstates, sizeof *fail);
	queue = xcalloc(nstates, sizeof *queue);
	head = tail = 0;
	for (c = 0; c < pf->ncls; c++) {
		if (go[c] == -1)
			go[c] = 0;
		else {
			fail[go[c]] = 0;
			queue[tail++] = (uint32_t)go[c];
		}
	}
	while (head < tail) {
		t = queue[head++];
		for (j = 0; j < nout[fail[t]]; j++)
			prefilter_list_add(&out[t], &nout[t], out[fail[t]][j]);
		for (c = 0; c < pf->ncls; c++) {
			int32_t	*slot = &go[t * pf->ncls + c];

			if (*slot == -1)
				*slot = go[fail[t] * pf->ncls + c];
			else {
				fail[*slot] = (uint32_t)go[fail[t] * pf->ncls +
				    c];
				queue[tail++] = (uint32_t)*slot;
			}
		}
	}

	pf->nstates = nstates;
	row = pf->ncls + 1;
	for (t = 0; t < nstates; t++)
		nouts += nout[t] != 0 ? nout[t] + 1 : 0;
	pf->outs = xcalloc(nouts, sizeof *pf->outs);
	pf->delta = xreallocarray(NULL, nstates * row, sizeof *pf->delta);
	nouts = 1;
	for (t = 0; t < nstates; t++) {
		for (c = 0; c < pf->ncls; c++) {
			to = go[t * pf->ncls + c];
			pf->delta[t * row + c] = (uint32_t)(to * row) |
			    (nout[to] != 0 ? PREFILTER_OUT : 0);
		}
		pf->delta[t * row + pf->ncls] = 0;
		if (nout[t] == 0)
			continue;
		pf->delta[t * row + pf->ncls] = (uint32_t)nouts;
		for (j = 0; j < nout[t]; j++)
			pf->outs[nouts++] = out[t][j];
		pf->outs[nouts++] = PREFILTER_END;
	}

	for (t = 0; t < max; t++)
		free(out[t]);
	free(out);
	free(nout);
	free(fail);
	free(queue);
	free(go);
	return pf;
}

void
prefilter_scan(const struct ruleset *rs, const char *text, size_t len,
    unsigned char *may)
{
	const struct prefilter	*pf = rs->prefilter;
	const unsigned char	*s = (const unsigned char *)text, *e = s + len;
	const unsigned char	*cls;
	const uint32_t		*delta, *outs;
	uint32_t		 st = 0, k, ncls;
	unsigned char		 c;
	size_t			 i;

	memset(may, 0, rs->n);
	if (pf == NULL)
		goto done;
	ncls = (uint32_t)pf->ncls;
	cls = pf->cls;
	delta = pf->delta;
	outs = pf->outs;
	for (; s < e; s++) {
		c = *s;
		if (c == 0xc5 && e - s >= 2 && s[1] == 0xbf) {
			c = 's';		/* U+017F */
			s++;
		} else if (c == 0xe2 && e - s >= 3 && s[1] == 0x84 &&
		    s[2] == 0xaa) {
			c = 'k';		/* U+212A */
			s += 2;
		}
		st = delta[st + cls[c]];
		if (st & PREFILTER_OUT) {
			st &= ~PREFILTER_OUT;
			for (k = delta[st + ncls]; outs[k] != PREFILTER_END; k++)
				may[outs[k] / NEED_ALL] |= 1u <<
				    (outs[k] % NEED_ALL);
		}
	}
done:
	for (i = 0; i < rs->n; i++)
		may[i] = may[i] == rs->rules[i].full;
}
