/* cmd-mark.c: "claimdesk mark": set a claim's verdict and note. */
#include <getopt.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "store.h"

struct mark_args {
	const char	*note;		/* NULL: keep the note */
};

static const struct option mark_options[] = {
	{ "note",	required_argument,	NULL,	'n' },
	{ NULL,		0,			NULL,	0 }
};

static int
mark_option(int ch, const char *arg, void *data)
{
	struct mark_args	*ma = data;

	if (ch != 'n')
		return 2;
	ma->note = arg;
	return 0;
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

static int
mark(struct store *store, const char *article, int number, int status,
    const char *note, const char *reviewer)
{
	int64_t	id, claim;
	char	*cause = NULL;

	if (store_find_article(store, article, &id, &cause) != 0 ||
	    store_find_claim(store, id, number, &claim, &cause) != 0) {
		return cmd_fail_cause(article, cause);
	}
	if (store_set_verdict(store, claim, status, note, reviewer, NULL,
	    &cause) != 0) {
		return cmd_fail_cause(store_path(store), cause);
	}
	return 0;
}

int
cmd_mark(int argc, char **argv, struct cd_opts *opts)
{
	struct mark_args	 ma;
	struct store		*store;
	int			 rc, number, status;

	memset(&ma, 0, sizeof ma);
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
	rc = mark(store, argv[0], number, status, ma.note, cmd_reviewer(opts));
	store_close(store);
	return rc;
}
