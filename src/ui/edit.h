/* edit.h: a one-line text editor by character, for notes and searches. */
#ifndef CD_EDIT_H
#define CD_EDIT_H

#include <stddef.h>
#include <wchar.h>

#include "ui/screen.h"

struct edit {
	wchar_t	*buf;		/* owned, LEN characters, not terminated */
	size_t	 len;
	size_t	 cap;
	size_t	 cur;		/* cursor, 0..LEN */
	size_t	 off;		/* first character shown */
};

enum edit_result {
	EDIT_GOING,
	EDIT_DONE,		/* Enter */
	EDIT_CANCEL		/* Esc */
};

/* Starts editing UTF-8 TEXT (invalid bytes become U+FFFD), the cursor at
 * the end. Free with edit_free(). */
void		 edit_init(struct edit *, const char *text);
void		 edit_free(struct edit *);
/* Applies key CODE (a character or KEYS_FKEY(KEY_*)): Left, Right, Home,
 * End (^A ^E), Backspace, Delete (^D), ^U, ^K, ^W; Enter; Esc. */
enum edit_result edit_key(struct edit *, int code);
/* Inserts LEN bytes of pasted UTF-8 TEXT at the cursor as text, never as
 * keys: line breaks kept when MULTILINE (else spaces), other control
 * characters left out. Returns the characters inserted. */
size_t		 edit_paste(struct edit *, const char *text, size_t len,
		    int multiline);
/* The text as UTF-8; the caller frees it. */
char		*edit_text(const struct edit *);
/* Draws the text in WIDTH columns at Y, X, scrolled so the cursor shows;
 * returns the cursor's column (X included). */
int		 edit_draw(struct edit *, WINDOW *, int y, int x, int width,
		    attr_t attr);

#endif
