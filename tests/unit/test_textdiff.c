/* test_textdiff.c: what changed in a claim's text, word by word. */
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "../../src/textdiff.h"

/* The changes of OLD to NEW as textdiff_say() puts them, freed. */
static int
said(const char *old, const char *new, int max, const char *want)
{
	char	*s = textdiff_say(old, new, " -> ", max);
	int	 ok;

	ok = (s == NULL && want == NULL) ||
	    (s != NULL && want != NULL && strcmp(s, want) == 0);
	if (!ok)
		printf("  said: %s\n  want: %s\n", s != NULL ? s : "(null)",
		    want != NULL ? want : "(null)");
	free(s);
	return ok;
}

static void
test_hunks(void)
{
	struct textdiff_hunk	*h;
	const char		*o = "More than 3,000 men were killed.";
	const char		*n = "More than 4,000 men were killed.";

	/* A number is one word, with its comma. */
	T_INT(textdiff(o, n, &h), 1);
	T_INT((int)h[0].old_s, 10);
	T_INT((int)h[0].old_e, 15);
	T_INT((int)h[0].new_s, 10);
	T_INT((int)h[0].new_e, 15);
	free(h);
	/* The same words, spaced otherwise: no change. */
	T_INT(textdiff("a  b\nc", "a b c", &h), 0);
	T_OK(h == NULL);
	T_INT(textdiff("", "", &h), 0);
	/* An addition at the end stands at the old text's end. */
	T_INT(textdiff("It rose 5%", "It rose 5% again", &h), 1);
	T_INT((int)h[0].old_s, 10);
	T_INT((int)h[0].old_e, 10);
	T_INT((int)h[0].new_s, 11);
	T_INT((int)h[0].new_e, 16);
	free(h);
	/* Reworded: less than half the words kept. */
	T_INT(textdiff("The council closed the bridge.",
	    "Repairs will take sixteen weeks, officials say.", &h), -1);
	T_OK(h == NULL);
	T_INT(textdiff("", "Something new.", &h), -1);
}

static void
test_say(void)
{
	T_OK(said("More than 3,000 men were killed.",
	    "More than 4,000 men were killed.", 3,
	    "\"3,000\" -> \"4,000\""));
	T_OK(said("The bridge will close for 14 weeks, the council said.",
	    "The bridge will close for 16 weeks, the council said.", 3,
	    "\"14\" -> \"16\""));
	/* Removed and added words; a decimal and a contraction are one. */
	T_OK(said("Prices rose sharply by 4.5 percent, he said.",
	    "Prices rose by 4.7 percent, he said.", 3,
	    "removed \"sharply\"; \"4.5\" -> \"4.7\""));
	/* A percentage keeps its sign, as an amount does. */
	T_OK(said("Unemployment rose to 6.2% while costs reached $45.",
	    "Unemployment rose to 6.4% while costs reached $48.", 3,
	    "\"6.2%\" -> \"6.4%\"; \"$45\" -> \"$48\""));
	T_OK(said("They don't expect growth.", "They don't expect any growth.",
	    3, "added \"any\""));
	T_OK(said("They don’t expect growth.", "They won’t expect growth.",
	    3, "\"don’t\" -> \"won’t\""));
	/* Changes apart are apart. */
	T_OK(said("The 2019 budget of 40 million was cut.",
	    "The 2020 budget of 45 million was cut.", 3,
	    "\"2019\" -> \"2020\"; \"40\" -> \"45\""));
	T_OK(said("It fell 5 to 10 points in March.",
	    "It fell 6 to 11 points in March.", 3,
	    "\"5\" -> \"6\"; \"10\" -> \"11\""));
	/* At most MAX changes, then how many more. */
	T_OK(said("a 1 b c 2 d e 3 f g 4 h i", "a 5 b c 6 d e 7 f g 8 h i", 2,
	    "\"1\" -> \"5\"; \"2\" -> \"6\"; 2 more"));
	T_OK(said("The council closed the bridge.",
	    "Repairs will take sixteen weeks, officials say.", 3, "reworded"));
	T_OK(said("Same words.", "Same   words.", 3, NULL));
	/* Beyond ASCII: quotes and dashes are words of their own, a
	 * no-break space separates, a currency sign belongs to its figure. */
	T_OK(said("“3,000” men", "“4,000” men", 3,
	    "\"3,000\" -> \"4,000\""));
	T_OK(said("Prices rose—sharply—in May.", "Prices rose—slowly—in May.",
	    3, "\"sharply\" -> \"slowly\""));
	T_OK(said("3,000\u00a0people", "4,000\u00a0people", 3,
	    "\"3,000\" -> \"4,000\""));
	T_OK(said("It cost €40 then.", "It cost €45 then.", 3,
	    "\"€40\" -> \"€45\""));
	T_OK(said("Exports to the U.S. fell.", "Exports to the U.K. fell.", 3,
	    "\"U.S.\" -> \"U.K.\""));
	T_OK(said("It grew in the U.S.", "It fell in the U.S.", 3,
	    "\"grew\" -> \"fell\""));
	/* Typography is no change: curly quotes, dashes. */
	T_OK(said("The authority’s “plan” — a record.",
	    "The authority's \"plan\" - a record.", 3, NULL));
	T_OK(said("The authority’s “plan” — a record of 4.",
	    "The authority's \"plan\" - a record of 5.", 3,
	    "\"4\" -> \"5\""));
	T_OK(said("It has 8,000 staff.", "It has 8000 staff.", 3, NULL));
	T_OK(said("It has 8,000 staff.", "It has 9000 staff.", 3,
	    "\"8,000\" -> \"9000\""));
	/* A comma is a thousands' one only before three digits. */
	T_OK(said("In 2019,2020 and 2021.", "In 2019, 2020 and 2021.", 3,
	    NULL));
	/* MAX 0 or less: every change. */
	T_OK(said("a 1 b c 2 d e 3 f g 4 h i", "a 5 b c 6 d e 7 f g 8 h i", 0,
	    "\"1\" -> \"5\"; \"2\" -> \"6\"; \"3\" -> \"7\"; "
	    "\"4\" -> \"8\""));
	T_OK(said("a 1 b c 2 d", "a 5 b c 6 d", -1,
	    "\"1\" -> \"5\"; \"2\" -> \"6\""));
	/* Punctuation is a word of its own. */
	T_OK(said("He said it was true.", "He said it was true!", 3,
	    "\".\" -> \"!\""));
}

/* A text longer than TEXTDIFF_WORDS words is not compared word by word. */
static void
test_long(void)
{
	struct textdiff_hunk	*h;
	char			*a, *b;
	size_t			 i, n = (TEXTDIFF_WORDS + 1) * 2;

	a = malloc(n + 1);
	b = malloc(n + 1);
	for (i = 0; i < n; i += 2) {
		a[i] = b[i] = 'x';
		a[i + 1] = b[i + 1] = ' ';
	}
	a[n] = b[n] = '\0';
	b[0] = 'y';
	T_INT(textdiff(a, b, &h), -1);
	/* One word fewer is compared. */
	a[n - 2] = b[n - 2] = '\0';
	T_INT(textdiff(a, b, &h), 1);
	free(h);
	free(a);
	free(b);
}

int
main(void)
{
	T_RUN(test_hunks);
	T_RUN(test_say);
	T_RUN(test_long);
	return T_DONE();
}
