/* meta.c: what a web page says about its article: title, authors, date,
 * site, canonical URL, language. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "json.h"
#include "match.h"
#include "meta.h"
#include "segment.h"
#include "xmalloc.h"

/* Whether the N bytes at W are one of the words of LIST, ignoring case. */
static int
word_in(const char *const *list, const char *w, size_t n)
{
	size_t	i;

	for (i = 0; list[i] != NULL; i++) {
		if (strlen(list[i]) == n && strncasecmp(w, list[i], n) == 0)
			return 1;
	}
	return 0;
}

/* Words that introduce a byline, in the languages news is often in. */
static const char *const by_words[] = { "by ", "por ", "par ", "von ",
	"door ", "di ", "av ", "af ", "przez ", NULL };

/* Whether the N bytes at S, a part of a byline between commas, are an
 * author's post ("Health Editor", "staff writer", "Europe
 * correspondent"): a word of one, whole. */
static int
byline_post(const char *s, size_t n)
{
	static const char *const posts[] = { "editor", "correspondent",
	    "reporter", "writer", "columnist", "contributor", "journalist",
	    "producer", "chief", "staff", "analyst", "critic", "editors",
	    "correspondents", "reporters", "writers", "columnists", NULL };
	const char	*w, *e = s + n;
	size_t		 len;

	for (w = s; w < e; w += len) {
		while (w < e && !isalpha((unsigned char)*w))
			w++;
		for (len = 0; w + len < e && isalpha((unsigned char)w[len]);
		    len++)
			continue;
		if (len > 0 && word_in(posts, w, len))
			return 1;
	}
	return 0;
}

/* "By Jane Doe - May 1, 2020" -> "Jane Doe", "Sophie Walsh, Health
 * Editor" -> "Sophie Walsh"; allocated, or NULL when nothing is left or
 * it reads as more than a name. */
static char *
byline_name(const char *text)
{
	static const char *const cuts[] = { " - ", " \xe2\x80\xa2 ", " | ",
	    " \xc2\xb7 ", " @", " \xe2\x80\x94 ", " \xe2\x80\x93 ", NULL };
	char	*s = segment_collapse(text, strlen(text)), *p = s, *c;
	size_t	 i;

	for (i = 0; by_words[i] != NULL; i++) {
		if (strncasecmp(p, by_words[i], strlen(by_words[i])) == 0) {
			p += strlen(by_words[i]);
			break;
		}
	}
	while (*p == ' ' || *p == ':')
		p++;
	for (i = 0; cuts[i] != NULL; i++) {
		if ((c = strstr(p, cuts[i])) != NULL && c > p)
			*c = '\0';
	}
	/* "Jane Doe, John Roe, staff writers": the names before the post. */
	for (c = p; (c = strstr(c, ", ")) != NULL; c += 2) {
		/* "Ana Lima, in Lisbon": where from is no name either. */
		if (c > p && (byline_post(c + 2, strcspn(c + 2, ",")) ||
		    strncmp(c + 2, "in ", 3) == 0 ||
		    strncmp(c + 2, "from ", 5) == 0)) {
			*c = '\0';
			break;
		}
	}
	if (*p == '\0' || strlen(p) > 100) {
		free(s);
		return NULL;
	}
	memmove(s, p, strlen(p) + 1);
	return s;
}

/* Whether the N bytes at S read as a person's name: one to four words,
 * each starting with a capital ("Jane Doe", "Ana de la Cruz" aside). */
static int
name_like(const char *s, size_t n)
{
	size_t	i, words = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == ' ')
			continue;
		if (!isupper((unsigned char)s[i]) && !(s[i] & 0x80))
			return 0;
		words++;
		while (i < n && s[i] != ' ')
			i++;
	}
	return words >= 1 && words <= 4;
}

/* Adds the authors of byline NAMES (byline_name()'s): "Jane Doe, John Roe
 * and Ana Lima" is three, when each part reads as a name; else one. */
static void
byline_add(struct meta *m, const char *names)
{
	const char	*p, *e, *next;
	char		*one;
	int		 pass;

	/* Once to see that every part is a name, once to add them. */
	for (pass = 0; pass < 2; pass++) {
		for (p = names; *p != '\0'; p = next) {
			e = p + strcspn(p, ",&");
			if ((next = strstr(p, " and ")) != NULL && next < e)
				e = next;
			next = *e == '\0' ? e : e + (*e == ' ' ? 5 : 1);
			while (*p == ' ')
				p++;
			while (e > p && e[-1] == ' ')
				e--;
			if (pass == 0 && !name_like(p, (size_t)(e - p))) {
				meta_add_author(m, names);
				return;
			}
			if (pass == 1) {
				one = xstrndup(p, (size_t)(e - p));
				meta_add_author(m, one);
				free(one);
			}
		}
	}
}

int
meta_add_byline(struct meta *m, const char *text)
{
	char	*names;
	size_t	 before = m->nauthors;

	if (text == NULL || (names = byline_name(text)) == NULL)
		return 0;
	byline_add(m, names);
	free(names);
	return m->nauthors > before;
}

/* Whether DATE reads as a date, into *D: a year at least, and no more
 * figures than its year when only the year is read ("10/03/2025", day
 * and month in an order that cannot be told, is not read as 2025). */
static int
date_read(const char *date, struct match_date *d)
{
	const char	*p;
	int		 digits = 0;

	if (!match_date_parse(date, d) || d->year == 0)
		return 0;
	for (p = date; *p != '\0'; p++)
		digits += *p >= '0' && *p <= '9';
	return d->month != 0 || digits <= 4;
}

int
meta_date_readable(const char *date)
{
	struct match_date	d;

	return date == NULL || *date == '\0' || date_read(date, &d);
}

char *
meta_date_iso(const char *date)
{
	struct match_date	d;

	if (date == NULL || *date == '\0')
		return NULL;
	if (!date_read(date, &d))
		return xstrdup(date);
	if (d.month == 0)
		return xasprintf("%04d", d.year);
	if (d.day == 0)
		return xasprintf("%04d-%02d", d.year, d.month);
	return xasprintf("%04d-%02d-%02d", d.year, d.month, d.day);
}

/* Words a date line at an article's top may start with. */
static const char *const date_words[] = { "published", "posted", "on",
	NULL };

/* Words a date line may hold besides figures: months, days, times,
 * zones. */
static const char *const date_parts[] = { "january", "february", "march",
	"april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
	"aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday",
	"wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
	"tues", "wed", "thu", "thurs", "fri", "sat", "sun", "of", "at", "am",
	"pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "cest", "est", "edt",
	"et", "pt", NULL };

/* Whether the N bytes at W are a part of a date: a figure ("4", "4th",
 * "2024-03-04", "10:15") or one of date_parts, a point or a comma after
 * it aside. */
static int
date_part(const char *w, size_t n)
{
	while (n > 0 && (w[n - 1] == ',' || w[n - 1] == '.'))
		n--;
	return (n > 0 && isdigit((unsigned char)w[0])) ||
	    word_in(date_parts, w, n);
}

/* The day a line at an article's top dates it to ("March 3, 2024",
 * "Published: Monday 4 March 2024", "2024-03-04"), as ISO 8601; NULL
 * when the line is more than a date ("Updated March 5, 2024"), or names
 * no day of a year. A dateline (DATELINE) names a place too: "KELSO,
 * March 3, 2024 (Desk) -". Allocated. */
static char *
date_line(const char *text, int dateline)
{
	struct match_date	 d;
	const char		*p = text, *w;
	size_t			 i, n;

	for (i = 0; !dateline && date_words[i] != NULL; i++) {
		n = strlen(date_words[i]);
		if (strncasecmp(p, date_words[i], n) == 0 &&
		    (p[n] == ' ' || p[n] == ':')) {
			p += n;
			while (*p == ' ' || *p == ':')
				p++;
			i = (size_t)-1;	/* "Published on": from the first */
		}
	}
	for (w = p; !dateline && *w != '\0'; w += n + (w[n] == ' ')) {
		n = strcspn(w, " ");
		if (!date_part(w, n))
			return NULL;
	}
	if (!date_read(p, &d) || d.day == 0)
		return NULL;
	return xasprintf("%04d-%02d-%02d", d.year, d.month, d.day);
}

void
meta_from_text(struct meta *m, const struct sentence *v, size_t n)
{
	size_t	i;

	for (i = 0; i < n && i < META_TOP; i++) {
		if (v[i].kind == SEG_BYLINE && m->nauthors == 0)
			meta_add_byline(m, v[i].text);
		else if (m->date == NULL && v[i].kind != SEG_SENTENCE &&
		    v[i].kind != SEG_ITEM)
			m->date = date_line(v[i].text,
			    v[i].kind == SEG_DATELINE);
	}
}

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
