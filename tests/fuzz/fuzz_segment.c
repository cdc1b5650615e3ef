/* fuzz_segment.c: segmentation keeps its span invariants on any text. */
#include <stdlib.h>
#include <string.h>

#include "abbrevs.h"
#include "article.h"
#include "fuzz.h"
#include "segment.h"

static struct abbrevs *abbrevs;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct article	*art;
	struct sentence	*s;
	size_t		 n, i, last = 0;
	char		*cause = NULL, *title, *collapsed;

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
		collapsed = segment_collapse(art->text + s[i].start,
		    s[i].end - s[i].start);
		fuzz_check(strcmp(collapsed, s[i].text) == 0,
		    "the text is the collapsed slice");
		free(collapsed);
		last = s[i].end;
	}
	title = segment_title(art, s, n);
	fuzz_check(title != NULL, "there is a title");
	free(title);
	sentences_free(s, n);
	article_free(art);
	return 0;
}
