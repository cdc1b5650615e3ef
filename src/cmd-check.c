/* cmd-check.c: "claimdesk check": is this database whole, and is its
 * history the one that was written? */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "cmd-text.h"
#include "store.h"

/*
 * Prints what was found, one line per check, and returns 1 when the file
 * is damaged, the history chain is broken or a verdict is not what its
 * history says; orphans and stale verdicts are work to do, not damage.
 */
static int
check_print(const struct st_check *ck, const struct st_stats *st)
{
	char	*path;
	int	 bad = 0;

	if (ck->integrity_ok)
		printf("integrity   ok\n");
	else {
		printf("integrity   DAMAGED\n%s\n", ck->integrity != NULL ?
		    ck->integrity : "");
		return 1;
	}
	printf("history     %" PRId64 " rows", ck->history);
	if (ck->unchained > 0)
		printf(", %" PRId64 " from before the chain", ck->unchained);
	putchar('\n');
	if (ck->broken != 0) {
		printf("chain       BROKEN at row %" PRId64 ": a row was "
		    "changed, removed or slipped in\n", ck->broken);
		bad = 1;
	} else if (ck->chain_from != 0)
		printf("chain       ok, rows %" PRId64 "-%" PRId64 "\n",
		    ck->chain_from, ck->history);
	else
		printf("chain       none yet\n");
	if (ck->head[0] != '\0')
		printf("head        %s\n", ck->head);
	if (ck->disagree > 0) {
		path = cmd_text_line(ck->disagree_path);
		printf("verdicts    %d not as their history says, first: "
		    "%s claim %d\n", ck->disagree, path, ck->disagree_number);
		free(path);
		bad = 1;
	} else
		printf("verdicts    ok\n");
	printf("orphans     %d\n", st->orphans);
	printf("stale       %d\n", st->stale);
	return bad;
}

int
cmd_check(int argc, char **argv, struct cd_opts *opts)
{
	struct st_check	 ck;
	struct st_stats	 st;
	struct store	*store;
	char		*cause = NULL;
	int		 rc;

	if ((rc = cmd_open_reader(argc, argv, opts, &store)) != 0)
		return rc;
	if (store_check(store, &ck, &cause) != 0)
		rc = cmd_fail_cause(store_path(store), cause);
	else if (ck.integrity_ok &&
	    store_stats(store, &st, NULL, NULL, &cause) != 0)
		rc = cmd_fail_cause(store_path(store), cause);
	else {
		if (!ck.integrity_ok)
			memset(&st, 0, sizeof st);
		rc = check_print(&ck, &st);
		if (rc != 0)
			fprintf(stderr, "claimdesk: %s: check failed\n",
			    store_path(store));
	}
	st_check_clear(&ck);
	store_close(store);
	return rc;
}
