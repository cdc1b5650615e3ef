/* test_lines.c: a text's lines and a line's blank-separated tokens. */
#include <stdio.h>
#include <string.h>

#include "lines.h"
#include "t.h"

/* The lines of TEXT (LEN bytes) joined by '|', each as "N:TEXT". */
static const char *
joined(const char *text, size_t len)
{
	static char	 out[256];
	struct lines	 l;
	const char	*s, *e;
	size_t		 o = 0;

	out[0] = '\0';
	lines_init(&l, text, len);
	while (lines_next(&l, &s, &e)) {
		o += (size_t)snprintf(out + o, sizeof out - o, "%s%u:%.*s",
		    o > 0 ? "|" : "", l.lineno, (int)(e - s), s);
	}
	return out;
}

static void
test_next(void)
{
	T_STR(joined("", 0), "");
	T_STR(joined("one", 3), "1:one");
	T_STR(joined("one\n", 4), "1:one");
	T_STR(joined("one\ntwo", 7), "1:one|2:two");
	T_STR(joined("\n\n", 2), "1:|2:");
	/* CR LF ends a line; a lone CR inside one or a second CR stays. */
	T_STR(joined("a\r\nb\rc\r\r\n", 9), "1:a|2:b\rc\r");
	/* LEN bounds the text, not a NUL. */
	T_STR(joined("a\nb\nc", 3), "1:a|2:b");
}

static void
test_tokens(void)
{
	const char	*line = " \tweight  w:tax\t1.5 ", *e = line + strlen(line);
	const char	*s, *t, *te;

	T_INT(lines_is_blank(' '), 1);
	T_INT(lines_is_blank('\t'), 1);
	T_INT(lines_is_blank('\r'), 0);
	T_INT(lines_is_blank('\n'), 0);
	s = lines_token(line, e, &t, &te);
	T_OK(s == te);
	T_INT(te - t, 6);
	T_OK(lines_token_is(t, te, "weight"));
	T_OK(!lines_token_is(t, te, "weigh"));
	T_OK(!lines_token_is(t, te, "weights"));
	s = lines_token(s, e, &t, &te);
	T_OK(lines_token_is(t, te, "w:tax"));
	s = lines_token(s, e, &t, &te);
	T_OK(lines_token_is(t, te, "1.5"));
	lines_token(s, e, &t, &te);
	T_OK(t == e && te == e);
	T_OK(lines_skip_blanks(line, e) == line + 2);
	T_OK(lines_token_end(line + 2, e) == line + 8);
	T_OK(lines_skip_blanks(e - 1, e) == e);
}

int
main(void)
{
	T_RUN(test_next);
	T_RUN(test_tokens);
	return T_DONE();
}
