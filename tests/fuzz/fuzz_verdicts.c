/* fuzz_verdicts.c: earlier verdicts read from hostile files (ClaimReview
 * JSON-LD and TSV) and any text read as a claim: no crash, no leak, and
 * what is read is UTF-8 with a claim. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimreview.h"
#include "fuzz.h"
#include "match.h"
#include "rerank.h"
#include "utf8.h"
#include "verdict-tsv.h"

static int
check(const struct st_imported *v, void *arg)
{
	(void)arg;
	fuzz_check(v->claim != NULL && *v->claim != '\0', "a claim");
	fuzz_check(utf8_validate(v->claim, strlen(v->claim), NULL) == 0,
	    "UTF-8 claim");
	fuzz_check(v->status >= -1 && v->status <= 3, "a verdict or none");
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rerank_query	*q;
	struct match_key	*k;
	char			*text, *cause = NULL;
	double			 f[1][RF_COUNT];
	FILE			*fp;
	int			 rc;

	rc = claimreview_read((const char *)data, size, check, NULL, &cause);
	fuzz_check(rc == 0 ? cause == NULL : cause != NULL, "a cause");
	free(cause);
	cause = NULL;
	if (size > 0 && (fp = fmemopen((void *)data, size, "r")) != NULL) {
		rc = verdict_tsv_read(fp, check, NULL, &cause);
		fuzz_check(rc == 0 ? cause == NULL : cause != NULL,
		    "a cause");
		free(cause);
		fclose(fp);
	}
	/* The text as a claim, compared with itself. */
	if (size > 65536)
		return 0;
	if ((text = malloc(size + 1)) == NULL)
		abort();
	memcpy(text, data, size);
	text[size] = '\0';
	q = rerank_query_new(text);
	k = match_key_new(text);
	rerank_features(q, k, NULL, -1, -1, 0, f[0]);
	rerank_relative(f, 1);
	fuzz_check(rerank_probability(f[0]) >= 0 &&
	    rerank_probability(f[0]) <= 1, "a probability");
	match_key_free(k);
	rerank_query_free(q);
	free(text);
	return 0;
}
