/* export-html.c: the html report: one self-contained, printable page. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "export-int.h"
#include "links.h"
#include "meta.h"
#include "segment.h"
#include "textdiff.h"

/*
 * One page, nothing fetched: inline CSS, no script, no font, no image, and
 * a Content-Security-Policy that forbids them anyway. Per article: its facts,
 * its text with each claim highlighted by verdict (a colour, an underline
 * style and a numbered mark, so print and colour-blind readers lose
 * nothing), then the claims table. Every string is HTML-escaped. Anchors:
 * "aA-cN" is claim N's row in the table (ClaimReview urls point there),
 * "aA-tN" the claim in the text. With an organisation and the report's
 * address, each article ends with the ClaimReview JSON-LD of its verdicts
 * in a <script type="application/ld+json">: data for the tools that read
 * published fact-checks, never run (the policy allows no script).
 */

static const char *const html_marks[] = {
	"\xe2\x97\x8b",		/* U+25CB white circle: unreviewed */
	"\xe2\x9c\x93",		/* U+2713 check mark: verified */
	"\xe2\x9c\x97",		/* U+2717 ballot x: disputed */
	"?"			/* unsourced */
};

/* The legend's order. */
static const enum verdict html_legend[] = {
	VERDICT_VERIFIED, VERDICT_DISPUTED, VERDICT_UNSOURCED, VERDICT_NONE
};

static const char html_special[128] = {
	['&'] = 1, ['<'] = 1, ['>'] = 1, ['"'] = 1, ['\''] = 1
};

static const char html_style[] =
":root{--ink:#1f2328;--dim:#57606a;--line:#d0d7de;--ok:#1a7f37;"
"--bad:#cf222e;--warn:#9a6700;--none:#6e7781}\n"
"*{box-sizing:border-box}\n"
"body{margin:0;color:var(--ink);background:#fff;font:1rem/1.5 system-ui,"
"-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",\"DejaVu Sans\",sans-serif}\n"
"header,article{max-width:62rem;margin:0 auto;padding:1.5rem 2rem}\n"
"h1{font-size:1.7rem;margin:0 0 .3rem}\n"
"h2{font-size:1.35rem;margin:0 0 .6rem}\n"
"h3{font-size:1.05rem;margin:1.6rem 0 .4rem}\n"
"article{border-top:2px solid var(--line)}\n"
".meta{color:var(--dim);margin:.2rem 0}\n"
".empty{color:var(--dim);margin:.9rem 0 0}\n"
".legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;margin:.8rem 0 0;"
"padding:0;list-style:none}\n"
"dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;"
"margin:0 0 1rem}\n"
"dt{color:var(--dim)}dd{margin:0;overflow-wrap:anywhere}\n"
".text{white-space:pre-wrap;overflow-wrap:anywhere;font:1.06rem/1.75 "
"Georgia,\"DejaVu Serif\",serif;background:#f6f8fa;border:1px solid "
"var(--line);border-radius:6px;padding:1rem 1.3rem;margin:0}\n"
".c{color:inherit;padding:.1em .15em;border-radius:3px;"
"text-decoration-line:underline;text-decoration-thickness:2px;"
"text-underline-offset:.22em;-webkit-box-decoration-break:clone;"
"box-decoration-break:clone}\n"
".n{font:700 .72rem/1 system-ui,\"DejaVu Sans\",sans-serif;color:#fff;"
"background:var(--k);border-radius:3px;padding:.12em .3em;"
"margin-right:.3em;text-decoration:none;vertical-align:.15em;"
"white-space:nowrap}\n"
".m{font-weight:700;color:var(--k)}\n"
".v-verified{--k:var(--ok);background-color:#dafbe1;"
"text-decoration-color:var(--ok);text-decoration-style:solid}\n"
".v-disputed{--k:var(--bad);background-color:#ffebe9;"
"text-decoration-color:var(--bad);text-decoration-style:wavy}\n"
".v-unsourced{--k:var(--warn);background-color:#fff8c5;"
"text-decoration-color:var(--warn);text-decoration-style:dashed}\n"
".v-unreviewed{--k:var(--none);background-color:#eaeef2;"
"text-decoration-color:var(--none);text-decoration-style:dotted}\n"
".stale{--k:var(--dim);background-color:#f6f8fa;"
"text-decoration-color:var(--dim);text-decoration-style:double}\n"
"tr.v-verified,tr.v-disputed,tr.v-unsourced,tr.v-unreviewed"
"{background:none}\n"
"table{border-collapse:collapse;table-layout:fixed;width:100%;"
"margin-top:1.2rem;font-size:.92rem}\n"
".k-n{width:6%}.k-v{width:13%}.k-t{width:29%}.k-s{width:14%}"
".k-who{width:14%}\n"
"td:first-child{white-space:nowrap;overflow-wrap:normal}\n"
"th,td{text-align:left;vertical-align:top;padding:.45rem .5rem;"
"border-bottom:1px solid var(--line);overflow-wrap:anywhere}\n"
"thead th{border-bottom:2px solid var(--dim);white-space:nowrap}\n"
"td.v{white-space:nowrap}\n"

"td.note{white-space:pre-wrap;overflow-wrap:anywhere}\n"
"td.who{color:var(--dim)}\n"
".none{color:var(--dim);font-style:italic}\n"
".role{display:block;color:var(--dim);font-size:.85rem}\n"
".seen{display:block;margin-top:.3rem;color:var(--dim);font-size:.85rem}\n"
".dissent{color:var(--bad)}\n"
".gap,.excerpts{color:var(--dim)}\n"
"a{color:#0969da}\n"
":target{outline:3px solid #0969da;outline-offset:2px}\n"
"@media (max-width:40rem){\n"
"header,article{padding:1rem}\n"
"table,tbody,tr,td{display:block;width:auto}thead,colgroup{display:none}\n"
"tr{padding:.5rem 0;border-bottom:1px solid var(--line)}\n"
"td{border:0;padding:.1rem 0}\n"
"td:first-child,td.v{display:inline-block;margin-right:.6rem}\n"
"td.s::before{content:\"Source: \";color:var(--dim)}\n"
"td.note:not(:empty)::before{content:\"Note: \";color:var(--dim)}\n"
"}\n"
"@media print{\n"
"html{font-size:10pt}\n"
"header,article{max-width:none;padding:0 0 1rem}\n"
"article{border:0;break-before:page}\n"
"main>article:first-child{break-before:auto}\n"
".text{background:none;border:0;padding:0}\n"
"tr{break-inside:avoid}thead{display:table-header-group}\n"
"h2,h3,.meta{break-after:avoid}\n"
".c,.n,.m{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
"a{color:inherit;text-decoration:none}\n"
"}\n";

static void
html_escape(FILE *f, int ch, void *arg)
{
	(void)arg;
	switch (ch) {
	case '&':	fputs("&amp;", f); break;
	case '<':	fputs("&lt;", f); break;
	case '>':	fputs("&gt;", f); break;
	case '"':	fputs("&quot;", f); break;
	case '\'':	fputs("&#39;", f); break;
	default:	putc(ch, f); break;
	}
}

void
export_html_text(FILE *f, const char *s, size_t len)
{
	export_text_write(f, s, len, 1, html_special, html_escape, NULL);
}

static void
html_str(FILE *f, const char *s)
{
	export_html_text(f, s, strlen(s));
}

/* Text with its http(s) links made into links. */
static void
html_linked(FILE *f, const char *s)
{
	size_t	len = strlen(s), i = 0, start = 0, n;

	while (i < len) {
		if ((s[i] != 'h' && s[i] != 'H') ||
		    (n = export_text_link(s + i, len - i)) == 0) {
			i++;
			continue;
		}
		export_html_text(f, s + start, i - start);
		fputs("<a href=\"", f);
		export_html_text(f, s + i, n);
		fputs("\">", f);
		export_html_text(f, s + i, n);
		fputs("</a>", f);
		i += n;
		start = i;
	}
	export_html_text(f, s + start, len - start);
}

/* An ISO 8601 UTC time shown as "2025-07-01 11:04 UTC". */
static void
html_time(FILE *f, const char *iso)
{
	fputs("<time>", f);
	if (strlen(iso) == 20 && iso[10] == 'T' && iso[19] == 'Z')
		fprintf(f, "%.10s %.5s UTC", iso, iso + 11);
	else
		html_str(f, iso);
	fputs("</time>", f);
}

static void
html_begin(struct export *ex)
{
	const struct export_opts	*o = ex->opts;
	FILE				*f = ex->out;
	enum verdict			 v;
	int				 i;

	fprintf(f, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, "
	    "initial-scale=1\">\n"
	    "<meta http-equiv=\"Content-Security-Policy\" content=\""
	    "default-src 'none'; style-src 'unsafe-inline'\">\n"
	    "<meta name=\"generator\" content=\"claimdesk %s\">\n"
	    "<title>Fact-check report</title>\n<style>\n%s</style>\n"
	    "</head>\n<body>\n<header>\n<h1>Fact-check report</h1>\n"
	    "<p class=\"meta\">Generated ", PACKAGE_VERSION, html_style);
	html_time(f, ex->generated_at);
	fputs(" by claimdesk " PACKAGE_VERSION, f);
	if (o->org != NULL && *o->org != '\0') {
		fputs(" for ", f);
		html_str(f, o->org);
	}
	fputs(".</p>\n<ul class=\"legend\">\n", f);
	for (i = 0; i < VERDICT_COUNT; i++) {
		v = html_legend[i];
		if (!export_wanted(ex, v))
			continue;
		fprintf(f, "<li><span class=\"c v-%s\"><span class=\"m\">%s"
		    "</span> %s</span></li>\n", verdict_name(v), html_marks[v],
		    verdict_name(v));
	}
	/* A report to publish leaves stale verdicts out. */
	if (!o->publish)
		fputs("<li><span class=\"c stale\"><span class=\"m\">!</span> "
		    "stale: the text changed after the verdict</span></li>\n",
		    f);
	fputs("</ul>\n</header>\n<main>\n", f);
}

/* A row of the facts list when VALUE is known. */
static void
html_fact(FILE *f, const char *name, const char *value)
{
	if (value == NULL)
		return;
	fprintf(f, "<dt>%s</dt><dd>", name);
	html_str(f, value);
	fputs("</dd>\n", f);
}

/* What the article's page says of it: outlet, authors, date, link. */
static void
html_meta(FILE *f, const struct ex_article *a)
{
	const struct meta	*m = a->r.meta;
	size_t			 i;

	html_fact(f, "Outlet", m->site);
	if (m->nauthors > 0) {
		fputs("<dt>By</dt><dd>", f);
		for (i = 0; i < m->nauthors; i++) {
			if (i > 0)
				fputs(", ", f);
			html_str(f, m->authors[i]);
		}
		fputs("</dd>\n", f);
	}
	if (m->date != NULL) {
		fputs("<dt>Published</dt><dd>", f);
		html_time(f, m->date);
		fputs("</dd>\n", f);
	}
	if (a->r.url != NULL) {
		fputs("<dt>Link</dt><dd>", f);
		if (links_url_ok(a->r.url)) {
			fputs("<a href=\"", f);
			html_str(f, a->r.url);
			fputs("\">", f);
			html_str(f, a->r.url);
			fputs("</a>", f);
		} else
			html_str(f, a->r.url);
		fputs("</dd>\n", f);
	}
}

/* A report to publish: what was checked, nothing of the desk's files. */
static void
html_facts_public(struct export *ex, const struct ex_article *a)
{
	FILE	*f = ex->out;

	fputs("<dl>\n", f);
	html_meta(f, a);
	fputs("<dt>Checked</dt><dd>", f);
	export_put_checked(ex, a, f);
	fputs("</dd>\n</dl>\n", f);
}

static void
html_facts(FILE *f, const struct ex_article *a)
{
	fputs("<dl>\n<dt>File</dt><dd>", f);
	html_str(f, a->r.path);
	fputs("</dd>\n", f);
	html_meta(f, a);
	fprintf(f, "<dt>Revision</dt><dd>%d, imported ", a->r.revision);
	html_time(f, a->r.imported_at);
	fputs("</dd>\n<dt>Progress</dt><dd>", f);
	export_progress(f, a);
	if (a->orphans > 0)
		fprintf(f, " \xc2\xb7 %d orphaned", a->orphans);
	fputs("</dd>\n</dl>\n", f);
}

/* Where the text walk is: the article, its text and the bytes written. */
struct html_walk {
	const struct ex_article	*a;
	const char		*text;
	size_t			 len, pos;
	int			 quoted;	/* a claim was written */
};

/* Whether the N bytes at S are white space only. */
static int
html_blank(const char *s, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' &&
		    s[i] != '\r')
			return 0;
	}
	return 1;
}

/*
 * The article's text from where the walk W is to byte TO: in the desk's
 * report, as it is; in a report to publish, whose readers need the claims
 * and not another outlet's article, "[…]" for what is not white space
 * (the sentences checked are quoted, with the breaks between them).
 */
static void
html_between(struct export *ex, struct html_walk *w, size_t to)
{
	const char	*s = w->text + w->pos;
	size_t		 n = to - w->pos;

	if (!ex->opts->publish || html_blank(s, n))
		export_html_text(ex->out, s, n);
	else
		fprintf(ex->out, "%s<span class=\"gap\">[\xe2\x80\xa6]</span>"
		    "%s", w->quoted ? "\n" : "", to < w->len ? "\n" : "");
	w->pos = to;
}

static void
html_mark(struct export *ex, const struct st_claim *c, void *arg)
{
	struct html_walk	*w = arg;
	FILE			*f = ex->out;
	size_t			 start, end, k;
	int			 stale = c->stale_text != NULL;

	start = c->start;
	end = c->end;
	if (start < w->pos)
		start = w->pos;	/* overlaps the claim before: the rest */
	if (end > w->len)
		end = w->len;
	if (end <= start)
		return;
	html_between(ex, w, start);
	/* A list item's marker is the list's: before the claim's mark. */
	if (start == c->start && (k = segment_marker_span(w->text + start,
	    end - start)) > 0) {
		export_html_text(f, w->text + start, k);
		start += k;
	}
	fprintf(f, "<mark class=\"c v-%s%s\" id=\"a%lld-t%d\"><a class=\"n\" "
	    "href=\"#a%lld-c%d\" title=\"Claim %d: %s%s\">%d\xc2\xa0%s%s</a>",
	    verdict_name(c->status), stale ? " stale" : "",
	    (long long)w->a->r.id, c->number, (long long)w->a->r.id,
	    c->number, c->number, verdict_name(c->status), !stale ? "" :
	    c->status != VERDICT_NONE ? ", stale: the text changed after the "
	    "verdict" : ", stale: the text changed after the note", c->number,
	    stale ? "!" : "", html_marks[c->status]);
	export_html_text(f, w->text + start, end - start);
	fputs("</mark>", f);
	w->pos = end;
	w->quoted = 1;
}

/* The article text, BOM left out, claims highlighted. */
static void
html_text(struct export *ex, const struct ex_article *a)
{
	struct html_walk	w;

	memset(&w, 0, sizeof w);
	w.a = a;
	if (export_text(ex, a, &w.text, &w.len) != 0)
		return;
	if (w.len >= 3 && memcmp(w.text, "\xef\xbb\xbf", 3) == 0)
		w.pos = 3;
	if (ex->opts->publish)
		fputs("<p class=\"excerpts\">The sentences checked, as the "
		    "article gives them; [\xe2\x80\xa6] stands for the rest"
		    ".</p>\n", ex->out);
	fputs("<div class=\"text\">", ex->out);
	if (export_each_claim(ex, a, html_mark, &w) != 0)
		return;
	html_between(ex, &w, w.len);
	fputs("</div>\n", ex->out);
}

static void
html_table_start(FILE *f, int publish)
{
	fprintf(f, "<table>\n<colgroup><col class=\"k-n\"><col class=\"k-v\">"
	    "<col class=\"k-t\"><col class=\"k-s\"><col><col class=\"k-who\">"
	    "</colgroup>\n"
	    "<thead><tr><th>#</th><th>Verdict</th><th>Claim</th>"
	    "<th>Source</th><th>Note</th><th>%s</th></tr></thead>\n"
	    "<tbody>\n", publish ? "Checked" : "Reviewer");
}

static void
html_article(struct export *ex, const struct ex_article *a)
{
	FILE	*f = ex->out;

	fprintf(f, "<article id=\"a%lld\">\n<h2>", (long long)a->r.id);
	html_str(f, *a->r.title != '\0' ? a->r.title : "(untitled)");
	fputs("</h2>\n", f);
	if (ex->opts->publish)
		html_facts_public(ex, a);
	else
		html_facts(f, a);
	html_text(ex, a);
	ex->phase = 0;
	ex->sub = 0;
}

static void
html_match(struct export *ex, const struct st_match *m, void *arg)
{
	FILE	*f = ex->out;

	(void)arg;
	fprintf(f, "<span class=\"seen\">Seen before: <span class=\"m v-%s\">"
	    "%s</span> %s in article %lld \xe2\x80\x9c", verdict_name(m->status),
	    html_marks[m->status], verdict_name(m->status),
	    (long long)m->article);
	html_str(f, m->title);
	fprintf(f, "\xe2\x80\x9d, revision %d, claim %d (%d%% alike)",
	    m->revision, m->number, (int)(m->similarity * 100 + 0.5));
	if (*m->note != '\0') {
		fputs(": ", f);
		html_linked(f, m->note);
	}
	if (export_dissents(ex, m->of, m->claim))
		fputs(" <strong class=\"dissent\">Another verdict than this "
		    "one.</strong>", f);
	fputs("</span>", f);
}

/* A verdict published elsewhere the claim is linked to. */
static void
html_imported(struct export *ex, const struct st_imported_match *m,
    void *arg)
{
	FILE	*f = ex->out;

	(void)arg;
	fprintf(f, "<span class=\"seen\">Seen before: <span class=\"m v-%s\">"
	    "%s</span> %s", verdict_name(m->status), html_marks[m->status],
	    m->status != VERDICT_NONE ? verdict_name(m->status) :
	    "no verdict");
	if (m->rating != NULL) {
		fputs(", rated \xe2\x80\x9c", f);
		html_str(f, m->rating);
		fputs("\xe2\x80\x9d", f);
	}
	fputs(" as published", f);
	if (m->org != NULL) {
		fputs(" by ", f);
		html_str(f, m->org);
	}
	if (*m->id != '\0') {
		fputs(" (", f);
		html_str(f, m->id);
		fputs(")", f);
	}
	if (m->url != NULL) {
		fputs(" ", f);
		html_linked(f, m->url);
	}
	fprintf(f, " (%d%% alike)", (int)(m->similarity * 100 + 0.5));
	if (export_dissents(ex, m->of, -m->imported))
		fputs(" <strong class=\"dissent\">It says otherwise than this "
		    "verdict, imported since it was given.</strong>", f);
	fputs("</span>", f);
}

/* One row: number, verdict, text, source, note, reviewer. */
static void
html_row(struct export *ex, const struct ex_article *a,
    const struct st_claim *c)
{
	FILE		*f = ex->out;
	const char	*name = verdict_name(c->status);
	char		*what;

	if (ex->sub++ == 0)
		html_table_start(f, ex->opts->publish);
	if (c->orphan)
		fprintf(f, "<tr class=\"v-%s\"><td>r%d\xc2\xa0#%d</td>", name,
		    c->revision, c->number);
	else
		fprintf(f, "<tr class=\"v-%s\" id=\"a%lld-c%d\"><td><a href=\""
		    "#a%lld-t%d\">%d</a></td>", name, (long long)a->r.id,
		    c->number, (long long)a->r.id, c->number, c->number);
	fprintf(f, "<td class=\"v\"><span class=\"m\">%s%s</span> %s%s</td>"
	    "<td class=\"t\">", c->stale_text != NULL ? "!" : "",
	    html_marks[c->status], name, c->stale_text != NULL ?
	    "<span class=\"seen\">stale</span>" : "");
	html_str(f, c->text);
	/* The desk's record: a report to publish has no use for it. */
	if (c->manual && !ex->opts->publish) {
		fputs(" <span class=\"none\">(", f);
		html_str(f, c->made_from != NULL ? c->made_from :
		    "made by hand");
		fputs(")</span>", f);
	}
	if (c->stale_text != NULL) {
		fputs(c->status != VERDICT_NONE ? "<span class=\"seen\">"
		    "Stale: the text changed after the verdict, which was "
		    "given on: " : "<span class=\"seen\">Stale: the text "
		    "changed after the note, which was written on: ", f);
		html_str(f, c->stale_text);
		if ((what = textdiff_say(c->stale_text, c->text, " → ",
		    0)) != NULL) {
			fputs(" (changed since: ", f);
			html_str(f, what);
			fputs(")", f);
			free(what);
		}
		fputs("</span>", f);
	}
	if (c->matches > 0 && !ex->opts->publish)
		export_each_match(ex, c->id, html_match, html_imported, NULL);
	fputs("</td><td class=\"s\">", f);
	if (c->source != NULL && *c->source != '\0') {
		html_str(f, c->source);
		if (c->source_role != NULL && *c->source_role != '\0') {
			fputs("<span class=\"role\">", f);
			html_str(f, c->source_role);
			fputs("</span>", f);
		}
	} else
		fputs("<span class=\"none\">no source</span>", f);
	fputs("</td><td class=\"note\">", f);
	html_linked(f, c->note);
	/* Written by another than the reviewer: named (a note alone is
	 * named in the reviewer's cell). */
	if (c->note_by != NULL && c->status != VERDICT_NONE &&
	    !ex->opts->publish) {
		fputs("<span class=\"role\">note by ", f);
		html_str(f, c->note_by);
		fputs("</span>", f);
	}
	fputs("</td><td class=\"who\">", f);
	if (c->reviewer != NULL && !ex->opts->publish) {
		/* A note alone: its writer reviewed nothing yet. */
		if (c->status == VERDICT_NONE)
			fputs("note by ", f);
		html_str(f, c->status == VERDICT_NONE ? export_note_by(ex, c) :
		    c->reviewer);
		fputs("<br>", f);
	}
	if (c->reviewer != NULL)
		html_time(f, c->updated_at != NULL ? c->updated_at : "");
	fputs("</td></tr>\n", f);
}

static void
html_claim(struct export *ex, const struct ex_article *a,
    const struct st_claim *c)
{
	html_row(ex, a, c);
}

static void
html_orphan(struct export *ex, const struct ex_article *a,
    const struct st_claim *c)
{
	FILE	*f = ex->out;

	if (!ex->phase) {
		if (ex->sub > 0)
			fputs("</tbody>\n</table>\n", f);
		else
			fputs("<p class=\"empty\">No claims.</p>\n", f);
		fputs("<h3>Orphaned verdicts</h3>\n<p class=\"meta\">Given in "
		    "earlier revisions; their claims are no longer in the "
		    "text.</p>\n", f);
		ex->phase = 1;
		ex->sub = 0;
	}
	html_row(ex, a, c);
}

/* The ClaimReview walk of an article: the article, and how many so far. */
struct html_ld {
	const struct ex_article	*a;
	size_t			 n;
};

static void
html_review(struct export *ex, const struct st_claim *c, void *arg)
{
	struct html_ld	*ld = arg;

	export_claimreview_one(ex, ld->a, c, "", &ld->n);
}

/* The article's verdicts as ClaimReview (JSON-LD), for the search and
 * fact-check tools that read a published page: data, which no browser
 * runs (and the page's Content-Security-Policy lets nothing run). */
static void
html_claimreview(struct export *ex, const struct ex_article *a)
{
	struct html_ld	ld = { a, 0 };

	if (!export_claimreview_ok(ex) || export_claimreview_article(ex,
	    a) == 0)
		return;
	fputs("<script type=\"application/ld+json\">\n[", ex->out);
	export_each_claim(ex, a, html_review, &ld);
	fputs("\n]\n</script>\n", ex->out);
}

static void
html_article_end(struct export *ex, const struct ex_article *a)
{
	if (ex->sub > 0)
		fputs("</tbody>\n</table>\n", ex->out);
	else if (!ex->phase)
		fputs("<p class=\"empty\">No claims.</p>\n", ex->out);
	html_claimreview(ex, a);
	fputs("</article>\n", ex->out);
}

static void
html_end(struct export *ex)
{
	if (ex->done.articles == 0)
		fputs("<article><p class=\"empty\">No articles.</p></article>\n",
		    ex->out);
	fputs("</main>\n</body>\n</html>\n", ex->out);
}

const struct export_ops export_html_ops = {
	.begin = html_begin,
	.article = html_article,
	.claim = html_claim,
	.orphan = html_orphan,
	.article_end = html_article_end,
	.end = html_end,
	.details = 1
};
