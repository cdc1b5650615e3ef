/* abbrevs.c: the abbreviation list that tells a stop from a sentence end. */
#include <stdlib.h>
#include <string.h>

#include "abbrevs.h"
#include "article.h"
#include "lines.h"
#include "utf8.h"
#include "xmalloc.h"

/* An open-addressing hash table of the words, folded to lower case unless
 * an entry is exact. */
struct ab_entry {
	char	*word;		/* NULL: an empty slot */
	size_t	 len;
	int	 flags;
	int	 exact;		/* match case exactly */
};

struct abbrevs {
	struct ab_entry	*slots;
	size_t		 nslots;	/* a power of two */
	size_t		 n;
};

static int
fold(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static size_t
ab_hash(const char *s, size_t len)
{
	size_t	h = 5381, i;

	for (i = 0; i < len; i++)
		h = h * 33 + (size_t)fold((unsigned char)s[i]);
	return h;
}

static int
ab_match(const struct ab_entry *e, const char *s, size_t len)
{
	size_t	i;

	if (e->len != len)
		return 0;
	if (e->exact)
		return memcmp(e->word, s, len) == 0;
	for (i = 0; i < len; i++) {
		if (fold((unsigned char)e->word[i]) != fold((unsigned char)s[i]))
			return 0;
	}
	return 1;
}

int
abbrevs_lookup(const struct abbrevs *ab, const char *s, size_t len)
{
	const struct ab_entry	*e;
	size_t			 i;
	int			 flags = 0;

	if (ab == NULL || ab->n == 0)
		return 0;
	i = ab_hash(s, len) & (ab->nslots - 1);
	for (; (e = &ab->slots[i])->word != NULL; i = (i + 1) & (ab->nslots - 1)) {
		if (ab_match(e, s, len))
			flags |= e->flags;
	}
	return flags;
}

static void
ab_insert(struct abbrevs *ab, const char *s, size_t len, int flags, int exact)
{
	struct ab_entry	*old = ab->slots, *e;
	size_t		 oldn = ab->nslots, i;

	if ((ab->n + 1) * 2 > ab->nslots) {
		ab->nslots = ab->nslots == 0 ? 64 : ab->nslots * 2;
		ab->slots = xcalloc(ab->nslots, sizeof *ab->slots);
		ab->n = 0;
		for (i = 0; i < oldn; i++) {
			if (old[i].word != NULL)
				ab_insert(ab, old[i].word, old[i].len,
				    old[i].flags, old[i].exact);
			free(old[i].word);
		}
		free(old);
	}
	i = ab_hash(s, len) & (ab->nslots - 1);
	while (ab->slots[i].word != NULL)
		i = (i + 1) & (ab->nslots - 1);
	e = &ab->slots[i];
	e->word = xstrndup(s, len);
	e->len = len;
	e->flags = flags;
	e->exact = exact;
	ab->n++;
}

static int
class_flags(const char *s, const char *e)
{
	if (lines_token_is(s, e, "prefix"))
		return ABBREVS_PREFIX;
	if (lines_token_is(s, e, "starter"))
		return ABBREVS_STARTER;
	return 0;
}

/* Parses the fields of the line S..E; returns NULL or an error message. */
static char *
ab_line(struct abbrevs *ab, const char *s, const char *e)
{
	const char	*field[4], *fend[4], *t, *te;
	size_t		 nf = 0, i, wlen;
	int		 flags = ABBREVS_PLAIN, exact = 0, f;

	for (;;) {
		s = lines_token(s, e, &t, &te);
		if (t == e)
			break;
		if (nf == 4)
			return xstrdup("too many fields");
		field[nf] = t;
		fend[nf++] = te;
	}
	if (nf == 0)
		return NULL;
	for (i = 1; i < nf; i++) {
		if (lines_token_is(field[i], fend[i], "exact"))
			exact = 1;
		else if ((f = class_flags(field[i], fend[i])) != 0 &&
		    flags == ABBREVS_PLAIN)
			flags = f;
		else
			return xasprintf("unknown class \"%.*s\"",
			    (int)(fend[i] - field[i]), field[i]);
	}
	wlen = fend[0] - field[0];
	if (wlen > 1 && field[0][wlen - 1] == '.')
		wlen--;
	if (wlen > ABBREVS_WORD_MAX)
		return xasprintf("word longer than %d bytes", ABBREVS_WORD_MAX);
	ab_insert(ab, field[0], wlen, flags, exact);
	return NULL;
}

struct abbrevs *
abbrevs_parse(const char *name, const char *text, size_t len, char **cause)
{
	struct abbrevs	*ab;
	struct lines	 lines;
	const char	*s, *e, *hash;
	size_t		 bad;
	char		*msg;

	*cause = NULL;
	if (utf8_validate(text, len, &bad) != 0) {
		*cause = xasprintf("%s: not UTF-8 at byte %zu", name, bad);
		return NULL;
	}
	ab = xcalloc(1, sizeof *ab);
	lines_init(&lines, text, len);
	while (lines_next(&lines, &s, &e)) {
		if ((hash = memchr(s, '#', e - s)) != NULL)
			e = hash;
		while (e > s && (e[-1] == '\r' || lines_is_blank(e[-1])))
			e--;
		if ((msg = ab_line(ab, s, e)) != NULL) {
			*cause = xasprintf("%s:%u: %s", name, lines.lineno,
			    msg);
			free(msg);
			abbrevs_free(ab);
			return NULL;
		}
	}
	return ab;
}

struct abbrevs *
abbrevs_load(const char *path, char **cause)
{
	struct article	*art;
	struct abbrevs	*ab;
	char		*why;

	if ((art = article_load(path, ARTICLE_MAX_SIZE, &why)) == NULL) {
		*cause = xasprintf("%s: %s", path, why);
		free(why);
		return NULL;
	}
	ab = abbrevs_parse(path, art->text + art->body, art->len - art->body,
	    cause);
	article_free(art);
	return ab;
}

void
abbrevs_free(struct abbrevs *ab)
{
	size_t	i;

	if (ab == NULL)
		return;
	for (i = 0; i < ab->nslots; i++)
		free(ab->slots[i].word);
	free(ab->slots);
	free(ab);
}
