/* test_extract.c: scores, kinds and sources, with the default and toy rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abbrevs.h"
#include "article.h"
#include "doc.h"
#include "extract.h"
#include "model.h"
#include "rules.h"
#include "segment.h"
#include "t.h"
#include "xmalloc.h"

#define MAXSENT	12

static struct ruleset	*defaults;
static const char	*top_dir;	/* top_srcdir */

/* Sentences from TEXTS, as the segmenter would give them: one paragraph,
 * spans laid end to end with one space between. */
static void
make_sentences(const char **texts, size_t n, struct sentence *s)
{
	size_t	i, off = 0;

	for (i = 0; i < n; i++) {
		s[i].start = off;
		s[i].end = off + strlen(texts[i]);
		s[i].text = (char *)texts[i];
		s[i].kind = SEG_SENTENCE;
		s[i].para = 0;
		off = s[i].end + 1;
	}
}

/* Runs RS over the N sentences in TEXTS into INFO; returns the warning. */
static char *
run(const struct ruleset *rs, const char **texts, size_t n,
    struct claim_info *info)
{
	struct sentence	 s[MAXSENT];
	char		*warning = NULL;

	make_sentences(texts, n, s);
	T_INT(extract_sentences(rs, s, n, info, &warning), 0);
	return warning;
}

static void
clear(struct claim_info *info, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		claim_info_clear(&info[i]);
}

/* The source the default rules give the last of the N sentences. */
static char *
source_of(const char **texts, size_t n)
{
	struct claim_info	 info[MAXSENT];
	char			*src, *warning;

	warning = run(defaults, texts, n, info);
	T_STR(warning, NULL);
	free(warning);
	src = info[n - 1].source != NULL ? strdup(info[n - 1].source) : NULL;
	clear(info, n);
	return src;
}

#define T_SOURCE(want, ...) do {					\
	const char *t_texts_[] = { __VA_ARGS__ };			\
	char *t_src_ = source_of(t_texts_,				\
	    sizeof t_texts_ / sizeof t_texts_[0]);			\
	T_STR(t_src_, want);						\
	free(t_src_);							\
} while (0)

/* The default rules' score and claim flag for one sentence. */
static int
score_of(const char *text, int *claim)
{
	struct claim_info	 info[1];
	char			*warning;
	int			 score;

	warning = run(defaults, &text, 1, info);
	free(warning);
	score = info[0].score;
	*claim = info[0].claim;
	clear(info, 1);
	return score;
}

static struct ruleset *
toy(const char *text)
{
	struct ruleset	*rs;
	char		*cause = NULL;

	rs = rules_parse("toy", text, strlen(text), &cause);
	if (rs == NULL) {
		T_FAIL("%s", cause);
		free(cause);
	}
	return rs;
}

static void
test_according_to(void)
{
	T_SOURCE("national housing agency",
	    "Rents climbed 9 percent in the capital last year, according to "
	    "the national housing agency.");
	T_SOURCE("Fisheries Council",
	    "According to the Fisheries Council, the herring catch halved "
	    "between 2015 and 2020.");
	T_SOURCE("Ilse Brandt",
	    "Three schools will close in June, according to remarks by "
	    "Mayor Ilse Brandt, who cited falling enrolment.");
}

static void
test_name_said(void)
{
	T_SOURCE("Lena Holm",
	    "Lena Holm said 40 ships were waiting outside the port.");
	T_SOURCE("Ministry of Energy",
	    "The Ministry of Energy announced that fuel imports fell by 14 "
	    "percent.");
	T_SOURCE("Karl Moen",
	    "Inspector Karl Moen told reporters that 12 arrests had been "
	    "made.");
	T_SOURCE("transport ministry",
	    "The transport ministry said 300 buses had been ordered.");
	T_SOURCE("Vantor Group",
	    "But Vantor Group, the largest employer in the valley, said it "
	    "would cut 800 jobs.");
}

static void
test_said_name(void)
{
	T_SOURCE("Omar Haddad",
	    "The rail line will close for six weeks, said Omar Haddad, a "
	    "spokesman for the operator.");
	T_SOURCE("Piotr Zalewski",
	    "\xe2\x80\x9cThe mine produced 2 million tonnes last year\xe2\x80"
	    "\x9d" "declared Piotr Zalewski at the hearing.");
	T_SOURCE("harbour authority",
	    "\"Cargo volumes fell by a quarter,\" said the harbour authority.");
}

static void
test_quote_then_name(void)
{
	T_SOURCE("Sara Novak",
	    "\xe2\x80\x9cNobody has paid the fines since 2021,\xe2\x80\x9d "
	    "Sara Novak added.");
	T_SOURCE("Novak",
	    "\xe2\x80\x9cWe lost 60 members in a single year\xe2\x80\x9d, "
	    "Novak added during the meeting.");
}

static void
test_who_cited(void)
{
	T_SOURCE("Tomas Lind",
	    "Tomas Lind, who cited laboratory tests, believes the river is "
	    "dirtier than in 1990.");
}

static void
test_figures_show(void)
{
	T_SOURCE("police figures",
	    "Car thefts rose by 30 percent in 2023, police figures show.");
	T_SOURCE("Official data",
	    "Official data showed that 1 in 5 homes had no heating.");
}

static void
test_study_found(void)
{
	T_SOURCE("Baltic Institute",
	    "A study by the Baltic Institute found that seven in ten beaches "
	    "were polluted.");
	T_SOURCE("Greenwatch",
	    "The report, published by Greenwatch, found that 120 wells had "
	    "dried up.");
}

static void
test_pronouns(void)
{
	/* To a person named in the sentence before. */
	T_SOURCE("Ruth Adeyemi",
	    "Minister Ruth Adeyemi toured the new clinic on Monday.",
	    "She told reporters that waiting lists had shrunk by 20 percent.");
	/* To the source of the sentence before. */
	T_SOURCE("Anders Falk",
	    "Anders Falk said exports rose 5 percent in March.",
	    "He added that 300 jobs had been created.");
	/* "it" to a body, never to a person. */
	T_SOURCE("statistics office",
	    "The statistics office said prices rose 3 percent.",
	    "It said food cost 8 percent more than a year ago.");
	/* "according to her" as well. */
	T_SOURCE("Mira Olsen",
	    "Judge Mira Olsen opened the inquiry in 2021.",
	    "According to her, 45 files had been destroyed.");
	/* Nobody to stand for. */
	T_SOURCE(NULL,
	    "He said the new tax cost 200 million dollars.");
	T_SOURCE(NULL,
	    "Jonas Weber opened the bakery in 1998.",
	    "It rained all week.",
	    "The roads were closed.",
	    "Most shops shut early.",
	    "The buses stopped running.",
	    "The schools closed too.",
	    "The river rose by a metre.",
	    "He said sales had dropped by 40 percent.");
}

static void
test_collective_source(void)
{
	T_SOURCE("Norwegian officials",
	    "About 200 fishing boats were held in port, Norwegian officials "
	    "said.");
	T_SOURCE("police",
	    "Thefts from cars rose 12 percent last winter, police said.");
	T_SOURCE("prosecutors",
	    "Nine people were charged in the fraud, prosecutors told "
	    "reporters.");
}

static void
test_no_source(void)
{
	T_SOURCE(NULL,
	    "It is estimated that at least 2.5 million trees were felled "
	    "over the past year.");
	T_SOURCE(NULL, "The bridge cost 40 million euros.");
}

/* The attribution pass gives the source's role, kind and cue too. */
static void
test_source_fields(void)
{
	struct claim_info	 info[2];
	const char		*texts[] = {
		"Exports fell 3 percent, said Anita Rao, an economist at "
		"Nordbank.",
		"Car thefts rose 30 percent, police figures show."
	};
	char			*warning;

	warning = run(defaults, texts, 2, info);
	free(warning);
	T_STR(info[0].source, "Anita Rao");
	T_STR(info[0].source_role, "economist at Nordbank");
	T_INT(info[0].source_kind, ATTRIB_PERSON);
	T_INT(info[0].source_cue, CUE_INVERTED);
	T_STR(info[1].source, "police figures");
	T_STR(info[1].source_role, NULL);
	T_INT(info[1].source_kind, ATTRIB_DOCUMENT);
	T_INT(info[1].source_cue, CUE_FIND);
	clear(info, 2);
}

/* Signals fire from the attribution pass: "attributed" on a sentence
 * with a cue of its own, "quoted" on one inside a speaker's quotation. */
static void
test_signals(void)
{
	struct ruleset		*rs;
	struct claim_info	 info[4];
	const char		*texts[] = {
		"Ana Ruiz runs the harbour.",
		"\"We lost 3 boats,\" she said.",
		"\"We lost 2 more in May.\"",
		"The sky was blue for 3 days."
	};
	char			*warning;

	rs = toy("rule fig quantity 10 \\d\n"
	    "signal attributed attribution 30\n"
	    "signal quoted quote 20\n");
	if (rs == NULL)
		return;
	warning = run(rs, texts, 4, info);
	T_STR(warning, NULL);
	T_INT(info[0].score, 0);
	T_INT(info[1].score, 40);
	T_STR(info[1].kinds, "quantity,attribution");
	T_STR(info[1].source, "Ana Ruiz");
	T_INT(info[2].score, 30);
	T_STR(info[2].kinds, "quantity,quote");
	T_STR(info[2].source, "Ana Ruiz");
	T_INT(info[2].source_cue, CUE_QUOTE);
	T_INT(info[3].score, 10);
	T_STR(info[3].kinds, "quantity");
	T_STR(info[3].source, NULL);
	clear(info, 4);
	rules_free(rs);
}

/* A rule's (?<source>) group names the source only where the pass found
 * none, and never a time or a small word. */
static void
test_rule_source_fallback(void)
{
	struct ruleset		*rs;
	struct claim_info	 info[3];
	const char		*texts[] = {
		"Prices rose on Acme.",
		"Prices rose on Sunday.",
		"Ana Ruiz said prices rose on Acme."
	};
	char			*warning;

	rs = toy("rule on x 10 on (?<source>\\w+)\n");
	if (rs == NULL)
		return;
	warning = run(rs, texts, 3, info);
	T_STR(warning, NULL);
	T_STR(info[0].source, "Acme");
	T_INT(info[0].source_kind, ATTRIB_NONE);
	T_INT(info[0].source_cue, CUE_NONE);
	T_STR(info[1].source, NULL);
	T_STR(info[2].source, "Ana Ruiz");
	T_INT(info[2].source_kind, ATTRIB_PERSON);
	clear(info, 3);
	rules_free(rs);
}

static void
test_questions_and_opinions(void)
{
	int	claim, threshold = rules_threshold(defaults);

	T_OK(score_of("Did unemployment really fall by 2 percent last year?",
	    &claim) < threshold);
	T_INT(claim, 0);
	T_OK(score_of("Why should anyone believe the minister now?",
	    &claim) < threshold);
	T_INT(claim, 0);
	T_OK(score_of("I think the new stadium is a wonderful idea.",
	    &claim) < threshold);
	T_INT(claim, 0);
	T_OK(score_of("I believe 30 percent is simply too much to ask.",
	    &claim) < threshold);
	T_INT(claim, 0);
	T_INT(score_of("Thank you all for coming tonight.", &claim), 0);
	T_INT(claim, 0);
	T_OK(score_of("We must do better for our children.", &claim) <
	    threshold);
	T_INT(claim, 0);
	T_OK(score_of("This plan could change everything.", &claim) <
	    threshold);
	T_INT(claim, 0);
}

static void
test_claims(void)
{
	int	claim;

	T_OK(score_of("Unemployment fell to 4.1 percent in March, according "
	    "to the statistics office.", &claim) >= rules_threshold(defaults));
	T_INT(claim, 1);
	T_OK(score_of("It is estimated that at least 2.5 million trees were "
	    "felled over the past year.", &claim) >= rules_threshold(defaults));
	T_INT(claim, 1);
	score_of("The regional council announced that the old ferry had "
	    "been sold.", &claim);
	T_INT(claim, 1);
}

static void
test_kinds_default(void)
{
	const char		*text = "Ticket sales rose by 12% last year, "
				    "said Maria Lopez.";
	struct claim_info	 info[1];
	char			*warning;

	warning = run(defaults, &text, 1, info);
	free(warning);
	T_STR(info[0].kinds, "quantity,comparison,attribution,date");
	T_STR(info[0].source, "Maria Lopez");
	clear(info, 1);
}

static void
test_score_arithmetic(void)
{
	struct ruleset		*rs;
	struct claim_info	 info[4];
	const char		*texts[] = {
		"alpha beta gamma", "alpha beta delta", "delta", "nothing"
	};
	char			*warning;

	rs = toy("threshold 50\n"
	    "rule b second 30 beta\n"
	    "rule a first 30 alpha\n"
	    "rule a2 first 40 alph\n"
	    "rule g third -10 gamma\n"
	    "rule d fourth -90 delta\n");
	if (rs == NULL)
		return;
	warning = run(rs, texts, 4, info);
	T_STR(warning, NULL);
	/* 30 + 30 + 40 - 10: each rule once, kinds in file order, negative
	 * kinds not listed. */
	T_INT(info[0].score, 90);
	T_INT(info[0].claim, 1);
	T_STR(info[0].kinds, "second,first");
	/* 100 - 90 = 10: the sum is clamped at the end, not on the way. */
	T_INT(info[1].score, 10);
	T_INT(info[1].claim, 0);
	T_STR(info[1].kinds, "second,first");
	T_INT(info[2].score, 0);
	T_STR(info[2].kinds, "");
	T_INT(info[3].score, 0);
	T_STR(info[3].kinds, "");
	T_STR(info[3].source, NULL);
	clear(info, 4);
	rules_free(rs);

	rs = toy("rule a x 80 a\nrule b y 80 b\n");
	if (rs == NULL)
		return;
	texts[0] = "a b";
	warning = run(rs, texts, 1, info);
	T_INT(info[0].score, 100);
	T_INT(info[0].claim, 1);
	clear(info, 1);
	free(warning);
	rules_free(rs);
}

static void
test_source_trim(void)
{
	struct ruleset		*rs;
	struct claim_info	 info[5];
	const char		*texts[] = {
		"so said: the U.S.",
		("so said: \xe2\x80\x9c" "An  Observer\xe2\x80\x9d,"),
		"so said: (the Daily Courier).",
		"so said: ...",
		"so said: Acme Inc."
	};
	char			*warning;

	rs = toy("rule s x 10 said: (?<source>.*)\n");
	if (rs == NULL)
		return;
	warning = run(rs, texts, 5, info);
	T_STR(warning, NULL);
	T_STR(info[0].source, "U.S.");
	T_STR(info[1].source, "Observer");
	T_STR(info[2].source, "Daily Courier");
	T_STR(info[3].source, NULL);
	T_STR(info[4].source, "Acme Inc");
	clear(info, 5);
	rules_free(rs);
}

static void
test_first_source_wins(void)
{
	struct ruleset		*rs;
	struct claim_info	 info[1];
	const char		*text = "by Anna from Oslo";
	char			*warning;

	rs = toy("rule place x 0 from (?<source>\\w+)\n"
	    "rule person x 0 by (?<source>\\w+)\n");
	if (rs == NULL)
		return;
	warning = run(rs, &text, 1, info);
	T_STR(warning, NULL);
	T_STR(info[0].source, "Oslo");
	clear(info, 1);
	rules_free(rs);
}

static void
test_byline(void)
{
	struct sentence		 s[1];
	struct claim_info	 info[1];
	const char		*text = "By Jane Roe, 3 March 2024";
	char			*warning = NULL;

	make_sentences(&text, 1, s);
	s[0].kind = SEG_BYLINE;
	extract_sentences(defaults, s, 1, info, &warning);
	T_STR(warning, NULL);
	T_INT(info[0].score, 0);
	T_INT(info[0].claim, 0);
	T_STR(info[0].kinds, "");
	T_STR(info[0].source, NULL);
	clear(info, 1);
}

/* Whether the default rules make TEXT layout: score 0, no claim, and the
 * one reason a rule of kind "byline" with weight 0. */
static int
is_layout(const char *text)
{
	struct claim_info	 info[1];
	char			*warning;
	int			 layout;

	warning = run(defaults, &text, 1, info);
	free(warning);
	layout = info[0].score == 0 && !info[0].claim && info[0].nwhy == 1 &&
	    info[0].why[0].weight == 0;
	clear(info, 1);
	return layout;
}

/* The default rules of kind "byline" make credit lines, datelines and the
 * newsroom's notes to readers written as sentences layout; others stay
 * prose. */
static void
test_credit_lines(void)
{
	static const char *const layout[] = {
		"Jane Roe reports for the Courier from Nairobi.",
		"The Courier's Tom Brink reports.",
		"Correspondent Ana Lind reports from our bureau in Lima.",
		"Ana Lind and Bo Kerr contributed to this report.",
		"(Reporting by Ana Lind; Editing by Bo Kerr)",
		"Photo: Bo Kerr/Courier",
		"Posted March 3rd, 2024 at 9:15 am (UTC-5)",
		"Updated Jan. 5, 2024, 10:02 PM EST",
		"More to come.",
		"This is a developing story and will be updated.",
		"Check back later for updates.",
		"This story has been updated with comment from the mayor.",
		"Editor's note: Names have been changed.",
		"Editor's note: This story was updated on March 3 with 2 new "
		    "figures.",
		"Correction: An earlier version of this story misstated the "
		    "vote.",
		"Clarification: The fund holds 40 percent, not 45.",
		"Copyright 2024 The Courier.",
		"\u00a9 2023-2024 Courier Media Group.",
		"Copyright \u00a9 2024 Courier Media. All rights reserved.",
		"All rights reserved.",
		"Copyright 2024 by The Courier Company of Ohio, Inc.",
		"\u00a9 The Courier",
		"\u00a9 Northern Courier 2024",
		"\u00a9 Northern Courier, 2019-2024.",
		"\u00b7 11 January 2024",
		"\u2022 March 3, 2024",
		"This material may not be published, broadcast, rewritten or "
		    "redistributed.",
		NULL
	};
	static const char *const prose[] = {
		"The ministry reports on Monday that 300 homes were flooded.",
		"Jane Roe reports that prices rose 4 percent.",
		"Ana Lind reported 12 cases to the agency in 2023.",
		"Posted guards stood at 9 gates on March 3, 2024.",
		"More than 300 people came to the rally on Monday.",
		"The story is developing fast, police said on Monday.",
		"Updates to the law followed a 2019 ruling by the court.",
		"This report was updated in March to show that 40 percent of "
		    "children live in poverty.",
		"This story is developing into a scandal that has cost "
		    "taxpayers $40 million.",
		"This article was updated on Tuesday to correct the number of "
		    "victims, which was 31, not 13.",
		"Corrections officers said 30 inmates escaped on Monday.",
		"The correction cost the fund 40 percent of its value.",
		"Copyright theft cost the film industry $2 billion in 2023.",
		"Copyright 2024 filings rose 12 percent, the office said.",
		"Copyright 2024 filings rose sharply, the office said.",
		"\u00a9 Courier staff counted 2024 votes by hand.",
		"(c) the company misled investors about its losses.",
		"(C) The minister failed to disclose his shares in the firm.",
		"All rights reserved by the treaty were lost in 1998, the court "
		    "found.",
		NULL
	};
	size_t	i;

	for (i = 0; layout[i] != NULL; i++) {
		t_checks++;
		if (!is_layout(layout[i]))
			T_FAIL("not layout: %s", layout[i]);
	}
	for (i = 0; prose[i] != NULL; i++) {
		t_checks++;
		if (is_layout(prose[i]))
			T_FAIL("taken for layout: %s", prose[i]);
	}
}

/* A note to readers goes on to the end of its paragraph, no further. */
static void
test_note_paragraph(void)
{
	static const char *const texts[] = {
		"Correction: An earlier version of this story said the "
		    "surplus was $3.2 billion.",
		"It was $2.3 billion.",
		"The council approved 40 new homes in 2024.",
	};
	struct sentence		 s[3];
	struct claim_info	 info[3];
	const char		*texts2[2];
	char			*warning = NULL;

	make_sentences((const char **)texts, 3, s);
	s[2].para = 1;
	T_INT(extract_sentences(defaults, s, 3, info, &warning), 0);
	free(warning);
	T_OK(info[0].score == 0 && !info[0].claim);
	T_OK(info[1].score == 0 && !info[1].claim);
	T_OK(info[2].claim);
	clear(info, 3);

	/* "This is a developing story." opens news: the next sentence of
	 * its paragraph is a claim still. */
	texts2[0] = "This is a developing story.";
	texts2[1] = "Police said 12 people died in the blast on Monday.";
	make_sentences(texts2, 2, s);
	T_INT(extract_sentences(defaults, s, 2, info, &warning), 0);
	free(warning);
	T_OK(!info[0].claim && info[1].claim);
	clear(info, 2);
}

/* A quote of feelings alone is no claim; with a figure it may be. */
static void
test_feeling_quote(void)
{
	int	claim;

	T_OK(score_of("\"We are so proud of this team,\" said coach Ida "
	    "Berg.", &claim) >= 0 && !claim);
	T_OK(score_of("She said: \u201cI am deeply saddened by the news.\u201d",
	    &claim) >= 0 && !claim);
	T_OK(score_of("\"We are proud that 40 players signed, up from 25 in "
	    "2022,\" she said.", &claim) > 0 && claim);
}

static void
test_pathological(void)
{
	struct ruleset		*rs;
	struct claim_info	 info[3];
	char			 runaway[100], runaway2[100];
	const char		*texts[3];
	char			*warning;

	rs = toy("rule runaway quantity 10 (a+)+$\n"
	    "rule figure quantity 30 \\d\n"
	    "rule said attribution 20 (?<source>\\w+) said\n");
	if (rs == NULL)
		return;
	memset(runaway, 'a', 50);
	strcpy(runaway + 50, "! Ed said 42");
	memset(runaway2, 'a', 45);
	strcpy(runaway2 + 45, "!");
	texts[0] = runaway;
	texts[1] = "Mo said 7";
	texts[2] = runaway2;
	warning = run(rs, texts, 3, info);
	/* Reported once, naming the rule, which is off for the rest. */
	T_OK(warning != NULL);
	if (warning != NULL) {
		T_OK(strstr(warning, "rule runaway stopped: ") == warning);
		T_OK(strstr(warning, "(off for the rest of the article)") !=
		    NULL);
		T_OK(strstr(warning + 1, "rule runaway") == NULL);
	}
	free(warning);
	/* The other rules still ran. */
	T_INT(info[0].score, 50);
	T_STR(info[0].kinds, "quantity,attribution");
	T_STR(info[0].source, "Ed");
	T_INT(info[1].score, 50);
	T_STR(info[1].source, "Mo");
	T_INT(info[2].score, 0);
	clear(info, 3);
	rules_free(rs);
}

static void
test_empty(void)
{
	struct claim_info	 info[1];
	const char		*text = "";
	char			*warning;

	warning = run(defaults, &text, 1, info);
	T_STR(warning, NULL);
	T_INT(info[0].score, 0);
	T_STR(info[0].kinds, "");
	clear(info, 1);
	/* No sentences at all. */
	T_INT(extract_sentences(defaults, NULL, 0, NULL, &warning), 0);
	T_STR(warning, NULL);
}

/* A doc built with DOC_DROP_TEXT has no text left, and the same
 * sentences, scores and sources as one that keeps it. */
static void
test_doc_drop_text(void)
{
	static const char	 text[] = "Budget rises 4%\n\nThe council "
	    "approved $2 million on Monday, said Ida Moss. \"We cut waste by "
	    "12%,\" she said.\n";
	struct abbrevs		*ab;
	struct article		*a1, *a2;
	struct doc		*keep, *drop;
	char			 path[4096], *cause = NULL;
	size_t			 i;

	snprintf(path, sizeof path, "%s/data/abbreviations", top_dir);
	if ((ab = abbrevs_load(path, &cause)) == NULL) {
		T_FAIL("abbreviations: %s", cause);
		free(cause);
		return;
	}
	a1 = article_from_bytes("a.txt", text, strlen(text), 1 << 20, &cause);
	a2 = article_from_bytes("a.txt", text, strlen(text), 1 << 20, &cause);
	T_OK(a1 != NULL && a2 != NULL);
	if (a1 == NULL || a2 == NULL) {
		article_free(a1);
		article_free(a2);
		abbrevs_free(ab);
		return;
	}
	keep = doc_build(a1, ab, defaults, 0);
	drop = doc_build(a2, ab, defaults, DOC_DROP_TEXT);
	T_OK(keep->art->text != NULL);
	T_OK(drop->art->text == NULL);
	T_INT(drop->art->len, strlen(text));
	T_STR(drop->title, keep->title);
	T_INT(drop->nsent, keep->nsent);
	T_INT(drop->nclaims, keep->nclaims);
	T_OK(keep->nsent == 3);
	for (i = 0; i < drop->nsent && i < keep->nsent; i++) {
		T_STR(drop->sent[i].text, keep->sent[i].text);
		T_INT(drop->info[i].score, keep->info[i].score);
		T_STR(drop->info[i].source, keep->info[i].source);
	}
	doc_free(keep);
	doc_free(drop);
	abbrevs_free(ab);
}

/* The doc of TEXT with RS, extract_sentences() on a second thread or
 * not. */
static struct doc *
doc_of(const char *text, const struct abbrevs *ab, const struct ruleset *rs,
    int threads)
{
	struct article	*a;
	struct doc	*doc;
	char		*cause = NULL;

	a = article_from_bytes("a.txt", text, strlen(text), 1 << 24, &cause);
	if (a == NULL) {
		T_FAIL("article: %s", cause);
		free(cause);
		return NULL;
	}
	extract_threads(threads);
	doc = doc_build(a, ab, rs, 0);
	extract_threads(1);
	return doc;
}

/* Whether the two docs scored every sentence alike, reasons included. */
static void
same_docs(const struct doc *d1, const struct doc *d2, const char *what)
{
	const struct claim_info	*a, *b;
	size_t			 i, j, bad = 0;

	T_INT(d1->nsent, d2->nsent);
	for (i = 0; i < d1->nsent && i < d2->nsent; i++) {
		a = &d1->info[i];
		b = &d2->info[i];
		if (a->score != b->score || a->claim != b->claim ||
		    strcmp(a->kinds, b->kinds) != 0 ||
		    (a->source == NULL) != (b->source == NULL) ||
		    (a->source != NULL && strcmp(a->source, b->source) != 0) ||
		    a->source_kind != b->source_kind ||
		    a->source_cue != b->source_cue || a->nwhy != b->nwhy)
			bad++;
		for (j = 0; j < a->nwhy && j < b->nwhy; j++) {
			if (a->why[j].weight != b->why[j].weight ||
			    a->why[j].ref != b->why[j].ref ||
			    a->why[j].index != b->why[j].index)
				bad++;
		}
	}
	if (bad != 0)
		T_FAIL("%s: %zu differences with and without a second thread",
		    what, bad);
}

/* The rules on a second thread give what they give on one, with fixed
 * weights and with the model, on an article long enough that both
 * threads are busy at once: quotations signed after them, rule sources,
 * pronouns, bylines, credit lines, a rule PCRE2 stops. */
static void
test_threads_same(void)
{
	static const char *const para[] = {
		"Exports rose 4.2 percent in May, said Ida Moss, the bank's "
		    "chief economist.",
		"\"We cut waste by 12 percent since 2019,\" Moss said. \"Rents "
		    "fell by a third.\"",
		"\"Our clinics saw 900 more patients in 2023.\"\n"
		    "\xe2\x80\x94 Omar Haddad, head of the nurses' union",
		"By Jane Roe",
		"The ministry says 300 buses have been ordered. It said they "
		    "would cost $40 million.",
		"Jane Roe reports from Geneva.",
		"We are thrilled, she said. Is it true? Perhaps it could be.",
		"According to the central bank, inflation fell to 2.1 percent "
		    "in the first quarter of 2024.",
	};
	struct abbrevs		*ab;
	struct ruleset		*withmodel;
	struct cd_model		*m;
	struct doc		*one, *two;
	char			 path[4096], *text, *cause = NULL;
	size_t			 i, k, len = 0, cap = 1;

	for (k = 0; k < 2000; k++)
		cap += strlen(para[k % (sizeof para / sizeof para[0])]) + 2;
	text = xmalloc(cap);
	for (k = 0; k < 2000; k++) {
		i = k % (sizeof para / sizeof para[0]);
		memcpy(text + len, para[i], strlen(para[i]));
		len += strlen(para[i]);
		memcpy(text + len, "\n\n", 2);
		len += 2;
	}
	text[len] = '\0';
	snprintf(path, sizeof path, "%s/data/abbreviations", top_dir);
	ab = abbrevs_load(path, &cause);
	snprintf(path, sizeof path, "%s/data/claim-rules", top_dir);
	withmodel = ab != NULL ? rules_load(path, &cause) : NULL;
	snprintf(path, sizeof path, "%s/data/claim-model", top_dir);
	m = withmodel != NULL ? model_load(path, &cause) : NULL;
	if (m == NULL) {
		T_FAIL("setup: %s", cause);
		free(cause);
		free(text);
		rules_free(withmodel);
		abbrevs_free(ab);
		return;
	}
	rules_set_model(withmodel, m);

	one = doc_of(text, ab, defaults, 0);
	two = doc_of(text, ab, defaults, 1);
	if (one != NULL && two != NULL) {
		T_OK(one->nsent > 2000);
		T_OK(one->nclaims > 0);
		same_docs(one, two, "fixed weights");
	}
	doc_free(one);
	doc_free(two);
	one = doc_of(text, ab, withmodel, 0);
	two = doc_of(text, ab, withmodel, 1);
	if (one != NULL && two != NULL)
		same_docs(one, two, "the model");
	doc_free(one);
	doc_free(two);
	rules_free(withmodel);
	abbrevs_free(ab);
	free(text);
}

/* The default rule file with "(?#)" before each pattern: a comment to
 * PCRE2, but syntax the screen does not read, so no rule is screened. */
static struct ruleset *
unscreened_defaults(const char *path)
{
	struct ruleset	*rs;
	FILE		*f;
	char		 line[16384], *out = NULL, *cause = NULL, *p;
	size_t		 len = 0, k, n;
	int		 field;

	if ((f = fopen(path, "r")) == NULL)
		return NULL;
	while (fgets(line, sizeof line, f) != NULL) {
		n = strlen(line);
		out = realloc(out, len + n + 5);
		if (strncmp(line, "rule ", 5) != 0) {
			memcpy(out + len, line, n);
			len += n;
			continue;
		}
		/* After the fourth field: "rule NAME KIND WEIGHT ". */
		for (p = line, field = 0; field < 4; field++)
			p = strchr(p, ' ') + 1;
		k = (size_t)(p - line);
		memcpy(out + len, line, k);
		memcpy(out + len + k, "(?#)", 4);
		memcpy(out + len + k + 4, p, n - k);
		len += n + 4;
	}
	fclose(f);
	rs = rules_parse("unscreened", out, len, &cause);
	if (rs == NULL) {
		T_FAIL("%s", cause);
		free(cause);
	}
	free(out);
	return rs;
}

/* Each line of the sample article, as written and in capitals, scored by
 * the default rules with and without their screen: the same scores, kinds
 * and sources. */
static void
test_screen_same(void)
{
	struct ruleset		*plain;
	struct sentence		*s = NULL;
	struct claim_info	*a, *b;
	FILE			*f;
	char			 path[4096], line[16384], *w1, *w2, *c;
	size_t			 n = 0, i;

	snprintf(path, sizeof path, "%s/data/claim-rules", top_dir);
	if ((plain = unscreened_defaults(path)) == NULL) {
		T_FAIL("cannot read %s", path);
		return;
	}
	snprintf(path, sizeof path, "%s/data/samples/nk-russia-pact.txt",
	    top_dir);
	if ((f = fopen(path, "r")) == NULL) {
		T_FAIL("cannot read %s", path);
		rules_free(plain);
		return;
	}
	while (fgets(line, sizeof line, f) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		s = realloc(s, (n + 2) * sizeof *s);
		memset(&s[n], 0, 2 * sizeof *s);
		s[n].text = strdup(line);
		s[n + 1].text = strdup(line);
		for (c = s[n + 1].text; *c != '\0'; c++) {
			if (*c >= 'a' && *c <= 'z')
				*c = *c - 'a' + 'A';
		}
		s[n].kind = s[n + 1].kind = SEG_SENTENCE;
		n += 2;
	}
	fclose(f);
	a = calloc(n + 1, sizeof *a);
	b = calloc(n + 1, sizeof *b);
	T_INT(extract_sentences(defaults, s, n, a, &w1), 0);
	T_INT(extract_sentences(plain, s, n, b, &w2), 0);
	T_STR(w1, w2);
	T_OK(n > 10);
	for (i = 0; i < n; i++) {
		T_INT(a[i].score, b[i].score);
		T_STR(a[i].kinds, b[i].kinds);
		T_STR(a[i].source, b[i].source);
		claim_info_clear(&a[i]);
		claim_info_clear(&b[i]);
		free(s[i].text);
	}
	free(w1);
	free(w2);
	free(a);
	free(b);
	free(s);
	rules_free(plain);
}

int
main(void)
{
	const char	*top = getenv("top_srcdir");
	char		 path[4096], *cause = NULL;
	int		 status;

	top_dir = top != NULL ? top : ".";
	snprintf(path, sizeof path, "%s/data/claim-rules", top_dir);
	if ((defaults = rules_load(path, &cause)) == NULL) {
		fprintf(stderr, "%s\n", cause);
		free(cause);
		return 1;
	}
	T_RUN(test_according_to);
	T_RUN(test_name_said);
	T_RUN(test_said_name);
	T_RUN(test_quote_then_name);
	T_RUN(test_who_cited);
	T_RUN(test_figures_show);
	T_RUN(test_study_found);
	T_RUN(test_pronouns);
	T_RUN(test_collective_source);
	T_RUN(test_no_source);
	T_RUN(test_source_fields);
	T_RUN(test_signals);
	T_RUN(test_rule_source_fallback);
	T_RUN(test_questions_and_opinions);
	T_RUN(test_claims);
	T_RUN(test_kinds_default);
	T_RUN(test_score_arithmetic);
	T_RUN(test_source_trim);
	T_RUN(test_first_source_wins);
	T_RUN(test_byline);
	T_RUN(test_credit_lines);
	T_RUN(test_note_paragraph);
	T_RUN(test_feeling_quote);
	T_RUN(test_pathological);
	T_RUN(test_empty);
	T_RUN(test_doc_drop_text);
	T_RUN(test_threads_same);
	T_RUN(test_screen_same);
	status = T_DONE();
	rules_free(defaults);
	return status;
}
