/* screen.h: what the screens share: the terminal, the event loop, the vtable. */
#ifndef CD_SCREEN_H
#define CD_SCREEN_H

#include <curses.h>
#include <stddef.h>

struct ui;

/* A key press, a mouse event or a paste, as the loop hands it to a
 * screen. */
struct ui_event {
	int		 code;		/* a character or KEYS_FKEY(KEY_*);
					   0 for mouse and paste */
	int		 mouse;		/* a mouse event: MY, MX, MBUTTONS */
	int		 my, mx;
	mmask_t		 mbuttons;
	const char	*paste;		/* a bracketed paste: its text, UTF-8
					   with line breaks as '\n', borrowed
					   for the call; NULL otherwise */
	size_t		 paste_len;
	size_t		 paste_over;	/* a paste longer than UI_PASTE_MAX:
					   its bytes (PASTE is NULL: it is
					   refused whole, never cut) */
};

/* The longest paste taken (bytes). */
#define UI_PASTE_MAX	(64 * 1024)

/* What a screen's key function asks of the loop. */
#define SCREEN_REDRAW	0x1	/* something changed on screen */
#define SCREEN_CLOSE	0x2	/* pop this screen */
#define SCREEN_QUIT	0x4	/* leave the loop */
#define SCREEN_CLEAR	0x8	/* repaint the whole terminal */

struct screen;

/*
 * A screen is a small vtable over its own data. INIT runs when it is
 * pushed, RESIZE when the terminal changes size (and once after INIT), DRAW
 * at the loop's one redraw point (screens draw bottom to top, so an overlay
 * draws over what is under it), KEY for each event, POLL between keys (a
 * few times a second, every screen of the stack) to notice what changed
 * under it, FREE when it is popped or the loop ends (it frees DATA). Any of
 * them but DRAW and KEY may be NULL.
 */
struct screen_ops {
	const char	*name;
	int		 opaque;	/* draws every cell: the screens under
					   it are not drawn */
	void		(*init)(struct screen *);
	void		(*draw)(struct screen *);
	int		(*key)(struct screen *, const struct ui_event *);
	void		(*resize)(struct screen *);
	int		(*poll)(struct screen *);
	void		(*free)(struct screen *);
};

struct screen {
	const struct screen_ops	*ops;
	struct ui		*ui;
	void			*data;		/* owned through ops->free */
};

/* Text styles; each is a curses attribute with its colour pair (none under
 * NO_COLOR or on a terminal without colours: then attributes alone keep
 * them apart). */
enum ui_style {
	ST_NORMAL,
	ST_UNREVIEWED,
	ST_VERIFIED,
	ST_DISPUTED,
	ST_UNSOURCED,
	ST_MATCH,
	ST_BAR,
	ST_HEADER,
	ST_FOCUS,
	ST_ERROR,
	ST_DIM,
	ST_BANNER,
	ST_SELECTED,
	ST_COUNT
};

/* Starts curses on the terminal (or resumes it), installs the signal
 * flags and the fatal hook. NULL with *CAUSE when the terminal cannot be
 * used. */
struct ui	*ui_start(char **cause);
/* Pops (frees) every screen and gives the terminal back. */
void		 ui_end(struct ui *);
/* Runs the loop until a screen asks to quit, the last screen closes or a
 * signal (TERM, HUP, INT) arrives. Returns 1 when a signal ended it. */
int		 ui_run(struct ui *);
/* Pushes a screen over OPS and DATA (owned from now on) and runs its init
 * and resize. */
void		 ui_push(struct ui *, const struct screen_ops *, void *data);
/* A one-line message for the message line, kept until the next key;
 * ERROR shows it as an error. */
void		 ui_message(struct ui *, int error, const char *, ...)
		    __attribute__((format(printf, 3, 4)));
/* The current message, or NULL; *ERROR tells its kind. */
const char	*ui_get_message(struct ui *, int *error);
/* Shows the terminal cursor at Y, X after this redraw (editors). */
void		 ui_cursor(struct ui *, int y, int x);
/* The style's attribute (colour pair included). */
attr_t		 ui_style(enum ui_style);
/* Whether non-ASCII symbols can be drawn (draw.c), and setting it from
 * the terminal's character set. */
int		 ui_unicode(void);
void		 ui_set_unicode(int on);

/* The symbols the screens draw, each with its ASCII stand-in for a
 * terminal that cannot show it. */
enum ui_glyph {
	GLYPH_SEP,		/* " · " between items of a line */
	GLYPH_FOCUS,		/* "▶" the pane or item that has the focus */
	GLYPH_CURSOR,		/* "▸" the article cursor */
	GLYPH_NO_VERDICT,	/* "·" an unreviewed claim in the gutter */
	GLYPH_NOTE,		/* "✎" a claim with a note */
	GLYPH_SEEN,		/* "≈" a claim seen before */
	GLYPH_SAVED,		/* "✓ saved" */
	GLYPH_NOT_SAVED,	/* "✗ NOT SAVED" */
	GLYPH_DRAFT,		/* "✎ not saved yet": typing in the editor */
	GLYPH_MARK_NONE,	/* verdict marks, two columns, in enum verdict
				   order: "· " */
	GLYPH_MARK_VERIFIED,	/* "✓V" */
	GLYPH_MARK_DISPUTED,	/* "✗D" */
	GLYPH_MARK_UNSOURCED,	/* "?U" */
	GLYPH_STALE_VERIFIED,	/* "!V": a verdict whose text changed */
	GLYPH_STALE_DISPUTED,	/* "!D" */
	GLYPH_STALE_UNSOURCED,	/* "!U" */
	GLYPH_NEWLINE,		/* "↵" a line break in a one-line editor */
	GLYPH_ARROW,		/* " → " from a text to what it became */
	GLYPH_COUNT
};
const char	*ui_glyph(enum ui_glyph);
/* Hands the terminal to a child (endwin) and takes it back after. */
void		 ui_suspend(struct ui *);
void		 ui_resume(struct ui *);
/* Runs shell command PROGRAM with ARG as "$1", the terminal lent, signals
 * as a shell does; the exit status, or -1 (ui.c). */
int		 ui_spawn(const char *program, const char *arg);

/* Drawing helpers (draw.c). Every string goes through the same
 * per-character logic as the article (wcell_get): control characters show
 * as placeholders, newlines and tabs as spaces. */

/* Draws UTF-8 S at Y, X in at most WIDTH columns with ATTR; with ELLIPSIS,
 * a cut string ends in "…". Returns the columns used. */
int	draw_str(WINDOW *, int y, int x, int width, const char *s,
	    attr_t attr, int ellipsis);
/* Columns S takes on one line. */
int	draw_width(const char *s);
/* Blanks WIDTH columns at Y, X with ATTR. */
void	draw_fill(WINDOW *, int y, int x, int width, attr_t attr);
/* Draws one character C (with up to NMARKS zero-width MARKS joined to it)
 * at Y, X. */
struct wcell;
void	draw_cell(WINDOW *, int y, int x, const struct wcell *c,
	    const wchar_t *marks, int nmarks, attr_t attr);
/* Draws S at Y, X in WIDTH columns, right-aligned. */
void	draw_right(WINDOW *, int y, int x, int width, const char *s,
	    attr_t attr);
/* Blanks H rows of W columns at Y, X and draws a frame round them. */
void	draw_box(WINDOW *, int y, int x, int h, int w);

/* One hint of a keys line: "v/d/u mark"; PRIO 0 is always shown ("? help",
 * "q quit"), and the highest PRIO goes first when the line is short. */
struct draw_hint {
	const char	*text;
	int		 prio;
};
/* Draws the N HINTS at Y, X in WIDTH columns, two spaces apart and in
 * their order, leaving out the least important ones (highest PRIO first)
 * until the rest fit. */
void	draw_hints(WINDOW *, int y, int x, int width,
	    const struct draw_hint *hints, size_t n, attr_t attr);

/* The help overlay for keys of context WHERE (KEYS_REVIEW, KEYS_PICK,
 * KEYS_EARLIER). */
void	help_open(struct ui *, int where);

/* A one-line editor over the screens: LABEL, then INITIAL text to edit.
 * PLACE tells where the line is on each redraw; DONE gets the text (NULL:
 * cancelled), borrowed for the call. */
struct prompt_cb {
	void	(*place)(void *arg, int *y, int *x, int *width);
	void	(*done)(void *arg, const char *text);
	/* May be NULL; else told the text after each key that changed it
	 * (borrowed for the call), for what follows as one types. */
	void	(*change)(void *arg, const char *text);
	void	*arg;
	int	 multiline;	/* a paste keeps its line breaks (notes) */
};
void	prompt_open(struct ui *, const char *label, const char *initial,
	    const struct prompt_cb *);

/* Before an article opened by its id (not imported) is loaded: its claims'
 * links to earlier verdicts made anew when those changed since (another
 * article's new revision carried them), as an import of its file would.
 * A failure leaves the links as they are. */
struct store;
void	ui_relink(struct store *, int64_t article);

#endif
