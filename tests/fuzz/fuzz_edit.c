/* fuzz_edit.c: the inline editor (notes, searches) under any keys, pastes
 * and widths keeps its text whole and draws nothing a terminal would obey. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "fuzz.h"
#include "ui/edit.h"
#include "ui/keys.h"
#include "ui/screen.h"
#include "utf8.h"

/*
 * Input: a width byte, then operations, each a byte and its operands:
 *
 *	0  a key: a byte choosing an editing key, or two more bytes making a
 *	   character (any code point, surrogates and controls included)
 *	1  a paste: a length byte and that many bytes, one line
 *	2  a paste as 1, line breaks kept
 *	3  a draw at the width
 *	4  a character typed then rubbed out: the text is as before
 *	5  a new edit on a length byte and that many bytes (any bytes)
 *
 * After every operation the cursor is within the text and the text is
 * UTF-8, without a control character other than tab and line feed unless
 * the text it started from had one (a note from a script may); after a
 * draw the cursor is in the field and every cell of the row printable.
 */

#define ROW_MAX	256

static const int	edit_keys[] = {
	KEYS_FKEY(KEY_LEFT), KEYS_FKEY(KEY_RIGHT), KEYS_FKEY(KEY_HOME),
	KEYS_FKEY(KEY_END), KEYS_FKEY(KEY_BACKSPACE), KEYS_FKEY(KEY_DC),
	KEYS_FKEY(KEY_ENTER), 1, 2, 4, 5, 6, 8, 11, 21, 23, 27, 127, '\n',
	'\t', ' '
};

static WINDOW	*win;

static void
setup(void)
{
	SCREEN	*sc;
	FILE	*out, *in;

	setlocale(LC_ALL, "C.UTF-8");
	out = fopen("/dev/null", "w");
	in = fopen("/dev/null", "r");
	if (out == NULL || in == NULL)
		abort();
	if ((sc = newterm("xterm-256color", out, in)) == NULL)
		abort();
	set_term(sc);
	ui_set_unicode(1);
	if ((win = newwin(1, ROW_MAX + 2, 0, 0)) == NULL)
		abort();
}

static void
check_text(const struct edit *e, int raw)
{
	char		*s = edit_text(e);
	size_t		 len = strlen(s), i, n;
	uint32_t	 cp;

	fuzz_check(e->cur <= e->len, "the cursor is within the text");
	fuzz_check(utf8_validate(s, len, NULL) == 0, "the text is UTF-8");
	for (i = 0; i < len; i += n) {
		n = utf8_decode(s + i, len - i, &cp);
		fuzz_check(raw || cp == '\t' || cp == '\n' || (cp >= 0x20 &&
		    cp != 0x7f && !(cp >= 0x80 && cp < 0xa0)),
		    "no control character in the text");
	}
	free(s);
}

static void
check_draw(struct edit *e, int width)
{
	cchar_t	cc;
	wchar_t	wcs[CCHARW_MAX + 1];
	attr_t	attr;
	short	pair;
	int	x, col, i;

	werase(win);
	col = edit_draw(e, win, 0, 1, width, A_NORMAL);
	fuzz_check(e->off <= e->cur, "the text shown starts before the cursor");
	fuzz_check(col >= 1 && col <= 1 + width, "the cursor is in the field");
	for (x = 0; x < ROW_MAX + 2; x++) {
		if (mvwin_wch(win, 0, x, &cc) == ERR)
			continue;
		if (getcchar(&cc, wcs, &attr, &pair, NULL) == ERR)
			continue;
		for (i = 0; wcs[i] != L'\0' && i < CCHARW_MAX; i++)
			fuzz_check(wcs[i] >= 0x20 && wcs[i] != 0x7f &&
			    !utf8_is_unsafe((uint32_t)wcs[i]),
			    "every cell drawn is printable");
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int	 ready;
	struct edit	 e;
	const uint8_t	*p = data, *end = data + size;
	char		*before, *after;
	size_t		 n;
	int		 width, code, op, raw = 0;

	if (!ready) {
		setup();
		ready = 1;
	}
	if (size < 1)
		return 0;
	width = 2 + *p++ % (ROW_MAX - 1);
	edit_init(&e, "");
	while (p < end) {
		switch (op = *p++ % 6) {
		case 0:
			if (p >= end)
				break;
			if (*p < 64) {
				code = edit_keys[*p++ % (sizeof edit_keys /
				    sizeof edit_keys[0])];
			} else if (end - p >= 3) {
				code = (int)(((uint32_t)p[0] << 16 |
				    (uint32_t)p[1] << 8 | p[2]) % 0x110000);
				p += 3;
			} else {
				code = *p++;
			}
			edit_key(&e, code);
			break;
		case 1:
		case 2:
			n = p < end ? *p++ : 0;
			if (n > (size_t)(end - p))
				n = (size_t)(end - p);
			edit_paste(&e, (const char *)p, n, op == 2);
			p += n;
			break;
		case 3:
			check_draw(&e, width);
			break;
		case 4:
			before = edit_text(&e);
			edit_key(&e, 'x');
			edit_key(&e, KEYS_FKEY(KEY_BACKSPACE));
			after = edit_text(&e);
			fuzz_check(strcmp(before, after) == 0,
			    "a character typed and rubbed out changes nothing");
			free(before);
			free(after);
			break;
		case 5:
			n = p < end ? *p++ : 0;
			if (n > (size_t)(end - p))
				n = (size_t)(end - p);
			before = malloc(n + 1);
			if (before == NULL)
				abort();
			memcpy(before, p, n);
			before[n] = '\0';
			edit_free(&e);
			edit_init(&e, before);
			raw = 1;
			free(before);
			p += n;
			break;
		}
		check_text(&e, raw);
	}
	check_draw(&e, width);
	edit_free(&e);
	return 0;
}
