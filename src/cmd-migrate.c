/* cmd-migrate.c: "claimdesk migrate --from DB --to DB": a whole desk
 * copied between databases, SQLite and PostgreSQL either way. */
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "cmd.h"
#include "store.h"
#include "xmalloc.h"

struct migrate_args {
	const char	*from;
	const char	*to;
};

static int
migrate_opt(int ch, const char *arg, void *p)
{
	struct migrate_args	*a = p;

	switch (ch) {
	case 'f':
		a->from = arg;
		return 0;
	case 't':
		a->to = arg;
		return 0;
	}
	return 2;
}

static void
migrate_count(const char *table, int64_t rows, void *arg)
{
	(void)arg;
	printf("%-17s %" PRId64 "\n", table, rows);
}

int
cmd_migrate(int argc, char **argv, struct cd_opts *opts)
{
	static const struct option longopts[] = {
		{ "from",	required_argument,	NULL,	'f' },
		{ "to",		required_argument,	NULL,	't' },
		{ NULL,		0,			NULL,	0 }
	};
	struct migrate_args	 a = { NULL, NULL };
	struct cd_opts		 o;
	struct store		*from, *to;
	char			*cause = NULL, *name;
	int			 rc;

	if ((rc = cmd_getopt(argc, argv, opts, longopts, migrate_opt,
	    &a)) != 0)
		return rc;
	if (optind != argc)
		return cmd_usage("migrate: unexpected argument: %s",
		    argv[optind]);
	if (a.from == NULL || a.to == NULL)
		return cmd_usage("migrate: --from DB and --to DB are needed");
	o = *opts;
	o.db = a.from;
	if ((from = cmd_open_store(&o, STORE_READONLY)) == NULL)
		return 1;
	o = *opts;
	o.db = a.to;
	if ((to = cmd_open_store(&o, 0)) == NULL) {
		store_close(from);
		return 1;
	}
	if (store_migrate(from, to, migrate_count, NULL, &cause) != 0) {
		name = store_name_safe(store_path(to));
		rc = cmd_fail("migrate to %s: %s", name, cause);
		free(name);
		free(cause);
	} else
		printf("copied %s to %s; rows counted on both sides\n",
		    store_path(from), store_path(to));
	store_close(from);
	store_close(to);
	return rc;
}
