#!/bin/sh
# migrate.sh: "claimdesk migrate" round trip SQLite -> PostgreSQL -> SQLite
# on a desk with revisions, stale verdicts, notes, a web page's metadata,
# earlier verdicts imported and linked: the same reports, the same history
# (its head), the same counts, the same earlier verdicts found; a database
# that is not empty is refused untouched.
set -u
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
CLAIMDESK="$top_builddir/src/claimdesk"
SAMPLE="$top_srcdir/data/samples/nk-russia-pact.txt"
T=$(mktemp -d "${TMPDIR:-/tmp}/claimdesk-migrate.XXXXXX")
. "$top_srcdir/tests/pg/server.sh"
trap 'pg_stop; rm -rf "$T"' EXIT
export HOME="$T" LC_ALL=C.UTF-8 SOURCE_DATE_EPOCH=1764158400
unset CLAIMDESK_DB
export CLAIMDESK_REVIEWER=claimdesk
pg_start || exit 99

checks=0 failures=0
fail_() { failures=$((failures + 1)); echo "FAIL: $*" >&2; }
ok_() { checks=$((checks + 1)); "$@" || fail_ "$*"; }

A="$T/a.db" B="$T/b.db"
cp "$SAMPLE" "$T/story.txt"
printf 'Budget\n\nThe council spent 4 million on roads in 2024.\n\nIt said 12 bridges were repaired.\n' >"$T/budget.txt"
cd "$T" || exit 99
c() { "$CLAIMDESK" --db "$A" "$@" >/dev/null || fail_ "claimdesk $*"; }
c import story.txt budget.txt
# A web page (its metadata and author) and earlier verdicts imported,
# one of them repeated by the page.
cat >page.html <<'EOF2'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour traffic doubled, port says - Kelso Courier</title>
<meta name="author" content="Ann Reed">
<meta property="og:site_name" content="Kelso Courier">
<meta property="article:published_time" content="2025-03-02T09:00:00Z">
<link rel="canonical" href="https://courier.example/harbour">
</head><body><article><h1>Harbour traffic doubled, port says</h1>
<p>The Kelso harbour handled 240 ships in 2024, the port authority said on Monday.</p>
<p>The authority said 35 new jobs were created at the docks, and that the dredging cost 4 million pounds.</p>
<p>Local fishermen said the extra traffic has made the harbour more crowded than at any time since 1990.</p>
</article></body></html>
EOF2
printf 'id\tclaim\tverdict\trating\turl\tdate\torg\n' >archive.tsv
printf 'k-1\tThe Kelso harbour handled 240 ships in 2024.\ttrue\tTrue\thttps://desk.example/1\t2025-03-05\tDesk\n' >>archive.tsv
printf 'k-2\tDredging the Kelso harbour cost 9 million pounds.\tfalse\tFalse\thttps://desk.example/2\t2025-03-06\tDesk\n' >>archive.tsv
c import-verdicts archive.tsv
c import page.html
c mark 1 1 verified --note "Checked with the ministry"
c mark 1 2 disputed
c mark 1 3 unsourced --note "No source given
on two lines"
c mark 2 1 verified
c mark 1 2 verified
c mark 1 7 verified --note "Figure from the ministry"
# A changed figure: its verdict becomes stale; a new revision.
sed 's/3,000/4,000/' story.txt >story2.txt && mv story2.txt story.txt
c import story.txt
c mark 1 4 clear

URL=$(pg_newdb desk)
ok_ "$CLAIMDESK" migrate --from "$A" --to "$URL" >"$T/m1.out" 2>&1
cat "$T/m1.out"
ok_ grep -q "^history  *[1-9]" "$T/m1.out"
for t in revision_meta revision_author imported_verdict imported_match; do
	ok_ grep -q "^$t  *[1-9]" "$T/m1.out"
done
ok_ "$CLAIMDESK" migrate --from "$URL" --to "$B" >"$T/m2.out" 2>&1
for db in "$A" "$URL" "$B"; do
	n=$(printf '%s' "$db" | cksum | cut -d' ' -f1)
	"$CLAIMDESK" --db "$db" export --format json -o "$T/$n.json" ||
	    fail_ "export json from $db"
	"$CLAIMDESK" --db "$db" export --format md -o "$T/$n.md" ||
	    fail_ "export md from $db"
	"$CLAIMDESK" --db "$db" check >"$T/$n.check" 2>&1 ||
	    fail_ "check $db: $(cat "$T/$n.check")"
	"$CLAIMDESK" --db "$db" stats >"$T/$n.stats" 2>&1
	"$CLAIMDESK" --db "$db" list >"$T/$n.list" 2>&1
	"$CLAIMDESK" --db "$db" seen --format tsv \
	    "Did the harbour of Kelso handle 240 ships in 2024?" \
	    >"$T/$n.similar" 2>&1
	# Similarities but the best may differ in their last digits between
	# engines (bm25() or ts_rank() is one of the reranker's features).
	cut -f1,3- "$T/$n.similar" >"$T/$n.seen"
	set -- "$@" "$n"
done
a=$(printf '%s' "$A" | cksum | cut -d' ' -f1)
for db in "$URL" "$B"; do
	n=$(printf '%s' "$db" | cksum | cut -d' ' -f1)
	for f in json md check stats list seen; do
		ok_ cmp "$T/$a.$f" "$T/$n.$f"
	done
done
b=$(printf '%s' "$B" | cksum | cut -d' ' -f1)
ok_ cmp "$T/$a.similar" "$T/$b.similar"
ok_ grep -q "^k-1	" "$T/$a.seen"
ok_ grep -q "^stale  *1" "$T/$a.check"
ok_ grep -q "^head  *[0-9a-f]\{64\}" "$T/$a.check"
# The tables' counts, as migrate printed them, are those of both copies.
sed -n '/^[a-z_]* *[0-9]*$/p' "$T/m1.out" >"$T/m1.counts"
sed -n '/^[a-z_]* *[0-9]*$/p' "$T/m2.out" >"$T/m2.counts"
ok_ cmp "$T/m1.counts" "$T/m2.counts"
ok_ [ "$(grep -c '' "$T/m1.counts")" -eq 11 ]
# A copy goes only into an empty database; the one refused is unchanged.
if "$CLAIMDESK" migrate --from "$A" --to "$URL" >"$T/m3.out" 2>"$T/m3.err"; then
	fail_ "a second copy into the same database was made"
fi
ok_ grep -q "not empty" "$T/m3.err"
ok_ [ "$(grep -c '' "$T/m3.err")" -eq 1 ]
"$CLAIMDESK" --db "$URL" check >"$T/again.check" 2>&1
ok_ cmp "$T/$a.check" "$T/again.check"
# After a copy, ids go on from the copied ones.
ok_ "$CLAIMDESK" --db "$URL" mark 1 5 verified
ok_ "$CLAIMDESK" --db "$URL" import "$T/budget.txt"
printf 'New\n\nA third article says 7 things.\n' >"$T/new.txt"
"$CLAIMDESK" --db "$URL" import "$T/new.txt" >"$T/new.out" 2>&1
ok_ grep -q "^4  1 claim  New" "$T/new.out"
# A server that crashed gives no gap in the ids either, nor does an import
# refused.
pg_crash || fail_ "the server starts again after a crash"
printf 'Again\n\nA fourth article says 9 things.\n' >"$T/again.txt"
ok_ "$CLAIMDESK" --db "$URL" import "$T/again.txt" >"$T/again.out"
ok_ grep -q "^5  1 claim  Again" "$T/again.out"
printf 'Bad \377\n' >"$T/bad.txt"
"$CLAIMDESK" --db "$URL" import "$T/again.txt" "$T/bad.txt" >/dev/null 2>&1
printf 'Last\n\nA sixth article says 11 things.\n' >"$T/last.txt"
"$CLAIMDESK" --db "$URL" import "$T/last.txt" >"$T/last.out" 2>&1
ok_ grep -q "^[56]  1 claim  Last" "$T/last.out"
ok_ [ "$(PG_DB=$URL pg_sql "SELECT max(id) - count(*) FROM article")" -eq 0 ]
echo "$checks checks, $failures failed"
[ "$failures" -eq 0 ]
