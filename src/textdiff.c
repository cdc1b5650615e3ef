/* textdiff.c: a word diff of two short texts (a claim before and after its
 * article changed), by the longest common run of words. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "textdiff.h"
#include "xmalloc.h"

struct word {
	size_t	s, e;
};

static int
is_wordch(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static int
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static int
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
	    c == '\f' || c == '\v';
}

/* The length of a joiner at T[I] inside a word ("3,000", "4.5", "don't",
 * "don’t"), when the word goes on after it; else 0. */
static size_t
joiner(const unsigned char *t, size_t i)
{
	size_t	n;

	if (i == 0)
		return 0;
	if ((t[i] == ',' || t[i] == '.') && is_digit(t[i - 1]) &&
	    is_digit(t[i + 1]))
		return 1;
	if (t[i] == '\'')
		n = 1;
	else if (t[i] == 0xe2 && t[i + 1] == 0x80 && t[i + 2] == 0x99)
		n = 3;
	else
		return 0;
	return is_wordch(t[i - 1]) && is_wordch(t[i + n]) &&
	    !is_digit(t[i + n]) ? n : 0;
}

/* The words of TEXT, at most TEXTDIFF_WORDS + 1 of them (one more says
 * "too many"). */
static size_t
words(const char *text, struct word *w)
{
	const unsigned char	*t = (const unsigned char *)text;
	size_t			 i = 0, n = 0, j;

	while (t[i] != '\0' && n <= TEXTDIFF_WORDS) {
		if (is_space(t[i])) {
			i++;
			continue;
		}
		w[n].s = i;
		if (!is_wordch(t[i]))
			i++;
		else {
			for (;;) {
				while (is_wordch(t[i]))
					i++;
				if ((j = joiner(t, i)) == 0)
					break;
				i += j;
			}
		}
		w[n++].e = i;
	}
	return n;
}

static int
same(const char *a, const struct word *wa, const char *b,
    const struct word *wb)
{
	return wa->e - wa->s == wb->e - wb->s &&
	    memcmp(a + wa->s, b + wb->s, wa->e - wa->s) == 0;
}

/* Where a change with no words on one side stands: before word I of N. */
static size_t
at_word(const struct word *w, size_t i, size_t n, size_t len)
{
	return i < n ? w[i].s : len;
}

int
textdiff(const char *old, const char *new, struct textdiff_hunk **hunks)
{
	struct word		*wo, *wn;
	struct textdiff_hunk	*h = NULL;
	uint16_t		*lcs;
	size_t			 no, nn, i, j, k, cols, nh = 0, io, jn;
	int			 ret;

	*hunks = NULL;
	wo = xreallocarray(NULL, TEXTDIFF_WORDS + 1, sizeof *wo);
	wn = xreallocarray(NULL, TEXTDIFF_WORDS + 1, sizeof *wn);
	no = words(old, wo);
	nn = words(new, wn);
	if (no > TEXTDIFF_WORDS || nn > TEXTDIFF_WORDS) {
		free(wo);
		free(wn);
		return -1;
	}
	/* lcs[i][j]: the longest common run of words of old[i..] and
	 * new[j..]. */
	cols = nn + 1;
	lcs = xcalloc((no + 1) * cols, sizeof *lcs);
	for (i = no; i-- > 0;) {
		for (j = nn; j-- > 0;) {
			if (same(old, &wo[i], new, &wn[j]))
				lcs[i * cols + j] = lcs[(i + 1) * cols + j + 1] + 1;
			else if (lcs[(i + 1) * cols + j] >= lcs[i * cols + j + 1])
				lcs[i * cols + j] = lcs[(i + 1) * cols + j];
			else
				lcs[i * cols + j] = lcs[i * cols + j + 1];
		}
	}
	if ((size_t)lcs[0] * 2 < (no > nn ? no : nn)) {
		ret = -1;
		goto out;
	}
	/* Walk the table: each run of words not in common is a change. */
	i = j = 0;
	while (i < no || j < nn) {
		if (i < no && j < nn && same(old, &wo[i], new, &wn[j])) {
			i++;
			j++;
			continue;
		}
		io = i;
		jn = j;
		while ((i < no || j < nn) && !(i < no && j < nn &&
		    same(old, &wo[i], new, &wn[j]))) {
			if (j == nn || (i < no && lcs[(i + 1) * cols + j] >=
			    lcs[i * cols + j + 1]))
				i++;
			else
				j++;
		}
		h = xreallocarray(h, nh + 1, sizeof *h);
		k = strlen(old);
		h[nh].old_s = at_word(wo, io, no, k);
		h[nh].old_e = i > io ? wo[i - 1].e : h[nh].old_s;
		k = strlen(new);
		h[nh].new_s = at_word(wn, jn, nn, k);
		h[nh].new_e = j > jn ? wn[j - 1].e : h[nh].new_s;
		nh++;
	}
	*hunks = h;
	ret = (int)nh;
out:
	free(lcs);
	free(wo);
	free(wn);
	return ret;
}

static void
say_add(char **buf, size_t *len, const char *s, size_t n)
{
	*buf = xreallocarray(*buf, *len + n + 1, 1);
	memcpy(*buf + *len, s, n);
	*len += n;
	(*buf)[*len] = '\0';
}

static void
say_quoted(char **buf, size_t *len, const char *s, size_t from, size_t to)
{
	say_add(buf, len, "\"", 1);
	say_add(buf, len, s + from, to - from);
	say_add(buf, len, "\"", 1);
}

char *
textdiff_say(const char *old, const char *new, const char *arrow, int max)
{
	struct textdiff_hunk	*h;
	char			*buf = NULL, more[48];
	size_t			 len = 0;
	int			 n, i;

	if ((n = textdiff(old, new, &h)) < 0)
		return xstrdup("reworded");
	for (i = 0; i < n && i < max; i++) {
		if (i > 0)
			say_add(&buf, &len, "; ", 2);
		if (h[i].old_s == h[i].old_e) {
			say_add(&buf, &len, "added ", 6);
			say_quoted(&buf, &len, new, h[i].new_s, h[i].new_e);
		} else if (h[i].new_s == h[i].new_e) {
			say_add(&buf, &len, "removed ", 8);
			say_quoted(&buf, &len, old, h[i].old_s, h[i].old_e);
		} else {
			say_quoted(&buf, &len, old, h[i].old_s, h[i].old_e);
			say_add(&buf, &len, arrow, strlen(arrow));
			say_quoted(&buf, &len, new, h[i].new_s, h[i].new_e);
		}
	}
	if (n > max && max >= 0) {
		snprintf(more, sizeof more, "; %d more", n - max);
		say_add(&buf, &len, more, strlen(more));
	}
	free(h);
	return buf;
}
