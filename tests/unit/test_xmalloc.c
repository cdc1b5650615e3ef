/* test_xmalloc.c: growing arrays and buffers, lower-case copies, string
 * arrays freed. */
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "xmalloc.h"

static void
test_grow_pow2(void)
{
	int	*v = NULL;
	size_t	 n;

	for (n = 0; n < 1000; n++) {
		v = xgrow_pow2(v, n, sizeof *v);
		v[n] = (int)n;
	}
	for (n = 0; n < 1000; n++) {
		if (v[n] != (int)n)
			break;
	}
	T_INT(n, 1000);
	free(v);
}

static void
test_reserve(void)
{
	char	*b = NULL;
	size_t	 cap = 0;

	b = xreserve(b, &cap, 10, 256);
	T_INT(cap, 256);
	b = xreserve(b, &cap, 256, 256);
	T_INT(cap, 256);
	b = xreserve(b, &cap, 257, 256);
	T_INT(cap, 512);
	b = xreserve(b, &cap, 3000, 256);
	T_INT(cap, 4096);
	memset(b, 'x', 3000);
	free(b);
}

static void
test_lower(void)
{
	char	*s;

	s = xstrndup_lower("Hello WORLD 42", 11);
	T_STR(s, "hello world");
	free(s);
	/* Bytes beyond ASCII stay as they are; a NUL ends the copy. */
	s = xstrndup_lower("\xc3\x89T\xc3\x89", 5);
	T_STR(s, "\xc3\x89t\xc3\x89");
	free(s);
	s = xstrndup_lower("AB\0CD", 5);
	T_STR(s, "ab");
	free(s);
}

static void
test_free_strings(void)
{
	char	**v;

	v = xcalloc(3, sizeof *v);
	v[0] = xstrdup("a");
	v[1] = xstrdup("b");
	v[2] = xstrdup("c");
	xfree_strings(v, 3);	/* ASan tells a leak */
	xfree_strings(NULL, 0);
	T_OK(1);
}

int
main(void)
{
	T_RUN(test_grow_pow2);
	T_RUN(test_reserve);
	T_RUN(test_lower);
	T_RUN(test_free_strings);
	return T_DONE();
}
