/* test_export.c: the report writers on small in-memory databases. */
#include <sys/stat.h>

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db.h"

#include "export-int.h"
#include "json.h"
#include "store.h"
#include "t.h"
#include "xmalloc.h"

static char	*db_file;

/* A database with every migration and article 1: "A title" whose text
 * holds four sentences, claims over them (the second dismissed), and a
 * verdict or two. */
static struct store *
db_new(void)
{
	struct store	*s;
	char		*err = NULL, tmpl[] = "/tmp/cdtest-export.XXXXXX";
	int		 fd;

	if ((fd = mkstemp(tmpl)) == -1)
		return NULL;
	close(fd);
	unlink(tmpl);
	free(db_file);
	db_file = strdup(tmpl);
	if ((s = store_open(db_file, 0, &err)) == NULL) {
		fprintf(stderr, "db_new: %s\n", err);
		free(err);
		return NULL;
	}
	if (db_exec(store_db(s),
	    "INSERT INTO article (id, path, title, created_at) VALUES"
	    " (1, '/a.txt', 'A title', 'T0');"
	    "INSERT INTO revision (id, article_id, number, text, hash, title,"
	    " imported_at, imported_by) VALUES (1, 1, 1, CAST('One is 1. "
	    "Two is 2. Three is 3. Four is 4.' AS BLOB), 'h', 'A title',"
	    " 'T1', 'me');"
	    "INSERT INTO claim (id, revision_id, start, \"end\", text, source,"
	    " dismissed, number) VALUES (1, 1, 0, 9, 'One is 1.', 'Ann Lee', 0,"
	    " 1), (2, 1, 10, 19, 'Two is 2.', NULL, 1, 2),"
	    " (3, 1, 20, 31, 'Three is 3.', 'the police', 0, 3),"
	    " (4, 1, 32, 42, 'Four is 4.', NULL, 0, 4);"
	    "INSERT INTO verdict (claim_id, status, note, reviewer, updated_at)"
	    " VALUES (1, 'verified', 'ok', 'ann', 'T2'),"
	    " (3, 'disputed', '', 'bob', 'T3');") != 0) {
		fprintf(stderr, "db_new: %s\n", db_errmsg(store_db(s)));
		store_close(s);
		return NULL;
	}
	return s;
}

static void
db_discard(struct store *s)
{
	char	*wal;

	store_close(s);
	if (db_file == NULL)
		return;
	unlink(db_file);
	wal = xasprintf("%s-wal", db_file);
	unlink(wal);
	free(wal);
	wal = xasprintf("%s-shm", db_file);
	unlink(wal);
	free(wal);
}

static void
sql_exec(struct store *s, const char *sql)
{
	if (db_exec(store_db(s), sql) != 0)
		T_FAIL("%s: %s", sql, db_errmsg(store_db(s)));
}

/* Reads F from its start into an allocated string. */
static char *
slurp(FILE *f)
{
	char	*buf;
	long	 len;

	fflush(f);
	len = ftell(f);
	rewind(f);
	buf = calloc(1, (size_t)len + 1);
	if (buf != NULL && len > 0 && fread(buf, 1, (size_t)len, f) !=
	    (size_t)len)
		buf[0] = '\0';
	return buf;
}

/* Runs an export of FORMAT; the output (allocated) or NULL, *RC. */
static char *
run(struct store *db, struct export_opts *o, enum export_format format, int *rc)
{
	FILE	*f = tmpfile();
	char	*cause = NULL, *out;

	o->format = format;
	o->generated_at = "2025-01-01T00:00:00Z";
	*rc = export_run(db, o, f, &cause);
	if (*rc == -1)
		printf("# cause: %s\n", cause);
	free(cause);
	out = slurp(f);
	fclose(f);
	return out;
}

/* Applies WRITE to S through a temporary file; the output, allocated. */
static char *
text_of(void (*write)(FILE *, const char *), const char *s)
{
	FILE	*f = tmpfile();
	char	*out;

	write(f, s);
	out = slurp(f);
	fclose(f);
	return out;
}

static void
md_one_line(FILE *f, const char *s)
{
	export_md_text(f, s, 0);
}

static void
md_lines(FILE *f, const char *s)
{
	export_md_text(f, s, 1);
}

static void
html_all(FILE *f, const char *s)
{
	export_html_text(f, s, strlen(s));
}

#define CHECK_TEXT(fn, in, want) do {					\
	char *got_ = text_of(fn, in);					\
	T_STR(got_, want);						\
	free(got_);							\
} while (0)

static void
test_formats(void)
{
	T_INT(export_format_parse("md"), EXPORT_MD);
	T_INT(export_format_parse("claimreview"), EXPORT_CLAIMREVIEW);
	T_INT(export_format_parse("xml"), -1);
	T_STR(export_format_name(EXPORT_CSV), "csv");
	T_INT(export_format_guess("out/report.HTML"), EXPORT_HTML);
	T_INT(export_format_guess("r.jsonld"), EXPORT_CLAIMREVIEW);
	T_INT(export_format_guess("r.json"), EXPORT_JSON);
	T_INT(export_format_guess("a.d/report"), -1);
	T_INT(export_format_guess("report"), -1);
}

static void
test_csv_cells(void)
{
	CHECK_TEXT(export_csv_cell, "plain", "plain");
	CHECK_TEXT(export_csv_cell, "a,b", "\"a,b\"");
	CHECK_TEXT(export_csv_cell, "say \"hi\"", "\"say \"\"hi\"\"\"");
	CHECK_TEXT(export_csv_cell, "two\r\nlines", "\"two\nlines\"");
	CHECK_TEXT(export_csv_cell, "=1+1", "'=1+1");
	CHECK_TEXT(export_csv_cell, "+1", "'+1");
	CHECK_TEXT(export_csv_cell, "-1", "'-1");
	CHECK_TEXT(export_csv_cell, "@SUM(A1)", "'@SUM(A1)");
	CHECK_TEXT(export_csv_cell, "\tx", "'\tx");
	CHECK_TEXT(export_csv_cell, "\rx", "\"'\nx\"");
	CHECK_TEXT(export_csv_cell, "=HYPERLINK(\"u\",\"x\")",
	    "\"'=HYPERLINK(\"\"u\"\",\"\"x\"\")\"");
	CHECK_TEXT(export_csv_cell, "a=1", "a=1");
	CHECK_TEXT(export_csv_cell, "esc\x1b[0m", "esc^[[0m");
	CHECK_TEXT(export_csv_cell, "bad\xff", "bad\xef\xbf\xbd");
	CHECK_TEXT(export_csv_cell, "", "");
}

static void
test_md_text(void)
{
	CHECK_TEXT(md_one_line, "<script>alert(1)</script>",
	    "\\<script\\>alert(1)\\</script\\>");
	CHECK_TEXT(md_one_line, "*a* _b_ `c` [d](e) & f | g ~ #h",
	    "\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\& f \\| g \\~ \\#h");
	CHECK_TEXT(md_one_line, "back\\slash", "back\\\\slash");
	CHECK_TEXT(md_one_line, "two\nlines", "two lines");
	CHECK_TEXT(md_one_line, "ctl\x07", "ctl^G");
	CHECK_TEXT(md_lines, "- item\n1. one\n+ two\n= three",
	    "\\- item\\\n  1\\. one\\\n  \\+ two\\\n  \\= three");
	CHECK_TEXT(md_lines, "a\n\nb\r\n\n", "a\\\n  \\\n  b");
	CHECK_TEXT(md_lines, "see https://x.org/a_b. ok",
	    "see <https://x.org/a_b>. ok");
	CHECK_TEXT(md_lines, "[x](javascript:alert(1))",
	    "\\[x\\](javascript:alert(1))");
}

static void
test_html_text(void)
{
	CHECK_TEXT(html_all, "<script>alert('x') & \"y\"</script>",
	    "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
	CHECK_TEXT(html_all, "a\r\nb\rc\nd", "a\nb\nc\nd");
	CHECK_TEXT(html_all, "nul\x01 del\x7f", "nul^A del^?");
	/* U+202E (right-to-left override) and a C1 control. */
	CHECK_TEXT(html_all, "x\xe2\x80\xae" "y\xc2\x9b",
	    "x&lt;U+202E&gt;y&lt;U+009B&gt;");
	CHECK_TEXT(html_all, "\xc3\x28 \xed\xa0\x80",
	    "\xef\xbf\xbd( \xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
	CHECK_TEXT(html_all, "Ünïcödé 北朝鮮", "Ünïcödé 北朝鮮");
	/* The joiners of Persian words and emoji are kept; a zero width
	 * space, which hides a word break, is shown. */
	CHECK_TEXT(html_all, "\xd9\x85\xdb\x8c\xe2\x80\x8c\xd8\xae "
	    "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9 a\xe2\x80\x8b" "b",
	    "\xd9\x85\xdb\x8c\xe2\x80\x8c\xd8\xae "
	    "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9 a&lt;U+200B&gt;b");
	CHECK_TEXT(md_one_line, "a\xe2\x80\x8d" "b", "a\xe2\x80\x8d" "b");
}

static void
test_links(void)
{
	const char	*s;

	s = "https://example.org/a_(b)_c. next";
	T_INT(export_text_link(s, strlen(s)), strlen("https://example.org/a_(b)_c"));
	s = "http://x.org/p?q=1&r=2), and";
	T_INT(export_text_link(s, strlen(s)), strlen("http://x.org/p?q=1&r=2"));
	s = "https://x.org/<script>";
	T_INT(export_text_link(s, strlen(s)), strlen("https://x.org/"));
	s = "javascript:alert(1)";
	T_INT(export_text_link(s, strlen(s)), 0);
	/* No link where a published one could not be: a bad host name, a
	 * password. */
	s = "https://x..org/a and more";
	T_INT(export_text_link(s, strlen(s)), 0);
	s = "https://me:pw@x.org/a";
	T_INT(export_text_link(s, strlen(s)), 0);
	s = "https://";
	T_INT(export_text_link(s, strlen(s)), 0);
	s = "HTTPS://X.ORG";
	T_INT(export_text_link(s, strlen(s)), strlen(s));
	/* Non-ASCII belongs to a link; a control, override or bad byte ends
	 * it (a placeholder inside an autolink would break it). */
	s = "https://de.wikipedia.org/wiki/M\xc3\xbcller";
	T_INT(export_text_link(s, strlen(s)), strlen(s));
	s = "https://x.org/a\xc2\x85" "b";
	T_INT(export_text_link(s, strlen(s)), strlen("https://x.org/a"));
	s = "https://x.org/\xe2\x80\xae" "exe.txt";
	T_INT(export_text_link(s, strlen(s)), strlen("https://x.org/"));
	s = "https://x.org/a\xff";
	T_INT(export_text_link(s, strlen(s)), strlen("https://x.org/a"));
	CHECK_TEXT(md_lines, "see https://x.org/a\xc2\x85" "b",
	    "see <https://x.org/a>\\<U+0085\\>b");
}

static void
json_all(FILE *f, const char *s)
{
	json_string(f, s, strlen(s));
}

/* JSON strings: what a terminal or a browser would obey is escaped, C1
 * controls and bidi overrides included; other text is kept as it is. */
static void
test_json_string(void)
{
	CHECK_TEXT(json_all, "a\x1b[2J\x7f<&>\"\\", "\"a\\u001b[2J\\u007f"
	    "\\u003c\\u0026\\u003e\\\"\\\\\"");
	CHECK_TEXT(json_all, "csi \xc2\x9b nel \xc2\x85 end",
	    "\"csi \\u009b nel \\u0085 end\"");
	CHECK_TEXT(json_all,
	    "rlo \xe2\x80\xae lri \xe2\x81\xa6 ls \xe2\x80\xa8",
	    "\"rlo \\u202e lri \\u2066 ls \\u2028\"");
	CHECK_TEXT(json_all,
	    "caf\xc3\xa9 \xc2\xa0 \xe2\x80\x9c\xf0\x9f\x98\x80 \xff",
	    "\"caf\xc3\xa9 \xc2\xa0 \xe2\x80\x9c\xf0\x9f\x98\x80 \\ufffd\"");
}

static void
test_author_type(void)
{
	T_STR(export_claimreview_author_type("Kim Jong Un"), "Person");
	T_STR(export_claimreview_author_type("Dr. Ann Lee"), "Person");
	T_STR(export_claimreview_author_type("Putin"), "Person");
	T_STR(export_claimreview_author_type("the customs office"),
	    "Organization");
	T_STR(export_claimreview_author_type("The Kremlin"), "Organization");
	T_STR(export_claimreview_author_type("police figures"),
	    "Organization");
	T_STR(export_claimreview_author_type("NATO"), "Organization");
	T_STR(export_claimreview_author_type("Korean Central News Agency"),
	    "Organization");
	T_STR(export_claimreview_author_type("Bank of Korea"),
	    "Organization");
	/* A byline's author: a newsroom named as one is no person. */
	T_STR(export_claimreview_byline_type("Maria Lopez"), "Person");
	T_STR(export_claimreview_byline_type("J.R. Smith"), "Person");
	T_STR(export_claimreview_byline_type("Staff"), "Organization");
	T_STR(export_claimreview_byline_type("The Editorial Board"),
	    "Organization");
	T_STR(export_claimreview_byline_type("Reuters Staff"),
	    "Organization");
	T_STR(export_claimreview_byline_type("AP"), "Organization");
	T_STR(export_claimreview_byline_type("Kelso Herald"), "Organization");
	/* A surname that names a body in a source is a surname here. */
	T_STR(export_claimreview_byline_type("Margaret Court"), "Person");
	T_STR(export_claimreview_byline_type("Emily Post"), "Person");
	T_STR(export_claimreview_byline_type("Robert Service"), "Person");
}

/* Numbers count dismissed claims (as on screen); dismissed claims are not
 * written; the status filter keeps only what it names. */
static void
test_numbers_and_filter(void)
{
	struct export_opts	 o;
	struct store		*db = db_new();
	char			*out;
	int			 rc;

	T_OK(db != NULL);
	if (db == NULL)
		return;
	memset(&o, 0, sizeof o);
	out = run(db, &o, EXPORT_CSV, &rc);
	T_INT(rc, 0);
	T_STR(out, "article_id,article_title,claim,start,end,status,"
	    "claim_text,source,note,reviewer,updated_at,stale_text,"
	    "source_role,source_kind\r\n"
	    "1,A title,1,0,9,verified,One is 1.,Ann Lee,ok,ann,T2,,,\r\n"
	    "1,A title,3,20,31,disputed,Three is 3.,the police,,bob,T3,,,"
	    "\r\n"
	    "1,A title,4,32,42,unreviewed,Four is 4.,,,,,,,\r\n");
	free(out);

	o.statuses = EXPORT_STATUS(VERDICT_DISPUTED) |
	    EXPORT_STATUS(VERDICT_NONE);
	out = run(db, &o, EXPORT_CSV, &rc);
	T_OK(out != NULL && strstr(out, ",1,0,9,") == NULL);
	T_OK(out != NULL && strstr(out, ",3,20,31,disputed,") != NULL);
	T_OK(out != NULL && strstr(out, ",4,32,42,unreviewed,") != NULL);
	free(out);

	/* Nothing unsourced: the article is left out of md. */
	o.statuses = EXPORT_STATUS(VERDICT_UNSOURCED);
	out = run(db, &o, EXPORT_MD, &rc);
	T_INT(rc, 0);
	T_OK(out != NULL && strstr(out, "A title") == NULL);
	T_OK(out != NULL && strstr(out, "Only claims that are unsourced.") !=
	    NULL);
	free(out);
	db_discard(db);
}

/* ClaimReview: only claims with a verdict, the rating scale, the url with
 * the claim's anchor, the author's type. */
static void
test_claimreview(void)
{
	struct export_opts	 o;
	struct store		*db = db_new();
	char			*out;
	int			 rc;

	if (db == NULL)
		return;
	memset(&o, 0, sizeof o);
	o.org = "Checks & Co";
	o.url = "https://c.example/r.html#old";
	out = run(db, &o, EXPORT_CLAIMREVIEW, &rc);
	T_INT(rc, 0);
	T_OK(out != NULL && out[0] == '[');
	T_OK(strstr(out, "\"url\": \"https://c.example/r.html#a1-c1\"") !=
	    NULL);
	T_OK(strstr(out, "\"url\": \"https://c.example/r.html#a1-c3\"") !=
	    NULL);
	T_OK(strstr(out, "a1-c4") == NULL);
	T_OK(strstr(out, "\"alternateName\": \"Verified\"") != NULL);
	T_OK(strstr(out, "\"alternateName\": \"Disputed\"") != NULL);
	T_OK(strstr(out, "\"ratingValue\": 1,") != NULL);
	T_OK(strstr(out, "{\"@type\": \"Person\", \"name\": \"Ann Lee\"}") !=
	    NULL);
	T_OK(strstr(out, "\"name\": \"Checks \\u0026 Co\"") != NULL);
	free(out);

	o.statuses = EXPORT_STATUS(VERDICT_NONE);
	out = run(db, &o, EXPORT_CLAIMREVIEW, &rc);
	T_STR(out, "[]\n");
	free(out);
	db_discard(db);
}

/* Every format on an empty database is a valid, empty report. */
static void
test_empty(void)
{
	struct export_opts	 o;
	struct store		*db = db_new();
	char			*out;
	int			 rc;

	if (db == NULL)
		return;
	sql_exec(db, "DELETE FROM verdict; DELETE FROM claim;"
	    " DELETE FROM revision; DELETE FROM article;");
	memset(&o, 0, sizeof o);
	out = run(db, &o, EXPORT_CLAIMREVIEW, &rc);
	T_STR(out, "[]\n");
	free(out);
	out = run(db, &o, EXPORT_JSON, &rc);
	T_OK(out != NULL && strstr(out, "\"articles\": []\n}\n") != NULL);
	free(out);
	out = run(db, &o, EXPORT_HTML, &rc);
	T_OK(out != NULL && strstr(out, "No articles.") != NULL);
	T_OK(out != NULL && strstr(out, "</html>\n") != NULL);
	free(out);
	db_discard(db);
}

/* Overlapping spans: the text is still written once, in order. */
static void
test_html_overlap(void)
{
	struct export_opts	 o;
	struct store		*db = db_new();
	char			*out, *p, *text, *q;
	int			 rc, in_tag = 0;

	if (db == NULL)
		return;
	sql_exec(db, "INSERT INTO claim (id, revision_id, start, \"end\", text,"
	    " number) VALUES (5, 1, 5, 25, 'overlap', 5), (6, 1, 40, 99,"
	    " 'past the end', 6);");
	memset(&o, 0, sizeof o);
	out = run(db, &o, EXPORT_HTML, &rc);
	T_INT(rc, 0);
	text = out != NULL ? strstr(out, "<div class=\"text\">") : NULL;
	T_OK(text != NULL);
	if (text == NULL) {
		free(out);
		db_discard(db);
		return;
	}
	/* Claim 5 (bytes 5-25) shows from where claim 1 ends; claim 6 (past
	 * the end, after claim 5) has nothing left to show but its row. */
	T_OK(strstr(out, "id=\"a1-t5\">") != NULL);
	T_OK(strstr(out, "id=\"a1-t6\"") == NULL);
	T_OK(strstr(out, "id=\"a1-c6\"") != NULL);
	/* The text without its tags and claim labels. */
	for (p = q = text; *p != '\0' && strncmp(p, "</div>", 6) != 0; p++) {
		if (strncmp(p, "<a class=\"n\"", 12) == 0 &&
		    strstr(p, "</a>") != NULL) {
			p = strstr(p, "</a>") + 3;
			continue;
		}
		if (*p == '<')
			in_tag = 1;
		else if (*p == '>')
			in_tag = 0;
		else if (!in_tag)
			*q++ = *p;
	}
	*q = '\0';
	T_STR(text, "One is 1. Two is 2. Three is 3. Four is 4.");
	free(out);
	db_discard(db);
}

/* A write error stops the export with EXPORT_WRITE_ERROR and errno. */
static void
test_write_error(void)
{
	struct export_opts	 o;
	struct store		*db = db_new();
	FILE			*f;
	char			*cause = NULL;
	int			 rc;

	if (db == NULL)
		return;
	if ((f = fopen("/dev/full", "w")) == NULL) {
		db_discard(db);
		return;
	}
	memset(&o, 0, sizeof o);
	o.format = EXPORT_JSON;
	errno = 0;
	rc = export_run(db, &o, f, &cause);
	T_INT(rc, EXPORT_WRITE_ERROR);
	T_INT(errno, ENOSPC);
	T_OK(cause == NULL);
	fclose(f);
	db_discard(db);
}

/* A database error is carried in *CAUSE. */
static void
test_db_error(void)
{
	struct export_opts	 o;
	struct store		*db = db_new();
	char			*out;
	int			 rc;

	if (db == NULL)
		return;
	sql_exec(db, "DROP TABLE claim_match;");
	memset(&o, 0, sizeof o);
	out = run(db, &o, EXPORT_MD, &rc);
	T_INT(rc, -1);
	free(out);
	db_discard(db);
}

static int
stop_now(const struct export_progress *p, void *arg)
{
	(void)p;
	(*(int *)arg)++;
	return 1;
}

static void
test_interrupted(void)
{
	struct export_opts	 o;
	struct store		*db = db_new();
	FILE			*f = tmpfile();
	char			*cause = NULL;
	int			 rc, calls = 0;

	if (db == NULL)
		return;
	memset(&o, 0, sizeof o);
	o.progress = stop_now;
	o.arg = &calls;
	rc = export_run(db, &o, f, &cause);
	T_INT(rc, -1);
	T_STR(cause, "interrupted");
	T_INT(calls, 1);
	free(cause);
	fclose(f);
	db_discard(db);
}

/* export_file: nothing at PATH until commit; abort leaves the old file. */
static void
test_export_file(void)
{
	struct export_file	*ef;
	struct stat		 sb;
	FILE			*out, *f;
	char			 dir[] = "/tmp/test_export.XXXXXX", path[64];
	char			*cause = NULL, buf[32];
	size_t			 n;

	if (mkdtemp(dir) == NULL)
		return;
	snprintf(path, sizeof path, "%s/r.md", dir);
	ef = export_file_open(path, &out, &cause);
	T_OK(ef != NULL);
	fputs("new", out);
	T_OK(access(path, F_OK) != 0);
	T_INT(export_file_commit(ef, &cause), 0);
	f = fopen(path, "r");
	n = f != NULL ? fread(buf, 1, sizeof buf - 1, f) : 0;
	buf[n] = '\0';
	if (f != NULL)
		fclose(f);
	T_STR(buf, "new");

	chmod(path, 0640);
	ef = export_file_open(path, &out, &cause);
	fputs("half a rep", out);
	export_file_abort(ef);
	f = fopen(path, "r");
	n = f != NULL ? fread(buf, 1, sizeof buf - 1, f) : 0;
	buf[n] = '\0';
	if (f != NULL)
		fclose(f);
	T_STR(buf, "new");

	ef = export_file_open(path, &out, &cause);
	fputs("newer", out);
	T_INT(export_file_commit(ef, &cause), 0);
	T_OK(stat(path, &sb) == 0 && (sb.st_mode & 0777) == 0640);

	snprintf(path, sizeof path, "%s/missing/r.md", dir);
	T_OK(export_file_open(path, &out, &cause) == NULL);
	T_STR(cause, "No such file or directory");
	free(cause);

	snprintf(path, sizeof path, "%s/r.md", dir);
	unlink(path);
	rmdir(dir);
}

int
main(void)
{
	T_RUN(test_formats);
	T_RUN(test_csv_cells);
	T_RUN(test_md_text);
	T_RUN(test_html_text);
	T_RUN(test_links);
	T_RUN(test_json_string);
	T_RUN(test_author_type);
	T_RUN(test_numbers_and_filter);
	T_RUN(test_claimreview);
	T_RUN(test_empty);
	T_RUN(test_html_overlap);
	T_RUN(test_write_error);
	T_RUN(test_db_error);
	T_RUN(test_interrupted);
	T_RUN(test_export_file);
	return T_DONE();
}
