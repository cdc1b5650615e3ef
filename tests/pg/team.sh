#!/bin/sh
# team.sh: a newsroom on one PostgreSQL server (a private one, server.sh):
# reviewer roles with the man page's GRANTs, the login as reviewer, a
# history the server keeps append-only; 4 writers x 500 marks with the
# server restarted in the middle, nothing lost or written twice; two
# reviewers' screens in tmux that see each other's verdicts and refuse a
# conflicting change.
set -u
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
CLAIMDESK="$top_builddir/src/claimdesk"
SAMPLE="$top_srcdir/data/samples/nk-russia-pact.txt"
TMUX_BIN="${TMUX_BIN:-tmux}"
T=$(mktemp -d "${TMPDIR:-/tmp}/claimdesk-team.XXXXXX")
. "$top_srcdir/tests/pg/server.sh"
trap '"$TMUX_BIN" -L cdteam kill-server 2>/dev/null; pg_stop; rm -rf "$T"' EXIT
export HOME="$T" LC_ALL=C.UTF-8 SOURCE_DATE_EPOCH=1764158400
# Its tmux server on a socket of its own: tests may run at once.
export TMUX_TMPDIR="$T"
unset CLAIMDESK_DB CLAIMDESK_REVIEWER
pg_start || exit 99

checks=0 failures=0
fail_() { failures=$((failures + 1)); echo "FAIL: $*" >&2; }
eq_() { checks=$((checks + 1)); [ "$1" = "$2" ] || fail_ "$3: '$1', expected '$2'"; }
has_() { checks=$((checks + 1)); printf '%s\n' "$1" | grep -Eq -- "$2" ||
    fail_ "$3: lacks /$2/: $1"; }
url() { printf 'postgresql:///%s?host=%s&user=%s' "$1" "$PG_DIR" "$2"; }

# --- Roles ------------------------------------------------------------------

pg_sql "CREATE DATABASE desk" >/dev/null
OWNER=$(url desk claimdesk)
# A reader on a database with no tables yet is told what makes them.
out=$("$CLAIMDESK" --db "$OWNER" list 2>&1)
has_ "$out" "no claimdesk tables in this database yet: a command that writes \(claimdesk import\) makes them" \
    "list before the first import: what to do"
"$CLAIMDESK" --db "$OWNER" import "$SAMPLE" >/dev/null ||
    fail_ "the owner imports"
# The GRANTs are the man page's.
sed -n '/grants-begin/,/grants-end/p' "$top_srcdir/man/claimdesk.1" |
    grep -v '^\.' >"$T/grants.sql"
has_ "$(cat "$T/grants.sql")" "^GRANT INSERT ON" "grants found in the man page"
PG_DB=$OWNER pg_sql "$(cat "$T/grants.sql")
    CREATE ROLE alice LOGIN IN ROLE reviewer;
    CREATE ROLE bob LOGIN IN ROLE reviewer;" >/dev/null ||
    fail_ "the man page's GRANTs run"
ALICE=$(url desk alice) BOB=$(url desk bob)

out=$("$CLAIMDESK" --db "$ALICE" --reviewer eve mark 1 13 verified 2>&1)
has_ "$out" "unreviewed (->|→) verified" "alice marks"
eq_ "$(PG_DB=$OWNER pg_sql "SELECT reviewer FROM history ORDER BY id DESC LIMIT 1")" \
    alice "the history names the login, not --reviewer"
for sql in "UPDATE history SET new = 'disputed'" "DELETE FROM history" \
    "TRUNCATE history"; do
	out=$(PG_DB=$ALICE pg_sql "$sql" 2>&1)
	has_ "$out" "permission denied" "a reviewer cannot: $sql"
done
out=$(PG_DB=$ALICE pg_sql "INSERT INTO history (id, claim_id, at, reviewer,
    field, old, new) SELECT max(id) + 1, 1, 'now', 'bob', 'status',
    'unreviewed', 'verified' FROM history" 2>&1)
has_ "$out" "alice may write only as alice" "a reviewer cannot write as another"
out=$(PG_DB=$ALICE pg_sql "INSERT INTO history (id, claim_id, at, reviewer,
    field, old, new) SELECT max(id) + 1, 1, 'now', 'alice', 'status',
    'unreviewed', 'verified' FROM history" 2>&1)
has_ "$out" "does not chain" "a row off the chain is refused"
out=$(PG_DB=$OWNER pg_sql "DELETE FROM history" 2>&1)
has_ "$out" "history is append-only" "not even the owner deletes history"
out=$("$CLAIMDESK" --db "$BOB" check 2>&1)
has_ "$out" "^chain +ok" "the chain holds"
has_ "$out" "^verdicts +ok" "the verdicts are their history's"

# --- A password is never shown; a refused connection is one line ------------

# (The server trusts its socket: any password is taken.)
PW=Sup3rSecretWord
for db in "postgresql://alice:$PW@/desk?host=$PG_DIR" \
    "postgresql:///desk?host=$PG_DIR&user=alice&password=$PW"; do
	out=$("$CLAIMDESK" --db "$db" list 2>&1)
	has_ "$out" "nk-russia-pact" "a URL with a password connects"
	out=$("$CLAIMDESK" --db "$db" check 2>&1; CLAIMDESK_DB=$db \
	    "$CLAIMDESK" stats 2>&1; "$CLAIMDESK" migrate --from "$db" \
	    --to "$T/copy.db" 2>&1; rm -f "$T/copy.db")
	checks=$((checks + 1))
	case $out in *"$PW"*) fail_ "a password shown: $out" ;; esac
done
for db in "postgresql://alice:$PW@/nodesk?host=$PG_DIR" \
    "postgresql://alice:$PW@127.0.0.1:1/desk" \
    "host=$PG_DIR dbname=desk user=alice password=$PW"; do
	"$CLAIMDESK" --db "$db" list >"$T/out" 2>"$T/err"
	eq_ "$?" 1 "refused: exit status"
	eq_ "$(grep -c '' "$T/err")" 1 "refused: one line"
	has_ "$(cat "$T/err")" "^claimdesk: " "refused: a claimdesk line"
	checks=$((checks + 1))
	if grep -q "$PW" "$T/out" "$T/err"; then
		fail_ "a password shown: $(cat "$T/err")"
	fi
done
checks=$((checks + 1))
[ ! -e "host=$PG_DIR dbname=desk user=alice password=$PW" ] ||
    fail_ "a connection string taken for a file"

# --- 4 writers x 500 marks, the server restarted in the middle ------------

# Writer W marks its own claims 3W+1..3W+3 in turn, verified then disputed
# then verified..., each mark with --expect the status before, so that a
# mark whose answer was lost is not made twice when tried again.
N=${CLAIMDESK_TEAM_MARKS:-500}
writer() {
	w=$1 db=$2 i=0 tries=0
	: >"$T/fail.$w"
	: >"$T/odd.$w"
	while [ "$i" -lt "$N" ]; do
		n=$((3 * w + 1 + i % 3)) round=$((i / 3))
		if [ "$round" -eq 0 ]; then prev=unreviewed want=verified
		elif [ $((round % 2)) -eq 1 ]; then prev=verified want=disputed
		else prev=disputed want=verified; fi
		if out=$("$CLAIMDESK" --db "$db" mark 1 "$n" "$want" \
		    --expect "$prev" 2>&1); then
			i=$((i + 1))
		elif printf '%s' "$out" | grep -q "is $want, not $prev"; then
			i=$((i + 1))	# done by the try whose answer was lost
		else
			printf '%s\n' "$out" >>"$T/fail.$w"
			# Each refusal is one line of claimdesk's.
			case $out in
			"claimdesk: "*"
"*|"") printf '%s\n--\n' "$out" >>"$T/odd.$w" ;;
			"claimdesk: "*) ;;
			*) printf '%s\n--\n' "$out" >>"$T/odd.$w" ;;
			esac
			tries=$((tries + 1))
			[ "$tries" -lt 1000 ] || break
		fi
	done
	echo "$i" >"$T/done.$w"
}
before=$(PG_DB=$OWNER pg_sql "SELECT count(*) FROM history")
writer 0 "$ALICE" & writer 1 "$BOB" & writer 2 "$ALICE" & writer 3 "$BOB" &
# The restart comes when a third of the marks are in.
while [ "$(PG_DB=$OWNER pg_sql "SELECT count(*) FROM history" 2>/dev/null ||
    echo 0)" -lt $((before + 4 * N / 3)) ]; do
	sleep 0.2
done
pg_restart || fail_ "the server restarts"
wait
for w in 0 1 2 3; do
	eq_ "$(cat "$T/done.$w")" "$N" "writer $w made every mark"
done
cat "$T"/fail.? >"$T/fails"
nfail=$(grep -c '' "$T/fails")
echo "marks refused during the restart: $nfail" >&2
# What they said, the server's own words left out.
sed 's/^claimdesk: postgresql:[^ ]*: //; s/ (.*//' "$T/fails" | sort | uniq -c >&2
checks=$((checks + 1))
cat "$T"/odd.? >"$T/odd" 2>/dev/null
if [ -s "$T/odd" ]; then
	fail_ "a refusal that is not one clear line: $(head -6 "$T/odd")"
fi
# Exactly one status row per mark, each claim where its last mark left it.
eq_ "$(PG_DB=$OWNER pg_sql "SELECT count(*) FROM history h JOIN claim c
    ON c.id = h.claim_id WHERE h.field = 'status' AND c.number <= 12")" \
    $((4 * N)) "no mark lost or written twice"
for w in 0 1 2 3; do
	for k in 1 2 3; do
		n=$((3 * w + k)) marks=$(( (N - k) / 3 + 1 ))
		if [ $((marks % 2)) -eq 1 ]; then want=verified; else want=disputed; fi
		eq_ "$(PG_DB=$OWNER pg_sql "SELECT v.status FROM verdict v JOIN
		    claim c ON c.id = v.claim_id WHERE c.number = $n")" "$want" \
		    "claim $n after $marks marks"
	done
done
out=$("$CLAIMDESK" --db "$OWNER" check 2>&1)
has_ "$out" "^chain +ok" "the chain holds after the restart"
has_ "$out" "^verdicts +ok" "every verdict is its history's"

# --- Two reviewers' screens ---------------------------------------------------

tm() { "$TMUX_BIN" -L cdteam -f /dev/null "$@"; }
screen_of() { tm capture-pane -p -t "$1"; }
wait_in() {
	checks=$((checks + 1))
	# Long enough for a loaded machine (a sanitizer build, a server
	# restarting); a screen that shows it at once passes at once.
	end=$(($(date +%s) + 30))
	while [ "$(date +%s)" -le "$end" ]; do
		screen_of "$1" | grep -Fq -- "$2" && return 0
		sleep 0.05
	done
	fail_ "$3: no \"$2\" on $1's screen"
	screen_of "$1" >&2
	return 1
}
for who in alice bob; do
	tm new-session -d -s "$who" -x 120 -y 40 "env TERM=xterm-256color LC_ALL=C.UTF-8 HOME='$HOME' '$CLAIMDESK' --db '$(url desk $who)' review --no-advance 1; sleep 3600" \; set-option -g status off
done
wait_in alice "reviewed" "alice's screen"
wait_in bob "reviewed" "bob's screen"
tm send-keys -t alice g j j j j j j j j j j j j j j
wait_in alice "#15 unreviewed" "alice on claim 15"
tm send-keys -t alice v
wait_in alice "claim 15: verified, saved" "alice marks"
t0=$(date +%s%N)
wait_in bob "alice: claim 15 verified" "bob is told"
t1=$(date +%s%N)
echo "bob saw alice's verdict after $(( (t1 - t0) / 1000000 )) ms" >&2
wait_in bob "│✓V 15 " "bob's screen shows alice's verdict"

# Bob acts on a screen that does not know yet (stopped while alice changes
# claim 16): refused, naming alice; nothing written over her verdict.
tm send-keys -t bob g j j j j j j j j j j j j j j j
wait_in bob "#16 unreviewed" "bob on claim 16"
bpid=$(tm display-message -p -t bob '#{pane_pid}' | xargs pgrep -P)
kill -STOP "$bpid"
tm send-keys -t alice j u
wait_in alice "claim 16: unsourced, saved" "alice marks claim 16"
tm send-keys -t bob d
kill -CONT "$bpid"
wait_in bob "not saved: claim 16 was changed by alice" "bob's change refused"
eq_ "$(PG_DB=$OWNER pg_sql "SELECT v.status FROM verdict v JOIN claim c ON
    c.id = v.claim_id WHERE c.number = 16")" unsourced "alice's verdict kept"
tm send-keys -t bob d
wait_in bob "claim 16: disputed, saved" "bob's change on what he sees"
wait_in alice "bob: claim 16 disputed" "alice is told"

# The server restarts under both screens: alice's next change is saved on
# a new connection, and bob's screen, connected again, is told of it.
pg_restart || fail_ "the server restarts under the screens"
tm send-keys -t alice j v
wait_in alice "claim 17: verified, saved" "alice marks after the restart"
wait_in bob "alice: claim 17 verified" "bob is told after the restart"
eq_ "$(PG_DB=$OWNER pg_sql "SELECT v.status FROM verdict v JOIN claim c ON
    c.id = v.claim_id WHERE c.number = 17")" verified "saved after the restart"
tm send-keys -t alice q
tm send-keys -t bob q

echo "$checks checks, $failures failed"
[ "$failures" -eq 0 ]
