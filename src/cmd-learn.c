/* cmd_learn.c: "claimdesk learn": fit a claim model, or cross-validate one. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "export.h"
#include "learn.h"
#include "model.h"
#include "paths.h"
#include "rules.h"
#include "store.h"
#include "xmalloc.h"

struct learn_args {
	struct learn_params	 p;
	const char		*output;
	int			 folds;		/* 0: no cross-validation */
	int			 from_db;
	char			*comment;	/* header lines, or NULL */
};

static const struct option learn_options[] = {
	{ "output",	required_argument,	NULL,	'o' },
	{ "folds",	required_argument,	NULL,	'F' },
	{ "cost",	required_argument,	NULL,	'C' },
	{ "threshold",	required_argument,	NULL,	'T' },
	{ "from-db",	no_argument,		NULL,	'D' },
	{ "comment",	required_argument,	NULL,	'M' },
	{ NULL,		0,			NULL,	0 }
};

/* ARG as an integer from MIN to MAX into *V; -1 if it is not one. */
static int
parse_int(const char *arg, long min, long max, int *v)
{
	char	*end;
	long	 n;

	errno = 0;
	n = strtol(arg, &end, 10);
	if (errno != 0 || end == arg || *end != '\0' || n < min || n > max)
		return -1;
	*v = (int)n;
	return 0;
}

static int
learn_option(int ch, const char *arg, void *data)
{
	struct learn_args	*la = data;
	char			*end, *prev;

	switch (ch) {
	case 'o':
		la->output = arg;
		return 0;
	case 'F':
		if (parse_int(arg, 2, 100000, &la->folds) != 0)
			return cmd_usage("learn: --folds: an integer of 2 or "
			    "more expected: %s", arg);
		return 0;
	case 'C':
		errno = 0;
		la->p.cost = strtod(arg, &end);
		if (errno != 0 || end == arg || *end != '\0' ||
		    !(la->p.cost > 0 && la->p.cost < 1e6))
			return cmd_usage("learn: --cost: a positive number "
			    "expected: %s", arg);
		return 0;
	case 'T':
		if (parse_int(arg, 0, 100, &la->p.threshold) != 0)
			return cmd_usage("learn: --threshold: an integer from "
			    "0 to 100 expected: %s", arg);
		return 0;
	case 'D':
		la->from_db = 1;
		return 0;
	case 'M':
		prev = la->comment;
		la->comment = xasprintf("%s%s%s", prev ? prev : "",
		    prev ? "\n" : "", arg);
		free(prev);
		return 0;
	}
	return 2;
}

static int
learn_from_db_row(const char *text, int label, int64_t article, void *arg)
{
	char	group[32];

	snprintf(group, sizeof group, "article %lld", (long long)article);
	learn_add(arg, text, label, group);
	return 0;
}

/* Adds the sentences the database's reviewers judged. */
static int
learn_read_db(struct learn_set *set, struct cd_opts *opts)
{
	struct store	*store;
	char		*cause = NULL;
	size_t		 before = learn_count(set);
	int		 rc;

	if ((store = cmd_open_store(opts, STORE_READONLY)) == NULL)
		return -1;
	rc = store_labelled(store, learn_from_db_row, set, &cause);
	if (rc != 0) {
		cmd_fail("%s: %s", store_path(store), cause);
		free(cause);
	} else if (learn_count(set) == before)
		fprintf(stderr, "claimdesk: %s: no judged sentences yet (claims "
		    "with a verdict, dropped with x, made with m)\n",
		    store_path(store));
	store_close(store);
	return rc;
}

/* The header of the model file: what it was learned from. */
static char *
learn_header(const struct learn_args *la, int argc, char **argv,
    const char *how)
{
	const char	*slash;
	char		*out, *prev;
	int		 i;

	out = xstrdup("claim-model: a check-worthiness model for "
	    "claimdesk(1), format in\nclaimdesk-rules(5).\n\nLearned from:");
	for (i = 0; i < argc; i++) {
		slash = strrchr(argv[i], '/');
		prev = out;
		out = xasprintf("%s%s %s", prev, i ? "," : "",
		    slash != NULL ? slash + 1 : argv[i]);
		free(prev);
	}
	if (la->from_db) {
		prev = out;
		out = xasprintf("%s%sthe reviewers' judgements in the "
		    "database", prev, argc ? ", " : " ");
		free(prev);
	}
	prev = out;
	out = xasprintf("%s\nThreshold: %s.%s%s", prev, how,
	    la->comment ? "\n\n" : "", la->comment ? la->comment : "");
	free(prev);
	return out;
}

static int
learn_write(struct learn_set *set, struct learn_args *la, const char *head)
{
	struct export_file	*ef = NULL;
	FILE			*f = stdout;
	char			*cause = NULL;

	if (strcmp(la->output, "-") != 0 &&
	    (ef = export_file_open(la->output, &f, &cause)) == NULL) {
		cmd_fail("%s", cause);
		free(cause);
		return 1;
	}
	if (learn_fit_write(set, &la->p, head, f, &cause) != 0) {
		cmd_fail("learn: %s", cause);
		free(cause);
		if (ef != NULL)
			export_file_abort(ef);
		return 1;
	}
	if (ef != NULL && export_file_commit(ef, &cause) != 0) {
		cmd_fail("%s", cause);
		free(cause);
		return 1;
	}
	return 0;
}

int
cmd_learn(int argc, char **argv, struct cd_opts *opts)
{
	struct learn_args	 la;
	struct learn_set	*set;
	struct ruleset		*rules;
	struct cd_model		*lists = NULL;
	char			*cause = NULL, *path, *head, *how;
	size_t			 neg;
	int			 status, i, best, files, nfolds = 0;

	memset(&la, 0, sizeof la);
	learn_params_default(&la.p);
	if ((status = cmd_getopt(argc, argv, opts, learn_options,
	    learn_option, &la)) != 0)
		goto out_args;
	files = argc - optind;
	status = 2;
	if (files == 0 && !la.from_db) {
		cmd_usage("learn: a labelled FILE.tsv or --from-db expected");
		goto out_args;
	}
	if (la.output == NULL && la.folds == 0) {
		cmd_usage("learn: -o MODEL (or --folds N to only test) "
		    "expected");
		goto out_args;
	}

	status = 1;
	set = learn_set_new();
	for (i = optind; i < argc; i++) {
		if (learn_read_tsv(set, argv[i], &cause) < 0) {
			cmd_fail("%s", cause);
			free(cause);
			goto out_set;
		}
	}
	if (la.from_db && learn_read_db(set, opts) != 0)
		goto out_set;
	if (learn_positives(set) == 0 ||
	    learn_positives(set) == learn_count(set)) {
		cmd_fail("learn: %zu sentences, %zu claims: both claims and "
		    "sentences that are not are needed", learn_count(set),
		    learn_positives(set));
		goto out_set;
	}
	/* A model of a handful of either kind calls almost everything one
	 * or the other: it is written, with a word of warning. */
	neg = learn_count(set) - learn_positives(set);
	if (learn_positives(set) < LEARN_FEW || neg < LEARN_FEW)
		cmd_fail("learn: warning: only %zu claim%s and %zu sentence%s "
		    "that %s not: a model of so few is little better than a "
		    "guess (label more, or add a labelled TSV)",
		    learn_positives(set), learn_positives(set) == 1 ? "" : "s",
		    neg, neg == 1 ? "" : "s", neg == 1 ? "is" : "are");

	opts->model = "none";	/* the rules alone; their weights are learned */
	if ((rules = cmd_load_rules(opts)) == NULL)
		goto out_set;
	path = paths_data("claim-words");
	lists = model_load(path, &cause);
	free(path);
	if (lists == NULL) {
		cmd_fail("%s", cause);
		free(cause);
		goto out_rules;
	}
	learn_prepare(set, rules, lists);

	/* --folds: the report, whole groups in a fold. */
	if (la.folds > 0 && learn_cross_validate(set, &la.p, la.folds, 1,
	    stdout, &best, &cause) < 0) {
		cmd_fail("learn: %s", cause);
		free(cause);
		goto out_lists;
	}
	/* The model's threshold is chosen on folds of any sentences (a
	 * few groups, such as the sources of the shipped model's data,
	 * make poor folds for it); --folds says which it would be, so
	 * that -o writes what it said. */
	best = -1;
	if (la.p.threshold < 0) {
		nfolds = learn_cross_validate(set, &la.p, la.folds > 0 ?
		    la.folds : la.p.folds, 0, NULL, &best, &cause);
		if (nfolds < 0) {
			free(cause);	/* too few to choose: the default */
			best = -1;
		} else if (la.folds > 0)
			printf("a model of these sentences (-o) takes threshold "
			    "%d: the best F1 of %d folds of any sentences\n",
			    best, nfolds);
	}
	status = 0;
	if (la.output != NULL) {
		if (la.p.threshold < 0 && best < 0) {
			la.p.threshold = LEARN_THRESHOLD;
			how = xasprintf("%d, as too few sentences were given to "
			    "choose one", LEARN_THRESHOLD);
		} else if (la.p.threshold < 0) {
			la.p.threshold = best;
			how = xasprintf("%d, the best F1 of a %d-fold "
			    "cross-validation", best, nfolds);
		} else
			how = xasprintf("%d, as asked", la.p.threshold);
		head = learn_header(&la, argc - optind, argv + optind, how);
		status = learn_write(set, &la, head);
		free(head);
		free(how);
	}

out_lists:
	model_free(lists);
out_rules:
	rules_free(rules);
out_set:
	learn_set_free(set);
out_args:
	free(la.comment);
	return status;
}
