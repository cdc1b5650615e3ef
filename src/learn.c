/* learn.c: fits the claim model to labelled sentences with liblinear. */
#include <errno.h>
#include <linear.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "feature.h"
#include "learn.h"
#include "model.h"
#include "rules.h"
#include "segment.h"
#include "utf8.h"
#include "xmalloc.h"

/*
 * The model is L2-regularised logistic regression (liblinear's L2R_LR)
 * over binary features scaled to length 1 (model_scale()): the rules that match, the shapes, the word lists
 * and the words and pairs of words found in at least min_count training
 * sentences. Only the max_features strongest weights are kept, so that
 * the model file stays small and its table compact (model.c). Everything
 * a cross-validation reports is measured as extract would: on scores from
 * 0 to 100 of sentences the fitted model never saw.
 */

#define NO_GROUP	SIZE_MAX
#define LEARN_EPS	0.01		/* liblinear's stopping tolerance */

struct example {
	char		*text;
	int		 label;
	size_t		 group;
	uint32_t	*cols;		/* columns, ascending */
	size_t		 ncols;
	int		 score;		/* out of fold, 0-100 */
	int		 fold;
};

struct column {
	uint64_t	 key;
	char		*name;
	int		 named;		/* a rule, a shape or a list */
	size_t		 df;		/* training sentences with it */
	int		 index;		/* liblinear's, from 1; 0: unused */
};

struct learn_set {
	struct example		*ex;
	size_t			 n, alloc;
	char			**group;
	size_t			 ngroups, galloc, glast;
	struct column		*col;
	size_t			 ncols, calloc;
	uint32_t		*slot;		/* key to column + 1 */
	size_t			 mask;
	const struct ruleset	*rs;
	const struct cd_model	*lists;
};

/* A fitted model over the set's columns. */
struct fitted {
	double		*w;		/* per column */
	double		 bias;
	size_t		 kept;
};

struct learn_set *
learn_set_new(void)
{
	return xcalloc(1, sizeof (struct learn_set));
}

void
learn_set_free(struct learn_set *s)
{
	size_t	i;

	if (s == NULL)
		return;
	for (i = 0; i < s->n; i++) {
		free(s->ex[i].text);
		free(s->ex[i].cols);
	}
	xfree_strings(s->group, s->ngroups);
	for (i = 0; i < s->ncols; i++)
		free(s->col[i].name);
	free(s->ex);
	free(s->col);
	free(s->slot);
	free(s);
}

static size_t
group_index(struct learn_set *s, const char *name)
{
	size_t	i;

	if (name == NULL)
		return NO_GROUP;
	if (s->glast < s->ngroups && strcmp(s->group[s->glast], name) == 0)
		return s->glast;
	for (i = 0; i < s->ngroups; i++) {
		if (strcmp(s->group[i], name) == 0)
			return s->glast = i;
	}
	s->group = xgrow(s->group, &s->galloc, s->ngroups, sizeof *s->group);
	s->group[s->ngroups] = xstrdup(name);
	return s->glast = s->ngroups++;
}

void
learn_add(struct learn_set *s, const char *text, int label, const char *group)
{
	struct example	*e;

	s->ex = xgrow(s->ex, &s->alloc, s->n, sizeof *s->ex);
	e = &s->ex[s->n++];
	memset(e, 0, sizeof *e);
	e->text = xstrdup(text);
	e->label = label != 0;
	e->group = group_index(s, group);
}

size_t
learn_count(const struct learn_set *s)
{
	return s->n;
}

size_t
learn_positives(const struct learn_set *s)
{
	size_t	i, n = 0;

	for (i = 0; i < s->n; i++)
		n += s->ex[i].label;
	return n;
}

size_t
learn_groups(const struct learn_set *s)
{
	return s->ngroups;
}

/* -- reading TSV -- */

/* Splits LINE (modified) at tabs into at most MAX fields; returns their
 * number. */
static size_t
split_tabs(char *line, char **f, size_t max)
{
	size_t	n = 0;
	char	*p = line, *tab;

	while (n < max) {
		f[n++] = p;
		if ((tab = strchr(p, '\t')) == NULL)
			break;
		*tab = '\0';
		p = tab + 1;
	}
	return n;
}

#define TSV_FIELDS	64

long
learn_read_tsv(struct learn_set *s, const char *path, char **cause)
{
	FILE		*f;
	char		*line = NULL, *field[TSV_FIELDS];
	size_t		 cap = 0, nf, lineno = 0, i;
	ssize_t		 got;
	long		 added = 0;
	int		 ctext = -1, clabel = -1, cgroup = -1, label;

	*cause = NULL;
	if ((f = fopen(path, "r")) == NULL) {
		*cause = xasprintf("%s: %s", path, strerror(errno));
		return -1;
	}
	while ((got = getline(&line, &cap, f)) != -1) {
		lineno++;
		while (got > 0 && (line[got - 1] == '\n' ||
		    line[got - 1] == '\r'))
			line[--got] = '\0';
		if (memchr(line, '\0', got) != NULL) {
			*cause = xasprintf("%s:%zu: NUL byte", path, lineno);
			goto fail;
		}
		nf = split_tabs(line, field, TSV_FIELDS);
		if (lineno == 1) {
			for (i = 0; i < nf; i++) {
				if (strcmp(field[i], "text") == 0)
					ctext = (int)i;
				else if (strcmp(field[i], "label") == 0)
					clabel = (int)i;
				else if (strcmp(field[i], "group") == 0)
					cgroup = (int)i;
			}
			if (ctext < 0 || clabel < 0) {
				*cause = xasprintf("%s:1: the header must name "
				    "the columns \"text\" and \"label\"", path);
				goto fail;
			}
			continue;
		}
		if (got == 0)
			continue;
		if ((int)nf <= ctext || (int)nf <= clabel ||
		    (cgroup >= 0 && (int)nf <= cgroup)) {
			*cause = xasprintf("%s:%zu: %zu fields, fewer than the "
			    "header names", path, lineno, nf);
			goto fail;
		}
		if (strcmp(field[clabel], "1") == 0)
			label = 1;
		else if (strcmp(field[clabel], "0") == 0)
			label = 0;
		else {
			*cause = xasprintf("%s:%zu: label: \"%.20s\": expected "
			    "0 or 1", path, lineno, field[clabel]);
			goto fail;
		}
		if (field[ctext][strspn(field[ctext], " ")] == '\0')
			continue;
		learn_add(s, field[ctext], label, cgroup >= 0 ?
		    field[cgroup] : NULL);
		added++;
	}
	if (ferror(f)) {
		*cause = xasprintf("%s: %s", path, strerror(errno ? errno :
		    EIO));
		goto fail;
	}
	if (lineno == 0) {
		*cause = xasprintf("%s: empty file (a header naming \"text\" "
		    "and \"label\" is needed)", path);
		goto fail;
	}
	free(line);
	fclose(f);
	return added;

fail:
	free(line);
	fclose(f);
	return -1;
}

/* -- features -- */

void
learn_params_default(struct learn_params *p)
{
	p->cost = 5;
	p->threshold = -1;
	p->folds = 5;
	p->min_count = 2;
	p->max_features = 4000;
}

static size_t
slot_find(const struct learn_set *s, uint64_t key)
{
	size_t	i;

	for (i = (size_t)(key ^ key >> 31) & s->mask; s->slot[i] != 0;
	    i = (i + 1) & s->mask) {
		if (s->col[s->slot[i] - 1].key == key)
			break;
	}
	return i;
}

static void
slots_grow(struct learn_set *s)
{
	size_t	cap = s->mask ? (s->mask + 1) * 2 : 4096, i;

	free(s->slot);
	s->slot = xcalloc(cap, sizeof *s->slot);
	s->mask = cap - 1;
	for (i = 0; i < s->ncols; i++)
		s->slot[slot_find(s, s->col[i].key)] = (uint32_t)i + 1;
}

/* The column of feature F of example E, added if new. */
static uint32_t
column_of(struct learn_set *s, const struct feature *f, const char *text)
{
	struct column	*c;
	size_t		 i;

	if (2 * (s->ncols + 1) > s->mask)
		slots_grow(s);
	i = slot_find(s, f->key);
	if (s->slot[i] != 0)
		return s->slot[i] - 1;
	if (s->ncols == s->calloc) {
		s->calloc = s->calloc ? s->calloc * 2 : 4096;
		s->col = xreallocarray(s->col, s->calloc, sizeof *s->col);
	}
	c = &s->col[s->ncols];
	memset(c, 0, sizeof *c);
	c->key = f->key;
	c->name = feature_name(f, s->lists, s->rs, text, strlen(text));
	c->named = f->ref == FREF_RULE || f->ref == FREF_SHAPE ||
	    f->ref == FREF_LIST;
	s->slot[i] = (uint32_t)++s->ncols;
	return (uint32_t)(s->ncols - 1);
}

static int
cmp_u32(const void *a, const void *b)
{
	uint32_t	x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

/* The signals the attribution pass fires on TEXT, a sentence read alone,
 * to FS: "attributed" when it names its source with a cue of its own ("X
 * said", "according to X"); "quoted" needs the sentences around it, which
 * an example does not have, so the model never weighs it. */
static void
signals(struct feature_set *fs, const struct ruleset *rs, char *text)
{
	struct sentence		one = { .end = strlen(text), .text = text,
				    .kind = SEG_SENTENCE };
	struct attribution	a;
	enum rule_signal	sig;
	size_t			r;

	attrib_sentences(&one, 1, &a);
	for (r = 0; r < rules_count(rs); r++) {
		sig = rules_signal(rs, r);
		if (sig != RULE_PATTERN && extract_signal_fires(sig, a.cue))
			feature_rule(fs, rs, r);
	}
	attrib_clear(&a);
}

void
learn_prepare(struct learn_set *s, const struct ruleset *rs,
    const struct cd_model *lists)
{
	struct feature_set	 fs;
	struct example		*e;
	unsigned char		*may;
	size_t			 i, j, r, nr = rules_count(rs), len;
	char			*cause;

	s->rs = rs;
	s->lists = lists;
	feature_init(&fs, lists);
	may = xcalloc(nr + 1, 1);
	for (i = 0; i < s->n; i++) {
		e = &s->ex[i];
		len = strlen(e->text);
		feature_clear(&fs);
		rules_screen(rs, e->text, len, may);
		for (r = 0; r < nr; r++) {
			cause = NULL;
			if (may[r] && rules_match(rs, r, e->text, len,
			    &cause) == 1)
				feature_rule(&fs, rs, r);
			free(cause);
		}
		signals(&fs, rs, e->text);
		feature_text(&fs, e->text, len);
		free(e->cols);
		e->cols = xreallocarray(NULL, fs.n + 1, sizeof *e->cols);
		e->ncols = fs.n;
		for (j = 0; j < fs.n; j++)
			e->cols[j] = column_of(s, &fs.v[j], e->text);
		qsort(e->cols, e->ncols, sizeof *e->cols, cmp_u32);
	}
	free(may);
	feature_free(&fs);
}

/* -- fitting -- */

static void
quiet(const char *s)
{
	(void)s;
}

static int
cmp_abs_desc(const void *a, const void *b)
{
	double	x = fabs(*(const double *)a), y = fabs(*(const double *)b);

	return x > y ? -1 : x < y;
}

/* Keeps the P->max_features largest weights of FM, zeroing the others. */
static void
prune(const struct learn_set *s, const struct learn_params *p,
    struct fitted *fm)
{
	double	*a, cut;
	size_t	 i, n = 0;

	a = xreallocarray(NULL, s->ncols + 1, sizeof *a);
	for (i = 0; i < s->ncols; i++) {
		if (fm->w[i] != 0)
			a[n++] = fm->w[i];
	}
	fm->kept = n;
	if (n > p->max_features && p->max_features > 0) {
		qsort(a, n, sizeof *a, cmp_abs_desc);
		cut = fabs(a[p->max_features - 1]);
		fm->kept = 0;
		for (i = 0; i < s->ncols; i++) {
			if (fabs(fm->w[i]) < cut ||
			    (fm->w[i] != 0 && fm->kept == p->max_features))
				fm->w[i] = 0;
			else if (fm->w[i] != 0)
				fm->kept++;
		}
	}
	free(a);
}

/* Fits a model to the examples whose IN is set, on the columns in KEEP
 * (all when NULL); fills FM (w allocated). */
static int
fit_once(struct learn_set *s, const unsigned char *in,
    const struct learn_params *p, const unsigned char *keep,
    struct fitted *fm, char **cause)
{
	struct problem		 prob;
	struct parameter	 param;
	struct model		*lm;
	struct feature_node	*space, **x;
	double			*y, sign;
	const char		*err;
	size_t			 i, j, c, ntrain = 0, nodes = 0, k, row;
	int			 nsel = 0, pos = 0;

	for (c = 0; c < s->ncols; c++)
		s->col[c].df = 0;
	for (i = 0; i < s->n; i++) {
		if (!in[i])
			continue;
		ntrain++;
		pos += s->ex[i].label;
		for (j = 0; j < s->ex[i].ncols; j++)
			s->col[s->ex[i].cols[j]].df++;
	}
	if (ntrain == 0 || pos == 0 || (size_t)pos == ntrain) {
		*cause = xstrdup("the training sentences need both labels, "
		    "0 and 1");
		return -1;
	}
	for (c = 0; c < s->ncols; c++) {
		struct column	*col = &s->col[c];

		col->index = 0;
		if (keep != NULL && !keep[c])
			continue;
		if (col->df >= (col->named ? 1 : (size_t)p->min_count))
			col->index = ++nsel;
	}
	for (i = 0; i < s->n; i++) {
		if (!in[i])
			continue;
		for (j = 0; j < s->ex[i].ncols; j++)
			nodes += s->col[s->ex[i].cols[j]].index != 0;
		nodes += 2;
	}
	space = xreallocarray(NULL, nodes, sizeof *space);
	x = xreallocarray(NULL, ntrain, sizeof *x);
	y = xreallocarray(NULL, ntrain, sizeof *y);
	for (i = 0, k = 0, row = 0; i < s->n; i++) {
		if (!in[i])
			continue;
		x[row] = &space[k];
		y[row++] = s->ex[i].label ? 1 : -1;
		for (j = 0; j < s->ex[i].ncols; j++) {
			int	index = s->col[s->ex[i].cols[j]].index;

			if (index != 0) {
				space[k].index = index;
				space[k++].value = model_scale(s->ex[i].ncols);
			}
		}
		space[k].index = nsel + 1;	/* the bias */
		space[k++].value = 1;
		space[k].index = -1;
		space[k++].value = 0;
	}
	memset(&prob, 0, sizeof prob);
	prob.l = (int)ntrain;
	prob.n = nsel + 1;
	prob.x = x;
	prob.y = y;
	prob.bias = 1;
	memset(&param, 0, sizeof param);
	param.solver_type = L2R_LR;
	param.eps = LEARN_EPS;
	param.C = p->cost;
	set_print_string_function(quiet);
	if ((err = check_parameter(&prob, &param)) != NULL) {
		*cause = xasprintf("liblinear: %s", err);
		free(space);
		free(x);
		free(y);
		return -1;
	}
	lm = train(&prob, &param);
	/* liblinear's weights are for its first label, the first seen. */
	sign = lm->label[0] == 1 ? 1 : -1;
	fm->w = xcalloc(s->ncols + 1, sizeof *fm->w);
	for (c = 0; c < s->ncols; c++) {
		if (s->col[c].index != 0)
			fm->w[c] = sign * lm->w[s->col[c].index - 1];
	}
	fm->bias = sign * lm->w[nsel];
	free_and_destroy_model(&lm);
	free(space);
	free(x);
	free(y);
	fm->kept = 0;
	for (c = 0; c < s->ncols; c++)
		fm->kept += fm->w[c] != 0;
	return 0;
}

/*
 * Fits a model to the examples whose IN is set. When it has more than
 * P->max_features weights, the strongest of them are fitted again alone,
 * so that the model keeps what the others carried. Fills FM (w
 * allocated).
 */
static int
fit(struct learn_set *s, const unsigned char *in,
    const struct learn_params *p, struct fitted *fm, char **cause)
{
	unsigned char	*keep;
	size_t		 c;
	int		 rc;

	if (fit_once(s, in, p, NULL, fm, cause) != 0)
		return -1;
	if (p->max_features == 0 || fm->kept <= p->max_features)
		return 0;
	prune(s, p, fm);
	keep = xcalloc(s->ncols + 1, 1);
	for (c = 0; c < s->ncols; c++)
		keep[c] = fm->w[c] != 0;
	free(fm->w);
	rc = fit_once(s, in, p, keep, fm, cause);
	free(keep);
	return rc;
}

/* The score of example E under FM, as extract gives it. */
static int
score_of(const struct learn_set *s, const struct fitted *fm,
    const struct example *e)
{
	double	logit = fm->bias, sum = 0;
	size_t	j;

	for (j = 0; j < e->ncols; j++)
		sum += (float)fm->w[e->cols[j]];
	logit += sum * model_scale(e->ncols);
	(void)s;
	return model_score(logit);
}

/* -- measuring -- */

struct counts {
	size_t	tp, fp, fn, n, pos;
};

static double
f1_of(const struct counts *c, double *pr, double *re)
{
	double	p = c->tp + c->fp ? (double)c->tp / (c->tp + c->fp) : 0;
	double	r = c->tp + c->fn ? (double)c->tp / (c->tp + c->fn) : 0;

	if (pr != NULL)
		*pr = p;
	if (re != NULL)
		*re = r;
	return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

static void
count_at(struct counts *c, const struct example *e, int threshold)
{
	int	got = e->score >= threshold;

	if (e->score < 0)
		return;		/* not scored */
	c->n++;
	c->pos += e->label;
	if (got && e->label)
		c->tp++;
	else if (got)
		c->fp++;
	else if (e->label)
		c->fn++;
}

/* Sorting indices by score, highest first, ties in reading order (as the
 * CLEF scorer ranks). */
static const struct example	*sort_ex;

static int
cmp_rank(const void *a, const void *b)
{
	size_t	i = *(const size_t *)a, j = *(const size_t *)b;
	int	si = sort_ex[i].score, sj = sort_ex[j].score;

	if (si != sj)
		return si > sj ? -1 : 1;
	return i < j ? -1 : i > j;
}

/* The average precision of the N examples IDX (sorted here). */
static double
average_precision(const struct learn_set *s, size_t *idx, size_t n)
{
	size_t	i, hits = 0, pos = 0;
	double	total = 0;

	sort_ex = s->ex;
	qsort(idx, n, sizeof *idx, cmp_rank);
	for (i = 0; i < n; i++) {
		if (s->ex[idx[i]].label) {
			hits++;
			total += (double)hits / (i + 1);
		}
	}
	for (i = 0; i < n; i++)
		pos += s->ex[idx[i]].label;
	return total / (pos ? pos : 1);
}

/* The area under the ROC curve of all examples, ties counted half; -1
 * when the examples scored are all of one label (it is undefined). */
static double
auc_of(const struct learn_set *s)
{
	double	 neg[101] = { 0 }, below = 0, wins = 0, npos = 0, nneg = 0;
	size_t	 i;
	int	 v;

	for (i = 0; i < s->n; i++) {
		if (!s->ex[i].label && s->ex[i].score >= 0) {
			neg[s->ex[i].score]++;
			nneg++;
		}
	}
	for (v = 0; v <= 100; v++) {
		for (i = 0; i < s->n; i++) {
			if (s->ex[i].label && s->ex[i].score == v) {
				wins += below + neg[v] / 2;
				npos++;
			}
		}
		below += neg[v];
	}
	return npos && nneg ? wins / (npos * nneg) : -1;
}

/* The AP of the examples of fold K (by fold) or group K (by group). */
static double
ap_of(const struct learn_set *s, size_t k, int by_group, size_t *idx,
    struct counts *c, int threshold)
{
	size_t	i, n = 0;

	memset(c, 0, sizeof *c);
	for (i = 0; i < s->n; i++) {
		if (s->ex[i].score < 0)
			continue;
		if (by_group ? s->ex[i].group == k : (size_t)s->ex[i].fold == k) {
			idx[n++] = i;
			count_at(c, &s->ex[i], threshold);
		}
	}
	return average_precision(s, idx, n);
}

/* Deals the examples into FOLDS folds, whole groups in each when BY_GROUP
 * and there are two groups or more; returns the number of folds. */
static int
deal(struct learn_set *s, int folds, int by_group)
{
	size_t		 i, j, *perm, ng = s->ngroups;
	uint64_t	 x = 0x9e3779b97f4a7c15ULL;

	for (i = 0; i < s->n && s->ex[i].group != NO_GROUP; i++)
		;
	if (i < s->n)
		ng++;		/* the sentences without a group are one more */
	if (ng >= 2 && by_group) {
		if (folds <= 0 || (size_t)folds >= ng)
			folds = (int)ng;
		for (i = 0; i < s->n; i++) {
			j = s->ex[i].group == NO_GROUP ? s->ngroups :
			    s->ex[i].group;
			s->ex[i].fold = (int)(j % (size_t)folds);
		}
		return folds;
	}
	if (folds < 2)
		folds = 2;
	perm = xreallocarray(NULL, s->n + 1, sizeof *perm);
	for (i = 0; i < s->n; i++)
		perm[i] = i;
	for (i = s->n; i > 1; i--) {	/* Fisher-Yates, fixed seed */
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		j = (size_t)(x % i);
		size_t	t = perm[i - 1];
		perm[i - 1] = perm[j];
		perm[j] = t;
	}
	for (i = 0; i < s->n; i++)
		s->ex[perm[i]].fold = (int)(i % (size_t)folds);
	free(perm);
	return folds;
}

/* The threshold with the best F1 over all examples (the lowest of
 * equals). */
static int
best_threshold(const struct learn_set *s, double *best_f1)
{
	struct counts	c;
	size_t		i;
	int		t, best = 50;
	double		f, bf = -1;

	for (t = 1; t <= 100; t++) {
		memset(&c, 0, sizeof c);
		for (i = 0; i < s->n; i++)
			count_at(&c, &s->ex[i], t);
		f = f1_of(&c, NULL, NULL);
		if (f > bf) {
			bf = f;
			best = t;
		}
	}
	*best_f1 = bf;
	return best;
}

int
learn_cross_validate(struct learn_set *s, const struct learn_params *p,
    int folds, int by_group, FILE *out, int *best, char **cause)
{
	struct fitted	 fm;
	struct counts	 c, all;
	unsigned char	*in;
	size_t		*idx, i, g, k;
	double		 f, pr, re, ap, sum_ap = 0, bf, auc;
	char		 aucs[64];
	int		 nf, t, fitted = 0, nap = 0;

	nf = deal(s, folds, by_group);
	in = xcalloc(s->n + 1, 1);
	for (i = 0; i < s->n; i++)
		s->ex[i].score = -1;
	for (k = 0; k < (size_t)nf; k++) {
		size_t	held = 0;

		for (i = 0; i < s->n; i++) {
			in[i] = (size_t)s->ex[i].fold != k;
			held += !in[i];
		}
		if (held == 0)
			continue;
		memset(&fm, 0, sizeof fm);
		if (fit(s, in, p, &fm, cause) != 0) {
			/* Small sets: a fold may leave one label only. Its
			 * sentences are left out of the figures. */
			if (out != NULL)
				fprintf(out, "fold %zu not fitted: %s\n", k + 1,
				    *cause);
			free(*cause);
			*cause = NULL;
			continue;
		}
		fitted++;
		for (i = 0; i < s->n; i++) {
			if (!in[i])
				s->ex[i].score = score_of(s, &fm, &s->ex[i]);
		}
		free(fm.w);
	}
	free(in);
	if (fitted == 0) {
		*cause = xstrdup("no fold could be fitted: too few sentences "
		    "of one label");
		return -1;
	}
	*best = best_threshold(s, &bf);
	t = p->threshold >= 0 ? p->threshold : *best;
	if (out == NULL)
		return fitted;

	idx = xreallocarray(NULL, s->n + 1, sizeof *idx);
	fprintf(out, "%-6s %9s %6s %6s %6s %6s %6s\n", "fold", "sentences",
	    "claims", "F1", "P", "R", "AP");
	for (k = 0; k < (size_t)nf; k++) {
		ap = ap_of(s, k, 0, idx, &c, t);
		if (c.n == 0)
			continue;
		f = f1_of(&c, &pr, &re);
		sum_ap += ap;
		nap++;
		fprintf(out, "%-6zu %9zu %6zu %6.3f %6.3f %6.3f %6.3f\n", k + 1,
		    c.n, c.pos, f, pr, re, ap);
	}
	if (s->ngroups > 0) {
		double	map = 0;
		size_t	ng = 0;
		char	*name;

		fprintf(out, "\n%9s %6s %6s %6s  %s\n", "sentences", "claims",
		    "F1", "AP", "group");
		for (g = 0; g < s->ngroups; g++) {
			ap = ap_of(s, g, 1, idx, &c, t);
			if (c.n == 0)
				continue;
			map += ap;
			ng++;
			name = utf8_sanitize(s->group[g], strlen(s->group[g]));
			fprintf(out, "%9zu %6zu %6.3f %6.3f  %s\n", c.n, c.pos,
			    f1_of(&c, NULL, NULL), ap, name);
			free(name);
		}
		fprintf(out, "MAP over %zu groups: %.4f\n", ng,
		    ng ? map / (double)ng : 0);
	}
	memset(&all, 0, sizeof all);
	for (i = 0; i < s->n; i++)
		count_at(&all, &s->ex[i], t);
	f = f1_of(&all, &pr, &re);
	if ((auc = auc_of(s)) >= 0)
		snprintf(aucs, sizeof aucs, "AUC %.3f", auc);
	else
		snprintf(aucs, sizeof aucs, "no AUC (the sentences scored "
		    "are of one label)");
	fprintf(out, "\nall %zu sentences, %zu claims, %d folds: F1 %.3f "
	    "(P %.3f, R %.3f) at threshold %d; best F1 %.3f at %d; %s; "
	    "mean AP of the folds %.4f\n", all.n, all.pos, nf, f, pr, re, t,
	    bf, *best, aucs, nap ? sum_ap / nap : 0);
	free(idx);
	return fitted;
}

/* Sorting the kept features, strongest first, by name when equal. */
static const struct learn_set	*sort_set;
static const double		*sort_w;

static int
cmp_kept(const void *a, const void *b)
{
	size_t	i = *(const size_t *)a, j = *(const size_t *)b;
	double	x = fabs(sort_w[i]), y = fabs(sort_w[j]);

	if (x != y)
		return x > y ? -1 : 1;
	return strcmp(sort_set->col[i].name, sort_set->col[j].name);
}

int
learn_fit_write(struct learn_set *s, const struct learn_params *p,
    const char *header, FILE *f, char **cause)
{
	struct fitted	  fm;
	unsigned char	 *in;
	size_t		 *order, i, n = 0;
	const char	**names;
	double		 *w;
	char		 *head;
	int		  rc;

	in = xreallocarray(NULL, s->n + 1, 1);
	memset(in, 1, s->n + 1);
	memset(&fm, 0, sizeof fm);
	rc = fit(s, in, p, &fm, cause);
	free(in);
	if (rc != 0)
		return -1;
	order = xreallocarray(NULL, fm.kept + 1, sizeof *order);
	for (i = 0; i < s->ncols; i++) {
		if (fm.w[i] != 0)
			order[n++] = i;
	}
	sort_set = s;
	sort_w = fm.w;
	qsort(order, n, sizeof *order, cmp_kept);
	names = xreallocarray(NULL, n + 1, sizeof *names);
	w = xreallocarray(NULL, n + 1, sizeof *w);
	for (i = 0; i < n; i++) {
		names[i] = s->col[order[i]].name;
		w[i] = fm.w[order[i]];
	}
	head = xasprintf("%s%s"
	    "Fitted by claimdesk learn: L2-regularised logistic regression "
	    "(liblinear),\ncost %g, words and pairs in %d sentences at least, "
	    "the %zu strongest of\n%zu features kept; %zu sentences, %zu "
	    "claims.", header != NULL ? header : "",
	    header != NULL && *header != '\0' ? "\n\n" : "", p->cost,
	    p->min_count, n, s->ncols, s->n, learn_positives(s));
	rc = model_write(f, head, fm.bias, p->threshold, s->lists, names, w,
	    n);
	if (rc != 0)
		*cause = xstrdup(strerror(errno ? errno : EIO));
	free(head);
	free(names);
	free(w);
	free(order);
	free(fm.w);
	return rc;
}
