/* article.c: an article's bytes, loaded safely, and its title. */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "article.h"
#include "utf8.h"
#include "xmalloc.h"

#define READ_CHUNK	((size_t)64 << 10)

/* "64 MiB" when SIZE is a whole number of MiB, else "N bytes". */
static char *
size_text(size_t size)
{
	if (size >= ((size_t)1 << 20) && size % ((size_t)1 << 20) == 0)
		return xasprintf("%zu MiB", size >> 20);
	return xasprintf("%zu bytes", size);
}

char *
article_too_big(size_t max_size)
{
	char	*limit, *msg;

	limit = size_text(max_size);
	msg = xasprintf("larger than %s (see --max-size)", limit);
	free(limit);
	return msg;
}

static uint64_t
fnv1a(const char *s, size_t len)
{
	uint64_t	h = 0xcbf29ce484222325ULL;
	size_t		i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

static const char *
base_name(const char *path)
{
	const char	*slash;

	if (strcmp(path, "-") == 0)
		return "stdin";
	if ((slash = strrchr(path, '/')) != NULL && slash[1] != '\0')
		return slash + 1;
	return path;
}

/* Takes BUF (LEN bytes, room for one more) and checks it; frees it on
 * failure. */
static struct article *
article_make(const char *path, char *buf, size_t len, size_t max_size,
    char **cause)
{
	struct article	*art;
	const char	*nul;
	size_t		 bad;

	if (len > max_size) {
		*cause = article_too_big(max_size);
		goto fail;
	}
	if ((nul = memchr(buf, '\0', len)) != NULL) {
		*cause = xasprintf("binary file (NUL at byte %zu)",
		    (size_t)(nul - buf));
		goto fail;
	}
	if (utf8_validate(buf, len, &bad) != 0) {
		*cause = xasprintf("not UTF-8 at byte %zu", bad);
		goto fail;
	}
	buf[len] = '\0';

	art = xcalloc(1, sizeof *art);
	art->path = xstrdup(path);
	art->name = xstrdup(base_name(path));
	art->text = buf;
	art->len = len;
	if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0)
		art->body = 3;
	return art;

fail:
	free(buf);
	return NULL;
}

static char *
errno_text(int error)
{
	if (error == EISDIR)
		return xstrdup("is a directory");
	return xstrdup(strerror(error));
}

/*
 * Reads FD to its end into an allocated buffer with one spare byte, reading
 * at most MAX_SIZE + 1 bytes so that a larger input is seen as such. HINT is
 * the expected size (0 if unknown). Returns NULL with *CAUSE on failure.
 */
static char *
read_all(int fd, size_t hint, size_t max_size, size_t *lenp, char **cause)
{
	char	*buf;
	size_t	 len = 0, cap, want, limit;
	ssize_t	 n;

	limit = max_size == SIZE_MAX ? SIZE_MAX - 1 : max_size + 1;
	cap = hint != 0 && hint < limit ? hint + 1 : READ_CHUNK;
	if (cap > limit)
		cap = limit;
	buf = xmalloc(cap + 1);
	for (;;) {
		if (len == cap) {
			if (cap == limit)
				break;
			cap = cap > limit / 2 ? limit : cap * 2;
			buf = xreallocarray(buf, 1, cap + 1);
		}
		want = cap - len;
		if (want > INT_MAX)
			want = INT_MAX;
		if ((n = read(fd, buf + len, want)) == -1) {
			if (errno == EINTR)
				continue;
			*cause = errno_text(errno);
			free(buf);
			return NULL;
		}
		if (n == 0)
			break;
		len += (size_t)n;
	}
	*lenp = len;
	return buf;
}

char *
article_read(const char *path, size_t max_size, size_t *lenp, char **cause)
{
	struct stat	 sb;
	char		*buf;
	size_t		 hint = 0;
	int		 fd, is_stdin, fl;

	*cause = NULL;
	is_stdin = strcmp(path, "-") == 0;
	/* Opening never waits (a FIFO without a writer would block it
	 * forever: it reads as empty instead); reads wait as usual. */
	if (is_stdin)
		fd = STDIN_FILENO;
	else if ((fd = open(path, O_RDONLY | O_NOCTTY | O_CLOEXEC |
	    O_NONBLOCK)) == -1) {
		*cause = errno_text(errno);
		return NULL;
	}
	if (fstat(fd, &sb) == -1) {
		*cause = errno_text(errno);
		goto fail;
	}
	if (!is_stdin && !S_ISREG(sb.st_mode) &&
	    ((fl = fcntl(fd, F_GETFL)) == -1 ||
	    fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) == -1)) {
		*cause = errno_text(errno);
		goto fail;
	}
	if (S_ISDIR(sb.st_mode)) {
		*cause = errno_text(EISDIR);
		goto fail;
	}
	if (S_ISREG(sb.st_mode)) {
		if ((uintmax_t)sb.st_size > max_size) {
			*cause = article_too_big(max_size);
			*lenp = max_size + 1;
			goto fail;
		}
		hint = (size_t)sb.st_size;
	}
	if ((buf = read_all(fd, hint, max_size, lenp, cause)) == NULL)
		goto fail;
	if (!is_stdin)
		close(fd);
	if (*lenp > max_size) {
		*cause = article_too_big(max_size);
		free(buf);
		return NULL;
	}
	buf[*lenp] = '\0';
	return buf;

fail:
	if (!is_stdin)
		close(fd);
	return NULL;
}

struct article *
article_load(const char *path, size_t max_size, char **cause)
{
	char	*buf;
	size_t	 len;

	if ((buf = article_read(path, max_size, &len, cause)) == NULL)
		return NULL;
	return article_make(path, buf, len, max_size, cause);
}

uint64_t
article_hash(const char *bytes, size_t len)
{
	return fnv1a(bytes, len);
}

struct article *
article_from_bytes(const char *name, const char *bytes, size_t len,
    size_t max_size, char **cause)
{
	char	*buf;

	*cause = NULL;
	if (len > max_size) {
		*cause = article_too_big(max_size);
		return NULL;
	}
	buf = xmalloc(len + 1);
	if (len != 0)
		memcpy(buf, bytes, len);
	return article_make(name, buf, len, max_size, cause);
}

struct article *
article_take(const char *name, char *buf, size_t len, size_t max_size,
    char **cause)
{
	*cause = NULL;
	return article_make(name, buf, len, max_size, cause);
}

void
article_free(struct article *art)
{
	if (art == NULL)
		return;
	free(art->path);
	free(art->name);
	free(art->text);
	free(art);
}
