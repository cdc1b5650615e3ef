/* store-check.c: the history chain and "claimdesk check": a database looked
 * at as an auditor would, without changing it. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <nettle/sha2.h>
#include "db.h"

#include "store-int.h"
#include "store.h"
#include "xmalloc.h"

/*
 * A history row's hash is the SHA-256, in lower-case hex, of
 *
 *	PREV US id US claim US change US at US reviewer US field US old US
 *	new US origin US [old_name US old_kind US old_edited US]
 *
 * PREV the hash of the row before (nothing when it has none), US the byte
 * 0x1f, the bracketed part only when either is set (so rows written before
 * those columns keep their hashes), numbers in decimal (change 0 when the
 * row starts its change) and a missing string as the single byte 0x1e,
 * which no stored text holds: a note is valid UTF-8 without controls other
 * than tab and newline. So any
 * row changed, removed or slipped in between changes every hash after it,
 * and the last hash, which check prints, stands for the whole history.
 */
#define US	"\x1f"
#define NUL_MARK "\x1e"

static void
hash_text(struct sha256_ctx *c, const char *s)
{
	if (s == NULL)
		s = NUL_MARK;
	sha256_update(c, strlen(s), (const uint8_t *)s);
	sha256_update(c, 1, (const uint8_t *)US);
}

static void
hash_num(struct sha256_ctx *c, int64_t n)
{
	char	buf[32];

	snprintf(buf, sizeof buf, "%" PRId64, n);
	hash_text(c, buf);
}

void
store_history_hash(const char *prev, const struct st_history_row *h,
    char *out)
{
	static const char	 hex[] = "0123456789abcdef";
	struct sha256_ctx	 c;
	uint8_t			 d[SHA256_DIGEST_SIZE];
	size_t			 i;

	sha256_init(&c);
	hash_text(&c, prev != NULL ? prev : "");
	hash_num(&c, h->id);
	hash_num(&c, h->claim);
	hash_num(&c, h->change);
	hash_text(&c, h->at);
	hash_text(&c, h->reviewer);
	hash_text(&c, h->field);
	hash_text(&c, h->old);
	hash_text(&c, h->new);
	hash_text(&c, h->origin);
	if (h->old_name != NULL || h->old_kind != NULL || h->old_edited >= 0) {
		hash_text(&c, h->old_name);
		hash_text(&c, h->old_kind);
		if (h->old_edited >= 0)
			hash_num(&c, h->old_edited);
		else
			hash_text(&c, NULL);
	}
	sha256_digest(&c, sizeof d, d);
	for (i = 0; i < sizeof d; i++) {
		out[2 * i] = hex[d[i] >> 4];
		out[2 * i + 1] = hex[d[i] & 0xf];
	}
	out[STORE_HASH_HEX] = '\0';
}

/* Walks the history in order, checking each hash against the one it
 * should have. The chain starts at the first row that has a hash; a row
 * after it without one breaks it as a wrong hash does. */
static int
check_chain(struct store *s, struct st_check *ck)
{
	struct db_stmt		*st = NULL;
	struct st_history_row	 h;
	char			 want[STORE_HASH_HEX + 1], prev[STORE_HASH_HEX + 1];
	const char		*got;
	int			 rc, chained = 0;

	if ((st = db_prepare(s->db, "SELECT id, claim_id,"
	    " coalesce(change, 0), at, reviewer, field, old, new, origin, hash,"
	    " old_name, old_kind, old_edited FROM history ORDER BY id")) == NULL)
		return store_dberr(s, "reading the history");
	prev[0] = '\0';
	while ((rc = db_step(st)) == DB_ROW) {
		h.id = db_column_int64(st, 0);
		h.claim = db_column_int64(st, 1);
		h.change = db_column_int64(st, 2);
		h.at = (const char *)db_column_text(st, 3);
		h.reviewer = (const char *)db_column_text(st, 4);
		h.field = (const char *)db_column_text(st, 5);
		h.old = (const char *)db_column_text(st, 6);
		h.new = (const char *)db_column_text(st, 7);
		h.origin = (const char *)db_column_text(st, 8);
		got = (const char *)db_column_text(st, 9);
		h.old_name = (const char *)db_column_text(st, 10);
		h.old_kind = (const char *)db_column_text(st, 11);
		h.old_edited = db_column_text(st, 12) == NULL ? -1 :
		    db_column_int(st, 12);
		ck->history++;
		if (got == NULL && !chained) {
			ck->unchained++;
			continue;
		}
		if (!chained)
			ck->chain_from = h.id;
		chained = 1;
		store_history_hash(prev[0] != '\0' ? prev : NULL, &h, want);
		if (got == NULL || strcmp(got, want) != 0) {
			if (ck->broken == 0)
				ck->broken = h.id;
			/* Go on from the stored hash, so that one changed row
			 * is told as one, not as every row after it. */
			snprintf(prev, sizeof prev, "%s",
			    got != NULL ? got : "");
			continue;
		}
		memcpy(prev, want, sizeof prev);
	}
	if (rc != DB_DONE) {
		store_dberr(s, "reading the history");
		db_finalize(st);
		return -1;
	}
	db_finalize(st);
	memcpy(ck->head, prev, sizeof ck->head);
	return 0;
}

/*
 * A server keeps its own files whole; what is checked there is what its
 * constraints could not have prevented if they had been dropped: claims,
 * verdicts and history rows that point at nothing.
 */
#define DANGLING							\
	"SELECT (SELECT count(*) FROM claim c WHERE NOT EXISTS"	\
	"  (SELECT 1 FROM revision r WHERE r.id = c.revision_id))"	\
	" + (SELECT count(*) FROM verdict v WHERE NOT EXISTS"		\
	"  (SELECT 1 FROM claim c WHERE c.id = v.claim_id))"		\
	" + (SELECT count(*) FROM history h WHERE NOT EXISTS"		\
	"  (SELECT 1 FROM claim c WHERE c.id = h.claim_id))"

static int
check_server(struct store *s, struct st_check *ck)
{
	struct db_stmt	*st;
	int64_t		 n;

	if ((st = db_prepare(s->db, DANGLING)) == NULL)
		return store_dberr(s, "checking the database");
	if (db_step(st) != DB_ROW) {
		store_dberr(s, "checking the database");
		db_finalize(st);
		return -1;
	}
	n = db_column_int64(st, 0);
	db_finalize(st);
	if (n == 0)
		ck->integrity_ok = 1;
	else
		ck->integrity = xasprintf("%" PRId64 " rows point at a claim, "
		    "revision or verdict that is not there", n);
	return 0;
}

/* PRAGMA integrity_check: "ok", or its first lines. */
static int
check_integrity(struct store *s, struct st_check *ck)
{
	struct db_stmt	*st = NULL;
	const char	*line;
	size_t		 len = 0;
	int		 rc, lines = 0;

	if (db_kind(s->db) == DB_PG)
		return check_server(s, ck);
	if ((st = db_prepare(s->db, "PRAGMA integrity_check(10)")) == NULL)
		return store_dberr(s, "checking the database");
	while ((rc = db_step(st)) == DB_ROW) {
		line = (const char *)db_column_text(st, 0);
		if (line == NULL)
			continue;
		if (strcmp(line, "ok") == 0 && lines == 0) {
			ck->integrity_ok = 1;
			continue;
		}
		ck->integrity = xreallocarray(ck->integrity, 1,
		    len + strlen(line) + 2);
		len += (size_t)sprintf(ck->integrity + len, "%s%s",
		    lines++ > 0 ? "\n" : "", line);
	}
	db_finalize(st);
	if (rc != DB_DONE)
		return store_dberr(s, "checking the database");
	return 0;
}

/* The source set by hand that claim c's history last wrote, and the
 * claim's source as the history writes it, "Name (role)" (st_source_text());
 * a database of the first release wrote the name alone. */
#define LAST_SOURCE							\
	"SELECT new FROM history h WHERE h.claim_id = c.id"		\
	" AND h.field = 'source' ORDER BY h.id DESC LIMIT 1"
#define SOURCE_TEXT							\
	"CASE WHEN c.source_role IS NULL OR c.source_role = ''"		\
	" THEN c.source ELSE c.source || ' (' || c.source_role || ')' END"

/* Whether the verdict v is stale as its claim's history last said
 * ("stale", "confirmed", "restored"), or a stale one given on the text
 * "confirmed", which an undo of a confirmation wrote before it looked the
 * text up along the claim's revisions. */
#define STALE_DISAGREE							\
	" UNION SELECT v.claim_id, a.path, c.number FROM verdict v"	\
	" JOIN claim c ON c.id = v.claim_id"				\
	" JOIN revision r ON r.id = c.revision_id"			\
	" JOIN article a ON a.id = r.article_id"			\
	" WHERE (v.stale_text IS NULL AND (SELECT new FROM history h"	\
	"  WHERE h.claim_id = v.claim_id AND h.field = 'claim'"		\
	"  AND h.new IN ('stale', 'confirmed', 'restored')"		\
	"  ORDER BY h.id DESC LIMIT 1) = 'stale')"			\
	" OR v.stale_text = 'confirmed'"

/* Verdicts whose status or note, and sources set by hand, that are not
 * what their history last wrote: changed behind the history's back. */
#define DISAGREE							\
	"SELECT v.claim_id, a.path, c.number FROM verdict v"		\
	" JOIN claim c ON c.id = v.claim_id"				\
	" JOIN revision r ON r.id = c.revision_id"			\
	" JOIN article a ON a.id = r.article_id"			\
	" WHERE v.status IS NOT coalesce((SELECT new FROM history h"	\
	"  WHERE h.claim_id = v.claim_id AND h.field = 'status'"	\
	"  ORDER BY h.id DESC LIMIT 1), 'unreviewed')"			\
	" OR v.note IS NOT coalesce((SELECT new FROM history h"		\
	"  WHERE h.claim_id = v.claim_id AND h.field = 'note'"		\
	"  ORDER BY h.id DESC LIMIT 1), '')"				\
	" UNION SELECT c.id, a.path, c.number FROM claim c"		\
	" JOIN revision r ON r.id = c.revision_id"			\
	" JOIN article a ON a.id = r.article_id"			\
	" WHERE c.source_edited = 1 AND c.source IS NOT (" LAST_SOURCE ")" \
	" AND " SOURCE_TEXT " IS NOT (" LAST_SOURCE ")"			\
	STALE_DISAGREE							\
	" ORDER BY 1"

/* The same in PostgreSQL's words. */
#define DISAGREE_PG							\
	"SELECT v.claim_id, a.path, c.number FROM verdict v"		\
	" JOIN claim c ON c.id = v.claim_id"				\
	" JOIN revision r ON r.id = c.revision_id"			\
	" JOIN article a ON a.id = r.article_id"			\
	" WHERE v.status IS DISTINCT FROM coalesce((SELECT new FROM history h"	\
	"  WHERE h.claim_id = v.claim_id AND h.field = 'status'"	\
	"  ORDER BY h.id DESC LIMIT 1), 'unreviewed')"			\
	" OR v.note IS DISTINCT FROM coalesce((SELECT new FROM history h"		\
	"  WHERE h.claim_id = v.claim_id AND h.field = 'note'"		\
	"  ORDER BY h.id DESC LIMIT 1), '')"				\
	" UNION SELECT c.id, a.path, c.number FROM claim c"		\
	" JOIN revision r ON r.id = c.revision_id"			\
	" JOIN article a ON a.id = r.article_id"			\
	" WHERE c.source_edited = 1"					\
	" AND c.source IS DISTINCT FROM (" LAST_SOURCE ")"		\
	" AND " SOURCE_TEXT " IS DISTINCT FROM (" LAST_SOURCE ")"	\
	STALE_DISAGREE							\
	" ORDER BY 1"

static int
check_verdicts(struct store *s, struct st_check *ck)
{
	struct db_stmt	*st = NULL;
	int		 rc;

	if ((st = db_prepare(s->db, db_kind(s->db) == DB_PG ? DISAGREE_PG :
	    DISAGREE)) == NULL)
		return store_dberr(s, "comparing verdicts with the history");
	while ((rc = db_step(st)) == DB_ROW) {
		if (ck->disagree++ > 0)
			continue;
		ck->disagree_path = store_column_dup(st, 1);
		ck->disagree_number = db_column_int(st, 2);
	}
	db_finalize(st);
	if (rc != DB_DONE)
		return store_dberr(s, "comparing verdicts with the history");
	return 0;
}

int
store_check(struct store *s, struct st_check *ck, char **cause)
{
	int	rc;

	memset(ck, 0, sizeof *ck);
	if (store_begin(s, 0) != 0)
		return store_give_cause(s, cause);
	rc = check_integrity(s, ck);
	/* Past a damaged file the rest would read garbage. */
	if (rc == 0 && ck->integrity_ok)
		rc = check_chain(s, ck);
	if (rc == 0 && ck->integrity_ok)
		rc = check_verdicts(s, ck);
	return store_end(s, rc, cause);
}

void
st_check_clear(struct st_check *ck)
{
	free(ck->integrity);
	free(ck->disagree_path);
	memset(ck, 0, sizeof *ck);
}
