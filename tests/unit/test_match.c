/* test_match.c: paraphrases match; other numbers, negation, subjects don't;
 * texts normalised alike (numbers, units, dates, tags, synonyms). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
test_years_and_units(void)
{
	/* A year counts nothing: the word after it is no unit. */
	MATCHES("The council spent 2 million dollars in 2023 on the sea "
	    "wall.",
	    "In 2023 the council spent 2 million dollars on the sea wall.");
	/* Only the word right after a number is what it counts. */
	MATCHES("Police arrested 40 of the protesters in the square.",
	    "In the square police arrested 40 protesters.");
	MATCHES("Inflation reached 7.5 per cent in June.",
	    "In June inflation reached 7.5%.");
	DIFFERS("Inflation reached 7.5 per cent in June.",
	    "Inflation reached 7.5 points in June.");
	DIFFERS("The city hired 40 nurses in 2023.",
	    "The city hired 40 nurses in 2024.");
	/* A comma ends what a number counts: "23, state figures show" is
	 * 23 of nothing, as "23, according to" is. */
	MATCHES("Traffic deaths rose 15% last year, to 23, state figures "
	    "show.", "Traffic deaths rose 15% in the past year, to 23, "
	    "according to state figures.");
	/* Decades and centuries count years. */
	MATCHES("It was the largest road investment in two decades.",
	    "It was the largest road investment in twenty years.");
	MATCHES("The bridge has stood for a century.",
	    "The bridge has stood for 100 years.");
	MATCHES("Rents have doubled in a decade.",
	    "Rents have doubled in 10 years.");
	DIFFERS("Rents have doubled in a decade.",
	    "Rents have doubled in 12 years.");
	/* A rate or an ordinal counts no years. */
	DIFFERS("Floods on the coast reached 40 per decade.",
	    "Floods on the coast reached 400 years.");
	MATCHES("Seas rose 3 millimetres a decade.",
	    "Seas rose 3 millimetres per decade.");
	DIFFERS("The church was built in the 12th century.",
	    "The church was built 1,200 years ago.");
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
	/* A level reached is no change by as much. */
	DIFFERS("Unemployment fell 7.2% in March.",
	    "Unemployment fell to 7.2% in March.");
	MATCHES("Unemployment fell to 7.2% in March.",
	    "In March, unemployment fell to 7.2%.");
	MATCHES("According to 40 economists, prices will rise.",
	    "Prices will rise, say 40 economists.");
	/* A list item's marker is no figure. */
	MATCHES("1. The harbour handled 120 ships in 2023.",
	    "The harbour handled 120 ships in 2023, the port said.");
	MATCHES("(2) Some 3,000 people work at the port.",
	    "Some 3,000 people work at the port.");
	DIFFERS("2.5 million people work at the port.",
	    "5 million people work at the port.");
}

static int	agree(const char *, const char *);

static void
test_negation_must_agree(void)
{
	DIFFERS("Exports rose sharply last year.",
	    "Exports did not rise sharply last year.");
	DIFFERS("The minister signed the treaty.",
	    "The minister never signed the treaty.");
	MATCHES("The minister never signed the treaty.",
	    "The treaty was never signed by the minister.");
	/* Other words for one thing. */
	MATCHES("Road deaths in Ohio rose 15% in 2023.",
	    "Traffic deaths in Ohio rose 15% in 2023.");
	/* Denied. */
	DIFFERS("The transit agency denied that bus ridership rose 12% in "
	    "2024.", "The transit agency said bus ridership rose 12% in "
	    "2024.");
	/* Called untrue. */
	DIFFERS("It is false that exports fell 4% in 2023.",
	    "Exports fell 4% in 2023.");
	DIFFERS("The claim that exports fell 4% in 2023 is untrue.",
	    "Exports fell 4% in 2023.");
	DIFFERS("The claim that exports fell 4% in 2023 is false, the "
	    "ministry said.", "Exports fell 4% in 2023.");
	MATCHES("It is false that exports fell 4% in 2023.",
	    "It's not true that exports fell 4% in 2023.");
	/* "false" before a noun denies nothing. */
	T_OK(agree("The detectors raised false alarms 40 times in 2023.",
	    "The detectors raised alarms 40 times in 2023."));
}

/* A figure said to go up is no figure said to go down. */
static void
test_direction_must_agree(void)
{
	DIFFERS("Traffic deaths rose 15% last year, the agency reported.",
	    "Traffic deaths fell 15% last year, the agency reported.");
	DIFFERS("Exports increased by 3 billion dollars in 2023.",
	    "Exports decreased by 3 billion dollars in 2023.");
	DIFFERS("More than 3,000 men were sent.",
	    "Fewer than 3,000 men were sent.");
	T_OK(!agree("Traffic deaths dropped 15% last year.",
	    "Traffic deaths rose 15% last year."));
	/* The same way in other words, or no way said on one side. */
	MATCHES("Traffic deaths rose 15% last year, the agency reported.",
	    "Traffic deaths climbed 15% last year, the agency reported.");
	T_OK(agree("Traffic deaths rose 15% last year.",
	    "Traffic deaths were up 15% last year."));
	/* "up" and "down" say no way on their own ("make up"). */
	T_OK(agree("Women make up 40% of the workforce.",
	    "Women are 40% of the workforce, down from before."));
	T_OK(agree("Traffic deaths rose 15% last year.",
	    "Traffic deaths changed by 15% last year."));
	/* Both ways in one: no way. */
	T_OK(agree("Imports rose while exports fell 15%.",
	    "Imports fell 15%."));
}

static void
test_other_subject(void)
{
	DIFFERS("The mayor of Springfield approved the new budget.",
	    "The governor of Ohio rejected the new highway plan.");
	DIFFERS("Kim Jong-un approved drone production.",
	    "Putin approved tank production for the army this spring.");
}

/* What match_swap() or match_differs() says of B against A; "" for
 * nothing. Static: one at a time. */
static const char *
said(char *(*fn)(const struct match_key *, const struct match_key *),
    const char *a, const char *b)
{
	static char		 buf[256];
	struct match_key	*ka = match_key_new(a), *kb = match_key_new(b);
	char			*why = fn(ka, kb);

	snprintf(buf, sizeof buf, "%s", why != NULL ? why : "");
	free(why);
	match_key_free(ka);
	match_key_free(kb);
	return buf;
}

/* match_swap() with no source named. */
static char *
swap(const struct match_key *a, const struct match_key *b)
{
	return match_swap(a, NULL, b, NULL);
}

/* The same sentence with a word put for another says something else,
 * however many words it shares; words added, or said the same in other
 * ways, do not. */
static void
test_swapped_words(void)
{
	T_STR(said(swap, "Workplace deaths rose 15% in 2023, the "
	    "ministry said.", "Workplace injuries rose 15% in 2023, the "
	    "ministry said."),
	    "it says \"injuries\", not \"deaths\"");
	/* At the start, at the end, a name, a verb. */
	T_STR(said(swap, "The city cut its road budget by $40 "
	    "million.", "The state cut its road budget by $40 million."),
	    "it says \"state\", not \"city\"");
	T_STR(said(swap, "Exports to Germany doubled in 2021.",
	    "Exports to France doubled in 2021."),
	    "it says \"France\", not \"Germany\"");
	T_OK(*said(swap, "The council cut $40 million from the road "
	    "budget.", "The council spent $40 million on the road budget.") !=
	    '\0');
	/* A month named inside a sentence, "May" too (not the verb). */
	T_STR(said(swap, "Measles cases rose to 120 between January and "
	    "April.", "Measles cases rose to 120 between January and May."),
	    "it says \"May\", not \"April\"");
	T_STR(said(swap, "Prices may rise in May.", "Prices may rise in "
	    "June."), "it says \"June\", not \"May\"");
	T_STR(said(swap, "Prices may rise.", "Prices rise."), "");
	/* In another order: the passive. */
	T_STR(said(swap, "The city council cut the school budget by $2 "
	    "million last year.", "The library budget was cut by $2 million "
	    "by the city council last year."),
	    "it says \"library\", not \"school\"");
	/* Words that only begin alike are other words; a figure said to
	 * go up by another factor is another figure. */
	T_STR(said(swap, "Exports to India doubled in 2021, reaching 40 "
	    "tonnes.", "Exports to Indiana doubled in 2021, reaching 40 "
	    "tonnes."), "it says \"Indiana\", not \"India\"");
	T_STR(said(swap, "Employers in the city hired 40 nurses.",
	    "Employees in the city hired 40 nurses."),
	    "it says \"Employees\", not \"Employers\"");
	T_STR(said(swap, "Bread prices doubled in the city in 2023.",
	    "Bread prices tripled in the city in 2023."),
	    "it says \"tripled\", not \"doubled\"");
	T_STR(said(swap, "Bread prices rose in the city in 2023.",
	    "Bread prices doubled in the city in 2023."),
	    "it says \"doubled\", not \"rose\"");
	/* Another time said the same way: "this year" is not "last year". */
	T_STR(said(swap, "Unemployment in Ohio fell 2% last year.",
	    "Unemployment in Ohio fell 2% this year."),
	    "it says \"this year\", not \"last year\"");
	T_STR(said(swap, "Unemployment in Ohio fell 2% this year.",
	    "Unemployment in Ohio fell 2% this year, officials said."), "");
	T_STR(said(swap, "Police made 40 arrests last weekend.",
	    "Police made 40 arrests this weekend."),
	    "it says \"this\", not \"last\"");
	/* Said only of some: another claim, either way. */
	T_STR(said(swap, "Traffic deaths in Ohio rose 15% in 2023.",
	    "Traffic deaths among children in Ohio rose 15% in 2023."),
	    "it says it only \"among children\"");
	T_STR(said(swap, "Unemployment among young women rose to 9%.",
	    "Unemployment rose to 9%."),
	    "this says it only \"among young women\"");
	T_STR(said(swap, "Unemployment among women rose to 9%, the agency "
	    "said.", "Unemployment among women rose to 9%."), "");
	/* A word that says of whom, wherever it stands. */
	T_STR(said(swap, "Traffic deaths in Ohio rose 15% in 2023.",
	    "Traffic deaths for children in Ohio rose 15% in 2023."),
	    "it says it only \"children\"");
	T_STR(said(swap, "Child traffic deaths in Ohio rose 15% in 2023.",
	    "Traffic deaths in Ohio rose 15% in 2023."),
	    "this says it only \"Child\"");
	T_STR(said(swap, "Unemployment rose to 9% in March.",
	    "Unemployment of women rose to 9% in March."),
	    "it says it only \"women\"");
	T_STR(said(swap, "Traffic deaths of kids in Ohio rose 15% in 2023.",
	    "Child traffic deaths in Ohio rose 15% in 2023."), "");
	/* "minor" and "senior" describe things more often than people. */
	T_STR(said(swap, "Minor injuries from traffic accidents in Ohio "
	    "rose 15% in 2023.", "Injuries from traffic accidents in Ohio "
	    "rose 15% in 2023."), "");
	/* "between 2020 and 2024" is "from 2020 to 2024": words only
	 * added then, no word put for another. */
	T_STR(said(swap, "Ridership doubled between 2020 and 2024.",
	    "Ridership on the transit network doubled from 2020 to 2024."),
	    "");
	/* The phrase ends at a comma, whatever word follows. */
	T_STR(said(swap, "Among teenagers, vaping fell 9% in March.",
	    "Vaping among teenagers fell 9% in March."), "");
	/* Not a swap: words only added or left out, a figure said to go
	 * the same way in other words, and sentences that share too
	 * little to be one sentence changed. */
	T_STR(said(swap, "Traffic deaths rose 15% in 2023.",
	    "Road traffic deaths rose 15% in 2023, the ministry said on "
	    "Monday."), "");
	T_STR(said(swap, "The city cut its road budget by $40 "
	    "million.", "The city slashed its road budget by $40 million."),
	    "");
	T_STR(said(swap, "A boy was accused of hacking the FBI database.",
	    "A boy was accused of hacking the FBI's database."), "");
	T_STR(said(swap, "Traffic deaths rose 15% in 2023.",
	    "Traffic deaths increased 15% in 2023."), "");
	T_STR(said(swap, "Bread prices doubled in the city in 2023.",
	    "Bread prices rose twofold in the city in 2023."), "");
	T_STR(said(swap, "Republicans in Illinois want to deny birth "
	    "certificates to children of single mothers.", "An Illinois "
	    "bill would require fathers to be named before a birth "
	    "certificate is issued to a child."), "");
	T_STR(said(swap, "", "Traffic deaths rose."), "");
}

/* A word put for another where each text names its source is the source
 * changed, not the claim; the claim changed besides is still found. */
static void
test_swapped_source(void)
{
	struct match_key	*a, *b;
	char			*why;

	a = match_key_new("Exports rose 4% in 2023, the minister said.");
	b = match_key_new("Exports rose 4% in 2023, the governor said.");
	why = match_swap(a, NULL, b, NULL);
	T_OK(why != NULL);
	free(why);
	T_OK((why = match_swap(a, "the minister", b, "the governor")) ==
	    NULL);
	free(why);
	/* The words one side names its source with are left out: what is
	 * left of it is all in the other. */
	T_OK((why = match_swap(a, "the minister", b, NULL)) == NULL);
	free(why);
	match_key_free(b);
	b = match_key_new("Imports rose 4% in 2023, the governor said.");
	why = match_swap(a, "the minister", b, "the governor");
	T_STR(why != NULL ? why : "",
	    "it says \"Imports\", not \"Exports\"");
	free(why);
	match_key_free(a);
	match_key_free(b);
	/* The share each has of the other's terms, the smaller. */
	a = match_key_new("Workplace deaths rose in the city.");
	b = match_key_new("Workplace injuries rose.");
	T_OK(fabs(match_shared(a, b) - 0.5) < 1e-9);
	match_key_free(b);
	b = match_key_new("");
	T_OK(match_shared(a, b) == 0);
	match_key_free(a);
	match_key_free(b);
}

/* Why one claim cannot stand for the other, in a reader's words. */
static void
test_differs(void)
{
	T_STR(said(match_differs, "Exports rose in 2023.",
	    "Exports did not rise in 2023."),
	    "it denies what this says");
	T_STR(said(match_differs, "Exports did not rise in 2023.",
	    "Exports rose in 2023."), "this denies what it says");
	T_STR(said(match_differs, "The city hired 40 nurses.",
	    "The city hired 45 nurses."),
	    "it says \"45\", not \"40\"");
	T_STR(said(match_differs, "Crime fell, police said.",
	    "Crime fell 15% in 2023, police said."),
	    "it gives figures this does not (\"15%\", \"2023\")");
	T_STR(said(match_differs, "Crime fell 15%.", "Crime fell."),
	    "this gives figures it does not (\"15%\")");
	T_STR(said(match_differs, "Fares rose 4 dollars.",
	    "Fares rose 4 euros."), "its figures differ in their units");
	T_STR(said(match_differs, "Unemployment rose to 5.2% in March.",
	    "Unemployment rose to 5.2% and 5.2% in March."),
	    "its figures differ");
	T_STR(said(match_differs, "Traffic deaths rose 15%.",
	    "Traffic deaths fell 15%."),
	    "it says a figure went down, not up");
	T_STR(said(match_differs, "Traffic deaths rose 15%.",
	    "Traffic deaths rose 15% last year."), "");
	/* The other way first, then the figures. */
	T_STR(said(match_differs, "Traffic deaths fell 15% last year.",
	    "Traffic deaths rose 15% last year, to 23."),
	    "it says a figure went up, not down; it gives figures this does "
	    "not (\"23\")");
	T_STR(said(match_differs, "Traffic deaths rose 15%.",
	    "Traffic deaths rose to 15%."), "it says a level reached, this a "
	    "change by as much");
}

/* The words compared: stems, sorted, unique. */
static void
test_words(void)
{
	struct match_key	*k;
	const char *const	*w;
	size_t			 n;

	k = match_key_new("The bridges were repaired, studies of 3 roads "
	    "say; the bridges held.");
	w = match_key_words(k, &n);
	T_INT(n, 6);
	if (n == 6) {
		T_STR(w[0], "bridg");
		T_STR(w[1], "held");
		T_STR(w[2], "repair");
		T_STR(w[3], "road");
		T_STR(w[4], "say");
		T_STR(w[5], "study");
	}
	match_key_free(k);
}

/* Whether KEY has a term STEM (flags FLAGS at least). */
static int
has_term(const struct match_key *k, const char *stem, int flags)
{
	const struct match_term	*t;
	size_t			 n, i;

	t = match_key_terms(k, &n);
	for (i = 0; i < n; i++) {
		if (strcmp(t[i].stem, stem) == 0 &&
		    (t[i].flags & flags) == flags)
			return 1;
	}
	return 0;
}

/* The terms of TEXT, stems joined by spaces; in one of two buffers, so
 * that the terms of two texts can be compared. */
static char *
terms_of(const char *text)
{
	static char		 bufs[2][1024];
	static int		 which;
	char			*buf = bufs[which ^= 1];
	struct match_key	*k = match_key_new(text);
	const struct match_term	*t;
	size_t			 n, i, len = 0;

	t = match_key_terms(k, &n);
	buf[0] = '\0';
	for (i = 0; i < n && len + strlen(t[i].stem) + 2 < sizeof bufs[0];
	    i++)
		len += (size_t)snprintf(buf + len, sizeof bufs[0] - len, "%s%s",
		    i > 0 ? " " : "", t[i].stem);
	match_key_free(k);
	return buf;
}

/* Two texts that agree on numbers and negation. */
static int
agree(const char *a, const char *b)
{
	struct match_key	*ka = match_key_new(a), *kb = match_key_new(b);
	int			 r = match_agree(ka, kb);

	match_key_free(ka);
	match_key_free(kb);
	return r;
}

static void
test_numbers_and_units(void)
{
	struct match_key	*k;

	T_OK(agree("Over 3,000 soldiers died.", "Over 3000 soldiers died."));
	T_OK(agree("The cup holds 8 oz of coffee.",
	    "The cup holds 8 ounces of coffee."));
	T_OK(agree("An 8-ounce cup of coffee.", "An 8 oz cup of coffee."));
	T_OK(!agree("An 8-ounce cup.", "An 8-pound cup."));
	T_OK(agree("Two senators voted no.", "2 senators voted no."));
	T_OK(agree("The deal kept a thousand jobs.",
	    "The deal kept 1,000 jobs."));
	T_OK(!agree("The deal kept a thousand jobs.",
	    "The deal kept 2,000 jobs."));
	/* A number is a term, as written and as its value. */
	k = match_key_new("They sent 1.5 million shells.");
	T_OK(has_term(k, "1500000", MATCH_NUMBER));
	T_INT(match_key_numbers(k), 1);
	match_key_free(k);
	T_STR(terms_of("The 10km race"), "10 =kilometre race");
}

static void
test_dates(void)
{
	struct match_key	*k;
	const struct match_date	*d;
	struct match_date	 one;
	size_t			 n;

	k = match_key_new("The riot of Jan. 6th and the vote of "
	    "January 6, 2021, then 6 January 2021 and 2021-01-06.");
	d = match_key_dates(k, &n);
	T_INT(n, 4);
	if (n == 4) {
		T_INT(d[0].year, 0);
		T_INT(d[0].month, 1);
		T_INT(d[0].day, 6);
		T_INT(d[1].year, 2021);
		T_INT(d[2].day, 6);
		T_INT(d[2].month, 1);
		T_INT(d[3].year, 2021);
		T_INT(d[3].month, 1);
		T_INT(d[3].day, 6);
	}
	/* Every name of a month is one word. */
	T_OK(has_term(k, "january", MATCH_GROUP));
	match_key_free(k);
	k = match_key_new("Prices fell in March 2020; they may rise.");
	d = match_key_dates(k, &n);
	T_INT(n, 1);
	if (n == 1) {
		T_INT(d[0].year, 2020);
		T_INT(d[0].month, 3);
		T_INT(d[0].day, 0);
	}
	match_key_free(k);
	T_OK(match_date_parse("26 May 2015", &one));
	T_INT(one.year * 10000 + one.month * 100 + one.day, 20150526);
	T_OK(match_date_parse("2015-05-26T10:00:00Z", &one));
	T_INT(one.year * 10000 + one.month * 100 + one.day, 20150526);
	T_OK(match_date_parse("1999", &one));
	T_INT(one.year, 1999);
	T_OK(!match_date_parse("no date here", &one));
	T_INT(match_date_days(&(struct match_date){ 1970, 1, 2 }), 1);
	T_INT(match_date_days(&(struct match_date){ 2000, 3, 1 }) -
	    match_date_days(&(struct match_date){ 2000, 2, 28 }), 2);
}

/* What a post quotes about itself is not what it claims. */
static void
test_posts(void)
{
	struct match_key	*k;
	const struct match_date	*d;
	size_t			 n;

	k = match_key_new("Watch the #SuperBowl ad! https://t.co/AbC123 "
	    "pic.twitter.com/Xyz789 \xe2\x80\x94 Jo Doe (@JoDoe42) "
	    "February 3, 2019");
	T_STR(terms_of("Watch the #SuperBowl ad! https://t.co/AbC123 "
	    "pic.twitter.com/Xyz789 \xe2\x80\x94 Jo Doe (@JoDoe42) "
	    "February 3, 2019"),
	    "watch super bowl =advertisement jo doe jo doe");
	T_INT(match_key_numbers(k), 0);
	d = match_key_posted(k, &n);
	T_INT(n, 1);
	if (n == 1)
		T_INT(d[0].year * 10000 + d[0].month * 100 + d[0].day,
		    20190203);
	match_key_free(k);
	/* The same text and its post's date agree with the claim alone. */
	T_OK(agree("Unemployment fell to 4.2 percent. \xe2\x80\x94 A "
	    "(@a) May 4, 2020", "Unemployment fell to 4.2%."));
	T_STR(terms_of("Mail name@example.org or www.example.org/x now"),
	    "mail now");
	T_STR(terms_of("\xe2\x80\x9cQuoted\xe2\x80\x9d \xf0\x9f\x98\x80 words"),
	    "quot word");
}

static void
test_synonyms(void)
{
	T_STR(terms_of("PTSD"), "=post_traumatic_stress_disorder");
	T_STR(terms_of("post-traumatic stress disorder"),
	    "=post_traumatic_stress_disorder");
	T_STR(terms_of("Americans"), terms_of("people in the U.S."));
	T_STR(terms_of("a new law"), terms_of("new legislation"));
	/* Capitals only: the country, not the pronoun; not when shouting. */
	T_STR(terms_of("The US army"), "=united_states army");
	T_STR(terms_of("Tell us more"), "tell us");
	T_STR(terms_of("HELP US NOW"), "help us now");
	/* A possessive is no letter of the capitals. */
	T_STR(terms_of("the FBI's files"), terms_of("the FBI files"));
	T_STR(terms_of("the FBI\xe2\x80\x99s files"), terms_of("the FBI files"));
	/* Stems compared, but a word is not another whose stem drops an
	 * "e": a plan is no plane. */
	T_STR(terms_of("the planes"), "=airplane");
	T_STR(terms_of("a plane"), "=airplane");
	T_STR(terms_of("the plan"), "plan");
	T_STR(terms_of("plans"), "plan");
	T_STR(terms_of("planned"), "plan");
	T_STR(terms_of("planning"), "plan");
	/* A plural's "e" is no word's: "hoaxes" are hoaxes. */
	T_STR(terms_of("hoaxes"), "=fake");
	T_STR(terms_of("a hoax"), "=fake");
	/* A factor, in any of its words. */
	T_STR(terms_of("Exports tripled."), "export =times_3");
	T_STR(terms_of("Exports rose threefold."), "export ^up =times_3");
	T_OK(strcmp(terms_of("Sales doubled."), terms_of("Sales tripled.")) !=
	    0);
	/* ... or said as a number of times: no figure then. */
	T_STR(terms_of("Exports are three times higher."), "export =times_3");
	T_STR(terms_of("Exports are three times as high."), "export =times_3");
	T_STR(terms_of("Exports grew 3-fold."), "export ^up =times_3");
	T_STR(terms_of("three times the level"), "=times_3 level");
	/* Times counted are a figure. */
	T_STR(terms_of("Exports rose three times."), "export ^up 3 time");
	/* Words of one way are one term: "fell" is "dropped". */
	T_STR(terms_of("Deaths fell 15% in 2023."),
	    terms_of("Deaths dropped 15% in 2023."));
	T_STR(terms_of("three times, as many"), "3 time many");
	/* Stems compared: plural or not. */
	MATCHES("Veterans with PTSD were denied care.",
	    "A veteran with post-traumatic stress disorder was denied care.");
}

int
main(void)
{
	T_RUN(test_identical);
	T_RUN(test_paraphrases);
	T_RUN(test_years_and_units);
	T_RUN(test_numbers_must_agree);
	T_RUN(test_negation_must_agree);
	T_RUN(test_direction_must_agree);
	T_RUN(test_other_subject);
	T_RUN(test_swapped_words);
	T_RUN(test_swapped_source);
	T_RUN(test_differs);
	T_RUN(test_words);
	T_RUN(test_numbers_and_units);
	T_RUN(test_dates);
	T_RUN(test_posts);
	T_RUN(test_synonyms);
	return T_DONE();
}
