/* fuzz_rules.c: any rule file is compiled or refused with a located error. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "rules.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ruleset	*rules;
	char		*cause = NULL;

	rules = rules_parse("fuzz", (const char *)data, size, &cause);
	if (rules == NULL) {
		fuzz_check(cause != NULL && strncmp(cause, "fuzz:", 5) == 0,
		    "a rule error names FILE:LINE:COLUMN");
		free(cause);
		return 0;
	}
	fuzz_check(rules_threshold(rules) >= 0 &&
	    rules_threshold(rules) <= 100, "threshold within 0-100");
	rules_free(rules);
	return 0;
}
