/* cmd-text.h: database text made safe and aligned for command output. */
#ifndef CD_CMD_TEXT_H
#define CD_CMD_TEXT_H

#include <stddef.h>
#include <stdio.h>

/* S (UTF-8, may be hostile) as one line safe for a terminal: controls shown
 * as placeholders (utf8_sanitize()), tabs and newlines as spaces. The
 * caller frees it. */
char	*cmd_text_line(const char *s);

/* Writes S (may be NULL: nothing) to F as cmd_text_line() makes it: one
 * TSV cell, say. */
void	 cmd_text_put(FILE *f, const char *s);

/* Display width of a string cmd_text_line() made. */
size_t	 cmd_text_width(const char *line);

/* LINE (from cmd_text_line()) in at most WIDTH columns: cut with "…"
 * when wider. The caller frees it. */
char	*cmd_text_cut(const char *line, size_t width);

/* Writes LINE (from cmd_text_line()) to F in exactly WIDTH columns: cut
 * with "…" when wider, padded with spaces when narrower. */
void	 cmd_text_pad(FILE *f, const char *line, size_t width);

#endif
