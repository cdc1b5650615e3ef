/* test_xmalloc.c: growing arrays and buffers, large blocks advised to use
 * huge pages, lower-case copies, string arrays freed. */
#include <inttypes.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

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

/* Whether the mapping holding ADDR (this process's smaps) is advised to use
 * huge pages: 1, 0, or -1 when no mapping holds it. */
static int
advised_huge(const void *addr)
{
	FILE		*f = fopen("/proc/self/smaps", "r");
	char		 line[1024];
	uintmax_t	 lo, hi;
	uintptr_t	 a = (uintptr_t)addr;
	int		 in = 0, rc = -1;

	if (f == NULL)
		return -1;
	while (rc == -1 && fgets(line, sizeof line, f) != NULL) {
		if (sscanf(line, "%jx-%jx ", &lo, &hi) == 2)
			in = a >= lo && a < hi;
		else if (in && strncmp(line, "VmFlags:", 8) == 0)
			rc = strstr(line, " hg") != NULL;
	}
	fclose(f);
	return rc;
}

/* Whether this kernel takes the advice at all (one built without huge
 * pages refuses it). */
static int
kernel_advises(void)
{
	size_t	 len = (size_t)4 << 20;
	void	*m;
	int	 ok;

	m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE |
	    MAP_ANONYMOUS, -1, 0);
	if (m == MAP_FAILED)
		return 0;
	ok = madvise(m, len, MADV_HUGEPAGE) == 0;
	munmap(m, len);
	return ok;
}

static void
test_huge(void)
{
	size_t	 len = (size_t)8 << 20;
	int	 want = kernel_advises();
	char	*p;

	/* As the program runs: a large block, grown or not, is advised from
	 * its first byte to its last, where the kernel takes the advice. */
	xmalloc_init();
	p = xmalloc(len);
	T_INT(advised_huge(p), want);
	T_INT(advised_huge(p + len - 1), want);
	memset(p, 'x', len);
	p = xreallocarray(p, 2, len);
	T_INT(advised_huge(p), want);
	T_INT(advised_huge(p + 2 * len - 1), want);
	T_OK(p[0] == 'x' && p[len - 1] == 'x');
	free(p);
	p = xcalloc(len, 1);
	T_INT(advised_huge(p + len / 2), want);
	free(p);
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
	T_RUN(test_huge);
	T_RUN(test_lower);
	T_RUN(test_free_strings);
	return T_DONE();
}
