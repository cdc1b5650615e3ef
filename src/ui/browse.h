/* browse.h: a link handed to the browser, or copied over SSH (OSC 52). */
#ifndef CD_BROWSE_H
#define CD_BROWSE_H

struct ui;

/*
 * Opens URL (printable ASCII, as links_find() gives it): over SSH
 * (SSH_CONNECTION or SSH_TTY set) an OSC 52 sequence copies it to the
 * terminal's clipboard; otherwise "$BROWSER URL", else "xdg-open URL",
 * runs with the terminal lent. The message line says what happened.
 */
void	browse_open(struct ui *, const char *url);

/* Whether claimdesk runs over SSH, where browse_open() copies the link
 * (OSC 52) rather than open it. */
int	browse_remote(void);

#endif
