# store.sh: import, mark, list and stats on the real binary: round trips,
# two writers at once, writers killed mid-write, re-import re-anchoring,
# import --url, links made again by an unchanged import, the v1 upgrade,
# and the refusals (newer, corrupt, read-only file or directory, locked).
. "${top_srcdir:-.}/tests/cli/lib.sh"

FIX="$top_srcdir/tests/cli/fixtures"
RULES="$FIX/rules-digits"
cd "$T" || exit 1

if ! command -v "$SQLITE3" >/dev/null 2>&1; then
	echo "sqlite3 not found (apt-get install sqlite3)" >&2
	exit 1
fi

# q SQL: one query on the test database.
q() {
	"$SQLITE3" "$CLAIMDESK_DB" "$1"
}

# verdict_of ARTICLE TEXT-PREFIX: status of the current claim that starts so.
verdict_of() {
	q "SELECT coalesce(v.status, 'unreviewed') FROM current_revision r
	    JOIN claim c ON c.revision_id = r.id
	    LEFT JOIN verdict v ON v.claim_id = c.id
	    WHERE r.article_id = $1 AND c.text LIKE '$2%'"
}

expect_verdict() {
	checks=$((checks + 1))
	got=$(verdict_of "$1" "$2")
	[ "$got" = "$3" ] || fail_ "$4: '$2' is '$got', expected '$3'"
}

# The schema version this claimdesk makes: its last migration.
SCHEMA=$(grep -c '^-- migration [0-9]' "$top_srcdir/src/schema.sql")

para() {
	printf '%s\n\n' "$@"
}

# --- Round trip: import, mark, list, stats ---------------------------------

para 'Budget report' \
    'The city spent 4 million on roads in 2023.' \
    'Officials said 12 bridges were repaired.' \
    'Nothing was said about parks.' \
    'The mayor promised 300 new buses by 2026.' \
    'Critics noted that 40 percent of roads remain poor.' \
    'Turnout was 55 percent, the highest since 1990.' >a.txt
para 'Weather' 'It rained 20 days in May.' 'June was dry!' >b.txt

run_ --rules "$RULES" import a.txt b.txt
expect_rc 0 "import two files"
expect_out '^1  5 claims  Budget report$' "import line of a.txt"
expect_out '^2  2 claims  Weather$' "import line of b.txt"
check_ "import prints one line per article" [ "$(printf '%s\n' "$out" | grep -c '')" -eq 2 ]
check_ "import is quiet on stderr" [ -z "$err" ]

run_ --rules "$RULES" import a.txt
expect_out '^1  5 claims  Budget report  \(unchanged\)$' "unchanged import"

run_ mark a.txt 2 disputed --note 'register says 9'
expect_rc 0 "mark by path"
run_ mark 1 1 verified
expect_rc 0 "mark by id"
run_ --reviewer bob mark 1 3 unsourced
expect_rc 0 "mark as bob"
run_ mark 2 1 verified
expect_out '^article 2 claim 1 "It rained 20 days in May\.": unreviewed -> verified$' "mark says what it did"
run_ mark 2 1 clear
expect_rc 0 "clear"
expect_out '^article 2 claim 1 "It rained 20 days in May\.": verified -> unreviewed$' "mark says what it cleared"

run_ list
expect_rc 0 "list"
expect_out '^ID  TITLE          REV  CLAIMS  REVIEWED  VERIFIED  DISPUTED  UNSOURCED  ORPHANS$' "list header"
expect_out '^ 1  Budget report    1       5         3         1         1          1        0$' "list row 1"
expect_out '^ 2  Weather          1       2         0         0         0          0        0$' "list row 2"

run_ stats
expect_rc 0 "stats"
expect_out '^articles +2$' "stats articles"
expect_out '^claims +7$' "stats claims"
expect_out '^verified +1$' "stats verified"
expect_out '^disputed +1$' "stats disputed"
expect_out '^unreviewed +4$' "stats unreviewed"
expect_out '^dropped +0$' "stats: dropped, as the screen says"
expect_out '^tester +1 +1 +0 +2$' "stats by reviewer tester"
expect_out '^bob +0 +0 +1 +1$' "stats by reviewer bob"

check_ "note saved" [ "$(q "SELECT note FROM verdict WHERE note <> ''")" = 'register says 9' ]
check_ "history has every change" [ "$(q 'SELECT count(*) FROM history')" -eq 6 ]
check_ "history says who" [ "$(q "SELECT count(*) FROM history WHERE reviewer = 'bob'")" -eq 1 ]
check_ "times from SOURCE_DATE_EPOCH" [ "$(q 'SELECT DISTINCT at FROM history')" = 2025-11-26T12:00:00Z ]

# --- Usage and lookup errors -----------------------------------------------

run_ mark 1 1 true
expect_rc 2 "unknown verdict"
expect_err 'unknown verdict: true' "unknown verdict message"
run_ mark 1 x verified
expect_rc 2 "bad claim number"
run_ mark 1 1
expect_rc 2 "missing verdict"
run_ mark 9 1 verified
expect_rc 1 "unknown article"
expect_err '^claimdesk: 9: no such article' "unknown article message"
expect_err_lines 1 "unknown article: one line"
run_ mark 1 9 verified
expect_rc 1 "unknown claim"
expect_err '^claimdesk: 1: no claim 9 \(the article.s claims are numbered up to 5\)$' "unknown claim message"
run_ list extra
expect_rc 2 "list takes no operand"
run_ import
expect_rc 2 "import without a file"

# --- Bad files: reported, the others still imported, exit 1 ----------------

printf 'bin\000ary\n' >bin.txt
mkdir dir.txt
para 'Third' 'It cost 5 euros.' >c.txt
run_ --rules "$RULES" import missing.txt bin.txt dir.txt c.txt - </dev/null
expect_rc 1 "import with bad files"
expect_err '^claimdesk: missing.txt: ' "missing file reported"
expect_err '^claimdesk: bin.txt: .*NUL' "binary file reported"
expect_err '^claimdesk: dir.txt: .*directory' "directory reported"
expect_err '^claimdesk: -: nothing on standard input$' "empty stdin refused"
expect_err_lines 4 "one line per bad file"
expect_out '^3  1 claim  Third$' "the good file is imported"

# --- Re-import: inserted, edited, deleted sentences ------------------------

para 'Budget report' \
    'A new sentence with 7 things in it.' \
    'The city spent 4 million on roads in 2023.' \
    'Officials said 14 bridges were repaired last year.' \
    'Nothing was said about parks.' \
    'Critics noted that 40 percent of roads remain poor.' \
    'Turnout was 55 percent, the highest since 1990.' >a.txt
run_ --rules "$RULES" import a.txt
expect_rc 0 "re-import"
expect_out '^1  5 claims  Budget report  \(revision 2, 2 verdicts carried over, 1 now stale: text changed, 1 orphan\)$' "re-import summary"
expect_out '^    orphan: revision 1 claim 3, unsourced: The mayor promised 300 new buses by 2026\.$' "orphan listed"
expect_verdict 1 'The city' verified "same text"
expect_verdict 1 'Officials said 14' disputed "edited text, same context"
expect_verdict 1 'A new sentence' unreviewed "inserted sentence"
expect_verdict 1 'Critics' unreviewed "unreviewed stays so"
check_ "the edited claim is flagged" [ "$(q "SELECT anchor FROM claim WHERE text LIKE 'Officials said 14%'")" = context ]
check_ "orphan keeps its verdict" [ "$(q "SELECT v.status FROM claim c JOIN verdict v ON v.claim_id = c.id WHERE c.orphan = 1")" = unsourced ]
run_ list
expect_out '^ 1  Budget report    2       5         2         1         1          0        1$' "list counts the orphan"
run_ mark 1 1 unsourced
expect_rc 0 "numbers are permanent"
expect_verdict 1 'The city' unsourced "claim 1 is still the city"
check_ "the inserted sentence takes the next number" [ "$(q "SELECT number FROM claim WHERE text LIKE 'A new sentence%'")" -eq 6 ]
check_ "the edited claim keeps its number" [ "$(q "SELECT c.number FROM claim c JOIN revision r ON r.id = c.revision_id WHERE c.text LIKE 'Officials said 14%' AND r.number = 2")" -eq 2 ]

# The deleted sentence comes back: the orphan finds its place.
para 'Budget report' \
    'The city spent 4 million on roads in 2023.' \
    'Officials said 14 bridges were repaired last year.' \
    'The mayor promised 300 new buses by 2026.' \
    'Turnout was 55 percent, the highest since 1990.' >a.txt
run_ --rules "$RULES" import a.txt
expect_out '\(revision 3, 3 verdicts carried over, 0 orphans\)$' "orphan placed again (the stale one stale before)"
expect_verdict 1 'The mayor' unsourced "the orphan's verdict is back"
check_ "no orphan left" [ "$(q 'SELECT count(*) FROM claim WHERE orphan = 1')" -eq 0 ]

# --- import --url: where the article was published -------------------------

run_ --rules "$RULES" import --url 'https://example.org/budget?x=1' a.txt
expect_rc 0 "import --url"
expect_out '^1  4 claims  Budget report  \(unchanged\)$' "import --url prints the usual line"
check_ "--url is the article's URL" [ "$(q 'SELECT m.url FROM revision_meta m JOIN current_revision r ON r.id = m.revision_id WHERE r.article_id = 1')" = 'https://example.org/budget?x=1' ]
run_ --org 'Fact Desk' export --format claimreview --url https://desk.example/r
expect_out '"appearance": .*"url": "https://example.org/budget\?x=1"' "ClaimReview's appearance is the URL"
run_ --rules "$RULES" import --url 'https://example.org/b' a.txt b.txt
expect_rc 2 "--url names one article"
expect_err 'give one file' "--url with two files: message"
run_ --rules "$RULES" import --url 'https://example.org/ b' a.txt
expect_rc 2 "--url with white space"
check_ "a refused --url changes nothing" [ "$(q 'SELECT count(*) FROM revision_meta WHERE url IS NOT NULL')" -eq 1 ]
run_ --rules "$RULES" import --url '' a.txt
expect_rc 0 "--url '' clears it"
check_ "and it is cleared" [ "$(q 'SELECT count(*) FROM revision_meta WHERE url IS NOT NULL')" -eq 0 ]

# --- Claims seen before: an unchanged import links the verdicts given since -

para 'Harbour' 'The harbour of Kelso handled 120 ships in 2023.' >h1.txt
para 'Port news' 'In 2023 the Kelso harbour handled 120 ships.' >h2.txt
run_ --rules "$RULES" import h1.txt h2.txt
expect_rc 0 "import two resembling claims"
links() {	# FILE: links of the claims of FILE's current revision
	q "SELECT count(*) FROM claim_match m JOIN claim c ON c.id = m.claim_id
	    JOIN current_revision r ON r.id = c.revision_id
	    JOIN article a ON a.id = r.article_id WHERE a.path LIKE '%/$1'"
}
check_ "no verdict yet, no link" [ "$(links h1.txt)" -eq 0 ]
run_ mark h2.txt 1 verified
run_ --rules "$RULES" import h1.txt
expect_out 'Harbour  \(unchanged\)$' "h1.txt unchanged"
check_ "an unchanged import links the verdict given since" [ "$(links h1.txt)" -eq 1 ]
run_ --rules "$RULES" import h1.txt
check_ "and again changes nothing" [ "$(links h1.txt)" -eq 1 ]
run_ --format json --article h1.txt export
expect_out '"similarity": ' "export shows the match"

# --- Two writers at once ----------------------------------------------------

writer() {	# ARTICLE CLAIM TAG
	i=0
	while [ $i -lt 25 ]; do
		"$CLAIMDESK" mark "$1" "$2" verified --note "$3-$i" ||
		    echo "fail $3-$i" >>"$T/writers.err"
		i=$((i + 1))
	done
}
: >"$T/writers.err"
writer 1 1 w1 &
p1=$!
writer 1 2 w2 &
p2=$!
writer 2 1 w3 &
p3=$!
wait $p1 $p2 $p3
check_ "concurrent writers never fail" [ ! -s "$T/writers.err" ]
check_ "concurrent writers lose nothing" [ "$(q "SELECT count(DISTINCT new) FROM history WHERE field = 'note' AND new GLOB 'w[123]-*'")" -eq 75 ]
check_ "last note of each writer kept" [ "$(q "SELECT count(*) FROM verdict WHERE note IN ('w1-24', 'w2-24', 'w3-24')")" -eq 3 ]

# Eight imports creating one new database at once: one migrates, all land.
# Turning WAL on can find the file busy for a moment, which SQLite says at
# once; a race, so it is run ten times over.
for i in 1 2 3 4 5 6 7 8; do
	para "Parallel" "It is number $i." >"p$i.txt"
done
ok=0 all=0 round=0
while [ $round -lt 10 ]; do
	FRESH="$T/fresh$round.db"
	for i in 1 2 3 4 5 6 7 8; do
		"$CLAIMDESK" --db "$FRESH" --rules "$RULES" import "p$i.txt" \
		    >"$T/p$i.out" 2>&1 &
	done
	wait
	[ "$(cat "$T"/p?.out | grep -c '  1 claim  Parallel')" -eq 8 ] &&
	    ok=$((ok + 1))
	[ "$("$SQLITE3" "$FRESH" 'SELECT count(*) FROM article')" -eq 8 ] &&
	    all=$((all + 1))
	[ $ok -eq $((round + 1)) ] || cat "$T"/p?.out | grep -v '  1 claim' >&2
	round=$((round + 1))
done
check_ "parallel imports into a new database all succeed ($ok of 10 times)" [ $ok -eq 10 ]
check_ "and the database has them all ($all of 10 times)" [ $all -eq 10 ]

# --- Writers killed with SIGKILL --------------------------------------------

: >"$T/saved"
i=0
while [ $i -lt 30 ]; do
	"$CLAIMDESK" mark 1 $((i % 3 + 1)) disputed --note "k$i" &
	pid=$!
	sleep "$(awk -v s=$i 'BEGIN { srand(s); printf "%.3f", rand() * 0.12 }')"
	kill -9 $pid 2>/dev/null
	{ wait $pid; } 2>/dev/null && echo "k$i" >>"$T/saved"
	i=$((i + 1))
done
# An import killed mid-transaction, too.
awk 'BEGIN { for (i = 0; i < 20000; i++) printf "Line %d has 3 numbers.\n\n", i }' >big.txt
"$CLAIMDESK" --rules "$RULES" import big.txt >/dev/null 2>&1 &
pid=$!
sleep 0.5
kill -9 $pid 2>/dev/null
{ wait $pid; } 2>/dev/null
check_ "integrity after kills" [ "$(q 'PRAGMA integrity_check')" = ok ]
lost=0
while read -r note; do
	[ "$(q "SELECT count(*) FROM history WHERE new = '$note'")" -ge 1 ] ||
	    lost=$((lost + 1))
done <"$T/saved"
check_ "every mark that returned success is there ($(grep -c '' "$T/saved") of 30)" [ $lost -eq 0 ]
run_ list
expect_rc 0 "the database opens cleanly after kills"
run_ mark 1 1 verified
expect_rc 0 "and takes writes"

# --- Upgrade from schema version 1 ------------------------------------------

V1="$T/v1.db"
"$SQLITE3" "$V1" <"$FIX/v1.sql"
run_ --db "$V1" list
expect_rc 0 "a version 1 database opens"
expect_out '^ 1  Budget report +2 +3 +2 +1 +1 +0 +1$' "its data is intact"
check_ "it is upgraded" [ "$("$SQLITE3" "$V1" 'PRAGMA user_version')" -eq "$SCHEMA" ]
run_ --db "$V1" mark 1 3 verified
expect_rc 0 "and takes writes"

# --- Refusals ---------------------------------------------------------------

NEW="$T/newer.db"
"$CLAIMDESK" --db "$NEW" --rules "$RULES" import c.txt >/dev/null
"$SQLITE3" "$NEW" 'PRAGMA journal_mode = DELETE; PRAGMA user_version = 99' >/dev/null
sum=$(md5sum <"$NEW")
run_ --db "$NEW" mark 1 1 verified
expect_rc 1 "newer schema refused"
expect_err "^claimdesk: $NEW: made by a newer claimdesk \(schema version 99; this one knows up to $SCHEMA\): left untouched$" "newer schema message"
run_ --db "$NEW" list
expect_rc 1 "newer schema refused read-only too"
check_ "newer database untouched" [ "$(md5sum <"$NEW")" = "$sum" ]
check_ "no WAL left beside it" [ ! -e "$NEW-wal" ]

JUNK="$T/junk.db"
head -c 8192 "$SAMPLE" >"$JUNK"
run_ --db "$JUNK" list
expect_rc 1 "junk refused"
expect_err "^claimdesk: $JUNK: not a claimdesk database \(file is not a database\)$" "junk message"
expect_err_lines 1 "junk: one line"

CORRUPT="$T/corrupt.db"
cp "$CLAIMDESK_DB" "$CORRUPT"
"$SQLITE3" "$CORRUPT" 'PRAGMA journal_mode = DELETE' >/dev/null
size=$(wc -c <"$CORRUPT")
dd if=/dev/urandom of="$CORRUPT" bs=4096 seek=1 count=$((size / 4096 - 1)) conv=notrunc 2>/dev/null
run_ --db "$CORRUPT" list
expect_rc 1 "corrupt refused"
expect_err "^claimdesk: $CORRUPT: (database is corrupt|not a claimdesk database) \(" "corrupt message"
expect_err_lines 1 "corrupt: one line"

# Read-only: a file this user cannot write (as root, run as nobody).
RO="$T/ro/claimdesk.db"
mkdir "$T/ro"
cp "$CLAIMDESK_DB" "$RO"
"$SQLITE3" "$RO" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
chmod 0444 "$RO"
chmod 0555 "$T/ro"
chmod 0755 "$T" "$HOME"
as_user() {
	if [ "$(id -u)" -eq 0 ]; then
		setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
	else
		"$@"
	fi
}
if ! as_user test -r "$RO"; then
	echo "read-only checks skipped: no other user can reach $RO" >&2
else
	as_user "$CLAIMDESK" --db "$RO" mark 1 1 disputed >"$T/out" 2>"$T/err"
	rc=$? err=$(cat "$T/err")
	expect_rc 1 "read-only database refuses a mark"
	expect_err "^claimdesk: $RO: database is read-only" "read-only message"
	expect_err_lines 1 "read-only: one line"
	as_user "$CLAIMDESK" --db "$RO" list >"$T/out" 2>"$T/err"
	rc=$? out=$(cat "$T/out") err=$(cat "$T/err")
	expect_rc 0 "read-only database still lists"
	expect_out '^ 1  Budget report' "read-only list output"

	# A file that may be written in a directory that may not: SQLite
	# cannot make its WAL files there; reading works, writing says why.
	chmod 0755 "$T/ro"
	chmod 0666 "$RO"
	chmod 0555 "$T/ro"
	as_user "$CLAIMDESK" --db "$RO" list >"$T/out" 2>"$T/err"
	rc=$? out=$(cat "$T/out") err=$(cat "$T/err")
	expect_rc 0 "read-only directory: list"
	expect_out '^ 1  Budget report' "read-only directory: list output"
	as_user "$CLAIMDESK" --db "$RO" mark 1 1 disputed >"$T/out" 2>"$T/err"
	rc=$? err=$(cat "$T/err")
	expect_rc 1 "read-only directory: mark refused"
	expect_err "^claimdesk: $RO: database is read-only \(its directory cannot be written" "read-only directory: mark message"
	check_ "read-only directory: nothing made beside it" [ ! -e "$RO-shm" ]

	# Its write-ahead log holds a change: an immutable read would miss
	# it, so the open is refused, clearly.
	WD="$T/waldir"
	mkdir "$WD"
	cp "$CLAIMDESK_DB" "$WD/src.db"
	printf '%s\n' 'PRAGMA wal_autocheckpoint = 0;' \
	    "UPDATE article SET title = 'Changed' WHERE id = 1;" \
	    ".shell cp '$WD/src.db' '$WD/claimdesk.db'" \
	    ".shell cp '$WD/src.db-wal' '$WD/claimdesk.db-wal'" |
	    "$SQLITE3" "$WD/src.db" >/dev/null
	rm -f "$WD/src.db"*
	check_ "the copy has a log with a change" [ -s "$WD/claimdesk.db-wal" ]
	chmod 0444 "$WD/claimdesk.db" "$WD/claimdesk.db-wal"
	chmod 0555 "$WD"
	as_user "$CLAIMDESK" --db "$WD/claimdesk.db" list >"$T/out" 2>"$T/err"
	rc=$? err=$(cat "$T/err")
	expect_rc 1 "a log that cannot be read is refused"
	expect_err "^claimdesk: $WD/claimdesk.db: database is read-only and its write-ahead log" "log refusal message"
	expect_err_lines 1 "log refusal: one line"
	chmod 0755 "$WD"
fi
chmod 0755 "$T/ro"

# Locked past the timeout: another process holds the write lock. It says
# so once it has it (a FIFO feeds it and its answer is awaited), and lets
# go only after the refused mark.
mkfifo "$T/lock.fifo"
"$SQLITE3" "$CLAIMDESK_DB" <"$T/lock.fifo" >"$T/lock.out" 2>&1 &
locker=$!
exec 3>"$T/lock.fifo"
printf "BEGIN IMMEDIATE;\nSELECT 'holding';\n" >&3
i=0
while ! grep -q '^holding$' "$T/lock.out" && [ $i -lt 500 ]; do
	sleep 0.02
	i=$((i + 1))
done
check_ "the other process holds the lock" grep -q '^holding$' "$T/lock.out"
run_ mark 1 1 unsourced
expect_rc 1 "locked database"
expect_err "^claimdesk: $CLAIMDESK_DB: database is locked \(another process kept it busy for more than [0-9]+ s\)$" "locked message"
printf 'ROLLBACK;\n' >&3
exec 3>&-
wait $locker
expect_verdict 1 'The city' verified "nothing written while locked"

# --- claimdesk check on every database made above -----------------------------

# check_ok DB WHAT: check finds nothing wrong in DB.
check_ok() {
	run_ --db "$1" check
	expect_rc 0 "check: $2"
	expect_out '^integrity   ok$' "check: $2: integrity"
	expect_out '^verdicts    ok$' "check: $2: verdicts"
	expect_no_out 'BROKEN' "check: $2: chain"
}
check_ok "$CLAIMDESK_DB" "after concurrent writers and 31 kills"
expect_out '^chain       ok, rows 1-[0-9]+$' "the whole history is chained"
expect_out '^head        [0-9a-f]{64}$' "check prints the head"
check_ok "$FRESH" "eight parallel imports"
check_ok "$V1" "a version 1 database, upgraded"
v1rows=$("$SQLITE3" "$V1" "SELECT count(*) FROM history WHERE hash IS NULL")
expect_out "^history     [0-9]+ rows, $v1rows from before the chain$" "version 1 rows are told apart"
run_ --db "$CORRUPT" check
expect_rc 1 "check: a corrupt file"
run_ --db "$NEW" check
expect_rc 1 "check: a newer schema is refused"
check_ "and left untouched" [ "$(md5sum <"$NEW")" = "$sum" ]

# Tampering, each on a copy of the database, with sqlite3 as a forger
# would: the audit trail refuses what it can and check finds the rest.
tamper() {
	rm -f "$T/t.db"*
	"$SQLITE3" "$CLAIMDESK_DB" ".backup '$T/t.db'"
	"$SQLITE3" "$T/t.db" "$1" >"$T/tamper.out" 2>&1
}
tamper "INSERT OR REPLACE INTO history (id, claim_id, at, reviewer, field,
    old, new) VALUES (1, 1, 'x', 'forger', 'status', 'unreviewed',
    'verified')"
check_ "INSERT OR REPLACE on history is refused" grep -q 'history is append-only' "$T/tamper.out"
tamper "INSERT INTO history (id, claim_id, at, reviewer, field, old, new)
    VALUES (1, 1, 'x', 'forger', 'status', 'unreviewed', 'verified')
    ON CONFLICT (id) DO UPDATE SET new = 'verified'"
check_ "an upsert on history is refused" grep -q 'history is append-only' "$T/tamper.out"
check_ok "$T/t.db" "a refused forgery changed nothing"

tamper "DROP TRIGGER history_no_update;
    UPDATE history SET reviewer = 'forger' WHERE id = 3"
run_ --db "$T/t.db" check
expect_rc 1 "check: a history row changed"
expect_out '^chain       BROKEN at row 3: ' "the changed row is named"
expect_err "check failed" "check says it failed"

tamper "DROP TRIGGER history_no_delete; DELETE FROM history WHERE id = 5"
run_ --db "$T/t.db" check
expect_rc 1 "check: a history row removed"
expect_out '^chain       BROKEN at row 6: ' "the row after the gap is named"

last=$(q "SELECT max(id) FROM history")
tamper "INSERT INTO history (claim_id, at, reviewer, field, old, new)
    VALUES (1, 'x', 'forger', 'note', '', 'slipped in')"
run_ --db "$T/t.db" check
expect_rc 1 "check: a history row slipped in"
expect_out "^chain       BROKEN at row $((last + 1)): " "the row slipped in is named"

tamper "UPDATE verdict SET status = 'verified'
    WHERE claim_id = (SELECT min(claim_id) FROM verdict
    WHERE status <> 'verified')"
run_ --db "$T/t.db" check
expect_rc 1 "check: a verdict changed behind the history's back"
expect_out '^verdicts    1 not as their history says, first: ' "the verdict is counted"
expect_out '^chain       ok' "the chain itself is whole"

# The head check prints is the last row's hash, the one that stands for
# the whole history.
run_ check
head=$(printf '%s
' "$out" | sed -n 's/^head        //p')
check_ "the head is the last row's hash" [ "$head" = "$(q "SELECT hash FROM history ORDER BY id DESC LIMIT 1")" ]

done_
