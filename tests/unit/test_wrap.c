/* test_wrap.c: word wrapping by display width, display cells, positions. */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "ui/wrap.h"

/* The rows of TEXT at WIDTH joined by '|', the bytes of each row as they
 * are (the hanging blanks included). */
static char *
rows_of(const char *text, int width)
{
	static char	 out[4096];
	struct wrap	*w;
	struct wrap_pos	 p = { 0, 0 };
	size_t		 s, e, o = 0;

	w = wrap_new(text, strlen(text));
	wrap_set_width(w, width);
	for (;;) {
		wrap_row(w, &p, &s, &e);
		if (o > 0)
			out[o++] = '|';
		memcpy(out + o, text + s, e - s);
		o += e - s;
		if (wrap_move(w, &p, 1) == 0)
			break;
	}
	out[o] = '\0';
	wrap_free(w);
	return out;
}

static void
test_words(void)
{
	T_STR(rows_of("the quick brown fox", 10), "the quick |brown fox");
	T_STR(rows_of("the quick brown fox", 9), "the quick |brown fox");
	T_STR(rows_of("the quick brown fox", 19), "the quick brown fox");
	T_STR(rows_of("abcdefghijkl mn", 5), "abcde|fghij|kl mn");
	T_STR(rows_of("abcdefghijkl mnop", 5), "abcde|fghij|kl |mnop");
	T_STR(rows_of("a  b", 1), "a  |b");
	T_STR(rows_of("", 10), "");
	T_STR(rows_of("one\ntwo\r\nthree\rfour", 10), "one|two|three|four");
	T_STR(rows_of("one\n\ntwo\n", 10), "one||two");
}

static void
test_wide(void)
{
	/* Each CJK character is two columns; breaks fall between them. */
	T_STR(rows_of("日本語のテキスト", 6), "日本語|のテキ|スト");
	T_STR(rows_of("ab 日本語", 5), "ab 日|本語");
	/* Curly quotes are one column each. */
	T_STR(rows_of("“quoted” text here", 8), "“quoted” |text |here");
	/* A combining accent takes no column and stays with its letter. */
	T_STR(rows_of("cafe\xcc\x81 au lait", 5), "cafe\xcc\x81 |au |lait");
	/* One that starts a row after a break stands alone there, a column
	 * wide as the pane draws it, so the row holds one letter less. */
	T_STR(rows_of("ab \xcc\x81" "abc", 3), "ab |\xcc\x81" "ab|c");
}

static void
test_cells(void)
{
	struct wcell	 c;
	const char	*esc = "\033[2J", *c1 = "\xc2\x9b";

	wcell_get(esc, esc + 4, 0, 0, &c);
	T_INT(c.kind, WCELL_TEXT);
	T_STR(c.text, "^[");
	T_INT(c.width, 2);
	T_INT(c.len, 1);
	wcell_get(c1, c1 + 2, 0, 0, &c);
	T_INT(c.kind, WCELL_TEXT);
	T_STR(c.text, "<U+009B>");
	T_INT(c.len, 2);
	wcell_get("\xff", "\xff" + 1, 0, 0, &c);
	T_INT(c.kind, WCELL_CHAR);
	T_INT(c.wc, 0xfffd);
	wcell_get("\t", "\t" + 1, 3, 0, &c);
	T_INT(c.kind, WCELL_SPACE);
	T_INT(c.width, 5);
	wcell_get("\xe2\x80\xae", "\xe2\x80\xae" + 3, 0, 0, &c);
	T_INT(c.kind, WCELL_TEXT);
	T_STR(c.text, "<U+202E>");
	wcell_get("\xcc\x81", "\xcc\x81" + 2, 0, 0, &c);
	T_INT(c.kind, WCELL_LONE);
	T_INT(c.width, 1);
	/* A control character's placeholder is wrapped as a word part. */
	T_STR(rows_of("ab\033[2Jcd ef", 9), "ab\033[2Jcd |ef");
}

static void
test_positions(void)
{
	const char	*text = "aaaa bbbb cccc\ndddd eeee";
	struct wrap	*w;
	struct wrap_pos	 p, q;
	size_t		 s, e;

	w = wrap_new(text, strlen(text));
	wrap_set_width(w, 5);
	T_INT(wrap_nblocks(w), 2);
	wrap_find(w, 11, &p);			/* in "cccc" */
	T_INT(p.block, 0);
	T_INT(p.row, 2);
	wrap_find(w, 14, &p);			/* the newline */
	T_INT(p.row, 2);
	wrap_find(w, 20, &p);			/* in "eeee" */
	T_INT(p.block, 1);
	T_INT(p.row, 1);
	wrap_first(w, &q);
	T_INT(wrap_distance(w, &q, &p, 10), 4);
	T_INT(wrap_distance(w, &q, &p, 2), 3);
	T_INT(wrap_distance(w, &p, &q, 10), -1);
	T_INT(wrap_move(w, &q, 100), 4);
	T_INT(wrap_cmp(&p, &q), 0);
	T_INT(wrap_move(w, &q, -100), -4);
	wrap_row(w, &p, &s, &e);
	T_INT(s, 20);
	T_INT(e, 24);
	T_INT(wrap_offset_at(w, &p, 2), 22);
	T_INT(wrap_offset_at(w, &p, 9), 24);
	/* A new width rewraps on demand. */
	wrap_set_width(w, 80);
	wrap_find(w, 20, &p);
	T_INT(p.row, 0);
	wrap_last(w, &q);
	T_INT(q.block, 1);
	T_INT(q.row, 0);
	wrap_free(w);
}

/* A line of a megabyte with no space at all: blocks keep wrapping cheap. */
static void
test_long_line(void)
{
	struct wrap	*w;
	struct wrap_pos	 p;
	size_t		 n = 1 << 20, s, e;
	char		*text;

	text = malloc(n + 1);
	memset(text, 'x', n);
	text[n] = '\0';
	w = wrap_new(text, n);
	wrap_set_width(w, 100);
	T_OK(wrap_nblocks(w) > 1);
	wrap_find(w, n / 2, &p);
	wrap_row(w, &p, &s, &e);
	T_OK(s <= n / 2 && n / 2 < e);
	T_OK(e - s <= 100);
	wrap_last(w, &p);
	wrap_row(w, &p, &s, &e);
	T_INT(e, n);
	wrap_free(w);
	free(text);
}

int
main(void)
{
	if (setlocale(LC_ALL, "C.UTF-8") == NULL)
		setlocale(LC_ALL, "");
	T_RUN(test_words);
	T_RUN(test_wide);
	T_RUN(test_cells);
	T_RUN(test_positions);
	T_RUN(test_long_line);
	return T_DONE();
}
