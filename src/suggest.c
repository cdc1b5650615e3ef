/* suggest.c: "did you mean": the nearest known word to a mistyped one. */
#include <stdint.h>
#include <string.h>

#include "suggest.h"

static size_t
min3(size_t a, size_t b, size_t c)
{
	size_t	m = a < b ? a : b;

	return m < c ? m : c;
}

size_t
suggest_distance(const char *a, const char *b)
{
	size_t	la = strlen(a), lb = strlen(b), i, j, cost;
	size_t	d[SUGGEST_MAX + 1][SUGGEST_MAX + 1];

	if (la > SUGGEST_MAX || lb > SUGGEST_MAX)
		return SIZE_MAX;
	for (i = 0; i <= la; i++)
		d[i][0] = i;
	for (j = 0; j <= lb; j++)
		d[0][j] = j;
	for (i = 1; i <= la; i++) {
		for (j = 1; j <= lb; j++) {
			cost = a[i - 1] != b[j - 1];
			d[i][j] = min3(d[i - 1][j] + 1, d[i][j - 1] + 1,
			    d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 <
			    d[i][j])
				d[i][j] = d[i - 2][j - 2] + 1;
		}
	}
	return d[la][lb];
}

const char *
suggest_word(const char *typed, const char *const *words, size_t n)
{
	const char	*best = NULL;
	size_t		 bd = SIZE_MAX, d, len, most, i;

	len = strlen(typed);
	most = len <= 4 ? 1 : 2;
	for (i = 0; i < n; i++) {
		if (words[i] == NULL)
			continue;
		d = suggest_distance(typed, words[i]);
		if (d < bd) {
			bd = d;
			best = words[i];
		}
	}
	if (best == NULL || bd > most || bd >= len || bd >= strlen(best))
		return NULL;
	return best;
}
