/* rules.c: parses the claim rule file and runs its PCRE2 patterns. */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "lines.h"
#include "model.h"
#include "rules.h"
#include "rules-int.h"
#include "xmalloc.h"

/*
 * The rule file, line by line (claimdesk-rules(5) is the full story):
 *
 *	# comment			ignored, as are blank lines
 *	threshold N			0..100, at most once; default 40
 *	weights fixed|learned		score with the WEIGHTs of this file, or
 *					with the model (the default), at most
 *					once
 *	rule NAME KIND WEIGHT PATTERN	WEIGHT -100..100, PATTERN to the end
 *					of the line, trailing blanks dropped
 *	signal NAME KIND WEIGHT		a rule without a pattern, NAME one of
 *					signal_names[]: the attribution pass
 *					fires it
 *
 * Fields are separated by spaces or tabs; a line may end in CR LF. Patterns
 * are PCRE2 in UTF mode, compiled once and JIT-compiled when the JIT is
 * there. Every match runs under the limits below so that a pathological
 * pattern costs a bounded amount of work per sentence.
 */

#define RULES_DEFAULT_THRESHOLD	40
#define RULES_WORD_MAX		64		/* bytes in a NAME or KIND */
#define RULES_MATCH_LIMIT	1000000		/* pcre2_set_match_limit */
#define RULES_DEPTH_LIMIT	10000		/* pcre2_set_depth_limit */
#define RULES_HEAP_LIMIT	(32 * 1024)	/* KiB, pcre2_set_heap_limit */
#define RULES_MAX_SIZE		(4 * 1024 * 1024)	/* a rule file */
#define RULES_JIT_STACK_MIN	(32 * 1024)
#define RULES_JIT_STACK_MAX	(1024 * 1024)
#define RULES_QUOTE_MAX		40		/* bytes of a token in messages */
#define RULES_QUOTE_SIZE	(RULES_QUOTE_MAX * 2 + 4) /* its printable
						   copy: ^X, "...", NUL */
#define RULES_WORD_HELP		"a letter or '_', then letters, digits, '_', " \
				"'-', '.'; at most 64 bytes"

static const char *const group_names[RULE_NGROUPS] = { "source", "person" };

/* The names of the signals, by enum rule_signal. */
static const char *const signal_names[] = { NULL, "attributed", "quoted" };

/* Where the parser is: the file name and the current line. */
struct parser {
	const char	*name;
	unsigned	 lineno;
	const char	*line;		/* first byte of the line */
	const char	*end;		/* end of the line, CR LF excluded */
	int		 seen_threshold;
	unsigned	 threshold_line;
	unsigned	 weights_line;
};

/* The 1-based column of AT on the current line, counted in characters. */
static unsigned
parse_column(const struct parser *p, const char *at)
{
	const char	*s;
	unsigned	 col = 1;

	for (s = p->line; s < at && s < p->end; s++) {
		if (((unsigned char)*s & 0xc0) != 0x80)
			col++;
	}
	return col;
}

/* Fills *CAUSE with "FILE:LINE:COLUMN: message" for AT; returns -1. */
static int __attribute__((format(printf, 4, 5)))
parse_error(const struct parser *p, const char *at, char **cause,
    const char *fmt, ...)
{
	va_list	 ap;
	char	*msg;

	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	*cause = xasprintf("%s:%u:%u: %s", p->name, p->lineno,
	    parse_column(p, at), msg);
	free(msg);
	return -1;
}

/* A printable copy of a token for a message, written in OUT
 * (RULES_QUOTE_SIZE bytes) and returned: control characters as ^X, cut to a
 * few dozen bytes on a character boundary. */
static const char *
quote_token(const char *s, size_t len, char *out)
{
	size_t	 i, o = 0, cut = len;

	if (cut > RULES_QUOTE_MAX) {
		cut = RULES_QUOTE_MAX;
		while (cut > 0 && ((unsigned char)s[cut] & 0xc0) == 0x80)
			cut--;
	}
	for (i = 0; i < cut; i++) {
		unsigned char	c = s[i];

		if (c < 0x20 || c == 0x7f) {
			out[o++] = '^';
			out[o++] = c == 0x7f ? '?' : c + '@';
		} else
			out[o++] = c;
	}
	if (cut < len) {
		memcpy(out + o, "...", 3);
		o += 3;
	}
	out[o] = '\0';
	return out;
}

/* Whether S..E is a word: a letter or '_' then letters, digits, '_', '-',
 * '.', at most RULES_WORD_MAX bytes. */
static int
token_is_word(const char *s, const char *e)
{
	const char	*c;

	if (e - s < 1 || e - s > RULES_WORD_MAX)
		return 0;
	for (c = s; c < e; c++) {
		if ((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
		    *c == '_')
			continue;
		if (c != s && ((*c >= '0' && *c <= '9') || *c == '-' ||
		    *c == '.'))
			continue;
		return 0;
	}
	return 1;
}

/* Parses S..E as an integer from MIN to MAX into *VALUE; -1 if it is not. */
static int
token_int(const char *s, const char *e, int min, int max, int *value)
{
	const char	*c = s;
	int		 sign = 1, v = 0;

	if (c < e && (*c == '+' || *c == '-')) {
		if (*c == '-')
			sign = -1;
		c++;
	}
	if (c == e || e - c > 4)
		return -1;
	for (; c < e; c++) {
		if (*c < '0' || *c > '9')
			return -1;
		v = v * 10 + (*c - '0');
	}
	v *= sign;
	if (v < min || v > max)
		return -1;
	*value = v;
	return 0;
}

static int
parse_threshold(struct parser *p, struct ruleset *rs, const char *s,
    char **cause)
{
	const char	*e, *rest;
	char		 q[RULES_QUOTE_SIZE];
	int		 v;

	s = lines_skip_blanks(s, p->end);
	if (s == p->end)
		return parse_error(p, s, cause, "threshold: missing value "
		    "(an integer from 0 to 100)");
	e = lines_token_end(s, p->end);
	if (token_int(s, e, 0, 100, &v) != 0)
		return parse_error(p, s, cause, "threshold: \"%s\" is not an "
		    "integer from 0 to 100", quote_token(s, e - s, q));
	rest = lines_skip_blanks(e, p->end);
	if (rest != p->end)
		return parse_error(p, rest, cause, "threshold: unexpected "
		    "\"%s\" after the value", quote_token(rest, p->end - rest,
		    q));
	if (p->seen_threshold)
		return parse_error(p, p->line, cause, "threshold given twice "
		    "(first on line %u)", p->threshold_line);
	p->seen_threshold = 1;
	p->threshold_line = p->lineno;
	rs->threshold = v;
	return 0;
}

/* "weights fixed" or "weights learned", S just after "weights". */
static int
parse_weights(struct parser *p, struct ruleset *rs, const char *s,
    char **cause)
{
	const char	*e, *rest;
	char		 q[RULES_QUOTE_SIZE];

	s = lines_skip_blanks(s, p->end);
	e = lines_token_end(s, p->end);
	rest = lines_skip_blanks(e, p->end);
	if (s == p->end || rest != p->end ||
	    (!lines_token_is(s, e, "fixed") &&
	    !lines_token_is(s, e, "learned")))
		return parse_error(p, s, cause, "weights: \"%s\": expected "
		    "\"fixed\" or \"learned\"", quote_token(s, p->end - s, q));
	if (p->weights_line != 0)
		return parse_error(p, p->line, cause, "weights given twice "
		    "(first on line %u)", p->weights_line);
	p->weights_line = p->lineno;
	rs->fixed = lines_token_is(s, e, "fixed");
	return 0;
}

/* The index of KIND in the ruleset's kind list, added if new. */
static size_t
ruleset_kind(struct ruleset *rs, const char *kind)
{
	size_t	k;

	for (k = 0; k < rs->nkinds; k++) {
		if (strcmp(rs->kinds[k], kind) == 0)
			return k;
	}
	rs->kinds = xreallocarray(rs->kinds, rs->nkinds + 1,
	    sizeof *rs->kinds);
	rs->kinds[rs->nkinds] = xstrdup(kind);
	return rs->nkinds++;
}

/* Records the numbers of the groups named "source" and "person" in R's
 * pattern (several may share a name with (?J) or (?|...)). */
static void
rule_find_groups(struct rule *r)
{
	PCRE2_SPTR	 table, entry;
	uint32_t	 count, size, i, num;
	int		 g;

	if (pcre2_pattern_info(r->code, PCRE2_INFO_NAMECOUNT, &count) != 0 ||
	    count == 0)
		return;
	pcre2_pattern_info(r->code, PCRE2_INFO_NAMEENTRYSIZE, &size);
	pcre2_pattern_info(r->code, PCRE2_INFO_NAMETABLE, &table);
	for (i = 0; i < count; i++) {
		entry = table + (size_t)i * size;
		num = (uint32_t)entry[0] << 8 | entry[1];
		for (g = 0; g < RULE_NGROUPS; g++) {
			if (strcmp((const char *)entry + 2, group_names[g]) != 0)
				continue;
			r->groups[g] = xreallocarray(r->groups[g],
			    r->ngroups[g] + 1, sizeof *r->groups[g]);
			r->groups[g][r->ngroups[g]++] = num;
		}
	}
}

/* Whether the start-of-pattern items of S..E ("(*UTF)(*NO_JIT)...") turn
 * the JIT off. */
static int
rule_no_jit(const char *s, const char *e)
{
	const char	*c;

	while (e - s > 3 && s[0] == '(' && s[1] == '*') {
		if ((c = memchr(s, ')', (size_t)(e - s))) == NULL)
			return 0;
		if (c - s == 8 && memcmp(s + 2, "NO_JIT", 6) == 0)
			return 1;
		s = c + 1;
	}
	return 0;
}

/*
 * Whether R's code, compiled from S..E with OPTIONS, may be JIT-compiled:
 * where the JIT gets \D, \S and \W wrong (rules-jit.c), it is compiled
 * again with them written as classes, the same pattern; when that cannot
 * be done, the interpreter runs it.
 */
static int
rule_jit_code(struct rule *r, const char *s, const char *e,
    uint32_t options)
{
	pcre2_code	*code;
	PCRE2_SIZE	 off;
	uint32_t	 n1, n2;
	char		*as;
	int		 rc, error;

	if (!rules_jit_escapes_broken() ||
	    (rc = rules_escapes_as_classes(s, (size_t)(e - s), &as)) == 0)
		return 1;
	if (rc < 0)
		return 0;
	code = pcre2_compile((PCRE2_SPTR)as, PCRE2_ZERO_TERMINATED, options,
	    &error, &off, NULL);
	free(as);
	/* The same groups, or it is not the same pattern. */
	if (code == NULL ||
	    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &n1) != 0 ||
	    pcre2_pattern_info(r->code, PCRE2_INFO_CAPTURECOUNT, &n2) != 0 ||
	    n1 != n2) {
		pcre2_code_free(code);
		return 0;
	}
	pcre2_code_free(r->code);
	r->code = code;
	return 1;
}

/* Compiles the pattern S..E for R; -1 with the PCRE2 message placed at the
 * column of its error offset. */
static int
rule_compile(struct parser *p, struct rule *r, const char *s, const char *e,
    char **cause)
{
	PCRE2_UCHAR	 msg[256];
	PCRE2_SIZE	 off;
	size_t		 jitsize = 0;
	int		 error, g;
	uint32_t	 options;

	options = PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | PCRE2_NEVER_BACKSLASH_C;
	r->code = pcre2_compile((PCRE2_SPTR)s, e - s, options, &error, &off,
	    NULL);
	if (r->code == NULL) {
		if (pcre2_get_error_message(error, msg, sizeof msg) < 0)
			snprintf((char *)msg, sizeof msg, "error %d", error);
		if (off > (PCRE2_SIZE)(e - s))
			off = e - s;
		return parse_error(p, s + off, cause, "rule %s: %s", r->name,
		    (char *)msg);
	}
	if (rule_no_jit(s, e))
		return parse_error(p, s, cause, "rule %s: (*NO_JIT) is not "
		    "allowed: rules run JIT-compiled where the JIT is there",
		    r->name);
	/* Without the JIT (or on a pattern it refuses) the interpreter runs:
	 * only code the JIT really made is run as JIT code. */
	if (rule_jit_code(r, s, e, options))
		r->jit = pcre2_jit_compile(r->code, PCRE2_JIT_COMPLETE) == 0 &&
		    pcre2_pattern_info(r->code, PCRE2_INFO_JITSIZE,
		    &jitsize) == 0 && jitsize > 0;
	r->md = pcre2_match_data_create_from_pattern(r->code, NULL);
	if (r->md == NULL)
		fatal("out of memory");
	rule_find_groups(r);
	prefilter_needs(s, e - s, r->needs);
	for (g = 0; g < NEED_ALL && r->needs[g] != NULL; g++)
		r->full |= 1u << g;
	return 0;
}

static void
rule_clear(struct rule *r)
{
	int	g;

	for (g = 0; g < RULE_NGROUPS; g++)
		free(r->groups[g]);
	free(r->name);
	free(r->kind);
	pcre2_match_data_free(r->md);
	pcre2_code_free(r->code);
	prefilter_needs_free(r->needs);
}

/* "rule NAME KIND WEIGHT PATTERN", S just after "rule"; or, with
 * SIGNAL, "signal NAME KIND WEIGHT". */
static int
parse_rule(struct parser *p, struct ruleset *rs, const char *s, int signal,
    char **cause)
{
	struct rule	 r;
	const char	*name, *kind, *weight, *e, *pat, *pend;
	const char	*what = signal ? "signal" : "rule";
	char		 q[RULES_QUOTE_SIZE];
	size_t		 i;

	memset(&r, 0, sizeof r);
	name = lines_skip_blanks(s, p->end);
	if (name == p->end)
		return parse_error(p, name, cause, "%s: missing name", what);
	e = lines_token_end(name, p->end);
	if (!token_is_word(name, e))
		return parse_error(p, name, cause, "%s: bad name \"%s\" ("
		    RULES_WORD_HELP ")", what, quote_token(name, e - name, q));
	for (i = 0; i < rs->n; i++) {
		if (lines_token_is(name, e, rs->rules[i].name))
			return parse_error(p, name, cause, "%s %s: "
			    "name used twice", what, rs->rules[i].name);
	}
	r.name = xstrndup(name, e - name);

	kind = lines_skip_blanks(e, p->end);
	if (kind == p->end) {
		parse_error(p, kind, cause, "%s %s: missing kind", what,
		    r.name);
		goto fail;
	}
	e = lines_token_end(kind, p->end);
	if (!token_is_word(kind, e)) {
		parse_error(p, kind, cause, "%s %s: bad kind \"%s\" ("
		    RULES_WORD_HELP ")", what, r.name,
		    quote_token(kind, e - kind, q));
		goto fail;
	}
	r.kind = xstrndup(kind, e - kind);

	weight = lines_skip_blanks(e, p->end);
	if (weight == p->end) {
		parse_error(p, weight, cause, "%s %s: missing weight",
		    what, r.name);
		goto fail;
	}
	e = lines_token_end(weight, p->end);
	if (token_int(weight, e, -100, 100, &r.weight) != 0) {
		parse_error(p, weight, cause, "%s %s: bad weight \"%s\" "
		    "(an integer from -100 to 100)", what, r.name,
		    quote_token(weight, e - weight, q));
		goto fail;
	}

	pat = lines_skip_blanks(e, p->end);
	pend = p->end;
	while (pend > pat && lines_is_blank(pend[-1]))
		pend--;
	if (signal) {
		if (pat != pend) {
			parse_error(p, pat, cause, "signal %s: unexpected "
			    "\"%s\" after the weight", r.name,
			    quote_token(pat, pend - pat, q));
			goto fail;
		}
		for (i = 1; i < sizeof signal_names / sizeof signal_names[0];
		    i++) {
			if (strcmp(r.name, signal_names[i]) == 0)
				r.signal = (enum rule_signal)i;
		}
		if (r.signal == RULE_PATTERN) {
			parse_error(p, name, cause, "signal %s: unknown "
			    "signal (\"attributed\" or \"quoted\")", r.name);
			goto fail;
		}
	} else if (pat == pend) {
		parse_error(p, pat, cause, "rule %s: missing pattern", r.name);
		goto fail;
	} else if (rule_compile(p, &r, pat, pend, cause) != 0)
		goto fail;

	r.kind_index = ruleset_kind(rs, r.kind);
	rs->rules = xgrow(rs->rules, &rs->alloc, rs->n, sizeof *rs->rules);
	rs->rules[rs->n++] = r;
	return 0;

fail:
	rule_clear(&r);
	return -1;
}

/* Parses the current line (p->line..p->end). */
static int
parse_line(struct parser *p, struct ruleset *rs, char **cause)
{
	const char	*s, *e;
	char		 q[RULES_QUOTE_SIZE];

	s = lines_skip_blanks(p->line, p->end);
	if (s == p->end || *s == '#')
		return 0;
	e = lines_token_end(s, p->end);
	if (lines_token_is(s, e, "threshold"))
		return parse_threshold(p, rs, e, cause);
	if (lines_token_is(s, e, "rule"))
		return parse_rule(p, rs, e, 0, cause);
	if (lines_token_is(s, e, "signal"))
		return parse_rule(p, rs, e, 1, cause);
	if (lines_token_is(s, e, "weights"))
		return parse_weights(p, rs, e, cause);
	return parse_error(p, s, cause, "unknown keyword \"%s\" (expected "
	    "\"rule\", \"signal\", \"threshold\" or \"weights\")",
	    quote_token(s, e - s, q));
}

static struct ruleset *
ruleset_new(void)
{
	struct ruleset	*rs;

	rs = xcalloc(1, sizeof *rs);
	rs->threshold = RULES_DEFAULT_THRESHOLD;
	rs->mctx = pcre2_match_context_create(NULL);
	if (rs->mctx == NULL)
		fatal("out of memory");
	pcre2_set_match_limit(rs->mctx, RULES_MATCH_LIMIT);
	pcre2_set_depth_limit(rs->mctx, RULES_DEPTH_LIMIT);
	pcre2_set_heap_limit(rs->mctx, RULES_HEAP_LIMIT);
	/* NULL when there is no JIT: then nothing needs a JIT stack. */
	rs->jit = pcre2_jit_stack_create(RULES_JIT_STACK_MIN,
	    RULES_JIT_STACK_MAX, NULL);
	if (rs->jit != NULL)
		pcre2_jit_stack_assign(rs->mctx, NULL, rs->jit);
	return rs;
}

struct ruleset *
rules_parse(const char *name, const char *text, size_t len, char **cause)
{
	struct ruleset	*rs;
	struct parser	 p;
	struct lines	 lines;
	const char	*s = text, *end = text + len, *nul;

	*cause = NULL;
	/* A byte order mark, as some editors write, is no part of a line. */
	if (len >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0)
		s += 3;
	rs = ruleset_new();
	memset(&p, 0, sizeof p);
	p.name = name;
	lines_init(&lines, s, (size_t)(end - s));
	while (lines_next(&lines, &p.line, &p.end)) {
		p.lineno = lines.lineno;
		if ((nul = memchr(p.line, '\0', p.end - p.line)) != NULL) {
			parse_error(&p, nul, cause, "NUL byte");
			goto fail;
		}
		if (parse_line(&p, rs, cause) != 0)
			goto fail;
	}
	if (rs->n == 0) {
		p.lineno = p.lineno ? p.lineno : 1;
		p.line = p.end = end;
		parse_error(&p, end, cause, "no rules");
		goto fail;
	}
	rs->prefilter = prefilter_build(rs);
	return rs;

fail:
	rules_free(rs);
	return NULL;
}

struct ruleset *
rules_load(const char *path, char **cause)
{
	struct ruleset	*rs;
	char		*buf, *why = NULL;
	size_t		 len;

	*cause = NULL;
	/* Never a wait on a FIFO with no writer, never more than a rule file
	 * can hold (/dev/zero). */
	len = 0;
	if ((buf = article_read(path, RULES_MAX_SIZE, &len, &why)) == NULL) {
		if (len > RULES_MAX_SIZE)
			*cause = xasprintf("%s: larger than %d MiB: not a rule "
			    "file", path, RULES_MAX_SIZE >> 20);
		else
			*cause = xasprintf("%s: %s", path, why);
		free(why);
		return NULL;
	}
	rs = rules_parse(path, buf, len, cause);
	free(buf);
	return rs;
}

void
rules_free(struct ruleset *rs)
{
	size_t	i;

	if (rs == NULL)
		return;
	for (i = 0; i < rs->n; i++)
		rule_clear(&rs->rules[i]);
	free(rs->rules);
	xfree_strings(rs->kinds, rs->nkinds);
	pcre2_jit_stack_free(rs->jit);
	pcre2_match_context_free(rs->mctx);
	prefilter_free(rs->prefilter);
	model_free(rs->model);
	free(rs);
}

int
rules_fixed(const struct ruleset *rs)
{
	return rs->fixed;
}

struct ruleset *
rules_load_scored(const char *path, const char *model, char **cause)
{
	struct ruleset	*rs;
	struct cd_model	*m;

	if ((rs = rules_load(path, cause)) == NULL)
		return NULL;
	if (model == NULL || rules_fixed(rs))
		return rs;
	if ((m = model_load(model, cause)) == NULL) {
		rules_free(rs);
		return NULL;
	}
	rules_set_model(rs, m);
	return rs;
}

void
rules_set_model(struct ruleset *rs, struct cd_model *m)
{
	model_free(rs->model);
	rs->model = m;
}

const struct cd_model *
rules_model(const struct ruleset *rs)
{
	return rs->fixed ? NULL : rs->model;
}

int
rules_threshold(const struct ruleset *rs)
{
	return rs->threshold;
}

size_t
rules_count(const struct ruleset *rs)
{
	return rs->n;
}

const char *
rules_name(const struct ruleset *rs, size_t i)
{
	return rs->rules[i].name;
}

const char *
rules_kind(const struct ruleset *rs, size_t i)
{
	return rs->rules[i].kind;
}

int
rules_weight(const struct ruleset *rs, size_t i)
{
	return rs->rules[i].weight;
}

size_t
rules_nkinds(const struct ruleset *rs)
{
	return rs->nkinds;
}

const char *
rules_kind_at(const struct ruleset *rs, size_t k)
{
	return rs->kinds[k];
}

size_t
rules_kind_index(const struct ruleset *rs, size_t i)
{
	return rs->rules[i].kind_index;
}

enum rule_signal
rules_signal(const struct ruleset *rs, size_t i)
{
	return rs->rules[i].signal;
}

int
rules_has_group(const struct ruleset *rs, size_t i, enum rule_group g)
{
	return rs->rules[i].ngroups[g] != 0;
}

int
rules_match(const struct ruleset *rs, size_t i, const char *text, size_t len,
    char **cause)
{
	const struct rule	*r = &rs->rules[i];
	PCRE2_UCHAR		 msg[256];
	int			 rc;

	if (r->code == NULL)
		return 0;
	/* The same JIT code pcre2_match() would run, without its checks. */
	if (r->jit)
		rc = pcre2_jit_match(r->code, (PCRE2_SPTR)text, len, 0, 0,
		    r->md, rs->mctx);
	else
		rc = pcre2_match(r->code, (PCRE2_SPTR)text, len, 0, 0, r->md,
		    rs->mctx);
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	if (rc < 0) {
		if (pcre2_get_error_message(rc, msg, sizeof msg) < 0)
			snprintf((char *)msg, sizeof msg, "error %d", rc);
		*cause = xasprintf("rule %s stopped: %s", r->name,
		    (char *)msg);
		return -1;
	}
	return 1;
}

int
rules_group(const struct ruleset *rs, size_t i, enum rule_group g,
    const char *text, size_t len, const char **s, size_t *slen)
{
	const struct rule	*r = &rs->rules[i];
	PCRE2_SIZE		*ov;
	uint32_t		 count, num;
	size_t			 j;

	ov = pcre2_get_ovector_pointer(r->md);
	count = pcre2_get_ovector_count(r->md);
	for (j = 0; j < r->ngroups[g]; j++) {
		num = r->groups[g][j];
		if (num >= count || ov[2 * num] == PCRE2_UNSET)
			continue;
		if (ov[2 * num] >= ov[2 * num + 1] || ov[2 * num + 1] > len)
			continue;
		*s = text + ov[2 * num];
		*slen = ov[2 * num + 1] - ov[2 * num];
		return 0;
	}
	return -1;
}

void
rules_screen(const struct ruleset *rs, const char *text, size_t len,
    unsigned char *may)
{
	prefilter_scan(rs, text, len, may);
}
