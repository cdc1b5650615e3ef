/* fuzz_segment.c: segmentation keeps its span invariants on any text. */
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "fuzz.h"
#include "segment.h"

static struct abbrevs *abbrevs;

/* True when TEXT is SLICE with white-space runs as one space, trimmed. */
static int
collapsed_equal(const char *slice, size_t len, const char *text)
{
	size_t	i = 0;
	int	space = 0;

	while (i < len && strchr(" \t\n\r\f\v", slice[i]) != NULL)
		i++;
	for (; i < len; i++) {
		if (strchr(" \t\n\r\f\v", slice[i]) != NULL && slice[i] != '\0') {
			space = 1;
			continue;
		}
		if (space && *text++ != ' ')
			return 0;
		space = 0;
		if (*text++ != slice[i])
			return 0;
	}
	return *text == '\0';
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct article	*art;
	struct sentence	*s;
	size_t		 n, i, last = 0;
	char		*cause = NULL, *title;

	if (abbrevs == NULL &&
	    (abbrevs = abbrevs_load(CD_SRCDATADIR "/abbreviations",
	    &cause)) == NULL)
		abort();
	art = article_from_bytes("fuzz", (const char *)data, size,
	    ARTICLE_MAX_SIZE, &cause);
	if (art == NULL) {
		free(cause);
		return 0;
	}
	s = segment_article(art, abbrevs, &n);
	for (i = 0; i < n; i++) {
		fuzz_check(s[i].start < s[i].end, "a sentence is not empty");
		fuzz_check(s[i].end <= art->len, "a span ends in the text");
		fuzz_check(s[i].start >= last, "sentences in reading order");
		fuzz_check(collapsed_equal(art->text + s[i].start,
		    s[i].end - s[i].start, s[i].text),
		    "the text is the collapsed slice");
		last = s[i].end;
	}
	title = segment_title(art, s, n);
	fuzz_check(title != NULL, "there is a title");
	free(title);
	sentences_free(s, n);
	article_free(art);
	return 0;
}
