/* import.c: an article file read, scored and stored, for import and review. */
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "article.h"
#include "db.h"
#include "doc.h"
#include "fetch.h"
#include "import.h"
#include "links.h"
#include "meta.h"
#include "page.h"
#include "paths.h"
#include "rules.h"
#include "xmalloc.h"

struct importer {
	struct store		*store;		/* borrowed */
	struct import_opts	 opts;
	struct ruleset		*rules;		/* owned, NULL until needed */
};

struct importer *
importer_new(struct store *store, const struct import_opts *opts)
{
	struct importer	*im;

	im = xcalloc(1, sizeof *im);
	im->store = store;
	im->opts = *opts;
	return im;
}

void
importer_free(struct importer *im)
{
	if (im == NULL)
		return;
	rules_free(im->rules);
	free(im);
}

int
importer_prepare(struct importer *im, char **cause)
{
	if (im->rules != NULL)
		return 0;
	im->rules = rules_load_scored(im->opts.rules_path,
	    im->opts.model_path, cause);
	return im->rules != NULL ? 0 : -1;
}

void
import_report_clear(struct import_report *rep)
{
	free(rep->title);
	free(rep->other);
	free(rep->warning);
	free(rep->text.text);
	memset(rep, 0, sizeof *rep);
}

/* The name FILE's article is known by: its canonical path, or the path
 * as it was written before paths were resolved, when an article was
 * imported under that. Allocated. */
static char *
import_path(struct importer *im, const char *file)
{
	char	*canon = paths_canonical(file), *abs;
	int64_t	 id;

	if (store_article_at(im->store, canon, &id) != 0) {
		abs = paths_absolute(file);
		if (strcmp(abs, canon) != 0 &&
		    store_article_at(im->store, abs, &id) == 1) {
			free(canon);
			return abs;
		}
		free(abs);
	}
	return canon;
}

/* The name of the article ART (NULL: not read yet) read from FILE: its
 * URL, its file's path, or for standard input the name of the article it
 * is a revision of (--as), else "stdin:" and its hash. Allocated; NULL
 * with *CAUSE. */
static char *
import_name(struct importer *im, const char *file, const struct article *art,
    char **cause)
{
	if (fetch_is_url(file))
		return paths_url(file);
	if (strcmp(file, "-") != 0)
		return import_path(im, file);
	if (im->opts.as != 0)
		return store_article_name(im->store, im->opts.as, cause);
	if (art == NULL) {
		*cause = xstrdup("standard input cannot be read into a "
		    "read-only database");
		return NULL;
	}
	return xasprintf("stdin:%016" PRIx64, article_hash(art->text,
	    art->len));
}

/* A read-only store: the article imported from PATH, as it is. */
static int
import_readonly(struct importer *im, const char *path,
    struct import_report *rep, char **cause)
{
	char	*why = NULL;

	if (store_find_article(im->store, path, &rep->res.article,
	    &why) == -1) {
		*cause = xasprintf("%s (the database is read-only)", why);
		free(why);
		return -1;
	}
	rep->res.state = IMPORT_UNCHANGED;
	return 0;
}

/* Adds WHAT to the report's warnings. */
static void
import_warn(struct import_report *rep, const char *what)
{
	char	*w;

	if (rep->warning == NULL) {
		rep->warning = xstrdup(what);
		return;
	}
	w = xasprintf("%s; %s", rep->warning, what);
	free(rep->warning);
	rep->warning = w;
}

/* ART unchanged since its import: only linked anew. 1 when it was, 0 when
 * it is new or changed, -1 with *CAUSE. */
static int
import_unchanged(struct importer *im, const char *path,
    const struct article *art, struct import_report *rep, char **cause)
{
	char	*why = NULL, *w;
	int	 rc;

	if (im->opts.as != 0)
		return 0;
	rc = store_find_unchanged(im->store, path, art, &rep->res,
	    &rep->title, &rep->other, cause);
	if (rc != 1)
		return rc;
	/* The same text as an article whose file is gone: the file was
	 * moved here (mv, then import), and the article goes with it. Not
	 * on a server, where the file is another reviewer's, on their
	 * machine. */
	if (rep->other != NULL && rep->res.earlier == 0 &&
	    rep->other[0] == '/' && path[0] == '/' &&
	    db_kind(store_db(im->store)) == DB_SQLITE &&
	    !store_readonly(im->store) && access(rep->other, F_OK) != 0 &&
	    errno == ENOENT) {
		if (store_move_article(im->store, rep->res.article, path,
		    cause) != 0)
			return -1;
		rep->moved = 1;
	}
	rc = store_relink(im->store, rep->res.article, &why);
	if (rc == -1) {
		w = xasprintf("earlier verdicts not linked: %s", why);
		import_warn(rep, w);
		free(w);
		free(why);
	}
	rep->res.relinked = rc == 1;
	return 1;
}

/* ART (taken over) new or changed, with the metadata META (taken over):
 * scored and stored. 0, or -1 with *CAUSE. */
static int
import_scored(struct importer *im, const char *path, struct article *art,
    struct meta *meta, struct import_report *rep, char **cause)
{
	struct doc	*doc;
	struct meta	 m;
	int		 rc;

	if (importer_prepare(im, cause) != 0) {
		article_free(art);
		return -1;
	}
	doc = doc_build(art, im->opts.abbrevs, im->rules, 0);
	doc_set_meta(doc, meta);
	meta_from_text(&doc->meta, doc->sent, doc->nsent);
	if (doc->warning != NULL)
		import_warn(rep, doc->warning);
	rc = store_import(im->store, path, doc, im->opts.reviewer,
	    im->opts.as, &rep->res, cause);
	/* The title stored: a person's, when one set it on the revision
	 * before. */
	if (rc == 0 && rep->res.state == IMPORT_NEW)
		rep->title = xstrdup(doc->title);
	else if (rc == 0) {
		memset(&m, 0, sizeof m);
		rc = store_meta_load(im->store, rep->res.article, &m, NULL,
		    cause);
		rep->title = m.title;
		m.title = NULL;
		meta_clear(&m);
	}
	doc_free(doc);
	return rc;
}

/* Whether ART holds nothing but white space. */
static int
import_blank(const struct article *art)
{
	size_t	i;

	for (i = art->body; i < art->len; i++) {
		if (strchr(" \t\r\n", art->text[i]) == NULL)
			return 0;
	}
	return 1;
}

/* Reads FILE as a page: its article into *ART, its metadata into *META
 * (the address fetched for a page that names no canonical URL). 0, or -1
 * with *CAUSE. */
static int
import_read(struct importer *im, const char *file, struct article **art,
    struct meta *meta, char **cause)
{
	struct page_opts	 po;
	struct page		*pg;

	memset(&po, 0, sizeof po);
	po.max_size = im->opts.max_size;
	po.as = im->opts.read_as;
	po.stdin_cmd = "claimdesk import -";
	if ((pg = page_load(file, &po, cause)) == NULL)
		return -1;
	/* An empty file is a download or a copy that went wrong: were it
	 * an article's next revision, every verdict would lose its place. */
	if (import_blank(pg->art)) {
		*cause = xstrdup(strcmp(file, "-") == 0 ?
		    "nothing on standard input" : "no text in it: nothing "
		    "imported");
		page_free(pg);
		return -1;
	}
	*art = page_take_article(pg);
	*meta = pg->meta;
	memset(&pg->meta, 0, sizeof pg->meta);
	/* The address it was fetched from, if no link can carry it, is
	 * left for a person to give (meta --url). */
	if (meta->url == NULL && links_url_ok(pg->url))
		meta->url = xstrdup(pg->url);
	page_free(pg);
	return 0;
}

/* The --url given: where the article was published, as a person says. */
static int
import_url(struct importer *im, struct import_report *rep, char **cause)
{
	struct meta	m;

	memset(&m, 0, sizeof m);
	m.url = (char *)im->opts.url;
	return store_meta_set(im->store, rep->res.article, &m, META_URL,
	    cause);
}

int
importer_file(struct importer *im, const char *file,
    struct import_report *rep, char **cause)
{
	struct article	*art = NULL;
	struct meta	 meta;
	char		*path = NULL, *local;
	int		 rc;

	memset(rep, 0, sizeof *rep);
	memset(&meta, 0, sizeof meta);
	/* "file:///tmp/story.html" is the file /tmp/story.html. */
	if ((local = paths_file_url(file, cause)) != NULL)
		file = local;
	else if (*cause != NULL)
		return -1;
	if (store_readonly(im->store)) {
		if ((path = import_name(im, file, NULL, cause)) == NULL)
			rc = -1;
		else
			rc = import_readonly(im, path, rep, cause);
	} else if (import_read(im, file, &art, &meta, cause) != 0)
		rc = -1;
	else if ((path = import_name(im, file, art, cause)) == NULL)
		rc = -1;
	else if ((rc = import_unchanged(im, path, art, rep, cause)) == 0) {
		rc = import_scored(im, path, art, &meta, rep, cause);
		art = NULL;
	} else if (rc == 1) {
		/* An earlier revision's text: the current one is not it. */
		if (im->opts.keep_text && rep->res.earlier == 0) {
			/* The bytes the revision holds: checked equal. */
			rep->text.rev = rep->res.revision_id;
			rep->text.text = art->text;
			rep->text.len = art->len;
			art->text = NULL;
		}
		rc = 0;
	} else
		rc = -1;
	article_free(art);
	meta_clear(&meta);
	/* An old copy says nothing of where the article is now. */
	if (rc == 0 && im->opts.url != NULL && rep->res.earlier != 0)
		import_warn(rep, "--url not set: the text is of an earlier "
		    "revision");
	else if (rc == 0 && im->opts.url != NULL && !store_readonly(im->store))
		rc = import_url(im, rep, cause);
	free(path);
	free(local);
	if (rc != 0)
		import_report_clear(rep);
	return rc;
}
