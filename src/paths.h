/* paths.h: where the database, the rules and the installed data live. */
#ifndef CD_PATHS_H
#define CD_PATHS_H

/*
 * The database path: OPT (--db) if not NULL, else $CLAIMDESK_DB, else
 * $XDG_DATA_HOME/claimdesk/claimdesk.db, else
 * ~/.local/share/claimdesk/claimdesk.db. Missing parent directories of the
 * default locations are created with mode 0700. Returns an allocated path,
 * or NULL with *CAUSE set.
 */
char	*paths_db(const char *opt, char **cause);

/* The path of data file NAME ("claim-rules", "abbreviations"): the source
 * tree's data/ when this binary runs from its build tree, else the installed
 * $(pkgdatadir). Allocated. */
char	*paths_data(const char *name);

/* The rule file: OPT (--rules), else $XDG_CONFIG_HOME/claimdesk/rules (or
 * ~/.config/claimdesk/rules) when it exists, else paths_data("claim-rules").
 * Allocated. */
char	*paths_rules(const char *opt);

/* The model file: OPT (--model), else $XDG_CONFIG_HOME/claimdesk/model (or
 * ~/.config/claimdesk/model) when it exists, else paths_data("claim-model").
 * Allocated. */
char	*paths_model(const char *opt);

/* Creates the directories leading to PATH (not PATH itself), mode 0700.
 * 0, or -1 with errno set. */
int	 paths_mkparents(const char *path);

/* PATH made absolute against the working directory, "." and ".." parts
 * and repeated slashes taken out, links not resolved. Allocated. */
char	*paths_absolute(const char *path);

/* The one name of the file at PATH: its real path (links, ".." and "//"
 * resolved) when it exists, else paths_absolute(). An article is known by
 * this name, so that "d//a.txt", "d/../d/a.txt" and a link to d are one
 * article. Allocated. */
char	*paths_canonical(const char *path);

/* The one name of the web page at URL, an http(s) address: its scheme
 * and host in lower case, its fragment ("#...") left out, "/" for an empty
 * path. An article fetched from a URL is known by this name. Allocated;
 * NULL when URL is not an http or https address. */
char	*paths_url(const char *url);

/* The local path a file:// URL names ("file:///tmp/a%20b.html",
 * "file://localhost/tmp/x"), its %XX escapes decoded, allocated; NULL when
 * ARG is no file URL, and NULL with *CAUSE when it names another host's
 * file or decodes to no path. */
char	*paths_file_url(const char *arg, char **cause);

/* Whether NAME is the name of an article read from standard input:
 * "stdin:" and the 16 hex digits of its text's hash (import.c). */
int	 paths_is_stdin(const char *name);

/* An article's title and file (or URL), to tell apart those of one
 * title. */
struct paths_twin {
	const char	*title;		/* borrowed */
	const char	*path;		/* borrowed */
	int		 twin;		/* set: another has the same title */
	size_t		 off;		/* set, for a twin: where its path
					   tells it from the others, after
					   the folders they all share */
};

/* Marks the items of V (N of them) whose title another has too. */
void	 paths_twins(struct paths_twin *v, size_t n);

#endif
