/* export-claimreview.c: schema.org ClaimReview (JSON-LD) for each verdict. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "export-int.h"
#include "links.h"
#include "json.h"
#include "meta.h"
#include "xmalloc.h"

/*
 * A JSON-LD array with one ClaimReview per claim that has a verdict
 * (unreviewed claims, stale verdicts and orphans are left out). The rating
 * follows the verdict: Verified 3, Unsourced 2, Disputed 1, on a scale
 * from 1 to 3. "url" is the published report's address (--url) with the
 * claim's anchor in the html report ("#a1-c3"); "reviewBody" is the note.
 * itemReviewed is the claim: its source as author, the article's
 * publication date, and the article (canonical URL, headline, date,
 * authors, outlet) as its appearance. The html report embeds the same
 * objects, one array per article. The strings are
 * escaped as JSON with "<", ">" and "&" as \u escapes, so the array may be
 * pasted into a <script type="application/ld+json"> element as it is.
 */

/*
 * Words that make a source an organisation rather than a person. A
 * heuristic for the schema.org type of itemReviewed.author only: nothing
 * else depends on it.
 */
static const char *const claimreview_org_words[] = {
	"agency", "army", "association", "authority", "bank", "board",
	"bureau", "center", "centre", "commission", "committee", "company",
	"congress", "corp", "corporation", "council", "court", "daily",
	"data", "department", "embassy", "federation", "figures",
	"foundation", "government", "group", "herald", "inc", "institute",
	"journal", "kremlin", "league", "llc", "ltd", "media", "ministry",
	"navy", "news", "office", "officials", "organisation", "organization",
	"parliament", "party", "plc", "police", "post", "press", "report",
	"senate", "service", "statistics", "survey", "times", "tribune",
	"union", "university"
};

/* True when the word of LEN bytes at W is in the list above. */
static int
claimreview_org_word(const char *w, size_t len)
{
	size_t	i;

	for (i = 0; i < sizeof claimreview_org_words /
	    sizeof claimreview_org_words[0]; i++) {
		if (strlen(claimreview_org_words[i]) == len &&
		    strncasecmp(w, claimreview_org_words[i], len) == 0)
			return 1;
	}
	return 0;
}

/* True when the word of LEN bytes at W is an acronym ("NATO", "U.N."). */
static int
claimreview_acronym(const char *w, size_t len)
{
	size_t	i, upper = 0;

	for (i = 0; i < len; i++) {
		if (islower((unsigned char)w[i]))
			return 0;
		upper += isupper((unsigned char)w[i]) != 0;
	}
	return upper >= 2;
}

const char *
export_claimreview_author_type(const char *source)
{
	const char	*p = source, *w;
	size_t		 len;

	if (islower((unsigned char)*source) ||
	    strncasecmp(source, "the ", 4) == 0)
		return "Organization";
	while (*p != '\0') {
		while (*p != '\0' && !isalnum((unsigned char)*p) &&
		    (unsigned char)*p < 0x80)
			p++;
		for (w = p; *p != '\0' && (isalnum((unsigned char)*p) ||
		    *p == '.' || (unsigned char)*p >= 0x80); p++)
			;
		len = (size_t)(p - w);
		if (len > 0 && (claimreview_org_word(w, len) ||
		    claimreview_acronym(w, len)))
			return "Organization";
	}
	return "Person";
}

/* Words of a byline that name no person: "By Staff", "By Reuters Staff",
 * "By Kelso Herald". */
static const char *const claimreview_byline_words[] = {
	"staff", "editors", "editorial", "desk", "wire", "writers",
	"reporters", "reuters", "associated", "newsroom", "news", "agency",
	"bureau", "herald", "gazette", "tribune", "times"
};

const char *
export_claimreview_byline_type(const char *author)
{
	const char	*p = author, *w;
	size_t		 len, i;

	for (;;) {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		for (w = p; *p != '\0' && *p != ' '; p++)
			;
		len = (size_t)(p - w);
		for (i = 0; i < sizeof claimreview_byline_words /
		    sizeof claimreview_byline_words[0]; i++) {
			if (strlen(claimreview_byline_words[i]) == len &&
			    strncasecmp(w, claimreview_byline_words[i],
			    len) == 0)
				return "Organization";
		}
	}
	/* Initials are a person's ("J.R. Smith"): an acronym names a body
	 * only as the whole byline ("AP", "AFP"). */
	if (strchr(author, ' ') == NULL && strchr(author, '.') == NULL &&
	    claimreview_acronym(author, strlen(author)))
		return "Organization";
	/* Not the words of sources' bodies: a byline's "Court", "Post"
	 * or "Service" is a surname. */
	if (strncasecmp(author, "the ", 4) == 0)
		return "Organization";
	return "Person";
}

/* The schema.org type of the claim's author, from its source's kind (a
 * source set by hand before kinds were given has none: told from its
 * words), or NULL when the claim has no author to name: no source, a
 * document, or an unnamed one ("officials"). */
static const char *
claimreview_author(const struct st_claim *c)
{
	if (c->source == NULL || *c->source == '\0')
		return NULL;
	if (c->source_kind == NULL)
		return export_claimreview_author_type(c->source);
	if (strcmp(c->source_kind, "person") == 0)
		return "Person";
	if (strcmp(c->source_kind, "organisation") == 0)
		return "Organization";
	return NULL;
}

static void
claimreview_begin(struct export *ex)
{
	putc('[', ex->out);
}

static int
claimreview_rating(enum verdict v)
{
	switch (v) {
	case VERDICT_VERIFIED:	return 3;
	case VERDICT_UNSOURCED:	return 2;
	case VERDICT_DISPUTED:	return 1;
	default:		return 0;
	}
}

/* The report address with the claim's anchor: BASE#aID-cN. */
static void
claimreview_url(struct export *ex, const struct ex_article *a,
    const struct st_claim *c, const char *in)
{
	const char	*base = ex->opts->url;
	char		*url;
	size_t		 len;

	len = strcspn(base, "#");
	url = xasprintf("%.*s#a%lld-c%d", (int)len, base, (long long)a->r.id,
	    c->number);
	fprintf(ex->out, ",\n%s  \"url\": ", in);
	json_str(ex->out, url);
	free(url);
}

/* Text from an article, a note or a page as a JSON string to publish, as
 * the other reports write it: a control character or a bidi override in
 * it is a visible placeholder ("^[", "<U+202E>"), never the character. */
static void
cr_str(FILE *f, const char *s)
{
	FILE	*m;
	char	*safe = NULL;
	size_t	 len = 0;

	if (s == NULL || (m = open_memstream(&safe, &len)) == NULL) {
		json_str(f, s);		/* escaped all the same */
		return;
	}
	export_text_write(m, s, strlen(s), 1, NULL, NULL, NULL);
	if (fclose(m) != 0 || safe == NULL)
		json_str(f, s);
	else
		json_string(f, safe, len);
	free(safe);
}

/* Where the claim appeared: the article, by its canonical URL, with what
 * its page says of it. */
static void
claimreview_appearance(FILE *f, const struct ex_article *a, const char *in)
{
	const struct meta	*m = a->r.meta;
	size_t			 i;

	fprintf(f, ",\n%s    \"appearance\": {\"@type\": \"CreativeWork\", "
	    "\"url\": ", in);
	json_str(f, a->r.url);
	fputs(", \"headline\": ", f);
	cr_str(f, a->r.title);
	if (m->date != NULL && meta_date_ok(m->date)) {
		fputs(", \"datePublished\": ", f);
		json_str(f, m->date);
	}
	if (m->nauthors > 0) {
		fputs(", \"author\": [", f);
		for (i = 0; i < m->nauthors; i++) {
			fprintf(f, "%s{\"@type\": \"%s\", \"name\": ",
			    i > 0 ? ", " : "",
			    export_claimreview_byline_type(m->authors[i]));
			cr_str(f, m->authors[i]);
			putc('}', f);
		}
		putc(']', f);
	}
	if (m->site != NULL) {
		fputs(", \"publisher\": {\"@type\": \"Organization\", "
		    "\"name\": ", f);
		cr_str(f, m->site);
		putc('}', f);
	}
	if (m->lang != NULL) {
		fputs(", \"inLanguage\": ", f);
		json_str(f, m->lang);
	}
	putc('}', f);
}

/* The claim: who made it, when it was published (the article's
 * publication date, when its page gives one in ISO 8601), where. */
static void
claimreview_item(struct export *ex, const struct ex_article *a,
    const struct st_claim *c, const char *in)
{
	FILE			*f = ex->out;
	const struct meta	*m = a->r.meta;
	const char		*type;

	fprintf(f, ",\n%s  \"itemReviewed\": {\n%s    \"@type\": \"Claim\"",
	    in, in);
	if ((type = claimreview_author(c)) != NULL) {
		fprintf(f, ",\n%s    \"author\": {\"@type\": \"%s\", "
		    "\"name\": ", in, type);
		cr_str(f, c->source);
		if (strcmp(type, "Person") == 0 && c->source_role != NULL) {
			fputs(", \"jobTitle\": ", f);
			cr_str(f, c->source_role);
		}
		putc('}', f);
	}
	if (m != NULL && m->date != NULL && meta_date_ok(m->date)) {
		fprintf(f, ",\n%s    \"datePublished\": ", in);
		json_str(f, m->date);
	}
	/* Only a web address is published as where the claim appeared: a
	 * database may hold another scheme from before it was refused. */
	if (m != NULL && links_url_ok(a->r.url))
		claimreview_appearance(f, a, in);
	fprintf(f, "\n%s  }", in);
}

void
export_claimreview_one(struct export *ex, const struct ex_article *a,
    const struct st_claim *c, const char *in, size_t *n)
{
	FILE	*f = ex->out;

	/* A stale verdict is not published: its text changed since. */
	if (c->status == VERDICT_NONE || c->stale_text != NULL)
		return;
	fprintf(f, "%s\n%s{\n%s  \"@context\": \"https://schema.org\",\n"
	    "%s  \"@type\": \"ClaimReview\"", (*n)++ ? "," : "", in, in, in);
	if (ex->opts->url != NULL && *ex->opts->url != '\0')
		claimreview_url(ex, a, c, in);
	fprintf(f, ",\n%s  \"claimReviewed\": ", in);
	cr_str(f, c->text);
	fprintf(f, ",\n%s  \"reviewRating\": {\n%s    \"@type\": \"Rating\",\n"
	    "%s    \"ratingValue\": %d,\n%s    \"bestRating\": 3,\n"
	    "%s    \"worstRating\": 1,\n%s    \"alternateName\": \"%s\"\n"
	    "%s  }", in, in, in, claimreview_rating(c->status), in, in, in,
	    verdict_label(c->status), in);
	claimreview_item(ex, a, c, in);
	if (ex->opts->org != NULL && *ex->opts->org != '\0') {
		fprintf(f, ",\n%s  \"author\": {\"@type\": \"Organization\", "
		    "\"name\": ", in);
		cr_str(f, ex->opts->org);
		putc('}', f);
	}
	fprintf(f, ",\n%s  \"datePublished\": ", in);
	json_str(f, c->updated_at != NULL ? c->updated_at : ex->generated_at);
	if (*c->note != '\0') {
		fprintf(f, ",\n%s  \"reviewBody\": ", in);
		cr_str(f, c->note);
	}
	fprintf(f, "\n%s}", in);
}

int
export_claimreview_ok(const struct export *ex)
{
	const struct export_opts	*o = ex->opts;

	return o->org != NULL && *o->org != '\0' && o->url != NULL &&
	    *o->url != '\0';
}

int
export_claimreview_count(const struct export *ex, const struct ex_article *a)
{
	int	v, n = 0;

	for (v = VERDICT_NONE + 1; v < VERDICT_COUNT; v++) {
		if (export_wanted(ex, (enum verdict)v))
			n += a->r.count[v] - a->r.stale[v];
	}
	return n;
}

int
export_claimreview_article(struct export *ex, const struct ex_article *a)
{
	int	n = export_claimreview_count(ex, a);

	if (n > 0 && !links_url_ok(a->r.url))
		export_warn(ex, "article %lld has %s (claimdesk meta %lld "
		    "--url URL): the appearance of its claims is left out",
		    (long long)a->r.id, a->r.url == NULL ? "no URL" :
		    "a URL no link can carry", (long long)a->r.id);
	return n;
}

static void
claimreview_article(struct export *ex, const struct ex_article *a)
{
	export_claimreview_article(ex, a);
}

static void
claimreview_claim(struct export *ex, const struct ex_article *a,
    const struct st_claim *c)
{
	export_claimreview_one(ex, a, c, "  ", &ex->items);
}

static void
claimreview_end(struct export *ex)
{
	fputs(ex->items ? "\n]\n" : "]\n", ex->out);
}

const struct export_ops export_claimreview_ops = {
	.begin = claimreview_begin,
	.article = claimreview_article,
	.claim = claimreview_claim,
	.end = claimreview_end
};
