/* cmd_import_verdicts.c: "claimdesk import-verdicts": earlier verdicts
 * published elsewhere (ClaimReview JSON-LD, TSV) into the database. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "claimreview.h"
#include "cmd.h"
#include "cmd-text.h"
#include "meta.h"
#include "store.h"
#include "verdict-tsv.h"
#include "xmalloc.h"

enum { FORMAT_GUESS, FORMAT_CLAIMREVIEW, FORMAT_TSV };

static const struct option iv_options[] = {
	{ "format",	required_argument,	NULL,	'f' },
	{ NULL,		0,			NULL,	0 }
};

/* Rows told of one by one, of each kind; the rest counted. */
#define IV_TOLD	5

struct iv_ctx {
	struct store	*store;
	const char	*name;		/* the file's, for messages */
	int		 format;
	size_t		 n, added, updated, same, unmapped;
	size_t		 repeated, undated, dissent;
	char		*told[IV_TOLD];	/* dissent, told once committed */
	size_t		 ntold;
	char		*cause;		/* the store's, when one failed */
	int		 progress;
	struct timespec	 last;
};

static const struct cmd_word iv_formats[] = {
	{ "claimreview", FORMAT_CLAIMREVIEW }, { "tsv", FORMAT_TSV }
};

static int
iv_option(int ch, const char *arg, void *data)
{
	struct iv_ctx	*c = data;

	if (ch != 'f')
		return 2;
	return cmd_word_arg("import-verdicts", "format", arg, iv_formats,
	    sizeof iv_formats / sizeof iv_formats[0], &c->format);
}

static void
progress(struct iv_ctx *c)
{
	struct timespec	now;

	if (!c->progress || c->n % 1000 != 0)
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if ((now.tv_sec - c->last.tv_sec) * 1000 +
	    (now.tv_nsec - c->last.tv_nsec) / 1000000 < 100)
		return;
	c->last = now;
	fprintf(stderr, "\rimporting verdicts: %zu", c->n);
	fflush(stderr);
}

static void	tell(const struct iv_ctx *, const struct st_imported *,
		    const char *);

static int
one(const struct st_imported *v, void *arg)
{
	struct iv_ctx		*c = arg;
	enum imported_state	 state;
	size_t			 first;
	char			*what;

	if (store_import_verdict(c->store, v, &state, &first, &c->cause) != 0)
		return -1;
	c->n++;
	c->unmapped += v->status <= 0;
	switch (state) {
	case IMPORTED_NEW:	c->added++; break;
	case IMPORTED_UPDATED:	c->updated++; break;
	case IMPORTED_SAME:	c->same++; break;
	case IMPORTED_REPEATED:
		/* The file gives one verdict twice: the later stands. */
		if (c->repeated++ < IV_TOLD) {
			what = first == 0 ? xstrdup("gives again a verdict "
			    "given before in the file; this one is kept") :
			    xasprintf("gives again %s of %s %zu; this one "
			    "is kept", v->id != NULL && *v->id != '\0' ?
			    "the id" : "the claim", c->format == FORMAT_TSV ?
			    "line" : "ClaimReview", first);
			tell(c, v, what);
			free(what);
		}
		break;
	}
	if (!meta_date_readable(v->date) &&
	    c->undated++ < IV_TOLD)
		tell(c, v, "its date cannot be read; kept as written");
	progress(c);
	return 0;
}

/* Tells on standard error of the verdict V: WHAT. */
static void
tell(const struct iv_ctx *c, const struct st_imported *v, const char *what)
{
	char	*line = cmd_text_line(v->claim), *claim;

	claim = cmd_text_cut(line, 40);
	if (c->progress)
		fputs("\r\033[K", stderr);
	if (v->place == 0)
		cmd_fail("%s: \"%s\": %s", c->name, claim, what);
	else
		cmd_fail("%s: %s %zu (\"%s\"): %s", c->name,
		    c->format == FORMAT_TSV ? "line" : "ClaimReview", v->place,
		    claim, what);
	free(claim);
	free(line);
}

/* A claim given a verdict here, linked to an imported verdict this import
 * changed to another: the claim took the old one, or saw otherwise. */
static void
dissent(const struct st_dissent *d, const char *id, const char *claim,
    enum verdict now, void *arg)
{
	struct iv_ctx	*c = arg;
	char		*title = cmd_text_line(d->title != NULL ? d->title : "");
	char		*line = cmd_text_line(claim != NULL ? claim : "");
	char		*cut = cmd_text_cut(title, 40), *cl = cmd_text_cut(line,
			    40);

	if (c->dissent++ < IV_TOLD)
		c->told[c->ntold++] = xasprintf("%s: claim %d of \"%s\" "
		    "(article %lld) is %s, but the verdict it is linked to "
		    "(%s%s\"%s\") now says %s: look at it again", c->name,
		    d->number, cut, (long long)d->article,
		    verdict_name(d->status), id != NULL ? id : "",
		    id != NULL ? ", " : "", cl, now != VERDICT_NONE ?
		    verdict_name(now) : "no verdict");
	free(cut);
	free(cl);
	free(title);
	free(line);
}

/* After the rows told one by one, how many more of their kind. */
static void
tell_rest(size_t n, const char *what)
{
	if (n > IV_TOLD)
		cmd_fail("and %zu more %s", n - IV_TOLD, what);
}

/* The whole of F, NUL-terminated; its length in *LEN. NULL on a read
 * error (errno set). */
static char *
read_all(FILE *f, size_t *len)
{
	char	*buf = NULL;
	size_t	 cap = 0, n;

	*len = 0;
	for (;;) {
		if (cap - *len < 65536) {
			cap = cap ? cap * 2 : 1 << 20;
			buf = xreallocarray(buf, cap, 1);
		}
		n = fread(buf + *len, 1, cap - *len - 1, f);
		*len += n;
		if (n == 0)
			break;
	}
	if (ferror(f)) {
		free(buf);
		return NULL;
	}
	buf[*len] = '\0';
	return buf;
}

/* The format of NAME by its extension, or by the first byte of F: JSON
 * starts with "{" or "[". */
static int
guess(const char *name, FILE *f)
{
	const char	*dot = strrchr(name, '.');
	int		 ch;

	if (dot != NULL && (strcmp(dot, ".tsv") == 0 ||
	    strcmp(dot, ".tab") == 0))
		return FORMAT_TSV;
	if (dot != NULL && (strcmp(dot, ".json") == 0 ||
	    strcmp(dot, ".jsonld") == 0 || strcmp(dot, ".jsonl") == 0))
		return FORMAT_CLAIMREVIEW;
	while ((ch = getc(f)) != EOF && (ch == ' ' || ch == '\t' ||
	    ch == '\n' || ch == '\r'))
		/* nothing */;
	if (ch != EOF)
		ungetc(ch, f);
	return ch == '{' || ch == '[' ? FORMAT_CLAIMREVIEW : FORMAT_TSV;
}

static int
read_file(struct iv_ctx *c, const char *name, FILE *f, char **cause)
{
	char	*text;
	size_t	 len;
	int	 rc;

	if (c->format == FORMAT_GUESS)
		c->format = guess(name, f);
	if (c->format == FORMAT_TSV)
		return verdict_tsv_read(f, one, c, cause);
	if ((text = read_all(f, &len)) == NULL) {
		*cause = xstrdup(strerror(errno));
		return -1;
	}
	rc = claimreview_read(text, len, one, c, cause);
	free(text);
	return rc;
}

int
cmd_import_verdicts(int argc, char **argv, struct cd_opts *opts)
{
	struct iv_ctx	 c;
	const char	*name;
	FILE		*f;
	char		*cause = NULL;
	size_t		 i;
	int		 rc;

	memset(&c, 0, sizeof c);
	if ((rc = cmd_getopt(argc, argv, opts, iv_options, iv_option,
	    &c)) != 0)
		return rc;
	if (argc - optind != 1)
		return cmd_usage("import-verdicts: one FILE (or - for "
		    "standard input) expected");
	name = argv[optind];
	c.name = strcmp(name, "-") == 0 ? "standard input" : name;
	if (strcmp(name, "-") == 0)
		f = stdin;
	else if ((f = fopen(name, "r")) == NULL)
		return cmd_fail("%s: %s", name, strerror(errno));
	if ((c.store = cmd_open_store(opts, 0)) == NULL) {
		if (f != stdin)
			fclose(f);
		return 1;
	}
	c.progress = isatty(STDERR_FILENO);
	/* Importing again does it again: no flush to disk on the way. */
	if (store_set_bulk(c.store, 1, &cause) != 0 ||
	    store_import_begin(c.store, &cause) != 0) {
		rc = cmd_fail("%s: %s", store_path(c.store), cause);
		goto out;
	}
	if (read_file(&c, name, f, &cause) != 0) {
		store_import_rollback(c.store);
		if (c.cause != NULL)
			rc = cmd_fail("%s: %s", store_path(c.store), c.cause);
		else
			rc = cmd_fail("%s: %s", name, cause);
		goto out;
	}
	if (store_import_dissent(c.store, dissent, &c, &cause) != 0) {
		store_import_rollback(c.store);
		rc = cmd_fail("%s: %s", store_path(c.store), cause);
		goto out;
	}
	if (store_import_commit(c.store, &cause) != 0) {
		rc = cmd_fail("%s: %s", store_path(c.store), cause);
		goto out;
	}
	if (c.progress && c.n >= 1000)
		fputs("\r\033[K", stderr);
	if (c.progress && c.ntold > 0)
		fputs("\r\033[K", stderr);
	for (i = 0; i < c.ntold; i++)
		cmd_fail("%s", c.told[i]);
	tell_rest(c.repeated, "given again in the file");
	tell_rest(c.undated, "with a date that cannot be read");
	tell_rest(c.dissent, "claims whose linked verdict now says otherwise");
	printf("%zu earlier verdict%s: %zu new, %zu updated, %zu unchanged",
	    c.n, c.n == 1 ? "" : "s", c.added, c.updated, c.same);
	if (c.repeated > 0)
		printf(", %zu given again in the file (the later kept)",
		    c.repeated);
	printf("; %zu with no verdict (rating absent or unknown)\n",
	    c.unmapped);
	rc = 0;
out:
	for (i = 0; i < c.ntold; i++)
		free(c.told[i]);
	free(cause);
	free(c.cause);
	store_close(c.store);
	if (f != stdin)
		fclose(f);
	return rc;
}
