/* cmd-review.c: "claimdesk [review] FILE": import if needed, then review. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "abbrevs.h"
#include "cmd.h"
#include "fetch.h"
#include "import.h"
#include "paths.h"
#include "sig.h"
#include "store.h"
#include "ui/ui.h"
#include "xmalloc.h"

enum { OPT_AS = 1300, OPT_NO_ADVANCE };

static const struct option review_options[] = {
	{ "as",		required_argument,	NULL,	OPT_AS },
	{ "no-advance",	no_argument,		NULL,	OPT_NO_ADVANCE },
	{ NULL,		0,			NULL,	0 }
};

/* What review's own options set. */
struct review_args {
	enum page_as	as;
	int		advance;	/* after a verdict, the next claim */
};

static int
review_option(int ch, const char *arg, void *data)
{
	struct review_args	*ra = data;
	int			 v, rc;

	if (ch == OPT_NO_ADVANCE) {
		ra->advance = 0;
		return 0;
	}
	if (ch != OPT_AS)
		return 2;
	if ((rc = cmd_word_arg("review: --as", "kind", arg, cmd_page_as,
	    CMD_PAGE_AS_N, &v)) != 0)
		return rc;
	ra->as = v;
	return 0;
}

/* The article FILE was imported as before, read ahead while the file is
 * checked (store_preload_start()), or NULL. */
static struct store_preload *
review_preload(struct store *store, const char *file)
{
	char	*path;
	int64_t	 id;
	int	 rc;

	if (fetch_is_url(file) || store_readonly(store))
		return NULL;
	path = paths_absolute(file);
	rc = store_find_article(store, path, &id, NULL);
	free(path);
	return rc == 0 ? store_preload_start(store, id) : NULL;
}

/* What a new revision did, the most telling first, so that a line of 80
 * columns shows the orphans and the stale ones whatever it cuts: "revision
 * 3: 1 orphan (see claimdesk export), 2 now stale (f: stale), 8 verdicts
 * carried over". Orphans of an earlier import are told apart.
 * Allocated. */
static char *
review_import_said(const struct import_result *res)
{
	char	 orphans[96] = "", stale[48] = "", back[48] = "", new[32] = "";

	if (res->orphans_new > 0 && res->orphans_new < res->orphans)
		snprintf(new, sizeof new, ": %zu new", res->orphans_new);
	else if (res->orphans_new < res->orphans)
		snprintf(new, sizeof new, ": none new");
	if (res->orphans > 0)
		snprintf(orphans, sizeof orphans, "%zu orphan%s%s (see "
		    "claimdesk export), ", res->orphans, res->orphans == 1 ?
		    "" : "s", new);
	if (res->stale > 0)
		snprintf(stale, sizeof stale, "%zu now stale (f: stale), ",
		    res->stale);
	if (res->restored > 0)
		snprintf(back, sizeof back, "%zu no longer stale, ",
		    res->restored);
	return xasprintf("revision %d: %s%s%s%zu verdict%s carried over%s",
	    res->revision, orphans, stale, back, res->moved,
	    res->moved == 1 ? "" : "s", res->kept > 0 ? ", other edits kept" :
	    "");
}

/*
 * Imports FILE when it is new or changed; its article id in *ID and what
 * the screen should say first in *NOTICE (allocated, or NULL). Of an
 * unchanged article, *ART is the article when it was read ahead, else
 * *TEXT its text, so that it is not read once more. 0, or 1 after printing
 * the error.
 */
static int
review_import(struct store *store, struct cd_opts *opts,
    const struct abbrevs *abbrevs, enum page_as as, const char *file,
    int64_t *id, char **notice, struct st_text *text,
    struct st_article **art)
{
	struct import_report	 rep;
	struct import_opts	 io;
	struct importer		*im;
	struct store_preload	*pl;
	const struct import_result *res = &rep.res;
	char			*rules, *model, *cause = NULL, *moved = NULL;
	int			 rc;

	pl = review_preload(store, file);
	rules = paths_rules(opts->rules);
	model = cmd_model_path(opts);
	cmd_import_opts(opts, abbrevs, rules, model, &io);
	io.read_as = as;
	io.keep_text = 1;
	im = importer_new(store, &io);
	rc = importer_file(im, file, &rep, &cause);
	/* An unchanged article whose links stand: the import wrote at most
	 * the record of its match, which the claims read ahead do not show. */
	if (rc == 0 && !res->relinked)
		store_preload_allow(pl, store);
	*art = store_preload_finish(pl, store, rc == 0 ? &rep.text : NULL);
	importer_free(im);
	free(rules);
	free(model);
	if (rc != 0 && fetch_is_url(file) &&
	    store_find_article(store, file, id, NULL) == 0) {
		/* Offline, or the page is gone: what was imported is shown. */
		*notice = xasprintf("the revision imported before is shown "
		    "(not fetched: %s)", cause);
		free(cause);
		return 0;
	}
	if (rc != 0) {
		return cmd_fail_cause(file, cause);
	}
	*id = res->article;
	*text = rep.text;
	memset(&rep.text, 0, sizeof rep.text);
	if (res->state == IMPORT_REVISED)
		moved = review_import_said(res);
	if (rep.other != NULL) {
		free(moved);
		if (rep.moved)
			moved = xasprintf("article %lld moved here from %s, "
			    "where its file is gone", (long long)res->article,
			    rep.other);
		else if (res->earlier != 0)
			moved = xasprintf("the same text as revision %d of "
			    "article %lld (%s): its current revision is "
			    "shown", res->earlier, (long long)res->article,
			    rep.other);
		else
			moved = xasprintf("the same text as article %lld "
			    "(%s): it is shown", (long long)res->article,
			    rep.other);
	}
	if (moved != NULL && rep.warning != NULL)
		*notice = xasprintf("%s; warning: %s", moved, rep.warning);
	else if (rep.warning != NULL)
		*notice = xasprintf("warning: %s", rep.warning);
	else
		*notice = moved != NULL ? xstrdup(moved) : NULL;
	free(moved);
	import_report_clear(&rep);
	return 0;
}

/* Finds the article ARG names: an id, a file or a URL (imported when new
 * or changed), or an imported path. */
static int
review_resolve(struct store *store, struct cd_opts *opts,
    const struct abbrevs *abbrevs, enum page_as as, const char *arg,
    int64_t *id, char **notice, struct st_text *text, struct st_article **art)
{
	struct stat	 sb;
	char		*cause = NULL, *path, *local;
	int		 rc;

	/* "file:///tmp/story.html" is the file /tmp/story.html. */
	if ((local = paths_file_url(arg, &cause)) != NULL) {
		rc = review_resolve(store, opts, abbrevs, as, local, id, notice,
		    text, art);
		free(local);
		return rc;
	}
	if (cause != NULL)
		return cmd_fail_cause(arg, cause);
	if (fetch_is_url(arg) ||
	    (!store_article_is_id(arg) && stat(arg, &sb) == 0))
		return review_import(store, opts, abbrevs, as, arg, id,
		    notice, text, art);
	path = store_article_is_id(arg) ? xstrdup(arg) : paths_absolute(arg);
	rc = store_find_article(store, path, id, &cause);
	free(path);
	if (rc == 0)
		return 0;
	free(cause);
	if (store_article_is_id(arg))
		return cmd_fail("%s: no such article", arg);
	return cmd_fail("%s: %s", arg, strerror(ENOENT));
}

/* Ends the process by SIG with its default action, so that the parent sees
 * it was signalled (a shell's "$?" is 128 + SIG); everything is saved and
 * the terminal given back before. */
static void
review_reraise(int sig)
{
	fflush(NULL);
	sig_reraise(sig);
}

/* Adds to *NOTICE the claims of article ID a verdict they are linked to
 * says otherwise of: one published elsewhere, imported since their
 * verdict was given (LINKED 0), or one given here (LINKED 1). Nothing
 * else on the screen would say so. */
static void
review_dissent(struct store *store, int64_t id, int linked, char **notice)
{
	int	*num;
	size_t	 n, i;
	char	*list = NULL, *t, *cause = NULL;

	if (store_article_dissent(store, id, linked, &num, &n, &cause) != 0) {
		free(cause);
		return;
	}
	for (i = 0; i < n; i++) {
		t = xasprintf("%s%s%d", list != NULL ? list : "",
		    i == 0 ? "" : i + 1 == n ? " and " : ", ", num[i]);
		free(list);
		list = t;
	}
	free(num);
	if (list == NULL)
		return;
	t = xasprintf("%s%sclaim%s %s: %s %s linked to says otherwise%s "
	    "(p lists it)", *notice != NULL ? *notice : "",
	    *notice != NULL ? "; " : "", n == 1 ? "" : "s", list, linked ?
	    "the verdict of a claim" : "a verdict published elsewhere",
	    n == 1 ? "it is" : "they are", linked ? "" : " now");
	free(*notice);
	*notice = t;
	free(list);
}

int
cmd_review(int argc, char **argv, struct cd_opts *opts)
{
	struct ui_opts	 uo;
	struct st_text	 text = { 0, NULL, 0 };
	struct st_article *art = NULL;
	struct store	*store;
	struct abbrevs	*abbrevs;
	int64_t		 id = 0;
	struct review_args ra = { .as = PAGE_AS_AUTO, .advance = 1 };
	char		*cause = NULL, *notice = NULL;
	char		*path, *model;
	int		 status, run = 0;

	if ((status = cmd_getopt(argc, argv, opts, review_options,
	    review_option, &ra)) != 0)
		return status;
	if (argc - optind > 1)
		return cmd_usage("review: one ARTICLE expected");
	if (optind < argc && strcmp(argv[optind], "-") == 0)
		return cmd_usage("review: the screen reads the keyboard from "
		    "standard input: import the article first (claimdesk "
		    "import -), then review the id it prints");
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
		return cmd_fail("review: needs a terminal (for scripts: "
		    "claimdesk import, mark, export)");
	if ((abbrevs = cmd_load_abbrevs()) == NULL)
		return 1;
	if ((store = cmd_open_store(opts, STORE_FALLBACK)) == NULL) {
		abbrevs_free(abbrevs);
		return 1;
	}
	if (optind < argc) {
		status = review_resolve(store, opts, abbrevs, ra.as,
		    argv[optind], &id, &notice, &text, &art);
		run = status == 0;
		/* Opened by its id, not imported: its links made anew
		 * first (as ui_review() would), for what the notice says. */
		if (run && art == NULL && store_relink(store, id, &cause) < 0) {
			free(cause);
			cause = NULL;
		}
		if (run) {
			review_dissent(store, id, 0, &notice);
			review_dissent(store, id, 1, &notice);
		}
	}
	memset(&uo, 0, sizeof uo);
	/* For the reasons the detail pane shows, read when first asked. */
	path = paths_rules(opts->rules);
	model = cmd_model_path(opts);
	uo.rules_path = path;
	uo.model_path = model;
	uo.reviewer = cmd_reviewer(opts);
	uo.abbrevs = abbrevs;
	uo.notice = notice;
	uo.advance = ra.advance;
	uo.text = &text;
	uo.art = art;
	uo.linked = run;
	if (optind >= argc) {
		if (ui_pick(store, &uo, &cause) == -1)
			status = cmd_fail("%s", cause);
	} else if (run) {
		if (ui_review(store, id, &uo, &cause) == -1)
			status = cmd_fail("%s", cause);
	}
	free(cause);
	free(notice);
	free(text.text);
	store_close(store);
	abbrevs_free(abbrevs);
	free(path);
	free(model);
	if (ui_signal() != 0)
		review_reraise(ui_signal());
	return status;
}
