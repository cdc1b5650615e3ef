/* fuzz_extract.c: the default rules and model score any article within
 * bounds. */
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

static struct ruleset	*rules;
static struct abbrevs	*abbrevs;
static struct cd_model	*model;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct article	*art;
	struct doc	*doc;
	char		*cause = NULL;
	size_t		 i;

	if (rules == NULL) {
		rules = rules_load(CD_SRCDATADIR "/claim-rules", &cause);
		abbrevs = abbrevs_load(CD_SRCDATADIR "/abbreviations", &cause);
		model = model_load(CD_SRCDATADIR "/claim-model", &cause);
		if (rules == NULL || abbrevs == NULL || model == NULL)
			abort();
		rules_set_model(rules, model);
	}
	art = article_from_bytes("fuzz", (const char *)data, size,
	    ARTICLE_MAX_SIZE, &cause);
	if (art == NULL) {
		free(cause);
		return 0;
	}
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
	return 0;
}
