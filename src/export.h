/* export.h: reports of verdicts in md, html, csv, json and ClaimReview. */
#ifndef CD_EXPORT_H
#define CD_EXPORT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct store;

enum export_format {
	EXPORT_MD,		/* the default */
	EXPORT_HTML,
	EXPORT_CSV,
	EXPORT_JSON,
	EXPORT_CLAIMREVIEW
};

/* "md", "html", "csv", "json", "claimreview"; -1 when unknown. */
int		 export_format_parse(const char *);
const char	*export_format_name(enum export_format);
/* The format PATH's extension names (.md .markdown .html .htm .csv .json
 * .jsonld); -1 when none does. */
int		 export_format_guess(const char *path);
/* The extension of PATH's file name (".pdf"), or NULL: none, or a name
 * that only starts with a dot. */
const char	*export_extension(const char *path);

/* A bit for each verdict status, as in enum verdict (store.h), and one
 * for stale verdicts, whatever their status. */
#define EXPORT_STATUS(v)	(1u << (v))
#define EXPORT_STALE		(1u << VERDICT_COUNT)

/* Progress so far, handed to the progress callback. */
struct export_progress {
	size_t	articles;	/* articles written */
	size_t	total;		/* articles to write */
	size_t	claims;		/* claims and orphans written */
};

struct export_opts {
	enum export_format	 format;
	const int64_t		*articles;	/* ids, in this order; NULL:
						   every article by id */
	size_t			 narticles;
	unsigned		 statuses;	/* EXPORT_STATUS bits and
						   EXPORT_STALE; 0: all */
	const char		*org;		/* organisation, may be NULL */
	const char		*url;		/* where the report is published,
						   may be NULL */
	const char		*generated_at;	/* NULL: store_now() */
	int			 publish;	/* --public: a report to publish:
						   no local paths, import times,
						   reviewer names, unreviewed
						   claims, stale verdicts,
						   orphans or matches; the
						   articles' own title, outlet,
						   authors, date and link */
	/* Called with a warning about the report (one line: what was
	 * left out and why) and ARG. May be NULL. */
	void			(*warn)(const char *, void *);
	/* Called after each article and every few hundred claims; a non-zero
	 * return stops the export (-1, "interrupted"). May be NULL. */
	int			(*progress)(const struct export_progress *,
				    void *);
	void			*arg;
};

#define EXPORT_WRITE_ERROR	(-2)

/*
 * Writes the report OPTS describes to OUT, reading STORE (borrowed, only
 * read) one row at a time in one snapshot: memory does not grow with the
 * number of claims.
 * Returns 0; -1 with *CAUSE (allocated) on a database error; or
 * EXPORT_WRITE_ERROR when writing OUT failed, errno telling why.
 */
int	export_run(struct store *, const struct export_opts *opts,
	    FILE *out, char **cause);

/*
 * A report file written whole or not at all: the text goes to a temporary
 * file beside PATH, which export_file_commit() flushes, syncs and renames
 * over PATH, and export_file_abort() removes.
 */
struct export_file;

/* The new file, its stream in *OUT; NULL with *CAUSE on failure. */
struct export_file	*export_file_open(const char *path, FILE **out,
			    char **cause);
/* 0 when PATH now holds the report; -1 with *CAUSE, nothing changed. Frees
 * the export_file either way. */
int			 export_file_commit(struct export_file *, char **cause);
/* Removes the temporary file; PATH is untouched. Frees the export_file. */
void			 export_file_abort(struct export_file *);

#endif
