/* review-edit.c: a note edited in $VISUAL / $EDITOR, the terminal lent. */
#include "config.h"

#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ui/review.h"
#include "ui/screen.h"
#include "utf8.h"
#include "xmalloc.h"

#define NOTE_MAX	(1024 * 1024)

/* $VISUAL, else $EDITOR, else vi. */
static const char *
editor_name(void)
{
	const char	*e;

	if ((e = getenv("VISUAL")) != NULL && *e != '\0')
		return e;
	if ((e = getenv("EDITOR")) != NULL && *e != '\0')
		return e;
	return "vi";
}

static int
editor_write(int fd, const char *note)
{
	size_t	len = strlen(note), off = 0;
	ssize_t	n;

	while (off < len) {
		if ((n = write(fd, note + off, len - off)) == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		off += (size_t)n;
	}
	if (len > 0 && note[len - 1] != '\n' && write(fd, "\n", 1) != 1)
		return -1;
	return 0;
}

/* Reads the edited note back: trailing newlines dropped; NULL with *CAUSE
 * when it is too long, binary or not UTF-8. */
static char *
editor_read(const char *path, char **cause)
{
	FILE	*f;
	char	*buf;
	size_t	 len;

	if ((f = fopen(path, "r")) == NULL) {
		*cause = xasprintf("cannot read the note back: %s",
		    strerror(errno));
		return NULL;
	}
	buf = xmalloc(NOTE_MAX + 1);
	len = fread(buf, 1, NOTE_MAX + 1, f);
	fclose(f);
	if (len > NOTE_MAX) {
		free(buf);
		*cause = xstrdup("note not changed: longer than 1 MB");
		return NULL;
	}
	buf[len] = '\0';
	if (memchr(buf, '\0', len) != NULL ||
	    utf8_validate(buf, len, NULL) == -1) {
		free(buf);
		*cause = xstrdup("note not changed: not UTF-8 text");
		return NULL;
	}
	while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
		buf[--len] = '\0';
	return buf;
}

char *
review_run_editor(struct ui *ui, const char *note, char **cause)
{
	const char	*tmp = getenv("TMPDIR");
	char		*path, *text = NULL;
	int		 fd, status;

	if (tmp == NULL || *tmp == '\0')
		tmp = "/tmp";
	path = xasprintf("%s/claimdesk-note-XXXXXX.txt", tmp);
	if ((fd = mkstemps(path, 4)) == -1) {
		*cause = xasprintf("cannot make a temporary file in %s: %s",
		    tmp, strerror(errno));
		free(path);
		return NULL;
	}
	if (editor_write(fd, note) == -1) {
		*cause = xasprintf("cannot write %s: %s", path,
		    strerror(errno));
		close(fd);
		unlink(path);
		free(path);
		return NULL;
	}
	close(fd);
	ui_suspend(ui);
	status = ui_spawn(editor_name(), path);
	ui_resume(ui);
	if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
		*cause = xasprintf("note not changed: %s failed (status %d)",
		    editor_name(), status == -1 ? -1 : WIFEXITED(status) ?
		    WEXITSTATUS(status) : 128 + WTERMSIG(status));
	else
		text = editor_read(path, cause);
	unlink(path);
	free(path);
	return text;
}
