/* xmalloc.h: allocation that never returns NULL, and the one fatal path. */
#ifndef CD_XMALLOC_H
#define CD_XMALLOC_H

#include <stddef.h>
#include <stdarg.h>

/* Called first in main(): with glibc, allocations of 4 MiB or more are then
 * mappings of their own as a rule, even after a large block is freed. The
 * functions below ask for huge pages for any such allocation; the system
 * gives them where it allows it. */
void	 xmalloc_init(void);
/* Each returns memory the caller owns and frees with free(3). On allocation
 * failure they call fatal() and do not return. */
void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xreallocarray(void *, size_t, size_t);
/* P, an array of *CAP elements of SIZE bytes holding N, made to hold one
 * more: when N has reached *CAP, *CAP doubles (from 16). */
void	*xgrow(void *p, size_t *cap, size_t n, size_t size);
/* V, an array of N elements of SIZE bytes, made to hold one more: it
 * doubles when N is 0 or a power of two, so filling it is linear. V may be
 * NULL when N is 0. */
void	*xgrow_pow2(void *v, size_t n, size_t size);
/* BUF, a byte array of *CAP bytes (BUF NULL and *CAP 0 at first), made to
 * hold NEED bytes: *CAP starts at FIRST and doubles until it does. */
char	*xreserve(char *buf, size_t *cap, size_t need, size_t first);
/* Frees the N strings of V, then V; V may be NULL when N is 0. */
void	 xfree_strings(char **v, size_t n);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);
/* A copy of the first LEN bytes of S (up to a NUL), ASCII letters in lower
 * case and every other byte as it is; the caller frees it. */
char	*xstrndup_lower(const char *s, size_t len);
char	*xasprintf(const char *, ...)
	    __attribute__((format(printf, 1, 2)));
char	*xvasprintf(const char *, va_list)
	    __attribute__((format(printf, 1, 0)));

/* Ends the program with "claimdesk: MESSAGE" on stderr and exit status 1,
 * after running the hook set with fatal_set_hook() (the screen uses it to end
 * curses first). */
void	 fatal(const char *, ...)
	    __attribute__((format(printf, 1, 2), noreturn));
void	 fatal_set_hook(void (*)(void));

#endif
