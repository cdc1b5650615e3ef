-- schema.sql: the claimdesk database, in one place.
--
-- The file is a list of migrations. Each starts with a line "-- migration N"
-- (N = 1, 2, ... in order) and runs in its own transaction, after which
-- PRAGMA user_version is N. A database whose user_version is greater than
-- the last migration here was made by a newer claimdesk and is refused
-- untouched. Migrations are never edited once released: add a new one.
-- tests/cli/fixtures/v1.sql is a database made by migration 1 (with data);
-- the tests open it to prove every later migration upgrades it.
--
-- Times are ISO 8601 UTC text ("2026-11-26T13:18:22Z"). Byte offsets index
-- the revision's text (the file's bytes, BOM included).
--
-- Nothing a reviewer did is ever deleted: claims of old revisions stay with
-- their verdicts, and history only grows.

-- migration 1

-- "CDk1": tells a claimdesk database from any other SQLite file.
PRAGMA application_id = 1128557361;

-- One row per imported file; `path` is the absolute path it was read from.
CREATE TABLE article (
	id		INTEGER PRIMARY KEY,
	path		TEXT NOT NULL UNIQUE,
	title		TEXT NOT NULL,		-- of the current revision
	url		TEXT,			-- where it was published, if known
	created_at	TEXT NOT NULL
);

-- Every distinct content an article has had; the highest number is current.
CREATE TABLE revision (
	id		INTEGER PRIMARY KEY,
	article_id	INTEGER NOT NULL REFERENCES article(id),
	number		INTEGER NOT NULL,	-- 1, 2, ... per article
	text		BLOB NOT NULL,		-- the file's bytes
	hash		TEXT NOT NULL,		-- FNV-1a 64 of text, 16 hex digits
	title		TEXT NOT NULL,
	imported_at	TEXT NOT NULL,
	imported_by	TEXT NOT NULL,
	UNIQUE (article_id, number)
);

-- The current revision of each article: what reports and lists show.
CREATE VIEW current_revision AS
SELECT r.* FROM revision r
WHERE r.number = (SELECT max(x.number) FROM revision x
    WHERE x.article_id = r.article_id);

-- A claim span of one revision: extracted by the rules or made by hand.
-- Claims are numbered on screen 1.. by (start, end, id) within their
-- revision, dismissed ones included, so numbers do not shift when one is
-- dismissed.
--
-- When a revision is imported, each claim of the previous revision (and each
-- earlier orphan) that carries a verdict, a note, a dismissal or was made by
-- hand is placed in the new text: `prev_id` then names the claim it
-- continues and `anchor` how it was found: 'exact' (same text, ties broken
-- by the surrounding text and position) or 'context' (edited text, same
-- surroundings: the reviewer should look again). Claims that cannot be
-- placed keep their verdict and get `orphan` = 1 until a later revision
-- places them. Unreviewed claims found with the same text are linked too, so
-- a change made on a stale screen can follow its claim forward.
CREATE TABLE claim (
	id		INTEGER PRIMARY KEY,
	revision_id	INTEGER NOT NULL REFERENCES revision(id),
	start		INTEGER NOT NULL,
	end		INTEGER NOT NULL,
	text		TEXT NOT NULL,		-- white space collapsed
	kinds		TEXT NOT NULL DEFAULT '',
	source		TEXT,			-- NULL: no source
	score		INTEGER NOT NULL DEFAULT 0,
	origin		TEXT NOT NULL DEFAULT 'extracted'
			CHECK (origin IN ('extracted', 'manual')),
	dismissed	INTEGER NOT NULL DEFAULT 0 CHECK (dismissed IN (0, 1)),
	orphan		INTEGER NOT NULL DEFAULT 0 CHECK (orphan IN (0, 1)),
	prev_id		INTEGER REFERENCES claim(id),
	anchor		TEXT CHECK (anchor IN ('exact', 'context')),
	CHECK (start <= end)
);
CREATE INDEX claim_revision ON claim (revision_id, start);
CREATE INDEX claim_prev ON claim (prev_id) WHERE prev_id IS NOT NULL;
CREATE INDEX claim_orphan ON claim (revision_id) WHERE orphan = 1;

-- The current verdict and note of a claim (at most one row per claim).
-- `updated_at` is that of the last change to either; `reviewer` is who
-- gave the verdict (for a note without one, who wrote the note). Databases
-- written before the second release may name who last changed the note.
CREATE TABLE verdict (
	claim_id	INTEGER PRIMARY KEY REFERENCES claim(id),
	status		TEXT NOT NULL DEFAULT 'unreviewed'
			CHECK (status IN ('unreviewed', 'verified', 'disputed',
			    'unsourced')),
	note		TEXT NOT NULL DEFAULT '',
	reviewer	TEXT NOT NULL,
	updated_at	TEXT NOT NULL
);

-- Earlier verdicts a claim resembles (SPEC §8): one row per pair, written
-- when the claim is imported.
CREATE TABLE claim_match (
	claim_id	INTEGER NOT NULL REFERENCES claim(id),
	earlier_id	INTEGER NOT NULL REFERENCES claim(id),
	similarity	REAL NOT NULL,		-- 0..1
	PRIMARY KEY (claim_id, earlier_id)
) WITHOUT ROWID;

-- Every change of a verdict, note, dismissal or claim, never updated or
-- deleted. `field` is what changed:
--   status	old -> new verdict name ("unreviewed", "verified", ...)
--   note	old -> new text
--   dismissed	"0" -> "1" or back
--   claim	NULL -> "manual" (made by hand), NULL -> "orphan" (could not be
--		placed in a new revision), "orphan" -> "placed"
-- `origin` says why when it was not a plain edit: "undo",
-- "re-anchored from claim 12", "adopted from claim 40"; NULL otherwise.
CREATE TABLE history (
	id		INTEGER PRIMARY KEY,
	claim_id	INTEGER NOT NULL REFERENCES claim(id),
	at		TEXT NOT NULL,
	reviewer	TEXT NOT NULL,
	field		TEXT NOT NULL
			CHECK (field IN ('status', 'note', 'dismissed', 'claim')),
	old		TEXT,
	new		TEXT,
	origin		TEXT
);
CREATE INDEX history_claim ON history (claim_id, id);

CREATE TRIGGER history_no_update BEFORE UPDATE ON history
BEGIN
	SELECT RAISE(ABORT, 'history is append-only');
END;
CREATE TRIGGER history_no_delete BEFORE DELETE ON history
BEGIN
	SELECT RAISE(ABORT, 'history is append-only');
END;

-- migration 2

-- The text of every claim that has a verdict (rowid = claim id), where
-- an import looks for candidates (SPEC §8). Kept by the triggers below.
CREATE VIRTUAL TABLE verdict_fts USING fts5 (text,
    tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER verdict_fts_insert AFTER INSERT ON verdict
WHEN new.status <> 'unreviewed'
BEGIN
	INSERT INTO verdict_fts (rowid, text)
	    SELECT id, text FROM claim WHERE id = new.claim_id;
END;
CREATE TRIGGER verdict_fts_update AFTER UPDATE OF status ON verdict
WHEN (old.status = 'unreviewed') <> (new.status = 'unreviewed')
BEGIN
	DELETE FROM verdict_fts WHERE rowid = new.claim_id;
	INSERT INTO verdict_fts (rowid, text)
	    SELECT id, text FROM claim
	    WHERE id = new.claim_id AND new.status <> 'unreviewed';
END;

-- Claims that had their verdict before this migration.
INSERT INTO verdict_fts (rowid, text)
    SELECT c.id, c.text FROM verdict v JOIN claim c ON c.id = v.claim_id
    WHERE v.status <> 'unreviewed';

-- migration 3

-- Up to which history row the claims of a revision were linked to earlier
-- verdicts (SPEC §8). Importing an unchanged file links its claims anew
-- when a verdict of a claim of another article changed since; a revision
-- without a row here was matched before this migration (history_id 0).
CREATE TABLE revision_match (
	revision_id	INTEGER PRIMARY KEY REFERENCES revision(id),
	history_id	INTEGER NOT NULL
);

-- migration 4

-- Claim numbers are permanent. A claim's number is given once, when the
-- claim is made, from its article's counter (article.last_number): it is
-- never changed and never given to another claim of the article. A claim
-- that continues one of an earlier revision (prev_id) keeps that claim's
-- number; claims made by hand take the next number. Reports, anchors and
-- "claimdesk mark" use these numbers, so published links stay right.
-- The claims that exist keep the numbers they were shown with: their
-- place in reading order within their revision. (PostgreSQL runs these
-- statements as they are written here.)
ALTER TABLE claim ADD COLUMN number INTEGER NOT NULL DEFAULT 0;
UPDATE claim SET number = n.rn
    FROM (SELECT id, row_number() OVER (PARTITION BY revision_id
        ORDER BY start, "end", id) AS rn FROM claim) AS n
    WHERE n.id = claim.id;
CREATE UNIQUE INDEX claim_number ON claim (revision_id, number);

ALTER TABLE article ADD COLUMN last_number INTEGER NOT NULL DEFAULT 0;
UPDATE article SET last_number = coalesce((SELECT max(c.number)
    FROM claim c JOIN revision r ON r.id = c.revision_id
    WHERE r.article_id = article.id), 0);

-- migration 5

-- Several reviewers on one database. Every change to a claim (its verdict,
-- note, dismissal) adds one to its version, and a change is made against
-- the version the reviewer saw: when another reviewer changed the claim
-- since, the change is refused, never written over theirs.
ALTER TABLE claim ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

-- A stale verdict: one whose claim text changed (beyond white space) after
-- it was given, when a revision moved it onto the edited sentence.
-- stale_text is the text the verdict was given on; NULL for a verdict on
-- the text it was given on. Marking the claim again clears it. History
-- records both: field 'claim', old = the text it was given on, new =
-- 'stale'; then old 'stale', new 'confirmed' when the claim is marked
-- again.
ALTER TABLE verdict ADD COLUMN stale_text TEXT;

-- The history rows one change wrote for one claim (a status and a note
-- adopted at once) make one change, which "U" undoes whole: change is the
-- id of the change's first row; NULL on that first row (and on the rows
-- written before this migration, each its own change).
ALTER TABLE history ADD COLUMN change INTEGER;

-- Identical files under other names are the same article: found by hash.
CREATE INDEX revision_hash ON revision (hash);

-- migration 6

-- The history is tamper-evident. A row cannot be replaced (an INSERT OR
-- REPLACE does not fire the delete trigger: this one refuses the insert
-- before it), and each row written from now on carries hash, the hex
-- SHA-256 of the hash of the row before it (empty when that row has none)
-- and of its own fields, so that a row changed, removed or slipped in
-- breaks the chain "claimdesk check" walks (store-check.c says how the
-- fields are written). Rows written before this migration have none.
ALTER TABLE history ADD COLUMN hash TEXT;

CREATE TRIGGER history_no_replace BEFORE INSERT ON history
WHEN new.id IS NOT NULL AND EXISTS (SELECT 1 FROM history WHERE id = new.id)
BEGIN
	SELECT RAISE(ABORT, 'history is append-only');
END;

-- migration 7

-- What an article's page says about it, kept per revision: the authors,
-- the publication date, the site's name, the canonical URL and the
-- language (its title is revision.title: the page's own title when it has
-- one). NULL is "not known". `date` is as the page gives it, ISO 8601 when
-- it uses it. `url` is where the article is published: the page's
-- canonical URL, else the address it was fetched from after redirects,
-- else what a person gave ("import --url", "claimdesk meta --url");
-- ClaimReview names it as the claim's appearance. `edited` lists the
-- fields a person set with "claimdesk meta" or "import --url", comma-
-- separated ("title,date,url"): a new revision keeps those over what its
-- page says, and takes every other field from its page, else from the
-- revision before. A revision imported before this migration has no row.
CREATE TABLE revision_meta (
	revision_id	INTEGER PRIMARY KEY REFERENCES revision(id),
	date		TEXT,
	site		TEXT,
	url		TEXT,
	lang		TEXT,
	edited		TEXT NOT NULL DEFAULT ''
);

-- The authors of a revision, in the page's order (position 1, 2, ...).
CREATE TABLE revision_author (
	revision_id	INTEGER NOT NULL REFERENCES revision(id),
	position	INTEGER NOT NULL,
	name		TEXT NOT NULL,
	PRIMARY KEY (revision_id, position)
) WITHOUT ROWID;

-- article.url ("import --url") becomes the current revision's url, as a
-- person set it; the column goes, so that the address has one home.
INSERT INTO revision_meta (revision_id, url, edited)
    SELECT r.id, a.url, 'url' FROM article a
    JOIN current_revision r ON r.article_id = a.id
    WHERE a.url IS NOT NULL AND a.url <> '';
ALTER TABLE article DROP COLUMN url;

-- migration 8

-- A claim's source as the attribution pass gives it: besides the name,
-- its role (the title or office, or the document it speaks through, NULL
-- when none) and its kind. A source a reviewer set ("s" on the screen) has
-- source_edited = 1: a later revision keeps it over what the pass finds.
ALTER TABLE claim ADD COLUMN source_role TEXT;
ALTER TABLE claim ADD COLUMN source_kind TEXT
    CHECK (source_kind IN ('person', 'organisation', 'document', 'unnamed'));
ALTER TABLE claim ADD COLUMN source_edited INTEGER NOT NULL DEFAULT 0
    CHECK (source_edited IN (0, 1));

-- The history records a source set by hand (field "source", old -> new
-- name). A CHECK cannot be changed in place: the table is made again with
-- every row, id and hash as they were, and its index and triggers.
CREATE TABLE history_new (
	id		INTEGER PRIMARY KEY,
	claim_id	INTEGER NOT NULL REFERENCES claim(id),
	at		TEXT NOT NULL,
	reviewer	TEXT NOT NULL,
	field		TEXT NOT NULL
			CHECK (field IN ('status', 'note', 'dismissed', 'claim',
			    'source')),
	old		TEXT,
	new		TEXT,
	origin		TEXT,
	change		INTEGER,
	hash		TEXT
);
INSERT INTO history_new (id, claim_id, at, reviewer, field, old, new, origin,
    change, hash)
    SELECT id, claim_id, at, reviewer, field, old, new, origin, change, hash
    FROM history ORDER BY id;
DROP TABLE history;
ALTER TABLE history_new RENAME TO history;
CREATE INDEX history_claim ON history (claim_id, id);

CREATE TRIGGER history_no_update BEFORE UPDATE ON history
BEGIN
	SELECT RAISE(ABORT, 'history is append-only');
END;
CREATE TRIGGER history_no_delete BEFORE DELETE ON history
BEGIN
	SELECT RAISE(ABORT, 'history is append-only');
END;
CREATE TRIGGER history_no_replace BEFORE INSERT ON history
WHEN new.id IS NOT NULL AND EXISTS (SELECT 1 FROM history WHERE id = new.id)
BEGIN
	SELECT RAISE(ABORT, 'history is append-only');
END;

-- migration 9

-- Claims seen before, second form (SPEC §11): earlier verdicts that are not
-- claims of articles here, and one full-text index over all earlier
-- verdicts, for ranked retrieval with FTS5's bm25().
--
-- An imported verdict is a published fact-check brought in with
-- "claimdesk import-verdicts": `ext_id` is the id it was given (or its
-- url, "#claim:" and a hash of its text, since one page may review
-- several claims; an earlier release kept the url alone; or "claim:" and
-- the hash when it had neither), shown only when given; importing the
-- same ext_id again updates the row. `status` is the
-- rating mapped by data/ratings, NULL when the rating is absent or not
-- mapped (shown as unknown); `rating` is the rating as published.
CREATE TABLE imported_verdict (
	id		INTEGER PRIMARY KEY,
	ext_id		TEXT NOT NULL UNIQUE,
	claim		TEXT NOT NULL,
	status		TEXT CHECK (status IN ('verified', 'disputed',
			    'unsourced')),
	rating		TEXT,
	url		TEXT,
	date		TEXT,			-- ISO 8601 when it could be read
	org		TEXT,			-- who published it
	appearance	TEXT,			-- where the claim was made
	imported_at	TEXT NOT NULL
);

-- Links of a claim to imported verdicts it repeats, as claim_match links
-- it to claims of other articles.
CREATE TABLE imported_match (
	claim_id	INTEGER NOT NULL REFERENCES claim(id),
	imported_id	INTEGER NOT NULL REFERENCES imported_verdict(id),
	similarity	REAL NOT NULL,		-- 0..1
	PRIMARY KEY (claim_id, imported_id)
) WITHOUT ROWID;
CREATE INDEX imported_match_earlier ON imported_match (imported_id);

-- Up to which imported verdict (its id) the claims of a revision were
-- linked, as history_id says for verdicts given here: an unchanged file
-- imported again is linked anew when verdicts were imported since.
ALTER TABLE revision_match ADD COLUMN imported_id INTEGER NOT NULL
    DEFAULT 0;

-- Every earlier verdict's text: rowid = the claim's id for a verdict given
-- here, minus the imported_verdict id for an imported one. Words are
-- stemmed (porter), so bm25() ranks "repairs" with "repaired". Kept by the
-- triggers below; it replaces verdict_fts.
CREATE VIRTUAL TABLE earlier_fts USING fts5 (text,
    tokenize = 'porter unicode61 remove_diacritics 2');

DROP TRIGGER verdict_fts_insert;
DROP TRIGGER verdict_fts_update;
DROP TABLE verdict_fts;

CREATE TRIGGER earlier_fts_verdict_insert AFTER INSERT ON verdict
WHEN new.status <> 'unreviewed'
BEGIN
	INSERT INTO earlier_fts (rowid, text)
	    SELECT id, text FROM claim WHERE id = new.claim_id;
END;
CREATE TRIGGER earlier_fts_verdict_update AFTER UPDATE OF status ON verdict
WHEN (old.status = 'unreviewed') <> (new.status = 'unreviewed')
BEGIN
	DELETE FROM earlier_fts WHERE rowid = new.claim_id;
	INSERT INTO earlier_fts (rowid, text)
	    SELECT id, text FROM claim
	    WHERE id = new.claim_id AND new.status <> 'unreviewed';
END;
CREATE TRIGGER earlier_fts_imported_insert AFTER INSERT ON imported_verdict
BEGIN
	INSERT INTO earlier_fts (rowid, text) VALUES (-new.id, new.claim);
END;
CREATE TRIGGER earlier_fts_imported_update AFTER UPDATE OF claim
ON imported_verdict
BEGIN
	DELETE FROM earlier_fts WHERE rowid = -old.id;
	INSERT INTO earlier_fts (rowid, text) VALUES (-new.id, new.claim);
END;
CREATE TRIGGER earlier_fts_imported_delete AFTER DELETE ON imported_verdict
BEGIN
	DELETE FROM earlier_fts WHERE rowid = -old.id;
END;

INSERT INTO earlier_fts (rowid, text)
    SELECT c.id, c.text FROM verdict v JOIN claim c ON c.id = v.claim_id
    WHERE v.status <> 'unreviewed';

-- migration 10

-- The source a 'source' row replaced, exactly: `old` shows it as
-- "Name (role)", which cannot tell a name that ends in brackets ("World
-- Health Organization (WHO)") from a name and its role ("Jane Roe (MP)"),
-- and says nothing of its kind. `old_name` is the name alone, `old_kind`
-- its kind (claim.source_kind) and `old_edited` whether it was set by hand
-- (claim.source_edited), so that undo gives the source back as it was.
-- The first two NULL on a row without an old source; all three on rows
-- written before this migration, whose `old` undo reads as best it can.
ALTER TABLE history ADD COLUMN old_name TEXT;
ALTER TABLE history ADD COLUMN old_kind TEXT;
ALTER TABLE history ADD COLUMN old_edited INTEGER;

-- A claim a split or a join replaced, and a part of a split or a join
-- undone: dismissed, but not by a reviewer's x, so that stats, learn and
-- the dropped list leave it out. Before, that was told by a claim in the
-- panel over its text, which dropping that claim took away. Set so for
-- the claims of databases made before.
ALTER TABLE claim ADD COLUMN replaced INTEGER NOT NULL DEFAULT 0
    CHECK (replaced IN (0, 1));
UPDATE claim SET replaced = 1 WHERE dismissed = 1 AND EXISTS (SELECT 1
    FROM claim o WHERE o.revision_id = claim.revision_id AND o.dismissed = 0
    AND o.start < claim."end" AND o."end" > claim.start);
