/* cmd_seen.c: "claimdesk seen": the earlier verdicts most likely about a
 * claim typed or piped in. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "cmd-text.h"
#include "json.h"
#include "store.h"
#include "utf8.h"
#include "xmalloc.h"

#define SEEN_TOP	5
#define SEEN_TOP_MAX	50	/* the reranker weighs no more */
#define SEEN_INPUT_MAX	(1 << 20)

enum { FORMAT_TSV, FORMAT_JSON };

static const struct option seen_options[] = {
	{ "top",	required_argument,	NULL,	't' },
	{ "format",	required_argument,	NULL,	'f' },
	{ NULL,		0,			NULL,	0 }
};

struct seen_args {
	int	top;
	int	format;
};

static const struct cmd_word seen_formats[] = {
	{ "tsv", FORMAT_TSV }, { "json", FORMAT_JSON }
};

static int
seen_option(int ch, const char *arg, void *data)
{
	struct seen_args	*sa = data;
	char			*end;
	long			 n;

	switch (ch) {
	case 't':
		errno = 0;
		n = strtol(arg, &end, 10);
		if (errno != 0 || end == arg || *end != '\0' || n < 1)
			return cmd_usage("seen: --top: not a number of 1 or "
			    "more: %s", arg);
		sa->top = n > SEEN_TOP_MAX ? SEEN_TOP_MAX : (int)n;
		return 0;
	case 'f':
		return cmd_word_arg("seen", "format", arg, seen_formats,
		    sizeof seen_formats / sizeof seen_formats[0], &sa->format);
	}
	return 2;
}

/* Standard input, whole: NULL after a message when it cannot be read,
 * is too long or is not UTF-8. */
static char *
read_stdin(void)
{
	char	*buf = xmalloc(SEEN_INPUT_MAX + 1);
	size_t	 len = 0, n, bad;

	while ((n = fread(buf + len, 1, SEEN_INPUT_MAX + 1 - len,
	    stdin)) > 0 && len + n <= SEEN_INPUT_MAX)
		len += n;
	if (n > 0 || ferror(stdin)) {
		cmd_fail("standard input: %s", ferror(stdin) ?
		    strerror(errno) : "longer than 1 MiB");
		free(buf);
		return NULL;
	}
	if (utf8_validate(buf, len, &bad) != 0 ||
	    memchr(buf, '\0', len) != NULL) {
		cmd_fail("standard input: not UTF-8 text");
		free(buf);
		return NULL;
	}
	buf[len] = '\0';
	return buf;
}

/* The operands as one text, words joined by spaces. */
static char *
join(int argc, char **argv)
{
	char	*text = xstrdup(""), *t;
	int	 i;

	for (i = 0; i < argc; i++) {
		t = xasprintf("%s%s%s", text, i > 0 ? " " : "", argv[i]);
		free(text);
		text = t;
	}
	return text;
}

static const char *
status_of(const struct st_seen *r)
{
	return r->status == VERDICT_NONE ? NULL : verdict_name(r->status);
}

static void
print_tsv(const struct st_seen *r, size_t n)
{
	size_t	i;

	fputs("id\tsimilarity\tconfident\tverdict\trating\tdate\turl\t"
	    "article\tclaim_number\tclaim\n", stdout);
	for (i = 0; i < n; i++) {
		cmd_text_put(stdout, r[i].id);
		printf("\t%.3f\t%d\t", r[i].similarity, r[i].confident);
		cmd_text_put(stdout, status_of(&r[i]) ? status_of(&r[i]) :
		    "unknown");
		putchar('\t');
		cmd_text_put(stdout, r[i].rating);
		putchar('\t');
		cmd_text_put(stdout, r[i].date);
		putchar('\t');
		cmd_text_put(stdout, r[i].url);
		putchar('\t');
		if (r[i].article > 0)
			printf("%lld\t%d", (long long)r[i].article,
			    r[i].number);
		else
			putchar('\t');
		putchar('\t');
		cmd_text_put(stdout, r[i].claim);
		putchar('\n');
	}
}

static void
print_json(const char *query, const struct st_seen *r, size_t n)
{
	size_t	i;

	fputs("{\"query\": ", stdout);
	json_str(stdout, query);
	fputs(", \"matches\": [", stdout);
	for (i = 0; i < n; i++) {
		printf("%s\n  {\"id\": ", i > 0 ? "," : "");
		json_str(stdout, r[i].id);
		printf(", \"similarity\": %.3f, \"confident\": %s, \"claim\": ",
		    r[i].similarity, r[i].confident ? "true" : "false");
		json_str(stdout, r[i].claim);
		fputs(", \"verdict\": ", stdout);
		json_str(stdout, status_of(&r[i]));
		fputs(", \"rating\": ", stdout);
		json_str(stdout, r[i].rating);
		fputs(", \"url\": ", stdout);
		json_str(stdout, r[i].url);
		fputs(", \"date\": ", stdout);
		json_str(stdout, r[i].date);
		fputs(", \"org\": ", stdout);
		json_str(stdout, r[i].org);
		fputs(", \"differs\": ", stdout);
		json_str(stdout, r[i].differs);
		if (r[i].article > 0)
			printf(", \"article\": %lld, \"claim_number\": %d}",
			    (long long)r[i].article, r[i].number);
		else
			fputs(", \"article\": null, \"claim_number\": null}",
			    stdout);
	}
	fputs(n > 0 ? "\n]}\n" : "]}\n", stdout);
}

/*
 * A text may begin with a dash ("-5% in May", a post quoted with one): an
 * argument that does and has white space in it is text, never options. A
 * copy of ARGV (the strings borrowed) with "--" put before the first such
 * argument; its length in *N.
 */
static char **
text_not_options(int argc, char **argv, int *n)
{
	char	**v = xcalloc((size_t)argc + 2, sizeof *v);
	int	  i, j = 0, done = 0;

	for (i = 0; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			done = 1;
		if (!done && i > 0 && argv[i][0] == '-' &&
		    strpbrk(argv[i], " \t\n") != NULL) {
			v[j++] = (char *)"--";
			done = 1;
		}
		v[j++] = argv[i];
	}
	*n = j;
	return v;
}

/* The command once its options are read: ARGV the text's words. */
static int
seen(const struct seen_args *sa, int argc, char **argv, struct cd_opts *opts)
{
	struct store		*store;
	struct st_seen		*r = NULL;
	char			*text, *cause = NULL;
	size_t			 n = 0, bad;
	int			 rc = 0;

	if (argc == 0)
		return cmd_usage("seen: a TEXT (or - for standard input) "
		    "expected");
	if (argc == 1 && strcmp(argv[0], "-") == 0) {
		if ((text = read_stdin()) == NULL)
			return 1;
	} else {
		text = join(argc, argv);
		if (utf8_validate(text, strlen(text), &bad) != 0) {
			free(text);
			return cmd_fail("seen: the text is not UTF-8");
		}
	}
	if ((store = cmd_open_store(opts, STORE_READONLY)) == NULL) {
		free(text);
		return 1;
	}
	if (store_seen(store, text, (size_t)sa->top, &r, &n, &cause) != 0) {
		rc = cmd_fail("%s: %s", store_path(store), cause);
		free(cause);
	} else if (sa->format == FORMAT_JSON)
		print_json(text, r, n);
	else
		print_tsv(r, n);
	st_seen_free(r, n);
	store_close(store);
	free(text);
	return rc;
}

int
cmd_seen(int argc, char **argv, struct cd_opts *opts)
{
	struct seen_args	 sa = { SEEN_TOP, FORMAT_TSV };
	char			**args;
	int			  nargs, rc;

	args = text_not_options(argc, argv, &nargs);
	rc = cmd_getopt(nargs, args, opts, seen_options, seen_option, &sa);
	if (rc == 0)
		rc = seen(&sa, nargs - optind, args + optind, opts);
	free(args);
	return rc;
}
