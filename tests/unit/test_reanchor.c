/* test_reanchor.c: verdicts following realistic edits of the sample article:
 * each lands on its own sentence (exact when the text is unchanged, stale
 * when it was edited) or is an orphan; never on another sentence. Prints the
 * table of outcomes per edit. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "abbrevs.h"
#include "article.h"
#include "doc.h"
#include "rules.h"
#include "segment.h"
#include "store.h"
#include "t.h"
#include "xmalloc.h"

#define MAXS	128		/* sentences in a model */

/* An article as paragraphs of sentences. */
struct model {
	char	*s[MAXS];	/* owned */
	int	 para[MAXS];
	int	 n;
};

/* An edit: the new model, and for each old sentence its new place (-1:
 * gone) and whether its text changed. */
struct edit {
	const char	*name;
	struct model	 m;
	int		 to[MAXS];
	int		 changed[MAXS];
	int		 crlf;		/* rendered with CR LF */
	int		 wrap;		/* rendered hard-wrapped */
};

static const char	*top_dir;
static struct abbrevs	*abbrevs;
static struct ruleset	*rules;
static char		 tmpdir[256];
static int		 ndb;

static void
model_add(struct model *m, const char *s, int para)
{
	m->s[m->n] = xstrdup(s);
	m->para[m->n++] = para;
}

static void
model_free(struct model *m)
{
	int	i;

	for (i = 0; i < m->n; i++)
		free(m->s[i]);
	m->n = 0;
}

/* The sample article as a model: its lines are its paragraphs. */
static int
model_sample(struct model *m)
{
	struct article	*a;
	struct sentence	*v;
	char		*path, *cause = NULL;
	size_t		 n, i;

	memset(m, 0, sizeof *m);
	path = xasprintf("%s/data/samples/nk-russia-pact.txt", top_dir);
	a = article_load(path, ARTICLE_MAX_SIZE, &cause);
	free(path);
	if (a == NULL) {
		T_FAIL("sample: %s", cause);
		free(cause);
		return -1;
	}
	v = segment_article(a, abbrevs, &n);
	for (i = 0; i < n && m->n < MAXS; i++)
		model_add(m, v[i].text, (int)v[i].para);
	sentences_free(v, n);
	article_free(a);
	return 0;
}

/* Writes M: paragraphs apart by a blank line, sentences by a space; with
 * WRAP, lines broken before 60 columns. Each sentence's span in SPAN. */
static char *
model_render(const struct model *m, int crlf, int wrap, size_t span[][2])
{
	const char	*nl = crlf ? "\r\n" : "\n";
	char		*out = xcalloc(1, 1), *t;
	size_t		 len = 0, col = 0, k, w;
	int		 i;

	for (i = 0; i < m->n; i++) {
		if (i > 0 && m->para[i] != m->para[i - 1]) {
			t = xasprintf("%s%s%s", out, nl, nl);
			col = 0;
		} else if (i > 0) {
			t = xasprintf("%s ", out);
			col++;
		} else
			t = xstrdup(out);
		free(out);
		out = t;
		len = strlen(out);
		span[i][0] = len;
		for (k = 0; m->s[i][k] != '\0'; k += w) {
			w = strcspn(m->s[i] + k, " ");
			if (wrap && col + w > 60 && col > 0) {
				/* the space before the word becomes a break */
				if (len > 0 && out[len - 1] == ' ')
					out[--len] = '\0';
				t = xasprintf("%s%s", out, nl);
				free(out);
				out = t;
				col = 0;
			}
			t = xasprintf("%s%.*s", out, (int)w, m->s[i] + k);
			free(out);
			out = t;
			col += w;
			if (m->s[i][k + w] == ' ') {
				t = xasprintf("%s ", out);
				free(out);
				out = t;
				col++;
				w++;
			}
			len = strlen(out);
		}
		span[i][1] = strlen(out);
	}
	t = xasprintf("%s%s", out, nl);
	free(out);
	return t;
}

/* Imports TEXT as the one article of S. 0, or -1. */
static int
import_text(struct store *s, const char *text, struct import_result *res)
{
	struct article	*a;
	struct doc	*doc;
	char		*cause = NULL;
	int		 rc;

	a = article_from_bytes("a.txt", text, strlen(text), ARTICLE_MAX_SIZE,
	    &cause);
	if (a == NULL) {
		T_FAIL("article: %s", cause);
		free(cause);
		return -1;
	}
	doc = doc_build(a, abbrevs, rules, 0);
	rc = store_import(s, "/sample.txt", doc, "importer", 0, res, &cause);
	if (rc != 0)
		T_FAIL("import: %s", cause);
	free(cause);
	doc_free(doc);
	return rc;
}

/* The model sentence whose span holds most of [START, END), or -1. */
static int
sentence_at(size_t span[][2], int n, size_t start, size_t end)
{
	size_t	best = 0, lo, hi;
	int	i, at = -1;

	for (i = 0; i < n; i++) {
		lo = span[i][0] > start ? span[i][0] : start;
		hi = span[i][1] < end ? span[i][1] : end;
		if (hi > lo && hi - lo > best) {
			best = hi - lo;
			at = i;
		}
	}
	return at;
}

struct tally {
	int	right, stale, orphan, wrong, missed;
};

/* Runs edit E on the sample: every sentence a claim with a verdict whose
 * note names its sentence; then the edited text; then where each verdict
 * went. */
static void
run_edit(const struct model *m, struct edit *e, struct tally *t)
{
	struct import_result	 res;
	struct st_article	*a = NULL;
	struct st_change	 ch = { .reviewer = "tester", .version = -1,
				    .expect = -1 };
	struct store		*s;
	size_t			 span1[MAXS][2], span2[MAXS][2];
	char			*text, *path, *cause = NULL, note[16];
	int			 i, j, got[MAXS], stale[MAXS];
	size_t			 k;

	memset(t, 0, sizeof *t);
	path = xasprintf("%s/db%d.db", tmpdir, ndb++);
	if ((s = store_open(path, 0, &cause)) == NULL) {
		T_FAIL("open: %s", cause);
		goto out;
	}
	text = model_render(m, 0, 0, span1);
	if (import_text(s, text, &res) != 0) {
		free(text);
		goto out;
	}
	free(text);
	if ((a = store_article_load(s, res.article, NULL, &cause)) == NULL)
		goto out;
	for (k = 0; k < a->nclaims; k++) {
		i = sentence_at(span1, m->n, a->claims[k].start,
		    a->claims[k].end);
		snprintf(note, sizeof note, "s%d", i);
		if (store_set_verdict(s, a->claims[k].id, VERDICT_VERIFIED,
		    note, &ch, NULL, &cause) != 0)
			T_FAIL("mark: %s", cause);
	}
	st_article_free(a);

	text = model_render(&e->m, e->crlf, e->wrap, span2);
	if (import_text(s, text, &res) != 0) {
		free(text);
		goto out;
	}
	free(text);
	if ((a = store_article_load(s, res.article, NULL, &cause)) == NULL)
		goto out;
	for (i = 0; i < m->n; i++)
		got[i] = -2;	/* nowhere: an orphan */
	for (k = 0; k < a->nclaims; k++) {
		if (a->claims[k].note[0] != 's')
			continue;
		i = atoi(a->claims[k].note + 1);
		if (i < 0 || i >= m->n)
			continue;
		got[i] = sentence_at(span2, e->m.n, a->claims[k].start,
		    a->claims[k].end);
		stale[i] = a->claims[k].stale_text != NULL;
	}
	for (i = 0; i < m->n; i++) {
		j = e->to[i];
		if (got[i] == -2 && j == -1)
			t->orphan++;
		else if (got[i] == -2)
			t->missed++;
		else if (got[i] != j || stale[i] != e->changed[i])
			t->wrong++;
		else if (stale[i])
			t->stale++;
		else
			t->right++;
		if (got[i] != -2 && (got[i] != j || stale[i] != e->changed[i]))
			fprintf(stderr, "  %s: sentence %d went to %d%s, "
			    "expected %d%s\n", e->name, i, got[i],
			    stale[i] ? " (stale)" : "", j,
			    e->changed[i] ? " (stale)" : "");
		if (got[i] == -2 && j != -1)
			fprintf(stderr, "  %s: sentence %d orphaned, expected "
			    "%d\n", e->name, i, j);
	}
out:
	free(cause);
	st_article_free(a);
	store_close(s);
	free(path);
}

/* E starts as a copy of M with every sentence in its place. */
static void
edit_begin(struct edit *e, const char *name, const struct model *m)
{
	int	i;

	memset(e, 0, sizeof *e);
	e->name = name;
	for (i = 0; i < m->n; i++) {
		model_add(&e->m, m->s[i], m->para[i]);
		e->to[i] = i;
	}
}

/* The first sentence of M holding NEEDLE. */
static int
find(const struct model *m, const char *needle)
{
	int	i;

	for (i = 0; i < m->n; i++) {
		if (strstr(m->s[i], needle) != NULL)
			return i;
	}
	T_FAIL("no sentence has \"%s\"", needle);
	return 0;
}

/* Sentence I of E's model with OLD replaced by NEW, changed. */
static void
edit_words(struct edit *e, int i, const char *old, const char *new)
{
	char	*p = strstr(e->m.s[i], old), *t;

	if (p == NULL) {
		T_FAIL("no \"%s\" in sentence %d", old, i);
		return;
	}
	t = xasprintf("%.*s%s%s", (int)(p - e->m.s[i]), e->m.s[i], new,
	    p + strlen(old));
	free(e->m.s[i]);
	e->m.s[i] = t;
	e->changed[i] = 1;
}

/* Moves sentences [A, B) of E's model to before sentence TO. */
static void
edit_move(struct edit *e, int a, int b, int to)
{
	struct model	 n;
	int		 i, k = 0, map[MAXS];

	memset(&n, 0, sizeof n);
	for (i = 0; i <= e->m.n; i++) {
		if (i == to) {
			for (k = a; k < b; k++) {
				map[k] = n.n;
				model_add(&n, e->m.s[k], e->m.para[k]);
			}
		}
		if (i == e->m.n)
			break;
		if (i >= a && i < b)
			continue;
		map[i] = n.n;
		model_add(&n, e->m.s[i], e->m.para[i]);
	}
	for (i = 0; i < MAXS; i++) {
		if (e->to[i] >= 0 && e->to[i] < e->m.n)
			e->to[i] = map[e->to[i]];
	}
	model_free(&e->m);
	e->m = n;
}

/* Inserts sentence S in paragraph PARA before sentence AT. */
static void
edit_insert(struct edit *e, int at, const char *s, int para)
{
	int	i;

	for (i = e->m.n; i > at; i--) {
		e->m.s[i] = e->m.s[i - 1];
		e->m.para[i] = e->m.para[i - 1];
	}
	e->m.s[at] = xstrdup(s);
	e->m.para[at] = para;
	e->m.n++;
	for (i = 0; i < MAXS; i++) {
		if (e->to[i] >= at)
			e->to[i]++;
	}
}

static void
print_row(const char *name, const struct tally *t)
{
	printf("# %-38s %5d %5d %6d %5d %6d\n", name, t->right, t->stale,
	    t->orphan, t->wrong, t->missed);
}

static void
test_edits(void)
{
	struct model	m, m2;
	struct edit	e;
	struct tally	t, all;
	int		i, k, p2, p5, last;

	if (model_sample(&m) != 0)
		return;
	memset(&all, 0, sizeof all);
	printf("# %-38s %5s %5s %6s %5s %6s\n", "edit", "right", "stale",
	    "orphan", "WRONG", "missed");
#define RUN() do {							\
	run_edit(&m, &e, &t);						\
	print_row(e.name, &t);						\
	T_INT(t.wrong, 0);						\
	T_INT(t.missed, 0);						\
	all.right += t.right; all.stale += t.stale;			\
	all.orphan += t.orphan; all.wrong += t.wrong;			\
	all.missed += t.missed;						\
	model_free(&e.m);						\
} while (0)

	edit_begin(&e, "unchanged", &m);
	RUN();

	edit_begin(&e, "typo fixed in a claim", &m);
	edit_words(&e, find(&m, "Zelenskijin"), "Zelenskijin", "Zelensky");
	RUN();

	/* Typography is no change: the verdicts stay as they were. */
	edit_begin(&e, "quotes and apostrophe straightened", &m);
	i = find(&m, "The brutality");
	edit_words(&e, i, "\xe2\x80\x9cThe brutality", "\"The brutality");
	edit_words(&e, i, "regimes\xe2\x80\x9d", "regimes\"");
	e.changed[i] = 0;
	i = find(&m, "Tuva People");
	edit_words(&e, i, "People\xe2\x80\x99s", "People's");
	e.changed[i] = 0;
	RUN();

	edit_begin(&e, "figure changed (3,000 -> 4,000)", &m);
	edit_words(&e, find(&m, "3,000"), "3,000", "4,000");
	RUN();

	edit_begin(&e, "negation (some -> none)", &m);
	edit_words(&e, find(&m, "some of these"), "some of these",
	    "none of these");
	RUN();

	edit_begin(&e, "date changed (May 9th -> May 10th)", &m);
	edit_words(&e, find(&m, "May 9th"), "May 9th", "May 10th");
	RUN();

	edit_begin(&e, "paragraph moved", &m);
	k = find(&m, "The documents, seized");
	for (i = k; i < m.n && m.para[i] == m.para[k]; i++)
		;
	edit_move(&e, k, i, find(&m, "In the medium term"));
	RUN();

	edit_begin(&e, "paragraph split in two", &m);
	k = find(&m, "More than 3,000");
	for (i = k; i < m.n && m.para[i] == m.para[k]; i++)
		e.m.para[i] += 1000;
	RUN();

	edit_begin(&e, "two paragraphs merged", &m);
	k = find(&m, "A video analyzed");
	for (i = k; i < m.n && m.para[i] == m.para[k]; i++)
		e.m.para[i] = m.para[k - 1];
	RUN();

	edit_begin(&e, "sentence inserted before a claim", &m);
	k = find(&m, "More than 3,000");
	edit_insert(&e, k, "Officials gave no breakdown by unit.",
	    m.para[k]);
	RUN();

	edit_begin(&e, "two claims swap places", &m);
	k = find(&m, "Pyongyang provides men");
	edit_move(&e, k + 1, k + 2, k);
	RUN();

	edit_begin(&e, "claim deleted", &m);
	k = find(&m, "According to the Times");
	edit_move(&e, k, k + 1, m.n);
	free(e.m.s[e.m.n - 1]);
	e.m.n--;
	e.to[k] = -1;
	RUN();

	edit_begin(&e, "claim replaced by a look-alike", &m);
	k = find(&m, "According to the Times");
	free(e.m.s[k]);
	e.m.s[k] = xstrdup("According to the Guardian, the talks have "
	    "already been postponed in Moscow.");
	e.to[k] = -1;
	RUN();

	edit_begin(&e, "claim now inside a longer sentence", &m);
	k = find(&m, "Losses among North Korean");
	edit_words(&e, k, "dramatically.", "dramatically, as the "
	    "fighting in the region intensifies.");
	RUN();

	edit_begin(&e, "line ends CR LF", &m);
	e.crlf = 1;
	RUN();

	edit_begin(&e, "re-wrapped at 60 columns", &m);
	e.wrap = 1;
	RUN();

	/* Two identical claims in two paragraphs that swap places: each
	 * verdict follows its own paragraph. */
	memset(&m2, 0, sizeof m2);
	p2 = m.para[find(&m, "The documents, seized")];
	p5 = m.para[find(&m, "KCNA, North Korea")];
	for (i = 0; i < m.n; i++) {
		model_add(&m2, m.s[i], m.para[i]);
		last = i + 1 < m.n ? m.para[i + 1] != m.para[i] : 1;
		if ((m.para[i] == p2 || m.para[i] == p5) && !last &&
		    (i == 0 || m.para[i - 1] != m.para[i]))
			model_add(&m2, "More than 500 drones were delivered in "
			    "May, officials said.", m.para[i]);
	}
	model_free(&m);
	m = m2;
	edit_begin(&e, "identical claims, paragraphs swapped", &m);
	k = find(&m, "The documents, seized");
	for (i = k; i < m.n && m.para[i] == m.para[k]; i++)
		;
	edit_move(&e, k, i, find(&m, "KCNA, North Korea"));
	k = find(&e.m, "KCNA, North Korea");
	for (i = k; i < e.m.n && e.m.para[i] == e.m.para[k]; i++)
		;
	edit_move(&e, k, i, find(&e.m, "The documents, seized"));
	RUN();

	print_row("all", &all);
	model_free(&m);
#undef RUN
}

int
main(void)
{
	const char	*t = getenv("TMPDIR");
	const char	*any_rule = "threshold 1\nrule any quantity 100 \\S\n";
	char		*path, *cause = NULL;

	top_dir = getenv("top_srcdir");
	if (top_dir == NULL)
		top_dir = ".";
	snprintf(tmpdir, sizeof tmpdir, "%s/test_reanchor.XXXXXX",
	    t != NULL && *t != '\0' ? t : "/tmp");
	if (mkdtemp(tmpdir) == NULL) {
		perror("mkdtemp");
		return 1;
	}
	path = xasprintf("%s/data/abbreviations", top_dir);
	abbrevs = abbrevs_load(path, &cause);
	free(path);
	/* Every sentence a claim, whatever the default rules say. */
	rules = rules_parse("rules", any_rule, strlen(any_rule), &cause);
	if (abbrevs == NULL || rules == NULL) {
		fprintf(stderr, "setup: %s\n", cause);
		return 1;
	}
	T_RUN(test_edits);
	rules_free(rules);
	abbrevs_free(abbrevs);
	path = xasprintf("rm -rf '%s'", tmpdir);
	if (system(path) != 0)
		T_FAIL("could not remove %s", tmpdir);
	free(path);
	return T_DONE();
}
