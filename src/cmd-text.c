/* cmd-text.c: database text made safe and aligned for command output. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd-text.h"
#include "utf8.h"
#include "xmalloc.h"

char *
cmd_text_line(const char *s)
{
	char	*line, *p;

	line = utf8_sanitize(s, strlen(s));
	for (p = line; *p != '\0'; p++) {
		if (*p == '\t' || *p == '\n')
			*p = ' ';
	}
	return line;
}

void
cmd_text_put(FILE *f, const char *s)
{
	char	*line;

	if (s == NULL)
		return;
	line = cmd_text_line(s);
	fputs(line, f);
	free(line);
}

size_t
cmd_text_width(const char *line)
{
	return utf8_width(line, strlen(line));
}

char *
cmd_text_cut(const char *line, size_t width)
{
	size_t		len = strlen(line), used = 0, n, i;
	uint32_t	cp;
	int		w;
	char		*cut;

	if (utf8_width(line, len) <= width)
		return xstrdup(line);
	for (i = 0; i < len; i += n) {
		n = utf8_decode(line + i, len - i, &cp);
		w = utf8_cpwidth(cp);
		if (used + (size_t)w + 1 > width)
			break;
		used += (size_t)w;
	}
	if (width == 0)
		return xstrdup("");
	cut = xmalloc(i + sizeof "…");
	memcpy(cut, line, i);
	memcpy(cut + i, "…", sizeof "…");
	return cut;
}

void
cmd_text_pad(FILE *f, const char *line, size_t width)
{
	char	*cut = cmd_text_cut(line, width);
	size_t	 used;

	fputs(cut, f);
	for (used = cmd_text_width(cut); used < width; used++)
		fputc(' ', f);
	free(cut);
}
