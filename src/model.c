/* model.c: the check-worthiness model file, held as two small hash tables. */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "lines.h"
#include "model.h"
#include "xmalloc.h"

/*
 * A model is read once and then only looked up, a few times per word of
 * every sentence, so it is kept compact: each table is open addressing
 * with linear probing over slots of 8 bytes, a 32-bit fingerprint of the
 * key and its value, at most half full. The slot comes from the low bits
 * of the mixed key and the fingerprint from its high bits, so two
 * features are confused only when 32 + log2(slots) bits of their keys
 * agree, which for a few thousand features is never in practice. Names
 * are not kept: claimdesk learn writes them, and an explanation names a
 * feature from the sentence it was found in (feature_name()).
 */

#define MODEL_DEFAULT_THRESHOLD	50
#define MODEL_WORD_MAX		64	/* bytes in a list NAME */
#define MODEL_WEIGHT_MAX	1e6	/* no weight or bias is larger */

struct slot {
	uint32_t	 fp;		/* 0: empty */
	union {
		float	 w;		/* weights: the weight */
		uint32_t mask;		/* words: the lists */
	} v;
};

struct table {
	struct slot	*slots;
	size_t		 mask;		/* slots - 1, a power of two less 1 */
	size_t		 n;
};

struct list {
	char		*feature;	/* "list:NAME" */
	uint64_t	 key;
	char		*words;		/* as written, space-separated */
};

struct cd_model {
	struct table	 weights;
	struct table	 words;
	struct list	 lists[MODEL_LISTS_MAX];
	size_t		 nlists;
	double		 bias;
	int		 threshold;
};

uint64_t
model_hash(uint64_t h, const void *s, size_t len)
{
	const unsigned char	*p = s;
	size_t			 i;

	for (i = 0; i < len; i++) {
		h ^= p[i];
		h *= MODEL_HASH_PRIME;
	}
	return h;
}

uint64_t
model_key(const char *name)
{
	return model_hash(MODEL_HASH_INIT, name, strlen(name));
}

/* MurmurHash3's finaliser: every bit of the key moves every bit out. */
static uint64_t
mix(uint64_t k)
{
	k ^= k >> 33;
	k *= 0xff51afd7ed558ccdULL;
	k ^= k >> 33;
	k *= 0xc4ceb9fe1a85ec53ULL;
	k ^= k >> 33;
	return k;
}

static uint32_t
fingerprint(uint64_t m)
{
	uint32_t	fp = (uint32_t)(m >> 32);

	return fp != 0 ? fp : 1;
}

/* Sizes the empty table T for N entries at most half full. */
static void
table_reserve(struct table *t, size_t n)
{
	size_t	cap = 16;

	while (cap < 2 * n)
		cap *= 2;
	t->slots = xcalloc(cap, sizeof *t->slots);
	t->mask = cap - 1;
	t->n = 0;
}

/* The slot of KEY in T, or NULL. */
static const struct slot *
table_get(const struct table *t, uint64_t key)
{
	uint64_t	m = mix(key);
	uint32_t	fp = fingerprint(m);
	size_t		i;

	if (t->slots == NULL)
		return NULL;
	for (i = m & t->mask; t->slots[i].fp != 0; i = (i + 1) & t->mask) {
		if (t->slots[i].fp == fp)
			return &t->slots[i];
	}
	return NULL;
}

/* Sets *S to the slot of KEY in T, a new one (value 0) if absent. The
 * table must have room (table_reserve). */
static void
table_put(struct table *t, uint64_t key, struct slot **s)
{
	uint64_t	m = mix(key);
	uint32_t	fp = fingerprint(m);
	size_t		i;

	for (i = m & t->mask; t->slots[i].fp != 0; i = (i + 1) & t->mask) {
		if (t->slots[i].fp == fp) {
			*s = &t->slots[i];
			return;
		}
	}
	t->slots[i].fp = fp;
	t->n++;
	*s = &t->slots[i];
}

/* Where the parser is. */
struct parser {
	const char	*name;
	unsigned	 lineno;
	int		 seen_bias, seen_threshold;
};

static int __attribute__((format(printf, 3, 4)))
parse_error(const struct parser *p, char **cause, const char *fmt, ...)
{
	va_list	 ap;
	char	*msg;

	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	*cause = xasprintf("%s:%u: %s", p->name, p->lineno, msg);
	free(msg);
	return -1;
}

static int
is_name(const char *s, const char *e)
{
	const char	*c;

	if (e - s < 1 || e - s > MODEL_WORD_MAX)
		return 0;
	for (c = s; c < e; c++) {
		if ((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
		    *c == '_' || (c != s && ((*c >= '0' && *c <= '9') ||
		    *c == '-')))
			continue;
		return 0;
	}
	return 1;
}

/* A number S..E into *V (strtod's syntax, finite); -1 if it is not. */
static int
parse_number(const char *s, const char *e, double *v)
{
	char	buf[64], *end;

	if (e - s < 1 || (size_t)(e - s) >= sizeof buf)
		return -1;
	memcpy(buf, s, e - s);
	buf[e - s] = '\0';
	errno = 0;
	*v = strtod(buf, &end);
	if (*end != '\0' || errno != 0 || !isfinite(*v))
		return -1;
	return 0;
}

/* First pass over a line: counts what the tables will hold. */
static void
count_line(const char *s, const char *e, size_t *nweights, size_t *nwords)
{
	const char	*t, *te;

	s = lines_token(s, e, &t, &te);
	if (lines_token_is(t, te, "weight"))
		(*nweights)++;
	else if (lines_token_is(t, te, "list")) {
		s = lines_token(s, e, &t, &te);
		for (;;) {
			s = lines_token(s, e, &t, &te);
			if (t == e)
				break;
			(*nwords)++;
		}
	}
}

static int
parse_list(struct parser *p, struct cd_model *m, const char *s, const char *e,
    char **cause)
{
	const char	*t, *te;
	struct list	*l;
	struct slot	*slot;
	char		*name, *w, *prev;
	int		 i;

	s = lines_token(s, e, &t, &te);
	if (t == e)
		return parse_error(p, cause, "list: missing name");
	if (!is_name(t, te))
		return parse_error(p, cause, "list: bad name \"%.*s\" (a "
		    "letter or '_', then letters, digits, '_', '-')",
		    (int)(te - t > 40 ? 40 : te - t), t);
	name = xasprintf("list:%.*s", (int)(te - t), t);
	for (i = 0; i < (int)m->nlists; i++) {
		if (strcmp(m->lists[i].feature, name) == 0)
			break;
	}
	if (i == (int)m->nlists) {
		if (m->nlists == MODEL_LISTS_MAX) {
			free(name);
			return parse_error(p, cause, "more than %d lists",
			    MODEL_LISTS_MAX);
		}
		l = &m->lists[m->nlists++];
		l->feature = name;
		l->key = model_key(name);
		l->words = xstrdup("");
	} else {
		free(name);
		l = &m->lists[i];
	}
	for (;;) {
		s = lines_token(s, e, &t, &te);
		if (t == e)
			break;
		w = xstrndup_lower(t, (size_t)(te - t));
		table_put(&m->words, model_hash(model_key("w:"), w, strlen(w)),
		    &slot);
		slot->v.mask |= 1u << i;
		prev = l->words;
		l->words = xasprintf("%s%s%s", prev, *prev ? " " : "", w);
		free(prev);
		free(w);
	}
	return 0;
}

static int
parse_weight(struct parser *p, struct cd_model *m, const char *s, const char *e,
    char **cause)
{
	const char	*t, *te, *name, *nend;
	struct slot	*slot;
	double		 w;
	size_t		 before;

	/* FEATURE is everything up to the last token, which is the weight. */
	while (e > s && lines_is_blank(e[-1]))
		e--;
	te = e;
	for (t = te; t > s && !lines_is_blank(t[-1]); t--)
		;
	lines_token(s, e, &name, &nend);
	if (name == e || t <= name)
		return parse_error(p, cause, "weight: expected a feature and a "
		    "number");
	for (nend = t; nend > name && lines_is_blank(nend[-1]); nend--)
		;
	if (parse_number(t, te, &w) != 0 || fabs(w) > MODEL_WEIGHT_MAX)
		return parse_error(p, cause, "weight %.*s: \"%.*s\" is not a "
		    "number from -1e6 to 1e6", (int)(nend - name), name,
		    (int)(te - t), t);
	before = m->weights.n;
	table_put(&m->weights, model_hash(MODEL_HASH_INIT, name, nend - name),
	    &slot);
	if (m->weights.n == before)
		return parse_error(p, cause, "weight %.*s: given twice",
		    (int)(nend - name), name);
	slot->v.w = (float)w;
	return 0;
}

static int
parse_setting(struct parser *p, struct cd_model *m, const char *what,
    const char *s, const char *e, char **cause)
{
	const char	*t, *te, *rest, *re;
	double		 v;

	s = lines_token(s, e, &t, &te);
	lines_token(s, e, &rest, &re);
	if (t == e || rest != e || parse_number(t, te, &v) != 0 ||
	    fabs(v) > MODEL_WEIGHT_MAX)
		return parse_error(p, cause, "%s: expected one number from "
		    "-1e6 to 1e6", what);
	if (strcmp(what, "bias") == 0) {
		if (p->seen_bias++)
			return parse_error(p, cause, "bias given twice");
		m->bias = v;
		return 0;
	}
	if (p->seen_threshold++)
		return parse_error(p, cause, "threshold given twice");
	if (v < 0 || v > 100 || v != (int)v)
		return parse_error(p, cause, "threshold: an integer from 0 to "
		    "100 expected");
	m->threshold = (int)v;
	return 0;
}

static int
parse_line(struct parser *p, struct cd_model *m, const char *s, const char *e,
    char **cause)
{
	const char	*t, *te;

	if (memchr(s, '\0', e - s) != NULL)
		return parse_error(p, cause, "NUL byte");
	s = lines_token(s, e, &t, &te);
	if (t == e || *t == '#')
		return 0;
	if (lines_token_is(t, te, "weight"))
		return parse_weight(p, m, s, e, cause);
	if (lines_token_is(t, te, "list"))
		return parse_list(p, m, s, e, cause);
	if (lines_token_is(t, te, "bias"))
		return parse_setting(p, m, "bias", s, e, cause);
	if (lines_token_is(t, te, "threshold"))
		return parse_setting(p, m, "threshold", s, e, cause);
	return parse_error(p, cause, "unknown keyword \"%.*s\" (expected "
	    "bias, threshold, list or weight)", (int)(te - t > 40 ? 40 :
	    te - t), t);
}

struct cd_model *
model_parse(const char *name, const char *text, size_t len, char **cause)
{
	struct cd_model	*m;
	struct parser	 p;
	struct lines	 lines;
	const char	*s, *e;
	size_t		 nweights = 0, nwords = 0;

	*cause = NULL;
	memset(&p, 0, sizeof p);
	p.name = name;
	m = xcalloc(1, sizeof *m);
	m->threshold = MODEL_DEFAULT_THRESHOLD;
	lines_init(&lines, text, len);
	while (lines_next(&lines, &s, &e))
		count_line(s, e, &nweights, &nwords);
	table_reserve(&m->weights, nweights);
	table_reserve(&m->words, nwords);
	lines_init(&lines, text, len);
	while (lines_next(&lines, &s, &e)) {
		p.lineno = lines.lineno;
		if (parse_line(&p, m, s, e, cause) != 0) {
			model_free(m);
			return NULL;
		}
	}
	return m;
}

struct cd_model *
model_load(const char *path, char **cause)
{
	struct cd_model	*m;
	FILE		*f;
	char		*buf = NULL;
	size_t		 len = 0, alloc = 0, got;

	*cause = NULL;
	if ((f = fopen(path, "rb")) == NULL) {
		*cause = xasprintf("%s: %s", path, strerror(errno));
		return NULL;
	}
	do {
		if (alloc - len < 4096) {
			alloc = alloc ? alloc * 2 : 65536;
			buf = xreallocarray(buf, alloc, 1);
		}
		got = fread(buf + len, 1, alloc - len, f);
		len += got;
	} while (got != 0);
	if (ferror(f)) {
		*cause = xasprintf("%s: %s", path, strerror(errno ? errno :
		    EIO));
		fclose(f);
		free(buf);
		return NULL;
	}
	fclose(f);
	m = model_parse(path, buf, len, cause);
	free(buf);
	return m;
}

void
model_free(struct cd_model *m)
{
	size_t	i;

	if (m == NULL)
		return;
	for (i = 0; i < m->nlists; i++) {
		free(m->lists[i].feature);
		free(m->lists[i].words);
	}
	free(m->weights.slots);
	free(m->words.slots);
	free(m);
}

double
model_bias(const struct cd_model *m)
{
	return m->bias;
}

int
model_threshold(const struct cd_model *m)
{
	return m->threshold;
}

size_t
model_size(const struct cd_model *m)
{
	return m->weights.n;
}

size_t
model_table_bytes(const struct cd_model *m)
{
	return (m->weights.mask + 1) * sizeof (struct slot);
}

double
model_weight(const struct cd_model *m, uint64_t key)
{
	const struct slot	*s = table_get(&m->weights, key);

	return s != NULL ? s->v.w : 0;
}

uint32_t
model_word_lists(const struct cd_model *m, uint64_t key)
{
	const struct slot	*s;

	if (m->nlists == 0)
		return 0;
	s = table_get(&m->words, key);
	return s != NULL ? s->v.mask : 0;
}

size_t
model_nlists(const struct cd_model *m)
{
	return m->nlists;
}

const char *
model_list_feature(const struct cd_model *m, size_t i)
{
	return m->lists[i].feature;
}

uint64_t
model_list_key(const struct cd_model *m, size_t i)
{
	return m->lists[i].key;
}

int
model_list_index(const struct cd_model *m, const char *name)
{
	size_t	i;

	for (i = 0; i < m->nlists; i++) {
		if (strcmp(m->lists[i].feature + 5, name) == 0)
			return (int)i;
	}
	return -1;
}

double
model_scale(size_t n)
{
	return n > 0 ? 1 / sqrt((double)n) : 1;
}

int
model_score(double logit)
{
	double	p;

	if (isnan(logit))
		return 0;
	if (logit > 40)
		return 100;
	if (logit < -40)
		return 0;
	p = 100.0 / (1.0 + exp(-logit));
	return (int)lround(p);
}

int
model_write(FILE *f, const char *header, double bias, int threshold,
    const struct cd_model *lists, const char *const *names,
    const double *weights, size_t n)
{
	const char	*s, *nl;
	size_t		 i;

	for (s = header; s != NULL && *s != '\0'; s = *nl ? nl + 1 : nl) {
		nl = strchr(s, '\n');
		if (nl == NULL)
			nl = s + strlen(s);
		fprintf(f, "#%s%.*s\n", nl > s ? " " : "", (int)(nl - s), s);
	}
	fprintf(f, "\nbias %.6g\nthreshold %d\n", bias, threshold);
	if (lists != NULL && lists->nlists > 0) {
		fputs("\n# Word lists: each gives the feature list:NAME.\n", f);
		for (i = 0; i < lists->nlists; i++)
			fprintf(f, "list %s %s\n", lists->lists[i].feature + 5,
			    lists->lists[i].words);
	}
	fputs("\n# Features and their weights (logits), strongest first.\n", f);
	for (i = 0; i < n; i++)
		fprintf(f, "weight %s %.6g\n", names[i], weights[i]);
	return fflush(f) == 0 && !ferror(f) ? 0 : -1;
}
