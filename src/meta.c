/* meta.c: what a web page says about its article: title, authors, date,
 * site, canonical URL, language. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "json.h"
#include "meta.h"
#include "segment.h"
#include "xmalloc.h"

void
meta_clear(struct meta *m)
{
	size_t	i;

	free(m->title);
	for (i = 0; i < m->nauthors; i++)
		free(m->authors[i]);
	free(m->authors);
	free(m->date);
	free(m->site);
	free(m->url);
	free(m->lang);
	memset(m, 0, sizeof *m);
}

void
meta_add_author(struct meta *m, const char *name)
{
	char	*s;
	size_t	 i;

	if (name == NULL)
		return;
	s = segment_collapse(name, strlen(name));
	if (*s == '\0') {
		free(s);
		return;
	}
	for (i = 0; i < m->nauthors; i++) {
		if (strcasecmp(m->authors[i], s) == 0) {
			free(s);
			return;
		}
	}
	m->authors = xreallocarray(m->authors, m->nauthors + 1,
	    sizeof *m->authors);
	m->authors[m->nauthors++] = s;
}

void
meta_json(FILE *f, const struct meta *m)
{
	size_t	i;

	fputs("{\"title\": ", f);
	json_str(f, m->title);
	fputs(", \"authors\": [", f);
	for (i = 0; i < m->nauthors; i++) {
		if (i > 0)
			fputs(", ", f);
		json_str(f, m->authors[i]);
	}
	fputs("], \"date\": ", f);
	json_str(f, m->date);
	fputs(", \"site\": ", f);
	json_str(f, m->site);
	fputs(", \"url\": ", f);
	json_str(f, m->url);
	fputs(", \"lang\": ", f);
	json_str(f, m->lang);
	putc('}', f);
}
