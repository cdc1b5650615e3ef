/* dl.c: a shared library loaded when first needed, not at start. */
#include <dlfcn.h>
#include <stdlib.h>

#include "dl.h"
#include "xmalloc.h"

int
dl_load(const char *soname, const char *package, const char *const *names,
    void **syms, size_t n, char **cause)
{
	void	*h;
	size_t	 i;

	if ((h = dlopen(soname, RTLD_NOW | RTLD_LOCAL)) == NULL) {
		*cause = xasprintf("%s (apt-get install %s)", dlerror(),
		    package);
		return -1;
	}
	for (i = 0; i < n; i++) {
		if ((syms[i] = dlsym(h, names[i])) == NULL) {
			*cause = xasprintf("%s has no %s (apt-get install %s)",
			    soname, names[i], package);
			dlclose(h);
			return -1;
		}
	}
	return 0;
}
