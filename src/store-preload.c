/* store-preload.c: an article's claims read on a second connection while
 * the first checks whether the article's file changed, so that opening a
 * large article on the screen waits for the longer of the two only. */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>

#include "db.h"
#include "store.h"
#include "store-int.h"
#include "xmalloc.h"

struct store_preload {
	pthread_t		 thread;
	char			*path;		/* owned: the database file */
	int64_t			 id;		/* the article */
	struct st_article	*art;		/* owned, or NULL: what the
						   thread read */
	int64_t			 changes;	/* rows the caller's connection
						   had changed at the start */
	int			 data_version;	/* its data version then */
};

static void *
preload_run(void *arg)
{
	struct store_preload	*pl = arg;
	struct store		*s;
	char			*cause = NULL;

	/* Not store_open(): its checks read the file, and closing that
	 * descriptor would drop the locks of the caller's connection.
	 * Whatever fails here, the caller reads the article itself. */
	s = xcalloc(1, sizeof *s);
	if (store_sqlite_open_twin(s, pl->path) == 0)
		pl->art = store_article_read(s, pl->id, NULL, 1, &cause);
	store_close(s);
	free(cause);
	return NULL;
}

struct store_preload *
store_preload_start(struct store *s, int64_t id)
{
	struct store_preload	*pl;
	sigset_t		 all, old;
	int			 rc;

	if (db_kind(s->db) != DB_SQLITE)
		return NULL;
	pl = xcalloc(1, sizeof *pl);
	pl->id = id;
	pl->changes = db_sqlite_total_changes(s->db);
	if (store_data_version(s, &pl->data_version, NULL) != 0) {
		free(pl);
		return NULL;
	}
	pl->path = xstrdup(s->path);
	/* The thread takes no signal: they stay this thread's. */
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	rc = pthread_create(&pl->thread, NULL, preload_run, pl);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (rc != 0) {
		free(pl->path);
		free(pl);
		return NULL;
	}
	return pl;
}

void
store_preload_allow(struct store_preload *pl, struct store *s)
{
	if (pl != NULL)
		pl->changes = db_sqlite_total_changes(s->db);
}

struct st_article *
store_preload_finish(struct store_preload *pl, struct store *s,
    struct st_text *known)
{
	struct st_article	*a;

	if (pl == NULL)
		return NULL;
	pthread_join(pl->thread, NULL);
	a = pl->art;
	/* Not the revision the caller holds, or S changed rows since (an
	 * import linked earlier verdicts anew): what was read may be old. */
	if (a != NULL && (known == NULL || known->text == NULL ||
	    a->revision_id != known->rev || a->len != known->len ||
	    db_sqlite_total_changes(s->db) != pl->changes)) {
		st_article_free(a);
		a = NULL;
	}
	if (a != NULL) {
		a->text = known->text;
		known->text = NULL;
		a->data_version = pl->data_version;
	}
	free(pl->path);
	free(pl);
	return a;
}
