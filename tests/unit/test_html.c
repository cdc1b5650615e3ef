/* test_html.c: web pages reduced to their article's text and metadata;
 * what sniffing tells; the class-name hints. */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "hints.h"
#include "html.h"
#include "meta.h"
#include "segment.h"
#include "sniff.h"
#include "t.h"
#include "xmalloc.h"

/* The article's text of PAGE (a NUL-terminated page), or the refusal
 * prefixed "ERROR: "; allocated. META, when not NULL, gets the metadata. */
static char *
extract(const char *page, const char *charset, struct meta *meta)
{
	struct html_page	 hp;
	char			*cause, *s;

	if (html_extract(page, strlen(page), charset, "https://example.org/a/b",
	    &hp, &cause) != 0) {
		s = xasprintf("ERROR: %s", cause);
		free(cause);
		return s;
	}
	s = xstrdup(hp.text);
	if (meta != NULL) {
		*meta = hp.meta;
		memset(&hp.meta, 0, sizeof hp.meta);
	}
	html_page_clear(&hp);
	return s;
}

static void
test_blocks(void)
{
	char	*t;

	t = extract("<html><head><title>Budget passed</title></head><body>"
	    "<div id=\"nav\"><a href=\"/\">Home</a> | <a href=\"/x\">World</a>"
	    "</div><div class=\"story\"><p>The budget passed by 52 votes to "
	    "48, the clerk said, after a long night.</p><p>Taxes rise by 2 "
	    "percent,<br>the treasury said, from&nbsp;May &amp; June.</p>"
	    "<h2>What next</h2><p>The senate votes next week, officials said, "
	    "and the outcome is uncertain.</p></div>"
	    "<script>alert(1)</script><style>p{}</style></body></html>",
	    NULL, NULL);
	T_STR(t, "Budget passed\n\nThe budget passed by 52 votes to 48, the "
	    "clerk said, after a long night.\n\nTaxes rise by 2 percent,\n"
	    "the treasury said, from May & June.\n\nWhat next\n\nThe senate "
	    "votes next week, officials said, and the outcome is uncertain.\n");
	free(t);
}

static void
test_boilerplate(void)
{
	char	*t;

	t = extract("<html><body><header><h1>Site</h1></header>"
	    "<article><p>First paragraph of the story, with a comma, and "
	    "more words to count. It goes on for a while, as news stories "
	    "do, with the facts first and the quotes after, so that the "
	    "reader who stops early still knows what happened, where it "
	    "happened and to whom it happened, and why it matters.</p>"
	    "<div class=\"social-share\"><a href=\"#\">Facebook</a></div>"
	    "<p>Advertisement</p>"
	    "<p>Second paragraph, with another comma, and more words here. "
	    "The second paragraph gives the background: what led to the "
	    "event, who said what before it, and what the numbers were a "
	    "year ago, according to the office that keeps them.</p><p hidden>Hidden text that nobody sees, at all, ever.</p>"
	    "<p style=\"display: none\">Invisible paragraph, with commas, "
	    "too.</p><p aria-hidden=\"true\">Also hidden from readers, "
	    "yes.</p><form><input name=q><button>Go</button></form>"
	    "<!-- a comment, not text, at all --></article>"
	    "<aside><p>Most read: another story, and another one.</p></aside>"
	    "<div id=\"comments\"><p>A reader's comment, long enough to "
	    "count as a paragraph, with commas.</p></div>"
	    "<footer><p>Contact us, about us, jobs.</p></footer>"
	    "</body></html>", NULL, NULL);
	/* No <title>: the first h1 stands for it, even the site's. */
	T_STR(t, "Site\n\nFirst paragraph of the story, with a comma, and "
	    "more words to count. It goes on for a while, as news stories do, with the "
	    "facts first and the quotes after, so that the reader who stops "
	    "early still knows what happened, where it happened and to whom "
	    "it happened, and why it matters.\n\nSecond paragraph, with "
	    "another comma, and more words here. The second paragraph gives "
	    "the background: what led to the event, who said what before it, "
	    "and what the numbers were a year ago, according to the office "
	    "that keeps them.\n");
	free(t);

	/* A short page whose article sits in an "unlikely" container is
	 * found all the same, by the more lenient passes. */
	t = extract("<html><body><nav><a href=\"/\">Home</a></nav><div "
	    "class=\"sidebar-layout\"><p>The bridge reopens on Monday, the "
	    "city said, after repairs.</p></div></body></html>", NULL, NULL);
	T_STR(t, "The bridge reopens on Monday, the city said, after repairs."
	    "\n");
	free(t);
}

static void
test_lists_quotes(void)
{
	char	*t;

	t = extract("<html><body><div class=\"content\"><p>The plan has "
	    "three parts, the minister said, each costed.</p><ol><li>Roads, "
	    "first.</li><li>Rail, second.</li></ol><blockquote>It is a good "
	    "plan, she said, for everyone.</blockquote><pre>a  b\n c</pre>"
	    "</div></body></html>", NULL, NULL);
	T_STR(t, "The plan has three parts, the minister said, each costed."
	    "\n\n1. Roads, first.\n\n2. Rail, second.\n\nIt is a good plan, "
	    "she said, for everyone.\n\na  b\n c\n");
	free(t);
}

/* A note's reference is no part of the sentence; a power is. */
static void
test_note_references(void)
{
	char	*t;

	t = extract("<html><body><div class=\"content\"><p>Police said "
	    "crime fell 12% last year<sup><a href=\"#fn1\">1</a></sup> "
	    "across the city, the report found.</p><p>Burglaries fell to 3.2 "
	    "per 1,000 homes<sup>[2]</sup>, the lowest since 2001, and "
	    "thefts<a href=\"#n3\"><sup>3</sup></a> fell too.</p><p>The "
	    "park covers 40 km<sup>2</sup> and 2<sup>10</sup> trees.</p>"
	    "</div></body></html>", NULL, NULL);
	T_STR(t, "Police said crime fell 12% last year across the city, the "
	    "report found.\n\nBurglaries fell to 3.2 per 1,000 homes, the "
	    "lowest since 2001, and thefts fell too.\n\nThe park covers 40 "
	    "km2 and 210 trees.\n");
	free(t);
	/* The list of notes they point to is no part of it either; a
	 * block that only says it has notes may hold the article. */
	t = extract("<html><body><div class=\"post has-footnotes\"><p>Police "
	    "said crime fell 12% last year<sup><a href=\"#fn1\">1</a></sup> "
	    "across the city, the report found on Monday.</p><ol class=\""
	    "footnotes\"><li id=\"fn1\">Annual report, table 3.</li></ol>"
	    "</div></body></html>", NULL, NULL);
	T_STR(t, "Police said crime fell 12% last year across the city, the "
	    "report found on Monday.\n");
	free(t);
	/* A symbol, linked or not, is a note's: after a stop it would join
	 * two sentences. */
	t = extract("<html><body><div class=\"content\"><p>Classes held 32 "
	    "students on average.<sup>*</sup> The district says it will hire "
	    "40 teachers<sup>\xe2\x80\xa0</sup> by June.</p></div></body>"
	    "</html>", NULL, NULL);
	T_STR(t, "Classes held 32 students on average. The district says it "
	    "will hire 40 teachers by June.\n");
	free(t);
}

/* The metadata of a page whose byline element says "By BYLINE". */
static void
byline_meta(const char *byline, struct meta *m)
{
	char	*page, *t;

	page = xasprintf("<html><body><h1>Flu cases rise</h1><span class="
	    "\"byline\">By %s</span><p>Flu cases rose 40 percent in January, "
	    "the agency said, in its weekly report.</p></body></html>", byline);
	t = extract(page, NULL, m);
	free(t);
	free(page);
}

static void
test_meta(void)
{
	struct meta	 m;
	char		*t;

	memset(&m, 0, sizeof m);
	t = extract("<html lang=\"de\"><head><title>Wrong title</title>"
	    "<meta property=\"og:title\" content=\"Storm hits coast | Daily "
	    "Planet\"><meta property=\"og:site_name\" content=\"Daily "
	    "Planet\"><link rel=\"canonical\" href=\"/news/storm\">"
	    "<script type=\"application/ld+json\">{\"@context\": "
	    "\"https://schema.org\", \"@graph\": [{\"@type\": \"WebSite\", "
	    "\"name\": \"DP\"}, {\"@type\": [\"NewsArticle\"], \"headline\": "
	    "\"Ignored: og:title comes first\", \"datePublished\": "
	    "\"2024-05-06T07:08:09Z\", \"author\": [{\"@type\": \"Person\", "
	    "\"name\": \"Ana Lima\"}, {\"name\": \"Bo Chen\"}, \"Ana Lima\"]}]}"
	    "</script></head><body><p>The storm hit the coast, the agency "
	    "said, at dawn.</p></body></html>", NULL, &m);
	T_STR(m.title, "Storm hits coast");
	T_INT(m.nauthors, 2);
	if (m.nauthors == 2) {
		T_STR(m.authors[0], "Ana Lima");
		T_STR(m.authors[1], "Bo Chen");
	}
	T_STR(m.date, "2024-05-06T07:08:09Z");
	T_STR(m.site, "Daily Planet");
	T_STR(m.url, "https://example.org/news/storm");
	T_STR(m.lang, "de");
	T_OK(strncmp(t, "Storm hits coast\n\n", 18) == 0);
	free(t);
	meta_clear(&m);

	/* No og:title: JSON-LD's headline, entities decoded; a broken
	 * JSON-LD block is skipped. */
	t = extract("<html><head><title>Site - Page</title><script "
	    "type=\"application/ld+json\">{broken</script><script "
	    "type=\"application/ld+json\">{\"@type\": \"Article\", "
	    "\"headline\": \"Caf&eacute; &amp; tea &#8217;24\"}</script>"
	    "</head><body><p>x</p></body></html>", NULL, &m);
	T_STR(m.title, "Café & tea ’24");
	free(t);
	meta_clear(&m);

	/* A canonical URL with what no link may carry is percent-encoded;
	 * one that is no web address is not kept. */
	t = extract("<html><head><link rel=\"canonical\" href=\""
	    "https://example.org/a b&quot;c|d\"></head><body><p>x</p>"
	    "</body></html>", NULL, &m);
	T_STR(m.url, "https://example.org/a%20b%22c%7Cd");
	free(t);
	meta_clear(&m);
	t = extract("<html><head><link rel=\"canonical\" href=\""
	    "ftp://example.org/a\"></head><body><p>x</p></body></html>",
	    NULL, &m);
	T_OK(m.url == NULL);
	free(t);
	meta_clear(&m);

	/* <title> without the site's part; meta author, "By" taken off. */
	t = extract("<html><head><title>Floods close 40 schools in the "
	    "north - Northern Times</title><meta name=\"author\" content=\"By "
	    "Kim Park\"><meta property=\"article:published_time\" "
	    "content=\"2023-01-02\"></head><body><p>x</p></body></html>",
	    NULL, &m);
	T_STR(m.title, "Floods close 40 schools in the north");
	T_INT(m.nauthors, 1);
	if (m.nauthors == 1)
		T_STR(m.authors[0], "Kim Park");
	T_STR(m.date, "2023-01-02");
	T_OK(m.site == NULL && m.lang == NULL);
	free(t);
	meta_clear(&m);

	/* No title at all: the h1; a byline element; <time datetime>. */
	t = extract("<html><body><h1>Mayor resigns</h1><div class=\"byline\">"
	    "By <a href=\"/people/lee\">Sam Lee</a> - <time datetime=\""
	    "2022-02-03T10:00\">Feb 3</time></div><p>The mayor "
	    "resigned on Thursday, aides said, after weeks of pressure.</p>"
	    "</body></html>", NULL, &m);
	T_STR(m.title, "Mayor resigns");
	T_INT(m.nauthors, 1);
	if (m.nauthors == 1)
		T_STR(m.authors[0], "Sam Lee");
	T_STR(m.date, "2022-02-03T10:00");
	T_STR(t, "Mayor resigns\n\nThe mayor resigned on Thursday, aides "
	    "said, after weeks of pressure.\n");
	free(t);
	meta_clear(&m);

	/* A byline's post after a comma is no part of the name. */
	byline_meta("Sophie Walsh, Health Editor", &m);
	T_INT(m.nauthors, 1);
	if (m.nauthors == 1)
		T_STR(m.authors[0], "Sophie Walsh");
	meta_clear(&m);
	/* Whole words only, and the names before the post all kept. */
	byline_meta("Jane Doe, Mark Staffordson, staff writers", &m);
	T_INT(m.nauthors, 2);
	if (m.nauthors == 2) {
		T_STR(m.authors[0], "Jane Doe");
		T_STR(m.authors[1], "Mark Staffordson");
	}
	meta_clear(&m);
	/* "A and B" are two; where from is no name. */
	byline_meta("Ana Lima and Bo Chen", &m);
	T_INT(m.nauthors, 2);
	if (m.nauthors == 2)
		T_STR(m.authors[1], "Bo Chen");
	meta_clear(&m);
	byline_meta("Ana Lima, in Lisbon", &m);
	T_INT(m.nauthors, 1);
	if (m.nauthors == 1)
		T_STR(m.authors[0], "Ana Lima");
	meta_clear(&m);
}

/* What an article's own top lines say of it: a byline's authors, a date
 * line's day; never over what the page said. */
static void
test_meta_lines(void)
{
	char		 title[] = "Harbour plan approved",
			 byline[] = "By Jane Doe and Bo Chen",
			 published[] = "Published: Monday 4 March 2024",
			 body[] = "The council approved the plan.",
			 nodate[] = "KELSO, March 3 (Desk) -",
			 month[] = "March 2024 budget",
			 updated[] = "Updated March 5, 2024",
			 said[] = "It rose on March 3, 2024.",
			 dated[] = "KELSO, March 3, 2024 (Desk) -",
			 alone[] = "KELSO, March 3, 2024 \xe2\x80\x93",
			 upd[] = "Updated March 5, 2024 -";
	struct sentence	 v[] = {
		{ .text = title, .kind = SEG_TITLE },
		{ .text = byline, .kind = SEG_BYLINE },
		{ .text = published, .kind = SEG_HEADING },
		{ .text = body, .kind = SEG_SENTENCE },
	};
	struct sentence	 w[] = {
		{ .text = nodate, .kind = SEG_DATELINE },
		{ .text = month, .kind = SEG_HEADING },
		{ .text = updated, .kind = SEG_HEADING },
		{ .text = said, .kind = SEG_SENTENCE },
		{ .text = dated, .kind = SEG_DATELINE },
	};
	struct sentence	 x[] = {
		{ .text = NULL, .kind = SEG_HEADING },
	};
	struct meta	 m;

	memset(&m, 0, sizeof m);
	meta_from_text(&m, v, 4);
	T_INT(m.nauthors, 2);
	if (m.nauthors == 2) {
		T_STR(m.authors[0], "Jane Doe");
		T_STR(m.authors[1], "Bo Chen");
	}
	T_STR(m.date, "2024-03-04");
	meta_clear(&m);
	/* The page's own authors and date stand. */
	meta_add_author(&m, "Ann Lee");
	m.date = xstrdup("2024-01-01");
	meta_from_text(&m, v, 4);
	T_INT(m.nauthors, 1);
	T_STR(m.date, "2024-01-01");
	meta_clear(&m);
	/* No year, no day, an update, a sentence: no date; a dateline with
	 * its year: its day. */
	meta_from_text(&m, w, 4);
	T_OK(m.date == NULL);
	meta_from_text(&m, w, 5);
	T_STR(m.date, "2024-03-03");
	T_INT(m.nauthors, 0);
	meta_clear(&m);
	/* A dateline alone on its line: its day; a heading that ends in a
	 * dash, no dateline, none. */
	x[0].text = upd;
	meta_from_text(&m, x, 1);
	T_OK(m.date == NULL);
	x[0].text = alone;
	x[0].kind = SEG_DATELINE;
	meta_from_text(&m, x, 1);
	T_STR(m.date, "2024-03-03");
	meta_clear(&m);
}

static void
test_charsets(void)
{
	char	*t;

	/* The transport's charset wins over the page's. */
	t = extract("<meta charset=\"utf-8\"><p>caf\xe9 cr\xe8me, "
	    "the menu said.</p>", "ISO-8859-1", NULL);
	T_STR(t, "café crème, the menu said.\n");
	free(t);
	t = extract("<meta http-equiv=\"content-type\" content=\"text/html; "
	    "charset=koi8-r\"><p>\xf0\xd2\xc9\xd7\xc5\xd4, the text said."
	    "</p>", NULL, NULL);
	T_STR(t, "Привет, the text said.\n");
	free(t);
	/* Undeclared: UTF-8 when valid, else windows-1252. */
	t = extract("<p>na\xc3\xafve, \xe2\x80\x9cquoted\xe2\x80\x9d</p>",
	    NULL, NULL);
	T_STR(t, "naïve, “quoted”\n");
	free(t);
	t = extract("<p>\x93quoted\x94 \x80 5</p>", NULL, NULL);
	T_STR(t, "“quoted” € 5\n");
	free(t);
	/* A UTF-8 page with a stale label is UTF-8. */
	t = extract("<meta charset=\"windows-1252\"><p>\xc3\xa9t\xc3\xa9</p>",
	    NULL, NULL);
	T_STR(t, "été\n");
	free(t);
	t = extract("<meta charset=\"utf-8\"><p>bad \xff byte</p>", NULL,
	    NULL);
	T_STR(t, "ERROR: not UTF-8 at byte 29");
	free(t);
	t = extract("<meta charset=\"no-such-charset\"><p>\xe9</p>", NULL,
	    NULL);
	T_STR(t, "ERROR: unknown character set 'no-such-charset'");
	free(t);
	t = extract("<p>a\x00b</p>", NULL, NULL);
	T_STR(t, "a\n");	/* strlen() stops at the NUL: only "<p>a" */
	free(t);
}

/* libxml2 never writes to stderr, whatever the page. */
static void
test_silent(void)
{
	char	 tmpl[] = "/tmp/cd-html-XXXXXX", *t;
	int	 fd, saved;
	off_t	 size;

	if ((fd = mkstemp(tmpl)) == -1) {
		T_FAIL("mkstemp");
		return;
	}
	fflush(stderr);
	saved = dup(STDERR_FILENO);
	dup2(fd, STDERR_FILENO);
	t = extract("<!DOCTYPE html SYSTEM \"http://127.0.0.1:1/x.dtd\" "
	    "[<!ENTITY e SYSTEM \"file:///etc/passwd\">]><html><body><p>&e; "
	    "&nosuch; <b><i></b></i></p></td></table><p>x &#xFFFFFF; "
	    "&#0;</p><?php echo 1 ?><![CDATA[x]]></html></html><html>",
	    NULL, NULL);
	free(t);
	t = extract("<meta charset=\"shift_jis\"><p>\x82\xa0 \xff\xff</p>",
	    NULL, NULL);
	free(t);
	fflush(stderr);
	dup2(saved, STDERR_FILENO);
	close(saved);
	size = lseek(fd, 0, SEEK_END);
	close(fd);
	unlink(tmpl);
	T_INT(size, 0);
}

static void
test_sniff(void)
{
	const char	*what;
	char		*h;

	T_INT(sniff("%PDF-1.4\n", 9, &what), SNIFF_PDF);
	T_STR(what, "a PDF document");
	T_INT(sniff("\x89PNG\r\n\x1a\n", 8, NULL), SNIFF_IMAGE);
	T_INT(sniff("GIF89a", 6, NULL), SNIFF_IMAGE);
	T_INT(sniff("RIFF\0\0\0\0WEBPVP8 ", 16, NULL), SNIFF_IMAGE);
	T_INT(sniff("PK\x03\x04....word/document.xml", 27, NULL), SNIFF_WORD);
	T_INT(sniff("PK\x03\x04", 4, NULL), SNIFF_ZIP);
	T_INT(sniff("\x1f\x8b\x08", 3, NULL), SNIFF_COMPRESSED);
	T_INT(sniff("\xef\xbb\xbf  <!doctype HTML>", 21, NULL), SNIFF_HTML);
	T_INT(sniff("\n<HTML lang=en>", 15, NULL), SNIFF_HTML);
	T_INT(sniff("<?xml version=\"1.0\"?>\n<html>", 28, NULL), SNIFF_HTML);
	T_INT(sniff("<!-- saved from url -->", 23, NULL), SNIFF_HTML);
	T_INT(sniff("<p>Hello</p>", 12, NULL), SNIFF_HTML);
	T_INT(sniff("<pre>", 5, NULL), SNIFF_TEXT);
	T_INT(sniff("Title\n\n<b>not html</b>", 22, NULL), SNIFF_TEXT);
	T_INT(sniff("", 0, NULL), SNIFF_TEXT);
	h = sniff_hint(SNIFF_PDF, "a PDF document", "r.pdf", NULL);
	T_STR(h, "a PDF document; convert it to text first (`pdftotext r.pdf "
	    "- >article.txt`)");
	free(h);
	h = sniff_hint(SNIFF_WORD, "a Word document", "m.docx", NULL);
	T_STR(h, "a Word document; convert it to text first (`pandoc -t "
	    "plain m.docx >article.txt`)");
	free(h);
	h = sniff_hint(SNIFF_OLE, "an Office document", "m.doc", "cat");
	T_STR(h, "an Office document; convert a .doc with `antiword m.doc` "
	    "and pipe it to `cat`");
	free(h);
	T_OK(sniff_hint(SNIFF_HTML, "a web page", "x", NULL) == NULL);
}

static void
test_hints(void)
{
	const struct hints	*h = hints_default();
	struct hints		*bad;
	char			*cause;

	T_INT(hints_classify(h, "ad-slot top"), HINT_UNLIKELY | HINT_NEGATIVE);
	T_INT(hints_classify(h, "site-header") & HINT_UNLIKELY, HINT_UNLIKELY);
	T_INT(hints_classify(h, "page-header article-title") & HINT_MAYBE,
	    HINT_MAYBE);
	T_INT(hints_classify(h, "loading shadow") & HINT_UNLIKELY, 0);
	T_INT(hints_classify(h, "entry-content") & HINT_POSITIVE,
	    HINT_POSITIVE);
	T_INT(hints_classify(h, NULL), 0);
	T_OK(hints_drop(h, "ADVERTISEMENT"));
	T_OK(hints_drop(h, " Read more \xc2\xbb") == 0);	/* not ASCII */
	T_OK(hints_drop(h, "Read more..."));
	T_OK(!hints_drop(h, "Read more about the budget"));
	T_INT(hints_ldtype(h, "NewsArticle"), 1);
	T_INT(hints_ldtype(h, "https://schema.org/Article"), 0);
	T_INT(hints_ldtype(h, "Person"), -1);
	bad = hints_parse("x", "unlikely\n", 9, &cause);
	T_OK(bad == NULL);
	T_STR(cause, "x:1: a hint needs a pattern");
	free(cause);
	bad = hints_parse("x", "# c\nsometimes foo\n", 18, &cause);
	T_STR(cause, "x:2: unknown kind of hint: sometimes");
	free(cause);
}

/* A UTF-16 page cut in the middle of a unit (an odd number of bytes) is
 * refused; it once read nothing, forever. */
static void
test_utf16_cut(void)
{
	static const char	page[] = "\xff\xfe<\0p\0>\0h\0i\0<";
	struct html_page	 hp;
	char			*cause = NULL;

	T_INT(html_extract(page, sizeof page - 1, NULL, NULL, &hp, &cause),
	    -1);
	T_OK(cause != NULL && strstr(cause, "UTF-16") != NULL);
	free(cause);
}

int
main(void)
{
	T_RUN(test_blocks);
	T_RUN(test_boilerplate);
	T_RUN(test_lists_quotes);
	T_RUN(test_note_references);
	T_RUN(test_meta);
	T_RUN(test_meta_lines);
	T_RUN(test_charsets);
	T_RUN(test_silent);
	T_RUN(test_sniff);
	T_RUN(test_hints);
	T_RUN(test_utf16_cut);
	return T_DONE();
}
