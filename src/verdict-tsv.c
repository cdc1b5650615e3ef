/* verdict-tsv.c: earlier verdicts from a tab-separated file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rating.h"
#include "store.h"
#include "utf8.h"
#include "verdict-tsv.h"
#include "xmalloc.h"

enum column {
	COL_ID,
	COL_CLAIM,
	COL_VERDICT,
	COL_RATING,
	COL_URL,
	COL_DATE,
	COL_ORG,
	COL_APPEARANCE,
	COL_COUNT
};

static const char *const column_names[COL_COUNT] = {
	"id", "claim", "verdict", "rating", "url", "date", "org", "appearance"
};

/* Splits LINE (its end of line removed) on tabs, in place; the fields in
 * *FIELDS (allocated), their number returned. */
static size_t
split(char *line, char ***fields)
{
	size_t	n = 1, i = 0;
	char	*p;

	for (p = line; *p != '\0'; p++)
		n += *p == '\t';
	*fields = xcalloc(n, sizeof **fields);
	(*fields)[i++] = line;
	for (p = line; *p != '\0'; p++) {
		if (*p == '\t') {
			*p = '\0';
			(*fields)[i++] = p + 1;
		}
	}
	return n;
}

/* Undoes a spreadsheet's quoting of field F, in place: a field written
 * whole in double quotes, a quote inside it doubled ("\"Crime fell, police
 * said\"", "\"\"\"We won\"\"\""). A field not so written is kept as it is. */
static void
unquote(char *f)
{
	size_t	n = strlen(f), i, j;

	if (n < 2 || f[0] != '"' || f[n - 1] != '"')
		return;
	for (i = 1; i < n - 1; i++) {
		if (f[i] == '"' && (i + 1 >= n - 1 || f[++i] != '"'))
			return;	/* a quote not doubled: not quoting */
	}
	for (i = 1, j = 0; i < n - 1; i++, j++) {
		f[j] = f[i];
		if (f[i] == '"')
			i++;
	}
	f[j] = '\0';
}

static void
chomp(char *line, ssize_t *len)
{
	while (*len > 0 && (line[*len - 1] == '\n' || line[*len - 1] == '\r'))
		line[--*len] = '\0';
}

static const char *
nonempty(const char *s)
{
	return s != NULL && *s != '\0' ? s : NULL;
}

int
verdict_tsv_status(const char *verdict, const char *rating)
{
	int	v;

	if ((verdict = nonempty(verdict)) != NULL) {
		if ((v = verdict_parse(verdict)) > VERDICT_NONE &&
		    strcmp(verdict, "clear") != 0)
			return v;
		if ((v = rating_verdict(verdict)) >= 0)
			return v;
	}
	return rating_verdict(nonempty(rating));
}

int
verdict_tsv_read(FILE *f, int (*cb)(const struct st_imported *, void *),
    void *arg, char **cause)
{
	struct st_imported	 v;
	char			*line = NULL, **fields = NULL;
	const char		*cell[COL_COUNT];
	size_t			 cap = 0, nf, ncols = 0, lineno = 0, i, bad;
	ssize_t			 len;
	int			 where[COL_COUNT], c, rc = 0;

	*cause = NULL;
	for (c = 0; c < COL_COUNT; c++)
		where[c] = -1;
	while (rc == 0 && (len = getline(&line, &cap, f)) != -1) {
		lineno++;
		if (utf8_validate(line, (size_t)len, &bad) != 0 ||
		    memchr(line, '\0', (size_t)len) != NULL) {
			*cause = xasprintf("line %zu: not UTF-8 text", lineno);
			rc = -1;
			break;
		}
		chomp(line, &len);
		if (lineno == 1 && strncmp(line, "\xef\xbb\xbf", 3) == 0)
			memmove(line, line + 3, (size_t)len - 2);
		if (ncols == 0) {
			nf = split(line, &fields);
			for (i = 0; i < nf; i++) {
				for (c = 0; c < COL_COUNT; c++) {
					/* "Claim" is the claim column. */
					if (strcasecmp(fields[i],
					    column_names[c]) == 0 && where[c] < 0)
						where[c] = (int)i;
				}
			}
			ncols = nf;
			free(fields);
			fields = NULL;
			if (where[COL_CLAIM] < 0) {
				*cause = xstrdup("line 1: the header names no "
				    "claim column");
				rc = -1;
			}
			continue;
		}
		if (len == 0)
			continue;
		nf = split(line, &fields);
		for (i = 0; i < nf; i++)
			unquote(fields[i]);
		if (nf > ncols) {
			*cause = xasprintf("line %zu: %zu fields, the header "
			    "has %zu", lineno, nf, ncols);
			rc = -1;
			break;
		}
		for (c = 0; c < COL_COUNT; c++)
			cell[c] = where[c] >= 0 && (size_t)where[c] < nf ?
			    nonempty(fields[where[c]]) : NULL;
		if (cell[COL_CLAIM] == NULL) {
			*cause = xasprintf("line %zu: no claim", lineno);
			rc = -1;
			break;
		}
		memset(&v, 0, sizeof v);
		v.place = lineno;
		v.id = cell[COL_ID];
		v.claim = cell[COL_CLAIM];
		v.status = verdict_tsv_status(cell[COL_VERDICT],
		    cell[COL_RATING]);
		/* A rating given in the verdict column is kept as one. */
		v.rating = cell[COL_RATING];
		if (v.rating == NULL && cell[COL_VERDICT] != NULL &&
		    verdict_parse(cell[COL_VERDICT]) <= VERDICT_NONE)
			v.rating = cell[COL_VERDICT];
		v.url = cell[COL_URL];
		v.date = cell[COL_DATE];
		v.org = cell[COL_ORG];
		v.appearance = cell[COL_APPEARANCE];
		rc = cb(&v, arg);
		free(fields);
		fields = NULL;
	}
	free(fields);
	free(line);
	if (rc == 0 && ferror(f)) {
		*cause = xstrdup("read error");
		rc = -1;
	}
	if (rc == 0 && ncols == 0) {
		*cause = xstrdup("empty: a header line naming a claim column "
		    "is needed");
		rc = -1;
	}
	return rc;
}
