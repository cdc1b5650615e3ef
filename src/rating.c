/* rating.c: a fact-checker's published rating as a claimdesk verdict. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "lines.h"
#include "rating.h"
#include "store.h"
#include "utf8.h"
#include "xmalloc.h"

/* data/ratings, compiled in by make (see Makefile.am). */
extern const char ratings_txt[];

struct rating {
	char	*text;		/* normalised */
	int	 verdict;
};

static struct rating	*table;
static size_t		 ntable;
static int		 loaded;

/* TEXT (LEN bytes) in lower case, each run of what is not a letter or a
 * digit one space, none at either end. Allocated. */
static char *
normalise(const char *text, size_t len)
{
	char	*out = xmalloc(len + 1), *p = out;
	size_t	 i;
	int	 space = 0;

	for (i = 0; i < len; i++) {
		unsigned char	c = (unsigned char)text[i];

		if (isalnum(c) || c >= 0x80) {
			if (space && p > out)
				*p++ = ' ';
			*p++ = (char)tolower(c);
			space = 0;
		} else
			space = 1;
	}
	*p = '\0';
	return out;
}

static int
rating_cmp(const void *a, const void *b)
{
	return strcmp(((const struct rating *)a)->text,
	    ((const struct rating *)b)->text);
}

static void
load(void)
{
	struct lines	 lines;
	const char	*p, *eol, *sp;
	char		*word;
	size_t		 len;
	int		 v;

	loaded = 1;
	lines_init(&lines, ratings_txt, strlen(ratings_txt));
	while (lines_next(&lines, &p, &eol)) {
		len = (size_t)(eol - p);
		if (len == 0 || *p == '#')
			continue;
		for (sp = p; sp < eol && !UTF8_ASCII_SPACE(*sp); sp++)
			/* nothing */;
		word = xstrndup(p, (size_t)(sp - p));
		v = verdict_parse(word);
		free(word);
		if (v <= VERDICT_NONE)
			fatal("ratings: bad verdict on line: %.*s", (int)len, p);
		table = xreallocarray(table, ntable + 1, sizeof *table);
		table[ntable].text = normalise(sp, (size_t)(eol - sp));
		table[ntable++].verdict = v;
	}
	if (ntable > 1)
		qsort(table, ntable, sizeof *table, rating_cmp);
}

int
rating_verdict(const char *text)
{
	struct rating	 key, *hit;

	if (text == NULL)
		return -1;
	if (!loaded)
		load();
	key.verdict = -1;
	key.text = normalise(text, strlen(text));
	hit = *key.text == '\0' ? NULL : bsearch(&key, table, ntable,
	    sizeof *table, rating_cmp);
	free(key.text);
	return hit != NULL ? hit->verdict : -1;
}

int
rating_numeric(double value, double best, double worst)
{
	if (best == worst)
		return -1;
	if (value == best)
		return VERDICT_VERIFIED;
	if (value == worst)
		return VERDICT_DISPUTED;
	return -1;
}
