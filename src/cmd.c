/* cmd.c: the command table and what every command shares. */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <poll.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "abbrevs.h"
#include "article.h"
#include "cmd.h"
#include "import.h"
#include "links.h"
#include "page.h"
#include "paths.h"
#include "rules.h"
#include "segment.h"
#include "store.h"
#include "suggest.h"
#include "utf8.h"
#include "xmalloc.h"

const struct cmd_entry cmd_table[] = {
	{ "review", "review [OPTIONS] [--as text|html] [--no-advance]\n"
	  "                 [ARTICLE|URL]",
	  "review an article (imported first if new or changed); none: pick one",
	  cmd_review },
	{ "extract", "extract [--all] [--format tsv|json|text] [--as text|html]\n"
	  "                 FILE|URL|-",
	  "print the claims of a file or web page, or its text (no database)",
	  cmd_extract },
	{ "import", "import [OPTIONS] [--url URL] [--as ARTICLE|text|html]\n"
	  "                 FILE|URL|-...",
	  "import articles (files, web pages, -) and extract their claims",
	  cmd_import },
	{ "list", "list [OPTIONS]",
	  "list articles with their claims and verdicts", cmd_list },
	{ "mark", "mark [OPTIONS] ARTICLE CLAIM verified|disputed|unsourced|clear\n"
	  "                 [--note TEXT] [--expect STATUS]",
	  "set a claim's verdict (and note) from a script", cmd_mark },
	{ "meta", "meta [OPTIONS] ARTICLE [--title T] [--date D] [--url U]\n"
	  "                 [--site S] [--author A]... [--lang L] [--format text|json]",
	  "show or set an article's title, authors, date, site and URL",
	  cmd_meta },
	{ "export", "export [OPTIONS] [--format md|html|csv|json|claimreview]\n"
	  "                 [--article ARTICLE]... [--status STATUS]... [--url URL]\n"
	  "                 [--public] [-o FILE]",
	  "write a report of verdicts", cmd_export },
	{ "stats", "stats [OPTIONS]",
	  "count verdicts by status and by reviewer", cmd_stats },
	{ "check", "check [OPTIONS]",
	  "check the database: integrity, history chain, verdicts, orphans",
	  cmd_check },
	{ "migrate", "migrate [OPTIONS] --from DB --to DB",
	  "copy a whole desk to a new database (SQLite, PostgreSQL)",
	  cmd_migrate },
	{ "learn", "learn [OPTIONS] [FILE.tsv...] [--from-db] -o MODEL [--folds N]\n"
	  "                 [--cost C] [--threshold N] [--comment TEXT]",
	  "fit a claim model to labelled sentences (or test it with --folds)",
	  cmd_learn },
	{ "seen", "seen [OPTIONS] [--top K] [--format tsv|json] TEXT|-",
	  "the earlier verdicts most likely about a claim", cmd_seen },
	{ "import-verdicts", "import-verdicts [OPTIONS] [--format claimreview|tsv] FILE|-",
	  "load earlier verdicts published elsewhere", cmd_import_verdicts },
	{ NULL, NULL, NULL, NULL }
};

const char cmd_options_help[] =
    "Options (every command):\n"
    "  --db PATH|URL    the database (else $CLAIMDESK_DB, else\n"
    "                   $XDG_DATA_HOME/claimdesk/claimdesk.db); postgresql://...\n"
    "                   or pg:SERVICE for a PostgreSQL server\n"
    "  --rules PATH     the claim rule file (else $XDG_CONFIG_HOME/claimdesk/rules,\n"
    "                   else the installed claim-rules)\n"
    "  --model PATH     the claim model (else $XDG_CONFIG_HOME/claimdesk/model,\n"
    "                   else the installed claim-model); none: the rules' weights\n"
    "  --reviewer NAME  who is reviewing (else $CLAIMDESK_REVIEWER, else the login)\n"
    "  --org NAME       the organisation named in reports (else $CLAIMDESK_ORG)\n"
    "  --max-size SIZE  the largest article accepted (default 64M; K, M, G suffixes)\n"
    "  --help, --version\n";

enum {
	OPT_DB = 1000,
	OPT_RULES,
	OPT_MODEL,
	OPT_REVIEWER,
	OPT_ORG,
	OPT_MAX_SIZE,
	OPT_HELP
};

static const struct option common_options[] = {
	{ "db",		required_argument,	NULL,	OPT_DB },
	{ "rules",	required_argument,	NULL,	OPT_RULES },
	{ "model",	required_argument,	NULL,	OPT_MODEL },
	{ "reviewer",	required_argument,	NULL,	OPT_REVIEWER },
	{ "org",	required_argument,	NULL,	OPT_ORG },
	{ "max-size",	required_argument,	NULL,	OPT_MAX_SIZE },
	{ "help",	no_argument,		NULL,	OPT_HELP },
};
#define N_COMMON (sizeof common_options / sizeof common_options[0])

/* Command options that take a value, for main()'s search of the command. */
static const char *const value_options[] = {
	"--db", "--rules", "--model", "--reviewer", "--org", "--max-size",
	"--format", "--article", "--status", "--note", "-o", "--output",
	"--url", "--expect", "--as", "--title", "--date", "--site", "--author",
	"--lang", "--folds", "--cost", "--threshold", "--comment", "--top",
	"--from", "--to", NULL
};

int
cmd_option_takes_value(const char *arg)
{
	size_t	i;

	for (i = 0; value_options[i] != NULL; i++) {
		if (strcmp(arg, value_options[i]) == 0)
			return 1;
	}
	return 0;
}

/* Writes "claimdesk: MESSAGE" and END to stderr, MESSAGE made safe for a
 * terminal (file names and arguments are input too) and kept on one line. */
static void
cmd_message(const char *end, const char *fmt, va_list ap)
{
	char	*msg, *safe, *p;

	msg = xvasprintf(fmt, ap);
	safe = utf8_sanitize(msg, strlen(msg));
	for (p = safe; *p != '\0'; p++) {
		if (*p == '\n' || *p == '\t')
			*p = ' ';
	}
	fprintf(stderr, "claimdesk: %s%s", safe, end);
	free(safe);
	free(msg);
}

int
cmd_fail(const char *fmt, ...)
{
	va_list	ap;

	fflush(stdout);
	va_start(ap, fmt);
	cmd_message("\n", fmt, ap);
	va_end(ap);
	return 1;
}

int
cmd_fail_cause(const char *what, char *cause)
{
	cmd_fail("%s: %s", what, cause != NULL ? cause : "unknown error");
	free(cause);
	return 1;
}

int
cmd_usage(const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	cmd_message(" (see claimdesk --help)\n", fmt, ap);
	va_end(ap);
	return 2;
}

const struct cmd_word cmd_page_as[CMD_PAGE_AS_N] = {
	{ "text", PAGE_AS_TEXT }, { "html", PAGE_AS_HTML }
};

int
cmd_word_arg(const char *what, const char *kind, const char *arg,
    const struct cmd_word *words, size_t n, int *value)
{
	char	*list, *more;
	size_t	 i;
	int	 rc;

	for (i = 0; i < n; i++) {
		if (strcmp(arg, words[i].name) == 0) {
			*value = words[i].value;
			return 0;
		}
	}
	list = xstrdup(n > 0 ? words[0].name : "");
	for (i = 1; i < n; i++) {
		more = xasprintf("%s%s%s", list, i + 1 < n ? ", " : " or ",
		    words[i].name);
		free(list);
		list = more;
	}
	rc = cmd_usage("%s: unknown %s: %s (%s)", what, kind, arg, list);
	free(list);
	return rc;
}

/* Whether standard output is a pipe nobody reads any more. The error of
 * a write that failed long ago is gone by now: ask the pipe. */
static int
cmd_stdout_closed(void)
{
	struct pollfd	p = { .fd = STDOUT_FILENO, .events = POLLOUT };

	return poll(&p, 1, 0) == 1 && (p.revents & POLLERR) != 0;
}

int
cmd_flush_stdout(void)
{
	int	saved = 0;

	if (fflush(stdout) != 0)
		saved = errno;
	else if (!ferror(stdout))
		return 0;
	if (saved == EPIPE || cmd_stdout_closed())
		return 0;
	if (saved == 0)
		saved = EIO;	/* an earlier write failed; its errno is gone */
	return cmd_fail("standard output: %s", strerror(saved));
}

int
cmd_run(const struct cmd_entry *ce, int argc, char **argv)
{
	struct cd_opts	opts;
	int		status, flushed;

	memset(&opts, 0, sizeof opts);
	opts.max_size = ARTICLE_MAX_SIZE;
	status = ce->exec(argc, argv, &opts);
	if (status != 0) {
		/* The command said why already. */
		fflush(stdout);
		return status;
	}
	flushed = cmd_flush_stdout();
	return flushed;
}

/* "64M", "1048576", "2k": bytes, or -1. */
static long long
parse_size(const char *s)
{
	char		*end;
	long long	 n;
	int		 shift = 0;

	errno = 0;
	n = strtoll(s, &end, 10);
	if (errno != 0 || end == s || n < 0)
		return -1;
	switch (tolower((unsigned char)*end)) {
	case '\0':	break;
	case 'k':	shift = 10; end++; break;
	case 'm':	shift = 20; end++; break;
	case 'g':	shift = 30; end++; break;
	default:	return -1;
	}
	if (*end == 'b' || *end == 'B')
		end++;
	if (*end != '\0' || n > (LLONG_MAX >> shift))
		return -1;
	return n << shift;
}

int
cmd_text_arg(const char *what, const char *arg)
{
	size_t	bad;

	if (utf8_validate(arg, strlen(arg), &bad) != 0)
		return cmd_usage("%s: not UTF-8 at byte %zu", what, bad);
	return 0;
}

/* A name written to the database and the reports (a reviewer, an
 * organisation): UTF-8 text on one line, no control character. */
static int
cmd_name_arg(const char *what, const char *arg)
{
	size_t		len = strlen(arg), i, n;
	uint32_t	cp;
	int		rc;

	if ((rc = cmd_text_arg(what, arg)) != 0)
		return rc;
	for (i = 0; i < len; i += n) {
		n = utf8_decode(arg + i, len - i, &cp);
		if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) ||
		    cp == 0x2028 || cp == 0x2029)
			return cmd_usage("%s: a control character at byte "
			    "%zu: a name is one line of text", what, i);
	}
	/* " ana" would be another reviewer than "ana" in every count. */
	if (strspn(arg, " ") == len)
		return cmd_usage("%s: a name is needed", what);
	if (arg[0] == ' ' || arg[len - 1] == ' ')
		return cmd_usage("%s: spaces around \"%s\": a name starts and "
		    "ends with a letter or a sign", what, arg);
	return 0;
}

int
cmd_url_arg(const char *what, const char *url)
{
	const unsigned char	*p;
	const char		*host;
	size_t			 n, scheme;
	int			 rc;

	if ((rc = cmd_text_arg(what, url)) != 0)
		return rc;
	for (p = (const unsigned char *)url; *p != '\0'; p++) {
		if (*p <= ' ' || *p == 0x7f)
			return cmd_usage("%s: not a URL (white space or "
			    "control characters)", what);
	}
	scheme = strcspn(url, ":/");
	if (url[scheme] == ':' && ((scheme == 4 &&
	    strncasecmp(url, "http", 4) == 0) || (scheme == 5 &&
	    strncasecmp(url, "https", 5) == 0)) &&
	    strncmp(url + scheme, "://", 3) != 0)
		return cmd_usage("%s: not a URL: after %.*s: comes //, then "
		    "the host", what, (int)scheme, url);
	/* "https//x", "x.example/a": what is missing, said. */
	if (url[scheme] == '/' && url[scheme + 1] == '/' && ((scheme == 4 &&
	    strncasecmp(url, "http", 4) == 0) || (scheme == 5 &&
	    strncasecmp(url, "https", 5) == 0)))
		return cmd_usage("%s: not a URL: a ':' is missing after %.*s",
		    what, (int)scheme, url);
	if (url[scheme] != ':')
		return cmd_usage("%s: not a URL: it starts with https:// or "
		    "http://", what);
	if (strncasecmp(url, "http://", 7) != 0 &&
	    strncasecmp(url, "https://", 8) != 0)
		return cmd_usage("%s: only http and https URLs are published: "
		    "%.*s", what, (int)scheme, url);
	switch (links_url_authority(url)) {
	case LINKS_NO_HOST:
		return cmd_usage("%s: no host in the URL", what);
	case LINKS_PASSWORD:
		return cmd_usage("%s: a password in the URL, which a published "
		    "link would give away", what);
	case LINKS_BAD_PORT:
		return cmd_usage("%s: the port is not a number from 1 to "
		    "65535", what);
	case LINKS_BAD_HOST:
		/* The host alone: after the user's name, before the port. */
		host = url + scheme + 3;
		n = strcspn(host, "/?#");
		for (p = (const unsigned char *)host;
		    p < (const unsigned char *)host + n; p++) {
			if (*p == '@') {
				n -= (size_t)((const char *)p + 1 - host);
				host = (const char *)p + 1;
			}
		}
		return cmd_usage("%s: not a host name: %.*s", what,
		    (int)strcspn(host, ":/?#"), host);
	case LINKS_AUTHORITY_OK:
		break;
	}
	if (!links_url_ok(url)) {
		n = links_url_span(url, strlen(url));
		if (url[n] > 0x20 && url[n] < 0x7f)
			return cmd_usage("%s: a '%c' at byte %zu, which a "
			    "published link cannot carry: write it "
			    "percent-encoded (%%%02X)", what, url[n], n,
			    (unsigned)(unsigned char)url[n]);
		return cmd_usage("%s: a malformed or unsafe character at "
		    "byte %zu: a published link cannot carry it", what, n);
	}
	return 0;
}

static int
common_option(int ch, const char *arg, struct cd_opts *opts)
{
	long long	size;

	switch (ch) {
	case OPT_DB:		opts->db = arg; return 0;
	case OPT_RULES:		opts->rules = arg; return 0;
	case OPT_MODEL:		opts->model = arg; return 0;
	case OPT_REVIEWER:
		opts->reviewer = arg;
		return cmd_name_arg("--reviewer", arg);
	case OPT_ORG:
		opts->org = arg;
		return cmd_name_arg("--org", arg);
	case OPT_MAX_SIZE:
		if ((size = parse_size(arg)) <= 0)
			return cmd_usage("--max-size: bad size: %s", arg);
		opts->max_size = (size_t)size;
		return 0;
	}
	return -1;
}

/* A usage error for the unknown option ARG of command CMD, naming the
 * nearest of its N options ALL when one is near. Returns 2. */
static int
unknown_option(const char *cmd, const char *arg, const struct option *all,
    size_t n)
{
	const char	*names[64], *near;
	char		 typed[SUGGEST_MAX + 1];
	size_t		 i, len;

	if (strncmp(arg, "--", 2) != 0)
		return cmd_usage("%s: unknown option %s", cmd, arg);
	len = strcspn(arg + 2, "=");
	if (len > SUGGEST_MAX)
		len = SUGGEST_MAX;
	memcpy(typed, arg + 2, len);
	typed[len] = '\0';
	for (i = 0; i < n && i < 64; i++)
		names[i] = all[i].name;
	if ((near = suggest_word(typed, names, i)) != NULL)
		return cmd_usage("%s: unknown option --%s (did you mean "
		    "--%s?)", cmd, typed, near);
	return cmd_usage("%s: unknown option %s", cmd, arg);
}

int
cmd_getopt(int argc, char **argv, struct cd_opts *opts,
    const struct option *longopts,
    int (*onopt)(int, const char *, void *), void *arg)
{
	struct option	*all;
	char		 shortopts[64];
	const char	*env;
	size_t		 n = 0, i, s = 0;
	int		 ch, status = 0;

	if (longopts != NULL) {
		while (longopts[n].name != NULL)
			n++;
	}
	all = xcalloc(N_COMMON + n + 1, sizeof *all);
	memcpy(all, common_options, sizeof common_options);
	if (n > 0)
		memcpy(all + N_COMMON, longopts, n * sizeof *all);
	shortopts[s++] = ':';
	for (i = N_COMMON; i < N_COMMON + n && s + 3 < sizeof shortopts; i++) {
		if (all[i].val > 0 && all[i].val < 128 && isalpha(all[i].val)) {
			shortopts[s++] = (char)all[i].val;
			if (all[i].has_arg == required_argument)
				shortopts[s++] = ':';
		}
	}
	shortopts[s] = '\0';

	optind = 0;
	opterr = 0;
	while (status == 0 &&
	    (ch = getopt_long(argc, argv, shortopts, all, NULL)) != -1) {
		if (ch == '?') {
			if (optopt != 0 && optopt < 128)
				status = cmd_usage("%s: unknown option -%c",
				    argv[0], optopt);
			else
				status = unknown_option(argv[0],
				    argv[optind - 1], all, N_COMMON + n);
		} else if (ch == ':')
			status = cmd_usage("%s: %s needs a value", argv[0],
			    argv[optind - 1]);
		else if (ch == OPT_HELP) {
			status = cmd_usage("try claimdesk --help");
		} else if ((status = common_option(ch, optarg, opts)) == -1) {
			status = onopt != NULL ? onopt(ch, optarg, arg) : 2;
		}
	}
	free(all);
	/* What the environment names is written to the database and the
	 * reports as well. */
	if (status == 0 && (env = getenv("CLAIMDESK_REVIEWER")) != NULL &&
	    *env != '\0')
		status = cmd_name_arg("CLAIMDESK_REVIEWER", env);
	if (status == 0 && (env = getenv("CLAIMDESK_ORG")) != NULL &&
	    *env != '\0')
		status = cmd_name_arg("CLAIMDESK_ORG", env);
	return status;
}

struct store *
cmd_open_store(struct cd_opts *opts, int flags)
{
	struct store	*store;
	char		*path, *safe, *cause = NULL;

	if ((path = paths_db(opts->db, &cause)) == NULL) {
		cmd_fail("database: %s", cause);
		free(cause);
		return NULL;
	}
	store = store_open(path, flags, &cause);
	if (store == NULL) {
		/* A server's URL may hold a password: never shown. */
		safe = store_name_safe(path);
		cmd_fail_cause(safe, cause);
		free(safe);
		free(path);
		return NULL;
	}
	free(path);
	/* On a server, the reviewer is who the server knows. */
	if (store_login(store) != NULL)
		opts->reviewer = store_login(store);
	return store;
}

int
cmd_open_reader(int argc, char **argv, struct cd_opts *opts,
    struct store **store)
{
	int	rc;

	if ((rc = cmd_getopt(argc, argv, opts, NULL, NULL, NULL)) != 0)
		return rc;
	if (optind != argc)
		return cmd_usage("%s: unexpected argument: %s", argv[0],
		    argv[optind]);
	if ((*store = cmd_open_store(opts, STORE_READONLY)) == NULL)
		return 1;
	return 0;
}

void
cmd_import_opts(struct cd_opts *opts, const struct abbrevs *ab,
    const char *rules, const char *model, struct import_opts *io)
{
	memset(io, 0, sizeof *io);
	io->rules_path = rules;
	io->model_path = model;
	io->abbrevs = ab;
	io->max_size = opts->max_size;
	io->reviewer = cmd_reviewer(opts);
}

const char *
cmd_reviewer(struct cd_opts *opts)
{
	const char	*name;
	struct passwd	*pw;

	if (opts->reviewer != NULL && *opts->reviewer != '\0')
		return opts->reviewer;
	name = getenv("CLAIMDESK_REVIEWER");
	if (name != NULL && *name != '\0')
		return opts->reviewer = name;
	if ((pw = getpwuid(getuid())) != NULL && *pw->pw_name != '\0')
		return opts->reviewer = pw->pw_name;
	name = getenv("USER");
	if (name != NULL && *name != '\0')
		return opts->reviewer = name;
	return opts->reviewer = "unknown";
}

char *
cmd_model_path(struct cd_opts *opts)
{
	if (opts->model != NULL && strcmp(opts->model, "none") == 0)
		return NULL;
	return paths_model(opts->model);
}

struct ruleset *
cmd_load_rules(struct cd_opts *opts)
{
	struct ruleset	*rules;
	char		*path, *model, *cause = NULL;

	path = paths_rules(opts->rules);
	model = cmd_model_path(opts);
	if ((rules = rules_load_scored(path, model, &cause)) == NULL) {
		cmd_fail("%s", cause);
		free(cause);
	}
	free(path);
	free(model);
	return rules;
}

struct abbrevs *
cmd_load_abbrevs(void)
{
	struct abbrevs	*abbrevs;
	char		*path, *cause = NULL;

	path = paths_data("abbreviations");
	abbrevs = abbrevs_load(path, &cause);
	if (abbrevs == NULL) {
		cmd_fail("%s", cause);
		free(cause);
	}
	free(path);
	return abbrevs;
}
