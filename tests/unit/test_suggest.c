/* test_suggest.c: edit distances and "did you mean". */
#include <stdint.h>
#include <string.h>

#include "t.h"
#include "../../src/suggest.h"

static void
test_distance(void)
{
	T_INT(suggest_distance("", ""), 0);
	T_INT(suggest_distance("list", "list"), 0);
	T_INT(suggest_distance("lsit", "list"), 1);	/* transposed */
	T_INT(suggest_distance("exprot", "export"), 1);
	T_INT(suggest_distance("lst", "list"), 1);	/* one left out */
	T_INT(suggest_distance("lisst", "list"), 1);	/* one too many */
	T_INT(suggest_distance("lust", "list"), 1);	/* one changed */
	T_INT(suggest_distance("kitten", "sitting"), 3);
	T_INT(suggest_distance("", "abc"), 3);
	T_INT(suggest_distance("ca", "abc"), 3);	/* no edit twice */
}

static void
test_long(void)
{
	char	big[SUGGEST_MAX + 2];

	memset(big, 'a', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	T_OK(suggest_distance(big, "a") == SIZE_MAX);
	T_OK(suggest_distance("a", big) == SIZE_MAX);
	big[SUGGEST_MAX] = '\0';
	T_INT(suggest_distance(big, big), 0);
}

static void
test_word(void)
{
	static const char *const cmds[] = { "review", "extract", "import",
	    "list", "mark", "meta", "export", "stats", "check", "learn",
	    "seen", "import-verdicts" };
	static const char *const opts[] = { "format", "article", "status",
	    NULL, "public" };
	size_t	n = sizeof cmds / sizeof cmds[0];

	T_STR(suggest_word("lsit", cmds, n), "list");
	T_STR(suggest_word("exprot", cmds, n), "export");
	T_STR(suggest_word("reveiw", cmds, n), "review");
	T_STR(suggest_word("imprt", cmds, n), "import");
	T_STR(suggest_word("sen", cmds, n), "seen");
	T_STR(suggest_word("fromat", opts, 5), "format");
	T_STR(suggest_word("statuss", opts, 5), "status");
	/* Too far from anything, or too short to guess. */
	T_OK(suggest_word("banana", cmds, n) == NULL);
	T_OK(suggest_word("x", cmds, n) == NULL);
	T_OK(suggest_word("li", cmds, n) == NULL);
	T_OK(suggest_word("", cmds, n) == NULL);
	T_OK(suggest_word("lsit", cmds, 0) == NULL);
	/* A tie goes to the first: "mxta" is one from "meta" only. */
	T_STR(suggest_word("mxta", cmds, n), "meta");
	T_STR(suggest_word("mar", cmds, n), "mark");
}

int
main(void)
{
	T_RUN(test_distance);
	T_RUN(test_long);
	T_RUN(test_word);
	return T_DONE();
}
