/* test_rerank.c: the reranker's features, its model, the confident tier:
 * paraphrases are confident, today's near misses never are. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "match.h"
#include "rerank.h"
#include "t.h"

/* The features of the pair (A the query, B the only candidate, ranked
 * first), every term of A found in TOTAL documents once. */
static void
features(const char *a, const char *b, const struct match_date *date,
    double f[RF_COUNT])
{
	struct rerank_query	*q = rerank_query_new(a);
	struct rerank_term	*t;
	struct match_key	*k = match_key_new(b);
	size_t			 n, i;

	t = rerank_query_terms(q, &n);
	for (i = 0; i < n; i++)
		t[i].df = 1;
	rerank_query_set_total(q, 1000);
	rerank_features(q, k, date, -10, -10, 0, f);
	rerank_relative((double (*)[RF_COUNT])f, 1);
	match_key_free(k);
	rerank_query_free(q);
}

/* Whether B would be a confident match for A, ranked first. */
static int
confident(const char *a, const char *b)
{
	struct rerank_query	*q = rerank_query_new(a);
	struct match_key	*k = match_key_new(b);
	double			 f[RF_COUNT];
	int			 r;

	features(a, b, NULL, f);
	r = rerank_confident(q, k, b, rerank_probability(f), NULL);
	match_key_free(k);
	rerank_query_free(q);
	return r;
}

#define CONFIDENT(a, b) do {						\
	t_checks++;							\
	if (!confident(a, b))						\
		T_FAIL("should be confident: \"%s\" / \"%s\"", a, b);	\
} while (0)

#define NEVER(a, b) do {						\
	struct rerank_query *q_ = rerank_query_new(a);			\
	struct match_key *k_ = match_key_new(b);			\
	t_checks++;							\
	if (rerank_confident(q_, k_, b, 1.0, NULL))				\
		T_FAIL("may never be linked: \"%s\" / \"%s\"", a, b);	\
	match_key_free(k_);						\
	rerank_query_free(q_);						\
} while (0)

static void
test_features(void)
{
	double			f[RF_COUNT];
	struct match_date	d = { 2019, 10, 15 };

	features("Brian Mast wished the Navy a happy birthday.",
	    "Brian Mast wished the Navy a happy birthday.", NULL, f);
	T_OK(fabs(f[RF_RECALL] - 1) < 1e-9);
	T_OK(fabs(f[RF_PRECISION] - 1) < 1e-9);
	T_OK(fabs(f[RF_BIGRAM] - 1) < 1e-9);
	T_OK(fabs(f[RF_NAMES] - 1) < 1e-9);
	T_OK(fabs(f[RF_BM25] - 1) < 1e-9);
	T_OK(fabs(f[RF_RANK] - 1) < 1e-9);
	T_OK(f[RF_AGREE] == 1);
	T_OK(f[RF_DATE_KNOWN] == 0);
	T_OK(f[RF_REL_RECALL] == 0);

	/* Half its words, a number the claim lacks, a name too. */
	features("The mayor opened the bridge.",
	    "The mayor opened 3 bridges in Kelso.", NULL, f);
	T_OK(f[RF_RECALL] > 0.3 && f[RF_RECALL] < 0.8);
	T_OK(fabs(f[RF_PRECISION] - 1) < 1e-9);
	T_INT(f[RF_NUM_MISS], 1);
	T_INT(f[RF_NUM_HIT], 0);
	T_OK(f[RF_NAMES_MISS] > 0);
	T_OK(f[RF_AGREE] == 0);

	/* Words of one family count for RF_PREFIX only. */
	features("Regulation grew.", "Regulators grew.", NULL, f);
	T_OK(f[RF_PREFIX] > f[RF_RECALL]);

	/* A post of October 13, 2019 and a verdict of two days later. */
	features("The Navy turns 244 \xe2\x80\x94 Jo (@jo) October 13, 2019",
	    "The Navy turned 244.", &d, f);
	T_OK(f[RF_DATE_KNOWN] == 1);
	T_OK(fabs(f[RF_DATE_NEAR] - exp(-2.0 / 30)) < 1e-9);
}

static void
test_relative(void)
{
	double	f[3][RF_COUNT];

	memset(f, 0, sizeof f);
	f[0][RF_RECALL] = 0.5;
	f[1][RF_RECALL] = 0.9;
	f[2][RF_RECALL] = 0.2;
	rerank_relative(f, 3);
	T_OK(fabs(f[0][RF_REL_RECALL] + 0.4) < 1e-9);
	T_OK(f[1][RF_REL_RECALL] == 0);
	T_OK(fabs(f[2][RF_REL_RECALL] + 0.7) < 1e-9);
}

static void
test_model(void)
{
	double	f[RF_COUNT];
	double	p, q;

	T_OK(rerank_threshold() > 0.5 && rerank_threshold() < 1);
	features("The council approved the harbour plan.",
	    "The council approved the harbour plan.", NULL, f);
	p = rerank_probability(f);
	features("The council approved the harbour plan.",
	    "The minister opened a school in the north.", NULL, f);
	q = rerank_probability(f);
	T_OK(p > q);
	T_OK(p >= 0 && p <= 1 && q >= 0 && q <= 1);
}

/* Paraphrases, ranked first, are confident. */
static void
test_confident(void)
{
	CONFIDENT("More than 3,000 soldiers were killed or wounded in the "
	    "Kursk region.",
	    "In the Kursk region over 3,000 soldiers have been killed or "
	    "wounded.");
	CONFIDENT("The company did not pay any tax in 2019.",
	    "In 2019 the company didn't pay any tax.");
	/* Another source for the same claim. */
	CONFIDENT("At least 1.5 million shells were sent to the front in "
	    "2024, officials said.", "At least 1.5 million shells were sent "
	    "to the front in 2024, an army spokesman said.");
	CONFIDENT("Traffic deaths rose 15% in 2023, according to the "
	    "ministry.", "Traffic deaths rose 15% in 2023, according to "
	    "the police.");
	/* A figure said to go the same way in other words. */
	CONFIDENT("The city cut its road budget by $40 million last year.",
	    "The city slashed its road budget by $40 million last year.");
	CONFIDENT("Veterans with PTSD were denied care in 2019.",
	    "In 2019 veterans with post-traumatic stress disorder were "
	    "denied care.");
}

/* What rerank_differs() says of B against A; "" for nothing. */
static const char *
differs(const char *a, const char *b)
{
	static char		 buf[256];
	struct rerank_query	*q = rerank_query_new(a);
	struct match_key	*k = match_key_new(b);
	char			*why = rerank_differs(q, k, b);

	snprintf(buf, sizeof buf, "%s", why != NULL ? why : "");
	free(why);
	match_key_free(k);
	rerank_query_free(q);
	return buf;
}

/* Whom each text names as its source is read for a word put for another:
 * the source changed is the same claim, the claim changed is not. */
static void
test_differs(void)
{
	T_STR(differs("Exports rose 4% in 2023, the minister said.",
	    "Exports rose 4% in 2023, the central bank said."), "");
	T_STR(differs("The minister said exports rose 4% in 2023.",
	    "Officials said exports rose 4% in 2023."), "");
	/* The words that attribute it are the source's too. */
	T_STR(differs("Traffic deaths rose 15% in 2023, according to the "
	    "ministry.", "Traffic deaths rose 15% in 2023, the police said."),
	    "");
	T_STR(differs("Traffic deaths rose 15% in 2023, the minister said.",
	    "Traffic deaths rose 15% in 2023, the central bank reported."),
	    "");
	T_STR(differs("According to officials, traffic deaths rose 15% in "
	    "2023.", "Traffic deaths rose 15% in 2023, the minister said."),
	    "");
	T_STR(differs("Exports rose 4% in 2023, the minister said.",
	    "Imports rose 4% in 2023, the minister said."),
	    "it says \"Imports\", not \"Exports\"");
	T_STR(differs("Exports rose 4% in 2023, the minister said.",
	    "Exports fell 4% in 2023, the minister said."),
	    "it says a figure went down, not up");
}

/* The near misses of the word matcher: never linked, however alike. */
static void
test_never(void)
{
	NEVER("At least 1.5 million shells were sent to Russia.",
	    "At least 4.5 million shells were sent to Russia.");
	NEVER("1.5 million shells were sent to Russia.",
	    "1.5 million rifles were sent to Russia.");
	NEVER("Unemployment fell to 4.2 percent in March.",
	    "Unemployment fell to 4.2 percent in March 2020.");
	NEVER("The strike lasted 3 days.", "The strike lasted 3 weeks.");
	NEVER("The city hired 40 nurses in 2023.",
	    "The city hired 40 nurses in 2024.");
	NEVER("Inflation reached 7.5 per cent in June.",
	    "Inflation reached 7.5 points in June.");
	NEVER("Exports rose sharply last year.",
	    "Exports did not rise sharply last year.");
	NEVER("The minister signed the treaty.",
	    "The minister never signed the treaty.");
	NEVER("An 8-ounce cup of coffee costs 3 dollars.",
	    "An 8-ounce cup of coffee costs 4 dollars.");
	/* The same sentence with a word put for another, the source
	 * alike or not. */
	NEVER("Traffic deaths rose 15% in 2023, the police said.",
	    "Traffic injuries rose 15% in 2023, the ministry said.");
	NEVER("Traffic deaths rose 15% in 2023, the ministry said.",
	    "Traffic injuries rose 15% in 2023, the ministry said.");
	NEVER("The city cut its road budget by $40 million last year.",
	    "The state cut its road budget by $40 million last year.");
	NEVER("The city cut its road budget by $40 million last year.",
	    "The city spent $40 million on its road budget last year.");
	/* Another subject: the model's own doing. */
	t_checks++;
	if (confident("The mayor of Springfield approved the new budget.",
	    "The governor of Ohio rejected the new highway plan."))
		T_FAIL("another subject is confident");
}

int
main(void)
{
	T_RUN(test_features);
	T_RUN(test_relative);
	T_RUN(test_model);
	T_RUN(test_confident);
	T_RUN(test_never);
	T_RUN(test_differs);
	return T_DONE();
}
