/* fuzz_match.c: the claim matcher on any two texts: its measures stay in
 * their range and agree both ways, a text is never another claim than
 * itself, and what it says of two texts is text to show. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "match.h"
#include "rerank.h"
#include "utf8.h"
#include "xmalloc.h"

/* The next line of *REST, a string cut in place (*REST moves past it);
 * NULL when there is none left. */
static char *
line(char **rest)
{
	char	*s = *rest, *nl;

	if (s == NULL)
		return NULL;
	if ((nl = strchr(s, '\n')) != NULL) {
		*nl = '\0';
		*rest = nl + 1;
	} else
		*rest = NULL;
	return s;
}

/* WHY, said of two texts, is NULL or shown: well-formed, one line. */
static void
said(char *why)
{
	if (why == NULL)
		return;
	fuzz_check(*why != '\0', "what differs is said");
	fuzz_check(utf8_validate(why, strlen(why), NULL) == 0,
	    "what differs is UTF-8");
	fuzz_check(strchr(why, '\n') == NULL, "what differs is one line");
	free(why);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char			*copy, *rest, *a, *b, *asrc, *bsrc, *why;
	struct match_key	*ka, *kb;
	struct rerank_query	*q;
	double			 s, t;

	/* Two claims, then whom each names as its source, one a line; NUL
	 * bytes end the text as they end a C string. */
	copy = xstrndup((const char *)data, size);
	rest = copy;
	a = line(&rest);
	b = (b = line(&rest)) != NULL ? b : a;
	asrc = line(&rest);
	bsrc = line(&rest);
	ka = match_key_new(a);
	kb = match_key_new(b);

	s = match_similarity(ka, kb);
	t = match_similarity(kb, ka);
	fuzz_check(s >= 0 && s <= 1, "similarity from 0 to 1");
	fuzz_check(s == t, "similarity the same both ways");
	fuzz_check(match_agree(ka, kb) == match_agree(kb, ka),
	    "agreement the same both ways");
	s = match_shared(ka, kb);
	fuzz_check(s >= 0 && s <= 1 && s == match_shared(kb, ka),
	    "shared terms from 0 to 1, the same both ways");
	why = match_differs(ka, kb);
	fuzz_check((why == NULL) == match_agree(ka, kb),
	    "what differs said when they disagree");
	said(why);
	said(match_swap(ka, asrc, kb, bsrc));
	said(match_swap(kb, bsrc, ka, asrc));
	fuzz_check((why = match_differs(ka, ka)) == NULL,
	    "a text agrees with itself");
	free(why);
	fuzz_check((why = match_swap(ka, asrc, ka, asrc)) == NULL,
	    "a text has no word put for another of its own");
	free(why);
	fuzz_check((why = match_swap(ka, NULL, ka, NULL)) == NULL,
	    "nor with no source");
	free(why);

	q = rerank_query_new(a);
	said(rerank_differs(q, kb, b));
	fuzz_check((why = rerank_differs(q, ka, a)) == NULL,
	    "the reranker finds a text the same claim as itself");
	free(why);
	rerank_query_free(q);

	match_key_free(ka);
	match_key_free(kb);
	free(copy);
	return 0;
}
