/* main.c: claimdesk's entry point: parse the command line and dispatch. */
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "config.h"
#include "cmd.h"
#include "suggest.h"
#include "xmalloc.h"

static void
usage(FILE *f)
{
	const struct cmd_entry	*ce;

	fprintf(f, "usage: claimdesk [OPTIONS] FILE\n");
	for (ce = cmd_table; ce->name != NULL; ce++)
		fprintf(f, "       claimdesk %s\n", ce->usage);
	fprintf(f, "       claimdesk --help | --version\n");
}

static void
help(void)
{
	const struct cmd_entry	*ce;

	printf("claimdesk: a terminal workbench for fact-checking articles.\n\n");
	usage(stdout);
	printf("\nCommands:\n");
	for (ce = cmd_table; ce->name != NULL; ce++)
		printf("  %-15s %s\n", ce->name, ce->help);
	printf("\nArticles:\n"
	    "  FILE             a text or HTML file; - reads standard input\n"
	    "  URL              an http:// or https:// web page, fetched and its\n"
	    "                   article taken from the page\n"
	    "  --as text|html   reads either as that, whatever it looks like\n"
	    "  ARTICLE          one imported: its id, its file or its URL (see list)\n");
	printf("\n%s", cmd_options_help);
	printf("\nSee claimdesk(1) for the review keys and the whole workflow.\n");
}

static const struct cmd_entry *
find_command(const char *name)
{
	const struct cmd_entry	*ce;

	for (ce = cmd_table; ce->name != NULL; ce++) {
		if (strcmp(ce->name, name) == 0)
			return ce;
	}
	return NULL;
}

/*
 * A word in the place of a command that names no command and no file: a
 * usage error, with the command it is nearest to. Returns 2 after saying
 * so, or 0 when WORD may name an article (a file, a URL, an id, a path).
 */
static int
unknown_word(const char *word)
{
	const char		*names[64];
	const char		*near;
	const struct cmd_entry	*ce;
	struct stat		 sb;
	size_t			 n = 0;

	if (stat(word, &sb) == 0 || strchr(word, '/') != NULL ||
	    strchr(word, '.') != NULL || strchr(word, ':') != NULL ||
	    strspn(word, "0123456789") == strlen(word))
		return 0;
	for (ce = cmd_table; ce->name != NULL && n < 64; ce++)
		names[n++] = ce->name;
	if ((near = suggest_word(word, names, n)) != NULL)
		return cmd_usage("%s: no such command (did you mean %s?)",
		    word, near);
	return cmd_usage("%s: no such command, and no such file", word);
}

/*
 * The first operand, skipping options and the values of those that take one,
 * so "claimdesk --db x.db list" finds "list". Returns its index or ARGC.
 */
static int
first_operand(int argc, char **argv)
{
	int	i;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			return i + 1 < argc ? i + 1 : argc;
		if (argv[i][0] != '-' || argv[i][1] == '\0')
			return i;
		if (strchr(argv[i], '=') == NULL && cmd_option_takes_value(argv[i]))
			i++;
	}
	return argc;
}

int
main(int argc, char **argv)
{
	const struct cmd_entry	*ce;
	int			 i, op, status;

	xmalloc_init();
	setlocale(LC_ALL, "");
	signal(SIGPIPE, SIG_IGN);

	for (i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			help();
			return cmd_flush_stdout();
		}
		if (strcmp(argv[i], "--version") == 0 || strcmp(argv[i], "-V") == 0) {
			printf("claimdesk %s\n", PACKAGE_VERSION);
			return cmd_flush_stdout();
		}
	}

	op = first_operand(argc, argv);
	/* "claimdesk help", as git and many tools take it, when no file
	 * is named so. */
	if (op < argc && strcmp(argv[op], "help") == 0 &&
	    access(argv[op], F_OK) != 0) {
		help();
		return cmd_flush_stdout();
	}
	if (op < argc && (ce = find_command(argv[op])) != NULL) {
		/* The command name becomes argv[0] for getopt. */
		memmove(argv + 2, argv + 1, (size_t)(op - 1) * sizeof *argv);
		argv[1] = (char *)ce->name;
		return cmd_run(ce, argc - 1, argv + 1);
	}
	if (op < argc && (status = unknown_word(argv[op])) != 0)
		return status;
	/* claimdesk [OPTIONS] [FILE]: review FILE, or pick an article. */
	argv[0] = (char *)"review";
	return cmd_run(find_command("review"), argc, argv);
}
