/* sniff.h: what a file is, from its first bytes: text, a web page, or a
 * document claimdesk cannot read (PDF, image, office file, archive). */
#ifndef CD_SNIFF_H
#define CD_SNIFF_H

#include <stddef.h>

enum sniff_kind {
	SNIFF_TEXT,		/* anything else: read as text */
	SNIFF_HTML,		/* a web page */
	SNIFF_PDF,
	SNIFF_IMAGE,
	SNIFF_WORD,		/* .docx */
	SNIFF_ODT,		/* OpenDocument text */
	SNIFF_OLE,		/* old Microsoft Office (.doc, .xls, .ppt) */
	SNIFF_RTF,
	SNIFF_EPUB,
	SNIFF_SHEET,		/* spreadsheet or slides in a zip */
	SNIFF_ZIP,
	SNIFF_COMPRESSED	/* gzip, bzip2, xz, zstd */
};

/*
 * What LEN bytes of S are. Documents are told by their magic bytes; a web
 * page by how it starts (a doctype, <html>, <head>, <body>, a comment, or
 * one of the tags WHATWG's sniffing rules name, after white space and a
 * byte-order mark). *WHAT (may be NULL) gets a static description ("a PDF
 * document", "a PNG image").
 */
enum sniff_kind	 sniff(const char *s, size_t len, const char **what);

/*
 * One line for a document claimdesk cannot read: what it is and how to
 * convert it. NAME is the file as the user gave it; STDIN_CMD (may be NULL)
 * is the command that reads the converted text from standard input
 * ("claimdesk extract -"): the hint pipes into it, else it writes a text
 * file. Returns an allocated string, or NULL for SNIFF_TEXT and SNIFF_HTML.
 */
char		*sniff_hint(enum sniff_kind, const char *what, const char *name,
		    const char *stdin_cmd);
/* CAUSE ("not UTF-8 at byte 3") with how to turn a file NAME in another
 * encoding into UTF-8 (iconv), piped into STDIN_CMD as sniff_hint()'s.
 * Allocated. */
char		*sniff_encoding_hint(const char *cause, const char *name,
		    const char *stdin_cmd);

#endif
