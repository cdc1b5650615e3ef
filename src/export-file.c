/* export-file.c: a report file that is written whole or not at all. */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "export.h"
#include "xmalloc.h"

/*
 * A regular file (or none yet) is written to a temporary file beside it and
 * renamed over it, so that it holds the whole report or the old one. A path
 * that is a link is followed: the file it points to is written, the link
 * stays. A FIFO or a character device (a terminal, /dev/stdout) is written
 * to directly: it has nothing to replace. Anything else is refused.
 */
struct export_file {
	char	*path;		/* the report: the file written */
	char	*tmp;		/* ".NAME.XXXXXX" beside it; NULL when
				   written directly */
	FILE	*f;
};

/* The mode the report gets: the old file's, else 0666 less the umask. */
static mode_t
export_file_mode(const char *path)
{
	struct stat	sb;
	mode_t		mask;

	if (stat(path, &sb) == 0 && S_ISREG(sb.st_mode))
		return sb.st_mode & 07777;
	mask = umask(022);
	umask(mask);
	return 0666 & ~mask;
}

/* The file PATH names: the end of its links (which need not exist yet),
 * else PATH. Allocated. */
static char *
export_file_target(const char *path)
{
	struct stat	 sb;
	char		*real, link[4096], *next, *cur = xstrdup(path);
	const char	*slash;
	ssize_t		 n;
	int		 hops;

	for (hops = 0; hops < 40; hops++) {
		if (lstat(cur, &sb) != 0 || !S_ISLNK(sb.st_mode))
			break;
		if ((real = realpath(cur, NULL)) != NULL) {
			free(cur);
			return real;
		}
		/* A link to a file not made yet: where it points. */
		if ((n = readlink(cur, link, sizeof link - 1)) <= 0)
			break;
		link[n] = '\0';
		if (link[0] != '/' && (slash = strrchr(cur, '/')) != NULL)
			next = xasprintf("%.*s%s", (int)(slash - cur + 1), cur,
			    link);
		else
			next = xstrdup(link);
		free(cur);
		cur = next;
	}
	return cur;
}

/* Opens a FIFO or a character device at PATH for writing, directly. */
static struct export_file *
export_file_direct(struct export_file *ef, FILE **out, char **cause)
{
	int	fd;

	if ((fd = open(ef->path, O_WRONLY | O_NOCTTY)) == -1 ||
	    (ef->f = fdopen(fd, "w")) == NULL) {
		*cause = xasprintf("%s", strerror(errno));
		if (fd != -1)
			close(fd);
		free(ef->path);
		free(ef);
		return NULL;
	}
	*out = ef->f;
	return ef;
}

struct export_file *
export_file_open(const char *path, FILE **out, char **cause)
{
	struct export_file	*ef;
	struct stat		 sb;
	const char		*slash;
	int			 fd;

	ef = xcalloc(1, sizeof *ef);
	ef->path = export_file_target(path);
	path = ef->path;
	if (stat(path, &sb) == 0) {
		if (S_ISFIFO(sb.st_mode) || S_ISCHR(sb.st_mode))
			return export_file_direct(ef, out, cause);
		if (!S_ISREG(sb.st_mode)) {
			*cause = xstrdup(S_ISDIR(sb.st_mode) ? "a directory" :
			    "not a regular file, a FIFO or a terminal: left "
			    "as it is");
			free(ef->path);
			free(ef);
			return NULL;
		}
	}
	if ((slash = strrchr(path, '/')) != NULL)
		ef->tmp = xasprintf("%.*s.%s.XXXXXX", (int)(slash - path + 1),
		    path, slash + 1);
	else
		ef->tmp = xasprintf(".%s.XXXXXX", path);
	if ((fd = mkstemp(ef->tmp)) == -1) {
		*cause = xasprintf("%s", strerror(errno));
		goto fail;
	}
	if (fchmod(fd, export_file_mode(path)) == -1 ||
	    (ef->f = fdopen(fd, "w")) == NULL) {
		*cause = xasprintf("%s", strerror(errno));
		close(fd);
		unlink(ef->tmp);
		goto fail;
	}
	setvbuf(ef->f, NULL, _IOFBF, 64 * 1024);
	*out = ef->f;
	return ef;
fail:
	free(ef->tmp);
	free(ef->path);
	free(ef);
	return NULL;
}

static void
export_file_free(struct export_file *ef)
{
	free(ef->tmp);
	free(ef->path);
	free(ef);
}

int
export_file_commit(struct export_file *ef, char **cause)
{
	int	error = 0;

	if (fflush(ef->f) != 0 || ferror(ef->f))
		error = errno != 0 ? errno : EIO;
	else if (ef->tmp != NULL && fsync(fileno(ef->f)) == -1 &&
	    errno != EINVAL)
		error = errno;
	if (fclose(ef->f) != 0 && error == 0)
		error = errno;
	if (error == 0 && ef->tmp != NULL && rename(ef->tmp, ef->path) == -1)
		error = errno;
	if (error != 0) {
		if (ef->tmp != NULL)
			unlink(ef->tmp);
		*cause = xstrdup(strerror(error));
		export_file_free(ef);
		return -1;
	}
	export_file_free(ef);
	return 0;
}

void
export_file_abort(struct export_file *ef)
{
	fclose(ef->f);
	if (ef->tmp != NULL)
		unlink(ef->tmp);
	export_file_free(ef);
}
