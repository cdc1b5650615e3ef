/* claimreview.c: earlier verdicts from schema.org ClaimReview JSON-LD. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json_object.h>
#include <json_tokener.h>

#include "claimreview.h"
#include "rating.h"
#include "store.h"
#include "utf8.h"
#include "xmalloc.h"

struct reader {
	const char	*text;
	size_t		 len;
	size_t		 value_at;	/* where the current JSON value starts */
	size_t		 found;		/* ClaimReviews so far */
	int		 (*cb)(const struct st_imported *, void *);
	void		*arg;
	char		*cause;
	int		 rc;
};

/* The line of byte offset AT. */
static size_t
line_of(const struct reader *r, size_t at)
{
	size_t	i, line = 1;

	for (i = 0; i < at && i < r->len; i++)
		line += r->text[i] == '\n';
	return line;
}

static json_object *
member(json_object *o, const char *key)
{
	json_object	*v;

	if (o == NULL || !json_object_is_type(o, json_type_object) ||
	    !json_object_object_get_ex(o, key, &v))
		return NULL;
	return v;
}

/* O itself, or the first element of the array O. */
static json_object *
first(json_object *o)
{
	if (o != NULL && json_object_is_type(o, json_type_array))
		return json_object_array_length(o) > 0 ?
		    json_object_array_get_idx(o, 0) : NULL;
	return o;
}

/* A string member, trimmed of nothing; NULL when absent or empty. */
static const char *
text_of(json_object *o)
{
	const char	*s;

	o = first(o);
	if (o == NULL || !json_object_is_type(o, json_type_string))
		return NULL;
	s = json_object_get_string(o);
	return s != NULL && *s != '\0' ? s : NULL;
}

/* O's text: O a string, or else the string member KEY of an object. */
static const char *
text_or_member(json_object *o, const char *key)
{
	const char	*s;

	if ((s = text_of(o)) != NULL)
		return s;
	return text_of(member(o, key));
}

/* A name: a string, or an object's "name" (an author, an organisation). */
static const char *
name_of(json_object *o)
{
	return text_or_member(first(o), "name");
}

/* An address: a string, or an object's "url" (or "@id"). */
static const char *
url_of(json_object *o)
{
	const char	*s;

	o = first(o);
	if ((s = text_or_member(o, "url")) != NULL)
		return s;
	return text_of(member(o, "@id"));
}

/* A number, or a string that holds one: 1, or 0 when O is neither. */
static int
number_of(json_object *o, double *v)
{
	const char	*s;
	char		*end;

	if (o == NULL)
		return 0;
	if (json_object_is_type(o, json_type_int) ||
	    json_object_is_type(o, json_type_double)) {
		*v = json_object_get_double(o);
		return 1;
	}
	if ((s = text_of(o)) == NULL)
		return 0;
	*v = strtod(s, &end);
	return end != s && *end == '\0';
}

static int
is_claimreview(json_object *o)
{
	json_object	*type = member(o, "@type");
	const char	*s;
	size_t		 i, n, len;

	if (type == NULL)
		return member(o, "claimReviewed") != NULL;
	n = json_object_is_type(type, json_type_array) ?
	    json_object_array_length(type) : 1;
	for (i = 0; i < n; i++) {
		json_object *t = json_object_is_type(type, json_type_array) ?
		    json_object_array_get_idx(type, i) : type;

		if (t == NULL || !json_object_is_type(t, json_type_string))
			continue;
		s = json_object_get_string(t);
		len = strlen(s);
		if (len >= 11 && strcmp(s + len - 11, "ClaimReview") == 0)
			return 1;
	}
	return 0;
}

static void
review(struct reader *r, json_object *o)
{
	struct st_imported	 v;
	json_object		*rating, *item;
	char			*rating_text = NULL;
	double			 value, best = 5, worst = 1;
	int			 numeric;

	r->found++;
	memset(&v, 0, sizeof v);
	v.claim = text_of(member(o, "claimReviewed"));
	if (v.claim == NULL) {
		r->cause = xasprintf("ClaimReview %zu (line %zu): no "
		    "claimReviewed", r->found, line_of(r, r->value_at));
		r->rc = -1;
		return;
	}
	v.place = r->found;
	v.id = text_of(member(o, "@id"));
	v.url = text_of(member(o, "url"));
	v.date = text_of(member(o, "datePublished"));
	v.org = name_of(member(o, "author"));
	item = first(member(o, "itemReviewed"));
	v.appearance = url_of(member(item, "appearance"));
	if (v.appearance == NULL)
		v.appearance = url_of(member(item, "firstAppearance"));
	rating = first(member(o, "reviewRating"));
	v.rating = text_of(member(rating, "alternateName"));
	v.status = rating_verdict(v.rating);
	numeric = number_of(member(rating, "ratingValue"), &value);
	if (numeric) {
		number_of(member(rating, "bestRating"), &best);
		number_of(member(rating, "worstRating"), &worst);
		if (v.status < 0 && v.rating == NULL)
			v.status = rating_numeric(value, best, worst);
		if (v.rating == NULL) {
			rating_text = xasprintf("%g (%g to %g)", value, worst,
			    best);
			v.rating = rating_text;
		}
	}
	r->rc = r->cb(&v, r->arg);
	free(rating_text);
}

/* Walks a JSON value: ClaimReviews, arrays and graphs of them. */
static void
walk(struct reader *r, json_object *o, int depth)
{
	json_object	*graph;
	size_t		 i, n;

	if (o == NULL || r->rc != 0 || depth > 16)
		return;
	if (json_object_is_type(o, json_type_array)) {
		n = json_object_array_length(o);
		for (i = 0; i < n && r->rc == 0; i++)
			walk(r, json_object_array_get_idx(o, i), depth + 1);
		return;
	}
	if (!json_object_is_type(o, json_type_object))
		return;
	if (is_claimreview(o)) {
		review(r, o);
		return;
	}
	if ((graph = member(o, "@graph")) != NULL)
		walk(r, graph, depth + 1);
}

int
claimreview_read(const char *text, size_t len,
    int (*cb)(const struct st_imported *, void *), void *arg, char **cause)
{
	struct reader		 r;
	struct json_tokener	*tok;
	json_object		*o;
	enum json_tokener_error	 err;
	size_t			 at = 0, bad;

	memset(&r, 0, sizeof r);
	r.text = text;
	r.len = len;
	r.cb = cb;
	r.arg = arg;
	*cause = NULL;
	if (utf8_validate(text, len, &bad) != 0 ||
	    memchr(text, '\0', len) != NULL) {
		*cause = xstrdup("not UTF-8 text");
		return -1;
	}
	if ((tok = json_tokener_new()) == NULL)
		fatal("out of memory");
	while (r.rc == 0) {
		while (at < len && UTF8_ASCII_SPACE(text[at]))
			at++;
		if (at == len)
			break;
		json_tokener_reset(tok);
		r.value_at = at;
		o = json_tokener_parse_ex(tok, text + at, (int)(len - at > 
		    0x7fffffff ? 0x7fffffff : len - at));
		err = json_tokener_get_error(tok);
		if (err != json_tokener_success) {
			at += json_tokener_get_parse_end(tok);
			*cause = xasprintf("line %zu: %s", line_of(&r, at),
			    err == json_tokener_continue ? "the JSON ends too "
			    "soon" : json_tokener_error_desc(err));
			json_object_put(o);
			json_tokener_free(tok);
			return -1;
		}
		at += json_tokener_get_parse_end(tok);
		walk(&r, o, 0);
		json_object_put(o);
	}
	json_tokener_free(tok);
	if (r.rc != 0) {
		*cause = r.cause;
		return r.rc;
	}
	if (r.found == 0) {
		*cause = xstrdup("no ClaimReview found");
		return -1;
	}
	return 0;
}
