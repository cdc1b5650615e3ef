/* test_article.c: loading articles, and every reason to refuse one. */
#include <sys/stat.h>
#include <sys/wait.h>

#include <errno.h>
#include <grp.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "article.h"
#include "t.h"
#include "xmalloc.h"

static const char	*srcdir;
static char		 tmpdir[] = "/tmp/cd-article-XXXXXX";

/* Writes LEN bytes to a new file in the scratch directory; returns its
 * allocated path. */
static char *
scratch(const char *name, const char *bytes, size_t len)
{
	char	*path;
	int	 fd;

	path = xasprintf("%s/%s", tmpdir, name);
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd == -1 || write(fd, bytes, len) != (ssize_t)len)
		T_FAIL("cannot write %s: %s", path, strerror(errno));
	if (fd != -1)
		close(fd);
	return path;
}

/* Loads BYTES from memory and returns the refusal, or NULL if accepted. */
static char *
refusal(const char *bytes, size_t len, size_t max)
{
	struct article	*art;
	char		*cause = NULL;

	art = article_from_bytes("mem.txt", bytes, len, max, &cause);
	if (art != NULL) {
		article_free(art);
		return NULL;
	}
	T_OK(cause != NULL);
	return cause;
}

static void
check_refusal(const char *bytes, size_t len, size_t max, const char *want)
{
	char	*cause;

	cause = refusal(bytes, len, max);
	T_STR(cause, want);
	free(cause);
}

/* article_take() keeps the very buffer it is given, and checks it as
 * article_from_bytes() does: a refused buffer is freed (ASan and valgrind
 * see a leak or a double free otherwise). */
static void
test_take(void)
{
	struct article	*art;
	char		*buf, *cause = NULL;

	buf = xstrdup("Prices rose 4%.");
	art = article_take("dir/take.txt", buf, strlen(buf), 100, &cause);
	T_OK(art != NULL);
	T_OK(cause == NULL);
	if (art != NULL) {
		T_OK(art->text == buf);
		T_INT(art->len, 15);
		T_STR(art->name, "take.txt");
	}
	article_free(art);

	buf = xstrdup("a\xff b");
	art = article_take("bad.txt", buf, strlen(buf), 100, &cause);
	T_OK(art == NULL);
	T_STR(cause, "not UTF-8 at byte 1");
	free(cause);

	buf = xstrdup("0123456789");
	art = article_take("big.txt", buf, 10, 9, &cause);
	T_OK(art == NULL);
	T_STR(cause, "larger than 9 bytes (see --max-size)");
	free(cause);
}

static void
test_load_file(void)
{
	struct article	*art;
	struct stat	 sb;
	char		*path, *cause = NULL;

	path = xasprintf("%s/tests/unit/fixtures/wrapped.txt", srcdir);
	art = article_load(path, ARTICLE_MAX_SIZE, &cause);
	T_OK(art != NULL);
	T_OK(cause == NULL);
	if (art != NULL && stat(path, &sb) == 0) {
		T_INT(art->len, sb.st_size);
		T_STR(art->path, path);
		T_STR(art->name, "wrapped.txt");
		T_INT(art->body, 0);
		T_INT(art->text[art->len], '\0');
		T_INT(strlen(art->text), art->len);
	}
	article_free(art);
	free(path);
}

static void
test_from_bytes(void)
{
	struct article	*art;
	char		*cause = NULL;

	art = article_from_bytes("dir/notes.md", "a", 1, 10, &cause);
	T_OK(art != NULL);
	if (art != NULL) {
		T_STR(art->path, "dir/notes.md");
		T_STR(art->name, "notes.md");
		T_STR(art->text, "a");
		/* FNV-1a 64 of "a", the published test vector. */
		T_OK(article_hash(art->text, art->len) ==
		    0xaf63dc4c8601ec8cULL);
	}
	article_free(art);

	art = article_from_bytes("empty", "", 0, 10, &cause);
	T_OK(art != NULL);
	if (art != NULL) {
		T_INT(art->len, 0);
		T_STR(art->text, "");
		T_OK(article_hash(art->text, art->len) ==
		    0xcbf29ce484222325ULL);
	}
	article_free(art);
}

/* A BOM stays in the text, so offsets stay offsets into the file; body
 * says where the text proper starts. */
static void
test_bom(void)
{
	struct article	*art;
	char		*cause = NULL;
	const char	*s = "\xef\xbb\xbfHeadline\n";

	art = article_from_bytes("bom.txt", s, strlen(s), 100, &cause);
	T_OK(art != NULL);
	if (art != NULL) {
		T_INT(art->body, 3);
		T_INT(art->len, strlen(s));
		T_INT(memcmp(art->text, s, strlen(s)), 0);
	}
	article_free(art);
}

/* CRLF and CR line ends are kept byte for byte. */
static void
test_line_ends_kept(void)
{
	struct article	*art;
	char		*cause = NULL;
	const char	*s = "One.\r\nTwo.\rThree.\n";

	art = article_from_bytes("ends.txt", s, strlen(s), 100, &cause);
	T_OK(art != NULL);
	if (art != NULL)
		T_STR(art->text, s);
	article_free(art);
}

static void
test_refuse_content(void)
{
	check_refusal("text\0more", 9, 100, "binary file (NUL at byte 4)");
	check_refusal("\0", 1, 100, "binary file (NUL at byte 0)");
	check_refusal("good start \xff", 12, 100, "not UTF-8 at byte 11");
	check_refusal("overlong \xc0\xaf", 11, 100, "not UTF-8 at byte 9");
	check_refusal("surrogate \xed\xa0\x80", 13, 100,
	    "not UTF-8 at byte 10");
	check_refusal("too high \xf4\x90\x80\x80", 13, 100,
	    "not UTF-8 at byte 9");
	check_refusal("eleven byte", 11, 10, "larger than 10 bytes (see --max-size)");
	check_refusal("0123456789", 10, 10, NULL);	/* exactly the limit */
}

static char *
load_refusal(const char *path, size_t max)
{
	struct article	*art;
	char		*cause = NULL;

	if ((art = article_load(path, max, &cause)) != NULL) {
		article_free(art);
		return NULL;
	}
	return cause;
}

static void
test_refuse_files(void)
{
	char	*dir, *missing, *notdir, *big, *bin, *bad, *cause;

	dir = xasprintf("%s/tests", srcdir);
	cause = load_refusal(dir, ARTICLE_MAX_SIZE);
	T_STR(cause, "is a directory");
	free(cause);

	missing = xasprintf("%s/no-such-file", tmpdir);
	cause = load_refusal(missing, ARTICLE_MAX_SIZE);
	T_STR(cause, strerror(ENOENT));
	free(cause);

	notdir = xasprintf("%s/tests/unit/fixtures/wrapped.txt/x", srcdir);
	cause = load_refusal(notdir, ARTICLE_MAX_SIZE);
	T_STR(cause, strerror(ENOTDIR));
	free(cause);

	big = scratch("big.txt", "0123456789abcdef", 16);
	cause = load_refusal(big, 15);
	T_STR(cause, "larger than 15 bytes (see --max-size)");
	free(cause);
	cause = load_refusal(big, 16);
	T_OK(cause == NULL);
	cause = load_refusal(big, (size_t)2 << 20);
	T_OK(cause == NULL);

	bin = scratch("bin.dat", "PK\3\4\0\0", 6);
	cause = load_refusal(bin, ARTICLE_MAX_SIZE);
	T_STR(cause, "binary file (NUL at byte 4)");
	free(cause);

	bad = scratch("latin1.txt", "na\xefve", 5);
	cause = load_refusal(bad, ARTICLE_MAX_SIZE);
	T_STR(cause, "not UTF-8 at byte 2");
	T_OK(cause == NULL || strstr(cause, "latin1") == NULL);
	free(cause);

	unlink(big);
	unlink(bin);
	unlink(bad);
	free(dir);
	free(missing);
	free(notdir);
	free(big);
	free(bin);
	free(bad);
}

/* Without read permission. Root reads anything, so as root the load runs in
 * a child that has given up root for the "nobody" user. */
static void
test_refuse_unreadable(void)
{
	char	*path, *cause;
	pid_t	 pid;
	int	 status;

	path = scratch("secret.txt", "hidden", 6);
	chmod(path, 0);
	if (geteuid() != 0) {
		cause = load_refusal(path, ARTICLE_MAX_SIZE);
		T_STR(cause, strerror(EACCES));
		free(cause);
	} else if (chmod(tmpdir, 0711) == -1)
		T_FAIL("chmod %s: %s", tmpdir, strerror(errno));
	else if ((pid = fork()) == 0) {
		if (setgroups(0, NULL) == -1 || setgid(65534) == -1 ||
		    setuid(65534) == -1)
			_exit(2);
		cause = load_refusal(path, ARTICLE_MAX_SIZE);
		_exit(cause != NULL && strcmp(cause, strerror(EACCES)) == 0 ?
		    0 : 1);
	} else {
		T_OK(pid != -1);
		T_OK(waitpid(pid, &status, 0) == pid);
		T_OK(WIFEXITED(status));
		T_INT(WEXITSTATUS(status), 0);
	}
	unlink(path);
	free(path);
}

/* Runs article_load("-") with FD as standard input. */
static struct article *
load_stdin(int fd, size_t max, char **cause)
{
	struct article	*art;
	int		 saved;

	saved = dup(STDIN_FILENO);
	dup2(fd, STDIN_FILENO);
	close(fd);
	art = article_load("-", max, cause);
	dup2(saved, STDIN_FILENO);
	close(saved);
	return art;
}

static void
test_stdin(void)
{
	struct article	*art;
	char		*path, *cause = NULL;
	int		 fd, p[2];

	path = scratch("in.txt", "From a pipe. Two.", 17);
	fd = open(path, O_RDONLY);
	art = load_stdin(fd, ARTICLE_MAX_SIZE, &cause);
	T_OK(art != NULL);
	if (art != NULL) {
		T_STR(art->path, "-");
		T_STR(art->name, "stdin");
		T_STR(art->text, "From a pipe. Two.");
	}
	article_free(art);
	unlink(path);
	free(path);

	/* A pipe has no size to check first: the limit applies to reading. */
	if (pipe(p) == -1) {
		T_FAIL("pipe: %s", strerror(errno));
		return;
	}
	if (write(p[1], "0123456789abcdef", 16) != 16)
		T_FAIL("write: %s", strerror(errno));
	close(p[1]);
	art = load_stdin(p[0], 8, &cause);
	T_OK(art == NULL);
	T_STR(cause, "larger than 8 bytes (see --max-size)");
	free(cause);
	article_free(art);
}

/* A named pipe never hangs the load: with no writer it reads as empty;
 * with one, everything written is read. Before the fix the first load
 * blocked forever: the alarm ends the test instead. */
static void
test_fifo(void)
{
	struct article	*art;
	char		*path, *cause = NULL;
	pid_t		 pid;
	int		 fd, status;

	path = xasprintf("%s/fifo", tmpdir);
	if (mkfifo(path, 0600) == -1) {
		T_FAIL("mkfifo: %s", strerror(errno));
		free(path);
		return;
	}
	alarm(10);
	art = article_load(path, ARTICLE_MAX_SIZE, &cause);
	T_OK(art != NULL);
	if (art != NULL)
		T_INT(art->len, 0);
	article_free(art);
	free(cause);

	if ((pid = fork()) == 0) {
		if ((fd = open(path, O_WRONLY)) == -1)
			_exit(1);
		usleep(100000);
		if (write(fd, "From a fifo. ", 13) != 13)
			_exit(1);
		usleep(100000);
		_exit(write(fd, "Two.", 4) != 4);
	}
	T_OK(pid != -1);
	usleep(50000);
	cause = NULL;
	art = article_load(path, ARTICLE_MAX_SIZE, &cause);
	T_OK(art != NULL);
	if (art != NULL)
		T_STR(art->text, "From a fifo. Two.");
	article_free(art);
	free(cause);
	T_OK(pid == -1 || waitpid(pid, &status, 0) == pid);
	alarm(0);
	unlink(path);
	free(path);
}

static void
test_size_text(void)
{
	char	*cause;
	char	*buf;
	size_t	 len = ((size_t)1 << 20) + 1;

	buf = xcalloc(1, len);
	memset(buf, 'x', len);
	cause = refusal(buf, len, (size_t)1 << 20);
	T_STR(cause, "larger than 1 MiB (see --max-size)");
	free(cause);
	free(buf);

	/* The same message for a web page fetched (fetch.c). */
	cause = article_too_big((size_t)64 << 20);
	T_STR(cause, "larger than 64 MiB (see --max-size)");
	free(cause);
	cause = article_too_big(((size_t)1 << 20) + 1);
	T_STR(cause, "larger than 1048577 bytes (see --max-size)");
	free(cause);
}

int
main(void)
{
	int	rc;

	if ((srcdir = getenv("top_srcdir")) == NULL)
		srcdir = ".";
	if (mkdtemp(tmpdir) == NULL) {
		perror("mkdtemp");
		return 1;
	}
	T_RUN(test_load_file);
	T_RUN(test_from_bytes);
	T_RUN(test_take);
	T_RUN(test_bom);
	T_RUN(test_line_ends_kept);
	T_RUN(test_refuse_content);
	T_RUN(test_refuse_files);
	T_RUN(test_refuse_unreadable);
	T_RUN(test_stdin);
	T_RUN(test_fifo);
	T_RUN(test_size_text);
	rc = T_DONE();
	rmdir(tmpdir);
	return rc;
}
