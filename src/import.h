/* import.h: an article file read, scored and stored, for import and review. */
#ifndef CD_IMPORT_H
#define CD_IMPORT_H

#include <stddef.h>
#include <stdint.h>

#include "page.h"
#include "store.h"

struct abbrevs;
struct importer;

struct import_opts {
	const char		*rules_path;	/* the rule file */
	const char		*model_path;	/* the model, or NULL for the
						   rules' own weights */
	const struct abbrevs	*abbrevs;	/* borrowed, may be NULL */
	size_t			 max_size;	/* largest article accepted */
	const char		*reviewer;	/* who imports */
	const char		*url;		/* where it was published, or
						   NULL (keeps what is set) */
	int64_t			 as;		/* the article the file is a
						   new revision of (moved,
						   renamed), or 0 */
	enum page_as		 read_as;	/* how to read it: by its
						   content, or as text or a
						   web page (--as) */
	int			 keep_text;	/* an unchanged article's text
						   is handed over in the
						   report (import_report.text)
						   for the review to show */
};

/* What importing one file did. */
struct import_report {
	struct import_result	 res;
	char			*title;		/* owned: the article's title */
	char			*other;		/* owned, or NULL: the path of
						   the article found with the
						   same text under another
						   name */
	int			 moved;		/* that article's file is gone:
						   the article moved to this
						   one */
	char			*warning;	/* owned, or NULL: what did not
						   go well but did not stop
						   the import (a rule stopped
						   by its match limit, earlier
						   verdicts not linked) */
	struct st_text		 text;		/* with keep_text, for an
						   unchanged article: its
						   text, else none */
};

/* An importer into STORE (borrowed) with OPTS (copied; its strings are
 * borrowed). The rules are loaded when first needed, or by
 * importer_prepare(). Free with importer_free(). */
struct importer	*importer_new(struct store *, const struct import_opts *);
void		 importer_free(struct importer *);

/* Loads the rules now, so a bad rule file is reported before any work.
 * 0, or -1 with *CAUSE ("FILE:LINE:COLUMN: message"). */
int		 importer_prepare(struct importer *, char **cause);

/*
 * Imports FILE: a file, an http(s) URL (fetched) or "-" (standard input),
 * read as page_load() reads it: a web page becomes its article's text,
 * which is what the revision stores (so nothing needs the page or the
 * network afterwards), with the page's metadata (the address fetched
 * standing for the canonical URL when the page names none). The article
 * is known by its file's canonical path, by its URL (paths_url()), or,
 * from standard input, by "stdin:" and its text's hash. The result is a
 * new article, a new revision of a changed one, or nothing for one whose
 * text is unchanged since its import, whatever else changed in its page
 * (its claims are not scored again, only linked to earlier verdicts given
 * since). On a read-only store nothing is read or written: an article
 * already imported from FILE's name is found as it is. Returns 0 with REP
 * filled (free its strings with import_report_clear()), or -1 with *CAUSE
 * (nothing written).
 */
int		 importer_file(struct importer *, const char *file,
		    struct import_report *rep, char **cause);
void		 import_report_clear(struct import_report *);

#endif
