/* fuzz_rules.c: any rule file is compiled or refused with a located error;
 * a compiled one scores a fixed article within bounds. */
#include <stdlib.h>
#include <string.h>

#include "abbrevs.h"
#include "article.h"
#include "doc.h"
#include "extract.h"
#include "fuzz.h"
#include "rules.h"
#include "segment.h"

/* Sentences that give most patterns something to chew on: figures,
 * quotes, names, a long run for backtracking, bad and unsafe text. */
static const char sample[] =
    "Rules under test\n\n"
    "The city spent $4.5 million on 3,000 roads in 2023, officials said.\n"
    "\xe2\x80\x9cWe will win,\xe2\x80\x9d Mayor Ann Lee told reporters. "
    "According to the police, crime fell 12 percent.\n\n"
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\n"
    "Esc \x1b[2J and \xc2\x9b and \xe2\x80\xae here? Maybe it is the best.\n"
    "Dr. Smith said: \xe6\x97\xa5\xe6\x9c\xac 40% \xd0\xb1\xd0\xbe\xd0\xbb"
    "\xd1\x8c\xd1\x88\xd0\xb5.\n";

static struct abbrevs	*abbrevs;

static void
check_doc(const struct ruleset *rules)
{
	struct article	*art;
	struct doc	*doc;
	char		*cause = NULL;
	size_t		 i;

	art = article_from_bytes("sample", sample, sizeof sample - 1,
	    ARTICLE_MAX_SIZE, &cause);
	if (art == NULL)
		abort();
	doc = doc_build(art, abbrevs, rules, 0);
	for (i = 0; i < doc->nsent; i++) {
		fuzz_check(doc->info[i].score >= 0 &&
		    doc->info[i].score <= 100, "score within 0-100");
		fuzz_check(!doc->info[i].claim ||
		    doc->info[i].score >= extract_threshold(rules),
		    "a claim is a score at the threshold");
		fuzz_check(doc->sent[i].kind == SEG_SENTENCE ||
		    doc->sent[i].kind == SEG_ITEM ||
		    (!doc->info[i].claim && doc->info[i].score == 0),
		    "layout is no claim");
		fuzz_check(doc->info[i].nwhy <= EXTRACT_WHY, "reasons fit");
		fuzz_check(doc->info[i].kinds != NULL, "kinds never NULL");
		if (doc->info[i].source != NULL)
			fuzz_check(*doc->info[i].source != '\0',
			    "a source is not empty");
	}
	doc_free(doc);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ruleset	*rules;
	char		*cause = NULL;

	if (abbrevs == NULL &&
	    (abbrevs = abbrevs_load(CD_SRCDATADIR "/abbreviations",
	    &cause)) == NULL)
		abort();
	rules = rules_parse("fuzz", (const char *)data, size, &cause);
	if (rules == NULL) {
		fuzz_check(cause != NULL && strncmp(cause, "fuzz:", 5) == 0,
		    "a rule error names FILE:LINE:COLUMN");
		free(cause);
		return 0;
	}
	fuzz_check(rules_threshold(rules) >= 0 &&
	    rules_threshold(rules) <= 100, "threshold within 0-100");
	check_doc(rules);
	rules_free(rules);
	return 0;
}
