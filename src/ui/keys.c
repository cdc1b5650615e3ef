/* keys.c: the one table of keys: what drives the dispatcher and the help. */
#include "config.h"

#include <curses.h>
#include <stddef.h>

#include "ui/keys.h"

/*
 * One row per key name: context, name, the codes it stands for, action,
 * description. Rows in a row with the same description share a line of the
 * help screen, as SPEC §5 groups them ("j k Down Up"). The man page lists
 * every name here (a test checks it).
 */
const struct key_entry keys_table[] = {
	{ KEYS_REVIEW|KEYS_PICK, "j", { 'j' }, KA_DOWN,
	  "next / previous claim (or line, in the article pane)" },
	{ KEYS_REVIEW|KEYS_PICK, "k", { 'k' }, KA_UP,
	  "next / previous claim (or line, in the article pane)" },
	{ KEYS_REVIEW|KEYS_PICK, "Down", { KEYS_FKEY(KEY_DOWN) }, KA_DOWN,
	  "next / previous claim (or line, in the article pane)" },
	{ KEYS_REVIEW|KEYS_PICK, "Up", { KEYS_FKEY(KEY_UP) }, KA_UP,
	  "next / previous claim (or line, in the article pane)" },
	{ KEYS_REVIEW|KEYS_PICK, "g", { 'g', KEYS_FKEY(KEY_HOME) }, KA_FIRST,
	  "first / last claim (or line)" },
	{ KEYS_REVIEW|KEYS_PICK, "G", { 'G', KEYS_FKEY(KEY_END) }, KA_LAST,
	  "first / last claim (or line)" },
	{ KEYS_REVIEW|KEYS_PICK, "PgDn", { KEYS_FKEY(KEY_NPAGE) },
	  KA_PAGE_DOWN, "page down / up" },
	{ KEYS_REVIEW|KEYS_PICK, "PgUp", { KEYS_FKEY(KEY_PPAGE) }, KA_PAGE_UP,
	  "page down / up" },
	{ KEYS_REVIEW|KEYS_PICK, "Space", { ' ' }, KA_PAGE_DOWN,
	  "page down / up" },
	{ KEYS_REVIEW, "Tab", { '\t' }, KA_PANE,
	  "switch pane (article / claims)" },
	{ KEYS_REVIEW, "Enter", { '\n', '\r', KEYS_FKEY(KEY_ENTER) }, KA_SHOW,
	  "show the selected claim in the article" },
	{ KEYS_PICK, "Enter", { '\n', '\r', KEYS_FKEY(KEY_ENTER) }, KA_OPEN,
	  "open the selected article" },
	{ KEYS_REVIEW, "v", { 'v' }, KA_VERIFIED,
	  "mark verified / disputed / unsourced (same key again clears)" },
	{ KEYS_REVIEW, "d", { 'd' }, KA_DISPUTED,
	  "mark verified / disputed / unsourced (same key again clears)" },
	{ KEYS_REVIEW, "u", { 'u' }, KA_UNSOURCED,
	  "mark verified / disputed / unsourced (same key again clears)" },
	{ KEYS_REVIEW, "0", { '0' }, KA_CLEAR,
	  "clear the verdict" },
	{ KEYS_REVIEW, "a", { 'a' }, KA_NOTE,
	  "edit the note inline (Enter saves, Esc cancels)" },
	{ KEYS_REVIEW, "s", { 's' }, KA_SOURCE,
	  "edit the claim's source inline (empty: no source)" },
	{ KEYS_REVIEW, "E", { 'E' }, KA_EDITOR,
	  "edit the note in $VISUAL / $EDITOR" },
	{ KEYS_PICK, "/", { '/' }, KA_SEARCH,
	  "filter the list by title (empty: all of it)" },
	{ KEYS_PICK, "Esc", { 27 }, KA_CLOSE,
	  "show all of the list again" },
	{ KEYS_REVIEW, "/", { '/' }, KA_SEARCH,
	  "search the article; next / previous match" },
	{ KEYS_REVIEW, "n", { 'n' }, KA_NEXT_MATCH,
	  "search the article; next / previous match" },
	{ KEYS_REVIEW, "N", { 'N' }, KA_PREV_MATCH,
	  "search the article; next / previous match" },
	{ KEYS_REVIEW, "f", { 'f' }, KA_FILTER,
	  "filter: all, unreviewed, verified, disputed, unsourced" },
	{ KEYS_REVIEW, "m", { 'm' }, KA_MAKE_CLAIM,
	  "(article pane) make the sentence at the cursor a claim" },
	{ KEYS_REVIEW, "x", { 'x' }, KA_DISMISS,
	  "not a claim: drop it from the panel (undoable)" },
	{ KEYS_REVIEW, "p", { 'p' }, KA_EARLIER,
	  "earlier verdicts on a matching claim; adopt one" },
	{ KEYS_REVIEW, "y", { 'y' }, KA_ADOPT,
	  "earlier verdicts on a matching claim; adopt one" },
	{ KEYS_REVIEW, "U", { 'U' }, KA_UNDO,
	  "undo the last change" },
	{ KEYS_REVIEW, "A", { 'A' }, KA_ADVANCE,
	  "after a verdict, the next unreviewed claim: on/off" },
	{ KEYS_EARLIER, "j", { 'j' }, KA_DOWN,
	  "next / previous earlier verdict" },
	{ KEYS_EARLIER, "k", { 'k' }, KA_UP,
	  "next / previous earlier verdict" },
	{ KEYS_EARLIER, "Down", { KEYS_FKEY(KEY_DOWN) }, KA_DOWN,
	  "next / previous earlier verdict" },
	{ KEYS_EARLIER, "Up", { KEYS_FKEY(KEY_UP) }, KA_UP,
	  "next / previous earlier verdict" },
	{ KEYS_EARLIER, "g", { 'g', KEYS_FKEY(KEY_HOME) }, KA_FIRST,
	  "first / last earlier verdict" },
	{ KEYS_EARLIER, "G", { 'G', KEYS_FKEY(KEY_END) }, KA_LAST,
	  "first / last earlier verdict" },
	{ KEYS_EARLIER, "PgDn", { KEYS_FKEY(KEY_NPAGE) }, KA_PAGE_DOWN,
	  "page down / up" },
	{ KEYS_EARLIER, "PgUp", { KEYS_FKEY(KEY_PPAGE) }, KA_PAGE_UP,
	  "page down / up" },
	{ KEYS_EARLIER, "Space", { ' ' }, KA_PAGE_DOWN,
	  "page down / up" },
	{ KEYS_EARLIER, "y", { 'y' }, KA_ADOPT,
	  "adopt the selected verdict: its verdict and note are copied" },
	{ KEYS_EARLIER, "Enter", { '\n', '\r', KEYS_FKEY(KEY_ENTER) },
	  KA_ADOPT,
	  "adopt the selected verdict: its verdict and note are copied" },
	{ KEYS_EARLIER, "Esc", { 27 }, KA_CLOSE,
	  "close the list, adopting nothing" },
	{ KEYS_EARLIER, "q", { 'q' }, KA_CLOSE,
	  "close the list, adopting nothing" },
	{ KEYS_REVIEW|KEYS_PICK|KEYS_EARLIER, "?", { '?' }, KA_HELP,
	  "this help (any key closes it)" },
	{ KEYS_REVIEW|KEYS_PICK|KEYS_EARLIER, "^L", { 'L' & 0x1f }, KA_REDRAW,
	  "redraw the screen" },
	{ KEYS_REVIEW, "q", { 'q' }, KA_QUIT,
	  "quit, or back to the list (everything is saved)" },
	{ KEYS_PICK, "q", { 'q' }, KA_QUIT,
	  "quit without opening an article" },
	{ 0, NULL, { 0 }, KA_NONE, NULL }
};

const struct key_entry *
keys_find(int where, int code)
{
	const struct key_entry	*ke;
	size_t			 i;

	for (ke = keys_table; ke->name != NULL; ke++) {
		if ((ke->where & where) == 0)
			continue;
		for (i = 0; i < 3 && ke->codes[i] != 0; i++) {
			if (ke->codes[i] == code)
				return ke;
		}
	}
	return NULL;
}
