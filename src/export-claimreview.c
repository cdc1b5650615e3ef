/* export-claimreview.c: schema.org ClaimReview (JSON-LD) for each verdict. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "export-int.h"
#include "json.h"
#include "xmalloc.h"

/*
 * A JSON-LD array with one ClaimReview per claim that has a verdict
 * (unreviewed claims, stale verdicts and orphans are left out). The rating follows the
 * verdict: Verified 3, Unsourced 2, Disputed 1, on a scale from 1 to 3.
 * "url" is the published report's address (--url) with the claim's anchor
 * in the html report ("#a1-c3"); "reviewBody" is the note. The strings are
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
    const struct st_claim *c)
{
	const char	*base = ex->opts->url;
	char		*url;
	size_t		 len;

	len = strcspn(base, "#");
	url = xasprintf("%.*s#a%lld-c%d", (int)len, base, (long long)a->r.id,
	    c->number);
	fputs(",\n    \"url\": ", ex->out);
	json_str(ex->out, url);
	free(url);
}

static void
claimreview_item(struct export *ex, const struct ex_article *a,
    const struct st_claim *c)
{
	FILE	*f = ex->out;

	fputs(",\n    \"itemReviewed\": {\n      \"@type\": \"Claim\"", f);
	if (c->source != NULL && *c->source != '\0') {
		fprintf(f, ",\n      \"author\": {\"@type\": \"%s\", "
		    "\"name\": ", export_claimreview_author_type(c->source));
		json_str(f, c->source);
		putc('}', f);
	}
	fputs(",\n      \"datePublished\": ", f);
	json_str(f, a->r.created_at);
	/* Only a web address is published as where the claim appeared: a
	 * database may hold another scheme from before it was refused. */
	if (a->r.url != NULL &&
	    export_text_link(a->r.url, strlen(a->r.url)) == strlen(a->r.url) &&
	    *a->r.url != '\0') {
		fputs(",\n      \"appearance\": {\"@type\": \"CreativeWork\", "
		    "\"url\": ", f);
		json_str(f, a->r.url);
		fputs(", \"headline\": ", f);
		json_str(f, a->r.title);
		putc('}', f);
	}
	fputs("\n    }", f);
}

static void
claimreview_claim(struct export *ex, const struct ex_article *a,
    const struct st_claim *c)
{
	FILE	*f = ex->out;

	/* A stale verdict is not published: its text changed since. */
	if (c->status == VERDICT_NONE || c->stale_text != NULL)
		return;
	fprintf(f, "%s\n  {\n    \"@context\": \"https://schema.org\",\n"
	    "    \"@type\": \"ClaimReview\"", ex->items++ ? "," : "");
	if (ex->opts->url != NULL && *ex->opts->url != '\0')
		claimreview_url(ex, a, c);
	fputs(",\n    \"claimReviewed\": ", f);
	json_str(f, c->text);
	fprintf(f, ",\n    \"reviewRating\": {\n      \"@type\": \"Rating\",\n"
	    "      \"ratingValue\": %d,\n      \"bestRating\": 3,\n"
	    "      \"worstRating\": 1,\n      \"alternateName\": \"%s\"\n    }",
	    claimreview_rating(c->status), verdict_label(c->status));
	claimreview_item(ex, a, c);
	if (ex->opts->org != NULL && *ex->opts->org != '\0') {
		fputs(",\n    \"author\": {\"@type\": \"Organization\", "
		    "\"name\": ", f);
		json_str(f, ex->opts->org);
		putc('}', f);
	}
	fputs(",\n    \"datePublished\": ", f);
	json_str(f, c->updated_at != NULL ? c->updated_at : ex->generated_at);
	if (*c->note != '\0') {
		fputs(",\n    \"reviewBody\": ", f);
		json_str(f, c->note);
	}
	fputs("\n  }", f);
}

static void
claimreview_end(struct export *ex)
{
	fputs(ex->items ? "\n]\n" : "]\n", ex->out);
}

const struct export_ops export_claimreview_ops = {
	.begin = claimreview_begin,
	.claim = claimreview_claim,
	.end = claimreview_end
};
