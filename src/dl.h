/* dl.h: a shared library loaded when first needed, not at start. */
#ifndef CD_DL_H
#define CD_DL_H

#include <stddef.h>

/*
 * Opens the library SONAME ("libpq.so.5") once for the process and finds
 * its N functions NAMES, in order, into SYMS. 0, or -1 with *CAUSE
 * (allocated) naming the library and the Debian package PACKAGE that
 * provides it. A library opened stays open.
 */
int	dl_load(const char *soname, const char *package,
	    const char *const *names, void **syms, size_t n, char **cause);

#endif
