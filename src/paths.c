/* paths.c: where the database, the rules and the installed data live. */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fetch.h"
#include "paths.h"
#include "xmalloc.h"

static char *
paths_home_dir(const char *xdg_var, const char *fallback, char **cause)
{
	const char	*xdg, *home;

	xdg = getenv(xdg_var);
	if (xdg != NULL && *xdg == '/')
		return xstrdup(xdg);
	home = getenv("HOME");
	if (home == NULL || *home == '\0') {
		if (cause != NULL)
			*cause = xasprintf("neither $%s nor $HOME is set",
			    xdg_var);
		return NULL;
	}
	return xasprintf("%s/%s", home, fallback);
}

int
paths_mkparents(const char *path)
{
	char	*copy, *p;

	copy = xstrdup(path);
	for (p = copy + 1; (p = strchr(p, '/')) != NULL; p++) {
		*p = '\0';
		if (mkdir(copy, 0700) == -1 && errno != EEXIST) {
			free(copy);
			return -1;
		}
		*p = '/';
	}
	free(copy);
	return 0;
}

char *
paths_db(const char *opt, char **cause)
{
	const char	*env;
	char		*dir, *path;

	if (opt != NULL)
		return xstrdup(opt);
	env = getenv("CLAIMDESK_DB");
	if (env != NULL && *env != '\0')
		return xstrdup(env);
	if ((dir = paths_home_dir("XDG_DATA_HOME", ".local/share",
	    cause)) == NULL)
		return NULL;
	path = xasprintf("%s/claimdesk/claimdesk.db", dir);
	free(dir);
	if (paths_mkparents(path) == -1) {
		*cause = xasprintf("%s: %s", path, strerror(errno));
		free(path);
		return NULL;
	}
	return path;
}

/* True when this program is the one built in the build tree. */
static int
paths_in_build_tree(void)
{
	char		 exe[PATH_MAX], tree[PATH_MAX];
	ssize_t		 len;
	size_t		 tlen;

	len = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (len <= 0)
		return 0;
	exe[len] = '\0';
	if (realpath(CD_BUILDDIR, tree) == NULL)
		return 0;
	tlen = strlen(tree);
	return strncmp(exe, tree, tlen) == 0 && exe[tlen] == '/';
}

char *
paths_data(const char *name)
{
	static int	in_tree = -1;

	if (in_tree == -1)
		in_tree = paths_in_build_tree();
	if (in_tree)
		return xasprintf("%s/%s", CD_SRCDATADIR, name);
	return xasprintf("%s/%s", PKGDATADIR, name);
}

/* OPT, else the user's copy NAME in $XDG_CONFIG_HOME/claimdesk when it
 * exists, else the data file DATA. */
static char *
paths_config(const char *opt, const char *name, const char *data)
{
	char	*dir, *path;

	if (opt != NULL)
		return xstrdup(opt);
	if ((dir = paths_home_dir("XDG_CONFIG_HOME", ".config", NULL)) != NULL) {
		path = xasprintf("%s/claimdesk/%s", dir, name);
		free(dir);
		if (access(path, F_OK) == 0)
			return path;
		free(path);
	}
	return paths_data(data);
}

char *
paths_rules(const char *opt)
{
	return paths_config(opt, "rules", "claim-rules");
}

char *
paths_model(const char *opt)
{
	return paths_config(opt, "model", "claim-model");
}

char *
paths_absolute(const char *path)
{
	char	cwd[PATH_MAX], *full, *out, *seg, *save = NULL;
	size_t	n;

	if (strcmp(path, "-") == 0)
		return xstrdup(path);
	if (*path == '/')
		full = xstrdup(path);
	else if (getcwd(cwd, sizeof cwd) != NULL)
		full = xasprintf("%s/%s", cwd, path);
	else
		return xstrdup(path);
	/* Each part: "" and "." dropped, ".." drops the one before. */
	out = xmalloc(strlen(full) + 2);
	n = 0;
	for (seg = strtok_r(full, "/", &save); seg != NULL;
	    seg = strtok_r(NULL, "/", &save)) {
		if (strcmp(seg, ".") == 0)
			continue;
		if (strcmp(seg, "..") == 0) {
			while (n > 0 && out[n - 1] != '/')
				n--;
			if (n > 0)
				n--;
			continue;
		}
		out[n++] = '/';
		memcpy(out + n, seg, strlen(seg));
		n += strlen(seg);
	}
	if (n == 0)
		out[n++] = '/';
	out[n] = '\0';
	free(full);
	return out;
}

char *
paths_canonical(const char *path)
{
	char	*real;

	if (strcmp(path, "-") != 0 && (real = realpath(path, NULL)) != NULL)
		return real;
	return paths_absolute(path);
}

char *
paths_url(const char *url)
{
	const char	*host, *rest;
	char		*name;
	size_t		 len, i;

	if (!fetch_is_url(url) || (host = strstr(url, "://")) == NULL)
		return NULL;
	host += 3;
	len = strcspn(url, "#");
	rest = host + strcspn(host, "/?#");
	name = xasprintf("%.*s%s%.*s", (int)(rest - url), url,
	    *rest == '/' ? "" : "/", (int)(len - (size_t)(rest - url)), rest);
	for (i = 0; i < (size_t)(rest - url); i++)
		name[i] = (char)tolower((unsigned char)name[i]);
	return name;
}

static int
hex_digit(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = tolower(c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

char *
paths_file_url(const char *arg, char **cause)
{
	const char	*p;
	char		*path;
	size_t		 n = 0;
	int		 hi, lo;

	*cause = NULL;
	if (strncasecmp(arg, "file://", 7) != 0)
		return NULL;
	p = arg + 7;
	if (strncasecmp(p, "localhost/", 10) == 0)
		p += 9;
	if (*p != '/') {
		*cause = xstrdup("a file URL of another host: claimdesk reads "
		    "this machine's files (file:///PATH)");
		return NULL;
	}
	path = xmalloc(strlen(p) + 1);
	for (; *p != '\0' && *p != '?' && *p != '#'; p++) {
		if (*p == '%' && (hi = hex_digit((unsigned char)p[1])) >= 0 &&
		    (lo = hex_digit((unsigned char)p[2])) >= 0) {
			path[n++] = (char)(hi << 4 | lo);
			p += 2;
		} else
			path[n++] = *p;
	}
	path[n] = '\0';
	if (memchr(path, '\0', n) != NULL) {
		free(path);
		*cause = xstrdup("a file URL with a NUL byte (%00) in its "
		    "path");
		return NULL;
	}
	return path;
}

int
paths_is_stdin(const char *name)
{
	size_t	i;

	if (strncmp(name, "stdin:", 6) != 0)
		return 0;
	for (i = 6; i < 22; i++) {
		if (!isxdigit((unsigned char)name[i]))
			return 0;
	}
	return name[22] == '\0';
}

static int
twin_cmp(const void *a, const void *b)
{
	const struct paths_twin	*const *x = a, *const *y = b;

	return strcmp((*x)->title, (*y)->title);
}

void
paths_twins(struct paths_twin *v, size_t n)
{
	struct paths_twin	**by;
	size_t			  i, j, k, same;

	for (i = 0; i < n; i++) {
		v[i].twin = 0;
		v[i].off = 0;
	}
	if (n < 2)
		return;
	by = xreallocarray(NULL, n, sizeof *by);
	for (i = 0; i < n; i++)
		by[i] = &v[i];
	qsort(by, n, sizeof *by, twin_cmp);
	for (i = 0; i < n; i = j) {
		/* The folders the paths of one title share are left out. */
		same = strlen(by[i]->path);
		for (j = i + 1; j < n && strcmp(by[i]->title, by[j]->title) == 0;
		    j++) {
			for (k = 0; k < same && by[i]->path[k] == by[j]->path[k];
			    k++)
				;
			same = k;
		}
		while (same > 0 && by[i]->path[same - 1] != '/')
			same--;
		for (k = i; j > i + 1 && k < j; k++) {
			by[k]->twin = 1;
			by[k]->off = same;
		}
	}
	free(by);
}
