-- schema.sql: the claimdesk database, in one place.
--
-- The file is a list of migrations. Each starts with a line "-- migration N"
-- (N = 1, 2, ... in order) and runs in its own transaction, after which
-- PRAGMA user_version is N. A database whose user_version is greater than
-- the last migration here was made by a newer claimdesk and is refused
-- untouched. Migrations are never edited once released: add a new one.
--
-- Times are ISO 8601 UTC text ("2026-11-26T13:18:22Z"). Byte offsets index
-- the revision's text (the file's bytes, BOM included).

-- migration 1

-- One row per imported file; `path` is the absolute path it was read from.
CREATE TABLE article (
	id		INTEGER PRIMARY KEY,
	path		TEXT NOT NULL UNIQUE,
	title		TEXT NOT NULL,
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
	UNIQUE (article_id, number)
);

-- A claim span of one revision: extracted by the rules or made by hand.
-- Claims are numbered on screen 1.. by (start, end, id) within their revision.
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
			-- 1: its verdict could not be placed in a later revision
	CHECK (start <= end)
);
CREATE INDEX claim_revision ON claim (revision_id, start);

-- The current verdict and note of a claim (at most one row per claim).
CREATE TABLE verdict (
	claim_id	INTEGER PRIMARY KEY REFERENCES claim(id),
	status		TEXT NOT NULL DEFAULT 'unreviewed'
			CHECK (status IN ('unreviewed', 'verified', 'disputed',
			    'unsourced')),
	note		TEXT NOT NULL DEFAULT '',
	reviewer	TEXT NOT NULL,
	updated_at	TEXT NOT NULL
);

-- Every change of a verdict, note or dismissal, never updated or deleted.
-- `origin` says why when it was not a plain edit: "undo", "re-anchored from
-- claim 12", "adopted from claim 40".
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
