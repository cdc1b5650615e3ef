/* cmd-list.c: "claimdesk list": the articles with their progress. */
#include <sys/ioctl.h>

#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "cmd-text.h"
#include "meta.h"
#include "paths.h"
#include "store.h"
#include "xmalloc.h"

#define TITLE_MAX	60	/* columns of title on a terminal */
#define SITE_MAX	24	/* and of site */
#define TITLE_MIN	16	/* a title narrower is no use */
#define TWIN_TITLE_MIN	8	/* of a title beside its twin's file */

struct list_row {
	struct st_summary	 s;	/* its strings not kept */
	char			*title;	/* safe for the terminal */
	char			*twin;	/* NULL, or " (FILE)" after a title
					   another article has too: never
					   cut */
	char			*path;	/* its file or URL, as stored */
	char			*date;	/* the day it was published, or "-" */
	char			*site;	/* safe, or "-" */
};

struct list_rows {
	struct list_row	*v;
	size_t		 n, cap;
};

static int
list_collect(const struct st_summary *sum, void *arg)
{
	struct list_rows	*rows = arg;
	struct list_row		*r;

	rows->v = xgrow(rows->v, &rows->cap, rows->n, sizeof *rows->v);
	r = &rows->v[rows->n++];
	memset(r, 0, sizeof *r);
	r->s = *sum;
	r->s.title = r->s.path = r->s.updated_at = NULL;
	r->s.site = r->s.date = NULL;
	r->title = cmd_text_line(sum->title);
	r->path = xstrdup(sum->path != NULL ? sum->path : "");
	r->site = cmd_text_line(sum->site != NULL ? sum->site : "-");
	/* An ISO 8601 date and time shows as its day. */
	if (sum->date == NULL)
		r->date = xstrdup("-");
	else if (meta_date_ok(sum->date))
		r->date = xstrndup(sum->date, 10);
	else
		r->date = cmd_text_line(sum->date);
	return 0;
}

static int
digits(int64_t n)
{
	int	d = 1;

	for (; n >= 10; n /= 10)
		d++;
	return d;
}

/* The terminal's width in columns, or 0 when unknown. */
static size_t
list_columns(void)
{
	struct winsize	ws;

	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return 0;
}

/* Row R's counts, in the order of the columns. */
static void
list_values(const struct list_row *r, int *v)
{
	v[0] = r->s.revision;
	v[1] = r->s.claims;
	v[2] = r->s.reviewed;
	v[3] = r->s.verified;
	v[4] = r->s.disputed;
	v[5] = r->s.unsourced;
	v[6] = r->s.orphans;
	v[7] = r->s.stale;
}

/* The widths CW of the N count columns: their headings HEAD, or the
 * widest value VW when wider. */
static void
list_widths(const char *const *head, const int *vw, size_t n, int *cw)
{
	size_t	j;

	for (j = 0; j < n; j++)
		cw[j] = (int)strlen(head[j]) > vw[j] ? (int)strlen(head[j]) :
		    vw[j];
}

/* The columns the id (IW) and the N counts (CW) take, their gaps too. */
static size_t
list_fixed(int iw, const int *cw, size_t n)
{
	size_t	fixed = (size_t)iw, j;

	for (j = 0; j < n; j++)
		fixed += 2 + (size_t)cw[j];
	return fixed;
}

/*
 * Columns: ID, TITLE, then counts right-aligned under their headings; on a
 * terminal (TITLE_MAX not 0) the STALE verdicts (counted among VERIFIED,
 * DISPUTED and UNSOURCED) and notes, the publication DATE and SITE follow,
 * left out of what scripts read so that their columns stay as they were.
 */
static size_t
list_title_width(const struct list_row *r)
{
	return cmd_text_width(r->title) + (r->twin != NULL ?
	    cmd_text_width(r->twin) : 0);
}

/* R's title in TW columns: a title narrowed keeps the file that tells it
 * from its twin ("Unemployment falls… (june/a.txt)"), the titles of all
 * cut alike (MAXWW: the widest file). */
static void
list_title(const struct list_row *r, size_t tw, size_t maxww)
{
	size_t	ww = r->twin != NULL ? cmd_text_width(r->twin) : 0;
	char	*t;

	if (ww > 0 && list_title_width(r) > tw &&
	    tw >= maxww + TWIN_TITLE_MIN) {
		cmd_text_pad(stdout, r->title, tw - maxww);
		fputs(r->twin, stdout);
		for (; ww < maxww; ww++)
			putchar(' ');
		return;
	}
	t = xasprintf("%s%s", r->title, r->twin != NULL ? r->twin : "");
	cmd_text_pad(stdout, t, tw);
	free(t);
}

static void
list_print(const struct list_rows *rows, size_t title_max)
{
	static const char	*full[] = { "REV", "CLAIMS", "REVIEWED",
				    "VERIFIED", "DISPUTED", "UNSOURCED",
				    "ORPHANS", "STALE" };
	/* On a terminal too narrow for those. */
	static const char	*brief[] = { "REV", "CLAIMS", "DONE", "VERIF",
				    "DISP", "UNSRC", "ORPH", "STALE" };
	const char *const	*head = full;
	const struct list_row	*r;
	size_t			 i, j, tw = 5, dw = 4, sw = 4;
	size_t			 ncol = title_max != 0 ? 8 : 7, cols, fixed;
	size_t			 room, tmin, maxww = 0;
	int			 iw = 2, v[8], vw[8], cw[8], dated, sited;

	memset(vw, 0, sizeof vw);
	for (i = 0; i < rows->n; i++) {
		r = &rows->v[i];
		list_values(r, v);
		for (j = 0; j < 8; j++) {
			if (digits(v[j]) > vw[j])
				vw[j] = digits(v[j]);
		}
		if (digits(r->s.id) > iw)
			iw = digits(r->s.id);
		if (list_title_width(r) > tw)
			tw = list_title_width(r);
		if (r->twin != NULL && cmd_text_width(r->twin) > maxww)
			maxww = cmd_text_width(r->twin);
		if (cmd_text_width(r->date) > dw)
			dw = cmd_text_width(r->date);
		if (cmd_text_width(r->site) > sw)
			sw = cmd_text_width(r->site);
	}
	if (title_max != 0 && tw > title_max)
		tw = title_max;
	if (dw > 10)
		dw = 10;
	if (sw > SITE_MAX)
		sw = SITE_MAX;
	/* On a terminal the rows fit its width: the title narrower, then
	 * the site, then the date left out, then the headings shortened. */
	dated = sited = title_max != 0;
	list_widths(head, vw, ncol, cw);
	if (title_max != 0 && (cols = list_columns()) > 0) {
		/* Titles all narrower than TITLE_MIN need only their own;
		 * twins, room for the file that tells them apart. */
		tmin = tw < TITLE_MIN ? tw : TITLE_MIN;
		for (i = 0; i < rows->n; i++) {
			r = &rows->v[i];
			if (r->twin != NULL && cmd_text_width(r->twin) +
			    TWIN_TITLE_MIN > tmin)
				tmin = cmd_text_width(r->twin) + TWIN_TITLE_MIN;
		}
		if (tmin > tw)
			tmin = tw;
		fixed = list_fixed(iw, cw, ncol);
		if (fixed + 2 + tmin > cols) {
			head = brief;
			list_widths(head, vw, ncol, cw);
			fixed = list_fixed(iw, cw, ncol);
		}
		while (fixed + 2 + (dated ? 2 + dw : 0) + (sited ? 2 + sw : 0) +
		    tmin > cols && (sited || dated)) {
			if (sited)
				sited = 0;
			else
				dated = 0;
		}
		room = fixed + 2 + (dated ? 2 + dw : 0) + (sited ? 2 + sw : 0);
		/* The twins' room asked for, not taken past the width. */
		if (tmin > TITLE_MIN && tw > TITLE_MIN && room + tmin > cols)
			tmin = cols > room + TITLE_MIN ? cols - room : TITLE_MIN;
		if (room + tw > cols)
			tw = cols > room + tmin ? cols - room : tmin;
	}
	printf("%*s  ", iw, "ID");
	cmd_text_pad(stdout, "TITLE", tw);
	for (j = 0; j < ncol; j++)
		printf("  %*s", cw[j], head[j]);
	if (dated) {
		fputs("  ", stdout);
		cmd_text_pad(stdout, "DATE", dw);
	}
	if (sited)
		fputs("  SITE", stdout);
	putchar('\n');
	for (i = 0; i < rows->n; i++) {
		r = &rows->v[i];
		list_values(r, v);
		printf("%*" PRId64 "  ", iw, r->s.id);
		list_title(r, tw, maxww);
		for (j = 0; j < ncol; j++)
			printf("  %*d", cw[j], v[j]);
		if (dated) {
			fputs("  ", stdout);
			cmd_text_pad(stdout, r->date, dw);
		}
		if (sited) {
			fputs("  ", stdout);
			cmd_text_pad(stdout, r->site, cmd_text_width(r->site) >
			    sw ? sw : cmd_text_width(r->site));
		}
		putchar('\n');
	}
}

/* On a terminal, two articles of one title show their files (or URLs)
 * after it, from the first folder where they part, as the picker does. */
static void
list_twins(struct list_rows *rows)
{
	struct paths_twin	*tw;
	struct list_row		*r;
	const char		*seg;
	char			*p, *slash;
	size_t			 i;

	tw = xreallocarray(NULL, rows->n + 1, sizeof *tw);
	for (i = 0; i < rows->n; i++) {
		tw[i].title = rows->v[i].title;
		tw[i].path = rows->v[i].path;
	}
	paths_twins(tw, rows->n);
	for (i = 0; i < rows->n; i++) {
		if (!tw[i].twin)
			continue;
		r = &rows->v[i];
		/* Only the folder where they part, or the file: "(…/metro/…)"
		 * tells it from "(…/national/…)" in little room. */
		seg = r->path + tw[i].off;
		p = cmd_text_line(seg);
		if ((slash = strchr(p, '/')) != NULL)
			slash[1] = '\0';
		r->twin = xasprintf(" (%s%s%s)", tw[i].off > 0 ?
		    "\xe2\x80\xa6/" : "", p, slash != NULL ?
		    "\xe2\x80\xa6" : "");
		free(p);
	}
	free(tw);
}

int
cmd_list(int argc, char **argv, struct cd_opts *opts)
{
	struct list_rows	 rows;
	struct store		*store;
	char			*cause = NULL;
	size_t			 i;
	int			 rc;

	if ((rc = cmd_open_reader(argc, argv, opts, &store)) != 0)
		return rc;
	memset(&rows, 0, sizeof rows);
	if (store_list(store, list_collect, &rows, &cause) != 0) {
		rc = cmd_fail_cause(store_path(store), cause);
	} else if (rows.n > 0) {
		if (isatty(STDOUT_FILENO))
			list_twins(&rows);
		list_print(&rows, isatty(STDOUT_FILENO) ? TITLE_MAX : 0);
	}
	for (i = 0; i < rows.n; i++) {
		free(rows.v[i].title);
		free(rows.v[i].twin);
		free(rows.v[i].path);
		free(rows.v[i].date);
		free(rows.v[i].site);
	}
	free(rows.v);
	store_close(store);
	return rc;
}
