/* rules-jit.c: a rule's pattern as PCRE2's JIT compiles it right. */
#include <stdlib.h>
#include <string.h>

#include "rules-int.h"
#include "xmalloc.h"

/*
 * PCRE2 up to 10.42 JIT-compiles \D, \S and \W wrong under
 * PCRE2_MATCH_INVALID_UTF: outside a class they never match a character
 * of more than one byte (PCRE2 issue 224, fixed in 10.43), so "^\W*" stops
 * at a "·" and "\S+" at an "é", where the interpreter goes on. Written as
 * the classes [\D], [\S] and [\W], which mean the same, they are compiled
 * right. Whether this library needs it is found once, by trying.
 */

int
rules_jit_escapes_broken(void)
{
	static int		 broken = -1;
	pcre2_code		*code;
	pcre2_match_data	*md;
	PCRE2_SIZE		 off;
	int			 error;

	if (broken != -1)
		return broken;
	broken = 0;
	code = pcre2_compile((PCRE2_SPTR)"\\W", 2, PCRE2_UTF |
	    PCRE2_MATCH_INVALID_UTF, &error, &off, NULL);
	if (code == NULL)
		return broken;
	if (pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0) {
		if ((md = pcre2_match_data_create_from_pattern(code,
		    NULL)) == NULL)
			fatal("out of memory");
		/* "é": no word character, to \W without PCRE2_UCP. */
		broken = pcre2_jit_match(code, (PCRE2_SPTR)"\xc3\xa9", 2, 0, 0,
		    md, NULL) == PCRE2_ERROR_NOMATCH;
		pcre2_match_data_free(md);
	}
	pcre2_code_free(code);
	return broken;
}

/* Whether \C is an escape the JIT gets wrong. */
static int
class_escape(char c)
{
	return c == 'D' || c == 'S' || c == 'W';
}

/* Whether "(?" at P (of the E - P bytes left) sets extended mode: "(?x)",
 * "(?ix:", "(?^x)", not "(?-x)". */
static int
sets_extended(const char *p, const char *e)
{
	int	off = 0;

	for (p += 2; p < e && *p != ')' && *p != ':'; p++) {
		if (*p == '-')
			off = 1;
		else if (*p == 'x' && !off)
			return 1;
		else if (!(*p == '^' || (*p >= 'a' && *p <= 'z') ||
		    (*p >= 'A' && *p <= 'Z')))
			return 0;
	}
	return 0;
}

int
rules_escapes_as_classes(const char *s, size_t len, char **out)
{
	const char	*p = s, *e = s + len, *c;
	char		*o;
	size_t		 n = 0;
	int		 class = 0, quoted = 0, found = 0;

	*out = NULL;
	for (p = s; p + 1 < e && !(*p == '\\' && class_escape(p[1])); p++)
		continue;
	if (p + 1 >= e)
		return 0;	/* none: nothing to rewrite, whatever the mode */
	p = s;
	/* At most "[\W]" for each "\W": twice the bytes. */
	o = xmalloc(2 * len + 1);
	while (p < e) {
		if (quoted) {
			if (*p == '\\' && p + 1 < e && p[1] == 'E')
				quoted = 0;
			o[n++] = *p++;
			continue;
		}
		if (*p == '\\' && p + 1 < e) {
			if (p[1] == 'Q')
				quoted = 1;
			else if (!class && class_escape(p[1])) {
				o[n++] = '[';
				o[n++] = *p++;
				o[n++] = *p++;
				o[n++] = ']';
				found = 1;
				continue;
			}
			o[n++] = *p++;
			o[n++] = *p++;
			continue;
		}
		if (class) {
			/* "[:alpha:]" in a class: its ']' ends no class. */
			if (*p == '[' && p + 1 < e && p[1] == ':') {
				for (c = p + 2; c + 1 < e &&
				    !(c[0] == ':' && c[1] == ']'); c++)
					continue;
				if (c + 1 < e) {
					while (p < c + 2)
						o[n++] = *p++;
					continue;
				}
			}
			if (*p == ']')
				class = 0;
			o[n++] = *p++;
			continue;
		}
		if (*p == '(' && p + 1 < e && p[1] == '?' && p + 2 < e) {
			/* A comment is copied whole; extended mode's own
			 * comments this reading does not know: left alone. */
			if (p[2] == '#') {
				while (p < e && *p != ')')
					o[n++] = *p++;
				continue;
			}
			if (sets_extended(p, e)) {
				free(o);
				return -1;
			}
		}
		if (*p == '[') {
			class = 1;
			o[n++] = *p++;
			/* "[]...]", "[^]...]": the first ']' is a member. */
			if (p < e && *p == '^')
				o[n++] = *p++;
			if (p < e && *p == ']')
				o[n++] = *p++;
			continue;
		}
		o[n++] = *p++;
	}
	if (!found) {
		free(o);
		return 0;
	}
	o[n] = '\0';
	*out = o;
	return 1;
}
