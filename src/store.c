/* store.c: the database of articles, claims, verdicts and history: its
 * statements, errors, transactions and the history chained, whatever the
 * engine (store-sqlite.c, store-pg.c open it). */
#include <sys/stat.h>

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "db.h"

#include "fetch.h"
#include "paths.h"
#include "store-int.h"
#include "store.h"
#include "xmalloc.h"


extern const char schema_sql[];

/* The columns store_claim_read() reads, of claim c and its verdict v (LEFT
 * JOIN): REV and MATCHES are SQL for its revision's number and its count
 * of earlier verdicts. */
/* The claims of S_DISSENT_ALL: FROM and WHERE. */
#define DISSENT_SQL							\
	" FROM imported_match m JOIN imported_verdict i"		\
	" ON i.id = m.imported_id"					\
	" JOIN claim c ON c.id = m.claim_id AND c.dismissed = 0"	\
	" JOIN verdict v ON v.claim_id = c.id"				\
	" JOIN revision r ON r.id = c.revision_id"			\
	" JOIN current_revision cr ON cr.article_id = r.article_id"	\
	" AND cr.id = r.id"						\
	" WHERE v.status <> 'unreviewed'"				\
	" AND (i.status IS NULL OR v.status <> i.status)"		\
	" AND i.imported_at >= coalesce(v.updated_at, '')"

#define CLAIM_COLUMNS(rev, matches)					\
	"c.id, c.start, c.\"end\", c.text, c.kinds, c.source, c.score,"	\
	" c.origin = 'manual', c.dismissed, coalesce(v.status,"		\
	" 'unreviewed'), coalesce(v.note, ''), v.reviewer,"		\
	" v.updated_at, " rev ", c.orphan, coalesce(c.anchor, ''),"	\
	" c.number, " matches ", c.version, v.stale_text,"		\
	" c.source_role, c.source_kind, c.source_edited, c.replaced"

static const char *const stmt_sql[S_COUNT] = {
	[S_BEGIN_READ] = "BEGIN",
	[S_BEGIN_WRITE] = "BEGIN IMMEDIATE",
	[S_COMMIT] = "COMMIT",
	[S_ROLLBACK] = "ROLLBACK",
	[S_ART_BY_PATH] = "SELECT id FROM article WHERE path = ?1",
	[S_ART_BY_ID] = "SELECT id FROM article WHERE id = ?1",
	[S_ART_INSERT] =
	    "INSERT INTO article (path, title, created_at) VALUES (?1, ?2, ?3)"
	    " RETURNING id",
	[S_ART_SET_TITLE] = "UPDATE article SET title = ?2 WHERE id = ?1",
	[S_REV_CURRENT] =
	    "SELECT id, number, hash, length(text), title FROM revision"
	    " WHERE article_id = ?1 ORDER BY number DESC LIMIT 1",
	[S_REV_BY_HASH] =
	    "SELECT article_id FROM current_revision WHERE hash = ?1",
	/* Revisions with that hash, current ones too, newest first. */
	[S_REV_EARLIER_BY_HASH] =
	    "SELECT article_id, number, id, length(text) FROM revision"
	    " WHERE hash = ?1 ORDER BY id DESC",
	[S_ART_PATH] = "SELECT path FROM article WHERE id = ?1",
	[S_ART_SET_PATH] = "UPDATE article SET path = ?2 WHERE id = ?1",
	[S_REV_TEXT] = "SELECT text, number FROM revision WHERE id = ?1",
	[S_REV_INSERT] =
	    "INSERT INTO revision (article_id, number, text, hash, title,"
	    " imported_at, imported_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
	    " RETURNING id",
	[S_CLAIM_INSERT] =
	    "INSERT INTO claim (revision_id, start, \"end\", text, kinds, source,"
	    " score, origin, dismissed, prev_id, anchor, number, source_role,"
	    " source_kind, source_edited, replaced) VALUES (?1, ?2, ?3, ?4,"
	    " ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"
	    " RETURNING id",
	/* The claim's columns, then the article and its current revision's
	 * number. */
	[S_CLAIM_STATE] =
	    "SELECT " CLAIM_COLUMNS("r.number", "0") ","
	    " r.article_id, (SELECT max(x.number) FROM revision x"
	    "  WHERE x.article_id = r.article_id)"
	    " FROM claim c JOIN revision r ON r.id = c.revision_id"
	    " LEFT JOIN verdict v ON v.claim_id = c.id WHERE c.id = ?1",
	[S_DATA_VERSION] = "PRAGMA data_version",
	[S_HISTORY_MAX] = "SELECT coalesce(max(id), 0) FROM history",
	[S_HISTORY_SINCE] =
	    "SELECT h.id, c.number, h.at, h.reviewer, h.field, h.old, h.new,"
	    " h.origin FROM history h JOIN claim c ON c.id = h.claim_id"
	    " JOIN revision r ON r.id = c.revision_id"
	    " WHERE h.id > ?2 AND r.article_id = ?1 ORDER BY h.id",
	[S_CLAIM_BUMP] =
	    "UPDATE claim SET version = version + 1 WHERE id = ?1",
	/* The last change of claim ?1: its status row when it has one. */
	[S_CLAIM_LAST_CHANGE] =
	    "SELECT reviewer, at, field, new FROM history WHERE claim_id = ?1"
	    " AND coalesce(change, id) = (SELECT coalesce(change, id)"
	    " FROM history WHERE claim_id = ?1 ORDER BY id DESC LIMIT 1)"
	    " ORDER BY field = 'status' DESC, id LIMIT 1",
	[S_CLAIM_NEXT] = "SELECT id FROM claim WHERE prev_id = ?1",
	[S_CLAIM_SET_ORPHAN] = "UPDATE claim SET orphan = ?2 WHERE id = ?1",
	[S_CLAIM_SET_DISMISSED] =
	    "UPDATE claim SET dismissed = ?2,"
	    " replaced = coalesce(?3, replaced) WHERE id = ?1",
	/* A source set by hand: no role or kind but what it was given. */
	[S_CLAIM_SET_SOURCE] =
	    "UPDATE claim SET source = ?2, source_role = ?3, source_kind = ?4,"
	    " source_edited = coalesce(?5, 1) WHERE id = ?1",
	[S_CLAIM_BY_SPAN] =
	    "SELECT id, dismissed FROM claim WHERE revision_id = ?1"
	    " AND start = ?2 AND \"end\" = ?3 ORDER BY id LIMIT 1",
	[S_CLAIM_NTH] =
	    "SELECT id FROM claim WHERE revision_id = ?1 AND number = ?2",
	[S_ART_NUMBER] = "SELECT last_number FROM article WHERE id = ?1",
	[S_ART_SET_NUMBER] =
	    "UPDATE article SET last_number = ?2 WHERE id = ?1",
	[S_CLAIM_COUNT] =
	    "SELECT count(*), count(*) FILTER (WHERE dismissed = 0),"
	    " coalesce(max(number), 0) FROM claim WHERE revision_id = ?1",
	/* From the index alone. */
	[S_CLAIM_TOTAL] = "SELECT count(*) FROM claim WHERE revision_id = ?1",
	/* The claims an import carries forward: the claim's columns, then
	 * whether it has a verdict row and its revision's id. */
	[S_CLAIMS_OF_REV] =
	    "SELECT " CLAIM_COLUMNS("r.number", "0") ","
	    " v.claim_id IS NOT NULL, c.revision_id"
	    " FROM claim c JOIN revision r ON r.id = c.revision_id"
	    " LEFT JOIN verdict v ON v.claim_id = c.id"
	    " WHERE c.revision_id = ?1 ORDER BY c.start, c.\"end\", c.id",
	[S_CLAIMS_ORPHANED] =
	    "SELECT " CLAIM_COLUMNS("r.number", "0") ","
	    " v.claim_id IS NOT NULL, c.revision_id"
	    " FROM claim c JOIN revision r ON r.id = c.revision_id"
	    " LEFT JOIN verdict v ON v.claim_id = c.id"
	    " WHERE r.article_id = ?1 AND c.orphan = 1 AND r.id <> ?2"
	    " ORDER BY r.number, " ORPHAN_ORDER,
	[S_VERDICT_PUT] =
	    "INSERT INTO verdict (claim_id, status, note, reviewer, updated_at,"
	    " stale_text) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
	    " ON CONFLICT (claim_id) DO UPDATE SET"
	    " status = excluded.status, note = excluded.note,"
	    " reviewer = excluded.reviewer, updated_at = excluded.updated_at,"
	    " stale_text = excluded.stale_text",
	[S_HISTORY_ADD] =
	    "INSERT INTO history (claim_id, at, reviewer, field, old, new,"
	    " origin, change, id, hash, old_name, old_kind, old_edited)"
	    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
	[S_HISTORY_TAIL] =
	    "SELECT id, hash FROM history ORDER BY id DESC LIMIT 1",
	[S_ARTICLE_LOAD] =
	    "SELECT a.path, a.title, m.url, r.id, r.number, length(r.text),"
	    " m.site,"
	    " m.date FROM article a JOIN revision r ON r.article_id = a.id"
	    " LEFT JOIN revision_meta m ON m.revision_id = r.id"
	    " WHERE a.id = ?1 ORDER BY r.number DESC LIMIT 1",
	/* The claims in index order (ties on start put right in C, which
	 * numbers them). */
	[S_CLAIMS_LOAD] =
	    "SELECT " CLAIM_COLUMNS("?2", "0")
	    " FROM claim c LEFT JOIN verdict v ON v.claim_id = c.id"
	    " WHERE c.revision_id = ?1 ORDER BY c.start",
	/* Orphans are few: found through the partial index claim_orphan
	 * (ORPHAN_ORDER). */
	[S_ORPHANS_LOAD] =
	    "SELECT " CLAIM_COLUMNS("r.number",
	    "(SELECT count(*) FROM claim_match m " MATCH_LIVE_SQL
	    " WHERE m.claim_id = c.id)")
	    " FROM revision r JOIN claim c ON c.revision_id = r.id"
	    " LEFT JOIN verdict v ON v.claim_id = c.id"
	    " WHERE r.article_id = ?1 AND c.orphan = 1 AND c.dismissed = 0"
	    " ORDER BY r.number, " ORPHAN_ORDER,
	/* The claims of a revision in no order, to number its orphans. */
	/* Matches of the claims with ids ?1..?2, all of one revision. */
	/* Earlier verdicts given here and imported ones alike. */
	[S_MATCH_COUNTS] =
	    "SELECT claim_id, count(*) FROM (SELECT claim_id FROM claim_match"
	    "  m " MATCH_LIVE_SQL " WHERE claim_id BETWEEN ?1 AND ?2"
	    "  UNION ALL SELECT claim_id"
	    "  FROM imported_match WHERE claim_id BETWEEN ?1 AND ?2) AS m"
	    " GROUP BY claim_id",
	[S_LIST] =
	    "SELECT a.id, a.title, a.path, r.number,"
	    " count(c.id),"
	    " count(c.id) FILTER (WHERE v.status <> 'unreviewed'),"
	    " count(c.id) FILTER (WHERE v.status = 'verified'),"
	    " count(c.id) FILTER (WHERE v.status = 'disputed'),"
	    " count(c.id) FILTER (WHERE v.status = 'unsourced'),"
	    " (SELECT count(*) FROM claim o JOIN revision ro"
	    "  ON ro.id = o.revision_id"
	    "  WHERE ro.article_id = a.id AND o.orphan = 1"
	    "  AND o.dismissed = 0),"
	    " max(v.updated_at), m.site, m.date,"
	    " count(v.stale_text)"
	    " FROM article a JOIN current_revision r ON r.article_id = a.id"
	    " LEFT JOIN revision_meta m ON m.revision_id = r.id"
	    " LEFT JOIN claim c ON c.revision_id = r.id AND c.dismissed = 0"
	    " LEFT JOIN verdict v ON v.claim_id = c.id"
	    " GROUP BY a.id, r.number, m.site, m.date ORDER BY a.id",
	[S_STATS_ARTICLES] = "SELECT count(*) FROM article",
	[S_STATS_STATUS] =
	    "SELECT coalesce(v.status, 'unreviewed'), c.dismissed, count(*),"
	    " count(v.stale_text)"
	    " FROM current_revision r JOIN claim c ON c.revision_id = r.id"
	    " LEFT JOIN verdict v ON v.claim_id = c.id"
	    " WHERE c.dismissed = 0 OR " CLAIM_DROPPED_SQL " GROUP BY 1, 2",
	[S_STATS_ORPHANS] =
	    "SELECT count(*) FROM claim WHERE orphan = 1 AND dismissed = 0",
	[S_STATS_REVIEWERS] =
	    "SELECT v.reviewer,"
	    " count(*) FILTER (WHERE v.status = 'verified'),"
	    " count(*) FILTER (WHERE v.status = 'disputed'),"
	    " count(*) FILTER (WHERE v.status = 'unsourced'), count(*)"
	    " FROM current_revision r JOIN claim c ON c.revision_id = r.id"
	    " JOIN verdict v ON v.claim_id = c.id"
	    " WHERE c.dismissed = 0 AND v.status <> 'unreviewed'"
	    " GROUP BY v.reviewer ORDER BY count(*) DESC, v.reviewer",
	[S_MATCH_CLAIMS] =
	    "SELECT id, text FROM claim WHERE revision_id = ?1 ORDER BY id",
	[S_MATCH_MARK] =
	    "SELECT history_id, imported_id FROM revision_match"
	    " WHERE revision_id = ?1",
	[S_MATCH_MARK_SET] =
	    "INSERT INTO revision_match (revision_id, history_id,"
	    " imported_id) VALUES (?1, (SELECT coalesce(max(id), 0)"
	    " FROM history), (SELECT coalesce(max(id), 0)"
	    " FROM imported_verdict)) ON CONFLICT (revision_id) DO UPDATE"
	    " SET history_id = excluded.history_id,"
	    " imported_id = excluded.imported_id",
	[S_HISTORY_LAST] = "SELECT coalesce(max(id), 0) FROM history",
	/* Claims of other articles whose verdicts changed after history row
	 * ?1 (given, changed or taken back), ?3 at most. */
	/* Whether a claim of another article had its verdict changed after
	 * history row ?1 (given, changed or taken back). */
	[S_CHANGED_SINCE] =
	    "SELECT 1 FROM history h"
	    " JOIN claim c ON c.id = h.claim_id"
	    " JOIN revision r ON r.id = c.revision_id"
	    " WHERE h.id > ?1 AND h.field = 'status' AND r.article_id <> ?2"
	    " LIMIT 1",
	[S_MATCH_CLEAR] =
	    "DELETE FROM claim_match WHERE claim_id IN"
	    " (SELECT id FROM claim WHERE revision_id = ?1)",
	[S_IMPORTED_CLEAR] =
	    "DELETE FROM imported_match WHERE claim_id IN"
	    " (SELECT id FROM claim WHERE revision_id = ?1)",
	[S_MATCH_INSERT] =
	    "INSERT INTO claim_match (claim_id, earlier_id, similarity)"
	    " VALUES (?1, ?2, ?3) ON CONFLICT (claim_id, earlier_id)"
	    " DO UPDATE SET similarity = excluded.similarity",
	[S_MATCHES_LIST] =
	    "SELECT e.id, r.article_id, a.title, r.number, e.number,"
	    " coalesce(v.status, 'unreviewed'), coalesce(v.note, ''),"
	    " v.reviewer, v.updated_at, m.similarity,"
	    " coalesce(v.stale_text, e.text)"
	    " FROM claim_match m JOIN claim e ON e.id = m.earlier_id"
	    " JOIN revision r ON r.id = e.revision_id"
	    " JOIN article a ON a.id = r.article_id"
	    " LEFT JOIN verdict v ON v.claim_id = e.id"
	    " WHERE m.claim_id = ?1 AND e.dismissed = 0"
	    " ORDER BY m.similarity DESC, e.id",
	[S_CLAIM_VERDICT] =
	    "SELECT coalesce(v.status, 'unreviewed'), coalesce(v.note, ''),"
	    " c.dismissed, c.number, r.article_id"
	    " FROM claim c JOIN revision r ON r.id = c.revision_id"
	    " LEFT JOIN verdict v ON v.claim_id = c.id"
	    " WHERE c.id = ?1",
	/* Prepared on first use (store-seen.c, store-imported.c). */
	[S_SEEN_PROBE] =
	    "SELECT count(*) FROM (SELECT 1 FROM earlier_fts"
	    " WHERE earlier_fts MATCH ?1 LIMIT ?2)",
	[S_SEEN_RANK] =
	    "SELECT rowid, bm25(earlier_fts) FROM earlier_fts"
	    " WHERE earlier_fts MATCH ?1 ORDER BY rank LIMIT ?2",
	[S_SEEN_SAMPLE] =
	    "SELECT rowid, bm25(earlier_fts) FROM earlier_fts"
	    " WHERE earlier_fts MATCH ?1 LIMIT ?2",
	/* Claims' ids above 0, imported verdicts' below. */
	[S_SEEN_SPAN] =
	    "SELECT (SELECT rowid FROM earlier_fts ORDER BY rowid DESC"
	    " LIMIT 1), (SELECT rowid FROM earlier_fts ORDER BY rowid"
	    " LIMIT 1)",
	/* Claim ?1 with its verdict if it is a candidate: a claim of an
	 * article other than ?2, current or orphaned (not a copy an old
	 * revision keeps). The columns of S_SEEN_IMPORTED, its article in
	 * place of the id, then the article's title and the verdict's
	 * reviewer; its text the one the verdict was given on, which a stale
	 * verdict keeps. */
	[S_SEEN_CLAIM] =
	    "SELECT coalesce(v.stale_text, c.text), v.status, NULL, m.url, substr(v.updated_at, 1, 10),"
	    " NULL, r.article_id, a.title, v.reviewer"
	    " FROM claim c JOIN revision r ON r.id = c.revision_id"
	    " JOIN article a ON a.id = r.article_id"
	    " JOIN verdict v ON v.claim_id = c.id"
	    " LEFT JOIN revision_meta m ON m.revision_id = r.id"
	    " WHERE c.id = ?1 AND r.article_id <> ?2"
	    " AND v.status <> 'unreviewed' AND c.dismissed = 0"
	    " AND (c.orphan = 1 OR r.number = (SELECT max(x.number)"
	    "  FROM revision x WHERE x.article_id = r.article_id))",
	/* The permanent number of claim ?1 (schema.sql, migration 4). */
	[S_SEEN_NUMBER] = "SELECT number FROM claim WHERE id = ?1",
	[S_SEEN_IMPORTED] =
	    "SELECT claim, status, rating, url, date, org, ext_id"
	    " FROM imported_verdict WHERE id = ?1",
	[S_IMPORTED_FIND] =
	    "SELECT id, claim, status, rating, url, date, org, appearance"
	    " FROM imported_verdict WHERE ext_id = ?1",
	[S_IMPORTED_INSERT] =
	    "INSERT INTO imported_verdict (ext_id, claim, status, rating, url,"
	    " date, org, appearance, imported_at)"
	    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id",
	[S_IMPORTED_UPDATE] =
	    "UPDATE imported_verdict SET claim = ?2, status = ?3, rating = ?4,"
	    " url = ?5, date = ?6, org = ?7, appearance = ?8,"
	    " imported_at = ?9 WHERE id = ?1",
	[S_IMPORTED_FIND_URL] =
	    "SELECT id, claim, status, rating, url, date, org, appearance"
	    " FROM imported_verdict WHERE ext_id = ?1 AND claim = ?2",
	/* A link made when a claim adopts an imported verdict it was not
	 * linked to: kept as it is when it was. */
	/* Every claim given a verdict, in an article's current revision,
	 * linked to an imported verdict that says otherwise and was
	 * imported so since the verdict was given. In the links' order:
	 * read from them, never by a scan of every claim (a report's memory
	 * stays flat). */
	[S_DISSENT_ALL] =
	    "SELECT m.claim_id, i.ext_id, i.url, i.status, m.imported_id"
	    DISSENT_SQL
	    " ORDER BY m.claim_id, m.imported_id",
	/* Pairs of linked claims (claim_match) whose verdicts differ, from
	 * each side: the claim, of a current revision, the other (of any, as
	 * the reports list it), its article, title, number, verdict and
	 * revision. */
	[S_DISAGREE_ALL] =
	    "WITH d (a, b) AS (SELECT m.claim_id, m.earlier_id"
	    " FROM claim_match m JOIN verdict va ON va.claim_id = m.claim_id"
	    " JOIN verdict vb ON vb.claim_id = m.earlier_id"
	    " WHERE va.status <> 'unreviewed' AND vb.status <> 'unreviewed'"
	    " AND va.status <> vb.status)"
	    " SELECT x.a, x.b, r.article_id, coalesce(ar.title, ar.path),"
	    " o.number, vo.status, r.number"
	    " FROM (SELECT a, b FROM d UNION ALL SELECT b, a FROM d) x"
	    " JOIN claim c ON c.id = x.a AND c.dismissed = 0"
	    " JOIN current_revision cc ON cc.id = c.revision_id"
	    " JOIN claim o ON o.id = x.b AND o.dismissed = 0"
	    " JOIN revision r ON r.id = o.revision_id"
	    " JOIN article ar ON ar.id = r.article_id"
	    " JOIN verdict vo ON vo.claim_id = o.id"
	    " ORDER BY x.a, x.b",
	/* The claims of article ?1's current revision with a verdict whose
	 * earlier verdict linked says otherwise: their numbers. */
	[S_DISAGREE_ARTICLE] =
	    "SELECT DISTINCT c.number FROM current_revision r"
	    " JOIN claim c ON c.revision_id = r.id AND c.dismissed = 0"
	    " JOIN verdict va ON va.claim_id = c.id"
	    " JOIN claim_match m ON m.claim_id = c.id"
	    " JOIN claim e ON e.id = m.earlier_id AND e.dismissed = 0"
	    " JOIN verdict vb ON vb.claim_id = e.id"
	    " WHERE r.article_id = ?1 AND va.status <> 'unreviewed'"
	    " AND vb.status <> 'unreviewed' AND va.status <> vb.status"
	    " ORDER BY c.number",
	/* Claim number ?2 of article ?1 in its newest revision that has
	 * it: that revision's number, and what a split or join made of it. */
	[S_CLAIM_GONE] =
	    "SELECT r.number, (SELECT h.origin FROM history h"
	    " WHERE h.claim_id = c.id AND h.field = 'dismissed'"
	    " AND h.new = '1' AND (h.origin LIKE 'split into %'"
	    " OR h.origin LIKE 'joined into %') AND NOT EXISTS (SELECT 1"
	    " FROM history u WHERE u.claim_id = h.claim_id"
	    " AND u.origin = 'undo of change ' || h.id)"
	    " ORDER BY h.id DESC LIMIT 1)"
	    " FROM revision r JOIN claim c ON c.revision_id = r.id"
	    " WHERE r.article_id = ?1 AND c.number = ?2"
	    " ORDER BY r.number DESC LIMIT 1",
	/* Those of article ?1: their numbers. */
	[S_DISSENT_ARTICLE] =
	    "SELECT DISTINCT c.number" DISSENT_SQL " AND r.article_id = ?1"
	    " ORDER BY c.number",
	[S_IMPORTED_ADOPT_LINK] =
	    "INSERT INTO imported_match (claim_id, imported_id, similarity)"
	    " VALUES (?1, ?2, ?3) ON CONFLICT (claim_id, imported_id)"
	    " DO NOTHING",
	[S_IMPORTED_REKEY] =
	    "UPDATE imported_verdict SET ext_id = ?2 WHERE id = ?1",
	/* The claims linked to imported verdict ?1 whose verdict is
	 * another than its own. */
	[S_IMPORTED_DISSENT] =
	    "SELECT a.id, coalesce(a.title, a.path), c.number, v.status,"
	    " i.ext_id, i.url, i.claim, i.status"
	    " FROM imported_match m JOIN imported_verdict i"
	    " ON i.id = m.imported_id"
	    " JOIN claim c ON c.id = m.claim_id AND c.dismissed = 0"
	    " JOIN verdict v ON v.claim_id = c.id"
	    " JOIN revision r ON r.id = c.revision_id"
	    " JOIN article a ON a.id = r.article_id"
	    " JOIN current_revision cr ON cr.article_id = a.id"
	    " AND (cr.id = r.id OR c.orphan = 1)"
	    " WHERE m.imported_id = ?1 AND v.status <> 'unreviewed'"
	    " AND (i.status IS NULL OR v.status <> i.status)"
	    " ORDER BY a.id, c.number",
	[S_IMPORTED_LAST] =
	    "SELECT coalesce(max(id), 0) FROM imported_verdict",
	[S_IMPORTED_LINK] =
	    "INSERT INTO imported_match (claim_id, imported_id, similarity)"
	    " VALUES (?1, ?2, ?3) ON CONFLICT (claim_id, imported_id)"
	    " DO UPDATE SET similarity = excluded.similarity",
	[S_IMPORTED_LIST] =
	    "SELECT i.id, i.ext_id, i.claim, i.status, i.rating, i.url, i.date,"
	    " i.org, m.similarity FROM imported_match m"
	    " JOIN imported_verdict i ON i.id = m.imported_id"
	    " WHERE m.claim_id = ?1 ORDER BY m.similarity DESC, i.id",
	[S_IMPORTED_ONE] =
	    "SELECT ext_id, status, rating, url FROM imported_verdict"
	    " WHERE id = ?1",
	/* A revision's metadata (schema.sql, migration 6). */
	[S_META_GET] =
	    "SELECT r.title, m.date, m.site, m.url, m.lang,"
	    " coalesce(m.edited, '') FROM revision r"
	    " LEFT JOIN revision_meta m ON m.revision_id = r.id"
	    " WHERE r.id = ?1",
	[S_META_AUTHORS] =
	    "SELECT name FROM revision_author WHERE revision_id = ?1"
	    " ORDER BY position",
	[S_META_PUT] =
	    "INSERT INTO revision_meta (revision_id, date, site, url, lang,"
	    " edited) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
	    " ON CONFLICT (revision_id) DO UPDATE SET date = excluded.date,"
	    " site = excluded.site, url = excluded.url, lang = excluded.lang,"
	    " edited = excluded.edited",
	[S_META_AUTHORS_CLEAR] =
	    "DELETE FROM revision_author WHERE revision_id = ?1",
	[S_META_AUTHOR_ADD] =
	    "INSERT INTO revision_author (revision_id, position, name)"
	    " VALUES (?1, ?2, ?3)",
	[S_REV_SET_TITLE] = "UPDATE revision SET title = ?2 WHERE id = ?1",
};

static const struct {
	const char	*name, *label;
} verdict_names[VERDICT_COUNT] = {
	[VERDICT_NONE] = { "unreviewed", "Unreviewed" },
	[VERDICT_VERIFIED] = { "verified", "Verified" },
	[VERDICT_DISPUTED] = { "disputed", "Disputed" },
	[VERDICT_UNSOURCED] = { "unsourced", "Unsourced" }
};

const char *
verdict_name(enum verdict v)
{
	if ((unsigned)v >= VERDICT_COUNT)
		v = VERDICT_NONE;
	return verdict_names[v].name;
}

const char *
verdict_label(enum verdict v)
{
	if ((unsigned)v >= VERDICT_COUNT)
		v = VERDICT_NONE;
	return verdict_names[v].label;
}

int
verdict_parse(const char *s)
{
	int	i;

	if (s == NULL)
		return -1;
	if (strcmp(s, "clear") == 0)
		return VERDICT_NONE;
	for (i = 0; i < VERDICT_COUNT; i++) {
		if (strcmp(s, verdict_names[i].name) == 0)
			return i;
	}
	return -1;
}

void
store_now(char *buf, size_t size)
{
	const char	*env = getenv("SOURCE_DATE_EPOCH");
	char		*end;
	long long	 v;
	time_t		 t;
	struct tm	 tm;

	t = time(NULL);
	if (env != NULL && *env != '\0') {
		errno = 0;
		v = strtoll(env, &end, 10);
		if (errno == 0 && *end == '\0' && v >= 0)
			t = (time_t)v;
	}
	if (gmtime_r(&t, &tm) == NULL ||
	    strftime(buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0) {
		if (size > 0)
			*buf = '\0';
	}
}

/* Errors. */

int
store_err(struct store *s, const char *fmt, ...)
{
	va_list	ap;

	free(s->cause);
	s->errclass = DB_E_NONE;
	va_start(ap, fmt);
	s->cause = xvasprintf(fmt, ap);
	va_end(ap);
	return -1;
}

/* One clear line for the driver's last error. */
static char *
dberr_message(struct db *db, const char *what)
{
	const char	*msg = db_errmsg(db);
	int		 sys = db_syserr(db);

	switch (db_errclass(db)) {
	case DB_E_BUSY:
		if (strcmp(msg, "database is locked") != 0)
			return xasprintf("database is locked (%s)", msg);
		return xasprintf("database is locked (another process kept "
		    "it busy for more than %d s)", STORE_BUSY_MS / 1000);
	case DB_E_CORRUPT:
		return xasprintf("database is corrupt (%s)", msg);
	case DB_E_NOTADB:
		return xasprintf("not a claimdesk database (%s)", msg);
	case DB_E_READONLY:
		return xasprintf("database is read-only (%s)", msg);
	case DB_E_PERMISSION:
		if (db_kind(db) == DB_PG)
			return xasprintf("%s: not allowed (%s)", what, msg);
		return xasprintf("database is read-only (%s)", msg);
	case DB_E_FULL:
		return xasprintf("disk is full (%s)", msg);
	case DB_E_CANTOPEN:
		if (sys != 0)
			return xasprintf("cannot open the database (%s: %s)",
			    msg, strerror(sys));
		return xasprintf("cannot open the database (%s)", msg);
	case DB_E_IOERR:
		if (sys != 0)
			return xasprintf("I/O error (%s: %s)", msg,
			    strerror(sys));
		return xasprintf("I/O error (%s)", msg);
	case DB_E_CONNECTION:
		/* Lost while committing, the server may have committed. */
		if (strcmp(what, "committing") == 0)
			return xasprintf("%s: the connection to the server was "
			    "lost (%s); the change may have been saved: look "
			    "before trying again", what, msg);
		return xasprintf("%s: the connection to the server was lost "
		    "(%s); nothing was changed, try again", what, msg);
	default:
		break;
	}
	return xasprintf("%s: %s", what, msg);
}

int
store_dberr(struct store *s, const char *what)
{
	free(s->cause);
	s->errclass = db_errclass(s->db);
	s->cause = dberr_message(s->db, what);
	return -1;
}

int
store_give_cause(struct store *s, char **cause)
{
	if (s->cause == NULL)
		s->cause = xstrdup("unknown database error");
	if (cause != NULL)
		*cause = s->cause;
	else
		free(s->cause);
	s->cause = NULL;
	return -1;
}

/* Statements and transactions. */

struct db_stmt *
store_stmt(struct store *s, enum store_stmt id)
{
	struct db_stmt	*stmt = s->stmt[id];

	db_reset(stmt);
	return stmt;
}

int
store_exec(struct store *s, struct db_stmt *stmt, const char *what)
{
	return store_step_end(s, stmt, db_step(stmt), what);
}

int
store_step_end(struct store *s, struct db_stmt *st, int rc, const char *what)
{
	db_reset(st);
	if (rc != DB_DONE && rc != DB_ROW)
		return store_dberr(s, what);
	return 0;
}

int
store_begin(struct store *s, int write)
{
	s->change = s->change_claim = 0;
	if (write && s->readonly)
		return store_err(s, "database is read-only (opened for "
		    "reading only)");
	if (db_kind(s->db) == DB_PG)
		return store_pg_begin(s, write);
	return store_exec(s, store_stmt(s, write ? S_BEGIN_WRITE :
	    S_BEGIN_READ), "starting a transaction");
}

int
store_commit(struct store *s)
{
	if (store_exec(s, store_stmt(s, S_COMMIT), "committing") != 0) {
		store_rollback(s);
		return -1;
	}
	return 0;
}

int
store_end(struct store *s, int rc, char **cause)
{
	if (rc != 0) {
		store_rollback(s);
		return store_give_cause(s, cause);
	}
	if (store_commit(s) != 0)
		return store_give_cause(s, cause);
	return 0;
}

void
store_rollback(struct store *s)
{
	if (!db_in_transaction(s->db))
		return;
	if (s->stmt[S_ROLLBACK] == NULL) {
		db_exec(s->db, "ROLLBACK");
		return;
	}
	db_step(store_stmt(s, S_ROLLBACK));
	db_reset(s->stmt[S_ROLLBACK]);
}

char *
store_column_dup(struct db_stmt *stmt, int i)
{
	const char	*t = db_column_text(stmt, i);

	if (t == NULL)
		return NULL;
	return xstrndup(t, db_column_bytes(stmt, i));
}

enum verdict
store_column_verdict(struct db_stmt *stmt, int i)
{
	int	v = verdict_parse(db_column_text(stmt, i));

	return v < 0 ? VERDICT_NONE : (enum verdict)v;
}

/* Appends H, its id, change and hash filled in here. */
static int
history_add(struct store *s, struct st_history_row *h)
{
	struct db_stmt	*st = store_stmt(s, S_HISTORY_TAIL);
	char		 hash[STORE_HASH_HEX + 1], *prev = NULL;
	int		 rc;

	/* The row after the last one, chained to it. */
	rc = db_step(st);
	if (rc == DB_ROW) {
		h->id = db_column_int64(st, 0) + 1;
		prev = store_column_dup(st, 1);
	} else if (rc == DB_DONE)
		h->id = 1;
	if (store_step_end(s, st, rc, "writing history") != 0)
		return -1;
	/* Rows for the same claim in one transaction make one change. */
	h->change = 0;
	if (s->change != 0 && s->change_claim == h->claim)
		h->change = s->change;
	store_history_hash(prev, h, hash);
	free(prev);

	st = store_stmt(s, S_HISTORY_ADD);
	db_bind_int64(st, 1, h->claim);
	db_bind_text(st, 2, h->at);
	db_bind_text(st, 3, h->reviewer);
	db_bind_text(st, 4, h->field);
	db_bind_text(st, 5, h->old);
	db_bind_text(st, 6, h->new);
	db_bind_text(st, 7, h->origin);
	if (h->change != 0)
		db_bind_int64(st, 8, h->change);
	db_bind_int64(st, 9, h->id);
	db_bind_text(st, 10, hash);
	db_bind_text(st, 11, h->old_name);
	db_bind_text(st, 12, h->old_kind);
	if (h->old_edited >= 0)
		db_bind_int(st, 13, h->old_edited);
	if (store_exec(s, st, "writing history") != 0)
		return -1;
	if (h->change == 0) {
		s->change = h->id;
		s->change_claim = h->claim;
	}
	return 0;
}

/* A history row of these fields appended; OLD_EDITED -1: not told. */
static int
history_row(struct store *s, int64_t claim, const char *at,
    const char *reviewer, const char *field, const char *old,
    const char *new_, const char *origin, const char *old_name,
    const char *old_kind, int old_edited)
{
	struct st_history_row	h;

	memset(&h, 0, sizeof h);
	h.claim = claim;
	h.at = at;
	h.reviewer = reviewer;
	h.field = field;
	h.old = old;
	h.new = new_;
	h.origin = origin;
	h.old_name = old_name;
	h.old_kind = old_kind;
	h.old_edited = old_edited;
	return history_add(s, &h);
}

int
store_history(struct store *s, int64_t claim, const char *at,
    const char *reviewer, const char *field, const char *old,
    const char *new_, const char *origin)
{
	return history_row(s, claim, at, reviewer, field, old, new_, origin,
	    NULL, NULL, -1);
}

int
store_history_source(struct store *s, int64_t claim, const char *at,
    const char *reviewer, const char *old, const char *new_,
    const char *origin, const char *old_name, const char *old_kind,
    int old_edited)
{
	return history_row(s, claim, at, reviewer, "source", old, new_,
	    origin, old != NULL ? old_name : NULL,
	    old != NULL ? old_kind : NULL, old_edited != 0);
}

/* Opening and migrations. */

int
store_schema_split(const char *text, struct store_migration *m, int max)
{
	const char	*line;
	int		 n = 0, num;
	char		*end;

	for (line = text; line != NULL && *line != '\0';
	    line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
		if (strncmp(line, "-- migration ", 13) != 0)
			continue;
		num = (int)strtol(line + 13, &end, 10);
		if (end == line + 13 || (*end != '\n' && *end != '\0'))
			continue;
		if (num != n + 1 || n == max)
			fatal("schema: migration %d out of order", num);
		if (n > 0)
			m[n - 1].len = (size_t)(line - m[n - 1].sql);
		m[n].number = num;
		m[n].sql = line;
		n++;
	}
	if (n > 0)
		m[n - 1].len = strlen(m[n - 1].sql);
	return n;
}

int
store_migrate_one(struct store *s, const struct store_migration *m,
    const char *begin_write, int (*version)(struct store *, int *),
    const char *set_version)
{
	char	*sql;
	int	 v, rc;

	if (db_exec(s->db, begin_write) != 0)
		return store_dberr(s, "upgrading");
	if (version(s, &v) != 0)
		goto fail;
	if (v < m->number) {
		sql = xasprintf("%.*s\n%s%d;", (int)m->len, m->sql,
		    set_version, m->number);
		rc = db_exec(s->db, sql);
		free(sql);
		if (rc != 0) {
			store_dberr(s, "upgrading");
			goto fail;
		}
	}
	if (db_exec(s->db, "COMMIT") != 0) {
		store_dberr(s, "upgrading");
		goto fail;
	}
	return 0;

fail:
	store_rollback(s);
	return -1;
}

int
store_schema_latest(void)
{
	struct store_migration	m[STORE_MIGRATIONS_MAX];

	return store_schema_split(schema_sql, m, STORE_MIGRATIONS_MAX);
}

const char *
store_stmt_text(struct store *s, enum store_stmt id)
{
	if (db_kind(s->db) == DB_PG && store_pg_sql[id] != NULL)
		return store_pg_sql[id];
	return stmt_sql[id];
}

int
store_prepare_all(struct store *s)
{
	int	i;

	for (i = 0; i < S_LAZY; i++) {
		if (s->stmt[i] != NULL)
			continue;
		if ((s->stmt[i] = db_prepare(s->db, store_stmt_text(s, i))) == NULL)
			return store_dberr(s, "preparing a statement");
	}
	return 0;
}

void
store_finalize_all(struct store *s)
{
	int	i;

	for (i = 0; i < S_COUNT; i++) {
		db_finalize(s->stmt[i]);
		s->stmt[i] = NULL;
	}
}

struct db_stmt *
store_stmt_lazy(struct store *s, enum store_stmt id)
{
	if (s->stmt[id] == NULL &&
	    (s->stmt[id] = db_prepare(s->db, store_stmt_text(s, id))) == NULL) {
		store_dberr(s, "preparing a statement");
		return NULL;
	}
	return store_stmt(s, id);
}

int
store_is_conninfo(const char *name)
{
	static const char *const keys[] = { "host=", "hostaddr=", "port=",
	    "dbname=", "user=", "password=", "service=", "sslmode=" };
	const char	*p;
	size_t		 i;

	for (p = name; p != NULL && *p != '\0'; p = strchr(p, ' ')) {
		while (*p == ' ')
			p++;
		for (i = 0; i < sizeof keys / sizeof keys[0]; i++)
			if (strncmp(p, keys[i], strlen(keys[i])) == 0)
				return 1;
	}
	return 0;
}

int
store_is_server(const char *name)
{
	return strncmp(name, "postgresql://", 13) == 0 ||
	    strncmp(name, "postgres://", 11) == 0 ||
	    strncmp(name, "pg:", 3) == 0;
}

int
store_set_bulk(struct store *s, int on, char **cause)
{
	if (s->readonly)
		return 0;
	/* A server keeps every commit it answered, even across a crash of
	 * its own: an import is one transaction an article, whose flush
	 * costs little beside its statements (synchronous_commit off would
	 * lose the last commits when the server stops at once). */
	if (db_kind(s->db) == DB_PG)
		return 0;
	return store_sqlite_bulk(s, on, cause);
}

struct store *
store_open(const char *path, int flags, char **cause)
{
	struct store	*s;
	int		 rc;

	s = xcalloc(1, sizeof *s);
	s->path = xstrdup(path);
	if (store_is_server(path))
		rc = store_pg_open(s, flags);
	else if (store_is_conninfo(path)) {
		/* Never made into a file named after a password. */
		free(s->path);
		s->path = store_name_safe(path);
		rc = store_err(s, "a connection string in libpq's keyword "
		    "form: name a server as postgresql://... or pg:SERVICE");
	} else
		rc = store_sqlite_open(s, flags);
	if (rc != 0) {
		store_give_cause(s, cause);
		store_close(s);
		return NULL;
	}
	return s;
}

void
store_close(struct store *s)
{
	if (s == NULL)
		return;
	store_imported_forget(s);
	store_finalize_all(s);
	db_close(s->db);
	free(s->cause);
	free(s->path);
	free(s->login);
	free(s);
}

int
store_readonly(const struct store *s)
{
	return s->readonly;
}

int
store_refused(const struct store *s)
{
	return s->errclass == DB_E_NONE;
}

const char *
store_path(const struct store *s)
{
	return s->path;
}

struct db *
store_db(struct store *s)
{
	return s->db;
}

int
store_change_begin(struct store *s, const struct st_change *asked,
    struct st_change *ch, char **cause)
{
	*ch = *asked;
	if (s->login != NULL)
		ch->reviewer = s->login;
	if (store_begin(s, 1) != 0)
		return store_give_cause(s, cause);
	return 0;
}

const char *
store_who(struct store *s, const char *reviewer)
{
	return s->login != NULL ? s->login : reviewer;
}

const char *
store_login(const struct store *s)
{
	return s->login;
}

/* Finding articles and claims. */

int
store_article_is_id(const char *article)
{
	size_t	i;

	for (i = 0; article[i] != '\0'; i++) {
		if (article[i] < '0' || article[i] > '9')
			return 0;
	}
	return i > 0 && i < 19;
}

int
store_query_int(struct store *s, const char *sql, int64_t *value,
    const char *what)
{
	struct db_stmt	*st;
	int		 rc;

	if ((st = db_prepare(s->db, sql)) == NULL)
		return store_dberr(s, what);
	rc = db_step(st);
	if (rc == DB_ROW && db_column_text(st, 0) != NULL) {
		*value = db_column_int64(st, 0);
		rc = 1;
	} else if (rc == DB_ROW || rc == DB_DONE)
		rc = 0;
	else
		rc = store_dberr(s, what);
	db_finalize(st);
	return rc;
}

int
store_row_of(struct store *s, struct db_stmt *st, int64_t id,
    const char *thing, const char *reading)
{
	int	rc;

	db_bind_int64(st, 1, id);
	if ((rc = db_step(st)) == DB_ROW)
		return 0;
	db_reset(st);
	if (rc == DB_DONE)
		return store_err(s, "no %s with id %" PRId64, thing, id);
	return store_dberr(s, reading);
}

int
store_step_id(struct store *s, struct db_stmt *st, int64_t *id,
    const char *what)
{
	int	rc = db_step(st);

	if (rc == DB_ROW)
		*id = db_column_int64(st, 0);
	if (store_step_end(s, st, rc, what) != 0)
		return -1;
	return rc == DB_ROW;
}

int
store_article_at(struct store *s, const char *path, int64_t *id)
{
	struct db_stmt	*st = store_stmt(s, S_ART_BY_PATH);
	int		 rc;

	db_bind_text(st, 1, path);
	rc = store_step_id(s, st, id, "finding the article");
	if (rc < 0) {
		free(s->cause);
		s->cause = NULL;
	}
	return rc;
}

int
store_find_article(struct store *s, const char *article, int64_t *id,
    char **cause)
{
	struct db_stmt	*st;
	char		*path;
	int		 rc;

	if (store_article_is_id(article)) {
		st = store_stmt(s, S_ART_BY_ID);
		db_bind_int64(st, 1, strtoll(article, NULL, 10));
		if ((rc = store_step_id(s, st, id, "finding the article")) < 0)
			return store_give_cause(s, cause);
		if (rc == 1)
			return 0;
	}
	/* A web page by its address; standard input by its name; a file by
	 * its one name, else as it was written before names were resolved. */
	if ((path = paths_url(article)) == NULL && paths_is_stdin(article))
		path = xstrdup(article);
	if (path != NULL) {
		st = store_stmt(s, S_ART_BY_PATH);
		db_bind_text(st, 1, path);
		rc = store_step_id(s, st, id, "finding the article");
		free(path);
		path = NULL;
	} else {
		path = paths_canonical(article);
		st = store_stmt(s, S_ART_BY_PATH);
		db_bind_text(st, 1, path);
		rc = store_step_id(s, st, id, "finding the article");
		free(path);
	}
	if (rc == 0 && !fetch_is_url(article) && !paths_is_stdin(article)) {
		path = paths_absolute(article);
		st = store_stmt(s, S_ART_BY_PATH);
		db_bind_text(st, 1, path);
		rc = store_step_id(s, st, id, "finding the article");
		free(path);
	}
	if (rc < 0)
		return store_give_cause(s, cause);
	if (rc == 0) {
		store_err(s, "no such article (neither an id nor an "
		    "imported file or URL)");
		return store_give_cause(s, cause);
	}
	return 0;
}

char *
store_article_name(struct store *s, int64_t id, char **cause)
{
	struct db_stmt	*st = store_stmt(s, S_ART_PATH);
	char		*name = NULL;
	int		 rc;

	db_bind_int64(st, 1, id);
	if ((rc = db_step(st)) == DB_ROW)
		name = store_column_dup(st, 0);
	else if (rc == DB_DONE)
		store_err(s, "no article with id %" PRId64, id);
	else
		store_dberr(s, "finding the article");
	db_reset(st);
	if (name == NULL)
		store_give_cause(s, cause);
	return name;
}

int
store_current_revision(struct store *s, int64_t article, int64_t *rev,
    int *number, size_t *len)
{
	struct db_stmt	*st = store_stmt(s, S_REV_CURRENT);
	int		 rc;

	db_bind_int64(st, 1, article);
	rc = db_step(st);
	if (rc == DB_ROW) {
		*rev = db_column_int64(st, 0);
		if (number != NULL)
			*number = db_column_int(st, 1);
		if (len != NULL)
			*len = (size_t)db_column_int64(st, 3);
		db_reset(st);
		return 0;
	}
	if (rc == DB_DONE)
		store_err(s, "no article with id %" PRId64, article);
	else
		store_dberr(s, "reading the revision");
	db_reset(st);
	return -1;
}

int
store_next_number(struct store *s, int64_t article, int *number)
{
	struct db_stmt	*st = store_stmt(s, S_ART_NUMBER);
	int		 rc;

	db_bind_int64(st, 1, article);
	rc = db_step(st);
	*number = rc == DB_ROW ? db_column_int(st, 0) + 1 : 0;
	db_reset(st);
	if (rc != DB_ROW)
		return rc == DB_DONE ? store_err(s, "no article with id %"
		    PRId64, article) : store_dberr(s, "numbering the claim");
	st = store_stmt(s, S_ART_SET_NUMBER);
	db_bind_int64(st, 1, article);
	db_bind_int(st, 2, *number);
	return store_exec(s, st, "numbering the claim");
}

int
store_claim_insert(struct store *s, int64_t rev,
    const struct store_new_claim *c, int64_t *id)
{
	struct db_stmt	*st = store_stmt(s, S_CLAIM_INSERT);

	db_bind_int64(st, 1, rev);
	db_bind_int64(st, 2, (int64_t)c->start);
	db_bind_int64(st, 3, (int64_t)c->end);
	db_bind_text(st, 4, c->text);
	db_bind_text(st, 5, c->kinds != NULL ? c->kinds : "");
	db_bind_text(st, 6, c->source);
	db_bind_int(st, 7, c->score);
	db_bind_text(st, 8, c->manual ? "manual" : "extracted");
	db_bind_int(st, 9, c->dismissed);
	if (c->prev != 0)
		db_bind_int64(st, 10, c->prev);
	if (c->how != ANCHOR_NONE)
		db_bind_text(st, 11, c->how == ANCHOR_EXACT ? "exact" :
		    "context");
	db_bind_int(st, 12, c->number);
	db_bind_text(st, 13, c->source_role);
	db_bind_text(st, 14, c->source_kind);
	db_bind_int(st, 15, c->source_edited);
	db_bind_int(st, 16, c->dismissed && c->replaced);
	return store_step_id(s, st, id, "adding the claim") == 1 ? 0 : -1;
}

/* Says why article ARTICLE's current revision, its claims numbered up to
 * MAX, has no claim NUMBER: an earlier revision's claim a split or a
 * join replaced, one of an earlier revision only, or none. -1. */
static int
claim_gone(struct store *s, int64_t article, int number, int max)
{
	struct db_stmt	*st = store_stmt_lazy(s, S_CLAIM_GONE);
	const char	*why;
	int		 rc;

	if (st == NULL)
		return -1;
	db_bind_int64(st, 1, article);
	db_bind_int(st, 2, number);
	if ((rc = db_step(st)) == DB_DONE)
		store_err(s, "no claim %d (the article's claims are numbered "
		    "up to %d)", number, max);
	else if (rc != DB_ROW)
		store_dberr(s, "reading what became of the claim");
	else if ((why = (const char *)db_column_text(st, 1)) != NULL)
		store_err(s, "no claim %d: it was %s (revision %d)", number,
		    why, db_column_int(st, 0));
	else
		store_err(s, "no claim %d in the current revision: it is one "
		    "of revision %d, whose text has changed since", number,
		    db_column_int(st, 0));
	db_reset(st);
	return -1;
}

/* store_find_claim()'s work in a transaction. */
static int
find_claim(struct store *s, int64_t article, int number, int64_t *claim)
{
	struct db_stmt	*st;
	int64_t		 rev;
	int		 rc;

	if (store_current_revision(s, article, &rev, NULL, NULL) != 0)
		return -1;
	st = store_stmt(s, S_CLAIM_NTH);
	db_bind_int64(st, 1, rev);
	db_bind_int(st, 2, number);
	if ((rc = store_step_id(s, st, claim, "finding the claim")) != 0)
		return rc < 0 ? -1 : 0;
	st = store_stmt(s, S_CLAIM_COUNT);
	db_bind_int64(st, 1, rev);
	if (db_step(st) != DB_ROW) {
		db_reset(st);
		return store_dberr(s, "counting claims");
	}
	rc = db_column_int(st, 2);
	db_reset(st);
	return claim_gone(s, article, number, rc);
}

int
store_find_claim(struct store *s, int64_t article, int number,
    int64_t *claim, char **cause)
{
	if (store_begin(s, 0) != 0)
		return store_give_cause(s, cause);
	return store_end(s, find_claim(s, article, number, claim), cause);
}
