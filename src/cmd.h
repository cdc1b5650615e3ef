/* cmd.h: the commands main() dispatches to, and the options they share. */
#ifndef CD_CMD_H
#define CD_CMD_H

#include <stddef.h>

/* Options every command accepts (SPEC §2); each string is borrowed from argv
 * or the environment, or NULL when not given. */
struct cd_opts {
	const char	*db;		/* --db */
	const char	*rules;		/* --rules */
	const char	*model;		/* --model; "none": fixed weights */
	const char	*reviewer;	/* --reviewer */
	const char	*org;		/* --org */
	size_t		 max_size;	/* --max-size, ARTICLE_MAX_SIZE default */
};

/*
 * A command: NAME, its one-line usage, its description for --help, and the
 * function run with the arguments after the command name (argv[0] is the
 * command name, getopt style). The function returns the exit status: 0
 * success, 1 failure (after printing "claimdesk: WHAT: why"), 2 usage.
 */
struct cmd_entry {
	const char	*name;
	const char	*usage;
	const char	*help;
	int		(*exec)(int argc, char **argv, struct cd_opts *);
};

extern const struct cmd_entry cmd_table[];	/* ends with a NULL name */

int	cmd_review(int, char **, struct cd_opts *);
int	cmd_extract(int, char **, struct cd_opts *);
int	cmd_import(int, char **, struct cd_opts *);
int	cmd_list(int, char **, struct cd_opts *);
int	cmd_mark(int, char **, struct cd_opts *);
int	cmd_meta(int, char **, struct cd_opts *);
int	cmd_export(int, char **, struct cd_opts *);
int	cmd_stats(int, char **, struct cd_opts *);
int	cmd_check(int, char **, struct cd_opts *);
int	cmd_migrate(int, char **, struct cd_opts *);
int	cmd_learn(int, char **, struct cd_opts *);
int	cmd_seen(int, char **, struct cd_opts *);
int	cmd_import_verdicts(int, char **, struct cd_opts *);

/*
 * Parses ARGC/ARGV for a command: the shared options go into OPTS, the
 * command's own long options (LONGOPTS, may be NULL, ending with a zeroed
 * entry) are handed to ONOPT with getopt's optarg; an entry whose val is a
 * letter is also that short option ("-o"). Operands are left in argv[optind..argc). Returns 0, or 2
 * after printing a usage error.
 */
struct option;
int	cmd_getopt(int argc, char **argv, struct cd_opts *opts,
	    const struct option *longopts,
	    int (*onopt)(int ch, const char *optarg, void *arg), void *arg);

/* Runs command CE with the shared options' defaults; returns the exit
 * status, 1 when standard output could not be written (a closed pipe is not
 * reported). */
int	cmd_run(const struct cmd_entry *ce, int argc, char **argv);
/* Flushes standard output: 0, or 1 after a message (EPIPE: 0, silent). */
int	cmd_flush_stdout(void);
/* The shared options, described for --help. */
extern const char cmd_options_help[];
/* True when ARG is a long option that takes a value ("--db"). */
int	cmd_option_takes_value(const char *arg);

/* "claimdesk: FMT..." on stderr. Returns 1 (the failure exit status). */
int	cmd_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "claimdesk: WHAT: CAUSE" on stderr; frees CAUSE (may be NULL). Returns
 * 1. */
int	cmd_fail_cause(const char *what, char *cause);
/* "claimdesk: FMT..." and a pointer to --help on stderr. Returns 2. */
int	cmd_usage(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* A word an option takes, and what it stands for. */
struct cmd_word {
	const char	*name;
	int		 value;
};
/* Sets *VALUE to the value of ARG among the N WORDS and returns 0; else
 * returns the usage error (2) "WHAT: unknown KIND: ARG (A, B or C)", the
 * words named in their order. */
int	cmd_word_arg(const char *what, const char *kind, const char *arg,
	    const struct cmd_word *words, size_t n, int *value);
/* The kinds --as takes: text and html, as enum page_as values. */
#define CMD_PAGE_AS_N	2
extern const struct cmd_word cmd_page_as[CMD_PAGE_AS_N];
/* 0 when ARG, the value of option WHAT, is UTF-8, else the usage error
 * "WHAT: not UTF-8 at byte N" (2): it would be stored and published. */
int	cmd_text_arg(const char *what, const char *arg);
/* The same for a URL to publish: http or https with a host, no white
 * space or control character. */
int	cmd_url_arg(const char *what, const char *url);

/* Opens the database OPTS names (SPEC §2 order) with store_open()'s FLAGS
 * (STORE_READONLY, STORE_FALLBACK); NULL after printing the error. Caller
 * closes with store_close(). */
struct store;
struct store	*cmd_open_store(struct cd_opts *opts, int flags);

/* For a command that takes no operand and only reads: parses ARGC/ARGV
 * (the shared options into OPTS) and opens the database read-only. 0 with
 * *STORE, or the exit status after printing why not. */
int		 cmd_open_reader(int argc, char **argv, struct cd_opts *opts,
		    struct store **store);

/* The import options OPTS give, with the abbreviations AB, the rule file
 * RULES and the model MODEL (all borrowed; MODEL NULL for the rules'
 * weights), into *IO. */
struct abbrevs;
struct import_opts;
void		 cmd_import_opts(struct cd_opts *opts, const struct abbrevs *ab,
		    const char *rules, const char *model, struct import_opts *io);
/* The model file --model names, or the default one; NULL for "none".
 * Allocated. */
char		*cmd_model_path(struct cd_opts *opts);

/* The reviewer name: --reviewer, $CLAIMDESK_REVIEWER, the login name.
 * Borrowed, never NULL. */
const char	*cmd_reviewer(struct cd_opts *);

/* Loads the rule file OPTS names (--rules, $XDG_CONFIG_HOME/claimdesk/rules,
 * the installed or build-tree data/claim-rules) and, unless it says
 * "weights fixed" or --model is "none", the model (--model,
 * $XDG_CONFIG_HOME/claimdesk/model, data/claim-model) that weighs it;
 * NULL after printing. */
struct ruleset	*cmd_load_rules(struct cd_opts *);
/* Loads data/abbreviations (installed or build-tree); NULL after printing. */
struct abbrevs	*cmd_load_abbrevs(void);

#endif
