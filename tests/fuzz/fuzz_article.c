/* fuzz_article.c: any bytes loaded as an article: refused cleanly or valid. */
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct article	*art;
	char		*cause = NULL;

	art = article_from_bytes("fuzz", (const char *)data, size,
	    ARTICLE_MAX_SIZE, &cause);
	if (art == NULL) {
		fuzz_check(cause != NULL && *cause != '\0',
		    "a refusal says why");
		free(cause);
		return 0;
	}
	fuzz_check(art->len == size, "the bytes are kept as they are");
	fuzz_check(memchr(art->text, '\0', art->len) == NULL, "no NUL inside");
	fuzz_check(art->body <= art->len, "body within the text");
	article_free(art);
	return 0;
}
