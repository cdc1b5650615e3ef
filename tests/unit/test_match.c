/* test_match.c: paraphrases match; other numbers, negation, subjects don't. */
#include <stdlib.h>

#include "match.h"
#include "t.h"

static double
sim(const char *a, const char *b)
{
	struct match_key	*ka, *kb;
	double			 s;

	ka = match_key_new(a);
	kb = match_key_new(b);
	s = match_similarity(ka, kb);
	match_key_free(ka);
	match_key_free(kb);
	return s;
}

#define MATCHES(a, b) do {						\
	double t_s_ = sim(a, b);					\
	t_checks++;							\
	if (t_s_ < MATCH_THRESHOLD)					\
		T_FAIL("should match (%.2f): \"%s\" / \"%s\"", t_s_, a, b); \
} while (0)

#define DIFFERS(a, b) do {						\
	double t_s_ = sim(a, b);					\
	t_checks++;							\
	if (t_s_ >= MATCH_THRESHOLD)					\
		T_FAIL("should not match (%.2f): \"%s\" / \"%s\"", t_s_, a, b); \
} while (0)

static void
test_identical(void)
{
	MATCHES("The bridge cost 12 million euros to build.",
	    "The bridge cost 12 million euros to build.");
	T_OK(sim("Prices rose.", "Prices rose.") > 0.99);
}

static void
test_paraphrases(void)
{
	MATCHES("More than 3,000 soldiers were killed or wounded in the "
	    "Kursk region.",
	    "In the Kursk region over 3,000 soldiers have been killed or "
	    "wounded.");
	MATCHES("Unemployment fell to 4.2 percent in March.",
	    "In March, unemployment fell to 4.2%.");
	MATCHES("The council spent $4 million on road repairs.",
	    "The council spent 4 million dollars on road repairs.");
	MATCHES("At least 1.5 million artillery shells were shipped to "
	    "the front last year.",
	    "Last year at least 1,500,000 artillery shells were shipped "
	    "to the front.");
	MATCHES("The company did not pay any tax in 2019.",
	    "In 2019 the company didn't pay any tax.");
}

static void
test_numbers_must_agree(void)
{
	DIFFERS("At least 1.5 million shells were sent to Russia.",
	    "At least 4.5 million shells were sent to Russia.");
	DIFFERS("1.5 million shells were sent to Russia.",
	    "1.5 million rifles were sent to Russia.");
	DIFFERS("Unemployment fell to 4.2 percent in March.",
	    "Unemployment fell to 4.2 percent in March 2020.");
	DIFFERS("The strike lasted 3 days.", "The strike lasted 3 weeks.");
}

static void
test_negation_must_agree(void)
{
	DIFFERS("Exports rose sharply last year.",
	    "Exports did not rise sharply last year.");
	DIFFERS("The minister signed the treaty.",
	    "The minister never signed the treaty.");
	MATCHES("The minister never signed the treaty.",
	    "The treaty was never signed by the minister.");
}

static void
test_other_subject(void)
{
	DIFFERS("The mayor of Springfield approved the new budget.",
	    "The governor of Ohio rejected the new highway plan.");
	DIFFERS("Kim Jong-un approved drone production.",
	    "Putin approved tank production for the army this spring.");
}

static void
test_fts_query(void)
{
	struct match_key	*k;
	char			*q;

	k = match_key_new("The \"big\" council spent money");
	q = match_fts_query(k);
	T_STR(q, "\"big\" OR \"council\" OR \"spent\" OR \"money\"");
	free(q);
	match_key_free(k);
	k = match_key_new("the of and");
	T_OK(match_fts_query(k) == NULL);
	match_key_free(k);
}

int
main(void)
{
	T_RUN(test_identical);
	T_RUN(test_paraphrases);
	T_RUN(test_numbers_must_agree);
	T_RUN(test_negation_must_agree);
	T_RUN(test_other_subject);
	T_RUN(test_fts_query);
	return T_DONE();
}
