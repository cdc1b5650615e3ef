/* export-md.c: the Markdown report: per article, every claim in order. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "export-int.h"
#include "links.h"
#include "meta.h"
#include "textdiff.h"

/*
 * Text is CommonMark-escaped: punctuation that could start markup gets a
 * backslash ("\<script\>", "\*"), and so does a line-leading "#", "-", "+",
 * "=" or "1." so that no heading or list appears. In notes, line breaks are
 * kept (as hard breaks) and http(s) links become autolinks ("<https://...>").
 */

#define MD_START	0x1	/* S starts a line */
#define MD_LINES	0x2	/* keep line breaks and links (notes) */

static const char md_special[128] = {
	['\\'] = 1, ['`'] = 1, ['*'] = 1, ['_'] = 1, ['['] = 1, [']'] = 1,
	['<'] = 1, ['>'] = 1, ['&'] = 1, ['|'] = 1, ['~'] = 1, ['#'] = 1
};

static void
md_escape(FILE *f, int ch, void *arg)
{
	(void)arg;
	putc('\\', f);
	putc(ch, f);
}

/* Escapes what would make the line at S a heading, list or quote; returns
 * the bytes written. */
static size_t
md_line_start(FILE *f, const char *s, size_t len)
{
	size_t	i = 0;

	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i < len && s[i] != '\0' && strchr("#+-=", s[i]) != NULL) {
		md_escape(f, s[i], NULL);
		return i + 1;
	}
	while (i < len && isdigit((unsigned char)s[i]))
		putc(s[i++], f);
	if (i > 0 && i < len && (s[i] == '.' || s[i] == ')') &&
	    isdigit((unsigned char)s[i - 1])) {
		md_escape(f, s[i], NULL);
		return i + 1;
	}
	return i;
}

/* One line of a note: text escaped, links as autolinks. */
static void
md_note_line(FILE *f, const char *s, size_t len)
{
	size_t	i = 0, start = 0, n;

	while (i < len) {
		if ((s[i] != 'h' && s[i] != 'H') ||
		    (n = export_text_link(s + i, len - i)) == 0) {
			i++;
			continue;
		}
		export_text_write(f, s + start, i - start, 0, md_special,
		    md_escape, NULL);
		putc('<', f);
		export_text_write(f, s + i, n, 0, NULL, NULL, NULL);
		putc('>', f);
		i += n;
		start = i;
	}
	export_text_write(f, s + start, len - start, 0, md_special, md_escape,
	    NULL);
}

static void
md_write(FILE *f, const char *s, size_t len, int flags)
{
	size_t	i, eol, skip;

	if (!(flags & MD_LINES)) {
		skip = flags & MD_START ? md_line_start(f, s, len) : 0;
		export_text_write(f, s + skip, len - skip, 0, md_special,
		    md_escape, NULL);
		return;
	}
	while (len > 0 && strchr(" \t\r\n", s[len - 1]) != NULL)
		len--;	/* a break at the end would show as a backslash */
	for (i = 0; i < len; i = eol) {
		eol = i + strcspn(s + i, "\r\n");
		if (eol > len)
			eol = len;
		if (i > 0)
			fputs("\\\n  ", f);	/* a hard break, indented */
		skip = i > 0 || (flags & MD_START) ?
		    md_line_start(f, s + i, eol - i) : 0;
		md_note_line(f, s + i + skip, eol - i - skip);
		if (eol < len && s[eol] == '\r' && eol + 1 < len &&
		    s[eol + 1] == '\n')
			eol++;
		if (eol < len)
			eol++;
	}
}

void
export_md_text(FILE *f, const char *s, int multiline)
{
	md_write(f, s, strlen(s), multiline ? MD_START | MD_LINES : 0);
}

static void
md_begin(struct export *ex)
{
	const struct export_opts	*o = ex->opts;
	FILE				*f = ex->out;

	fprintf(f, "# Fact-check report\n\nGenerated %s by claimdesk %s",
	    ex->generated_at, PACKAGE_VERSION);
	if (o->org != NULL && *o->org != '\0') {
		fputs(" for ", f);
		md_write(f, o->org, strlen(o->org), 0);
	}
	fputs(".\n", f);
	if (o->statuses != 0) {
		fputs("Only claims that are ", f);
		export_put_wanted(ex, f, " or ", "");
		fputs(".\n", f);
	}
}

/* What the article's page says of it: outlet, authors, date, link. */
static void
md_meta(FILE *f, const struct ex_article *a)
{
	const struct meta	*m = a->r.meta;
	size_t			 i;

	if (m->site != NULL) {
		fputs("\n- Outlet: ", f);
		md_write(f, m->site, strlen(m->site), 0);
	}
	for (i = 0; i < m->nauthors; i++) {
		fputs(i == 0 ? "\n- By: " : ", ", f);
		md_write(f, m->authors[i], strlen(m->authors[i]), 0);
	}
	if (m->date != NULL) {
		fputs("\n- Published: ", f);
		md_write(f, m->date, strlen(m->date), 0);
	}
	if (a->r.url != NULL) {
		fputs("\n- Link: ", f);
		if (links_url_ok(a->r.url)) {
			putc('<', f);
			export_text_write(f, a->r.url, strlen(a->r.url), 0,
			    NULL, NULL, NULL);
			putc('>', f);
		} else
			md_write(f, a->r.url, strlen(a->r.url), 0);
	}
}

static void
md_article(struct export *ex, const struct ex_article *a)
{
	FILE	*f = ex->out;

	fputs("\n## ", f);
	if (*a->r.title == '\0')
		fputs("(untitled)", f);
	md_write(f, a->r.title, strlen(a->r.title), MD_START);
	fputs("\n", f);
	if (ex->opts->publish) {
		md_meta(f, a);
		fputs("\n- Checked: ", f);
		export_put_checked(ex, a, f);
		fputs("\n", f);
		ex->phase = 0;
		return;
	}
	fputs("\n- File: ", f);
	md_write(f, a->r.path, strlen(a->r.path), 0);
	md_meta(f, a);
	fprintf(f, "\n- Revision %d, imported %s\n- Progress: ", a->r.revision,
	    a->r.imported_at);
	export_progress(f, a);
	if (a->orphans > 0)
		fprintf(f, "\n- Orphaned verdicts: %d (listed at the end)",
		    a->orphans);
	fputc('\n', f);
	if (a->claims == 0)
		fputs("\nNo claims.\n", f);
	ex->phase = 0;
}

static void
md_match(struct export *ex, const struct st_match *m, void *arg)
{
	FILE	*f = ex->out;

	(void)arg;
	fprintf(f, "  - %s in article %lld \xe2\x80\x9c",
	    verdict_name(m->status), (long long)m->article);
	md_write(f, m->title, strlen(m->title), 0);
	fprintf(f, "\xe2\x80\x9d, revision %d, claim %d (%d%% alike)",
	    m->revision, m->number, (int)(m->similarity * 100 + 0.5));
	if (*m->note != '\0') {
		fputs(": ", f);
		md_write(f, m->note, strlen(m->note), MD_LINES);
	}
	if (export_dissents(ex, m->of, m->claim))
		fputs(" \xe2\x80\x94 **another verdict than this one**", f);
	putc('\n', f);
}

/* "disputed, rated “False” by Factdesk (fc1 https://…), 97% alike" */
static void
md_imported(struct export *ex, const struct st_imported_match *m, void *arg)
{
	FILE	*f = ex->out;

	(void)arg;
	fprintf(f, "  - %s", m->status != VERDICT_NONE ?
	    verdict_name(m->status) : "no verdict");
	if (m->rating != NULL) {
		fputs(", rated \xe2\x80\x9c", f);
		md_write(f, m->rating, strlen(m->rating), 0);
		fputs("\xe2\x80\x9d", f);
	}
	fputs(" as published", f);
	if (m->org != NULL) {
		fputs(" by ", f);
		md_write(f, m->org, strlen(m->org), 0);
	}
	if (*m->id != '\0' || m->url != NULL) {
		fputs(" (", f);
		if (*m->id != '\0')
			md_write(f, m->id, strlen(m->id), 0);
		if (*m->id != '\0' && m->url != NULL)
			putc(' ', f);
		if (m->url != NULL)
			md_note_line(f, m->url, strlen(m->url));
		putc(')', f);
	}
	fprintf(f, ", %d%% alike", (int)(m->similarity * 100 + 0.5));
	if (export_dissents(ex, m->of, -m->imported))
		fputs(" \xe2\x80\x94 **it says otherwise than this verdict, "
		    "imported since it was given**", f);
	putc('\n', f);
}

/* A claim: heading, text as a quote, then its details as a list. */
static void
md_claim_body(struct export *ex, const struct st_claim *c)
{
	FILE		*f = ex->out;
	const char	*who;
	char		*what;

	fprintf(f, ": %s%s%s\n\n> ", verdict_name(c->status),
	    c->stale_text != NULL ? " (stale: the text changed after the " :
	    "", c->stale_text == NULL ? "" : c->status != VERDICT_NONE ?
	    "verdict)" : "note)");
	md_write(f, c->text, strlen(c->text), MD_START);
	fputs("\n\n", f);
	if (c->stale_text != NULL) {
		fputs(c->status != VERDICT_NONE ? "- Verdict given on: " :
		    "- Note written on: ", f);
		md_write(f, c->stale_text, strlen(c->stale_text), 0);
		putc('\n', f);
		if ((what = textdiff_say(c->stale_text, c->text, " → ",
		    0)) != NULL) {
			fputs("- Changed since: ", f);
			md_write(f, what, strlen(what), 0);
			putc('\n', f);
			free(what);
		}
	}
	fputs("- Source: ", f);
	if (c->source != NULL && *c->source != '\0') {
		md_write(f, c->source, strlen(c->source), 0);
		if (c->source_role != NULL && *c->source_role != '\0') {
			fputs(" (", f);
			md_write(f, c->source_role, strlen(c->source_role), 0);
			putc(')', f);
		}
	} else
		fputs("no source", f);
	if (*c->note != '\0') {
		fputs("\n- Note", f);
		/* Written by another than the reviewer below: named (a
		 * note alone is named on the reviewer's line). */
		if (c->note_by != NULL && c->status != VERDICT_NONE &&
		    !ex->opts->publish) {
			fputs(" by ", f);
			md_write(f, c->note_by, strlen(c->note_by), 0);
		}
		fputs(": ", f);
		md_write(f, c->note, strlen(c->note), MD_LINES);
	}
	if (ex->opts->publish)
		fprintf(f, "\n- Checked: %s", c->updated_at != NULL ?
		    c->updated_at : "");
	else if (c->reviewer != NULL && c->status == VERDICT_NONE) {
		/* A note alone: its writer reviewed nothing yet. */
		who = export_note_by(ex, c);
		fputs("\n- Reviewer: not reviewed yet (note by ", f);
		md_write(f, who, strlen(who), 0);
		fprintf(f, ", %s)", c->updated_at != NULL ? c->updated_at : "");
	} else if (c->reviewer != NULL) {
		fputs("\n- Reviewer: ", f);
		md_write(f, c->reviewer, strlen(c->reviewer), 0);
		fprintf(f, ", %s", c->updated_at != NULL ? c->updated_at : "");
	} else
		fputs("\n- Reviewer: not reviewed yet", f);
	putc('\n', f);
	if (c->matches > 0 && !ex->opts->publish) {
		fputs("- Seen before:\n", f);
		export_each_match(ex, c->id, md_match, md_imported, NULL);
	}
}

static void
md_claim(struct export *ex, const struct ex_article *a,
    const struct st_claim *c)
{
	(void)a;
	fprintf(ex->out, "\n### Claim %d", c->number);
	if (c->manual && !ex->opts->publish)
		fprintf(ex->out, " (%s)", c->made_from != NULL ?
		    c->made_from : "made by hand");
	md_claim_body(ex, c);
}

static void
md_orphan(struct export *ex, const struct ex_article *a,
    const struct st_claim *c)
{
	(void)a;
	if (!ex->phase) {
		fputs("\n### Orphaned verdicts\n\nVerdicts given in earlier "
		    "revisions whose claims are no longer in the text.\n",
		    ex->out);
		ex->phase = 1;
	}
	fprintf(ex->out, "\n#### Revision %d, claim %d", c->revision,
	    c->number);
	md_claim_body(ex, c);
}

const struct export_ops export_md_ops = {
	.begin = md_begin,
	.article = md_article,
	.claim = md_claim,
	.orphan = md_orphan,
	.details = 1
};
