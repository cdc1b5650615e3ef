/* hints.c: what the class and id names of a web page's elements say about
 * them (data/html-hints). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "hints.h"
#include "lines.h"
#include "xmalloc.h"

extern const char html_hints_txt[];

struct hint {
	char		*pat;		/* lower case */
	size_t		 len;
	unsigned	 kind;		/* one HINT_* bit */
	int		 word;		/* a whole word, not a substring */
};

struct hints {
	struct hint	*v;		/* class and id patterns */
	size_t		 n;
	char		**drop;		/* phrases, lower case */
	size_t		 ndrop;
	char		**types;	/* schema.org types, in rank order */
	size_t		 ntypes;
};

static const struct {
	const char	*name;
	unsigned	 kind;
} kinds[] = {
	{ "unlikely",	HINT_UNLIKELY },
	{ "maybe",	HINT_MAYBE },
	{ "negative",	HINT_NEGATIVE },
	{ "positive",	HINT_POSITIVE },
	{ "share",	HINT_SHARE },
	{ "byline",	HINT_BYLINE },
	{ "notes",	HINT_NOTES },
};
#define NKINDS (sizeof kinds / sizeof kinds[0])

static void
push(char ***v, size_t *n, char *s)
{
	*v = xreallocarray(*v, *n + 1, sizeof **v);
	(*v)[(*n)++] = s;
}

/* One line, without its end: 0, or -1 with *CAUSE. */
static int
parse_line(struct hints *h, const char *name, unsigned lineno,
    const char *s, const char *e, char **cause)
{
	const char	*k, *ke;
	struct hint	*hint;
	size_t		 i;

	while (e > s && (lines_is_blank(e[-1]) || e[-1] == '\r'))
		e--;
	s = lines_token(s, e, &k, &ke);
	if (k == e || *k == '#')
		return 0;
	s = lines_skip_blanks(s, e);
	if (s == e) {
		*cause = xasprintf("%s:%u: a hint needs a pattern", name,
		    lineno);
		return -1;
	}
	if (lines_token_is(k, ke, "drop")) {
		push(&h->drop, &h->ndrop, xstrndup_lower(s, (size_t)(e - s)));
		return 0;
	}
	if (lines_token_is(k, ke, "ldtype")) {
		push(&h->types, &h->ntypes, xstrndup(s, (size_t)(e - s)));
		return 0;
	}
	if (lines_token_end(s, e) != e) {
		*cause = xasprintf("%s:%u: one pattern a line", name, lineno);
		return -1;
	}
	for (i = 0; i < NKINDS; i++) {
		if (lines_token_is(k, ke, kinds[i].name))
			break;
	}
	if (i == NKINDS) {
		*cause = xasprintf("%s:%u: unknown kind of hint: %.*s", name,
		    lineno, (int)(ke - k), k);
		return -1;
	}
	h->v = xreallocarray(h->v, h->n + 1, sizeof *h->v);
	hint = &h->v[h->n++];
	hint->kind = kinds[i].kind;
	hint->word = *s == '=';
	if (hint->word)
		s++;
	if (s == e) {
		h->n--;
		*cause = xasprintf("%s:%u: an empty word", name, lineno);
		return -1;
	}
	hint->pat = xstrndup_lower(s, (size_t)(e - s));
	hint->len = (size_t)(e - s);
	return 0;
}

struct hints *
hints_parse(const char *name, const char *text, size_t len, char **cause)
{
	struct hints	*h;
	struct lines	 lines;
	const char	*s, *e;

	*cause = NULL;
	h = xcalloc(1, sizeof *h);
	lines_init(&lines, text, len);
	while (lines_next(&lines, &s, &e)) {
		if (parse_line(h, name, lines.lineno, s, e, cause) != 0) {
			hints_free(h);
			return NULL;
		}
	}
	return h;
}

void
hints_free(struct hints *h)
{
	size_t	i;

	if (h == NULL)
		return;
	for (i = 0; i < h->n; i++)
		free(h->v[i].pat);
	free(h->v);
	xfree_strings(h->drop, h->ndrop);
	xfree_strings(h->types, h->ntypes);
	free(h);
}

const struct hints *
hints_default(void)
{
	static struct hints	*h;
	char			*cause;

	if (h == NULL &&
	    (h = hints_parse("html-hints", html_hints_txt,
	    strlen(html_hints_txt), &cause)) == NULL)
		fatal("%s", cause);
	return h;
}

static int
is_alnum(unsigned char c)
{
	return isalnum(c) || c >= 0x80;
}

/* Whether the lower-case pattern P (LEN bytes) is a whole word of S. */
static int
has_word(const char *s, const char *p, size_t len)
{
	const char	*at = s;

	while ((at = strstr(at, p)) != NULL) {
		if ((at == s || !is_alnum((unsigned char)at[-1])) &&
		    !is_alnum((unsigned char)at[len]))
			return 1;
		at++;
	}
	return 0;
}

unsigned
hints_classify(const struct hints *h, const char *names)
{
	char		 buf[512], *s;
	size_t		 len, i;
	unsigned	 bits = 0;

	if (names == NULL || *names == '\0')
		return 0;
	len = strlen(names);
	s = len < sizeof buf ? buf : xmalloc(len + 1);
	for (i = 0; i < len; i++)
		s[i] = (char)tolower((unsigned char)names[i]);
	s[len] = '\0';
	for (i = 0; i < h->n; i++) {
		if (bits & h->v[i].kind)
			continue;
		if (h->v[i].word ? has_word(s, h->v[i].pat, h->v[i].len) :
		    strstr(s, h->v[i].pat) != NULL)
			bits |= h->v[i].kind;
	}
	if (s != buf)
		free(s);
	return bits;
}

int
hints_drop(const struct hints *h, const char *text)
{
	const char	*s = text, *e;
	size_t		 i, len;

	while (*s != '\0' && (ispunct((unsigned char)*s) || *s == ' '))
		s++;
	e = s + strlen(s);
	while (e > s && (ispunct((unsigned char)e[-1]) || e[-1] == ' '))
		e--;
	len = (size_t)(e - s);
	if (len == 0 || len > 64)
		return 0;
	for (i = 0; i < h->ndrop; i++) {
		if (strlen(h->drop[i]) == len &&
		    strncasecmp(h->drop[i], s, len) == 0)
			return 1;
	}
	return 0;
}

int
hints_ldtype(const struct hints *h, const char *type)
{
	size_t	i;

	if (type == NULL)
		return -1;
	if (strncmp(type, "http://schema.org/", 18) == 0)
		type += 18;
	else if (strncmp(type, "https://schema.org/", 19) == 0)
		type += 19;
	else if (strncmp(type, "schema:", 7) == 0)
		type += 7;
	for (i = 0; i < h->ntypes; i++) {
		if (strcmp(h->types[i], type) == 0)
			return (int)i;
	}
	return -1;
}
