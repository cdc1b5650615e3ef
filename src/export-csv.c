/* export-csv.c: the csv report: RFC 4180, one row per claim. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "export-int.h"

/*
 * Records end with CR LF. A cell holding a comma, a quote, CR or LF is
 * quoted, its quotes doubled; line breaks inside it are written as LF. A
 * text cell starting with "=", "+", "-", "@", tab or CR is prefixed with "'"
 * so that no spreadsheet reads it as a formula. Control characters and bad
 * UTF-8 are made visible as in the other human formats. No BOM. A report
 * to publish leaves the reviewer cells empty.
 */

static const char csv_special[128] = { ['"'] = 1 };

static void
csv_escape(FILE *f, int ch, void *arg)
{
	(void)arg;
	if (ch == '"')
		fputs("\"\"", f);
	else
		putc(ch, f);
}

void
export_csv_cell(FILE *f, const char *s)
{
	size_t	len;
	int	quote;

	if (s == NULL)
		return;
	len = strlen(s);
	quote = strpbrk(s, ",\"\r\n") != NULL;
	if (quote)
		putc('"', f);
	if (strchr("=+-@\t\r", *s) != NULL && *s != '\0')
		putc('\'', f);
	export_text_write(f, s, len, 1, csv_special, csv_escape, NULL);
	if (quote)
		putc('"', f);
}

/* N cells, comma-separated. */
static void
csv_cells(FILE *f, int n, ...)
{
	va_list	ap;
	int	i;

	va_start(ap, n);
	for (i = 0; i < n; i++) {
		if (i > 0)
			putc(',', f);
		export_csv_cell(f, va_arg(ap, const char *));
	}
	va_end(ap);
}

static void
csv_begin(struct export *ex)
{
	fputs("article_id,article_title,claim,start,end,status,claim_text,"
	    "source,note,reviewer,updated_at,stale_text,source_role,"
	    "source_kind\r\n", ex->out);
}

static void
csv_claim(struct export *ex, const struct ex_article *a,
    const struct st_claim *c)
{
	FILE	*f = ex->out;

	fprintf(f, "%lld,", (long long)a->r.id);
	export_csv_cell(f, a->r.title);
	fprintf(f, ",%d,%lld,%lld,%s,", c->number, (long long)c->start,
	    (long long)c->end, verdict_name(c->status));
	csv_cells(f, 8, c->text, c->source, c->note,
	    ex->opts->publish ? NULL : c->reviewer, c->updated_at,
	    c->stale_text, c->source_role, c->source_kind);
	fputs("\r\n", f);
}

const struct export_ops export_csv_ops = {
	.begin = csv_begin,
	.claim = csv_claim
};
