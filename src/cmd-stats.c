/* cmd-stats.c: "claimdesk stats": verdicts counted by status and reviewer. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "cmd-text.h"
#include "store.h"
#include "xmalloc.h"

struct stats_reviewers {
	char	**name;		/* safe for the terminal */
	int	(*count)[VERDICT_COUNT];	/* verified, disputed, unsourced,
				   total */
	size_t	  n;
};

static int
stats_collect(const struct st_reviewer *r, void *arg)
{
	struct stats_reviewers	*sr = arg;

	sr->name = xreallocarray(sr->name, sr->n + 1, sizeof *sr->name);
	sr->count = xreallocarray(sr->count, sr->n + 1, sizeof *sr->count);
	sr->name[sr->n] = cmd_text_line(r->name);
	sr->count[sr->n][0] = r->status[VERDICT_VERIFIED];
	sr->count[sr->n][1] = r->status[VERDICT_DISPUTED];
	sr->count[sr->n][2] = r->status[VERDICT_UNSOURCED];
	sr->count[sr->n][3] = r->total;
	sr->n++;
	return 0;
}

static void
stats_print(const struct st_stats *st, const struct stats_reviewers *sr)
{
	static const char	*head[] = { "VERIFIED", "DISPUTED",
				    "UNSOURCED", "TOTAL" };
	size_t			 i, j, nw = 8;
	int			 pct;

	pct = st->claims > 0 ? (st->claims - st->status[VERDICT_NONE]) *
	    100 / st->claims : 0;
	printf("articles    %6d\n", st->articles);
	printf("claims      %6d\n", st->claims);
	printf("reviewed    %6d  %d%%\n", st->claims - st->status[VERDICT_NONE],
	    pct);
	printf("verified    %6d\n", st->status[VERDICT_VERIFIED]);
	printf("disputed    %6d\n", st->status[VERDICT_DISPUTED]);
	printf("unsourced   %6d\n", st->status[VERDICT_UNSOURCED]);
	printf("unreviewed  %6d\n", st->status[VERDICT_NONE]);
	printf("stale       %6d\n", st->stale);
	printf("dropped     %6d\n", st->dismissed);
	printf("orphans     %6d\n", st->orphans);
	if (sr->n == 0)
		return;
	for (i = 0; i < sr->n; i++) {
		if (cmd_text_width(sr->name[i]) > nw)
			nw = cmd_text_width(sr->name[i]);
	}
	putchar('\n');
	cmd_text_pad(stdout, "REVIEWER", nw);
	for (j = 0; j < VERDICT_COUNT; j++)
		printf("  %s", head[j]);
	putchar('\n');
	for (i = 0; i < sr->n; i++) {
		cmd_text_pad(stdout, sr->name[i], nw);
		for (j = 0; j < VERDICT_COUNT; j++)
			printf("  %*d", (int)strlen(head[j]), sr->count[i][j]);
		putchar('\n');
	}
}

int
cmd_stats(int argc, char **argv, struct cd_opts *opts)
{
	struct stats_reviewers	 sr = { NULL, NULL, 0 };
	struct st_stats		 st;
	struct store		*store;
	char			*cause = NULL;
	int			 rc;

	if ((rc = cmd_open_reader(argc, argv, opts, &store)) != 0)
		return rc;
	if (store_stats(store, &st, stats_collect, &sr, &cause) != 0) {
		rc = cmd_fail_cause(store_path(store), cause);
	} else
		stats_print(&st, &sr);
	xfree_strings(sr.name, sr.n);
	free(sr.count);
	store_close(store);
	return rc;
}
