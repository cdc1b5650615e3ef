/* test_links.c: links found in notes, and base64 for OSC 52. */
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "../../src/links.h"
#include "../../src/xmalloc.h"

static void
test_find(void)
{
	char	**l;
	size_t	  n;

	n = links_find("Checked https://www.example.org/report.pdf and "
	    "(see http://stats.example.net/a_(b)/c). Done.", &l);
	T_INT((int)n, 2);
	T_STR(l[0], "https://www.example.org/report.pdf");
	T_STR(l[1], "http://stats.example.net/a_(b)/c");
	xfree_strings(l, n);

	/* A link on a second line, once though written twice; one that ends
	 * a sentence or sits in quotes. */
	n = links_find("first line\n\"https://a.example/x?q=1&r=2\", then\n"
	    "https://a.example/x?q=1&r=2.", &l);
	T_INT((int)n, 1);
	T_STR(l[0], "https://a.example/x?q=1&r=2");
	xfree_strings(l, n);

	/* None: no scheme, a scheme with nothing after it, a scheme inside a
	 * word. */
	T_INT((int)links_find("www.example.org and https:// alone", &l), 0);
	T_OK(l == NULL);
	T_INT((int)links_find("xhttps://example.org", &l), 0);
	/* Nor one no report would publish: a bad host, a password. */
	T_INT((int)links_find("see https://-x-.org/a and https://me:pw@x.org/",
	    &l), 0);
	T_INT((int)links_find(NULL, &l), 0);
	T_INT((int)links_find("", &l), 0);

	/* Control characters and other bytes end a link: what is kept is
	 * printable ASCII only. */
	n = links_find("https://e.example/a\x1b]52;c;x\x07 https://e.example/"
	    "\xc3\xa9t\xc3\xa9", &l);
	T_INT((int)n, 2);
	T_STR(l[0], "https://e.example/a");
	T_STR(l[1], "https://e.example/");
	xfree_strings(l, n);
}

static void
test_many(void)
{
	char	 buf[LINKS_MAX * 40 + 64], **l;
	size_t	 i, n, off = 0;

	for (i = 0; i < LINKS_MAX + 5; i++)
		off += (size_t)snprintf(buf + off, sizeof buf - off,
		    "https://e.example/%zu ", i);
	n = links_find(buf, &l);
	T_INT((int)n, LINKS_MAX);
	T_STR(l[LINKS_MAX - 1], "https://e.example/31");
	xfree_strings(l, n);
}

/* One rule for every URL stored or published. */
static void
test_url_ok(void)
{
	T_OK(links_url_ok("https://example.org/a?b=1&c=%22#d"));
	T_OK(links_url_ok("HTTP://example.org"));
	T_OK(links_url_ok("https://example.org/a(b)"));
	/* Letters beyond ASCII and a final stop are part of a whole URL. */
	T_OK(links_url_ok("https://example.org/a\xc3\xa7\xc3\xa3o."));
	T_OK(!links_url_ok(NULL));
	T_OK(!links_url_ok(""));
	T_OK(!links_url_ok("https://"));
	T_OK(!links_url_ok("https:///path"));
	/* A URL names a host. */
	T_OK(!links_url_ok("https://?q"));
	T_OK(!links_url_ok("https://#f"));
	T_OK(!links_url_ok("https://@"));
	T_OK(!links_url_ok("https://user@/x"));
	T_OK(!links_url_ok("http://:80/"));
	T_OK(links_url_ok("https://user@example.org:8080/x"));
	T_OK(links_url_ok("http://[::1]:8080/"));
	T_OK(links_url_ok("https://example.org?q"));
	/* No password, a port from 1 to 65535, IPv6 in brackets. */
	T_INT(links_url_authority("https://me:pw@example.org/"),
	    LINKS_PASSWORD);
	T_INT(links_url_authority("https://example.org:0/"), LINKS_BAD_PORT);
	T_INT(links_url_authority("https://example.org:65536/"),
	    LINKS_BAD_PORT);
	T_INT(links_url_authority("https://example.org:abc/"), LINKS_BAD_PORT);
	T_INT(links_url_authority("https://example.org:/"), LINKS_BAD_PORT);
	T_INT(links_url_authority("https://2001:db8::1/a"), LINKS_BAD_PORT);
	T_INT(links_url_authority("https://[::1/a"), LINKS_NO_HOST);
	T_INT(links_url_authority("https://[]/a"), LINKS_NO_HOST);
	T_INT(links_url_authority("https://[2001:db8::1]/a"),
	    LINKS_AUTHORITY_OK);
	T_INT(links_url_authority("http://example.org:65535"),
	    LINKS_AUTHORITY_OK);
	/* A host name of labels: none empty, no hyphen at an end. */
	T_INT(links_url_authority("https://example..org/"), LINKS_BAD_HOST);
	T_INT(links_url_authority("https://-x-.org/"), LINKS_BAD_HOST);
	T_INT(links_url_authority("https://a.-b.org/"), LINKS_BAD_HOST);
	T_INT(links_url_authority("https://a-.b.org/"), LINKS_BAD_HOST);
	T_INT(links_url_authority("https://.org/"), LINKS_BAD_HOST);
	T_INT(links_url_authority("https://a!b.org/"), LINKS_BAD_HOST);
	T_INT(links_url_authority("https://example.org./a"),
	    LINKS_AUTHORITY_OK);
	T_INT(links_url_authority("https://my_host.example:8080/"),
	    LINKS_AUTHORITY_OK);
	T_INT(links_url_authority("https://\xe4\xbe\x8b\xe3\x81\x88.jp/"),
	    LINKS_AUTHORITY_OK);
	T_INT(links_url_authority("http://192.0.2.7:8080/"),
	    LINKS_AUTHORITY_OK);
	T_OK(!links_url_ok("https://example.org:99999/"));
	T_OK(!links_url_ok("ftp://example.org/"));
	T_OK(!links_url_ok("/news/a"));
	T_OK(!links_url_ok("https://example.org/a\"b"));
	T_OK(!links_url_ok("https://example.org/a b"));
	T_OK(!links_url_ok("https://example.org/<b>"));
	T_OK(!links_url_ok("https://example.org/a{b}|c\\d`e"));
	T_OK(!links_url_ok("https://example.org/\xff"));
	/* A bidi override would reorder what the reader sees. */
	T_OK(!links_url_ok("https://example.org/\xe2\x80\xaegpj.exe"));
	T_OK(!links_url_ok("https://example.org/a\tb"));
	T_INT(links_url_span("ab\"c", 4), 2);
	T_INT(links_url_span("a\xc3\xa7" "b c", 6), 4);
}

static void
test_base64(void)
{
	char	*s;

	T_STR((s = links_base64("", 0)), "");
	free(s);
	T_STR((s = links_base64("f", 1)), "Zg==");
	free(s);
	T_STR((s = links_base64("fo", 2)), "Zm8=");
	free(s);
	T_STR((s = links_base64("foo", 3)), "Zm9v");
	free(s);
	T_STR((s = links_base64("foobar", 6)), "Zm9vYmFy");
	free(s);
}

int
main(void)
{
	T_RUN(test_find);
	T_RUN(test_many);
	T_RUN(test_url_ok);
	T_RUN(test_base64);
	return T_DONE();
}
