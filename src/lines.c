/* lines.c: a text's lines and a line's blank-separated tokens. */
#include <string.h>

#include "lines.h"

void
lines_init(struct lines *l, const char *text, size_t len)
{
	l->next = text;
	l->end = text + len;
	l->lineno = 0;
}

int
lines_next(struct lines *l, const char **line, const char **eol)
{
	const char	*s = l->next, *nl, *e;

	if (s >= l->end)
		return 0;
	nl = memchr(s, '\n', (size_t)(l->end - s));
	e = nl != NULL ? nl : l->end;
	l->next = nl != NULL ? nl + 1 : l->end;
	if (e > s && e[-1] == '\r')
		e--;
	l->lineno++;
	*line = s;
	*eol = e;
	return 1;
}

int
lines_is_blank(char c)
{
	return c == ' ' || c == '\t';
}

const char *
lines_skip_blanks(const char *s, const char *e)
{
	while (s < e && lines_is_blank(*s))
		s++;
	return s;
}

const char *
lines_token_end(const char *s, const char *e)
{
	while (s < e && !lines_is_blank(*s))
		s++;
	return s;
}

const char *
lines_token(const char *s, const char *e, const char **t, const char **te)
{
	*t = lines_skip_blanks(s, e);
	*te = lines_token_end(*t, e);
	return *te;
}

int
lines_token_is(const char *s, const char *e, const char *word)
{
	size_t	len = strlen(word);

	return (size_t)(e - s) == len && memcmp(s, word, len) == 0;
}
