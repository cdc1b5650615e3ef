/* fuzz_json.c: the JSON escaper writes valid, HTML- and terminal-safe
 * strings. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "json.h"
#include "utf8.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE		*f;
	char		*out = NULL;
	size_t		 len = 0, i, n;
	uint32_t	 cp;

	if ((f = open_memstream(&out, &len)) == NULL)
		abort();
	json_string(f, (const char *)data, size);
	fclose(f);
	fuzz_check(len >= 2 && out[0] == '"' && out[len - 1] == '"',
	    "quoted");
	for (i = 1; i + 1 < len; i++) {
		fuzz_check((unsigned char)out[i] >= 0x20 && out[i] != 0x7f,
		    "no raw control character");
		fuzz_check(out[i] != '<' && out[i] != '>' && out[i] != '&',
		    "HTML-safe");
		if (out[i] == '\\') {
			i++;
			fuzz_check(strchr("\"\\/bfnrtu", out[i]) != NULL,
			    "a known escape");
		} else
			fuzz_check(out[i] != '"', "quotes escaped");
	}
	fuzz_check(utf8_validate(out, len, NULL) == 0, "valid UTF-8");
	for (i = 0; i < len; i += n) {
		n = utf8_decode(out + i, len - i, &cp);
		fuzz_check(!utf8_is_unsafe(cp) && cp != 0x2028 && cp != 0x2029,
		    "no C1 control, bidi override or line separator raw");
	}
	free(out);
	return 0;
}
