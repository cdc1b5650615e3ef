/* test_utf8.c: validation, decoding and display sanitising of UTF-8. */
#include <locale.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "utf8.h"

static int
bad_at(const char *s, size_t len)
{
	size_t	bad = (size_t)-1;

	if (utf8_validate(s, len, &bad) == 0)
		return -1;
	return (int)bad;
}

static void
test_validate_good(void)
{
	const char	*s = "plain ASCII, caf\xc3\xa9, \xe2\x82\xac 5, "
			    "\xf0\x9f\x98\x80 and U+10FFFF \xf4\x8f\xbf\xbf";

	T_INT(bad_at(s, strlen(s)), -1);
	T_INT(bad_at("", 0), -1);
	T_INT(utf8_validate("a\0b", 3, NULL), 0);	/* NUL is UTF-8 */
	T_INT(bad_at("\xed\x9f\xbf", 3), -1);		/* U+D7FF */
	T_INT(bad_at("\xee\x80\x80", 3), -1);		/* U+E000 */
}

static void
test_validate_bad(void)
{
	/* Each bad sequence comes after a prefix long enough to pass the
	 * eight-byte ASCII fast path. */
	T_INT(bad_at("0123456789\x80", 11), 10);		/* stray continuation */
	T_INT(bad_at("0123456789\xc0\xaf", 12), 10);	/* overlong '/' */
	T_INT(bad_at("0123456789\xc1\xbf", 12), 10);	/* overlong */
	T_INT(bad_at("ab\xe0\x80\xaf", 5), 2);		/* overlong 3-byte */
	T_INT(bad_at("ab\xf0\x80\x80\xaf", 6), 2);	/* overlong 4-byte */
	T_INT(bad_at("abc\xed\xa0\x80", 6), 3);		/* surrogate D800 */
	T_INT(bad_at("abc\xed\xbf\xbf", 6), 3);		/* surrogate DFFF */
	T_INT(bad_at("x\xf4\x90\x80\x80", 5), 1);		/* U+110000 */
	T_INT(bad_at("x\xf5\x80\x80\x80", 5), 1);
	T_INT(bad_at("x\xff", 2), 1);
	T_INT(bad_at("caf\xc3", 4), 3);			/* cut short */
	T_INT(bad_at("\xe2\x82", 2), 0);
	T_INT(bad_at("\xe2\x28\xa1", 3), 0);		/* bad second byte */
	T_INT(bad_at("\xc3\xa9\xc3\xa9\xc3", 5), 4);
}

static void
test_decode(void)
{
	uint32_t	cp;

	T_INT(utf8_decode("A", 1, &cp), 1);
	T_INT(cp, 'A');
	T_INT(utf8_decode("\xc3\xa9", 2, &cp), 2);
	T_INT(cp, 0xe9);
	T_INT(utf8_decode("\xe2\x80\x9d", 3, &cp), 3);
	T_INT(cp, 0x201d);
	T_INT(utf8_decode("\xf0\x9f\x98\x80", 4, &cp), 4);
	T_INT(cp, 0x1f600);
	T_INT(utf8_decode("\xe2\x80", 2, &cp), 1);	/* truncated */
	T_INT(cp, UTF8_REPLACEMENT);
	T_INT(utf8_decode("\xc0\x80", 2, &cp), 1);	/* overlong NUL */
	T_INT(cp, UTF8_REPLACEMENT);
	T_INT(utf8_decode("\xef\xbf\xbd", 3, &cp), 3);	/* a real U+FFFD */
	T_INT(cp, UTF8_REPLACEMENT);
}

static void
test_encode(void)
{
	static const uint32_t	cps[] = { 0, 0x7f, 0x80, 0x7ff, 0x800,
				    0xd7ff, 0xe000, 0xfffd, 0x10000,
				    0x10ffff };
	char			buf[4];
	uint32_t		cp;
	size_t			i, n;

	for (i = 0; i < sizeof cps / sizeof cps[0]; i++) {
		n = utf8_encode(cps[i], buf);
		T_OK(n >= 1 && n <= 4);
		T_INT(utf8_validate(buf, n, NULL), 0);
		T_INT(utf8_decode(buf, n, &cp), n);
		T_INT(cp, cps[i]);
	}
	T_INT(utf8_encode(0xd800, buf), 0);
	T_INT(utf8_encode(0x110000, buf), 0);
}

static void
test_prev(void)
{
	const char	*s = "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80z";

	T_INT(utf8_prev(s, 1), 0);
	T_INT(utf8_prev(s, 3), 1);
	T_INT(utf8_prev(s, 6), 3);
	T_INT(utf8_prev(s, 10), 6);
	T_INT(utf8_prev(s, 11), 10);
}

static void
check_sanitize(const char *in, size_t len, const char *want)
{
	char	*out;

	out = utf8_sanitize(in, len);
	T_STR(out, want);
	free(out);
}

/* Back over white space, ASCII and Unicode alike, never below LO. */
static void
test_space_before(void)
{
	/* "ab", space, NBSP, tab, em space, "cd" */
	const char	*s = "ab \xc2\xa0\t\xe2\x80\x83" "cd";

	T_INT(utf8_space_before(s, 0, 9), 2);
	T_INT(utf8_space_before(s, 5, 9), 5);
	T_INT(utf8_space_before(s, 0, 2), 2);
	T_INT(utf8_space_before(s, 0, 11), 11);
	T_INT(utf8_space_before(s, 9, 9), 9);
}

/* Typography folded, to compare texts that differ in nothing else. */
static void
check_fold(const char *s, const char *want)
{
	char	*f = utf8_fold_typography(s);

	T_STR(f, want);
	free(f);
}

static void
test_fold(void)
{
	check_fold("The authority\xe2\x80\x99s \xe2\x80\x9cplan\xe2\x80\x9d",
	    "The authority's \"plan\"");
	check_fold("\xc2\xabnon\xc2\xbb", "\"non\"");
	/* A dash, however spaced: "-". */
	check_fold("rose \xe2\x80\x94 sharply", "rose-sharply");
	check_fold("rose\xe2\x80\x94sharply", "rose-sharply");
	check_fold("rose - sharply", "rose-sharply");
	check_fold("\xe2\x88\x92" "5 degrees", "-5 degrees");
	check_fold("wait\xe2\x80\xa6", "wait...");
	/* Thousands' commas go; others stay. */
	check_fold("8,000 and 12,345,678 people", "8000 and 12345678 people");
	check_fold("in 2019,2020 and 1,5", "in 2019,2020 and 1,5");
	check_fold("a, b", "a, b");
	/* Bad bytes stay as they are. */
	check_fold("a\xff\xe2\x80" "b", "a\xff\xe2\x80" "b");
	check_fold("", "");
}

static void
test_sanitize(void)
{
	check_sanitize("plain text", 10, "plain text");
	check_sanitize("tab\tand\nnewline", 15, "tab\tand\nnewline");
	check_sanitize("\x1b[2Jwiped", 9, "^[[2Jwiped");
	check_sanitize("line\r", 5, "line^M");
	check_sanitize("a\0b", 3, "a^@b");
	check_sanitize("\x07\x08\x7f", 3, "^G^H^?");
	check_sanitize("\x1f", 1, "^_");
	check_sanitize("x\xc2\x9b" "31m", 6, "x<U+009B>31m");	/* C1 CSI */
	check_sanitize("\xc2\x80\xc2\x9f", 4, "<U+0080><U+009F>");
	check_sanitize("\xe2\x80\xae" "evil", 7, "<U+202E>evil");	/* RLO */
	check_sanitize("\xe2\x81\xa6x", 4, "<U+2066>x");
	check_sanitize("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80", 14,
	    "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80");
	check_sanitize("bad\xff" "byte", 8, "bad\xef\xbf\xbd" "byte");
	check_sanitize("\xed\xa0\x80", 3,
	    "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
	check_sanitize("cut\xe2\x82", 5, "cut\xef\xbf\xbd\xef\xbf\xbd");
	check_sanitize("", 0, "");
	T_INT(utf8_is_unsafe('\t'), 0);
	T_INT(utf8_is_unsafe('\n'), 0);
	T_INT(utf8_is_unsafe('\r'), 1);
	T_INT(utf8_is_unsafe(0x85), 1);
	T_INT(utf8_is_unsafe(0xa0), 0);
}

static void
test_width(void)
{
	T_INT(utf8_width("abc", 3), 3);
	T_INT(utf8_width("\xe6\x97\xa5\xe6\x9c\xac", 6), 4);	/* wide */
	T_INT(utf8_width("e\xcc\x81", 3), 1);			/* combining */
	T_INT(utf8_width("\x1b", 1), 2);
	T_INT(utf8_width("\xc2\x9b", 2), 8);
	T_INT(utf8_width("\xff", 1), 1);
	T_INT(utf8_width("a\tb\n", 4), 3);
	T_INT(utf8_cpwidth(0x1f600), 2);
	T_INT(utf8_cpwidth(0x7f), 2);
}

/* Any bytes, once sanitised, are valid UTF-8 with nothing unsafe, and keep
 * the width utf8_width() predicted. */
static void
test_sanitize_random(void)
{
	static const char	pieces[][5] = { "a", " ", "\x1b", "\r", "\n",
				    "\t", "\x7f", "\xc2\x9b", "\xc3\xa9",
				    "\xe2\x80\xae", "\xe6\x97\xa5", "\xff",
				    "\xc0", "\xe2\x82", "\xf0\x9f\x98\x80",
				    "\xed\xa0\x80", "\xcc\x81" };
	char			buf[256], *out;
	unsigned		seed = 12345, round, k, ok;
	size_t			len, i, n;
	uint32_t		cp;

	for (round = 0, ok = 1; round < 2000; round++) {
		len = 0;
		for (k = 0; k < 40; k++) {
			seed = seed * 1103515245 + 12345;
			i = (seed >> 16) % (sizeof pieces / sizeof pieces[0]);
			n = strlen(pieces[i]);
			memcpy(buf + len, pieces[i], n);
			len += n;
		}
		out = utf8_sanitize(buf, len);
		if (utf8_validate(out, strlen(out), NULL) != 0)
			ok = 0;
		for (i = 0; out[i] != '\0'; i += n) {
			n = utf8_decode(out + i, strlen(out + i), &cp);
			if (utf8_is_unsafe(cp))
				ok = 0;
		}
		if (utf8_width(buf, len) != utf8_width(out, strlen(out)))
			ok = 0;
		free(out);
	}
	T_OK(ok);
}

int
main(void)
{
	if (setlocale(LC_ALL, "C.UTF-8") == NULL)
		setlocale(LC_ALL, "");
	T_RUN(test_validate_good);
	T_RUN(test_fold);
	T_RUN(test_validate_bad);
	T_RUN(test_decode);
	T_RUN(test_encode);
	T_RUN(test_prev);
	T_RUN(test_space_before);
	T_RUN(test_sanitize);
	T_RUN(test_width);
	T_RUN(test_sanitize_random);
	return T_DONE();
}
