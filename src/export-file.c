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

struct export_file {
	char	*path;		/* the report */
	char	*tmp;		/* ".NAME.XXXXXX" beside it */
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

struct export_file *
export_file_open(const char *path, FILE **out, char **cause)
{
	struct export_file	*ef;
	const char		*slash;
	int			 fd;

	ef = xcalloc(1, sizeof *ef);
	ef->path = xstrdup(path);
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
	else if (fsync(fileno(ef->f)) == -1 && errno != EINVAL)
		error = errno;
	if (fclose(ef->f) != 0 && error == 0)
		error = errno;
	if (error == 0 && rename(ef->tmp, ef->path) == -1)
		error = errno;
	if (error != 0) {
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
	unlink(ef->tmp);
	export_file_free(ef);
}
