/* cmd-import.c: "claimdesk import": read articles into the database. */
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "abbrevs.h"
#include "cmd.h"
#include "cmd-text.h"
#include "import.h"
#include "paths.h"
#include "store.h"
#include "xmalloc.h"

#define PROGRESS_MIN	10	/* files for a progress line */

enum {
	OPT_URL = 1200,
	OPT_AS
};

static const struct option import_options[] = {
	{ "url",	required_argument,	NULL,	OPT_URL },
	{ "as",		required_argument,	NULL,	OPT_AS },
	{ NULL,		0,			NULL,	0 }
};

struct import_ctx {
	struct store		*store;
	struct importer		*im;
	const char		*url;		/* --url, one file only */
	const char		*as;		/* --as ARTICLE, one file only */
	enum page_as		 read_as;	/* --as text|html */
	int			 nfiles;
	int			 progress;	/* one may show */
	int			 shown;		/* one shows */
	int			 tty_out;	/* stdout is a terminal */
	struct timespec		 last;
};

/* Progress on stderr, a terminal: at most ten updates a second. */
static void
progress_show(struct import_ctx *ic, int done)
{
	struct timespec	now;
	long		ms;

	if (!ic->progress)
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	ms = (now.tv_sec - ic->last.tv_sec) * 1000 +
	    (now.tv_nsec - ic->last.tv_nsec) / 1000000;
	if (ic->shown && ms < 100)
		return;
	ic->last = now;
	fflush(stdout);
	fprintf(stderr, "\rimporting %d/%d", done, ic->nfiles);
	fflush(stderr);
	ic->shown = 1;
}

static void
progress_clear(struct import_ctx *ic)
{
	if (!ic->shown)
		return;
	fflush(stdout);
	fputs("\r\033[K", stderr);
	fflush(stderr);
	ic->shown = 0;
}

static int
print_orphan(const struct st_claim *c, void *arg)
{
	char	*text;

	(void)arg;
	text = cmd_text_line(c->text);
	printf("    orphan: revision %d claim %d, %s%s%s%s: ", c->revision,
	    c->number, verdict_name(c->status),
	    c->note[0] != '\0' ? ", with a note" : "",
	    c->dismissed ? ", dismissed" : "",
	    c->manual ? ", made by hand" : "");
	cmd_text_pad(stdout, text, cmd_text_width(text) > 60 ? 60 :
	    cmd_text_width(text));
	putchar('\n');
	free(text);
	return 0;
}

static void
print_result(struct import_ctx *ic, const struct import_report *rep)
{
	const struct import_result	*res = &rep->res;
	char				*line, *cause = NULL;

	line = cmd_text_line(rep->title != NULL ? rep->title : "");
	if (ic->tty_out)
		progress_clear(ic);
	printf("%" PRId64 "  %zu claim%s  %s", res->article, res->claims,
	    res->claims == 1 ? "" : "s", line);
	free(line);
	switch (res->state) {
	case IMPORT_NEW:
		break;
	case IMPORT_UNCHANGED:
		if (rep->other != NULL) {
			line = cmd_text_line(rep->other);
			if (rep->moved)
				printf("  (moved here from %s, where its file "
				    "is gone)", line);
			else if (res->earlier != 0)
				printf("  (the same text as its revision %d, "
				    "now %s: not imported again)", res->earlier,
				    line);
			else
				printf("  (the same text as article %" PRId64
				    ", %s)", res->article, line);
			free(line);
		} else
			printf("  (unchanged)");
		break;
	case IMPORT_REVISED:
		printf("  (revision %d, %zu verdict%s carried over",
		    res->revision, res->moved, res->moved == 1 ? "" : "s");
		if (res->kept > 0)
			printf(", %zu other edit%s kept", res->kept,
			    res->kept == 1 ? "" : "s");
		if (res->stale > 0)
			printf(", %zu now stale: text changed", res->stale);
		if (res->restored > 0)
			printf(", %zu no longer stale: text back",
			    res->restored);
		printf(", %zu orphan%s", res->orphans,
		    res->orphans == 1 ? "" : "s");
		/* Orphans of an earlier import, still with no place. */
		if (res->orphans_new < res->orphans && res->orphans_new > 0)
			printf(": %zu new", res->orphans_new);
		else if (res->orphans_new < res->orphans)
			printf(": none new");
		putchar(')');
		break;
	}
	putchar('\n');
	if (res->state != IMPORT_REVISED || res->orphans == 0)
		return;
	if (store_orphans(ic->store, res->article, print_orphan, NULL,
	    &cause) != 0) {
		cmd_fail_cause(store_path(ic->store), cause);
	}
}

/* Imports one FILE; 0, or 1 after printing why not. */
static int
import_one(struct import_ctx *ic, const char *file)
{
	struct import_report	 rep;
	char			*cause = NULL;

	if (importer_file(ic->im, file, &rep, &cause) != 0) {
		progress_clear(ic);
		return cmd_fail_cause(file, cause);
	}
	if (rep.warning != NULL) {
		progress_clear(ic);
		cmd_fail("%s: warning: %s", file, rep.warning);
	}
	print_result(ic, &rep);
	import_report_clear(&rep);
	return 0;
}

static int
import_option(int ch, const char *arg, void *data)
{
	struct import_ctx	*ic = data;

	if (ch == OPT_AS) {
		/* --as KIND (how to read) or --as ARTICLE (whose revision). */
		if (strcmp(arg, "text") == 0)
			ic->read_as = PAGE_AS_TEXT;
		else if (strcmp(arg, "html") == 0)
			ic->read_as = PAGE_AS_HTML;
		else
			ic->as = arg;
		return 0;
	}
	if (ch != OPT_URL)
		return 2;
	ic->url = arg;
	/* "" clears it. */
	return *arg == '\0' ? 0 : cmd_url_arg("import: --url", arg);
}

int
cmd_import(int argc, char **argv, struct cd_opts *opts)
{
	struct import_ctx	 ic;
	struct import_opts	 io;
	struct abbrevs		*abbrevs;
	char			*cause = NULL, *rules, *model;
	int			 rc, i, n, failed = 0;

	memset(&ic, 0, sizeof ic);
	if ((rc = cmd_getopt(argc, argv, opts, import_options, import_option,
	    &ic)) != 0)
		return rc;
	argc -= optind;
	argv += optind;
	if (argc == 0)
		return cmd_usage("import: no file given");
	if (ic.url != NULL && argc > 1)
		return cmd_usage("import: --url is where one article was "
		    "published: give one file");
	if (ic.as != NULL && argc > 1)
		return cmd_usage("import: --as makes one file a new revision "
		    "of an article: give one file");
	for (i = 0, n = 0; i < argc; i++)
		n += strcmp(argv[i], "-") == 0;
	if (n > 1)
		return cmd_usage("import: - (standard input) can be read once");

	ic.nfiles = argc;
	ic.progress = argc >= PROGRESS_MIN && isatty(STDERR_FILENO);
	ic.tty_out = isatty(STDOUT_FILENO);
	if ((abbrevs = cmd_load_abbrevs()) == NULL)
		return 1;
	if ((ic.store = cmd_open_store(opts, 0)) == NULL) {
		abbrevs_free(abbrevs);
		return 1;
	}
	rules = paths_rules(opts->rules);
	model = cmd_model_path(opts);
	cmd_import_opts(opts, abbrevs, rules, model, &io);
	io.url = ic.url;
	io.read_as = ic.read_as;
	if (ic.as != NULL &&
	    store_find_article(ic.store, ic.as, &io.as, &cause) != 0) {
		failed = cmd_fail_cause(ic.as, cause);
		cause = NULL;
		argc = 0;
	}
	ic.im = importer_new(ic.store, &io);
	if (argc > 0 && importer_prepare(ic.im, &cause) != 0) {
		failed = cmd_fail("%s", cause);
		free(cause);
		argc = 0;
	}
	/* Imports can be run again: no flush to disk per article. */
	if (argc > 0 && store_set_bulk(ic.store, 1, &cause) == -1) {
		cmd_fail("%s", cause);
		free(cause);
	}
	for (i = 0; i < argc; i++) {
		progress_show(&ic, i);
		if (import_one(&ic, argv[i]) != 0)
			failed = 1;
	}
	progress_clear(&ic);
	importer_free(ic.im);
	free(rules);
	free(model);
	store_close(ic.store);
	abbrevs_free(abbrevs);
	return failed;
}
