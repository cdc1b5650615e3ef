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
	free(m->title);
	xfree_strings(m->authors, m->nauthors);
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

static const char *const meta_names[] = {
	"title", "authors", "date", "site", "url", "lang"
};
#define META_NFIELDS	(sizeof meta_names / sizeof meta_names[0])

const char *
meta_field_name(unsigned field)
{
	size_t	i;

	for (i = 0; i < META_NFIELDS; i++) {
		if (field == 1u << i)
			return meta_names[i];
	}
	return NULL;
}

unsigned
meta_fields_parse(const char *list)
{
	const char	*p = list;
	size_t		 len, i;
	unsigned	 fields = 0;

	if (list == NULL)
		return 0;
	while (*p != '\0') {
		len = strcspn(p, ",");
		for (i = 0; i < META_NFIELDS; i++) {
			if (strlen(meta_names[i]) == len &&
			    strncmp(p, meta_names[i], len) == 0)
				fields |= 1u << i;
		}
		p += len;
		if (*p == ',')
			p++;
	}
	return fields;
}

char *
meta_fields_list(unsigned fields)
{
	char	*s = xstrdup(""), *t;
	size_t	 i;

	for (i = 0; i < META_NFIELDS; i++) {
		if (!(fields & (1u << i)))
			continue;
		t = xasprintf("%s%s%s", s, *s != '\0' ? "," : "",
		    meta_names[i]);
		free(s);
		s = t;
	}
	return s;
}

char **
meta_field(struct meta *m, unsigned field)
{
	switch (field) {
	case META_TITLE:	return &m->title;
	case META_DATE:		return &m->date;
	case META_SITE:		return &m->site;
	case META_URL:		return &m->url;
	case META_LANG:		return &m->lang;
	}
	return NULL;
}

const char *
meta_get(const struct meta *m, unsigned field)
{
	switch (field) {
	case META_TITLE:	return m->title;
	case META_DATE:		return m->date;
	case META_SITE:		return m->site;
	case META_URL:		return m->url;
	case META_LANG:		return m->lang;
	}
	return NULL;
}

void
meta_copy_field(struct meta *to, const struct meta *from, unsigned field)
{
	const char	 *src;
	char		**dst;
	size_t		  i;

	if (field == META_AUTHORS) {
		xfree_strings(to->authors, to->nauthors);
		to->authors = NULL;
		to->nauthors = 0;
		for (i = 0; i < from->nauthors; i++)
			meta_add_author(to, from->authors[i]);
		return;
	}
	if ((dst = meta_field(to, field)) == NULL)
		return;
	src = meta_get(from, field);
	free(*dst);
	*dst = src != NULL ? xstrdup(src) : NULL;
}

/* Whether the N characters at S are digits, whose value is in [MIN, MAX]. */
static int
meta_number(const char *s, int n, int min, int max)
{
	int	i, v = 0;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		v = v * 10 + (s[i] - '0');
	}
	return v >= min && v <= max;
}

int
meta_date_ok(const char *s)
{
	if (s == NULL || !meta_number(s, 4, 0, 9999) || s[4] != '-' ||
	    !meta_number(s + 5, 2, 1, 12) || s[7] != '-' ||
	    !meta_number(s + 8, 2, 1, 31))
		return 0;
	s += 10;
	if (*s == '\0')
		return 1;
	if ((*s != 'T' && *s != ' ') || !meta_number(s + 1, 2, 0, 23) ||
	    s[3] != ':' || !meta_number(s + 4, 2, 0, 59))
		return 0;
	s += 6;
	if (*s == ':') {
		if (!meta_number(s + 1, 2, 0, 60))
			return 0;
		s += 3;
		if (*s == '.' || *s == ',') {
			if (s[1] < '0' || s[1] > '9')
				return 0;
			for (s++; *s >= '0' && *s <= '9'; s++)
				;
		}
	}
	if (*s == 'Z')
		return s[1] == '\0';
	if (*s == '\0')
		return 1;
	if ((*s != '+' && *s != '-') || !meta_number(s + 1, 2, 0, 23))
		return 0;
	s += 3;
	if (*s == ':')
		s++;
	return meta_number(s, 2, 0, 59) && s[2] == '\0';
}
