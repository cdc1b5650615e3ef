/* cmd-export.c: "claimdesk export": write a report of verdicts. */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "cmd.h"
#include "export.h"
#include "store.h"
#include "xmalloc.h"

enum {
	OPT_ARTICLE = 1100,
	OPT_STATUS,
	OPT_URL,
	OPT_PUBLIC
};

struct export_args {
	int		  format;	/* -1: from -o's extension, else md */
	const char	 *output;	/* -o; NULL or "-": standard output */
	const char	 *url;
	const char	**articles;	/* --article, as given */
	size_t		  narticles;
	unsigned	  statuses;
	int		  publish;	/* --public */
};

static const struct option export_options[] = {
	{ "format",	required_argument,	NULL,	'f' },
	{ "output",	required_argument,	NULL,	'o' },
	{ "article",	required_argument,	NULL,	OPT_ARTICLE },
	{ "status",	required_argument,	NULL,	OPT_STATUS },
	{ "url",	required_argument,	NULL,	OPT_URL },
	{ "public",	no_argument,		NULL,	OPT_PUBLIC },
	{ NULL,		0,			NULL,	0 }
};

/* The signal (SIGINT, SIGTERM, SIGHUP) that stops the writing of a report
 * file, once caught. */
static volatile sig_atomic_t export_stop;

/* Adds the statuses of ARG ("disputed" or "verified,disputed"). */
static int
export_add_statuses(struct export_args *ea, const char *arg)
{
	const char	*p = arg;
	char		*name;
	size_t		 len;
	int		 v;

	do {
		len = strcspn(p, ",");
		name = xstrndup(p, len);
		v = strcmp(name, "clear") == 0 ? -1 :
		    strcmp(name, "stale") == 0 ? VERDICT_COUNT :
		    verdict_parse(name);
		free(name);
		if (v < 0)
			return cmd_usage("export: unknown status: %.*s "
			    "(unreviewed, verified, disputed, unsourced or "
			    "stale)", (int)len, p);
		ea->statuses |= v == VERDICT_COUNT ? EXPORT_STALE :
		    EXPORT_STATUS(v);
		p += len;
	} while (*p++ == ',');
	return 0;
}

static int
export_option(int ch, const char *arg, void *data)
{
	struct export_args	*ea = data;

	switch (ch) {
	case 'f':
		if ((ea->format = export_format_parse(arg)) == -1)
			return cmd_usage("export: unknown format: %s (md, "
			    "html, csv, json or claimreview)", arg);
		return 0;
	case 'o':
		ea->output = arg;
		return 0;
	case OPT_ARTICLE:
		ea->articles = xreallocarray(ea->articles, ea->narticles + 1,
		    sizeof *ea->articles);
		ea->articles[ea->narticles++] = arg;
		return 0;
	case OPT_STATUS:
		return export_add_statuses(ea, arg);
	case OPT_URL:
		ea->url = arg;
		return *arg == '\0' ? 0 : cmd_url_arg("export: --url", arg);
	case OPT_PUBLIC:
		ea->publish = 1;
		return 0;
	}
	return 2;
}

/* Adds the id of article NAME to IDS (N of them, room for *CAP), unless
 * there. 0, or -1 with *CAUSE. */
static int
export_add_article(struct store *store, const char *name, int64_t **ids,
    size_t *n, size_t *cap, char **cause)
{
	int64_t	id;
	size_t	j;

	if (store_find_article(store, name, &id, cause) != 0)
		return -1;
	for (j = 0; j < *n && (*ids)[j] != id; j++)
		;
	if (j == *n) {
		*ids = xgrow(*ids, cap, *n, sizeof **ids);
		(*ids)[(*n)++] = id;
	}
	return 0;
}

/* The ids of the --article arguments, duplicates dropped; NULL when none
 * was given or after printing an error (*FAILED set). An argument that
 * names no article but holds commas is a list ("3,4"); one that names an
 * article is that article, whatever it holds. */
static int64_t *
export_resolve(struct store *store, struct export_args *ea, size_t *n,
    int *failed)
{
	int64_t		*ids = NULL;
	size_t		 i, cap = 0, len, k;
	const char	*a, *p;
	char		*name = NULL, *cause = NULL;

	*n = 0;
	for (i = 0; i < ea->narticles; i++) {
		a = ea->articles[i];
		if (export_add_article(store, a, &ids, n, &cap, &cause) == 0)
			continue;
		if (strchr(a, ',') == NULL)
			goto fail;
		free(cause);
		cause = NULL;
		for (p = a;; p += len + 1) {
			/* "2, 3": the spaces around a name are no part of
			 * it; an empty name is none. */
			while (*p == ' ')
				p++;
			len = strcspn(p, ",");
			for (k = len; k > 0 && p[k - 1] == ' '; k--)
				;
			name = xstrndup(p, k);
			if (*name == '\0') {
				free(cause);
				cause = xstrdup("an empty name in the list");
				a = ea->articles[i];
				goto fail;
			}
			if (export_add_article(store, name, &ids, n, &cap,
			    &cause) != 0) {
				a = name;
				goto fail;
			}
			free(name);
			name = NULL;
			if (p[len] == '\0')
				break;
		}
	}
	return ids;
fail:
	*failed = cmd_fail("%s: %s", a, cause);
	free(name);
	free(cause);
	free(ids);
	*n = 0;
	return NULL;
}

/* Whether the progress line may be drawn: stderr is a terminal that the
 * report itself is not written to. */
static int
export_show_progress(const struct export_args *ea)
{
	if (!isatty(STDERR_FILENO))
		return 0;
	if (ea->output != NULL && strcmp(ea->output, "-") != 0)
		return 1;
	return !isatty(STDOUT_FILENO);
}

struct export_tty {
	int		show;
	struct timespec	last;
	int		drawn;
};

static int
export_progress(const struct export_progress *p, void *arg)
{
	struct export_tty	*tty = arg;
	struct timespec		 now;
	long			 ms;

	if (export_stop)
		return -1;
	if (!tty->show)
		return 0;
	clock_gettime(CLOCK_MONOTONIC, &now);
	ms = (now.tv_sec - tty->last.tv_sec) * 1000 +
	    (now.tv_nsec - tty->last.tv_nsec) / 1000000;
	if (tty->drawn && ms < 100 && p->articles < p->total)
		return 0;
	tty->last = now;
	tty->drawn = 1;
	fprintf(stderr, "\rexport: %zu/%zu articles, %zu claims\033[K",
	    p->articles, p->total, p->claims);
	return 0;
}

static void
export_on_signal(int sig)
{
	export_stop = sig;
}

/* While a report file is written, a signal ends the export cleanly. */
static void
export_catch_signals(void)
{
	struct sigaction	sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = export_on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

/*
 * ClaimReview needs the organisation that reviews and the address where
 * the review is published (its "url"): the claimreview format refuses to
 * go without them; the html report embeds ClaimReview only with them, and
 * says so when it is meant to be published. 0, or 1 after the message.
 */
static int
export_claimreview_check(const struct export_opts *eo)
{
	int	ok = eo->org != NULL && *eo->org != '\0' && eo->url != NULL &&
		    *eo->url != '\0';

	if (ok)
		return 0;
	if (eo->format == EXPORT_CLAIMREVIEW)
		return cmd_fail("export: ClaimReview needs --org (or "
		    "$CLAIMDESK_ORG) and --url (where the review is "
		    "published)");
	if (eo->format == EXPORT_HTML && eo->publish)
		cmd_fail("export: warning: no --org and --url: the page "
		    "carries no ClaimReview");
	return 0;
}

/* A warning of the report, on stderr (after the progress line). */
static void
export_on_warning(const char *msg, void *arg)
{
	struct export_tty	*tty = arg;

	if (tty->drawn) {
		fputs("\r\033[K", stderr);
		tty->drawn = 0;
	}
	cmd_fail("export: warning: %s", msg);
}

/* After the temporary file is gone, dies of the signal that stopped the
 * export, as the shell expects. */
static void
export_reraise(void)
{
	int	sig = export_stop;

	if (sig == 0)
		return;
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Runs the export to standard output or to the report file. */
static int
export_write(struct store *store, struct export_args *ea,
    struct export_opts *eo, struct export_tty *tty)
{
	struct export_file	*ef = NULL;
	FILE			*out = stdout;
	char			*cause = NULL;
	int			 rc, saved;
	const char		*what;

	if (ea->output != NULL && strcmp(ea->output, "-") != 0) {
		if ((ef = export_file_open(ea->output, &out, &cause)) == NULL) {
			return cmd_fail_cause(ea->output, cause);
		}
		export_catch_signals();
	}
	what = ef != NULL ? ea->output : "standard output";
	rc = export_run(store, eo, out, &cause);
	saved = errno;
	if (tty->drawn)
		fputs("\r\033[K", stderr);
	if (rc == EXPORT_WRITE_ERROR) {
		if (ef != NULL)
			export_file_abort(ef);
		if (ef == NULL && saved == EPIPE)
			return 0;
		return cmd_fail("%s: %s", what, strerror(saved));
	}
	if (rc != 0) {
		if (ef != NULL)
			export_file_abort(ef);
		export_reraise();
		rc = cmd_fail("export: %s", cause);
		free(cause);
		return rc;
	}
	if (ef != NULL && export_file_commit(ef, &cause) != 0) {
		return cmd_fail_cause(ea->output, cause);
	}
	return 0;
}

int
cmd_export(int argc, char **argv, struct cd_opts *opts)
{
	struct export_args	 ea;
	struct export_opts	 eo;
	struct export_tty	 tty;
	struct store		*store;
	int64_t			*ids;
	const char		*ext;
	int			 status = 0;

	memset(&ea, 0, sizeof ea);
	ea.format = -1;
	if ((status = cmd_getopt(argc, argv, opts, export_options,
	    export_option, &ea)) != 0)
		goto out;
	if (optind != argc) {
		status = cmd_usage("export: unexpected argument: %s (use "
		    "--article)", argv[optind]);
		goto out;
	}
	if (ea.format == -1 && ea.output != NULL)
		ea.format = export_format_guess(ea.output);
	/* "-o report.pdf" would be Markdown under another name. */
	if (ea.format == -1 && ea.output != NULL &&
	    (ext = export_extension(ea.output)) != NULL &&
	    strcasecmp(ext, ".txt") != 0) {
		status = cmd_usage("export: %s: no format writes %s files: "
		    "--format md, html, csv, json or claimreview says which "
		    "(a browser prints html to PDF)", ea.output, ext);
		goto out;
	}
	if (ea.format == -1)
		ea.format = EXPORT_MD;
	/* A stale verdict is never published: asked for alone, nothing. */
	if ((ea.statuses & EXPORT_STALE) && (ea.publish ||
	    ea.format == EXPORT_CLAIMREVIEW)) {
		status = cmd_usage("export: --status stale: stale verdicts are "
		    "never published (not with --public, nor as ClaimReview)");
		goto out;
	}

	if ((store = cmd_open_store(opts, STORE_READONLY)) == NULL) {
		status = 1;
		goto out;
	}
	memset(&eo, 0, sizeof eo);
	ids = export_resolve(store, &ea, &eo.narticles, &status);
	if (status == 0) {
		memset(&tty, 0, sizeof tty);
		tty.show = export_show_progress(&ea);
		eo.format = (enum export_format)ea.format;
		eo.articles = ids;
		eo.statuses = ea.statuses;
		eo.org = opts->org != NULL ? opts->org : getenv("CLAIMDESK_ORG");
		eo.url = ea.url;
		eo.publish = ea.publish;
		eo.progress = export_progress;
		eo.warn = export_on_warning;
		eo.arg = &tty;
		if ((status = export_claimreview_check(&eo)) == 0)
			status = export_write(store, &ea, &eo, &tty);
	}
	free(ids);
	store_close(store);
out:
	free(ea.articles);
	return status;
}
