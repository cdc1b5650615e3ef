/* store-meta.c: what an article's page says about it, per revision: read,
 * carried into a new revision, and set by a person. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"

#include "meta.h"
#include "store-int.h"
#include "store.h"
#include "xmalloc.h"

/* The string fields, in the columns' order of S_META_GET and S_META_PUT
 * (the title is revision.title, apart). */
static const unsigned meta_columns[] = {
	META_DATE, META_SITE, META_URL, META_LANG
};
#define META_NCOLUMNS	(sizeof meta_columns / sizeof meta_columns[0])

int
store_meta_read(struct store *s, int64_t rev, struct meta *m,
    unsigned *edited)
{
	struct db_stmt	*st;
	size_t		 i;
	int		 rc;

	meta_clear(m);
	*edited = 0;
	if ((st = store_stmt_lazy(s, S_META_GET)) == NULL)
		return -1;
	if (store_row_of(s, st, rev, "revision", "reading the metadata") != 0)
		return -1;
	m->title = store_column_dup(st, 0);
	for (i = 0; i < META_NCOLUMNS; i++)
		*meta_field(m, meta_columns[i]) = store_column_dup(st,
		    (int)i + 1);
	*edited = meta_fields_parse((const char *)db_column_text(st, 5));
	db_reset(st);

	if ((st = store_stmt_lazy(s, S_META_AUTHORS)) == NULL)
		return -1;
	db_bind_int64(st, 1, rev);
	while ((rc = db_step(st)) == DB_ROW)
		meta_add_author(m, (const char *)db_column_text(st, 0));
	return store_step_end(s, st, rc, "reading the authors");
}

int
store_meta_merge(struct store *s, int64_t prev, const struct meta *page,
    const char *title, struct meta *m, unsigned *edited)
{
	static const struct meta	 none;
	struct meta			 old;
	unsigned			 old_edited = 0, f;

	memset(&old, 0, sizeof old);
	meta_clear(m);
	*edited = 0;
	if (page == NULL)
		page = &none;
	if (prev != 0 && store_meta_read(s, prev, &old, &old_edited) != 0) {
		meta_clear(&old);
		return -1;
	}
	for (f = 1; f <= META_ALL; f <<= 1) {
		if (old_edited & f) {
			meta_copy_field(m, &old, f);
			*edited |= f;
		} else if (f == META_TITLE)
			m->title = xstrdup(title);
		else if (f == META_AUTHORS ? page->nauthors > 0 :
		    meta_get(page, f) != NULL)
			meta_copy_field(m, page, f);
		else
			meta_copy_field(m, &old, f);
	}
	meta_clear(&old);
	return 0;
}

/* Whether M says nothing but (perhaps) a title. */
static int
meta_empty(const struct meta *m)
{
	size_t	i;

	for (i = 0; i < META_NCOLUMNS; i++) {
		if (meta_get(m, meta_columns[i]) != NULL)
			return 0;
	}
	return m->nauthors == 0;
}

int
store_meta_write(struct store *s, int64_t rev, const struct meta *m,
    unsigned edited, int fresh)
{
	struct db_stmt	*st;
	char		*list;
	size_t		 i;
	int		 rc;

	/* A new revision of a plain text needs no row. */
	if (fresh && edited == 0 && meta_empty(m))
		return 0;
	if ((st = store_stmt_lazy(s, S_META_PUT)) == NULL)
		return -1;
	db_bind_int64(st, 1, rev);
	for (i = 0; i < META_NCOLUMNS; i++)
		db_bind_text(st, (int)i + 2, meta_get(m, meta_columns[i]));
	list = meta_fields_list(edited);
	db_bind_text(st, 6, list);
	rc = store_exec(s, st, "writing the metadata");
	free(list);
	if (rc != 0)
		return -1;
	if (!fresh) {
		if ((st = store_stmt_lazy(s, S_META_AUTHORS_CLEAR)) == NULL)
			return -1;
		db_bind_int64(st, 1, rev);
		if (store_exec(s, st, "writing the authors") != 0)
			return -1;
	}
	for (i = 0; i < m->nauthors; i++) {
		if ((st = store_stmt_lazy(s, S_META_AUTHOR_ADD)) == NULL)
			return -1;
		db_bind_int64(st, 1, rev);
		db_bind_int64(st, 2, (int64_t)i + 1);
		db_bind_text(st, 3, m->authors[i]);
		if (store_exec(s, st, "writing the authors") != 0)
			return -1;
	}
	return 0;
}

int
store_meta_load(struct store *s, int64_t article, struct meta *m,
    unsigned *edited, char **cause)
{
	int64_t		rev;
	unsigned	e = 0;
	int		rc;

	memset(m, 0, sizeof *m);
	if (store_begin(s, 0) != 0)
		return store_give_cause(s, cause);
	rc = store_current_revision(s, article, &rev, NULL, NULL);
	if (rc == 0)
		rc = store_meta_read(s, rev, m, &e);
	if (edited != NULL)
		*edited = e;
	if (rc != 0)
		meta_clear(m);
	return store_end(s, rc, cause);
}

/* The title TITLE for revision REV and its article. */
static int
meta_set_title(struct store *s, int64_t article, int64_t rev,
    const char *title)
{
	struct db_stmt	*st;

	if ((st = store_stmt_lazy(s, S_REV_SET_TITLE)) == NULL)
		return -1;
	db_bind_int64(st, 1, rev);
	db_bind_text(st, 2, title);
	if (store_exec(s, st, "setting the title") != 0)
		return -1;
	st = store_stmt(s, S_ART_SET_TITLE);
	db_bind_int64(st, 1, article);
	db_bind_text(st, 2, title);
	return store_exec(s, st, "setting the title");
}

/* store_meta_set()'s work inside its transaction. */
static int
meta_set(struct store *s, int64_t article, const struct meta *set,
    unsigned fields)
{
	struct meta	 m;
	int64_t		 rev;
	unsigned	 edited, f;
	char		**v;
	int		 rc = -1;

	memset(&m, 0, sizeof m);
	if ((fields & META_TITLE) && (set->title == NULL ||
	    *set->title == '\0'))
		return store_err(s, "the title cannot be empty");
	if (store_current_revision(s, article, &rev, NULL, NULL) != 0 ||
	    store_meta_read(s, rev, &m, &edited) != 0)
		goto out;
	for (f = 1; f <= META_ALL; f <<= 1) {
		if (!(fields & f))
			continue;
		meta_copy_field(&m, set, f);
		if ((v = meta_field(&m, f)) != NULL && *v != NULL &&
		    **v == '\0') {
			free(*v);
			*v = NULL;
		}
	}
	edited |= fields;
	if (store_meta_write(s, rev, &m, edited, 0) != 0)
		goto out;
	if ((fields & META_TITLE) && meta_set_title(s, article, rev,
	    m.title) != 0)
		goto out;
	rc = 0;
out:
	meta_clear(&m);
	return rc;
}

int
store_meta_set(struct store *s, int64_t article, const struct meta *m,
    unsigned fields, char **cause)
{
	if (store_begin(s, 1) != 0)
		return store_give_cause(s, cause);
	return store_end(s, meta_set(s, article, m, fields), cause);
}
