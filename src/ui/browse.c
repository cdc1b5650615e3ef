/* browse.c: a link handed to the browser, or copied over SSH (OSC 52). */
#include "config.h"

#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "links.h"
#include "ui/browse.h"
#include "ui/screen.h"
#include "xmalloc.h"

/* Whether claimdesk runs over SSH: a browser would open on the far host,
 * if at all, so the link is copied to the user's clipboard instead. */
int
browse_remote(void)
{
	const char	*c = getenv("SSH_CONNECTION"), *t = getenv("SSH_TTY");

	return (c != NULL && *c != '\0') || (t != NULL && *t != '\0');
}

/* OSC 52 straight to the terminal: the link is printable ASCII (links.c)
 * and goes as base64, so nothing in it can act as a control sequence. */
static int
browse_copy(const char *url)
{
	char	*b64, *seq;
	size_t	 len, off = 0;
	ssize_t	 n;
	int	 rc = 0;

	b64 = links_base64(url, strlen(url));
	seq = xasprintf("\033]52;c;%s\a", b64);
	free(b64);
	fflush(stdout);
	for (len = strlen(seq); off < len; off += (size_t)n) {
		if ((n = write(STDOUT_FILENO, seq + off, len - off)) == -1) {
			if (errno == EINTR) {
				n = 0;
				continue;
			}
			rc = -1;
			break;
		}
	}
	free(seq);
	return rc;
}

void
browse_open(struct ui *ui, const char *url)
{
	const char	*b;
	int		 status;

	if (browse_remote()) {
		if (browse_copy(url) == 0)
			ui_message(ui, 0, "over SSH: copied to the clipboard "
			    "(if the terminal allows OSC 52): %s", url);
		else
			ui_message(ui, 1, "could not copy the link: %s", url);
		return;
	}
	b = getenv("BROWSER");
	ui_suspend(ui);
	status = ui_spawn(b != NULL && *b != '\0' ? b : "xdg-open", url);
	ui_resume(ui);
	/* No xdg-open (the shell's 127), or none of the tools it runs (its
	 * own 3). */
	if ((b == NULL || *b == '\0') && status != -1 && WIFEXITED(status) &&
	    (WEXITSTATUS(status) == 127 || WEXITSTATUS(status) == 3))
		ui_message(ui, 1, "no browser to open it (set BROWSER, or "
		    "install xdg-open): %s", url);
	else if (status == -1 || !WIFEXITED(status) ||
	    WEXITSTATUS(status) != 0)
		ui_message(ui, 1, "%s failed (status %d): %s",
		    b != NULL && *b != '\0' ? "$BROWSER" : "xdg-open",
		    status == -1 ? -1 : WIFEXITED(status) ?
		    WEXITSTATUS(status) : 128 + WTERMSIG(status), url);
	else
		ui_message(ui, 0, "opened %s", url);
}
