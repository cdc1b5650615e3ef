/* test_segment.c: sentence boundaries, titles, kinds and exact byte spans. */
#include <sys/stat.h>

#include <dirent.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "abbrevs.h"
#include "article.h"
#include "segment.h"
#include "t.h"
#include "xmalloc.h"

static const char	*srcdir;
static struct abbrevs	*ab;

struct res {
	struct article	*art;
	struct sentence	*v;
	size_t		 n;
};

static int
is_ws(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/*
 * The invariants every segmentation keeps: spans in order, inside the text
 * after any BOM, not overlapping, trimmed, and each sentence's text is its
 * span with white space collapsed. Returns 0 or the number of the first bad
 * sentence plus one.
 */
static size_t
spans_bad(const struct article *art, const struct sentence *v, size_t n)
{
	size_t	 i, prev_end = art->body;
	char	*want;
	int	 ok;

	for (i = 0; i < n; i++) {
		if (v[i].start < prev_end || v[i].end <= v[i].start ||
		    v[i].end > art->len)
			return i + 1;
		if (is_ws((unsigned char)art->text[v[i].start]) ||
		    is_ws((unsigned char)art->text[v[i].end - 1]))
			return i + 1;
		want = segment_collapse(art->text + v[i].start,
		    v[i].end - v[i].start);
		ok = strcmp(want, v[i].text) == 0 && *want != '\0';
		free(want);
		if (!ok)
			return i + 1;
		if (i > 0 && v[i].para < v[i - 1].para)
			return i + 1;
		prev_end = v[i].end;
	}
	return 0;
}

static void
res_open(struct res *r, const char *text, size_t len)
{
	char	*cause = NULL;
	size_t	 bad;

	r->v = NULL;
	r->n = 0;
	r->art = article_from_bytes("test.txt", text, len, ARTICLE_MAX_SIZE,
	    &cause);
	if (r->art == NULL) {
		T_FAIL("article refused: %s", cause);
		free(cause);
		return;
	}
	r->v = segment_article(r->art, ab, &r->n);
	t_checks++;
	if ((bad = spans_bad(r->art, r->v, r->n)) != 0)
		T_FAIL("bad span for sentence %zu of \"%s\"", bad, text);
}

static void
res_close(struct res *r)
{
	sentences_free(r->v, r->n);
	article_free(r->art);
}

static void
dump(const struct res *r)
{
	size_t	i;

	for (i = 0; i < r->n; i++)
		fprintf(stderr, "    [%zu] %s \"%s\"\n", i,
		    segment_kind_name(r->v[i].kind), r->v[i].text);
}

/* Checks that TEXT splits into exactly the sentences that follow, up to a
 * NULL. */
static void
split(const char *text, ...)
{
	struct res	 r;
	va_list		 ap;
	const char	*want;
	size_t		 i = 0;
	int		 ok = 1;

	res_open(&r, text, strlen(text));
	va_start(ap, text);
	while ((want = va_arg(ap, const char *)) != NULL) {
		if (i >= r.n || strcmp(r.v[i].text, want) != 0)
			ok = 0;
		i++;
	}
	va_end(ap);
	if (i != r.n)
		ok = 0;
	t_checks++;
	if (!ok) {
		T_FAIL("segmenting \"%s\" gave:", text);
		dump(&r);
	}
	res_close(&r);
}

/* Checks the kinds of TEXT's sentences, in order, one letter each:
 * s(entence), t(itle), h(eading), b(yline), i(tem), d(ateline). */
static void
kinds(const char *text, const char *want)
{
	static const char	 letter[] = "sthbid";
	struct res		 r;
	char			 got[64];
	size_t			 i;

	res_open(&r, text, strlen(text));
	for (i = 0; i < r.n && i < sizeof got - 1; i++)
		got[i] = letter[r.v[i].kind];
	got[i] = '\0';
	t_checks++;
	if (strcmp(got, want) != 0) {
		T_FAIL("kinds of \"%s\": %s, expected %s", text, got, want);
		dump(&r);
	}
	res_close(&r);
}

static char *
title_of(const char *text)
{
	struct res	 r;
	char		*title;

	res_open(&r, text, strlen(text));
	title = segment_title(r.art, r.v, r.n);
	res_close(&r);
	return title;
}

static void
check_title(const char *text, const char *want)
{
	char	*title;

	title = title_of(text);
	T_STR(title, want);
	free(title);
}

static void
test_title(void)
{
	kinds("Harbour bridge to close for repairs\n\nThe bridge will close "
	    "in May. Ferries will run.", "tss");
	check_title("Harbour bridge to close for repairs\n\nThe bridge will "
	    "close in May.", "Harbour bridge to close for repairs");
	check_title("\n\n  Leading blank lines are skipped  \n\nBody text.",
	    "Leading blank lines are skipped");
	check_title("Harbour bridge\r\n\r\nWindows line ends.",
	    "Harbour bridge");
	check_title("# Storm hits the coast #\nRain fell all night.",
	    "Storm hits the coast");
	check_title("## C#\n\nA heading about a language.", "C#");
	check_title("Storm warning\n=============\n\nText follows.",
	    "Storm warning");
	/* A first paragraph is no title, a later "# " heading is. */
	check_title("Rain fell on Tuesday.\n\n# The real title\n\nBody.",
	    "The real title");
	/* No blank line after the first line, no heading: the file name. */
	check_title("First line\nSecond line.", "test.txt");
	check_title("Only one sentence here.", "test.txt");
	check_title("", "test.txt");
	/* A text of only a title line: that line, with or without its
	 * line end; not one of two sentences, nor a line that ends one. */
	check_title("Flood report from the coast\n",
	    "Flood report from the coast");
	check_title("Flood report from the coast", "Flood report from the coast");
	kinds("Flood report from the coast\n", "t");
	check_title("Rain fell. Roads closed", "test.txt");
	check_title("lower case words, no title\n", "test.txt");
	kinds("# Storm hits the coast\nRain fell. Roads closed.\n\n## Damage\n"
	    "Trees fell.\n### Costs", "tsshsh");
}

static void
test_paragraphs(void)
{
	split("The mayor said the plan was final\n\nCritics disagreed.",
	    "The mayor said the plan was final", "Critics disagreed.", NULL);
	split("No stop here\n \t \nNor here", "No stop here", "Nor here",
	    NULL);
	split("One.\n\n\n\nTwo.", "One.", "Two.", NULL);
	split("Ends with the abbreviation U.S.\n\nNext paragraph starts.",
	    "Ends with the abbreviation U.S.", "Next paragraph starts.",
	    NULL);
}

static void
test_paragraph_numbers(void)
{
	struct res	r;
	const char	*s = "Title here\n\nFirst one. Still first.\n\nSecond.";

	res_open(&r, s, strlen(s));
	T_INT(r.n, 4);
	if (r.n == 4) {
		T_INT(r.v[0].para, 0);
		T_INT(r.v[1].para, 1);
		T_INT(r.v[2].para, 1);
		T_INT(r.v[3].para, 2);
	}
	res_close(&r);
}

static void
test_abbreviations(void)
{
	split("Dr. Amal Haddad leads the study.", "Dr. Amal Haddad leads "
	    "the study.", NULL);
	split("Prof. Lin and Mr. Osei disagreed on the figures.",
	    "Prof. Lin and Mr. Osei disagreed on the figures.", NULL);
	split("The U.S. Treasury issued new bonds.", "The U.S. Treasury "
	    "issued new bonds.", NULL);
	split("Some cities, e.g. Leeds and York, saw floods.", "Some cities, "
	    "e.g. Leeds and York, saw floods.", NULL);
	split("Coastal towns, i.e. Whitby, were cleared.", "Coastal towns, "
	    "i.e. Whitby, were cleared.", NULL);
	split("The ferry left at 7 a.m. on Monday.", "The ferry left at 7 "
	    "a.m. on Monday.", NULL);
	split("He lives at No. 4 Mill Lane.", "He lives at No. 4 Mill Lane.",
	    NULL);
	split("St. Andrews hosted the final.", "St. Andrews hosted the "
	    "final.", NULL);
	split("The vote is set for Jan. 14 in the capital.", "The vote is "
	    "set for Jan. 14 in the capital.", NULL);
	split("Mrs. Dale met Gen. Ortiz and Sen. Price.", "Mrs. Dale met Gen. "
	    "Ortiz and Sen. Price.", NULL);
	split("See p. 7 and Fig. 2 of the audit.", "See p. 7 and Fig. 2 of "
	    "the audit.", NULL);
	split("The case of Roe v. Wade was cited.", "The case of Roe v. Wade "
	    "was cited.", NULL);
	split("Acme Corp. said profits rose.", "Acme Corp. said profits rose.",
	    NULL);
}

/* An abbreviation ends a sentence when the next word starts one. */
static void
test_abbreviation_at_end(void)
{
	split("Exports fell in the U.S. The decline was sharp.",
	    "Exports fell in the U.S.", "The decline was sharp.", NULL);
	split("They met at 9 a.m. It rained all day.", "They met at 9 a.m.",
	    "It rained all day.", NULL);
	split("She joined Acme Inc. Her pay was not disclosed.",
	    "She joined Acme Inc.", "Her pay was not disclosed.", NULL);
	split("Bring maps, tents, etc. We leave at dawn.",
	    "Bring maps, tents, etc.", "We leave at dawn.", NULL);
	split("He was ill. Doctors kept him in.", "He was ill.",
	    "Doctors kept him in.", NULL);
	split("No one came. No. 9 stayed empty.", "No one came.",
	    "No. 9 stayed empty.", NULL);
	split("Exports fell in the U.S. Officials blamed tariffs.",
	    "Exports fell in the U.S.", "Officials blamed tariffs.", NULL);
	/* Not before a number or a name. */
	split("Smith et al. (2019) found it.", "Smith et al. (2019) found it.",
	    NULL);
	split("He has lived in the U.S. 20 years.", "He has lived in the "
	    "U.S. 20 years.", NULL);
	/* A headline in title case has no sentence starters. */
	split("Mayor Says U.S. Will Pay For Bridge\nThe deal was signed.",
	    "Mayor Says U.S. Will Pay For Bridge", "The deal was signed.",
	    NULL);
}

static void
test_initials(void)
{
	split("The report by A. B. Carter was cited. Its author declined "
	    "to comment.", "The report by A. B. Carter was cited.",
	    "Its author declined to comment.", NULL);
	split("W. E. B. Du Bois wrote it.", "W. E. B. Du Bois wrote it.",
	    NULL);
	split("The ship was named after J.R.R. Tolkien.", "The ship was "
	    "named after J.R.R. Tolkien.", NULL);
	split("Ask the one they call T. He knows the way.",
	    "Ask the one they call T.", "He knows the way.", NULL);
}

static void
test_numbers(void)
{
	split("Inflation was 2.75 percent in March. Wages rose by 12,500 "
	    "euros.", "Inflation was 2.75 percent in March.",
	    "Wages rose by 12,500 euros.", NULL);
	split("Growth hit 3.1%. Analysts had expected 2.9.", "Growth hit "
	    "3.1%.", "Analysts had expected 2.9.", NULL);
	split("The crowd reached 45,000.Police closed the gates.",
	    "The crowd reached 45,000.", "Police closed the gates.", NULL);
	split("Version 10.2.1 fixed it.", "Version 10.2.1 fixed it.", NULL);
	split("The team finished in 2. Nobody expected it.",
	    "The team finished in 2.", "Nobody expected it.", NULL);
	split("Turnout fell in 2019. 2020 was worse.", "Turnout fell in "
	    "2019.", "2020 was worse.", NULL);
}

static void
test_currency(void)
{
	split("The fund lost $3.2 billion. Its rival gained \xc2\xa3" "4.99 "
	    "a share. Fees reach \xe2\x82\xac" "10.50 in May.",
	    "The fund lost $3.2 billion.", "Its rival gained \xc2\xa3" "4.99 "
	    "a share.", "Fees reach \xe2\x82\xac" "10.50 in May.", NULL);
	split("Tickets cost $12. $3 goes to charity.", "Tickets cost $12.",
	    "$3 goes to charity.", NULL);
}

static void
test_ellipses(void)
{
	split("The minister paused... Then she resigned.",
	    "The minister paused...", "Then she resigned.", NULL);
	split("The minister paused\xe2\x80\xa6 Then she resigned.",
	    "The minister paused\xe2\x80\xa6", "Then she resigned.", NULL);
	split("We were, well ... not ready.", "We were, well ... not ready.",
	    NULL);
	split("The sign said \"keep out . . . by order\" and little else.",
	    "The sign said \"keep out . . . by order\" and little else.",
	    NULL);
	split("Nobody came . . . . Then the rain began.",
	    "Nobody came . . . .", "Then the rain began.", NULL);
	split("Taxes rose. . . . Nobody noticed.", "Taxes rose.",
	    ". . . Nobody noticed.", NULL);
	split("The letter read \"we [...] regret nothing\" in full.",
	    "The letter read \"we [...] regret nothing\" in full.", NULL);
	split("It was over.... Crews went home.", "It was over....",
	    "Crews went home.", NULL);
	split("... And so it began.", "... And so it began.", NULL);
}

static void
test_closers(void)
{
	split("\xe2\x80\x9cThe bridge is safe.\xe2\x80\x9d Engineers "
	    "disagreed.", "\xe2\x80\x9cThe bridge is safe.\xe2\x80\x9d",
	    "Engineers disagreed.", NULL);
	split("He asked, 'Is it safe?' Nobody replied.",
	    "He asked, 'Is it safe?'", "Nobody replied.", NULL);
	split("(The vote was close.) The motion passed.",
	    "(The vote was close.)", "The motion passed.", NULL);
	split("\xe2\x80\x9cIs it safe?\xe2\x80\x9d he asked.",
	    "\xe2\x80\x9cIs it safe?\xe2\x80\x9d he asked.", NULL);
	split("The motion failed (by two votes.) and the session ended.",
	    "The motion failed (by two votes.) and the session ended.", NULL);
	split("Why? Nobody knows! Ask again.", "Why?", "Nobody knows!",
	    "Ask again.", NULL);
	split("Stop!! Now?! Fine.", "Stop!!", "Now?!", "Fine.", NULL);
	split("She works at Yahoo! in the London office.", "She works at "
	    "Yahoo! in the London office.", NULL);
	split("He said \xe2\x80\x98no.\xe2\x80\x99 Then he left.",
	    "He said \xe2\x80\x98no.\xe2\x80\x99", "Then he left.", NULL);
}

/* Chinese and Japanese: an ideographic full stop or a fullwidth ? or !
 * ends a sentence with no space after it; a corner-bracket quotation
 * inside a sentence that goes on is a part of it. */
static void
test_wide_stops(void)
{
	/* 北京表示，已有300万人接种。官员说，增加了15%。新医院将开放！ */
	split("\xe5\x8c\x97\xe4\xba\xac\xe8\xa1\xa8\xe7\xa4\xba\xef\xbc\x8c"
	    "\xe5\xb7\xb2\xe6\x9c\x89" "300" "\xe4\xb8\x87\xe4\xba\xba"
	    "\xe6\x8e\xa5\xe7\xa7\x8d\xe3\x80\x82"
	    "\xe5\xae\x98\xe5\x91\x98\xe8\xaf\xb4\xef\xbc\x8c"
	    "\xe5\xa2\x9e\xe5\x8a\xa0\xe4\xba\x86" "15%"
	    "\xe3\x80\x82\xe6\x96\xb0\xe5\x8c\xbb\xe9\x99\xa2"
	    "\xe5\xb0\x86\xe5\xbc\x80\xe6\x94\xbe\xef\xbc\x81",
	    "\xe5\x8c\x97\xe4\xba\xac\xe8\xa1\xa8\xe7\xa4\xba\xef\xbc\x8c"
	    "\xe5\xb7\xb2\xe6\x9c\x89" "300" "\xe4\xb8\x87\xe4\xba\xba"
	    "\xe6\x8e\xa5\xe7\xa7\x8d\xe3\x80\x82",
	    "\xe5\xae\x98\xe5\x91\x98\xe8\xaf\xb4\xef\xbc\x8c"
	    "\xe5\xa2\x9e\xe5\x8a\xa0\xe4\xba\x86" "15%" "\xe3\x80\x82",
	    "\xe6\x96\xb0\xe5\x8c\xbb\xe9\x99\xa2"
	    "\xe5\xb0\x86\xe5\xbc\x80\xe6\x94\xbe\xef\xbc\x81", NULL);
	/* 本当？はい。 */
	split("\xe6\x9c\xac\xe5\xbd\x93\xef\xbc\x9f\xe3\x81\xaf\xe3\x81\x84"
	    "\xe3\x80\x82", "\xe6\x9c\xac\xe5\xbd\x93\xef\xbc\x9f",
	    "\xe3\x81\xaf\xe3\x81\x84\xe3\x80\x82", NULL);
	/* 他说「完成。」然后离开了。: one sentence; 「完成。」他说。: two. */
	split("\xe4\xbb\x96\xe8\xaf\xb4\xe3\x80\x8c\xe5\xae\x8c\xe6\x88\x90"
	    "\xe3\x80\x82\xe3\x80\x8d\xe7\x84\xb6\xe5\x90\x8e\xe7\xa6\xbb"
	    "\xe5\xbc\x80\xe4\xba\x86\xe3\x80\x82",
	    "\xe4\xbb\x96\xe8\xaf\xb4\xe3\x80\x8c\xe5\xae\x8c\xe6\x88\x90"
	    "\xe3\x80\x82\xe3\x80\x8d\xe7\x84\xb6\xe5\x90\x8e\xe7\xa6\xbb"
	    "\xe5\xbc\x80\xe4\xba\x86\xe3\x80\x82", NULL);
	split("\xe3\x80\x8c\xe5\xae\x8c\xe6\x88\x90\xe3\x80\x82\xe3\x80\x8d"
	    "\xe4\xbb\x96\xe8\xaf\xb4\xe3\x80\x82",
	    "\xe3\x80\x8c\xe5\xae\x8c\xe6\x88\x90\xe3\x80\x82\xe3\x80\x8d",
	    "\xe4\xbb\x96\xe8\xaf\xb4\xe3\x80\x82", NULL);
}

/* A closing quote glued to the next word, as in the sample article. */
static void
test_glued_quote(void)
{
	split("\xe2\x80\x9cOur troops are ready\xe2\x80\x9d" "declared the "
	    "general at the parade. The crowd cheered.",
	    "\xe2\x80\x9cOur troops are ready\xe2\x80\x9d" "declared the "
	    "general at the parade.", "The crowd cheered.", NULL);
	split("The plan failed.\xe2\x80\x9dOfficials blamed the weather.",
	    "The plan failed.\xe2\x80\x9d", "Officials blamed the weather.",
	    NULL);
	split("\xe2\x80\x9cIt is over.\xe2\x80\x9dsaid the coach.",
	    "\xe2\x80\x9cIt is over.\xe2\x80\x9dsaid the coach.", NULL);
}

/* A quotation that opens a sentence is cut into its sentences, as a
 * reader counts them; a stop that ends the quotation before "she said"
 * does not end the sentence; a quotation that opens inside a sentence and
 * goes on with it is a part of it. */
static void
test_quotation(void)
{
	split("\xe2\x80\x9cThe water is clean. The tests prove it,\xe2\x80\x9d "
	    "the mayor said. Residents were not convinced.",
	    "\xe2\x80\x9cThe water is clean.",
	    "The tests prove it,\xe2\x80\x9d the mayor said.",
	    "Residents were not convinced.", NULL);
	split("\xe2\x80\x9cIt is over. We lost.\xe2\x80\x9d Then he left.",
	    "\xe2\x80\x9cIt is over.", "We lost.\xe2\x80\x9d",
	    "Then he left.", NULL);
	split("\"We won. The war is over,\" she said.",
	    "\"We won.", "The war is over,\" she said.", NULL);
	split("\"We won!\" she said. \"Is it over?\" he asked.",
	    "\"We won!\" she said.", "\"Is it over?\" he asked.", NULL);
	split("\xe2\x80\x9cPrices rose 4 per cent. Wages did not.\xe2\x80\x9d",
	    "\xe2\x80\x9cPrices rose 4 per cent.", "Wages did not.\xe2\x80\x9d",
	    NULL);
	/* Inside a sentence, going on with it: a title, a nested quote, a
	 * phrase before a comma. */
	split("The report, titled \"Growth. Jobs. Wages.\" found that wages "
	    "rose.", "The report, titled \"Growth. Jobs. Wages.\" found that "
	    "wages rose.", NULL);
	split("The report, titled \"Growth. Jobs.\", found that 150,000 jobs "
	    "were added.", "The report, titled \"Growth. Jobs.\", found "
	    "that 150,000 jobs were added.", NULL);
	split("\"I said 'no. Never.' to them,\" Kerr said.",
	    "\"I said 'no. Never.' to them,\" Kerr said.", NULL);
	split("She called it \xe2\x80\x9c" "a win. A big one,\xe2\x80\x9d and "
	    "left.", "She called it \xe2\x80\x9c" "a win. A big one,"
	    "\xe2\x80\x9d and left.", NULL);
	split("He said \xe2\x80\x98no. Never.\xe2\x80\x99 to them.",
	    "He said \xe2\x80\x98no. Never.\xe2\x80\x99 to them.", NULL);
	/* Inside a sentence, but the sentence ends with it: cut. */
	split("He said: \"We won. The war is over.\" Then he left.",
	    "He said: \"We won.", "The war is over.\"", "Then he left.",
	    NULL);
	/* An apostrophe is no quotation. */
	split("The students' grades rose. They fell in 2020.",
	    "The students' grades rose.", "They fell in 2020.", NULL);
	/* Not a stop: an abbreviation or a decimal inside the quotation. */
	split("\"Dr. Roe saw 1.5 million cases,\" the agency said.",
	    "\"Dr. Roe saw 1.5 million cases,\" the agency said.", NULL);
}

static void
test_lists(void)
{
	split("1. Close the road 2. Repair the cables 3. Reopen in May",
	    "1. Close the road", "2. Repair the cables", "3. Reopen in May",
	    NULL);
	split("1) Close the road. 2) Reopen it.", "1) Close the road.",
	    "2) Reopen it.", NULL);
	split("a. first point b. second point", "a. first point",
	    "b. second point", NULL);
	split("\xe2\x80\xa2 first \xe2\x80\xa2 second", "\xe2\x80\xa2 first",
	    "\xe2\x80\xa2 second", NULL);
	split("The agency listed causes: 1. heavy rain 2. blocked drains.",
	    "The agency listed causes:", "1. heavy rain",
	    "2. blocked drains.", NULL);
	split("Key figures:\n- 41,000 vehicles a day\n- $14.5 million\n"
	    "* 12% more\n+ done", "Key figures:", "- 41,000 vehicles a day",
	    "- $14.5 million", "* 12% more", "+ done", NULL);
	kinds("Key figures:\n- one\n- two\n\n1. three\n2. four", "siiii");
	split("Rules: (1) be kind (2) be brief.", "Rules:", "(1) be kind",
	    "(2) be brief.", NULL);
	split("(a) alpha (b) beta", "(a) alpha", "(b) beta", NULL);
	/* Numbers that are not list markers. */
	split("In 1. the first place, 3.5 million voted.",
	    "In 1. the first place, 3.5 million voted.", NULL);
	/* A number at the end of an item is no next item. */
	split("2. Traffic Survey 2022, table 3.",
	    "2. Traffic Survey 2022, table 3.", NULL);
}

/* Headlines and bylines stand alone even without a stop. */
static void
test_headlines_bylines(void)
{
	split("Flood warnings issued for three rivers\nBy Tomasz Nowak\n"
	    "Heavy rain is expected tonight.", "Flood warnings issued for "
	    "three rivers", "By Tomasz Nowak", "Heavy rain is expected "
	    "tonight.", NULL);
	/* A headline with a byline under it is the title, no blank line
	 * between them. */
	kinds("Flood warnings issued for three rivers\nBy Tomasz Nowak\n"
	    "Heavy rain is expected tonight.", "tbs");
	check_title("Flood warnings issued for three rivers\nBy Tomasz Nowak\n"
	    "\nHeavy rain is expected tonight.", "Flood warnings issued for "
	    "three rivers");
	check_title("Flood warnings issued\nKELSO, Ore. -- Heavy rain is "
	    "expected tonight.", "Flood warnings issued");
	/* A dateline on a line of its own, its place in capitals: a
	 * dateline (and the title above it); a heading ending in a dash
	 * is none. */
	kinds("Flood warnings issued\nKELSO, March 3, 2025 -\n\nRain fell.",
	    "tds");
	kinds("Flood warnings\n\nUpdated March 5, 2025 -\n\nRain fell.",
	    "ths");
	kinds("Flood warnings\n\nTalks end, vote set for March 9, 2025 -\n"
	    "\nRain fell.", "ths");
	/* Not when the line under it is text, nor for a second heading. */
	kinds("Flood warnings issued\nRain is expected.\nBy Tomasz Nowak\n",
	    "hsb");
	kinds("Flood warnings\nRivers rising\nBy Tomasz Nowak\n", "hhb");
	kinds("Markets rally\n\nBY ANNA BERG\n\nShares rose 3%.", "tbs");
	split("features\ncontact list\nevents, talks\n", "features",
	    "contact list", "events, talks", NULL);
}

/* A dateline opening a paragraph is a sentence of its own; a dash in
 * other places is not one. */
static void
test_datelines(void)
{
	split("Storm hits coast\n\nOSLO — The storm cut power to 3,000 "
	    "homes.", "Storm hits coast", "OSLO —", "The storm cut power to "
	    "3,000 homes.", NULL);
	kinds("Storm hits coast\n\nOSLO — The storm cut power.", "tds");
	split("Lyon, France — Turnout was 61%. It rose.", "Lyon, France —",
	    "Turnout was 61%.", "It rose.", NULL);
	split("NEW YORK, March 3 (Reuters) - Shares fell.",
	    "NEW YORK, March 3 (Reuters) -", "Shares fell.", NULL);
	split("WASHINGTON (AP) -- \"We won,\" she said.",
	    "WASHINGTON (AP) --", "\"We won,\" she said.", NULL);
	kinds("Title\n\nFirst.\n\nPORT-AU-PRINCE — Aid came.", "tsds");
	/* Not datelines: a name and an aside, a dash glued, words in small
	 * letters, a lowercase start after the dash, too many words. */
	split("The mayor — a Democrat — said no.", "The mayor — a Democrat "
	    "— said no.", NULL);
	split("Obama — who won — spoke.", "Obama — who won — spoke.", NULL);
	split("GENEVA—The agency met.", "GENEVA—The agency met.", NULL);
	split("Paris — the city of light.", "Paris — the city of light.",
	    NULL);
	split("Paris — The city of light.", "Paris — The city of light.",
	    NULL);
	split("ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE — The end.",
	    "ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE — The end.", NULL);
	split("- A list item, not a dateline.", "- A list item, not a "
	    "dateline.", NULL);
}

static void
test_line_ends(void)
{
	static const char *const	 texts[] = {
		"Headline here\n\nFirst sentence. Second\nsentence ends.\n",
		"Headline here\r\n\r\nFirst sentence. Second\r\nsentence "
		    "ends.\r\n",
		"Headline here\r\rFirst sentence. Second\rsentence ends.\r",
	};
	struct res			 r;
	size_t				 i;

	for (i = 0; i < 3; i++) {
		res_open(&r, texts[i], strlen(texts[i]));
		T_INT(r.n, 4);
		if (r.n == 4) {
			T_INT(r.v[0].kind, SEG_TITLE);
			T_STR(r.v[0].text, "Headline here");
			T_STR(r.v[2].text, "Second");
			T_STR(r.v[3].text, "sentence ends.");
			T_INT(r.v[0].end, 13);
		}
		res_close(&r);
	}
	/* Soft line ends: a line that ends in white space goes on. */
	split("It was a cold \r\nnight in the city.", "It was a cold night "
	    "in the city.", NULL);
	split("It was a cold \rnight in the city.", "It was a cold night in "
	    "the city.", NULL);
}

static void
test_bom_offsets(void)
{
	struct res	r;
	const char	*s = "\xef\xbb\xbf" "First. Second.";

	res_open(&r, s, strlen(s));
	T_INT(r.n, 2);
	if (r.n == 2) {
		T_INT(r.v[0].start, 3);
		T_INT(r.v[0].end, 9);
		T_STR(r.v[0].text, "First.");
		T_INT(r.v[1].start, 10);
		T_INT(r.v[1].end, 17);
	}
	res_close(&r);
	check_title("\xef\xbb\xbfTitle after a BOM\n\nBody.", "Title after a BOM");
}

static void
test_spans(void)
{
	struct res	r;
	const char	*s = "  Lead sentence.\n\n\tSecond  one \n here. ";

	res_open(&r, s, strlen(s));
	T_INT(r.n, 2);
	if (r.n == 2) {
		T_INT(r.v[0].start, 2);
		T_INT(r.v[0].end, 16);
		T_STR(r.v[0].text, "Lead sentence.");
		T_INT(r.v[1].start, 19);
		T_INT(r.v[1].end, 38);
		T_STR(r.v[1].text, "Second one here.");
	}
	res_close(&r);
	split("", NULL);
	split(" \n\t\r\n ", NULL);
	split("Mr.\xc2\xa0Smith left.\xc2\xa0He was tired.",
	    "Mr. Smith left.", "He was tired.", NULL);
}

static void
test_urls(void)
{
	split("Write to jo.ward@example.org. She answers.", "Write to "
	    "jo.ward@example.org.", "She answers.", NULL);
	split("Read https://news.example.net/A.Story.html. It is long.",
	    "Read https://news.example.net/A.Story.html.", "It is long.",
	    NULL);
	split("See www.Example.COM.Then decide.", "See www.Example.COM.Then "
	    "decide.", NULL);
}

static void
test_glued_sentences(void)
{
	split("The dam held.Engineers were relieved.Mr. Ito thanked them.",
	    "The dam held.", "Engineers were relieved.",
	    "Mr. Ito thanked them.", NULL);
	split("The U.S.A. team won.", "The U.S.A. team won.", NULL);
	split("Sen. Ann Roe, D-W.Va., voted no.", "Sen. Ann Roe, D-W.Va., "
	    "voted no.", NULL);
}

/* Hard-wrapped text is measured in characters, not bytes: these lines of
 * two-byte letters are some 75 characters wide (near 140 bytes, wider
 * than any wrapped line could be), and are joined. */
static void
test_wrapped_multibyte(void)
{
	split("Мэрия города объявила во вторник о новом плане ремонта "
	    "старого моста через\n"
	    "реку, который закрыт для машин уже третий месяц подряд из-за "
	    "коррозии тросов.\n"
	    "Работы начнутся весной и продлятся до конца года, сообщили в "
	    "пресс-службе\n"
	    "мэрии после заседания совета депутатов, которое прошло во "
	    "вторник вечером.\n",
	    "Мэрия города объявила во вторник о новом плане ремонта старого "
	    "моста через реку, который закрыт для машин уже третий месяц "
	    "подряд из-за коррозии тросов.",
	    "Работы начнутся весной и продлятся до конца года, сообщили в "
	    "пресс-службе мэрии после заседания совета депутатов, которое "
	    "прошло во вторник вечером.", NULL);
}

/* The fixture is hard-wrapped by hand near 76 columns. */
static void
test_wrapped(void)
{
	struct res	 r;
	struct article	*art;
	char		*path, *cause = NULL;
	size_t		 i, found = 0;

	path = xasprintf("%s/tests/unit/fixtures/wrapped.txt", srcdir);
	art = article_load(path, ARTICLE_MAX_SIZE, &cause);
	T_OK(art != NULL);
	free(path);
	if (art == NULL) {
		free(cause);
		return;
	}
	r.art = art;
	r.v = segment_article(art, ab, &r.n);
	T_INT(spans_bad(art, r.v, r.n), 0);
	for (i = 0; i < r.n; i++) {
		if (strcmp(r.v[i].text, "PORTVALE, Ore. --") == 0 &&
		    r.v[i].kind == SEG_DATELINE)
			found++;
		if (strcmp(r.v[i].text, "The city council "
		    "voted 7-2 on Tuesday to spend $14.5 million repairing the "
		    "Harbour Bridge, ending a dispute that began when Dr. "
		    "Helen O. Ruiz, the county engineer, warned that corrosion "
		    "had spread to the main cables.") == 0 || strcmp(r.v[i].text, "\"We cannot wait "
		    "another winter,\" she told reporters at 6 p.m. on the "
		    "steps of City Hall.") == 0 || strcmp(r.v[i].text,
		    "Residents were told to expect delays of up to 20 min. on "
		    "weekdays.") == 0)
			found++;
	}
	T_INT(found, 4);
	T_INT(r.v[0].kind, SEG_TITLE);
	T_INT(r.v[1].kind, SEG_BYLINE);
	res_close(&r);
}

/* The shipped sample: one paragraph a line, a quote glued to "declared". */
static void
test_sample(void)
{
	struct res	 r;
	struct article	*art;
	char		*path, *cause = NULL;
	size_t		 i, found = 0;

	path = xasprintf("%s/data/samples/nk-russia-pact.txt", srcdir);
	art = article_load(path, ARTICLE_MAX_SIZE, &cause);
	free(path);
	if (art == NULL) {
		T_FAIL("sample: %s", cause);
		free(cause);
		return;
	}
	r.art = art;
	r.v = segment_article(art, ab, &r.n);
	T_INT(spans_bad(art, r.v, r.n), 0);
	for (i = 0; i < r.n; i++) {
		const char	*q = strstr(r.v[i].text, "\xe2\x80\x9d" "declared");
		const char	*t = r.v[i].text;
		size_t		 len = strlen(t);

		if (q != NULL && strncmp(t, "\xe2\x80\x9c", 3) == 0 &&
		    len > 0 && t[len - 1] == '.')
			found++;
	}
	T_INT(found, 1);
	for (i = 0; i < r.n; i++)
		T_OK(r.v[i].kind == SEG_SENTENCE);
	res_close(&r);
}

/* A Markdown briefing: title, byline, headings, lists, quotations. */
static void
test_markdown(void)
{
	struct res	 r;
	char		*path, *cause = NULL, *title;
	size_t		 i, items = 0, bylines = 0, headings = 0, found = 0;

	path = xasprintf("%s/tests/unit/fixtures/briefing.md", srcdir);
	r.art = article_load(path, ARTICLE_MAX_SIZE, &cause);
	free(path);
	if (r.art == NULL) {
		T_FAIL("briefing.md: %s", cause);
		free(cause);
		return;
	}
	r.v = segment_article(r.art, ab, &r.n);
	T_INT(spans_bad(r.art, r.v, r.n), 0);
	title = segment_title(r.art, r.v, r.n);
	T_STR(title, "Water quality report: what the council was told");
	free(title);
	for (i = 0; i < r.n; i++) {
		items += r.v[i].kind == SEG_ITEM;
		bylines += r.v[i].kind == SEG_BYLINE;
		headings += r.v[i].kind == SEG_HEADING;
		if (strcmp(r.v[i].text, "It did not say when.") == 0 ||
		    strcmp(r.v[i].text, "The next hearing is set for Apr. 2 at "
		    "10 a.m. in the Town Hall.") == 0 ||
		    strcmp(r.v[i].text, "Levels reached 11.4 mg per litre, "
		    "above the 11.3 limit.") == 0)
			found++;
	}
	T_INT(items, 6);
	T_INT(bylines, 1);
	T_INT(headings, 2);
	T_INT(found, 3);
	res_close(&r);
}

static void
check_abbrevs_error(const char *text, const char *want)
{
	struct abbrevs	*a;
	char		*cause = NULL;

	a = abbrevs_parse("list", text, strlen(text), &cause);
	T_OK(a == NULL);
	T_STR(cause, want);
	free(cause);
	abbrevs_free(a);
}

static void
test_abbrevs_file(void)
{
	struct abbrevs	*a;
	struct res	 r;
	char		*cause = NULL, *path;
	const char	*list = "# a comment\n\nArt.\t exact  # trailing\r\n"
			    "The starter\n";
	const char	*s = "I love art. 5 people came. See Art. 5 of it.";

	check_abbrevs_error("Dr prefix\nXx bogus\n",
	    "list:2: unknown class \"bogus\"");
	check_abbrevs_error("Dr prefix number\n",
	    "list:1: unknown class \"number\"");
	check_abbrevs_error("A b c d e\n", "list:1: too many fields");
	check_abbrevs_error("Abcdefghijklmnopqrstuvwxyzabcdefghij\n",
	    "list:1: word longer than 32 bytes");
	check_abbrevs_error("ok\nbad \xff\n", "list: not UTF-8 at byte 7");

	path = xasprintf("%s/no/such/abbreviations", srcdir);
	a = abbrevs_load(path, &cause);
	T_OK(a == NULL);
	T_OK(cause != NULL && strstr(cause, path) == cause &&
	    strstr(cause, ": No such file") != NULL);
	free(cause);
	free(path);

	/* "exact": the lower-case word is not the abbreviation. */
	a = abbrevs_parse("list", list, strlen(list), &cause);
	T_OK(a != NULL);
	r.art = article_from_bytes("t", s, strlen(s), 100, &cause);
	r.v = segment_article(r.art, a, &r.n);
	T_INT(r.n, 3);
	if (r.n == 3)
		T_STR(r.v[2].text, "See Art. 5 of it.");
	res_close(&r);
	abbrevs_free(a);

	/* Without any list nothing breaks. */
	r.art = article_from_bytes("t", s, strlen(s), 100, &cause);
	r.v = segment_article(r.art, NULL, &r.n);
	T_INT(spans_bad(r.art, r.v, r.n), 0);
	res_close(&r);
}

/* A list item's marker, as a claim is read without it. */
static void
test_marker_len(void)
{
	T_INT(segment_marker_len("1. The agency said 300 people died."), 3);
	T_INT(segment_marker_len("12) Prices rose."), 4);
	T_INT(segment_marker_len("b) Prices rose."), 3);
	T_INT(segment_marker_len("(4) Prices rose."), 4);
	T_INT(segment_marker_len("- Prices rose."), 2);
	T_INT(segment_marker_len("\xe2\x80\xa2  Prices rose."), 5);
	T_INT(segment_marker_len("- 3. Prices rose."), 5);
	/* No marker: a figure, a year, a minus sign, an initial. */
	T_INT(segment_marker_len("2.5 million people fled."), 0);
	T_INT(segment_marker_len("1990. A year of 4 wars."), 0);
	T_INT(segment_marker_len("-5 degrees was the low."), 0);
	T_INT(segment_marker_len("J. Smith said prices rose."), 0);
	/* A marker with nothing after it is all there is. */
	T_INT(segment_marker_len("a) "), 0);
	T_INT(segment_marker_len("-"), 0);
	T_INT(segment_marker_len(""), 0);
}

static void
test_collapse(void)
{
	char	*s;

	s = segment_collapse(" a \t\n b\xc2\xa0\xc2\xa0" "c\xe2\x80\x83" "d  ",
	    18);
	T_STR(s, "a b c d");
	free(s);
	s = segment_collapse("", 0);
	T_STR(s, "");
	free(s);
	T_STR(segment_kind_name(SEG_SENTENCE), "sentence");
	T_STR(segment_kind_name(SEG_TITLE), "title");
	T_STR(segment_kind_name(SEG_HEADING), "heading");
	T_STR(segment_kind_name(SEG_BYLINE), "byline");
	T_STR(segment_kind_name(SEG_ITEM), "item");
	T_STR(segment_kind_name(SEG_DATELINE), "dateline");
}

/* Every text file in data/ and tests/ keeps the span invariants. */
static void
walk(const char *dir, unsigned *files)
{
	DIR		*d;
	struct dirent	*de;
	struct stat	 sb;
	struct article	*art;
	struct sentence	*v;
	char		*path, *cause;
	size_t		 n, bad;

	if ((d = opendir(dir)) == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		path = xasprintf("%s/%s", dir, de->d_name);
		if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
			walk(path, files);
		else if ((art = article_load(path, ARTICLE_MAX_SIZE,
		    &cause)) == NULL)
			free(cause);	/* binary or not UTF-8: not prose */
		else {
			v = segment_article(art, ab, &n);
			t_checks++;
			if ((bad = spans_bad(art, v, n)) != 0)
				T_FAIL("%s: bad span for sentence %zu", path,
				    bad);
			sentences_free(v, n);
			article_free(art);
			(*files)++;
		}
		free(path);
	}
	closedir(d);
}

static void
test_property_files(void)
{
	char		*data, *tests;
	unsigned	 files = 0;

	data = xasprintf("%s/data", srcdir);
	tests = xasprintf("%s/tests", srcdir);
	walk(data, &files);
	walk(tests, &files);
	T_OK(files >= 3);
	free(data);
	free(tests);
}

/* Random texts built from the pieces that make boundaries hard. */
static void
test_property_random(void)
{
	static const char *const	 pieces[] = {
		"word", "Word", " ", "  ", "\n", "\r\n", "\r", "\n\n", "\t",
		".", ". ", "...", " . . . ", "\xe2\x80\xa6", "?", "!", "?!",
		"\xe2\x80\x9c", "\xe2\x80\x9d", "\"", "'", "(", ")", "[", "]",
		"U.S.", "Mr.", "e.g.", "a.m.", "No.", "J.", "1.", "2)", "a.",
		"3,000", "1.5", "$", "# ", "## ", "- ", "* ", "\xe2\x80\xa2",
		"By ", "===", "---", "http://x.y/z.", "a@b.c", ",", ":",
		"\xc2\xa0", "\xe2\x80\x83", "\xef\xbb\xbf", "The", "It",
		"\xc3\x89t\xc3\xa9", "\xd0\x9c\xd0\xb8\xd1\x80",
	};
	size_t				 npieces = sizeof pieces /
					    sizeof pieces[0];
	char				 buf[4096];
	struct res			 r;
	char				*cause = NULL;
	unsigned			 seed = 2024, round, k, bad = 0;
	size_t				 len, i, plen, nk;

	for (round = 0; round < 3000; round++) {
		len = 0;
		seed = seed * 1103515245 + 12345;
		nk = 1 + (seed >> 16) % 120;
		for (k = 0; k < nk; k++) {
			seed = seed * 1103515245 + 12345;
			i = (seed >> 16) % npieces;
			plen = strlen(pieces[i]);
			memcpy(buf + len, pieces[i], plen);
			len += plen;
		}
		r.art = article_from_bytes("r", buf, len, sizeof buf, &cause);
		if (r.art == NULL) {
			free(cause);
			continue;
		}
		r.v = segment_article(r.art, ab, &r.n);
		if (spans_bad(r.art, r.v, r.n) != 0) {
			if (bad++ == 0)
				T_FAIL("bad spans for \"%.*s\"", (int)len, buf);
		}
		res_close(&r);
	}
	T_INT(bad, 0);
}

/* Big and hostile inputs: linear time, so these finish at once. */
static size_t
count_big(const char *unit, size_t total)
{
	struct res	 r;
	char		*buf, *cause = NULL;
	size_t		 ulen = strlen(unit), len = 0, n;

	buf = xmalloc(total + ulen);
	while (len < total) {
		memcpy(buf + len, unit, ulen);
		len += ulen;
	}
	r.art = article_from_bytes("big", buf, len, len, &cause);
	free(buf);
	if (r.art == NULL) {
		T_FAIL("big: %s", cause);
		free(cause);
		return 0;
	}
	r.v = segment_article(r.art, ab, &r.n);
	t_checks++;
	if (spans_bad(r.art, r.v, r.n) != 0)
		T_FAIL("bad spans for \"%s\" repeated", unit);
	n = r.n;
	res_close(&r);
	return n;
}

static void
test_big(void)
{
	const char	*s = "The council met on Tuesday and approved the "
			    "budget. ";

	/* A 2 MB single line of prose. */
	T_INT(count_big(s, (size_t)2 << 20),
	    ((size_t)2 << 20) / strlen(s) + 1);
	count_big("a.", (size_t)1 << 20);
	count_big("xx.Yy", (size_t)1 << 20);
	count_big(". ", (size_t)1 << 20);
	count_big("(", (size_t)1 << 20);
	count_big("\xe2\x80\x9c" "a. B ", (size_t)1 << 20);
	count_big(" ", (size_t)1 << 20);
	count_big("http://a.b.", (size_t)1 << 20);
	count_big("\xe2\x80\xa2 ", (size_t)1 << 20);
	count_big("\xe2\x80\xa6", (size_t)1 << 20);
	T_INT(count_big("Word.\r", (size_t)1 << 20), ((size_t)1 << 20) / 6 + 1);
	T_INT(count_big("x\n\n", (size_t)1 << 20), ((size_t)1 << 20) / 3 + 1);
}

int
main(void)
{
	char	*path, *cause = NULL;

	if ((srcdir = getenv("top_srcdir")) == NULL)
		srcdir = ".";
	path = xasprintf("%s/data/abbreviations", srcdir);
	if ((ab = abbrevs_load(path, &cause)) == NULL) {
		fprintf(stderr, "%s\n", cause);
		return 1;
	}
	free(path);
	T_RUN(test_title);
	T_RUN(test_paragraphs);
	T_RUN(test_paragraph_numbers);
	T_RUN(test_abbreviations);
	T_RUN(test_abbreviation_at_end);
	T_RUN(test_initials);
	T_RUN(test_numbers);
	T_RUN(test_currency);
	T_RUN(test_ellipses);
	T_RUN(test_closers);
	T_RUN(test_wide_stops);
	T_RUN(test_glued_quote);
	T_RUN(test_quotation);
	T_RUN(test_lists);
	T_RUN(test_headlines_bylines);
	T_RUN(test_datelines);
	T_RUN(test_line_ends);
	T_RUN(test_bom_offsets);
	T_RUN(test_spans);
	T_RUN(test_urls);
	T_RUN(test_glued_sentences);
	T_RUN(test_wrapped);
	T_RUN(test_wrapped_multibyte);
	T_RUN(test_sample);
	T_RUN(test_markdown);
	T_RUN(test_abbrevs_file);
	T_RUN(test_collapse);
	T_RUN(test_marker_len);
	T_RUN(test_property_files);
	T_RUN(test_property_random);
	T_RUN(test_big);
	abbrevs_free(ab);
	return T_DONE();
}
