/* keys.h: the one table of keys: what drives the dispatcher and the help. */
#ifndef CD_KEYS_H
#define CD_KEYS_H

#include <stddef.h>

/* Where a key works. */
#define KEYS_REVIEW	0x1
#define KEYS_PICK	0x2
#define KEYS_EARLIER	0x4	/* the list of earlier verdicts ("p") */
#define KEYS_DETAIL	0x8	/* the claim detail pane ("i") */
#define KEYS_LINKS	0x10	/* the list of a note's links ("o") */
#define KEYS_SPLIT	0x20	/* choosing where to split a claim ("S") */

/* A function key (a KEY_* code from curses) as stored in the table, so it
 * never collides with a character of the same value. */
#define KEYS_FKEY(k)	((k) | 0x1000000)

enum key_action {
	KA_NONE,
	KA_DOWN,
	KA_UP,
	KA_FIRST,
	KA_LAST,
	KA_PAGE_DOWN,
	KA_PAGE_UP,
	KA_PANE,
	KA_SHOW,
	KA_VERIFIED,
	KA_DISPUTED,
	KA_UNSOURCED,
	KA_CLEAR,
	KA_NOTE,
	KA_SOURCE,
	KA_EDITOR,
	KA_SEARCH,
	KA_NEXT_MATCH,
	KA_PREV_MATCH,
	KA_FILTER,
	KA_MAKE_CLAIM,
	KA_DISMISS,
	KA_EARLIER,
	KA_ADOPT,
	KA_UNDO,
	KA_ADVANCE,
	KA_DETAIL,
	KA_LINK,
	KA_SPLIT,
	KA_JOIN,
	KA_LEFT,
	KA_RIGHT,
	KA_HELP,
	KA_REDRAW,
	KA_OPEN,
	KA_CLOSE,
	KA_QUIT
};

struct key_entry {
	int		 where;		/* KEYS_REVIEW, KEYS_PICK, KEYS_EARLIER,
					   or-ed */
	const char	*name;		/* as the man page writes it: "j",
					   "Down", "PgDn", "Enter", "^L" */
	int		 codes[3];	/* characters or KEYS_FKEY(KEY_*); 0
					   ends the list early */
	enum key_action	 action;
	const char	*help;		/* one line */
};

/* The table, in the order the help screen shows it; ends with a NULL
 * name. */
extern const struct key_entry keys_table[];

/* The entry for key CODE (a character, or KEYS_FKEY() of a KEY_* code) in
 * context WHERE, or NULL. */
const struct key_entry	*keys_find(int where, int code);

/* What an overlay does with the keys every overlay takes alike: KA_CLOSE
 * closes it, KA_HELP opens the help of keys WHERE, KA_REDRAW redraws;
 * SCREEN_* flags, 0 for any other action (help.c). */
struct screen;
int	overlay_key(struct screen *, enum key_action, int where);

#endif
