/* fuzz_html.c: any bytes read as a web page: refused with a reason, or an
 * article whose text is UTF-8 without NUL and whose metadata is too. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "html.h"
#include "sniff.h"
#include "utf8.h"

static void
check_str(const char *s)
{
	if (s != NULL)
		fuzz_check(utf8_validate(s, strlen(s), NULL) == 0,
		    "metadata is UTF-8");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct html_page	 hp;
	char			*cause = NULL;
	size_t			 i;

	(void)sniff((const char *)data, size, NULL);
	if (html_extract((const char *)data, size, NULL, "http://fuzz.test/",
	    &hp, &cause) != 0) {
		fuzz_check(cause != NULL && *cause != '\0',
		    "a refusal says why");
		free(cause);
		return 0;
	}
	fuzz_check(hp.text != NULL && strlen(hp.text) == hp.len,
	    "the text has no NUL");
	fuzz_check(utf8_validate(hp.text, hp.len, NULL) == 0,
	    "the text is UTF-8");
	check_str(hp.meta.title);
	check_str(hp.meta.date);
	check_str(hp.meta.site);
	check_str(hp.meta.url);
	check_str(hp.meta.lang);
	for (i = 0; i < hp.meta.nauthors; i++)
		check_str(hp.meta.authors[i]);
	html_page_clear(&hp);
	return 0;
}
