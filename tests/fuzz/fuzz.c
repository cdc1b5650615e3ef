/* fuzz.c: the invariant check the fuzz targets share. */
#include <stdio.h>
#include <stdlib.h>

#include "fuzz.h"

void
fuzz_check(int cond, const char *message)
{
	if (!cond) {
		fprintf(stderr, "fuzz invariant broken: %s\n", message);
		abort();
	}
}
