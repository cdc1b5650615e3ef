/* test_rules.c: the rule file grammar, its located errors, and matching. */
#include <stdlib.h>
#include <string.h>

#include "rules.h"
#include "rules-int.h"
#include "t.h"

/* Parses TEXT as file "t"; returns the ruleset, or NULL with *CAUSE. */
static struct ruleset *
parse(const char *text, char **cause)
{
	return rules_parse("t", text, strlen(text), cause);
}

/* The error TEXT gives, allocated ("" when it parses). */
static char *
error_of(const char *text)
{
	struct ruleset	*rs;
	char		*cause = NULL;

	if ((rs = parse(text, &cause)) != NULL) {
		rules_free(rs);
		return strdup("");
	}
	return cause;
}

#define T_ERR(text, want) do {						\
	char *t_e_ = error_of(text);					\
	T_STR(t_e_, want);						\
	free(t_e_);							\
} while (0)

/* Runs rule I of RS on TEXT: 1, 0 or -1 as rules_match(). */
static int
run(const struct ruleset *rs, size_t i, const char *text)
{
	char	*cause = NULL;
	int	 rc;

	rc = rules_match(rs, i, text, strlen(text), &cause);
	free(cause);
	return rc;
}

static void
test_grammar(void)
{
	struct ruleset	*rs;
	char		*cause = NULL;

	rs = parse("# a comment\n"
	    "\n"
	    "   # an indented comment\n"
	    "threshold 35\n"
	    "rule digits quantity 30 \\d+\n"
	    "rule\tasked\tquestion\t-40\t\\?$   \n"
	    "rule more quantity +5 (?i)more than\r\n"
	    "rule said attribution 0 (?<source>\\w+) said\n", &cause);
	T_OK(rs != NULL);
	T_STR(cause, NULL);
	if (rs == NULL)
		return;
	T_INT(rules_threshold(rs), 35);
	T_INT(rules_count(rs), 4);
	T_STR(rules_name(rs, 1), "asked");
	T_STR(rules_kind(rs, 1), "question");
	T_INT(rules_weight(rs, 1), -40);
	T_INT(rules_weight(rs, 2), 5);
	T_INT(rules_weight(rs, 3), 0);

	/* Kinds are listed once each, in order of first appearance. */
	T_INT(rules_nkinds(rs), 3);
	T_STR(rules_kind_at(rs, 0), "quantity");
	T_STR(rules_kind_at(rs, 1), "question");
	T_STR(rules_kind_at(rs, 2), "attribution");
	T_INT(rules_kind_index(rs, 2), 0);
	T_INT(rules_kind_index(rs, 3), 2);

	/* Trailing blanks and a CR are not part of the pattern. */
	T_INT(run(rs, 1, "Really?"), 1);
	T_INT(run(rs, 2, "MORE THAN ten"), 1);
	T_INT(run(rs, 0, "no figure here"), 0);
	T_OK(rules_has_group(rs, 3, RULE_SOURCE));
	T_OK(!rules_has_group(rs, 0, RULE_SOURCE));
	rules_free(rs);
}

static void
test_default_threshold(void)
{
	struct ruleset	*rs;
	char		*cause = NULL;

	rs = parse("rule x y 1 x", &cause);
	T_OK(rs != NULL);
	if (rs == NULL)
		return;
	T_INT(rules_threshold(rs), 40);
	T_INT(rules_count(rs), 1);
	rules_free(rs);
}

static void
test_bad_threshold(void)
{
	T_ERR("threshold high\nrule x y 1 x\n",
	    "t:1:11: threshold: \"high\" is not an integer from 0 to 100");
	T_ERR("threshold 101\nrule x y 1 x\n",
	    "t:1:11: threshold: \"101\" is not an integer from 0 to 100");
	T_ERR("threshold -1\nrule x y 1 x\n",
	    "t:1:11: threshold: \"-1\" is not an integer from 0 to 100");
	T_ERR("rule x y 1 x\nthreshold\n",
	    "t:2:10: threshold: missing value (an integer from 0 to 100)");
	T_ERR("threshold 40 50\nrule x y 1 x\n",
	    "t:1:14: threshold: unexpected \"50\" after the value");
	T_ERR("threshold 40\n\nthreshold 50\nrule x y 1 x\n",
	    "t:3:1: threshold given twice (first on line 1)");
}

static void
test_weights(void)
{
	struct ruleset	*rs;
	char		*cause = NULL;
	const char	*fixed = "weights fixed\nrule x y 1 x\n";
	const char	*learned = "weights learned\nrule x y 1 x\n";

	rs = rules_parse("t", fixed, strlen(fixed), &cause);
	T_OK(rs != NULL && rules_fixed(rs));
	rules_free(rs);
	rs = rules_parse("t", learned, strlen(learned), &cause);
	T_OK(rs != NULL && !rules_fixed(rs));
	T_OK(rs != NULL && rules_model(rs) == NULL);
	rules_free(rs);
	T_ERR("weights\nrule x y 1 x\n",
	    "t:1:8: weights: \"\": expected \"fixed\" or \"learned\"");
	T_ERR("weights fixd\nrule x y 1 x\n",
	    "t:1:9: weights: \"fixd\": expected \"fixed\" or \"learned\"");
	T_ERR("weights fixed\nweights fixed\nrule x y 1 x\n",
	    "t:2:1: weights given twice (first on line 1)");
}

static void
test_unknown_keyword(void)
{
	T_ERR("threshold 40\nrules x y 1 x\n",
	    "t:2:1: unknown keyword \"rules\" (expected \"rule\", "
	    "\"signal\", \"threshold\" or \"weights\")");
	T_ERR("  Rule x y 1 x\n",
	    "t:1:3: unknown keyword \"Rule\" (expected \"rule\", "
	    "\"signal\", \"threshold\" or \"weights\")");
	/* Control characters are never echoed raw. */
	T_ERR("\x1b[31m x\n",
	    "t:1:1: unknown keyword \"^[[31m\" (expected \"rule\", "
	    "\"signal\", \"threshold\" or \"weights\")");
}

/* A long token is cut in messages after 40 bytes, on a character boundary;
 * its control characters, each shown in two, still fit. */
static void
test_long_token(void)
{
	char	line[128], want[256];

	memset(line, '\x01', 50);
	memcpy(line + 50, " x\n", 4);
	memset(want, 0, sizeof want);
	strcpy(want, "t:1:1: unknown keyword \"");
	for (int i = 0; i < 40; i++)
		strcat(want, "^A");
	strcat(want, "...\" (expected \"rule\", \"signal\", \"threshold\" "
	    "or \"weights\")");
	T_ERR(line, want);

	/* 39 letters, then an e-acute whose second byte is the 41st. */
	memset(line, 'a', 39);
	memcpy(line + 39, "\xc3\xa9" "bc x\n", 8);
	memset(want, 0, sizeof want);
	strcpy(want, "t:1:1: unknown keyword \"");
	memset(want + strlen(want), 'a', 39);
	strcat(want, "...\" (expected \"rule\", \"signal\", \"threshold\" "
	    "or \"weights\")");
	T_ERR(line, want);
}

static void
test_signals(void)
{
	struct ruleset	*rs;
	char		*cause = NULL;
	const char	*text = "anything at all";

	rs = parse("rule fig quantity 10 \\d\n"
	    "signal attributed attribution 30\n"
	    "signal quoted quote -5\n", &cause);
	T_OK(rs != NULL);
	if (rs == NULL)
		return;
	T_INT(rules_count(rs), 3);
	T_INT(rules_signal(rs, 0), RULE_PATTERN);
	T_INT(rules_signal(rs, 1), RULE_ATTRIBUTED);
	T_INT(rules_signal(rs, 2), RULE_QUOTED);
	T_STR(rules_kind(rs, 1), "attribution");
	T_INT(rules_weight(rs, 2), -5);
	/* A signal never matches text: the attribution pass fires it. */
	T_INT(rules_match(rs, 1, text, strlen(text), &cause), 0);
	T_INT(rules_has_group(rs, 1, RULE_SOURCE), 0);
	rules_free(rs);
	/* A file of signals alone is a rule file. */
	rs = parse("signal attributed attribution 30\n", &cause);
	T_OK(rs != NULL);
	rules_free(rs);

	T_ERR("signal said attribution 30\n",
	    "t:1:8: signal said: unknown signal (\"attributed\" or "
	    "\"quoted\")");
	T_ERR("signal attributed attribution 30 \\d\n",
	    "t:1:34: signal attributed: unexpected \"\\d\" after the weight");
	T_ERR("signal attributed attribution\n",
	    "t:1:30: signal attributed: missing weight");
}

static void
test_bad_weight(void)
{
	T_ERR("rule big quantity 101 \\d\n",
	    "t:1:19: rule big: bad weight \"101\" (an integer from -100 to "
	    "100)");
	T_ERR("rule low quantity -101 \\d\n",
	    "t:1:19: rule low: bad weight \"-101\" (an integer from -100 to "
	    "100)");
	T_ERR("rule word quantity ten \\d\n",
	    "t:1:20: rule word: bad weight \"ten\" (an integer from -100 to "
	    "100)");
	T_ERR("rule huge quantity 99999999999 \\d\n",
	    "t:1:20: rule huge: bad weight \"99999999999\" (an integer from "
	    "-100 to 100)");
	T_ERR("rule nine quantity\n",
	    "t:1:19: rule nine: missing weight");
}

static void
test_missing_fields(void)
{
	T_ERR("rule\n", "t:1:5: rule: missing name");
	T_ERR("rule lonely\n", "t:1:12: rule lonely: missing kind");
	T_ERR("rule empty quantity 10\n",
	    "t:1:23: rule empty: missing pattern");
	T_ERR("rule blank quantity 10  \t \n",
	    "t:1:27: rule blank: missing pattern");
	T_ERR("rule 9lives quantity 10 x\n",
	    "t:1:6: rule: bad name \"9lives\" (a letter or '_', then "
	    "letters, digits, '_', '-', '.'; at most 64 bytes)");
	T_ERR("rule ok quant,ity 10 x\n",
	    "t:1:9: rule ok: bad kind \"quant,ity\" (a letter or '_', then "
	    "letters, digits, '_', '-', '.'; at most 64 bytes)");
	T_ERR("rule twin a 1 x\nrule twin b 2 y\n",
	    "t:2:6: rule twin: name used twice");
	T_ERR("", "t:1:1: no rules");
	T_ERR("# only a comment\nthreshold 10\n", "t:2:1: no rules");
}

static void
test_bad_pattern(void)
{
	/* PCRE2's own message, at the column of its error offset. */
	T_ERR("rule paren quantity 10 (ab\n",
	    "t:1:27: rule paren: missing closing parenthesis");
	T_ERR("rule order quantity 10 x{3,1}\n",
	    "t:1:29: rule order: numbers out of order in {} quantifier");
	T_ERR("threshold 30\n  rule rep x 5 +1\n",
	    "t:2:16: rule rep: quantifier does not follow a repeatable item");
	/* Columns count characters, not bytes: "é" is one. */
	T_ERR("rule accent x 5 é(?<\n",
	    "t:1:21: rule accent: subpattern name expected");
}

static void
test_nul_byte(void)
{
	struct ruleset	*rs;
	char		*cause = NULL;
	const char	 text[] = "rule a b 1 x\nrule c d 1 y\0z\n";

	rs = rules_parse("t", text, sizeof text - 1, &cause);
	T_OK(rs == NULL);
	T_STR(cause, "t:2:13: NUL byte");
	free(cause);
}

static void
test_load(void)
{
	struct ruleset	*rs;
	const char	*top = getenv("top_srcdir");
	char		 path[4096], *cause = NULL;
	size_t		 k;
	int		 seen = 0;

	rs = rules_load("/nonexistent/claim-rules", &cause);
	T_OK(rs == NULL);
	T_STR(cause, "/nonexistent/claim-rules: No such file or directory");
	free(cause);

	if (top == NULL)
		top = ".";
	snprintf(path, sizeof path, "%s/data/claim-rules", top);
	rs = rules_load(path, &cause);
	T_OK(rs != NULL);
	T_STR(cause, NULL);
	free(cause);
	if (rs == NULL)
		return;
	/* The kinds the contract promises are all there. */
	for (k = 0; k < rules_nkinds(rs); k++) {
		const char *kind = rules_kind_at(rs, k);

		if (strcmp(kind, "quantity") == 0 ||
		    strcmp(kind, "comparison") == 0 ||
		    strcmp(kind, "quote") == 0 ||
		    strcmp(kind, "attribution") == 0 ||
		    strcmp(kind, "prediction") == 0 ||
		    strcmp(kind, "hedge") == 0 ||
		    strcmp(kind, "opinion") == 0 ||
		    strcmp(kind, "question") == 0)
			seen++;
	}
	T_INT(seen, 8);
	T_OK(rules_threshold(rs) > 0 && rules_threshold(rs) <= 100);
	rules_free(rs);
}

static void
test_groups(void)
{
	struct ruleset	*rs;
	const char	*text = "Ana Ruiz said so", *s = NULL;
	char		*cause = NULL;
	size_t		 len = 0;

	rs = parse("rule said x 1 (?<source>\\w+ \\w+) said\n"
	    "rule either x 1 (?J)(?:by (?<source>\\w+)|from (?<source>\\w+))\n"
	    "rule who x 0 (?<person>[A-Z]\\w+)\n", &cause);
	T_OK(rs != NULL);
	if (rs == NULL)
		return;
	T_INT(rules_match(rs, 0, text, strlen(text), &cause), 1);
	T_INT(rules_group(rs, 0, RULE_SOURCE, text, strlen(text), &s, &len),
	    0);
	T_INT(len, 8);
	T_OK(s == text);

	/* Duplicate names: the group that took part. */
	text = "a letter from Oslo";
	T_INT(rules_match(rs, 1, text, strlen(text), &cause), 1);
	T_INT(rules_group(rs, 1, RULE_SOURCE, text, strlen(text), &s, &len),
	    0);
	T_INT(len, 4);
	T_OK(s != NULL && strncmp(s, "Oslo", 4) == 0);

	T_INT(rules_match(rs, 2, text, strlen(text), &cause), 1);
	T_INT(rules_group(rs, 2, RULE_PERSON, text, strlen(text), &s, &len),
	    0);
	T_INT(len, 4);
	T_INT(rules_group(rs, 2, RULE_SOURCE, text, strlen(text), &s, &len),
	    -1);
	rules_free(rs);
}

static void
test_invalid_utf8(void)
{
	struct ruleset	*rs;
	char		*cause = NULL;

	rs = parse("rule any x 1 b.c\n", &cause);
	T_OK(rs != NULL);
	if (rs == NULL)
		return;
	/* An invalid sequence does not match and is no error. */
	T_INT(run(rs, 0, "a b\xff" "c d"), 0);
	T_INT(run(rs, 0, "a b\xc3\xa9" "c d"), 1);
	rules_free(rs);
}

/* \D, \S and \W match a character of more than one byte, JIT or not
 * (PCRE2 up to 10.42 JIT-compiles them wrong). */
static void
test_escapes_multibyte(void)
{
	struct ruleset	*rs;
	char		*cause = NULL;

	rs = parse("rule a x 1 ^\\W*11\n"
	    "rule b x 1 caf\\S h\n"
	    "rule c x 1 ^\\D\\d\n"
	    "rule d x 1 \\Qa\\W\\E\n", &cause);
	T_OK(rs != NULL);
	if (rs == NULL)
		return;
	T_INT(run(rs, 0, "\xc2\xb7 11 January 2024"), 1);
	T_INT(run(rs, 0, "Sunday 11 January"), 0);
	T_INT(run(rs, 1, "a caf\xc3\xa9 here"), 1);
	T_INT(run(rs, 2, "\xe2\x82\xac" "4"), 1);
	/* Quoted, a literal. */
	T_INT(run(rs, 3, "a\\W"), 1);
	T_INT(run(rs, 3, "a\xc3\xa9"), 0);
	rules_free(rs);
}

/* The pattern with them written as classes: the same, but for them. */
static void
test_escapes_as_classes(void)
{
	static const struct {
		const char	*in, *out;
		int		 rc;
	} cases[] = {
		{ "^\\W*11", "^[\\W]*11", 1 },
		{ "\\S+\\D?", "[\\S]+[\\D]?", 1 },
		{ "[\\W\\d]\\w", NULL, 0 },
		{ "[]\\W]\\W", "[]\\W][\\W]", 1 },
		{ "[^]\\W]\\W", "[^]\\W][\\W]", 1 },
		{ "[[:alpha:]\\W]\\W", "[[:alpha:]\\W][\\W]", 1 },
		{ "\\Q\\W\\E\\W", "\\Q\\W\\E[\\W]", 1 },
		{ "\\\\W", NULL, 0 },
		{ "(?# [ )\\W", "(?# [ )[\\W]", 1 },
		{ "(?i:a)\\W", "(?i:a)[\\W]", 1 },
		{ "(?ix)a \\W", NULL, -1 },
		{ "(?x)a b", NULL, 0 },
		{ "(?i-x)\\W", "(?i-x)[\\W]", 1 },
	};
	size_t	i;
	char	*out;
	int	 rc;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		rc = rules_escapes_as_classes(cases[i].in,
		    strlen(cases[i].in), &out);
		T_INT(rc, cases[i].rc);
		T_STR(out != NULL ? out : "(none)", cases[i].out != NULL ?
		    cases[i].out : "(none)");
		free(out);
	}
}

static void
test_pathological(void)
{
	struct ruleset	*rs;
	char		 text[200], *cause = NULL;
	int		 rc;

	rs = parse("rule runaway x 10 (a+)+$\n"
	    "rule figure quantity 30 \\d\n", &cause);
	T_OK(rs != NULL);
	if (rs == NULL)
		return;
	memset(text, 'a', 60);
	strcpy(text + 60, "! 42");

	rc = rules_match(rs, 0, text, strlen(text), &cause);
	T_INT(rc, -1);
	T_OK(cause != NULL && strstr(cause, "rule runaway stopped: ") ==
	    cause);
	free(cause);
	cause = NULL;
	/* The ruleset stays usable: the other rule, and the same one on an
	 * ordinary sentence. */
	T_INT(run(rs, 1, text), 1);
	T_INT(run(rs, 0, "aaa"), 1);
	T_INT(run(rs, 0, "bbb"), 0);
	rules_free(rs);
}

/* What rules_screen() says of rule I of RS on TEXT: 1 may match, 0 not. */
static int
screen(const struct ruleset *rs, size_t i, const char *text)
{
	unsigned char	may[16];

	if (rules_count(rs) > sizeof may)
		return -1;
	memset(may, 0xaa, sizeof may);
	rules_screen(rs, text, strlen(text), may);
	return may[i];
}

static void
test_screen(void)
{
	struct ruleset	*rs;
	char		*cause = NULL;

	rs = parse("rule words x 1 (?i)\\b(?:foo|bar)\\b\n"
	    "rule both x 1 (?i)\\bfoo\\b.*\\bbar\\b\n"
	    "rule ahead x 1 ^(?=(?s:.*?)\\bsaid\\b)(?s:.*?)[A-Z]\\w+\n"
	    "rule notahead x 1 ^(?!.*said).+\n"
	    "rule optional x 1 (?:foo)?bar\n"
	    "rule backref x 1 (\\w)\\1\n"
	    "rule letters x 1 (?i)café\n"
	    "rule skunk x 1 (?i)skunk\n"
	    "rule common x 1 (?i)\\bin\\b\n"
	    "rule digits x 1 \\d{4}\n", &cause);
	T_OK(rs != NULL);
	if (rs == NULL)
		return;
	/* A word the pattern needs is missing: ruled out. */
	T_INT(screen(rs, 0, "nothing here"), 0);
	T_INT(screen(rs, 0, "a FOO b"), 1);
	T_INT(screen(rs, 0, "Bar."), 1);
	/* Both words needed. */
	T_INT(screen(rs, 1, "foo alone"), 0);
	T_INT(screen(rs, 1, "bar alone"), 0);
	T_INT(screen(rs, 1, "foo and bar"), 1);
	/* A lookahead's words count, a negative one's do not. */
	T_INT(screen(rs, 2, "Nobody spoke"), 0);
	T_INT(screen(rs, 2, "Ann said so"), 1);
	T_INT(screen(rs, 3, "Nobody spoke"), 1);
	/* An optional word is not needed. */
	T_INT(screen(rs, 4, "bar"), 1);
	T_INT(screen(rs, 4, "foo"), 0);
	/* What the reader does not know runs always. */
	T_INT(screen(rs, 5, ""), 1);
	/* Letters beyond ASCII may match another case, and U+017F and
	 * U+212A match 's' and 'k' caselessly: the screen lets them by. */
	T_INT(screen(rs, 6, "CAF\xc3\x89"), 1);
	T_INT(run(rs, 6, "CAF\xc3\x89"), 1);
	T_INT(screen(rs, 6, "tea"), 0);
	T_INT(run(rs, 7, "\xc5\xbf\xe2\x84\xaa" "un\xe2\x84\xaa"), 1);
	T_INT(screen(rs, 7, "\xc5\xbf\xe2\x84\xaa" "un\xe2\x84\xaa"), 1);
	T_INT(screen(rs, 7, "SKUNK"), 1);
	T_INT(screen(rs, 7, "skull"), 0);
	/* A word in nearly every sentence is not worth looking for. */
	T_INT(screen(rs, 8, "out"), 1);
	T_INT(screen(rs, 9, "no figure"), 0);
	T_INT(screen(rs, 9, "in 2019"), 1);
	rules_free(rs);
}

/* Sentences for every default rule, as written and with their cases
 * changed, to check the screen against the rules themselves. */
static const char *const screen_texts[] = {
	"More than 3,000 soldiers were killed in the Kursk region, officials "
	    "said.",
	"According to the Times, prices rose 12 percent in 2019.",
	"\"We will win this war,\" President Vladimir Zelenskiy told "
	    "reporters.",
	"KCNA, North Korea's official news agency, announced that the pact "
	    "was signed.",
	"The defence minister, Ana Costa, said the army had grown.",
	"A study by Oxford University found that deaths fell by half.",
	"Police figures show that crime is down sharply this year.",
	"The report, published by Amnesty International, found abuses.",
	"A video analyzed by OSINT researchers shows the strike.",
	"It is estimated that two-thirds of the budget was spent on "
	    "weapons.",
	"The deal is expected to cost $2 billion a year.",
	"Unemployment is at its highest since 1990, the lowest in decades.",
	"Thank you, ladies and gentlemen. God bless America.",
	"I think this is a terrible, shameful disaster?",
	"We must act now, and we will.",
	"Perhaps it could happen; it seems likely.",
	"He voted for the war, and you supported it.",
	"It has already been used three times on May 9 and 9 May.",
	"The ruling was unconstitutional, the court said, citing the "
	    "treaty.",
	"Officials say the deficit has doubled over the past decade.",
	"Experts warn that emissions continue to rise faster than ever.",
	"Twenty years ago it was the second-largest economy for the first "
	    "time.",
	"Inflation reached a record high of 9.1% last month.",
	"Zelenskiy, who cited intelligence reports, spoke in Kyiv.",
	"\xe2\x80\x9cIt is over,\xe2\x80\x9d said the mayor.",
	"Sources told Reuters that the \xe2\x82\xac" "40 million was paid "
	    "annually.",
	"Dr. Jane Roe and Kim Jong-un met in Moscow.",
	"Yes.",
	"",
	"Accor\xc4\xb1" "ng to pol\xc4\xb1" "ce, the \xc5\xbf" "tudy "
	    "\xe2\x84\xaa" "illed it.",
	"\xc5\xbf" "aid \xc5\xbf" "ources, \xe2\x84\xaa" "nown to have "
	    "\xc5\xbf" "een it."
};

/* TEXT in upper case (ASCII only). */
static char *
upper(const char *text)
{
	char	*u = strdup(text), *c;

	for (c = u; c != NULL && *c != '\0'; c++) {
		if (*c >= 'a' && *c <= 'z')
			*c = *c - 'a' + 'A';
	}
	return u;
}

static void
test_screen_default(void)
{
	struct ruleset	*rs;
	const char	*top = getenv("top_srcdir");
	char		 path[4096], *cause = NULL, *u;
	unsigned char	*may;
	size_t		 i, r, n, ruled_out = 0, runs;
	int		 rc, pass;

	snprintf(path, sizeof path, "%s/data/claim-rules",
	    top != NULL ? top : ".");
	if ((rs = rules_load(path, &cause)) == NULL) {
		T_FAIL("%s", cause);
		free(cause);
		return;
	}
	n = rules_count(rs);
	may = calloc(n, 1);
	for (i = 0; i < sizeof screen_texts / sizeof screen_texts[0]; i++) {
		for (pass = 0; pass < 2; pass++) {
			u = pass ? upper(screen_texts[i]) :
			    strdup(screen_texts[i]);
			rules_screen(rs, u, strlen(u), may);
			for (r = 0, runs = 0; r < n; r++) {
				rc = rules_match(rs, r, u, strlen(u), &cause);
				T_OK(rc >= 0);
				if (rc == 1 && !may[r])
					T_FAIL("rule %s matches \"%s\" but "
					    "was screened out", rules_name(rs,
					    r), u);
				runs += may[r];
			}
			ruled_out += n - runs;
			free(u);
		}
	}
	/* The screen does rule some out. */
	T_OK(ruled_out > 0);
	free(may);
	rules_free(rs);
}

int
main(void)
{
	T_RUN(test_grammar);
	T_RUN(test_default_threshold);
	T_RUN(test_bad_threshold);
	T_RUN(test_unknown_keyword);
	T_RUN(test_long_token);
	T_RUN(test_weights);
	T_RUN(test_signals);
	T_RUN(test_bad_weight);
	T_RUN(test_missing_fields);
	T_RUN(test_bad_pattern);
	T_RUN(test_nul_byte);
	T_RUN(test_load);
	T_RUN(test_groups);
	T_RUN(test_invalid_utf8);
	T_RUN(test_escapes_multibyte);
	T_RUN(test_escapes_as_classes);
	T_RUN(test_pathological);
	T_RUN(test_screen);
	T_RUN(test_screen_default);
	return T_DONE();
}
