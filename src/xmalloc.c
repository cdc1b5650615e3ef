/* xmalloc.c: allocation that never returns NULL, and the one fatal path. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "xmalloc.h"

/* From this size, an allocation asks for huge pages. */
#define HUGE_FROM	((size_t)4 << 20)

/*
 * Asks the kernel to back P (LEN bytes, just allocated) with huge pages
 * where it allows that on request: the text of a 20 MB article or the
 * claims read for it are then faulted in a few dozen times instead of some
 * five thousand, a large part of the time it takes to open it. The advice
 * covers the block's whole pages: when it is a mapping of its own
 * (xmalloc_init()), the mapping stays one piece that realloc(3) can grow
 * in place. Only a hint: where it is refused or unknown, nothing
 * changes.
 */
static void
hint_huge(void *p, size_t len)
{
#ifdef MADV_HUGEPAGE
	long		ps;
	uintptr_t	page, start, end;

	if (len < HUGE_FROM)
		return;
	ps = sysconf(_SC_PAGESIZE);
	page = ps > 0 ? (uintptr_t)ps : 4096;
	start = (uintptr_t)p & ~(page - 1);
	end = ((uintptr_t)p + len + page - 1) & ~(page - 1);
	(void)madvise((void *)start, end - start, MADV_HUGEPAGE);
#else
	(void)p;
	(void)len;
#endif
}

static void (*fatal_hook)(void);

void
fatal_set_hook(void (*hook)(void))
{
	fatal_hook = hook;
}

void
fatal(const char *fmt, ...)
{
	va_list	ap;

	if (fatal_hook != NULL) {
		void (*hook)(void) = fatal_hook;

		fatal_hook = NULL;
		hook();
	}
	fputs("claimdesk: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

void
xmalloc_init(void)
{
#if defined(__GLIBC__) && defined(M_MMAP_THRESHOLD)
	/* A fixed threshold: glibc would otherwise raise it once a large
	 * block is freed, and a later one would come from the heap, in
	 * small pages, moved by every realloc(3). */
	(void)mallopt(M_MMAP_THRESHOLD, (int)HUGE_FROM);
#endif
}

void *
xmalloc(size_t size)
{
	void	*p;

	if (size == 0)
		size = 1;
	if ((p = malloc(size)) == NULL)
		fatal("out of memory (%zu bytes)", size);
	hint_huge(p, size);
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void	*p;

	if (n == 0 || size == 0)
		n = size = 1;
	if ((p = calloc(n, size)) == NULL)
		fatal("out of memory (%zu x %zu bytes)", n, size);
	hint_huge(p, n * size);		/* calloc(3) refused an overflow */
	return p;
}

void *
xreallocarray(void *old, size_t n, size_t size)
{
	void	*p;

	if (n == 0 || size == 0)
		n = size = 1;
	if (size > SIZE_MAX / n)
		fatal("allocation overflow (%zu x %zu bytes)", n, size);
	if ((p = realloc(old, n * size)) == NULL)
		fatal("out of memory (%zu x %zu bytes)", n, size);
	hint_huge(p, n * size);
	return p;
}

void *
xgrow(void *p, size_t *cap, size_t n, size_t size)
{
	if (n < *cap)
		return p;
	*cap = *cap == 0 ? 16 : *cap * 2;
	return xreallocarray(p, *cap, size);
}

void *
xgrow_pow2(void *v, size_t n, size_t size)
{
	if (n == 0 || (n & (n - 1)) == 0)
		return xreallocarray(v, n == 0 ? 1 : n * 2, size);
	return v;
}

char *
xreserve(char *buf, size_t *cap, size_t need, size_t first)
{
	if (need <= *cap)
		return buf;
	if (*cap == 0)
		*cap = first;
	while (need > *cap)
		*cap *= 2;
	return xreallocarray(buf, 1, *cap);
}

void
xfree_strings(char **v, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char	*p;
	size_t	 len;

	len = strnlen(s, n);
	p = xmalloc(len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *
xvasprintf(const char *fmt, va_list ap)
{
	va_list	 aq;
	char	*p;
	int	 len;

	va_copy(aq, ap);
	len = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (len < 0)
		fatal("bad format: %s", fmt);
	p = xmalloc((size_t)len + 1);
	vsnprintf(p, (size_t)len + 1, fmt, ap);
	return p;
}

char *
xstrndup_lower(const char *s, size_t len)
{
	char	*out = xstrndup(s, len), *p;

	for (p = out; *p != '\0'; p++) {
		if (*p >= 'A' && *p <= 'Z')
			*p += 'a' - 'A';
	}
	return out;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list	 ap;
	char	*p;

	va_start(ap, fmt);
	p = xvasprintf(fmt, ap);
	va_end(ap);
	return p;
}
