/* review-search.c: searching the article on the review screen. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store.h"
#include "ui/keys.h"
#include "ui/review.h"
#include "ui/screen.h"
#include "ui/wrap.h"
#include "xmalloc.h"

/* Case-insensitive (ASCII) unless the pattern has a capital. */
static int
review_match_at(const char *t, const char *p, size_t plen, int icase)
{
	size_t	i;
	int	a, b;

	if (!icase)
		return memcmp(t, p, plen) == 0;
	for (i = 0; i < plen; i++) {
		a = (unsigned char)t[i];
		b = (unsigned char)p[i];
		if (a >= 'A' && a <= 'Z')
			a += 'a' - 'A';
		if (a != b)
			return 0;
	}
	return 1;
}

static int
review_icase(const char *p)
{
	for (; *p != '\0'; p++) {
		if (*p >= 'A' && *p <= 'Z')
			return 0;
	}
	return 1;
}

/*
 * The next match at or after FROM (DIR 1), or the last one before FROM
 * (DIR -1), going round the end; *WRAPPED says it did. -1 when none.
 */
static long
review_search_from(const struct review *rv, size_t from, int dir,
    int *wrapped)
{
	const char	*t = rv->art->text, *p = rv->pattern;
	size_t		 len = rv->art->len, plen = strlen(p), i, last, pass;
	int		 ic = review_icase(p);

	*wrapped = 0;
	if (plen == 0 || plen > len)
		return -1;
	last = len - plen;
	for (pass = 0; pass < 2; pass++) {
		if (dir > 0) {
			for (i = pass ? 0 : from; i <= last; i++) {
				if (review_match_at(t + i, p, plen, ic))
					return (long)i;
			}
		} else {
			for (i = pass ? last + 1 : (from > last + 1 ? last + 1 :
			    from); i > 0; i--) {
				if (review_match_at(t + i - 1, p, plen, ic))
					return (long)i - 1;
			}
		}
		*wrapped = 1;
	}
	return -1;
}

void
review_search(struct review *rv, int dir)
{
	size_t	s, e, from;
	long	at, i;
	int	wrapped, here;

	if (rv->pattern == NULL) {
		ui_message(rv->screen->ui, 0, "no search yet: / starts one");
		return;
	}
	wrap_row(rv->wrap, &rv->cur, &s, &e);
	here = rv->mvalid && rv->moff >= s && rv->moff < (e > s ? e : s + 1);
	if (dir > 0)
		from = here ? rv->moff + 1 : s;
	else
		from = here ? rv->moff : s;
	if ((at = review_search_from(rv, from, dir, &wrapped)) == -1) {
		rv->mvalid = 0;
		ui_message(rv->screen->ui, 1, "not found: %s", rv->pattern);
		return;
	}
	rv->moff = (size_t)at;
	rv->mlen = strlen(rv->pattern);
	rv->mvalid = 1;
	wrap_find(rv->wrap, rv->moff, &rv->cur);
	e = rv->moff + rv->mlen;
	review_show_range(rv, rv->moff, e, 0);
	if ((i = review_claim_in(rv, rv->moff, e, 1)) >= 0) {
		rv->sel = i;
		review_keep_list(rv);
	}
	ui_message(rv->screen->ui, 0, "/%s%s", rv->pattern,
	    wrapped ? (dir > 0 ? "  (from the top)" : "  (from the end)") :
	    "");
}

static void
review_search_place(void *arg, int *y, int *x, int *w)
{
	struct review	*rv = arg;

	*y = rv->msgline;
	*x = 0;
	*w = COLS;
}

static void
review_search_done(void *arg, const char *text)
{
	struct review	*rv = arg;

	if (text == NULL)
		return;
	if (*text != '\0') {
		free(rv->pattern);
		rv->pattern = xstrdup(text);
		rv->mvalid = 0;
	}
	review_search(rv, 1);
}

void
review_search_prompt(struct review *rv)
{
	struct prompt_cb	cb = { .place = review_search_place,
				    .done = review_search_done, .arg = rv };

	prompt_open(rv->screen->ui, "/", "", &cb);
}
