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
-- `reviewer` and `updated_at` are those of the last change to either.
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

-- Claims seen before, second form (SPEC §11): earlier verdicts that are not
-- claims of articles here, and one full-text index over all earlier
-- verdicts, for ranked retrieval with FTS5's bm25().
--
-- An imported verdict is a published fact-check brought in with
-- "claimdesk import-verdicts": `ext_id` is the id it was given (or its
-- url, or "claim:" and a hash of its text when it had neither), kept and
-- shown; importing the same ext_id again updates the row. `status` is the
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
