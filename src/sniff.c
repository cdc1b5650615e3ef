/* sniff.c: what a file is, from its first bytes: text, a web page, or a
 * document claimdesk cannot read (PDF, image, office file, archive). */
#include <string.h>
#include <strings.h>

#include "sniff.h"
#include "utf8.h"
#include "xmalloc.h"

#define ZIP_SCAN	((size_t)64 << 10)	/* bytes of a zip looked at */

static int
starts(const char *s, size_t len, const char *magic, size_t mlen)
{
	return len >= mlen && memcmp(s, magic, mlen) == 0;
}

static const void *
find(const char *s, size_t len, const char *needle)
{
	size_t	n = strlen(needle), i;

	if (len > ZIP_SCAN)
		len = ZIP_SCAN;
	for (i = 0; i + n <= len; i++) {
		if (s[i] == needle[0] && memcmp(s + i, needle, n) == 0)
			return s + i;
	}
	return NULL;
}

/* The tags that start a web page by WHATWG's sniffing rules, each followed
 * by white space or '>'. */
static const char *const html_starts[] = {
	"!doctype html", "html", "head", "script", "iframe", "h1", "div",
	"font", "table", "a", "style", "title", "b", "body", "br", "p",
	"!--", "meta", "link", "article", NULL
};

static int
looks_html(const char *s, size_t len)
{
	const char	*p = s, *end = s + len;
	size_t		 i, n;

	if (starts(p, len, "\xef\xbb\xbf", 3))
		p += 3;
	while (p < end && UTF8_ASCII_SPACE(*p))
		p++;
	/* XHTML: an XML declaration first. */
	if (end - p > 5 && strncmp(p, "<?xml", 5) == 0) {
		p = memchr(p, '>', (size_t)(end - p));
		if (p == NULL)
			return 0;
		for (p++; p < end && UTF8_ASCII_SPACE(*p); p++)
			;
	}
	if (p >= end || *p != '<')
		return 0;
	p++;
	for (i = 0; html_starts[i] != NULL; i++) {
		n = strlen(html_starts[i]);
		if ((size_t)(end - p) > n &&
		    strncasecmp(p, html_starts[i], n) == 0 &&
		    (UTF8_ASCII_SPACE(p[n]) || p[n] == '>' ||
		    (html_starts[i][0] == '!' && html_starts[i][1] == '-')))
			return 1;
	}
	return 0;
}

enum sniff_kind
sniff(const char *s, size_t len, const char **what)
{
	const char	*dummy;

	if (what == NULL)
		what = &dummy;
	*what = "text";
	if (starts(s, len, "%PDF-", 5)) {
		*what = "a PDF document";
		return SNIFF_PDF;
	}
	if (starts(s, len, "\x89PNG\r\n\x1a\n", 8)) {
		*what = "a PNG image";
		return SNIFF_IMAGE;
	}
	if (starts(s, len, "\xff\xd8\xff", 3)) {
		*what = "a JPEG image";
		return SNIFF_IMAGE;
	}
	if (starts(s, len, "GIF87a", 6) || starts(s, len, "GIF89a", 6)) {
		*what = "a GIF image";
		return SNIFF_IMAGE;
	}
	if (len >= 12 && starts(s, len, "RIFF", 4) &&
	    memcmp(s + 8, "WEBP", 4) == 0) {
		*what = "a WebP image";
		return SNIFF_IMAGE;
	}
	if (starts(s, len, "II*\0", 4) || starts(s, len, "MM\0*", 4)) {
		*what = "a TIFF image";
		return SNIFF_IMAGE;
	}
	if (len >= 12 && memcmp(s + 4, "ftyp", 4) == 0 &&
	    (memcmp(s + 8, "heic", 4) == 0 || memcmp(s + 8, "heix", 4) == 0 ||
	    memcmp(s + 8, "avif", 4) == 0 || memcmp(s + 8, "mif1", 4) == 0)) {
		*what = "a HEIF image";
		return SNIFF_IMAGE;
	}
	if (starts(s, len, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8)) {
		*what = "a Microsoft Office document (.doc, .xls or .ppt)";
		return SNIFF_OLE;
	}
	if (starts(s, len, "{\\rtf", 5)) {
		*what = "an RTF document";
		return SNIFF_RTF;
	}
	if (starts(s, len, "PK\x03\x04", 4)) {
		if (find(s, len, "application/epub+zip") != NULL) {
			*what = "an EPUB book";
			return SNIFF_EPUB;
		}
		if (find(s, len, "application/vnd.oasis.opendocument.text")) {
			*what = "an OpenDocument text (.odt)";
			return SNIFF_ODT;
		}
		if (find(s, len, "word/") != NULL) {
			*what = "a Word document (.docx)";
			return SNIFF_WORD;
		}
		if (find(s, len, "xl/") != NULL || find(s, len, "ppt/") ||
		    find(s, len, "application/vnd.oasis.opendocument.")) {
			*what = "a spreadsheet or presentation";
			return SNIFF_SHEET;
		}
		*what = "a ZIP archive";
		return SNIFF_ZIP;
	}
	if (starts(s, len, "\x1f\x8b", 2)) {
		*what = "a gzip-compressed file";
		return SNIFF_COMPRESSED;
	}
	if (starts(s, len, "BZh", 3) && len > 3 && s[3] >= '1' && s[3] <= '9') {
		*what = "a bzip2-compressed file";
		return SNIFF_COMPRESSED;
	}
	if (starts(s, len, "\xfd" "7zXZ\0", 6)) {
		*what = "an xz-compressed file";
		return SNIFF_COMPRESSED;
	}
	if (starts(s, len, "\x28\xb5\x2f\xfd", 4)) {
		*what = "a zstd-compressed file";
		return SNIFF_COMPRESSED;
	}
	if (looks_html(s, len)) {
		*what = "a web page";
		return SNIFF_HTML;
	}
	return SNIFF_TEXT;
}

/* WHAT, then how to convert THING ("it", "a .doc") with "TOOL NAME OUT"
 * (OUT, where the tool writes, may be NULL): piped into STDIN_CMD, or
 * written to a text file when STDIN_CMD is NULL. A URL NAME is
 * downloaded first: the tools read files. */
static char *
convert_hint(const char *what, const char *thing, const char *tool,
    const char *name, const char *out, const char *stdin_cmd)
{
	const char	*sp = out != NULL ? " " : "";

	if (out == NULL)
		out = "";
	if (strncasecmp(name, "http://", 7) == 0 ||
	    strncasecmp(name, "https://", 8) == 0)
		return xasprintf("%s; download %s and convert it to text first "
		    "(`curl -sLo article '%s' && %s article%s%s >article.txt`)",
		    what, thing, name, tool, sp, out);
	if (stdin_cmd != NULL)
		return xasprintf("%s; convert %s with `%s %s%s%s` and pipe it "
		    "to `%s`", what, thing, tool, name, sp, out, stdin_cmd);
	return xasprintf("%s; convert %s to text first (`%s %s%s%s "
	    ">article.txt`)", what, thing, tool, name, sp, out);
}

char *
sniff_hint(enum sniff_kind kind, const char *what, const char *name,
    const char *stdin_cmd)
{
	switch (kind) {
	case SNIFF_TEXT:
	case SNIFF_HTML:
		return NULL;
	case SNIFF_PDF:
		return convert_hint(what, "it", "pdftotext", name, "-",
		    stdin_cmd);
	case SNIFF_IMAGE:
		/* tesseract writes to standard output when told "stdout". */
		return convert_hint(what, "it", "tesseract", name, "stdout",
		    stdin_cmd);
	case SNIFF_WORD:
	case SNIFF_ODT:
	case SNIFF_EPUB:
	case SNIFF_RTF:
		return convert_hint(what, "it", "pandoc -t plain", name, NULL,
		    stdin_cmd);
	case SNIFF_OLE:
		return convert_hint(what, "a .doc", "antiword", name, NULL,
		    stdin_cmd);
	case SNIFF_SHEET:
		return xasprintf("%s, not an article", what);
	case SNIFF_ZIP:
		return xasprintf("%s; unpack it and give claimdesk the "
		    "article inside", what);
	case SNIFF_COMPRESSED:
		return xasprintf("%s; decompress it first", what);
	}
	return NULL;
}

char *
sniff_encoding_hint(const char *cause, const char *name,
    const char *stdin_cmd)
{
	if (strcmp(name, "-") == 0)
		return xasprintf("%s: text in another encoding? `iconv -f "
		    "WINDOWS-1252 -t UTF-8` before claimdesk in the pipe reads "
		    "Latin-1 or Windows text", cause);
	if (stdin_cmd != NULL)
		return xasprintf("%s: text in another encoding? `iconv -f "
		    "WINDOWS-1252 -t UTF-8 %s | %s` reads Latin-1 or Windows "
		    "text", cause, name, stdin_cmd);
	return xasprintf("%s: text in another encoding? `iconv -f "
	    "WINDOWS-1252 -t UTF-8 %s >article.txt` converts Latin-1 or "
	    "Windows text", cause, name);
}
