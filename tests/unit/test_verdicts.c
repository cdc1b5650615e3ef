/* test_verdicts.c: earlier verdicts from elsewhere: ratings mapped, every
 * shape of ClaimReview and TSV read, imported once by id, found by seen. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "claimreview.h"
#include "rating.h"
#include "store.h"
#include "verdict-tsv.h"
#include "xmalloc.h"
#include "t.h"

static char	tmpdir[256];

/* What a reader gave, one record a line: "id|claim|status|rating|url|
 * date|org|appearance", NULL fields as "-". */
struct got {
	char	text[4096];
	size_t	n;
	int	stop_at;	/* CB returns 7 on that record (1-based) */
};

static int
collect(const struct st_imported *v, void *arg)
{
	struct got	*g = arg;
	size_t		 len = strlen(g->text);

	snprintf(g->text + len, sizeof g->text - len,
	    "%s|%s|%d|%s|%s|%s|%s|%s\n", v->id ? v->id : "-", v->claim,
	    v->status, v->rating ? v->rating : "-", v->url ? v->url : "-",
	    v->date ? v->date : "-", v->org ? v->org : "-",
	    v->appearance ? v->appearance : "-");
	g->n++;
	return g->stop_at > 0 && (size_t)g->stop_at == g->n ? 7 : 0;
}

static int
read_json(const char *text, struct got *g, char **cause)
{
	memset(g, 0, sizeof *g);
	*cause = NULL;
	return claimreview_read(text, strlen(text), collect, g, cause);
}

static int
read_tsv(const char *text, struct got *g, char **cause)
{
	FILE	*f = fmemopen((void *)text, strlen(text), "r");
	int	 rc;

	memset(g, 0, sizeof *g);
	*cause = NULL;
	rc = verdict_tsv_read(f, collect, g, cause);
	fclose(f);
	return rc;
}

static void
test_ratings(void)
{
	T_INT(rating_verdict("False"), VERDICT_DISPUTED);
	T_INT(rating_verdict("  Mostly   FALSE. "), VERDICT_DISPUTED);
	T_INT(rating_verdict("Pants on Fire!"), VERDICT_DISPUTED);
	T_INT(rating_verdict("Misleading"), VERDICT_DISPUTED);
	T_INT(rating_verdict("Mixture"), VERDICT_DISPUTED);
	T_INT(rating_verdict("Labeled Satire"), VERDICT_DISPUTED);
	T_INT(rating_verdict("True"), VERDICT_VERIFIED);
	T_INT(rating_verdict("mostly-true"), VERDICT_VERIFIED);
	T_INT(rating_verdict("Unproven"), VERDICT_UNSOURCED);
	T_INT(rating_verdict("Verified"), VERDICT_VERIFIED);
	T_INT(rating_verdict("Unsourced"), VERDICT_UNSOURCED);
	T_INT(rating_verdict("Research in progress"), -1);
	T_INT(rating_verdict(""), -1);
	T_INT(rating_verdict(NULL), -1);
	T_INT(rating_numeric(5, 5, 1), VERDICT_VERIFIED);
	T_INT(rating_numeric(1, 5, 1), VERDICT_DISPUTED);
	T_INT(rating_numeric(3, 5, 1), -1);
	T_INT(rating_numeric(1, 1, 1), -1);
	T_INT(verdict_tsv_status("disputed", NULL), VERDICT_DISPUTED);
	T_INT(verdict_tsv_status("Mostly true", NULL), VERDICT_VERIFIED);
	T_INT(verdict_tsv_status(NULL, "Pants on fire"), VERDICT_DISPUTED);
	T_INT(verdict_tsv_status("", ""), -1);
	T_INT(verdict_tsv_status("clear", NULL), -1);
}

static const char one_review[] =
    "{\"@context\": \"https://schema.org\", \"@type\": \"ClaimReview\","
    " \"@id\": \"cr-1\", \"claimReviewed\": \"The bridge cost $4m.\","
    " \"reviewRating\": {\"@type\": \"Rating\", \"alternateName\":"
    " \"Mostly False\", \"ratingValue\": 2, \"bestRating\": 5,"
    " \"worstRating\": 1}, \"url\": \"https://f.example/1\","
    " \"datePublished\": \"2024-03-02\", \"author\": {\"@type\":"
    " \"Organization\", \"name\": \"Factdesk\"}, \"itemReviewed\":"
    " {\"@type\": \"Claim\", \"appearance\": [{\"url\":"
    " \"https://news.example/a\"}]}}";

static void
test_claimreview(void)
{
	struct got	 g;
	char		*cause, *text;

	T_INT(read_json(one_review, &g, &cause), 0);
	T_STR(g.text, "cr-1|The bridge cost $4m.|2|Mostly False|"
	    "https://f.example/1|2024-03-02|Factdesk|https://news.example/a\n");

	/* An array, a graph among other objects, JSON lines. */
	text = xasprintf("[%s, %s]", one_review, one_review);
	T_INT(read_json(text, &g, &cause), 0);
	T_INT(g.n, 2);
	free(text);
	text = xasprintf("{\"@context\": \"https://schema.org\", \"@graph\": "
	    "[{\"@type\": \"WebPage\"}, %s]}", one_review);
	T_INT(read_json(text, &g, &cause), 0);
	T_INT(g.n, 1);
	free(text);
	text = xasprintf("%s\n%s\n\n%s\n", one_review, one_review, one_review);
	T_INT(read_json(text, &g, &cause), 0);
	T_INT(g.n, 3);
	free(text);

	/* A type list, an author as a string, a numeric rating alone, an
	 * appearance as a string. */
	T_INT(read_json("{\"@type\": [\"ClaimReview\"], \"claimReviewed\": "
	    "\"X.\", \"author\": \"Desk\", \"reviewRating\": {\"ratingValue\":"
	    " \"1\", \"bestRating\": 3, \"worstRating\": 1}, \"itemReviewed\":"
	    " {\"firstAppearance\": \"https://a.example\"}}", &g, &cause), 0);
	T_STR(g.text, "-|X.|2|1 (1 to 3)|-|-|Desk|https://a.example\n");
	T_INT(read_json("{\"claimReviewed\": \"Y.\", \"reviewRating\": "
	    "{\"alternateName\": \"Four Pinocchios\"}}", &g, &cause), 0);
	T_STR(g.text, "-|Y.|2|Four Pinocchios|-|-|-|-\n");
	T_INT(read_json("{\"claimReviewed\": \"Z.\", \"reviewRating\": "
	    "{\"alternateName\": \"Needs work\"}}", &g, &cause), 0);
	T_STR(g.text, "-|Z.|-1|Needs work|-|-|-|-\n");

	/* The callback stops the reading. */
	memset(&g, 0, sizeof g);
	g.stop_at = 2;
	text = xasprintf("[%s, %s, %s]", one_review, one_review, one_review);
	T_INT(claimreview_read(text, strlen(text), collect, &g, &cause), 7);
	T_INT(g.n, 2);
	free(text);

	/* Refusals, one line each. */
	T_INT(read_json("[{\"claimReviewed\": \"A\"},\n {\"x\": ]", &g,
	    &cause), -1);
	T_OK(cause != NULL && strncmp(cause, "line 2: ", 8) == 0);
	free(cause);
	T_INT(read_json("{\"claimReviewed\": \"A\"", &g, &cause), -1);
	T_STR(cause, "line 1: the JSON ends too soon");
	free(cause);
	T_INT(read_json("[{\"@type\": \"WebPage\"}]", &g, &cause), -1);
	T_STR(cause, "no ClaimReview found");
	free(cause);
	T_INT(read_json("[{\"claimReviewed\": \"A\"},\n{\"@type\": "
	    "\"ClaimReview\", \"url\": \"u\"}]", &g, &cause), -1);
	T_STR(cause, "ClaimReview 2 (line 1): no claimReviewed");
	free(cause);
	T_INT(read_json("\"\xff\"", &g, &cause), -1);
	T_STR(cause, "not UTF-8 text");
	free(cause);
	T_INT(read_json("", &g, &cause), -1);
	T_STR(cause, "no ClaimReview found");
	free(cause);
}

static void
test_tsv(void)
{
	struct got	 g;
	char		*cause;

	T_INT(read_tsv("\xef\xbb\xbfurl\tclaim\textra\tverdict\tid\r\n"
	    "https://u\tThe sky is green.\tx\tFalse\tv1\r\n\r\n"
	    "\tWater is wet.\t\tverified\t\n", &g, &cause), 0);
	T_STR(g.text, "v1|The sky is green.|2|False|https://u|-|-|-\n"
	    "-|Water is wet.|1|-|-|-|-|-\n");
	T_INT(read_tsv("claim\trating\tdate\torg\nA claim.\tMostly true\t"
	    "26 May 2015\tDesk\nShort line.\n", &g, &cause), 0);
	T_STR(g.text, "-|A claim.|1|Mostly true|-|26 May 2015|Desk|-\n"
	    "-|Short line.|-1|-|-|-|-|-\n");

	T_INT(read_tsv("id\ttext\nx\ty\n", &g, &cause), -1);
	T_STR(cause, "line 1: the header names no claim column");
	free(cause);
	T_INT(read_tsv("id\tclaim\nx\ty\tz\n", &g, &cause), -1);
	T_STR(cause, "line 2: 3 fields, the header has 2");
	free(cause);
	T_INT(read_tsv("id\tclaim\nx\t\n", &g, &cause), -1);
	T_STR(cause, "line 2: no claim");
	free(cause);
	T_INT(read_tsv("claim\nA \xc3\n", &g, &cause), -1);
	T_STR(cause, "line 2: not UTF-8 text");
	free(cause);
	T_INT(read_tsv("", &g, &cause), -1);
	T_STR(cause, "empty: a header line naming a claim column is needed");
	free(cause);
}

static int
import_one(struct store *s, const struct st_imported *v,
    enum imported_state *state)
{
	char	*cause = NULL;
	int	 rc;

	if (store_import_begin(s, &cause) != 0 ||
	    store_import_verdict(s, v, state, NULL, &cause) != 0 ||
	    store_import_commit(s, &cause) != 0) {
		T_FAIL("import: %s", cause);
		store_import_rollback(s);
		free(cause);
		return -1;
	}
	rc = 0;
	return rc;
}

/* Imported once by id; found by seen with their fields; updated. */
static void
test_store(void)
{
	struct st_imported	 v;
	enum imported_state	 state;
	size_t			 first = 0;
	struct st_seen		*r = NULL;
	struct store		*s;
	char			*path, *cause = NULL;
	size_t			 n = 0;

	path = xasprintf("%s/v.db", tmpdir);
	if ((s = store_open(path, 0, &cause)) == NULL) {
		T_FAIL("open: %s", cause);
		free(cause);
		free(path);
		return;
	}
	memset(&v, 0, sizeof v);
	v.id = "check-7";
	v.claim = "The Kelso harbour handled 120 ships in 2023.";
	v.status = VERDICT_DISPUTED;
	v.rating = "Mostly false";
	v.url = "https://f.example/7";
	v.date = "26 May 2024";
	v.org = "Factdesk";
	T_INT(import_one(s, &v, &state), 0);
	T_INT(state, IMPORTED_NEW);
	T_INT(import_one(s, &v, &state), 0);
	T_INT(state, IMPORTED_SAME);
	v.status = -1;
	v.rating = "Needs context, maybe";
	T_INT(import_one(s, &v, &state), 0);
	T_INT(state, IMPORTED_UPDATED);
	/* No id: the url and the claim are its id (a page may review
	 * several claims); no url either: its text. */
	v.id = NULL;
	v.claim = "The Dunmore ferry carried 9,000 cars in 2022.";
	T_INT(import_one(s, &v, &state), 0);
	T_INT(state, IMPORTED_NEW);
	v.claim = "The Dunmore ferry cost 4 million pounds.";
	T_INT(import_one(s, &v, &state), 0);
	T_INT(state, IMPORTED_NEW);
	/* One import that gives a verdict twice: the later replaces it,
	 * and says so. */
	T_INT(store_import_begin(s, &cause), 0);
	v.place = 3;
	T_INT(store_import_verdict(s, &v, &state, NULL, &cause), 0);
	T_INT(state, IMPORTED_SAME);
	v.rating = "False";
	v.place = 7;
	T_INT(store_import_verdict(s, &v, &state, &first, &cause), 0);
	T_INT(state, IMPORTED_REPEATED);
	T_INT(first, 3);
	T_INT(store_import_commit(s, &cause), 0);
	T_INT(import_one(s, &v, &state), 0);
	T_INT(state, IMPORTED_SAME);
	v.id = NULL;
	v.url = NULL;
	v.claim = "The Kelso bridge was closed for 3 weeks.";
	T_INT(import_one(s, &v, &state), 0);
	T_INT(state, IMPORTED_NEW);
	T_INT(import_one(s, &v, &state), 0);
	T_INT(state, IMPORTED_SAME);

	T_INT(store_seen(s, "In 2023 the harbour of Kelso handled 120 ships",
	    5, &r, &n, &cause), 0);
	T_INT(n, 2);
	if (n == 2) {
		T_STR(r[0].id, "check-7");
		T_INT(r[0].status, VERDICT_NONE);
		T_STR(r[0].rating, "Needs context, maybe");
		T_STR(r[0].date, "2024-05-26");
		T_STR(r[0].org, "Factdesk");
		T_STR(r[0].url, "https://f.example/7");
		T_INT(r[0].article, 0);
		T_OK(r[0].key < 0);
		T_OK(r[0].confident);
		T_OK(r[0].similarity > r[1].similarity);
		/* The id claimdesk made is none published. */
		T_STR(r[1].id, "");
		T_OK(!r[1].confident);
	}
	st_seen_free(r, n);
	/* Nothing like it: a list still, none confident. */
	T_INT(store_seen(s, "Kelso", 5, &r, &n, &cause), 0);
	T_INT(n, 2);
	T_OK(n < 1 || !r[0].confident);
	st_seen_free(r, n);
	T_INT(store_seen(s, "Nothing in common", 5, &r, &n, &cause), 0);
	T_INT(n, 0);
	st_seen_free(r, n);
	store_close(s);
	free(path);
}

int
main(void)
{
	const char	*t = getenv("TMPDIR");
	char		*cmd;

	snprintf(tmpdir, sizeof tmpdir, "%s/test_verdicts.XXXXXX",
	    t != NULL && *t != '\0' ? t : "/tmp");
	if (mkdtemp(tmpdir) == NULL) {
		perror("mkdtemp");
		return 1;
	}
	setenv("SOURCE_DATE_EPOCH", "1764158400", 1);
	T_RUN(test_ratings);
	T_RUN(test_claimreview);
	T_RUN(test_tsv);
	T_RUN(test_store);
	cmd = xasprintf("rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", tmpdir);
	free(cmd);
	return T_DONE();
}
