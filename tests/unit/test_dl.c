/* test_dl.c: a library loaded when first needed, and why it could not be. */
#include <stdlib.h>
#include <string.h>

#include "dl.h"
#include "t.h"

static void
test_found(void)
{
	static const char *const names[] = { "strlen", "memchr" };
	void			*syms[2] = { NULL, NULL };
	char			*cause = NULL;

	T_INT(dl_load("libc.so.6", "libc6", names, syms, 2, &cause), 0);
	T_OK(cause == NULL);
	T_OK(syms[0] != NULL && syms[1] != NULL && syms[0] != syms[1]);
	/* Loaded again: the same functions. */
	T_INT(dl_load("libc.so.6", "libc6", names, syms, 1, &cause), 0);
}

static void
test_missing_library(void)
{
	static const char *const names[] = { "f" };
	void			*syms[1];
	char			*cause = NULL;

	T_INT(dl_load("libclaimdesk-none.so.9", "libnone9", names, syms, 1,
	    &cause), -1);
	T_OK(cause != NULL && strstr(cause, "libclaimdesk-none.so.9") != NULL);
	T_OK(cause != NULL && strstr(cause, "(apt-get install libnone9)") !=
	    NULL);
	free(cause);
}

static void
test_missing_function(void)
{
	static const char *const names[] = { "strlen", "cd_no_such_function" };
	void			*syms[2];
	char			*cause = NULL;

	T_INT(dl_load("libc.so.6", "libc6", names, syms, 2, &cause), -1);
	T_STR(cause, "libc.so.6 has no cd_no_such_function (apt-get install "
	    "libc6)");
	free(cause);
}

int
main(void)
{
	T_RUN(test_found);
	T_RUN(test_missing_library);
	T_RUN(test_missing_function);
	return T_DONE();
}
