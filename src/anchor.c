/* anchor.c: placing claims of an old revision in the text of a new one. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "anchor.h"
#include "attrib.h"
#include "utf8.h"
#include "xmalloc.h"

/*
 * The method is that of web annotation tools re-anchoring a quote (a text
 * quote selector with prefix and suffix, and a text position selector): the
 * claim's own text first, then the text around it, then its position.
 *
 * Context: up to CTX_LEN bytes either side of a span, white space collapsed.
 * Two contexts agree by the length of their common run next to the span.
 */
#define CTX_LEN		48
#define PAIR_CAP	200000	/* pairs scored in one text group */
#define WINDOW		2000	/* candidates either side, big texts */
#define RAW_MIN		12	/* shortest text searched in raw */
#define RAW_CAP		1000	/* raw occurrences considered */
#define RUN_MAX		4	/* sentences an edited claim may now span */

struct ctx {
	char	before[CTX_LEN];	/* reversed: nearest byte first */
	size_t	nbefore;
	char	after[CTX_LEN];
	size_t	nafter;
	double	pos;			/* 0..1 in the text */
};

struct toks {
	uint64_t	*v;		/* sorted word hashes */
	size_t		 n;
	int		 done;
};

struct pair {
	size_t	o, c;
	size_t	k;		/* candidates from c on: a run of k */
	double	score;
};

static int
is_word(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static void
ctx_make(struct ctx *cx, const char *doc, size_t len, size_t start,
    size_t end)
{
	size_t	i;
	int	sp;

	cx->nbefore = cx->nafter = 0;
	for (i = start, sp = 0; i > 0 && cx->nbefore < CTX_LEN; i--) {
		if (UTF8_ASCII_SPACE(doc[i - 1])) {
			if (!sp)
				cx->before[cx->nbefore++] = ' ';
			sp = 1;
		} else {
			cx->before[cx->nbefore++] = doc[i - 1];
			sp = 0;
		}
	}
	for (i = end, sp = 0; i < len && cx->nafter < CTX_LEN; i++) {
		if (UTF8_ASCII_SPACE(doc[i])) {
			if (!sp)
				cx->after[cx->nafter++] = ' ';
			sp = 1;
		} else {
			cx->after[cx->nafter++] = doc[i];
			sp = 0;
		}
	}
	cx->pos = len > 0 ? (double)start / (double)len : 0;
}

/* 0..1: how much of two contexts agree from the span outwards. */
static double
ctx_agree(const char *a, size_t na, const char *b, size_t nb)
{
	size_t	i, max = na > nb ? na : nb;

	if (max == 0)
		return 1;	/* both at an edge of the text */
	for (i = 0; i < na && i < nb && a[i] == b[i]; i++)
		;
	return (double)i / (double)max;
}

static double
pos_agree(const struct ctx *a, const struct ctx *b)
{
	double	d = a->pos - b->pos;

	return 1 - (d < 0 ? -d : d);
}

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t	x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

/* The words of S as sorted FNV-1a hashes, ASCII letters lower-cased:
 * those of three letters or more, and any with a digit ("a", "of", "in"
 * say nothing of which sentence it is). */
static void
toks_make(struct toks *t, const char *s)
{
	const unsigned char	*p = (const unsigned char *)s, *w;
	uint64_t		 h;
	size_t			 cap = 0;
	int			 digit;

	t->v = NULL;
	t->n = 0;
	t->done = 1;
	while (*p != '\0') {
		if (!is_word(*p)) {
			p++;
			continue;
		}
		h = 1469598103934665603ULL;
		digit = 0;
		for (w = p; is_word(*p); p++) {
			h ^= (*p >= 'A' && *p <= 'Z') ? *p + 32 : *p;
			h *= 1099511628211ULL;
			digit |= *p >= '0' && *p <= '9';
		}
		if (p - w < 3 && !digit)
			continue;
		t->v = xgrow(t->v, &cap, t->n, sizeof *t->v);
		t->v[t->n++] = h;
	}
	if (t->n > 1)
		qsort(t->v, t->n, sizeof *t->v, cmp_u64);
}

static double
toks_dice(const struct toks *a, const struct toks *b)
{
	size_t	i = 0, j = 0, common = 0;

	if (a->n + b->n == 0)
		return 1;
	while (i < a->n && j < b->n) {
		if (a->v[i] == b->v[j]) {
			common++;
			i++;
			j++;
		} else if (a->v[i] < b->v[j])
			i++;
		else
			j++;
	}
	return 2.0 * (double)common / (double)(a->n + b->n);
}

double
anchor_similarity(const char *a, const char *b)
{
	struct toks	ta, tb;
	double		sim;

	toks_make(&ta, a);
	toks_make(&tb, b);
	sim = toks_dice(&ta, &tb);
	free(ta.v);
	free(tb.v);
	return sim;
}

/*
 * Matches Q (collapsed, trimmed) at DOC[P..]: each space in Q matches a run
 * of white space. Returns the end of the match, or 0.
 */
static size_t
raw_match(const char *doc, size_t len, size_t p, const char *q)
{
	size_t	n;

	while (*q != '\0') {
		if (p >= len)
			return 0;
		if (*q == ' ') {
			if ((n = utf8_space_len(doc + p, len - p)) == 0)
				return 0;
			while (n > 0) {
				p += n;
				n = utf8_space_len(doc + p, len - p);
			}
			q++;
			continue;
		}
		if (doc[p] != *q)
			return 0;
		p++;
		q++;
	}
	return p;
}

/* The next match of Q in DOC at or after *P, on word boundaries; 1 with the
 * span, or 0. */
static int
raw_next(const char *doc, size_t len, size_t *p, const char *q,
    size_t *start, size_t *end)
{
	const char	*hit;
	size_t		 e;
	size_t		 qlen = strlen(q);

	while (*p < len) {
		hit = memchr(doc + *p, q[0], len - *p);
		if (hit == NULL)
			break;
		*start = (size_t)(hit - doc);
		*p = *start + 1;
		if ((e = raw_match(doc, len, *start, q)) == 0)
			continue;
		if (*start > 0 && is_word((unsigned char)q[0]) &&
		    is_word((unsigned char)doc[*start - 1]))
			continue;
		if (e < len && is_word((unsigned char)q[qlen - 1]) &&
		    is_word((unsigned char)doc[e]))
			continue;
		*end = e;
		return 1;
	}
	return 0;
}

/* Whether Q appears anywhere in DOC (white space runs as one). */
static int
raw_contains(const char *doc, size_t len, const char *q)
{
	size_t	p = 0, s, e;

	if (*q == '\0')
		return 0;
	return raw_next(doc, len, &p, q, &s, &e);
}

/* State shared by the phases. */
struct anchor_run {
	struct anchor_old	*old;
	size_t			 nold;
	const char		*doc;
	size_t			 len;
	struct anchor_new	*cand;
	size_t			 ncand;
	struct ctx		*ocx, *ccx;
	struct toks		*otok, *ctok;
};

static double
score_context(const struct ctx *a, const struct ctx *b, double *pre,
    double *suf)
{
	*pre = ctx_agree(a->before, a->nbefore, b->before, b->nbefore);
	*suf = ctx_agree(a->after, a->nafter, b->after, b->nafter);
	return 2 * *pre + 2 * *suf + pos_agree(a, b);
}

static int
cmp_pair(const void *a, const void *b)
{
	const struct pair	*x = a, *y = b;

	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	if (x->o != y->o)
		return x->o < y->o ? -1 : 1;
	return x->c < y->c ? -1 : x->c > y->c;
}

static void
place(struct anchor_run *r, size_t o, size_t c, enum anchor_how how)
{
	r->old[o].how = how;
	r->old[o].cand = c;
	r->old[o].nstart = r->cand[c].start;
	r->old[o].nend = r->cand[c].end;
	r->cand[c].taken = 1;
}

/* Places old claim O on the span of the K candidates from C on (K > 1:
 * a claim an earlier segmentation made over what are now K sentences),
 * taking them all. */
static void
place_run(struct anchor_run *r, size_t o, size_t c, size_t k,
    enum anchor_how how)
{
	size_t	j;

	r->old[o].how = how;
	r->old[o].cand = ANCHOR_NOCAND;
	r->old[o].nstart = r->cand[c].start;
	r->old[o].nend = r->cand[c + k - 1].end;
	for (j = c; j < c + k; j++)
		r->cand[j].taken = 1;
}

/* Whether any of the K candidates from C on is taken. */
static int
run_taken(const struct anchor_run *r, size_t c, size_t k)
{
	size_t	j;

	for (j = c; j < c + k; j++) {
		if (r->cand[j].taken)
			return 1;
	}
	return 0;
}

/* Assigns sorted PAIRS greedily: best score first, each side once. */
static void
assign_pairs(struct anchor_run *r, struct pair *pairs, size_t n,
    enum anchor_how how)
{
	size_t	i;

	if (n == 0)
		return;
	qsort(pairs, n, sizeof *pairs, cmp_pair);
	for (i = 0; i < n; i++) {
		if (r->old[pairs[i].o].how != ANCHOR_NONE ||
		    run_taken(r, pairs[i].c, pairs[i].k))
			continue;
		if (pairs[i].k > 1)
			place_run(r, pairs[i].o, pairs[i].c, pairs[i].k, how);
		else
			place(r, pairs[i].o, pairs[i].c, how);
	}
}

/* Whether claim text T may hold more than one sentence: a stop, perhaps
 * with closing quotes or brackets, then a space. */
static int
several_sentences(const char *t)
{
	const char	*p;

	for (p = t; (p = strpbrk(p, ".?!")) != NULL; p++) {
		while (p[1] == '"' || p[1] == '\'' || p[1] == ')' ||
		    (unsigned char)p[1] >= 0x80)
			p++;
		if (p[1] == ' ')
			return 1;
	}
	return 0;
}

static size_t	cand_after(const struct anchor_run *, size_t);

/* How many whole candidates from C on make exactly [S, E) (2 or more),
 * or 0. */
static size_t
run_at(const struct anchor_run *r, size_t s, size_t e, size_t *c)
{
	size_t	lo = cand_after(r, s), j;

	if (lo >= r->ncand || r->cand[lo].start != s)
		return 0;
	for (j = lo; j < r->ncand && r->cand[j].end < e; j++)
		;
	if (j == r->ncand || r->cand[j].end != e || j == lo)
		return 0;
	*c = lo;
	return j - lo + 1;
}

static int
eligible(const struct anchor_run *r, size_t o, size_t c)
{
	return !r->cand[c].taken && (r->old[o].stateful || r->cand[c].claim);
}

/*
 * Phase 1 within one group of equal text: OS old indexes, CS candidates,
 * both in reading order. Identical sentences are told apart by the text
 * around them; where that does not tell, by their order (the k-th old one
 * goes to the k-th new one), never by where they fall in the text, which
 * moves with every paragraph added or cut.
 */
static void
exact_group(struct anchor_run *r, const size_t *os, size_t no,
    const size_t *cs, size_t nc)
{
	struct pair	*pairs;
	double		 pre, suf;
	size_t		 i, j, n = 0;

	if (no * nc > PAIR_CAP) {
		/* Pathological repetition: in reading order. */
		for (i = 0, j = 0; i < no; i++) {
			while (j < nc && !eligible(r, os[i], cs[j]))
				j++;
			if (j == nc)
				break;
			place(r, os[i], cs[j++], ANCHOR_EXACT);
		}
		return;
	}
	pairs = xcalloc(no * nc, sizeof *pairs);
	for (i = 0; i < no; i++) {
		for (j = 0; j < nc; j++) {
			if (!eligible(r, os[i], cs[j]))
				continue;
			pairs[n].o = os[i];
			pairs[n].c = cs[j];
			pairs[n].k = 1;
			score_context(&r->ocx[os[i]], &r->ccx[cs[j]], &pre,
			    &suf);
			pairs[n].score = 2 * pre + 2 * suf + (i == j ? 0.5 :
			    0.5 / (double)(1 + (i > j ? i - j : j - i)));
			n++;
		}
	}
	assign_pairs(r, pairs, n, ANCHOR_EXACT);
	free(pairs);
}

struct keyed {
	char		*text;		/* owned */
	size_t		 idx;
};

static int
cmp_keyed(const void *a, const void *b)
{
	const struct keyed	*x = a, *y = b;
	int			 d = strcmp(x->text, y->text);

	if (d != 0)
		return d;
	return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static void
phase_exact(struct anchor_run *r)
{
	struct keyed	*ko, *kc;
	size_t		*os, *cs, i = 0, j = 0, no, nc;
	int		 d;

	ko = xcalloc(r->nold + 1, sizeof *ko);
	kc = xcalloc(r->ncand + 1, sizeof *kc);
	os = xcalloc(r->nold + 1, sizeof *os);
	cs = xcalloc(r->ncand + 1, sizeof *cs);
	/* The same text with its typography aside: a desk's system that
	 * curls the quotes changes no claim. */
	for (i = 0; i < r->nold; i++)
		ko[i] = (struct keyed){ utf8_fold_typography(r->old[i].text),
		    i };
	for (i = 0; i < r->ncand; i++)
		kc[i] = (struct keyed){ utf8_fold_typography(r->cand[i].text),
		    i };
	qsort(ko, r->nold, sizeof *ko, cmp_keyed);
	qsort(kc, r->ncand, sizeof *kc, cmp_keyed);

	i = 0;
	while (i < r->nold && j < r->ncand) {
		d = strcmp(ko[i].text, kc[j].text);
		if (d < 0) {
			i++;
			continue;
		}
		if (d > 0) {
			j++;
			continue;
		}
		for (no = 0; i < r->nold &&
		    strcmp(ko[i].text, kc[j].text) == 0; i++)
			os[no++] = ko[i].idx;
		for (nc = 0; j < r->ncand &&
		    strcmp(ko[i - 1].text, kc[j].text) == 0; j++)
			cs[nc++] = kc[j].idx;
		exact_group(r, os, no, cs, nc);
	}
	for (i = 0; i < r->nold; i++)
		free(ko[i].text);
	for (i = 0; i < r->ncand; i++)
		free(kc[i].text);
	free(ko);
	free(kc);
	free(os);
	free(cs);
}

/* The candidate whose span is exactly [S, E), or ANCHOR_NOCAND. */
static size_t
cand_at(const struct anchor_run *r, size_t s, size_t e)
{
	size_t	lo = 0, hi = r->ncand, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (r->cand[mid].start < s)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < r->ncand && r->cand[lo].start == s; lo++) {
		if (r->cand[lo].end == e)
			return lo;
	}
	return ANCHOR_NOCAND;
}

/* How many word characters S has. */
static size_t
words_in(const char *s)
{
	size_t	n = 0;

	for (; *s != '\0'; s++)
		n += is_word((unsigned char)*s);
	return n;
}

/* The first candidate that ends after S (candidates are in reading
 * order and do not overlap), or NCAND. */
static size_t
cand_after(const struct anchor_run *r, size_t s)
{
	size_t	lo = 0, hi = r->ncand, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (r->cand[mid].end <= s)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The candidate that holds [S, E) and is longer, or ANCHOR_NOCAND. */
static size_t
cand_around(const struct anchor_run *r, size_t s, size_t e)
{
	size_t	lo = cand_after(r, s);

	if (lo < r->ncand && r->cand[lo].start <= s && e <= r->cand[lo].end &&
	    (r->cand[lo].start != s || r->cand[lo].end != e))
		return lo;
	return ANCHOR_NOCAND;
}

/* Whether [S, E) is two whole candidates or more, none taken, one of them
 * a claim. */
static int
run_claims(const struct anchor_run *r, size_t s, size_t e)
{
	size_t	c, k, j;
	int	claim = 0;

	if ((k = run_at(r, s, e, &c)) == 0 || run_taken(r, c, k))
		return 0;
	for (j = c; j < c + k; j++)
		claim |= r->cand[j].claim;
	return claim;
}

/* Whether [S, E) cuts through a candidate (holds part of one). */
static int
cuts_cand(const struct anchor_run *r, size_t s, size_t e)
{
	size_t	lo;

	for (lo = cand_after(r, s); lo < r->ncand && r->cand[lo].start < e; lo++) {
		if (r->cand[lo].start < s || r->cand[lo].end > e)
			return 1;
	}
	return 0;
}

/* Whether candidate C, which holds the claim O found at byte S, has the
 * bytes the old revision has around O: the claim was a part of that
 * sentence already, and nothing in the sentence changed. */
static int
same_around(const struct anchor_run *r, const struct anchor_old *o, size_t c,
    size_t s)
{
	size_t	off = s - r->cand[c].start;
	size_t	n = r->cand[c].end - r->cand[c].start;

	return o->start >= off && o->start - off + n <= o->doclen &&
	    memcmp(o->doc + o->start - off, r->doc + r->cand[c].start, n) == 0;
}

/* The candidates that [S, E) overlaps are taken: a claim is inside. */
static void
hold(struct anchor_run *r, size_t s, size_t e)
{
	size_t	c;

	for (c = cand_after(r, s); c < r->ncand && r->cand[c].start < e; c++)
		r->cand[c].taken = 1;
}

/* Whether code point CP, next to a claim, is of the sentence it goes on
 * in: a letter or a digit, or a comma, a colon, a dash between words;
 * not a stop, a quote or a bracket, which a sentence ends or begins
 * with. */
static int
mid_sentence(uint32_t cp)
{
	if (cp < 0x80)
		return is_word((unsigned char)cp) || cp == ',' || cp == ';' ||
		    cp == ':' || cp == '-';
	if (cp == 0x2013 || cp == 0x2014)	/* en and em dashes */
		return 1;
	return !((cp >= 0x2000 && cp <= 0x206f) || cp == 0xab ||
	    cp == 0xbb || (cp >= 0x3000 && cp <= 0x303f) ||
	    (cp >= 0xff01 && cp <= 0xff0f));
}

/* Whether the old text goes on in the same sentence before byte START of
 * O (LEFT) or after its END: what is next to it, past spaces, is of the
 * sentence (mid_sentence()), and on the right the claim does not end as
 * a sentence ends. */
static int
went_on(const struct anchor_old *o, int left)
{
	size_t		 i, k, n;
	uint32_t	 cp;

	if (left) {
		for (i = o->start; i > 0 && (o->doc[i - 1] == ' ' ||
		    o->doc[i - 1] == '\t'); i--)
			;
		if (i == 0)
			return 0;
		/* The code point that ends before byte I. */
		for (k = i - 1; k > 0 && ((unsigned char)o->doc[k] & 0xc0) ==
		    0x80; k--)
			;
		utf8_decode(o->doc + k, i - k, &cp);
		return mid_sentence(cp);
	}
	n = strlen(o->text);
	if (n > 0 && strchr(".!?\"')]", o->text[n - 1]) != NULL)
		return 0;
	if (n >= 3 && (memcmp(o->text + n - 3, "\xe2\x80\x9d", 3) == 0 ||
	    memcmp(o->text + n - 3, "\xe2\x80\x99", 3) == 0 ||
	    memcmp(o->text + n - 3, "\xe2\x80\xa6", 3) == 0))
		return 0;		/* ” ’ … */
	for (i = o->end; i < o->doclen && (o->doc[i] == ' ' ||
	    o->doc[i] == '\t'); i++)
		;
	if (i == o->doclen)
		return 0;
	utf8_decode(o->doc + i, o->doclen - i, &cp);
	return mid_sentence(cp);
}

/* Whether claim O, found at [S, E) inside the longer candidate C, is a part
 * of that sentence as it was a part of its sentence before (the part of a
 * split): the sentence has more text only on the sides where the old one
 * had, however that text was edited. A claim that was a whole sentence and
 * is now inside a longer one is an edit of it. */
static int
part_again(const struct anchor_run *r, const struct anchor_old *o, size_t c,
    size_t s, size_t e)
{
	return (s == r->cand[c].start || went_on(o, 1)) &&
	    (e == r->cand[c].end || went_on(o, 0)) &&
	    (went_on(o, 1) || went_on(o, 0));
}

/* The words that deny or negate what a sentence goes on to say: "The
 * minister denied the deficit fell"; and any word ending in "n't". */
static const char *const deny_words[] = {
	"not", "no", "never", "deny", "denies", "denied", "denying",
	"reject", "rejects", "rejected", "dispute", "disputes", "disputed",
	"refute", "refutes", "refuted", "false", "untrue", "dismissed",
	"contradicted", "doubted", "questioned"
};

/* How many words of the N bytes at S deny (deny_words). */
static int
denials(const char *s, size_t n)
{
	size_t	i = 0, b, k, len;
	int	count = 0;

	while (i < n) {
		while (i < n && !is_word((unsigned char)s[i]))
			i++;
		for (b = i; i < n && (is_word((unsigned char)s[i]) ||
		    s[i] == '\''); i++)
			;
		if ((len = i - b) == 0)
			continue;
		if ((len > 3 && strncasecmp(s + i - 3, "n't", 3) == 0) ||
		    (len > 5 && memcmp(s + i - 5, "n\xe2\x80\x99t", 5) == 0)) {
			count++;	/* "didn't", "didn’t" */
			continue;
		}
		for (k = 0; k < sizeof deny_words / sizeof deny_words[0];
		    k++) {
			if (strlen(deny_words[k]) == len &&
			    strncasecmp(s + b, deny_words[k], len) == 0) {
				count++;
				break;
			}
		}
	}
	return count;
}

/* Whether TEXT has a word that attributes what it says: "said",
 * "reported", "according". */
static int
own_frame(const char *text)
{
	size_t	i = 0, b, n = strlen(text);

	while (i < n) {
		while (i < n && !is_word((unsigned char)text[i]))
			i++;
		for (b = i; i < n && is_word((unsigned char)text[i]); i++)
			;
		if (i > b && attrib_cue_word(text + b, i - b))
			return 1;
	}
	return 0;
}

/* Whether claim O, a part of its sentence found again at S inside
 * candidate C (part_again()), is now denied or negated by what comes
 * before it in the sentence where it was not, or the other way:
 * "Officials said" put as "Officials denied" before it. The verdict on
 * the part then asks to be looked at again. What comes after it is
 * another part's: "the mayor denied" there says nothing of this one; nor
 * does what comes before it say anything of a part that says who says
 * it. */
static int
part_turned(const struct anchor_run *r, const struct anchor_old *o,
    size_t c, size_t s)
{
	size_t	a;

	/* A part with a frame of its own ("and the mayor said arrests
	 * rose"): what another part's frame says is not said of it. */
	if (own_frame(o->text))
		return 0;
	/* The old sentence before O, back to a stop or a line's end that
	 * a space follows ("U.S." and "3.5" are no stop). */
	for (a = o->start; a > 0 && !(a < o->start && (o->doc[a] == ' ' ||
	    o->doc[a] == '\n') && strchr(".!?\n", o->doc[a - 1]) != NULL);
	    a--)
		;
	return denials(o->doc + a, o->start - a) !=
	    denials(r->doc + r->cand[c].start, s - r->cand[c].start);
}

/* Whether old claims A and B overlapped in the old text. */
static int
overlapped(const struct anchor_old *a, const struct anchor_old *b)
{
	return a->doc == b->doc && a->start < b->end && b->start < a->end;
}

/* Whether a claim placed already is over [S, E) of the new text, on the
 * whole of candidate C or on a span, that was not over old claim O in the
 * old text: O there would be over another's place (a sentence the text
 * repeats, one copy split, one whole). */
static int
placed_over(const struct anchor_run *r, const struct anchor_old *o,
    size_t c, size_t s, size_t e)
{
	const struct anchor_old	*p;
	size_t			 i;

	for (i = 0; i < r->nold; i++) {
		p = &r->old[i];
		if (p == o || p->how == ANCHOR_NONE || overlapped(p, o))
			continue;
		if (p->cand == c || (p->cand == ANCHOR_NOCAND &&
		    p->nstart < e && s < p->nend))
			return 1;
	}
	return 0;
}

/*
 * Phase 2: the text of a stateful claim anywhere in the new text: on a
 * sentence of its own (or on whole sentences, a span made by hand over
 * several), the same claim; inside a longer sentence, an edit of it (its
 * verdict stale); across a sentence's edge, nothing. A claim without a
 * verdict is looked for too when it holds several sentences (an earlier
 * segmentation kept them together), on whole sentences only, one of them
 * a claim: it keeps its number.
 */
static void
phase_raw(struct anchor_run *r)
{
	struct anchor_old	*o;
	struct ctx		 cx;
	double			 pre, suf, score, best;
	size_t			 i, p, s, e, c, k, seen;
	size_t			 bc = 0, bs = 0, be = 0;
	int			 turned, bturned = 0;

	for (i = 0; i < r->nold; i++) {
		o = &r->old[i];
		if ((!o->stateful && !several_sentences(o->text)) ||
		    o->how != ANCHOR_NONE || strlen(o->text) < RAW_MIN)
			continue;
		best = -1;
		for (p = 0, seen = 0; seen < RAW_CAP &&
		    raw_next(r->doc, r->len, &p, o->text, &s, &e); seen++) {
			c = cand_at(r, s, e);
			turned = 0;
			if (!o->stateful && !run_claims(r, s, e))
				continue;
			if (c == ANCHOR_NOCAND) {
				c = cand_around(r, s, e);
				/* Inside a sentence that adds only
				 * punctuation, or one that is as it was
				 * around the claim, or has more only where
				 * it had (a part of a split sentence):
				 * still the claim itself. */
				if (c != ANCHOR_NOCAND && (words_in(
				    r->cand[c].text) == words_in(o->text) ||
				    same_around(r, o, c, s) ||
				    part_again(r, o, c, s, e))) {
					/* Never over a claim placed there
					 * already, whole or a part. */
					if (placed_over(r, o, c, s, e))
						continue;
					turned = !same_around(r, o, c, s) &&
					    part_turned(r, o, c, s);
					c = ANCHOR_NOCAND;
				} else if (c == ANCHOR_NOCAND &&
				    cuts_cand(r, s, e))
					continue;
				if (c != ANCHOR_NOCAND) {
					s = r->cand[c].start;
					e = r->cand[c].end;
				}
			}
			if (c != ANCHOR_NOCAND && r->cand[c].taken)
				continue;
			ctx_make(&cx, r->doc, r->len, s, e);
			score = score_context(&r->ocx[i], &cx, &pre, &suf);
			if (score > best) {
				best = score;
				bc = c;
				bs = s;
				be = e;
				bturned = turned;
			}
		}
		if (best < 0)
			continue;
		if (bc != ANCHOR_NOCAND) {
			place(r, i, bc, r->cand[bc].start == bs &&
			    strcmp(r->cand[bc].text, o->text) == 0 ?
			    ANCHOR_EXACT : ANCHOR_CONTEXT);
			continue;
		}
		if ((k = run_at(r, bs, be, &c)) > 0) {
			place_run(r, i, c, k, ANCHOR_EXACT);
			continue;
		}
		/* A part now denied where it was not: its words, its
		 * verdict stale. */
		o->how = bturned ? ANCHOR_CONTEXT : ANCHOR_EXACT;
		o->cand = ANCHOR_NOCAND;
		o->nstart = bs;
		o->nend = be;
		hold(r, bs, be);
	}
}

static const struct toks *
cand_toks(struct anchor_run *r, size_t c)
{
	if (!r->ctok[c].done)
		toks_make(&r->ctok[c], r->cand[c].text);
	return &r->ctok[c];
}

/*
 * Whether edited text SIM in surroundings PRE/SUF is the same claim edited
 * (its verdict then stale): nearly the same words anywhere (four in five),
 * or most of them (three in five) with one side of it unchanged. Another sentence in the same place,
 * however few of its words it shares, is not: its verdict is an orphan.
 */
static int
context_accepts(double sim, double pre, double suf)
{
	if (sim >= 0.8)
		return 1;
	return sim >= 0.6 && (pre >= 0.5 || suf >= 0.5);
}

/* The candidates to compare with old claim O: all, or a window about its
 * relative position when the text is big. */
static void
phase_window(const struct anchor_run *r, size_t o, size_t nrem, size_t *lo,
    size_t *hi)
{
	size_t	mid;

	*lo = 0;
	*hi = r->ncand;
	if (nrem * r->ncand <= (size_t)4000000)
		return;
	mid = (size_t)(r->ocx[o].pos * (double)r->ncand);
	*lo = mid > WINDOW ? mid - WINDOW : 0;
	*hi = mid + WINDOW < r->ncand ? mid + WINDOW : r->ncand;
}

/* Adds to *PAIRS the runs of 2 to RUN_MAX candidates from LO to HI that
 * old claim O, made over several sentences, may be an edit of. */
static void
run_pairs(struct anchor_run *r, size_t o, size_t lo, size_t hi,
    struct pair **pairs, size_t *npairs, size_t *cap)
{
	struct toks	 t;
	struct ctx	 cx;
	char		*text;
	size_t		 c, k, j, len;
	double		 sim, pre, suf, score;

	for (c = lo; c < hi; c++) {
		for (k = 2; k <= RUN_MAX && c + k <= hi; k++) {
			if (run_taken(r, c, k))
				break;
			for (len = 1, j = c; j < c + k; j++)
				len += strlen(r->cand[j].text) + 1;
			text = xmalloc(len);
			text[0] = '\0';
			for (j = c; j < c + k; j++) {
				if (j > c)
					strcat(text, " ");
				strcat(text, r->cand[j].text);
			}
			toks_make(&t, text);
			sim = toks_dice(&r->otok[o], &t);
			free(t.v);
			ctx_make(&cx, r->doc, r->len, r->cand[c].start,
			    r->cand[c + k - 1].end);
			score = score_context(&r->ocx[o], &cx, &pre, &suf);
			if (context_accepts(sim, pre, suf) &&
			    !raw_contains(r->old[o].doc, r->old[o].doclen,
			    text)) {
				*pairs = xgrow(*pairs, cap, *npairs,
				    sizeof **pairs);
				(*pairs)[*npairs].o = o;
				(*pairs)[*npairs].c = c;
				(*pairs)[*npairs].k = k;
				(*pairs)[*npairs].score = 4 * sim + score;
				(*npairs)++;
			}
			free(text);
		}
	}
}

/* Whether only spaces are between bytes A and B of DOC. */
static int
spaces_between(const char *doc, size_t a, size_t b)
{
	for (; a < b; a++) {
		if (doc[a] != ' ' && doc[a] != '\t')
			return 0;
	}
	return 1;
}

/* Whether a claim placed on a span of the new text overlaps [S, E). */
static int
span_held(const struct anchor_run *r, size_t s, size_t e)
{
	size_t	i;

	for (i = 0; i < r->nold; i++) {
		if (r->old[i].how != ANCHOR_NONE &&
		    r->old[i].cand == ANCHOR_NOCAND &&
		    r->old[i].nstart < e && s < r->old[i].nend)
			return 1;
	}
	return 0;
}

/* The rest of the sentence beside part P, placed inside it, on the side
 * of LEFT: [*S, *E), 1; 0 when there is none. */
static int
part_rest(const struct anchor_run *r, const struct anchor_old *p, int left,
    size_t *s, size_t *e)
{
	size_t	c = cand_after(r, p->nstart);

	if (c == r->ncand || r->cand[c].start > p->nstart ||
	    p->nend > r->cand[c].end)
		return 0;
	if (left) {
		*s = r->cand[c].start;
		for (*e = p->nstart; *e > *s && (r->doc[*e - 1] == ' ' ||
		    r->doc[*e - 1] == '\t'); (*e)--)
			;
	} else {
		for (*s = p->nend; *s < r->cand[c].end && (r->doc[*s] == ' ' ||
		    r->doc[*s] == '\t'); (*s)++)
			;
		*e = r->cand[c].end;
	}
	return *s < *e && !span_held(r, *s, *e);
}

/*
 * Phase 3: the edited part of a split sentence, beside a part found as it
 * was: the rest of the sentence on its side is its edit when it has most
 * of its words (the edge between them is known, so one side agrees).
 */
static void
phase_parts(struct anchor_run *r)
{
	struct anchor_old	*o, *p;
	size_t			 i, j, s, e;
	char			*text;
	int			 left;
	double			 sim;

	for (i = 0; i < r->nold; i++) {
		o = &r->old[i];
		if (!o->stateful || o->how != ANCHOR_NONE)
			continue;
		for (j = 0; j < r->nold && o->how == ANCHOR_NONE; j++) {
			p = &r->old[j];
			if (p->how == ANCHOR_NONE || p->cand != ANCHOR_NOCAND ||
			    p->doc != o->doc)
				continue;
			/* O was just before P in its sentence, or after. */
			if (o->end <= p->start && went_on(o, 0) &&
			    spaces_between(o->doc, o->end, p->start))
				left = 1;
			else if (p->end <= o->start && went_on(o, 1) &&
			    spaces_between(o->doc, p->end, o->start))
				left = 0;
			else
				continue;
			if (!part_rest(r, p, left, &s, &e))
				continue;
			text = xstrndup(r->doc + s, e - s);
			sim = anchor_similarity(o->text, text);
			free(text);
			if (!context_accepts(sim, 1, 1))
				continue;
			o->how = ANCHOR_CONTEXT;
			o->cand = ANCHOR_NOCAND;
			o->nstart = s;
			o->nend = e;
		}
	}
}

/* Phase 4: edited claims recognised by their surroundings. */
static void
phase_context(struct anchor_run *r)
{
	struct pair	*pairs = NULL;
	size_t		 npairs = 0, cap = 0, i, c, lo, hi, nrem = 0;
	double		 sim, pre, suf, score;

	for (i = 0; i < r->nold; i++) {
		if (r->old[i].stateful && r->old[i].how == ANCHOR_NONE)
			nrem++;
	}
	for (i = 0; i < r->nold; i++) {
		if (!r->old[i].stateful || r->old[i].how != ANCHOR_NONE)
			continue;
		toks_make(&r->otok[i], r->old[i].text);
		phase_window(r, i, nrem, &lo, &hi);
		for (c = lo; c < hi; c++) {
			if (r->cand[c].taken)
				continue;
			sim = toks_dice(&r->otok[i], cand_toks(r, c));
			score = score_context(&r->ocx[i], &r->ccx[c], &pre,
			    &suf);
			if (!context_accepts(sim, pre, suf))
				continue;
			/* A sentence the old text already had is not an
			 * edit of this claim. */
			if (raw_contains(r->old[i].doc, r->old[i].doclen,
			    r->cand[c].text))
				continue;
			pairs = xgrow(pairs, &cap, npairs, sizeof *pairs);
			pairs[npairs].o = i;
			pairs[npairs].c = c;
			pairs[npairs].k = 1;
			pairs[npairs].score = 4 * sim + score;
			npairs++;
		}
		if (several_sentences(r->old[i].text))
			run_pairs(r, i, lo, hi, &pairs, &npairs, &cap);
	}
	assign_pairs(r, pairs, npairs, ANCHOR_CONTEXT);
	free(pairs);
}

void
anchor_place(struct anchor_old *old, size_t nold, const char *doc,
    size_t len, struct anchor_new *cand, size_t ncand)
{
	struct anchor_run	r = {
		.old = old, .nold = nold, .doc = doc, .len = len,
		.cand = cand, .ncand = ncand,
		.ocx = xcalloc(nold + 1, sizeof *r.ocx),
		.ccx = xcalloc(ncand + 1, sizeof *r.ccx),
		.otok = xcalloc(nold + 1, sizeof *r.otok),
		.ctok = xcalloc(ncand + 1, sizeof *r.ctok)
	};
	size_t			i;
	for (i = 0; i < nold; i++) {
		old[i].how = ANCHOR_NONE;
		old[i].cand = ANCHOR_NOCAND;
		old[i].nstart = old[i].nend = 0;
		ctx_make(&r.ocx[i], old[i].doc, old[i].doclen, old[i].start,
		    old[i].end);
	}
	for (i = 0; i < ncand; i++)
		ctx_make(&r.ccx[i], doc, len, cand[i].start, cand[i].end);

	phase_exact(&r);
	phase_raw(&r);
	phase_parts(&r);
	phase_context(&r);

	for (i = 0; i < nold; i++)
		free(r.otok[i].v);
	for (i = 0; i < ncand; i++)
		free(r.ctok[i].v);
	free(r.otok);
	free(r.ctok);
	free(r.ocx);
	free(r.ccx);
}
