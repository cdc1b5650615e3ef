/* fuzz_model.c: any model file is read or refused with a located error; a
 * model read scores a fixed article within bounds, and names its reasons. */
#include <stdlib.h>
#include <string.h>

#include "abbrevs.h"
#include "article.h"
#include "doc.h"
#include "extract.h"
#include "fuzz.h"
#include "model.h"
#include "rules.h"
#include "segment.h"

/* Sentences with words, figures, dates, quotes, bad and unsafe text. */
static const char sample[] =
    "Model under test\n\n"
    "The city spent $4.5 million on 3,000 roads on Feb. 20, 2023, "
    "officials said.\n"
    "\xe2\x80\x9cWe are thrilled,\xe2\x80\x9d Mayor Ann Lee told reporters. "
    "Two thirds of the 40th intake fell ill?\n\n"
    "GENEVA \xe2\x80\x94 Esc \x1b[2J and \xc2\x9b here; I think it is the "
    "best.\n"
    "\xe6\x97\xa5\xe6\x9c\xac 40% \xd0\xb1\xd0\xbe\xd0\xbb\xd1\x8c\xd1\x88"
    "\xd0\xb5.\n";

static struct abbrevs	*abbrevs;
static struct ruleset	*rules;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cd_model	*m;
	struct article	*art;
	struct doc	*doc;
	char		*cause = NULL, *name;
	size_t		 i;
	unsigned	 j;

	if (rules == NULL) {
		abbrevs = abbrevs_load(CD_SRCDATADIR "/abbreviations", &cause);
		rules = rules_load(CD_SRCDATADIR "/claim-rules", &cause);
		if (abbrevs == NULL || rules == NULL)
			abort();
	}
	m = model_parse("fuzz", (const char *)data, size, &cause);
	if (m == NULL) {
		fuzz_check(cause != NULL && strncmp(cause, "fuzz:", 5) == 0,
		    "a model error names FILE:LINE");
		free(cause);
		return 0;
	}
	fuzz_check(model_threshold(m) >= 0 && model_threshold(m) <= 100,
	    "threshold within 0-100");
	fuzz_check(model_nlists(m) <= MODEL_LISTS_MAX, "lists within bounds");
	rules_set_model(rules, m);
	art = article_from_bytes("sample", sample, sizeof sample - 1,
	    ARTICLE_MAX_SIZE, &cause);
	if (art == NULL)
		abort();
	doc = doc_build(art, abbrevs, rules, 0);
	for (i = 0; i < doc->nsent; i++) {
		fuzz_check(doc->info[i].score >= 0 &&
		    doc->info[i].score <= 100, "score within 0-100");
		fuzz_check(!doc->info[i].claim ||
		    doc->info[i].score >= model_threshold(m),
		    "a claim is a score at the threshold");
		for (j = 0; j < doc->info[i].nwhy; j++) {
			name = extract_reason_name(rules, &doc->sent[i],
			    &doc->info[i].why[j]);
			fuzz_check(name != NULL && *name != '\0',
			    "a reason has a name");
			free(name);
		}
	}
	doc_free(doc);
	rules_set_model(rules, NULL);
	return 0;
}
