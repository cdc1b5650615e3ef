/* cmd-mark.c: "claimdesk mark": set a claim's verdict and note. */
#include <getopt.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "cmd-text.h"
#include "segment.h"
#include "store.h"
#include "xmalloc.h"

struct mark_args {
	const char	*note;		/* NULL: keep the note */
	int		 expect;	/* --expect, or -1 */
};

enum {
	OPT_EXPECT = 1300
};

static const struct option mark_options[] = {
	{ "note",	required_argument,	NULL,	'n' },
	{ "expect",	required_argument,	NULL,	OPT_EXPECT },
	{ NULL,		0,			NULL,	0 }
};

static int
mark_option(int ch, const char *arg, void *data)
{
	struct mark_args	*ma = data;

	switch (ch) {
	case 'n':
		ma->note = arg;
		return cmd_text_arg("mark: --note", arg);
	case OPT_EXPECT:
		if (strcmp(arg, "clear") == 0 ||
		    (ma->expect = verdict_parse(arg)) < 0)
			return cmd_usage("mark: --expect: unknown status: %s "
			    "(unreviewed, verified, disputed or unsourced)",
			    arg);
		return 0;
	}
	return 2;
}

/* CLAIM as a claim number: 1 or more; -1 when not a number. */
static int
parse_number(const char *s)
{
	long	n = 0;

	if (*s == '\0')
		return -1;
	for (; *s != '\0'; s++) {
		if (*s < '0' || *s > '9' || n > 100000000)
			return -1;
		n = n * 10 + (*s - '0');
	}
	return n >= 1 ? (int)n : -1;
}

/* What was done, on one line: article 5 claim 3 "More than 3,000…":
 * unreviewed -> verified, note set. */
static void
mark_said(int64_t article, const struct st_claim *c, int status,
    const char *note, int stale)
{
	char	*text = cmd_text_line(c->text + segment_marker_len(c->text));

	printf("article %lld claim %d \"", (long long)article, c->number);
	cmd_text_pad(stdout, text, cmd_text_width(text) > 40 ? 40 :
	    cmd_text_width(text));
	printf("\": %s", verdict_name(c->status));
	if (status >= 0 && (status != (int)c->status || stale))
		printf(" -> %s%s", verdict_name((enum verdict)status),
		    !stale ? "" : status == VERDICT_NONE ?
		    " (its stale verdict cleared)" :
		    " (confirmed on its text as it is now)");
	else
		printf(" (unchanged)");
	if (note != NULL)
		fputs(strcmp(note, c->note) == 0 ? ", note unchanged" :
		    *note == '\0' ? ", note cleared" : ", note set", stdout);
	putchar('\n');
	free(text);
}

static int
mark(struct store *store, const char *article, int number, int status,
    const struct mark_args *ma, const char *reviewer)
{
	struct st_change	 ch;
	struct st_claim		 c;
	int64_t			 id, claim;
	char			*cause = NULL, *what;
	int			 rc;

	if (store_find_article(store, article, &id, &cause) != 0 ||
	    store_find_claim(store, id, number, &claim, &cause) != 0 ||
	    store_claim_load(store, claim, &c, &cause) != 0)
		return cmd_fail_cause(article, cause);
	if (c.dismissed) {
		rc = cmd_fail("article %lld claim %d is %s: nothing was "
		    "changed", (long long)id, number, c.replaced ? "not in "
		    "the panel: a split or a join replaced it (U on the "
		    "screen takes one back), or it was a part of one undone" :
		    "dropped (x on the screen brings it back)");
		st_claim_clear(&c);
		return rc;
	}
	/* Made against what was just read: a change in between is not
	 * written over. */
	memset(&ch, 0, sizeof ch);
	ch.reviewer = reviewer;
	ch.version = c.version;
	ch.expect = ma->expect;
	rc = store_set_verdict(store, claim, status, ma->note, &ch, NULL,
	    &cause);
	if (rc == 0)
		mark_said(id, &c, status, ma->note, c.stale_text != NULL);
	else if (rc == STORE_CONFLICT) {
		what = xasprintf("article %lld", (long long)id);
		cmd_fail_cause(what, cause);
		free(what);
	} else
		cmd_fail_cause(store_path(store), cause);
	st_claim_clear(&c);
	return rc == 0 ? 0 : 1;
}

int
cmd_mark(int argc, char **argv, struct cd_opts *opts)
{
	struct mark_args	 ma;
	struct store		*store;
	int			 rc, number, status;

	memset(&ma, 0, sizeof ma);
	ma.expect = -1;
	rc = cmd_getopt(argc, argv, opts, mark_options, mark_option, &ma);
	if (rc != 0)
		return rc;
	argc -= optind;
	argv += optind;
	if (argc != 3) {
		return cmd_usage("mark: expected ARTICLE CLAIM "
		    "verified|disputed|unsourced|clear");
	}
	if ((number = parse_number(argv[1])) < 0)
		return cmd_usage("mark: bad claim number: %s", argv[1]);
	if ((status = verdict_parse(argv[2])) < 0) {
		return cmd_usage("mark: unknown verdict: %s (verified, "
		    "disputed, unsourced or clear)", argv[2]);
	}
	if ((store = cmd_open_store(opts, 0)) == NULL)
		return 1;
	rc = mark(store, argv[0], number, status, &ma, cmd_reviewer(opts));
	store_close(store);
	return rc;
}
