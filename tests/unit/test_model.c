/* test_model.c: the model file, the features of a sentence, scoring with a
 * model, and claimdesk learn's fitting, on sentences and models of its own. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "feature.h"
#include "learn.h"
#include "model.h"
#include "rules.h"
#include "segment.h"
#include "t.h"

static const char	*top_dir;	/* top_srcdir */

static struct cd_model *
parse(const char *text)
{
	struct cd_model	*m;
	char		*cause = NULL;

	m = model_parse("m", text, strlen(text), &cause);
	if (m == NULL) {
		T_FAIL("%s", cause);
		free(cause);
	}
	return m;
}

/* The error model_parse() gives LEN bytes of TEXT, allocated, or NULL. */
static char *
error_of(const char *text, size_t len)
{
	struct cd_model	*m;
	char		*cause = NULL;

	m = model_parse("m", text, len, &cause);
	model_free(m);
	return cause;
}

#define T_ERR(text, want) do {						\
	char *t_e_ = error_of(text, sizeof (text) - 1);			\
	T_STR(t_e_, want);						\
	free(t_e_);							\
} while (0)

static void
test_parse(void)
{
	struct cd_model	*m;

	m = parse("# a model\n\nbias -1.5\nthreshold 42\r\n"
	    "list month January february\nlist month march\n"
	    "list say said\n"
	    "weight rule:figure 1.25\nweight w:said_the -0.5\n"
	    "weight shape:len1   2e-1  \n");
	if (m == NULL)
		return;
	T_OK(model_bias(m) == -1.5);
	T_INT(model_threshold(m), 42);
	T_INT(model_size(m), 3);
	T_OK(model_weight(m, model_key("rule:figure")) == 1.25);
	T_OK(model_weight(m, model_key("w:said_the")) == -0.5);
	T_OK(fabs(model_weight(m, model_key("shape:len1")) - 0.2) < 1e-6);
	T_OK(model_weight(m, model_key("rule:figures")) == 0);
	T_INT(model_nlists(m), 2);
	T_STR(model_list_feature(m, 0), "list:month");
	T_INT(model_list_index(m, "say"), 1);
	T_INT(model_list_index(m, "none"), -1);
	/* Words are kept in lower case; a word's lists are bits. */
	T_INT(model_word_lists(m, model_key("w:" "january")),
	    1);
	T_INT(model_word_lists(m, model_key("w:" "march")), 1);
	T_INT(model_word_lists(m, model_key("w:" "said")), 2);
	T_INT(model_word_lists(m, model_key("w:" "april")), 0);
	/* Eight bytes a slot, at most half full. */
	T_INT(model_table_bytes(m), 16 * 8);
	model_free(m);

	/* Lists only, as data/claim-words: the defaults. */
	m = parse("list x a b\n");
	T_OK(m != NULL && model_bias(m) == 0 && model_threshold(m) == 50 &&
	    model_size(m) == 0);
	model_free(m);
}

static void
test_errors(void)
{
	T_ERR("bias\n", "m:1: bias: expected one number from -1e6 to 1e6");
	T_ERR("bias 1 2\n", "m:1: bias: expected one number from -1e6 to 1e6");
	T_ERR("bias 2e6\n", "m:1: bias: expected one number from -1e6 to 1e6");
	T_ERR("bias 1\nbias 2\n", "m:2: bias given twice");
	T_ERR("threshold 101\n", "m:1: threshold: an integer from 0 to 100 "
	    "expected");
	T_ERR("threshold 4.5\n", "m:1: threshold: an integer from 0 to 100 "
	    "expected");
	T_ERR("threshold 4\nthreshold 5\n", "m:2: threshold given twice");
	T_ERR("weight x\n", "m:1: weight: expected a feature and a number");
	T_ERR("weight x y\n", "m:1: weight x: \"y\" is not a number from "
	    "-1e6 to 1e6");
	T_ERR("weight x nan\n", "m:1: weight x: \"nan\" is not a number "
	    "from -1e6 to 1e6");
	T_ERR("weight x -1e7\n", "m:1: weight x: \"-1e7\" is not a number "
	    "from -1e6 to 1e6");
	T_ERR("weight x 1\nweight x 2\n", "m:2: weight x: given twice");
	T_ERR("list\n", "m:1: list: missing name");
	T_ERR("list 9x a\n", "m:1: list: bad name \"9x\" (a letter or '_', "
	    "then letters, digits, '_', '-')");
	T_ERR("rule x y 1 z\n", "m:1: unknown keyword \"rule\" (expected "
	    "bias, threshold, list or weight)");
	T_ERR("bias 1\n\0\n", "m:2: NUL byte");
}

static void
test_score(void)
{
	T_INT(model_score(0), 50);
	T_INT(model_score(100), 100);
	T_INT(model_score(-100), 0);
	T_INT(model_score(log(3)), 75);
	T_INT(model_score(NAN), 0);
	T_OK(model_scale(0) == 1);
	T_OK(model_scale(4) == 0.5);
}

/* The features of TEXT with the default word lists, as names, one
 * space-separated string (allocated). */
static char *
names_of(const struct cd_model *lists, const char *text)
{
	struct feature_set	 fs;
	char			*out = strdup(""), *name, *prev;
	size_t			 i;

	feature_init(&fs, lists);
	feature_text(&fs, text, strlen(text));
	for (i = 0; i < fs.n; i++) {
		name = feature_name(&fs.v[i], lists, NULL, text, strlen(text));
		prev = out;
		out = malloc(strlen(prev) + strlen(name) + 3);
		sprintf(out, "%s %s ", prev, name);
		free(prev);
		free(name);
	}
	feature_free(&fs);
	return out;
}

#define T_HAS(names, f) do {						\
	t_checks++;							\
	if (strstr((names), " " f " ") == NULL)				\
		T_FAIL("no %s in%s", f, names);				\
} while (0)
#define T_HASNT(names, f) do {						\
	t_checks++;							\
	if (strstr((names), " " f " ") != NULL)				\
		T_FAIL("%s in%s", f, names);				\
} while (0)

static void
test_features(void)
{
	struct cd_model	*lists;
	char		 path[4096], *cause = NULL, *n;

	snprintf(path, sizeof path, "%s/data/claim-words", top_dir);
	if ((lists = model_load(path, &cause)) == NULL) {
		T_FAIL("%s", cause);
		free(cause);
		return;
	}
	n = names_of(lists, "The Harbour Board’s levy rose 3,250 dollars, "
	    "to 12.5% of the toll, on Feb. 20.");
	T_HAS(n, "w:^_the");
	T_HAS(n, "w:harbour");
	T_HAS(n, "w:board's");		/* a curly apostrophe, straight */
	T_HAS(n, "w:rose_0");		/* a figure is "0" */
	T_HAS(n, "w:0_dollars");
	T_HAS(n, "shape:number");
	T_HAS(n, "shape:numbers2");
	T_HASNT(n, "shape:numbers4");
	T_HAS(n, "shape:percent");
	T_HAS(n, "shape:date_abbr");	/* "Feb. 20" */
	T_HAS(n, "list:month_abbr");
	T_HAS(n, "list:currency");
	T_HAS(n, "list:change");
	T_HAS(n, "shape:caps3");	/* Harbour, Board’s, Feb */
	T_HAS(n, "shape:len10");
	T_HASNT(n, "shape:question");
	T_HASNT(n, "shape:year");
	free(n);

	n = names_of(lists, "Two years in prison, he said on his 40th "
	    "birthday in the 1990s?");
	T_HAS(n, "list:number_word");	/* spelled-out numbers */
	T_HAS(n, "shape:ordinal");
	T_HAS(n, "w:0th");
	T_HAS(n, "shape:year");		/* "1990s" */
	T_HAS(n, "w:0s");
	T_HAS(n, "shape:question");
	T_HAS(n, "list:pronoun_third");
	T_HAS(n, "list:say");
	T_HASNT(n, "shape:money");
	free(n);

	n = names_of(lists, "“We are thrilled,” she said. Half of $5 on "
	    "20 March.");
	T_HAS(n, "shape:quote");
	T_HAS(n, "shape:quote_start");
	T_HAS(n, "list:feeling");
	T_HAS(n, "list:fraction");
	T_HAS(n, "shape:money");
	T_HAS(n, "shape:date");		/* "20 March" */
	T_HAS(n, "shape:len10");
	free(n);

	/* "May" the modal is no date; a year is four digits in range. */
	n = names_of(lists, "It may 2 rise in 1776 or 2150!");
	T_HASNT(n, "shape:date");
	T_HASNT(n, "shape:year");
	T_HAS(n, "shape:exclaim");
	T_HAS(n, "shape:len5");
	free(n);

	/* A word on several lists has each; the last list counts too. */
	n = names_of(lists, "Why did a third (17%) go, 5$ each?");
	T_HAS(n, "list:ordinal_word");
	T_HAS(n, "list:fraction");
	T_HAS(n, "list:question_word");
	T_HAS(n, "shape:paren");
	T_HAS(n, "shape:percent");
	T_HAS(n, "shape:money");	/* a sign after the digit */
	T_HAS(n, "shape:question");
	T_HASNT(n, "shape:quote");
	free(n);

	n = names_of(lists, "Yes.");
	T_HAS(n, "shape:len1");
	T_HAS(n, "w:^_yes");
	free(n);
	model_free(lists);
}

/* A sentence repeating its words many times: each feature counts once,
 * and the set's table of those seen grows without losing one. */
static void
test_feature_set(void)
{
	struct feature_set	 fs;
	char			 text[20000];
	size_t			 i, n1;

	feature_init(&fs, NULL);
	for (i = 0; i < 2000; i++)
		memcpy(text + i * 9, "word0001 ", 9);
	for (i = 0; i < 1000; i++)
		sprintf(text + 18000 + i, "%c", 'a' + (int)(i % 26));
	text[19000] = '\0';
	feature_text(&fs, text, strlen(text));
	n1 = fs.n;
	feature_text(&fs, text, strlen(text));
	T_INT(fs.n, n1);
	feature_clear(&fs);
	T_INT(fs.n, 0);
	feature_text(&fs, "a b", 3);
	T_INT(fs.n, 5);		/* a, b, ^_a, a_b, len1, and no more */
	feature_free(&fs);
}

/* Rules with a model made of TEXT: extract scores as the model says. */
static void
test_extract_model(void)
{
	static const char *rules_text =
	    "threshold 90\n"
	    "rule digit quantity 50 \\d\n"
	    "rule thanks courtesy -40 (?i)thank\n"
	    "rule credit byline 0 reports for VOA\\.$\n"
	    "rule glad noclaim 0 ^\"We are glad\\b\n";
	struct ruleset		*rs;
	struct sentence		 s[5];
	struct claim_info	 info[5];
	char			*cause = NULL, *warning = NULL, *name;
	const char		*fixed = "weights fixed\nthreshold 40\n"
				    "rule d q 45 \\d\n";
	const char		*texts[5] = {
		"Prices rose 5 times.", "Thank you.",
		"Jane Roe reports for VOA.", "Prices rose 5 times.",
		"\"We are glad 5 came,\" she said."
	};
	double			 logit;
	size_t			 i, off = 0;

	rs = rules_parse("r", rules_text, strlen(rules_text), &cause);
	if (rs == NULL) {
		T_FAIL("%s", cause);
		free(cause);
		return;
	}
	rules_set_model(rs, parse("bias 1\nthreshold 60\n"
	    "weight rule:digit 2\nweight w:rose 1\nweight shape:len1 0.5\n"
	    "weight rule:thanks -3\n"));
	T_INT(extract_threshold(rs), 60);
	for (i = 0; i < 5; i++) {
		s[i].start = off;
		s[i].end = off + strlen(texts[i]);
		s[i].text = (char *)texts[i];
		s[i].kind = i == 3 ? SEG_TITLE : SEG_SENTENCE;
		s[i].para = 0;
		off = s[i].end + 1;
	}
	T_INT(extract_sentences(rs, s, 5, info, &warning), 0);
	T_STR(warning, NULL);

	/* "Prices rose 5 times.": rule:digit, w:rose and shape:len1 are
	 * weighed, among all the features the sentence has. */
	{
		struct feature_set	fs;

		feature_init(&fs, NULL);
		feature_text(&fs, texts[0], strlen(texts[0]));
		logit = 1 + (2 + 1 + 0.5) * model_scale(fs.n + 1);
		feature_free(&fs);
	}
	T_INT(info[0].score, model_score(logit));
	T_INT(info[0].claim, info[0].score >= 60);
	T_INT(info[0].claim, 1);
	T_STR(info[0].kinds, "quantity");
	T_INT(info[0].nwhy, 3);
	name = extract_reason_name(rs, &s[0], &info[0].why[0]);
	T_STR(name, "rule:digit");
	free(name);
	name = extract_reason_name(rs, &s[0], &info[0].why[1]);
	T_STR(name, "w:rose");
	free(name);
	T_OK(info[0].why[0].weight > info[0].why[1].weight &&
	    info[0].why[1].weight > info[0].why[2].weight);

	/* A negative weight explains too. */
	T_INT(info[1].claim, 0);
	name = extract_reason_name(rs, &s[1], &info[1].why[0]);
	T_STR(name, "rule:thanks");
	free(name);
	T_OK(info[1].why[0].weight < 0);

	/* A credit line and a title are layout: score 0, never claims. */
	T_INT(info[2].score, 0);
	T_INT(info[2].claim, 0);
	T_INT(info[2].nwhy, 1);
	name = extract_reason_name(rs, &s[2], &info[2].why[0]);
	T_STR(name, "rule:credit");
	free(name);
	T_INT(info[3].score, 0);
	T_INT(info[3].claim, 0);
	name = extract_reason_name(rs, &s[3], &info[3].why[0]);
	T_STR(name, "layout:title");
	free(name);

	/* noclaim keeps the score and says why first. */
	T_OK(info[4].score > 0);
	T_INT(info[4].claim, 0);
	name = extract_reason_name(rs, &s[4], &info[4].why[0]);
	T_STR(name, "rule:glad");
	free(name);
	for (i = 0; i < 5; i++)
		claim_info_clear(&info[i]);

	/* "weights fixed": the model is not used, the rules' sum is. */
	rules_free(rs);
	rs = rules_parse("r", fixed, strlen(fixed), &cause);
	T_OK(rs != NULL);
	if (rs == NULL)
		return;
	rules_set_model(rs, parse("bias -9\nweight rule:d -5\n"));
	T_OK(rules_model(rs) == NULL);
	T_INT(extract_threshold(rs), 40);
	T_INT(extract_sentences(rs, s, 1, info, &warning), 0);
	T_INT(info[0].score, 45);
	T_INT(info[0].claim, 1);
	T_INT(info[0].nwhy, 1);
	T_OK(info[0].why[0].weight == 45);
	claim_info_clear(&info[0]);
	rules_free(rs);
}

/* Feature names in words a reader of the claim pane knows. */
static void
test_plain(void)
{
	static const struct {
		const char	*name, *plain;
	} cases[] = {
		{ "shape:number", "a number in figures" },
		{ "shape:len10", "10 to 19 words" },
		{ "shape:caps3", "3 capitalised words or more" },
		{ "rule:attributed", "the rule \"attributed\"" },
		{ "list:modal", "a word of the list \"modal\"" },
		{ "layout:title", "where it stands: title" },
		{ "w:korea", "the word \"korea\"" },
		{ "w:0", "a number" },
		{ "w:0,0", "a number" },
		{ "w:0th", "the word \"0th\"" },
		{ "w:^_the", "starts with \"the\"" },
		{ "w:^_0", "starts with a number" },
		{ "w:said_the", "the words \"said the\"" },
		{ "w:0_percent", "the words \"(number) percent\"" },
		{ "something:else", "something:else" }
	};
	size_t	 i;
	char	*p;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		p = feature_plain(cases[i].name);
		T_STR(p, cases[i].plain);
		free(p);
	}
	/* Every shape has its words. */
	for (i = 0; i < feature_nshapes(); i++) {
		p = feature_plain(feature_shape_name(i));
		T_OK(strncmp(p, "shape:", 6) != 0);
		free(p);
	}
}

/* learn: a made-up word that marks the claims is learned, written as a
 * model file and read back, and scores as the fitting said. */
static void
test_learn(void)
{
	static const char *pos[] = { "zorblat", "the zorblat rose",
	    "a zorblat was seen", "zorblat again", "we saw zorblat",
	    "zorblat it is", "old zorblat", "zorblat here", NULL };
	static const char *neg[] = { "a quiet day", "the quiet garden",
	    "nothing was seen", "again and again", "we saw birds",
	    "it is so", "old trees", "here we go", NULL };
	struct learn_set	*set;
	struct learn_params	 p;
	struct ruleset		*rs;
	struct cd_model		*lists, *m;
	char			*cause = NULL, *buf = NULL;
	size_t			 len = 0, i;
	FILE			*f;
	int			 best = -1;

	rs = rules_parse("r", "rule digit q 1 \\d\n", strlen("rule digit q 1 "
	    "\\d\n"), &cause);
	lists = parse("list quiet quiet calm\n");
	set = learn_set_new();
	for (i = 0; pos[i] != NULL; i++) {
		learn_add(set, pos[i], 1, i % 2 ? "one" : "two");
		learn_add(set, neg[i], 0, i % 2 ? "one" : "two");
	}
	T_INT(learn_count(set), 16);
	T_INT(learn_positives(set), 8);
	T_INT(learn_groups(set), 2);
	learn_prepare(set, rs, lists);
	learn_params_default(&p);
	T_INT(learn_cross_validate(set, &p, 4, 0, NULL, &best, &cause), 4);
	T_OK(best >= 1 && best <= 100);
	p.threshold = 50;
	f = open_memstream(&buf, &len);
	T_INT(learn_fit_write(set, &p, "a test\nof learning", f, &cause), 0);
	fclose(f);
	T_OK(strstr(buf, "# a test\n# of learning\n") != NULL);
	T_OK(strstr(buf, "\nthreshold 50\n") != NULL);
	T_OK(strstr(buf, "\nlist quiet quiet calm\n") != NULL);
	T_OK(strstr(buf, "\nweight w:zorblat ") != NULL);
	m = parse(buf);
	if (m != NULL) {
		T_OK(model_weight(m, model_key("w:zorblat")) > 0.5);
		T_OK(model_weight(m, model_key("list:quiet")) < 0);
		T_INT(model_word_lists(m, model_key("w:" "calm")), 1);
	}
	model_free(m);
	free(buf);
	learn_set_free(set);
	model_free(lists);
	rules_free(rs);
}

int
main(void)
{
	const char	*top = getenv("top_srcdir");

	top_dir = top != NULL ? top : ".";
	T_RUN(test_parse);
	T_RUN(test_errors);
	T_RUN(test_score);
	T_RUN(test_features);
	T_RUN(test_feature_set);
	T_RUN(test_extract_model);
	T_RUN(test_learn);
	T_RUN(test_plain);
	return T_DONE();
}
