/* extract.c: scores sentences with the rules, and names kinds and sources. */
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract.h"
#include "feature.h"
#include "model.h"
#include "rules.h"
#include "segment.h"
#include "utf8.h"
#include "xmalloc.h"

/*
 * How a sentence is scored (claimdesk-rules(5) says the same to users):
 *
 * - Every rule that matches the sentence counts once, however often its
 *   pattern would match; the score is the sum of the weights of those rules,
 *   clamped to 0..100. The sentence is a claim when the score reaches the
 *   threshold.
 * - kinds: the kinds of the rules with a positive weight that matched, each
 *   once, in the order the kinds first appear in the rule file.
 * - source: the attribution pass's (attrib.c), with its role and kind;
 *   where it found none, the (?<source>...) group of the first rule, in
 *   file order, that matched with one, trimmed: white space collapsed,
 *   quotes, brackets and punctuation around it dropped, and a leading
 *   "the", "a" or "an"; never only a time or small words
 *   (attrib_may_name()). A pronoun source ("he", "she", "him", "her";
 *   "they", "them", "it") stands for the nearest antecedent in the
 *   EXTRACT_LOOKBACK sentences before: that sentence's source, else (for
 *   the first four) the first person a (?<person>...) group named in it.
 *   Without one the next rule's source is tried, then there is none
 *   (NULL).
 * - A signal (a rule without a pattern) fires from the attribution pass:
 *   "attributed" when the sentence names its source with a cue of its
 *   own, "quoted" when it lies in a quotation whose speaker is named
 *   elsewhere; with a model, a signal that fires is a feature as a rule
 *   that matches is.
 * - With a model (rules_model()), the rules that match are features of
 *   the sentence beside its shape and words (feature.c); the score is
 *   100 / (1 + e^-(bias + the sum of their weights / sqrt(n))), n the
 *   number of features the sentence has (model_scale()), and the
 *   threshold is the model's. The rules' own weights then only decide the
 *   kinds.
 * - Titles, headings, bylines and datelines are not matched: score 0, no
 *   kinds, no source, never a claim; nor is a credit line ("Jane Roe
 *   reports from Geneva."), a sentence a rule of kind "byline" matches,
 *   nor a note to readers (kind "note") with the rest of its paragraph.
 * - A sentence a rule of kind "noclaim" matches keeps its score but is
 *   not a claim ('"We are thrilled," she said.'); that rule is its first
 *   reason, with weight 0.
 * - why: the EXTRACT_WHY features that moved the score most, largest
 *   first (with fixed weights, the rules that matched).
 *
 * The work is done in two passes. The first runs the rules and the model
 * over every sentence: all they need is its text. The attribution pass
 * needs the whole article (a quotation's speaker may be named after it),
 * and runs beside the first pass, on a thread of its own. The second pass
 * then puts the two together, sentence by sentence: the source, the
 * signals, which add their weight last, and the score.
 *
 * A rule that PCRE2 stops (match or depth limit) counts as not matching
 * and is switched off for the rest of the article (it would cost as much on
 * every sentence); the others still run and one warning per call names
 * each stopped rule.
 * Only the rules that rules_screen() finds the words for in a sentence
 * run on it: the others cannot match, and are not stopped either.
 */

#define EXTRACT_LOOKBACK	3
/* Sentences from which a second thread pays for itself: starting one
 * costs as much as the rules on some thirty sentences, and a desk imports
 * thousands of articles of forty. */
#define EXTRACT_THREAD_MIN	256

enum pronoun {
	PRONOUN_NONE,
	PRONOUN_PERSON,		/* he, she, him, her: a source or a person */
	PRONOUN_OTHER		/* they, them, it: a source only */
};

/* What the first pass makes of a sentence, for the second. */
struct pend {
	double		 sum;		/* model: its features' weights, summed
					   in their order */
	size_t		 nfeat;		/* model: its features */
	int		 wsum;		/* the fixed weights of its rules */
	size_t		 credit;	/* the first credit line rule that
					   matched; the rule count: none */
	size_t		 veto;		/* the first "noclaim" rule, likewise */
};

/* A (?<source>...) group's text, for the second pass to weigh. */
struct rule_source {
	size_t		 i;		/* sentence */
	char		*text;		/* owned */
};

/* The state of one extract_sentences() call. */
struct extract {
	const struct ruleset	*rs;
	const struct sentence	*sent;
	size_t			 n;
	struct claim_info	*info;
	struct attribution	*attr;		/* per sentence */
	char			**person;	/* per sentence, or NULL */
	struct pend		*pend;		/* per sentence */
	unsigned char		*fired;		/* per sentence, per kind */
	size_t			 nkinds;
	struct rule_source	*src;		/* in sentence and rule order */
	size_t			 nsrc, srccap;
	size_t			*stopped;	/* per rule: sentences */
	char			**why;		/* per rule: first message */
	unsigned char		*may;		/* per rule: not screened out */
	const struct cd_model	*model;		/* NULL: fixed weights */
	struct feature_set	 fs;		/* the sentence's features */
	uint64_t		*rule_key;	/* per rule: "rule:NAME" */
	unsigned char		*credit;	/* per rule: kind "byline" or
						   "note" */
	unsigned char		*note;		/* per rule: kind "note" */
	unsigned char		*noclaim;	/* per rule: kind "noclaim" */
	unsigned char		*signal;	/* per rule: enum rule_signal */
};

/* The length of the quote, bracket, dash or punctuation character starting
 * at S (S..E), or 0 when it is none of those. */
static size_t
punct_len(const char *s, const char *e)
{
	static const char *const multi[] = {
		"\xe2\x80\x9c", "\xe2\x80\x9d",	/* “ ” */
		"\xe2\x80\x98", "\xe2\x80\x99",	/* ‘ ’ */
		"\xe2\x80\x9e", "\xe2\x80\x93",	/* „ – */
		"\xe2\x80\x94", "\xe2\x80\xa6",	/* — … */
		"\xc2\xab", "\xc2\xbb"		/* « » */
	};
	size_t	i, len;

	if (*s != '\0' && strchr(".,;:!?\"'()[]{}-*_", *s) != NULL)
		return 1;
	for (i = 0; i < sizeof multi / sizeof multi[0]; i++) {
		len = strlen(multi[i]);
		if ((size_t)(e - s) >= len && memcmp(s, multi[i], len) == 0)
			return len;
	}
	return 0;
}

/* The length of a punctuation character ending at E (S..E), or 0. */
static size_t
punct_len_before(const char *s, const char *e)
{
	const char	*p = e - 1;

	while (p > s && ((unsigned char)*p & 0xc0) == 0x80)
		p--;
	if (punct_len(p, e) == (size_t)(e - p))
		return e - p;
	return 0;
}

/* Whether the word ending at E (after S) has a dot inside, as "U.S." does:
 * then its final dot belongs to it. */
static int
dotted_word(const char *s, const char *e)
{
	const char	*p;

	for (p = e - 1; p > s && !UTF8_ASCII_SPACE(p[-1]); p--) {
		if (p[-1] == '.')
			return 1;
	}
	return 0;
}

/* Drops a leading article ("the ", "a ", "an ", any case) from S..E. */
static const char *
skip_article(const char *s, const char *e)
{
	static const char *const articles[] = { "the ", "an ", "a " };
	size_t	i, len;

	for (i = 0; i < sizeof articles / sizeof articles[0]; i++) {
		len = strlen(articles[i]);
		if ((size_t)(e - s) > len && strncasecmp(s, articles[i],
		    len) == 0)
			return s + len;
	}
	return s;
}

/* A trimmed copy of the source S (LEN bytes), or NULL when nothing is
 * left. */
static char *
source_trim(const char *s, size_t len)
{
	const char	*e = s + len, *old;
	char		*out, *o;
	size_t		 n;

	do {
		old = s;
		while (s < e && UTF8_ASCII_SPACE(*s))
			s++;
		while (s < e && (n = punct_len(s, e)) != 0)
			s += n;
		s = skip_article(s, e);
	} while (s != old);
	do {
		old = e;
		while (e > s && UTF8_ASCII_SPACE(e[-1]))
			e--;
		while (e > s && (n = punct_len_before(s, e)) != 0) {
			if (n == 1 && e[-1] == '.' && dotted_word(s, e))
				break;
			e -= n;
		}
	} while (e != old);
	if (s == e)
		return NULL;
	out = o = xmalloc(e - s + 1);
	for (; s < e; s++) {
		if (!UTF8_ASCII_SPACE(*s))
			*o++ = *s;
		else if (o[-1] != ' ')
			*o++ = ' ';
	}
	*o = '\0';
	return out;
}

static enum pronoun
pronoun_kind(const char *s)
{
	if (strcasecmp(s, "he") == 0 || strcasecmp(s, "she") == 0 ||
	    strcasecmp(s, "him") == 0 || strcasecmp(s, "her") == 0)
		return PRONOUN_PERSON;
	if (strcasecmp(s, "they") == 0 || strcasecmp(s, "it") == 0 ||
	    strcasecmp(s, "them") == 0)
		return PRONOUN_OTHER;
	return PRONOUN_NONE;
}

/* The antecedent of a pronoun of kind PK in sentence I, allocated, or
 * NULL. */
static char *
resolve_pronoun(const struct extract *x, size_t i, enum pronoun pk)
{
	size_t	j;

	for (j = i; j > 0 && i - j < EXTRACT_LOOKBACK; j--) {
		if (x->info[j - 1].source != NULL)
			return xstrdup(x->info[j - 1].source);
		if (pk == PRONOUN_PERSON && x->person[j - 1] != NULL)
			return xstrdup(x->person[j - 1]);
	}
	return NULL;
}

int
extract_signal_fires(enum rule_signal sig, enum attrib_cue cue)
{
	if (cue == CUE_NONE)
		return 0;
	if (sig == RULE_ATTRIBUTED)
		return cue != CUE_QUOTE;
	if (sig == RULE_QUOTED)
		return cue == CUE_QUOTE;
	return 0;
}

/* Takes the attribution pass's source for sentence I, if it found one. */
static void
extract_attribution(struct extract *x, size_t i)
{
	struct claim_info	*ci = &x->info[i];
	struct attribution	*a = &x->attr[i];

	if (a->source == NULL)
		return;
	ci->source = a->source;
	ci->source_role = a->role;
	ci->source_kind = a->kind;
	ci->source_cue = a->cue;
	a->source = a->role = NULL;
}

/* Records that rule R stopped on a sentence, keeping the first CAUSE. */
static void
extract_stopped(struct extract *x, size_t r, char *cause)
{
	if (x->stopped[r]++ == 0)
		x->why[r] = cause;
	else
		free(cause);
}

/* The group G of rule R that just matched TEXT, trimmed, or NULL. */
static char *
extract_group(const struct extract *x, size_t r, enum rule_group g,
    const char *text, size_t len)
{
	const char	*s;
	size_t		 slen;

	if (!rules_has_group(x->rs, r, g))
		return NULL;
	if (rules_group(x->rs, r, g, text, len, &s, &slen) != 0)
		return NULL;
	return source_trim(s, slen);
}

/* Takes the source candidate SRC for sentence I if it has none yet,
 * resolving a pronoun. */
static void
extract_source(struct extract *x, size_t i, char *src)
{
	struct claim_info	*ci = &x->info[i];
	enum pronoun		 pk;

	if (src == NULL || ci->source != NULL || !attrib_may_name(src)) {
		free(src);
		return;
	}
	if ((pk = pronoun_kind(src)) != PRONOUN_NONE) {
		free(src);
		src = resolve_pronoun(x, i, pk);
	}
	ci->source = src;
}

/* The kinds that fired on sentence I, comma-separated, allocated. */
static char *
extract_kinds(const struct extract *x, size_t i)
{
	const unsigned char	*fired = x->fired + i * x->nkinds;
	size_t			 k, len = 1;
	char			*out;

	for (k = 0; k < x->nkinds; k++) {
		if (fired[k])
			len += strlen(rules_kind_at(x->rs, k)) + 1;
	}
	out = xmalloc(len);
	*out = '\0';
	for (k = 0; k < x->nkinds; k++) {
		if (!fired[k])
			continue;
		if (*out != '\0')
			strcat(out, ",");
		strcat(out, rules_kind_at(x->rs, k));
	}
	return out;
}

/* Whether the reason A came before rule R's in the order the features of
 * a sentence are counted: the rules' in file order, then the others. */
static int
reason_before(const struct claim_reason *a, size_t r)
{
	return a->ref == FREF_RULE && a->index < r;
}

/* Keeps the reason REF INDEX of weight W in CI if it is among the
 * EXTRACT_WHY largest by size, in order; of reasons of the same size, the
 * one counted first stays first. With AFTER_ALL, it was counted after
 * those CI has; else it is rule INDEX's, counted in file order. */
static void
reason_keep(struct claim_info *ci, uint8_t ref, uint32_t index, double w,
    int after_all)
{
	double		 aw = w < 0 ? -w : w, bw;
	unsigned	 j;

	for (j = ci->nwhy; j > 0; j--) {
		bw = ci->why[j - 1].weight;
		if ((bw < 0 ? -bw : bw) > aw || ((bw < 0 ? -bw : bw) == aw &&
		    (after_all || reason_before(&ci->why[j - 1], index))))
			break;
	}
	if (j >= EXTRACT_WHY)
		return;
	if (ci->nwhy < EXTRACT_WHY)
		ci->nwhy++;
	memmove(&ci->why[j + 1], &ci->why[j],
	    (ci->nwhy - 1 - j) * sizeof ci->why[0]);
	ci->why[j].weight = (float)w;
	ci->why[j].index = index & 0x1fffffff;
	ci->why[j].ref = ref;
}

/* Puts the reason REF INDEX (weight 0: it decides without adding) first
 * in CI, before the others. */
static void
reason_first(struct claim_info *ci, uint8_t ref, uint32_t index)
{
	if (ci->nwhy < EXTRACT_WHY)
		ci->nwhy++;
	memmove(&ci->why[1], &ci->why[0], (ci->nwhy - 1) * sizeof ci->why[0]);
	ci->why[0].weight = 0;
	ci->why[0].index = index & 0x1fffffff;
	ci->why[0].ref = ref;
}

/* Sets CI for a sentence that is not scored: a title, a heading, a
 * byline, a dateline, or the credit line rule R matched (R is the rule
 * count when it is none). */
static void
extract_layout(struct extract *x, struct claim_info *ci, enum seg_kind kind,
    size_t r)
{
	free(ci->source);
	free(ci->source_role);
	ci->source = ci->source_role = NULL;
	ci->source_kind = ATTRIB_NONE;
	ci->source_cue = CUE_NONE;
	free(ci->kinds);
	ci->kinds = xstrdup("");
	ci->score = 0;
	ci->claim = 0;
	ci->nwhy = 0;
	if (r < rules_count(x->rs))
		reason_first(ci, FREF_RULE, (uint32_t)r);
	else
		reason_first(ci, FREF_LAYOUT, (uint32_t)kind);
}

/* Rule or signal R fired on sentence I: its kind, its fixed weight, and a
 * feature for the model or a reason of fixed weights. */
static void
extract_fired(struct extract *x, size_t i, size_t r)
{
	int	w = rules_weight(x->rs, r);

	x->pend[i].wsum += w;
	if (w > 0)
		x->fired[i * x->nkinds + rules_kind_index(x->rs, r)] = 1;
	if (x->model != NULL)
		feature_add(&x->fs, x->rule_key[r], FREF_RULE, (uint32_t)r);
	else if (w != 0)
		reason_keep(&x->info[i], FREF_RULE, (uint32_t)r, w, 1);
}

/* The model's weights of sentence I's features (its rules' in x->fs),
 * and its reasons with their weights as yet unscaled. */
static void
extract_model_sum(struct extract *x, size_t i, const char *text, size_t len)
{
	const struct feature	*f;
	struct pend		*pd = &x->pend[i];
	double			 w;
	size_t			 j;

	feature_text(&x->fs, text, len);
	pd->nfeat = x->fs.n;
	pd->sum = 0;
	for (j = 0; j < x->fs.n; j++) {
		f = &x->fs.v[j];
		if ((w = model_weight(x->model, f->key)) == 0)
			continue;
		pd->sum += w;
		reason_keep(&x->info[i], f->ref, f->index, w, 1);
	}
}

/* Keeps the text of rule R's source group, if it gave one, for the second
 * pass. */
static void
extract_rule_source(struct extract *x, size_t i, size_t r, const char *text,
    size_t len)
{
	char	*src;

	if ((src = extract_group(x, r, RULE_SOURCE, text, len)) == NULL)
		return;
	x->src = xgrow(x->src, &x->srccap, x->nsrc, sizeof *x->src);
	x->src[x->nsrc].i = i;
	x->src[x->nsrc].text = src;
	x->nsrc++;
}

/* The first pass over sentence I: the rules that match it and, with a
 * model, its features. Sees nothing the attribution pass writes. */
static void
extract_rules(struct extract *x, size_t i)
{
	const struct sentence	*s = &x->sent[i];
	struct pend		*pd = &x->pend[i];
	const char		*text = s->text != NULL ? s->text : "";
	size_t			 len = strlen(text), r, nr = rules_count(x->rs);
	char			*cause;
	int			 rc;

	pd->credit = pd->veto = nr;
	if (s->kind != SEG_SENTENCE && s->kind != SEG_ITEM)
		return;
	feature_clear(&x->fs);
	rules_screen(x->rs, text, len, x->may);
	for (r = 0; r < nr; r++) {
		/* A rule PCRE2 stopped once would cost as much on every
		 * sentence: it is off for the rest of the article. */
		if (x->signal[r] != RULE_PATTERN || !x->may[r] ||
		    x->stopped[r] > 0)
			continue;
		cause = NULL;
		rc = rules_match(x->rs, r, text, len, &cause);
		if (rc < 0)
			extract_stopped(x, r, cause);
		if (rc != 1)
			continue;
		if (x->credit[r] && pd->credit == nr)
			pd->credit = r;
		if (x->noclaim[r] && pd->veto == nr)
			pd->veto = r;
		extract_fired(x, i, r);
		extract_rule_source(x, i, r, text, len);
		if (x->person[i] == NULL)
			x->person[i] = extract_group(x, r, RULE_PERSON, text,
			    len);
	}
	if (pd->credit == nr && x->model != NULL)
		extract_model_sum(x, i, text, len);
}

static void *
extract_rules_all(void *arg)
{
	struct extract	*x = arg;
	size_t		 i;

	for (i = 0; i < x->n; i++)
		extract_rules(x, i);
	return NULL;
}

/* The signal R fired on sentence I: as a rule that matched, its feature
 * counted after the others. */
static void
extract_signal(struct extract *x, size_t i, size_t r)
{
	struct pend	*pd = &x->pend[i];
	int		 w = rules_weight(x->rs, r);
	double		 mw;

	pd->wsum += w;
	if (w > 0)
		x->fired[i * x->nkinds + rules_kind_index(x->rs, r)] = 1;
	if (x->model != NULL) {
		pd->nfeat++;
		if ((mw = model_weight(x->model, x->rule_key[r])) != 0) {
			pd->sum += mw;
			reason_keep(&x->info[i], FREF_RULE, (uint32_t)r, mw,
			    0);
		}
	} else if (w != 0)
		reason_keep(&x->info[i], FREF_RULE, (uint32_t)r, w, 0);
}

/* The second pass over sentence I, once the attribution pass and the
 * first pass are done; *NEXT is the first rule source not yet taken. */
static void
extract_finish(struct extract *x, size_t i, size_t *next)
{
	const struct sentence	*s = &x->sent[i];
	struct claim_info	*ci = &x->info[i];
	struct pend		*pd = &x->pend[i];
	size_t			 r, nr = rules_count(x->rs);
	double			 scale;
	unsigned		 j;

	if (s->kind != SEG_SENTENCE && s->kind != SEG_ITEM) {
		extract_layout(x, ci, s->kind, nr);
		return;
	}
	extract_attribution(x, i);
	for (r = 0; r < nr; r++) {
		if (x->signal[r] != RULE_PATTERN && extract_signal_fires(
		    (enum rule_signal)x->signal[r], ci->source_cue))
			extract_signal(x, i, r);
	}
	for (; *next < x->nsrc && x->src[*next].i == i; (*next)++) {
		extract_source(x, i, x->src[*next].text);
		x->src[*next].text = NULL;
	}
	if (pd->credit < nr) {
		extract_layout(x, ci, SEG_BYLINE, pd->credit);
		return;
	}
	if (x->model != NULL) {
		scale = model_scale(pd->nfeat);
		for (j = 0; j < ci->nwhy; j++)
			ci->why[j].weight = (float)(ci->why[j].weight * scale);
		ci->score = model_score(model_bias(x->model) + pd->sum *
		    scale);
	} else
		ci->score = pd->wsum < 0 ? 0 : pd->wsum > 100 ? 100 : pd->wsum;
	ci->claim = ci->score >= extract_threshold(x->rs) && pd->veto == nr;
	if (pd->veto < nr)
		reason_first(ci, FREF_RULE, (uint32_t)pd->veto);
	ci->kinds = extract_kinds(x, i);
}

/* One message naming every rule that was stopped, or NULL. */
static char *
extract_warning(const struct extract *x)
{
	size_t	 r;
	char	*out = NULL, *prev;

	for (r = 0; r < rules_count(x->rs); r++) {
		if (x->stopped[r] == 0)
			continue;
		prev = out;
		out = xasprintf("%s%s%s (off for the rest of the article)",
		    prev ? prev : "", prev ? "; " : "", x->why[r]);
		free(prev);
	}
	return out;
}

static int	extract_use_threads = 1;

void
extract_threads(int on)
{
	extract_use_threads = on;
}

/*
 * Runs the first pass, on an article of EXTRACT_THREAD_MIN sentences or
 * more, on a thread of its own while this one runs the attribution pass; both at once only read what they share (the
 * sentences, the rules, the lexicons). The thread takes no signal: they
 * stay this thread's, as they were. Where no thread can be made, the
 * first pass runs here after the other.
 */
static void
extract_passes(struct extract *x)
{
	pthread_t	th;
	sigset_t	all, old;
	int		started;

	/* What both read is loaded here, before there are two. */
	attrib_ready();
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	started = extract_use_threads && x->n >= EXTRACT_THREAD_MIN &&
	    pthread_create(&th, NULL, extract_rules_all, x) == 0;
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	attrib_sentences(x->sent, x->n, x->attr);
	if (started)
		pthread_join(th, NULL);
	else
		extract_rules_all(x);
}

/* A note to readers ("Correction: An earlier version of this story
 * misstated the vote. It was 7-2, not 6-3.") goes on to the end of its
 * paragraph: each sentence after one a rule of kind "note" matched is a
 * part of it. */
static void
extract_notes(struct extract *x)
{
	size_t	i, nr = rules_count(x->rs), r = nr;

	for (i = 0; i < x->n; i++) {
		if (i > 0 && x->sent[i].para != x->sent[i - 1].para)
			r = nr;
		if (x->pend[i].credit < nr && x->note[x->pend[i].credit])
			r = x->pend[i].credit;
		else if (r < nr && x->pend[i].credit == nr &&
		    (x->sent[i].kind == SEG_SENTENCE ||
		    x->sent[i].kind == SEG_ITEM))
			x->pend[i].credit = r;
	}
}

int
extract_sentences(const struct ruleset *rs, const struct sentence *sent,
    size_t n, struct claim_info *info, char **warning)
{
	struct extract	 x;
	size_t		 i, next = 0, nr = rules_count(rs);

	memset(&x, 0, sizeof x);
	x.rs = rs;
	x.sent = sent;
	x.n = n;
	x.info = info;
	for (i = 0; i < n; i++)
		memset(&info[i], 0, sizeof info[i]);
	x.person = xcalloc(n ? n : 1, sizeof *x.person);
	x.pend = xcalloc(n ? n : 1, sizeof *x.pend);
	x.nkinds = rules_nkinds(rs);
	x.fired = xcalloc(n ? n : 1, x.nkinds + 1);
	x.stopped = xcalloc(nr + 1, sizeof *x.stopped);
	x.why = xcalloc(nr + 1, sizeof *x.why);
	x.may = xcalloc(nr + 1, sizeof *x.may);
	x.model = rules_model(rs);
	feature_init(&x.fs, x.model);
	x.rule_key = xcalloc(nr + 1, sizeof *x.rule_key);
	x.credit = xcalloc(nr + 1, sizeof *x.credit);
	x.note = xcalloc(nr + 1, sizeof *x.note);
	x.noclaim = xcalloc(nr + 1, sizeof *x.noclaim);
	x.signal = xcalloc(nr + 1, sizeof *x.signal);
	for (i = 0; i < nr; i++) {
		x.signal[i] = (unsigned char)rules_signal(rs, i);
		x.rule_key[i] = feature_rule_key(rules_name(rs, i));
		x.note[i] = strcmp(rules_kind(rs, i), "note") == 0;
		x.credit[i] = x.note[i] ||
		    strcmp(rules_kind(rs, i), "byline") == 0;
		x.noclaim[i] = strcmp(rules_kind(rs, i), "noclaim") == 0;
	}
	x.attr = xcalloc(n ? n : 1, sizeof *x.attr);

	extract_passes(&x);
	extract_notes(&x);
	for (i = 0; i < n; i++)
		extract_finish(&x, i, &next);
	if (warning != NULL)
		*warning = extract_warning(&x);

	for (i = 0; i < n; i++) {
		free(x.person[i]);
		attrib_clear(&x.attr[i]);
	}
	for (i = 0; i < x.nsrc; i++)
		free(x.src[i].text);
	for (i = 0; i < nr; i++)
		free(x.why[i]);
	free(x.src);
	free(x.attr);
	free(x.person);
	free(x.pend);
	free(x.fired);
	free(x.stopped);
	free(x.why);
	free(x.may);
	free(x.rule_key);
	free(x.credit);
	free(x.note);
	free(x.noclaim);
	free(x.signal);
	feature_free(&x.fs);
	return 0;
}

int
extract_threshold(const struct ruleset *rs)
{
	const struct cd_model	*m = rules_model(rs);

	return m != NULL ? model_threshold(m) : rules_threshold(rs);
}

char *
extract_reason_name(const struct ruleset *rs, const struct sentence *s,
    const struct claim_reason *r)
{
	struct feature	f;
	const char	*text = s->text != NULL ? s->text : "";

	f.key = 0;
	f.index = r->index;
	f.ref = r->ref;
	return feature_name(&f, rules_model(rs), rs, text, strlen(text));
}

void
claim_info_clear(struct claim_info *ci)
{
	if (ci == NULL)
		return;
	free(ci->kinds);
	free(ci->source);
	free(ci->source_role);
	ci->kinds = NULL;
	ci->source = NULL;
	ci->source_role = NULL;
	ci->source_kind = ATTRIB_NONE;
	ci->source_cue = CUE_NONE;
}
