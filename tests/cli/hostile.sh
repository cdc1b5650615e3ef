# hostile.sh: the catalogue of hostile input (SPEC §10). Whatever is fed in,
# claimdesk never crashes, never hangs, never writes a control character to
# the terminal raw and never loses a verdict already saved: each refusal is
# one line "claimdesk: WHAT: why" and exit 1. Verdicts are compared before
# and after through export --format json and sqlite3.
. "${top_srcdir:-.}/tests/cli/lib.sh"

cd "$T" || exit 1
if ! command -v "$SQLITE3" >/dev/null 2>&1; then
	echo "sqlite3 not found (apt-get install sqlite3)" >&2
	exit 1
fi

# The build is sanitized (ASan/UBSan): heavy cases get smaller there.
SANITIZED=0
grep -q __asan_init "$CLAIMDESK" 2>/dev/null && SANITIZED=1

# clean_ WHAT: the last run_ left no sanitizer report and no crash.
clean_() {
	checks=$((checks + 1))
	if printf '%s\n' "$err" | grep -Eq \
	    'Sanitizer|runtime error:|Segmentation|Aborted|core dumped'; then
		fail_ "$1: sanitizer or crash: $(printf '%s' "$err" | head -c 600)"
	elif [ "$rc" -gt 2 ]; then
		fail_ "$1: exit $rc (stderr: $err)"
	fi
}

# refused_ WHAT REGEX: the last run_ failed cleanly with one line
# "claimdesk: REGEX".
refused_() {
	clean_ "$1"
	expect_rc 1 "$1"
	expect_err "^claimdesk: $2" "$1 message"
	expect_err_lines 1 "$1: one line"
}

# raw_free_ FILE WHAT: FILE holds no control character but tab, LF and CR,
# no C1 control and no bidi override (what a terminal would obey).
raw_free_() {
	check_ "$2: nothing raw for the terminal" "$PYTHON3" -c '
import re, sys
raw = open(sys.argv[1], "rb").read()
bad = re.findall(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]|"
    rb"\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]", raw)
assert not bad, bad[:5]
' "$1"
}

if ! command -v script >/dev/null 2>&1; then
	echo "script not found (apt-get install bsdutils)" >&2
	exit 1
fi

# on_tty_ OUT ARGS...: runs claimdesk on a terminal (a pty from script(1))
# with its output captured raw in OUT; $rc is its exit status.
on_tty_() {
	o=$1
	shift
	{
		printf "'%s'" "$CLAIMDESK"
		for a in "$@"; do
			printf " '%s'" "$(printf '%s' "$a" | sed "s/'/'\\\\''/g")"
		done
		printf '\necho "[rc=$?]"\n'
	} >"$T/tty.sh"
	script -qec "sh '$T/tty.sh'" /dev/null >"$o" 2>&1 </dev/null
	rc=$(sed -n 's/.*\[rc=\([0-9]*\)\].*/\1/p' "$o" | tail -n 1)
	: "${rc:=99}"
}

# one_of_ VALUE CHOICE...: VALUE is one of the CHOICEs.
one_of_() {
	v=$1
	shift
	for c in "$@"; do
		[ "$v" = "$c" ] && return 0
	done
	return 1
}

# verdicts_ DB: every verdict and note row of DB, and the history's size.
verdicts_() {
	"$SQLITE3" "$1" "SELECT claim_id, status, note, reviewer, updated_at
	    FROM verdict ORDER BY claim_id; SELECT count(*) FROM history"
}

# snapshot_ FILE: the database as a report and as rows.
snapshot_() {
	"$CLAIMDESK" export --format json >"$1.json" 2>/dev/null
	verdicts_ "$CLAIMDESK_DB" >"$1.sql"
	"$SQLITE3" "$CLAIMDESK_DB" 'SELECT count(*) FROM article' >>"$1.sql"
}

# intact_ WHAT [DB]: the database (else $CLAIMDESK_DB) still holds exactly
# the snapshot "base".
intact_() {
	saved_db=$CLAIMDESK_DB
	CLAIMDESK_DB=${2:-$CLAIMDESK_DB}
	snapshot_ "$T/now"
	check_ "$1: verdicts intact (export)" cmp -s "$T/base.json" "$T/now.json"
	check_ "$1: verdicts intact (sqlite3)" cmp -s "$T/base.sql" "$T/now.sql"
	check_ "$1: integrity" [ "$("$SQLITE3" "$CLAIMDESK_DB" \
	    'PRAGMA integrity_check')" = ok ]
	CLAIMDESK_DB=$saved_db
}

# --- The database whose verdicts no case may lose ---------------------------

printf 'Budget report\n\nThe city spent 4 million on roads in 2023, officials said.\n\nCritics noted that 40 percent of roads remain poor.\n\nTurnout was 55 percent, the highest since 1990.\n' >budget.txt
run_ import budget.txt
expect_rc 0 "baseline import"
run_ mark 1 1 verified --note 'ledger, p. 4'
run_ mark 1 2 disputed --note 'survey says 25'
run_ --reviewer bob mark 1 3 unsourced
expect_rc 0 "baseline verdicts"
snapshot_ "$T/base"
# A checkpointed copy (still in WAL mode) for the cases on copies.
"$SQLITE3" "$CLAIMDESK_DB" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
cp "$CLAIMDESK_DB" "$T/pristine.db"

# --- Locked past the busy timeout: a writer that waits, then gives up -------
# Another process holds the write lock (sqlite3 fed through a FIFO); a mark
# and an import wait for it in the background while the cases below run, and
# must fail with a clear "locked" line after the timeout.

mkfifo lock.fifo
"$SQLITE3" "$CLAIMDESK_DB" <lock.fifo >lock.sqlite.out 2>&1 &
locker=$!
exec 3>lock.fifo
printf '.timeout 5000\nBEGIN IMMEDIATE;\n' >&3
i=0
while "$SQLITE3" "$CLAIMDESK_DB" 'PRAGMA busy_timeout = 0; BEGIN IMMEDIATE;
    ROLLBACK;' >/dev/null 2>&1 && [ $i -lt 50 ]; do
	sleep 0.1
	i=$((i + 1))
done
printf 'Locked out\n\nIt cost 5 million euros in 2024.\n' >locked.txt
lock_start=$(date +%s)
"$CLAIMDESK" mark 1 1 disputed --note 'never saved' >lock.mark.out \
    2>lock.mark.err &
lock_mark=$!
"$CLAIMDESK" import locked.txt >lock.import.out 2>lock.import.err &
lock_import=$!

# --- Escape sequences never reach the terminal -------------------------------

printf 'Evil \033]0;pwned\007 title \033[2J\n\nThe minister said \033[31m40 percent\033[0m rose in 2024, a bell \007 rang.\nA CSI \302\233 and an override \342\200\256 and DEL \177 and BS \010 appear, 12 officials said.\n' >esc.txt
on_tty_ "$T/tty.tsv" extract --all --format tsv esc.txt
check_ "extract tsv on a terminal: exit 0 ($rc)" [ "$rc" -eq 0 ]
raw_free_ "$T/tty.tsv" "extract tsv on a terminal"
check_ "extract tsv shows placeholders" grep -q '\^\[\[31m40 percent' "$T/tty.tsv"
on_tty_ "$T/tty.json" extract --all esc.txt
raw_free_ "$T/tty.json" "extract json on a terminal"
run_ extract --all --format tsv esc.txt
clean_ "extract tsv to a pipe"
raw_free_ "$T/out" "extract tsv to a pipe"
check_ "extract tsv: one header and a row per sentence" \
    [ "$(grep -c '' "$T/out")" -eq 4 ]
run_ extract --all --format json - <esc.txt
clean_ "extract json from stdin"
raw_free_ "$T/out" "extract json from stdin"

# The other commands show titles, notes and names from the same input.
ESCDB="$T/esc.db"
on_tty_ "$T/tty.import" --db "$ESCDB" import esc.txt
check_ "import on a terminal: exit 0 ($rc)" [ "$rc" -eq 0 ]
raw_free_ "$T/tty.import" "import line on a terminal"
check_ "import shows the title's placeholders" \
    grep -q 'Evil ^\[\]0;pwned^G title ^\[\[2J' "$T/tty.import"
run_ --db "$ESCDB" --reviewer "$(printf 'r\033[5mx')" mark 1 1 disputed
expect_rc 2 "a reviewer with escapes is refused"
run_ --db "$ESCDB" mark 1 1 disputed \
    --note "$(printf 'see \033[2J\033]8;;http://evil\007here\033]8;;\007')"
expect_rc 0 "a note with escapes is saved"
# A name an older claimdesk saved as it was, or a server's login.
"$SQLITE3" "$ESCDB" "UPDATE verdict SET reviewer = 'r' || char(27) || '[5mx'"
for cmd in list stats; do
	on_tty_ "$T/tty.$cmd" --db "$ESCDB" "$cmd"
	check_ "$cmd on a terminal: exit 0 ($rc)" [ "$rc" -eq 0 ]
	raw_free_ "$T/tty.$cmd" "$cmd on a terminal"
done
for fmt in md html csv json claimreview; do
	on_tty_ "$T/tty.$fmt" --db "$ESCDB" export --format "$fmt" \
	    --org "Desk" --url https://desk.example/report
	check_ "export $fmt on a terminal: exit 0 ($rc)" [ "$rc" -eq 0 ]
	raw_free_ "$T/tty.$fmt" "export $fmt on a terminal"
done
check_ "export md shows the note's placeholders" \
    grep -qF 'see ^\[\[2J^\[\]8;;<http://evil>^Ghere' "$T/tty.md"
check_ "export md shows the reviewer's placeholders" \
    grep -qF 'r^\[\[5mx' "$T/tty.md"

# A file name is input too: the one-line message shows its placeholders.
evil=$(printf 'n\033[2Jame.txt')
printf 'x\000' >"$evil"
run_ extract "$evil"
refused_ "binary file with an escape in its name" '.*binary file'
check_ "a file name's ESC never reaches stderr raw" \
    sh -c '! grep -q "$(printf "\\033")" "$1"' sh "$T/err"
expect_err 'n\^\[\[2Jame\.txt' "the file name's escape shown as ^["

# --- Invalid UTF-8, NUL, empty, directories, FIFOs ---------------------------

printf 'Title\n\nThe city spent 4 million on roads.\nThen \303\050 broke.\n' >bad.txt
run_ extract bad.txt
# A lone 8-bit byte: Latin-1 or Windows text, most likely; a UTF-8
# sequence cut short or made wrong gets no such hint.
refused_ "invalid UTF-8" 'bad\.txt: not UTF-8 at byte 47: text in another encoding\? `iconv -f WINDOWS-1252 -t UTF-8'
run_ extract - <bad.txt
refused_ "invalid UTF-8 on stdin" '-: not UTF-8 at byte 47: text in another encoding\? `iconv -f WINDOWS-1252 -t UTF-8'
printf '\355\240\200 surrogate\n' >surrogate.txt
run_ extract surrogate.txt
refused_ "an encoded surrogate" 'surrogate\.txt: not UTF-8 at byte 0$'
printf 'overlong \300\257 slash\n' >overlong.txt
run_ extract overlong.txt
refused_ "an overlong form" 'overlong\.txt: not UTF-8 at byte 9$'
printf 'cut \342\202' >truncated.txt
run_ extract truncated.txt
refused_ "a truncated sequence" 'truncated\.txt: not UTF-8 at byte 4$'

printf 'Text with a NUL\n\nhere \000 it is.\n' >nul.txt
run_ extract nul.txt
refused_ "NUL byte" 'nul\.txt: binary file \(NUL at byte 22\)$'

: >empty.txt
run_ extract empty.txt
clean_ "empty file"
expect_rc 0 "empty file: extract"
expect_out '"sentences": \[\]' "empty file: no sentences"
printf '\357\273\277' >bom-only.txt
printf ' \n\r\n\t \n' >blank.txt
for f in empty.txt bom-only.txt blank.txt; do
	run_ extract --all --format tsv "$f"
	clean_ "$f"
	expect_rc 0 "$f: extract tsv"
	check_ "$f: only the header" [ "$(printf '%s\n' "$out" | grep -c '')" -eq 1 ]
done

# Imported, an empty or blank file is refused: as an article's next
# revision it would leave every verdict without a place.
printf 'Port\n\nThe port moved 3 million tonnes in 2024.\n' >emptied.txt
run_ --db "$T/empty.db" import emptied.txt
expect_rc 0 "an article to empty"
for f in empty.txt bom-only.txt blank.txt; do
	run_ --db "$T/empty.db" import "$f"
	refused_ "$f: import" "$f: no text in it: nothing imported$"
done
: >emptied.txt
run_ --db "$T/empty.db" import emptied.txt
refused_ "an article's file emptied" 'emptied\.txt: no text in it: nothing imported$'
check_ "no revision made of it" [ "$("$SQLITE3" "$T/empty.db" "SELECT count(*) FROM revision")" -eq 1 ]

mkdir adir
run_ extract adir
refused_ "a directory" 'adir: is a directory$'

# A named pipe nobody writes to: read as empty at once, never waited on.
mkfifo pipe.txt
timeout 20 "$CLAIMDESK" extract pipe.txt >fifo.out 2>&1
rc=$?
check_ "a FIFO without a writer does not hang extract ($rc)" [ "$rc" -ne 124 ]
check_ "a FIFO without a writer reads as empty" grep -q '"sentences": \[\]' fifo.out

# --- Sizes: over the limit, --max-size lifting it, one 2 MB line -----------

awk 'BEGIN { for (i = 0; i < 40; i++) printf "It cost %d euros in 2024.\n", i }' >sized.txt
run_ --max-size 1K extract sized.txt
refused_ "over --max-size" 'sized\.txt: larger than 1024 bytes \(see --max-size\)$'
run_ --max-size 1K extract - <sized.txt
refused_ "over --max-size on stdin" '-: larger than 1024 bytes \(see --max-size\)$'
run_ --max-size 2K extract sized.txt
clean_ "--max-size lifts the limit"
expect_rc 0 "--max-size lifts the limit"
# The default limit, 64 MiB, on a sparse file: refused before reading.
truncate -s 65M huge.txt 2>/dev/null || dd if=/dev/zero of=huge.txt bs=1 \
    count=0 seek=68157440 2>/dev/null
run_ extract huge.txt
refused_ "over 64 MiB" 'huge\.txt: larger than 64 MiB \(see --max-size\)$'
run_ import huge.txt
refused_ "import over 64 MiB" 'huge\.txt: larger than 64 MiB \(see --max-size\)$'
run_ --max-size 1G extract huge.txt
refused_ "lifted, the same file is binary" 'huge\.txt: binary file \(NUL at byte 0\)$'
for bad in abc -1 0 99999999999G 1X; do
	run_ --max-size "$bad" extract sized.txt
	clean_ "--max-size $bad"
	expect_rc 2 "--max-size $bad is a usage error"
done

# One line of 2 MB: a title, then words without a stop. Extraction ends (a
# rule may give up on it, which is reported) and the line imports.
"$PYTHON3" -c '
import random, sys
random.seed(7)
words = ("the minister said 40 percent of 3,000 people rose in 2024 "
    "according to police and officials").split()
n = int(sys.argv[1])
out = ["Long line", ""]
line = []
size = 0
while size < n:
    w = random.choice(words)
    line.append(w)
    size += len(w) + 1
out.append(" ".join(line))
sys.stdout.write("\n".join(out) + "\n")
' 2100000 >line2m.txt
start=$(date +%s)
run_ extract --format tsv line2m.txt
clean_ "2 MB line: extract"
expect_rc 0 "2 MB line: extract"
check_ "2 MB line: the claim is listed" \
    [ "$(printf '%s\n' "$out" | grep -c '')" -eq 2 ]
echo "2 MB line: extract took $(($(date +%s) - start)) s" >&2
LINEDB="$T/line.db"
# Under ASan every allocation is slow: the sanitized run imports a 200 KB
# line instead.
[ "$SANITIZED" -eq 1 ] && "$PYTHON3" -c '
import sys
lines = open(sys.argv[1]).read().split("\n")
sys.stdout.write("\n".join(lines[:2] + [lines[2][:200000]]) + "\n")
' line2m.txt >line.txt || cp line2m.txt line.txt
start=$(date +%s)
run_ --db "$LINEDB" import line.txt
clean_ "long line: import"
expect_rc 0 "long line: import"
expect_out '^1  1 claim  Long line$' "long line: imported with its claim"
echo "long line: import took $(($(date +%s) - start)) s" >&2
run_ --db "$LINEDB" mark 1 1 verified
expect_rc 0 "long line: its claim takes a verdict"

# --- Random bytes, seeded ---------------------------------------------------
# Binary noise, and text with noise sprinkled in: refused in one line or
# extracted; never a crash. All of them imported in one batch next to the
# saved verdicts, which stay as they were.

mkdir noise
"$PYTHON3" -c '
import random
random.seed(20251126)
words = "The city said 40 percent of 3,000 people rose in 2024 . , \u201c \u201d".split()
for i in range(40):
    n = random.choice([1, 7, 100, 4096, 30000])
    if i % 2 == 0:
        data = bytes(random.getrandbits(8) for _ in range(n))
    else:
        parts = []
        for _ in range(n // 6 + 1):
            r = random.random()
            if r < 0.05:
                parts.append(bytes([random.getrandbits(8)]))
            elif r < 0.1:
                parts.append(random.choice([b"\n\n", b"\r", b"\x1b[", b"\t"]))
            else:
                parts.append(random.choice(words).encode() + b" ")
        data = b"".join(parts)
    open("noise/%02d.txt" % i, "wb").write(data)
'
extracted=0 refused=0
for f in noise/*.txt; do
	run_ extract --all --format tsv "$f"
	clean_ "noise $f"
	if [ "$rc" -eq 0 ]; then
		extracted=$((extracted + 1))
		raw_free_ "$T/out" "noise $f: tsv"
	else
		refused_ "noise $f" "noise/[0-9]+\.txt: (not UTF-8 at byte [0-9]+(: text in another encoding.*)?|binary file \(NUL at byte [0-9]+\))$"
		refused=$((refused + 1))
	fi
done
echo "noise: $extracted extracted, $refused refused" >&2
check_ "noise: some extracted" [ "$extracted" -gt 0 ]
check_ "noise: some refused" [ "$refused" -gt 0 ]
NOISEDB="$T/noise.db"
cp "$T/pristine.db" "$NOISEDB"
run_ --db "$NOISEDB" import noise/*.txt
clean_ "noise: batch import"
check_ "noise: import exits 1 for the refused files" [ "$rc" -eq 1 ]
check_ "noise: one line per refused file" \
    [ "$(printf '%s\n' "$err" | grep -c '^claimdesk: ')" -eq "$refused" ]
check_ "noise: the others imported" \
    [ "$("$SQLITE3" "$NOISEDB" 'SELECT count(*) FROM article')" -ge "$extracted" ]

# --- Rule files --------------------------------------------------------------

# Catastrophic backtracking: (a+)+$ against a long run of a's. The rule is
# stopped by PCRE2's match limit, that is reported, and every other rule
# still runs: the claims are found, in bounded time.
cp "$top_srcdir/data/claim-rules" slow.rules
echo 'rule slow hedge 10 (a+)+$' >>slow.rules
"$PYTHON3" -c '
import sys
sys.stdout.write("Backtracking\n\nThe city spent 4 million on roads in 2023, officials said.\n\n"
    + "a" * 50000 + "!\n\nTurnout was 55 percent, the highest since 1990.\n")
' >aaa.txt
start=$(date +%s)
run_ --rules slow.rules extract --format tsv aaa.txt
clean_ "catastrophic rule"
expect_rc 0 "catastrophic rule: extract still succeeds"
expect_err '^claimdesk: aaa\.txt: rule slow stopped: match limit exceeded' \
    "catastrophic rule: reported"
expect_out 'The city spent 4 million' "catastrophic rule: other claims found"
expect_out 'Turnout was 55 percent' "catastrophic rule: later claims found"
check_ "catastrophic rule: bounded time" [ $(($(date +%s) - start)) -lt 30 ]
run_ --db "$T/slow.db" --rules slow.rules import aaa.txt
clean_ "catastrophic rule: import"
expect_rc 0 "catastrophic rule: import succeeds"
expect_out '^1  2 claims  Backtracking$' "catastrophic rule: import finds both"

# Bad rule files: located, one line, nothing runs.
printf 'threshold 40\nrule ok quote 10 said\nrule bad quote 10 (unclosed\n' >bad-pattern.rules
printf 'rule nul quote 10 a\000b\n' >nul.rules
printf 'rule latin quote 10 caf\351\n' >latin.rules
printf 'threshold 101\n' >threshold.rules
printf 'rule big quantity 1000 \\d\n' >weight.rules
printf 'rule esc\033[2J quote 10 x\n' >esc.rules
"$PYTHON3" -c 'print("rule huge quantity 10 " + "(a|b)" * 40000)' >huge.rules
run_ --rules bad-pattern.rules extract budget.txt
refused_ "bad pattern" 'bad-pattern\.rules:3:[0-9]+: '
run_ --rules nul.rules extract budget.txt
refused_ "NUL in a rule file" 'nul\.rules(:1:[0-9]+)?: '
run_ --rules latin.rules extract budget.txt
refused_ "invalid UTF-8 in a rule file" 'latin\.rules(:1:[0-9]+)?: '
run_ --rules threshold.rules extract budget.txt
refused_ "threshold out of range" 'threshold\.rules:1:[0-9]+: '
run_ --rules weight.rules extract budget.txt
refused_ "weight out of range" 'weight\.rules:1:[0-9]+: '
run_ --rules esc.rules extract budget.txt
refused_ "escape in a rule name" 'esc\.rules:1:[0-9]+: '
check_ "rule error: nothing raw" [ -z "$(printf '%s' "$err" | tr -d '[:print:]\t')" ]
run_ --rules huge.rules extract budget.txt
clean_ "a huge pattern"
check_ "a huge pattern: compiled or refused ($rc)" [ "$rc" -le 1 ]
run_ --rules adir extract budget.txt
refused_ "rules: a directory" 'adir: '
run_ --rules no-such.rules extract budget.txt
refused_ "rules: missing" 'no-such\.rules: '

# --- Corrupt databases --------------------------------------------------------

# cpdb_ NAME: a copy of the verdict database, taken before the lock.
cpdb_() {
	cp "$T/pristine.db" "$T/$1"
}
cpdb_ garbage.db
"$PYTHON3" -c '
import random, sys
random.seed(4096)
f = open(sys.argv[1], "r+b")
size = f.seek(0, 2)
for off in range(4096, size, 4096):
    f.seek(off)
    f.write(bytes(random.getrandbits(8) for _ in range(4096)))
' garbage.db
for cmd in list stats "export --format json" "mark 1 1 disputed" \
    "import budget.txt"; do
	# shellcheck disable=SC2086
	run_ --db "$T/garbage.db" $cmd
	refused_ "garbage pages: $cmd" "$T/garbage\.db: (database is corrupt|not a claimdesk database) \("
done
cpdb_ header.db
printf 'This is not SQLite at all, just a header of rubbish!!' |
    dd of=header.db conv=notrunc 2>/dev/null
run_ --db "$T/header.db" list
refused_ "garbage header" "$T/header\.db: not a claimdesk database \("
cpdb_ cut.db
head -c 6000 cut.db >cut2.db
run_ --db "$T/cut2.db" export --format json
refused_ "truncated database" "$T/cut2\.db: (database is corrupt|not a claimdesk database) \("
# A WAL file of noise beside a good database: SQLite checks its frames,
# ignores the noise, and every verdict is there.
cpdb_ walnoise.db
"$PYTHON3" -c '
import random, sys
random.seed(77)
open(sys.argv[1], "wb").write(bytes(random.getrandbits(8) for _ in range(40000)))
' walnoise.db-wal
run_ --db "$T/walnoise.db" export --format json
clean_ "noise in the WAL"
expect_rc 0 "noise in the WAL: export"
check_ "noise in the WAL: verdicts intact" cmp -s "$T/base.json" "$T/out"

# --- The locked database, continued -----------------------------------------

wait $lock_mark
rc_mark=$?
wait $lock_import
rc_import=$?
waited=$(($(date +%s) - lock_start))
echo 'ROLLBACK;' >&3
exec 3>&-
wait $locker
rc=$rc_mark out=$(cat lock.mark.out) err=$(cat lock.mark.err)
refused_ "locked: mark" "$CLAIMDESK_DB: database is locked \(another process kept it busy for more than [0-9]+ s\)$"
rc=$rc_import out=$(cat lock.import.out) err=$(cat lock.import.err)
refused_ "locked: import" "(locked\.txt|$CLAIMDESK_DB): database is locked \(another process kept it busy for more than [0-9]+ s\)$"
check_ "locked: waited the busy timeout (at least 5 s: $waited)" [ "$waited" -ge 5 ]
intact_ "after the lock"

# --- A full disk --------------------------------------------------------------
# A 512 KiB tmpfs (as root; skipped when it cannot be mounted) filled up:
# mark and import fail with one line, and the earlier verdicts are there,
# whole, once space is back. Then a file size limit (ulimit -f, SIGXFSZ
# ignored): writes fail with EFBIG in the same way.

# full_case_ DIR WHAT: the database in DIR cannot grow; try to write.
full_case_() {
	run_ --db "$1/claimdesk.db" mark 1 2 verified \
	    --note "$(head -c 100000 /dev/zero | tr '\0' n)"
	refused_ "$2: a large note" "$1/claimdesk\.db: (disk is full|.*(write|I/O|full|large)).*"
	run_ --db "$1/claimdesk.db" import line.txt
	clean_ "$2: import"
	check_ "$2: import fails ($rc)" [ "$rc" -eq 1 ]
	expect_err '^claimdesk: ' "$2: import message"
}

# copy_to_ DIR: the verdict database, checkpointed, into DIR.
copy_to_() {
	cp "$T/pristine.db" "$1/claimdesk.db"
}

mkdir small
if [ "$(id -u)" -eq 0 ] &&
    mount -t tmpfs -o size=512k tmpfs small 2>/dev/null; then
	trap 'umount "$T/small" 2>/dev/null; rm -rf "$T"' EXIT
	copy_to_ small
	# Room to open the database (its shared-memory file), not to write.
	free_kb=$(df -k small | awk 'NR == 2 { print $4 }')
	dd if=/dev/zero of=small/filler bs=1024 count=$((free_kb - 40)) \
	    2>/dev/null
	full_case_ "$T/small" "full disk"
	rm -f small/filler
	intact_ "full disk, space back" "$T/small/claimdesk.db"
	run_ --db "$T/small/claimdesk.db" mark 1 2 verified
	expect_rc 0 "full disk, space back: writes again"
	umount small
else
	echo "full disk case skipped: cannot mount a tmpfs here" >&2
fi

# Files may not grow past 32 KiB (64 KiB where ulimit counts in KiB): the
# database may be read, a 100 KB note cannot reach its WAL.
mkdir limited
copy_to_ limited
(
	trap '' XFSZ
	ulimit -f 64
	full_case_ "$T/limited" "file size limit"
	echo "$checks $failures" >"$T/limited.counts"
)
read -r checks failures <"$T/limited.counts"
intact_ "file size limit lifted" "$T/limited/claimdesk.db"

# --- Signals during writes ---------------------------------------------------
# SIGKILL mid-write is store.sh's case. SIGTERM and SIGHUP end a long import
# the same way: the article is there whole or not at all, and every earlier
# verdict is kept. The signal is sent only once the import is seen holding
# the database's write lock (another connection cannot begin a write), so it
# always lands inside the import's transaction: the import must then die of
# it, with nothing of the article written.

awk 'BEGIN { for (i = 0; i < 150000; i++)
    printf "Line %d cost %d million euros.\n\n", i, i + 1 }' >many.txt
verdicts_ "$T/pristine.db" >"$T/pristine.verdicts"
# holds_lock_ DB: another writer is locked out of DB now.
holds_lock_() {
	! "$SQLITE3" "$1" 'PRAGMA busy_timeout = 0; BEGIN IMMEDIATE;
	    ROLLBACK;' >/dev/null 2>&1
}
for sig in TERM HUP; do
	SIGDB="$T/sig-$sig.db"
	cp "$T/pristine.db" "$SIGDB"
	"$CLAIMDESK" --db "$SIGDB" import many.txt >/dev/null 2>&1 &
	pid=$!
	# Up to two minutes, not a number of tries: on a loaded machine the
	# import may read and score the whole file for long before it writes.
	# The signal goes at once when the lock is seen: a second look
	# first would leave the import time to commit on a loaded machine.
	end=$(($(date +%s) + 120))
	held=0
	while kill -0 "$pid" 2>/dev/null && [ "$(date +%s)" -le "$end" ]; do
		if holds_lock_ "$SIGDB"; then
			held=1
			break
		fi
	done
	kill -s "$sig" "$pid" 2>/dev/null
	{ wait "$pid"; } 2>/dev/null
	rc=$?
	check_ "SIG$sig: sent inside the import's transaction" [ "$held" -eq 1 ]
	check_ "SIG$sig: the import died of it ($rc)" one_of_ "$rc" 143 129
	n=$("$SQLITE3" "$SIGDB" "SELECT count(*) FROM article
	    WHERE path LIKE '%/many.txt'")
	check_ "SIG$sig: nothing of the article written ($n)" [ "$n" -eq 0 ]
	check_ "SIG$sig: integrity" [ "$("$SQLITE3" "$SIGDB" \
	    'PRAGMA integrity_check')" = ok ]
	verdicts_ "$SIGDB" >"$T/sig.verdicts"
	check_ "SIG$sig: earlier verdicts intact" \
	    cmp -s "$T/pristine.verdicts" "$T/sig.verdicts"
done

# --- Hardening, second round ---------------------------------------------------
# What an audit found, each a case that failed before its fix.

# export -o through a symbolic link writes the file it points to; the link
# stays a link.
echo old >target.md
ln -s target.md link.md
run_ export -o link.md
expect_rc 0 "export -o a symbolic link"
check_ "the link is still a link" [ -L link.md ]
check_ "the report went where it points" grep -q '^# Fact-check report' target.md
mkdir outdir
ln -s outdir/new.md dangling.md
run_ export -o dangling.md
expect_rc 0 "export -o a link to a file not yet there"
check_ "the link is still a link" [ -L dangling.md ]
check_ "its target made" [ -f outdir/new.md ]
# A link to standard output, as /dev/stdout is (one of our own, so that a
# claimdesk that replaced links could not replace the system's): written
# through to the pipe, never replaced.
ln -s /proc/self/fd/1 to-stdout
"$CLAIMDESK" export --format csv -o to-stdout >stdout.csv 2>stdout.err
rc=$? err=$(cat stdout.err)
clean_ "export -o a link to standard output"
expect_rc 0 "export -o a link to standard output"
check_ "standard output is written through" grep -q '^article_id,' stdout.csv
check_ "the link is still a link to it" [ "$(readlink to-stdout)" = /proc/self/fd/1 ]
"$CLAIMDESK" export --format csv -o - >dash.csv 2>&1
check_ "export -o - writes standard output" grep -q '^article_id,' dash.csv

# A FIFO is written directly, as the reader at its other end expects.
mkfifo report.fifo
timeout 20 cat report.fifo >fifo-report.csv &
reader=$!
run_ export --format csv -o report.fifo
expect_rc 0 "export -o a FIFO"
wait $reader
check_ "the FIFO's reader got the report" grep -q '^article_id,' fifo-report.csv
check_ "the FIFO is still a FIFO" [ -p report.fifo ]
run_ export -o outdir
refused_ "export -o a directory" 'outdir: '

# A closed pipe ends the output quietly, for every command that prints.
for cmd in "export --format json" "list" "stats" "check" \
    "extract --all $T/budget.txt"; do
	# shellcheck disable=SC2086
	( sleep 0.3; "$CLAIMDESK" $cmd 2>"$T/pipe.err"; echo $? >"$T/pipe.rc" ) |
	    true
	wait
	check_ "$cmd | true: nothing said" [ ! -s "$T/pipe.err" ]
	check_ "$cmd | true: exit 0 ($(cat "$T/pipe.rc"))" [ "$(cat "$T/pipe.rc")" -eq 0 ]
done

# Named pipes, devices and endless files where a database or rules are
# expected: refused at once, never waited on, never read without end.
for cmd in list stats "export --format json" check; do
	# shellcheck disable=SC2086
	timeout 20 "$CLAIMDESK" --db pipe.txt $cmd >"$T/out" 2>"$T/err"
	rc=$? out=$(cat "$T/out") err=$(cat "$T/err")
	refused_ "--db a FIFO: $cmd" 'pipe\.txt: not a database \(a FIFO\)'
done
run_ --db /dev/null --rules "$top_srcdir/data/claim-rules" import budget.txt
refused_ "--db a character device" '/dev/null: not a database \(a character device\)'
check_ "no journal beside the device" [ ! -e /dev/null-journal ]
check_ "no log beside the device" [ ! -e /dev/null-wal ]
timeout 20 "$CLAIMDESK" --rules pipe.txt extract budget.txt >"$T/out" 2>"$T/err"
rc=$? out=$(cat "$T/out") err=$(cat "$T/err")
refused_ "--rules a FIFO: no wait" 'pipe\.txt:1:1: no rules'
# (The address-space limit proves memory stays bounded; ASan reserves
# terabytes of shadow memory, so its build runs without it.)
(
	[ "$SANITIZED" -eq 0 ] && ulimit -v 1000000 2>/dev/null
	exec timeout 20 "$CLAIMDESK" --rules /dev/zero extract budget.txt
) >"$T/out" 2>"$T/err"
rc=$? out=$(cat "$T/out") err=$(cat "$T/err")
refused_ "--rules /dev/zero" '/dev/zero: larger than 4 MiB: not a rule file$'

# A database of a newer claimdesk whose change is still in its
# write-ahead log: refused before SQLite could move the log into the file.
"$CLAIMDESK" --db "$T/newwal.db" --rules "$top_srcdir/data/claim-rules" \
    import budget.txt >/dev/null
"$PYTHON3" -c '
import os, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("PRAGMA journal_mode = WAL")
db.execute("PRAGMA wal_autocheckpoint = 0")
db.execute("PRAGMA user_version = 99")
db.execute("UPDATE verdict SET note = note")
db.commit()
os._exit(0)    # no close: the log stays as a crash would leave it
' "$T/newwal.db"
rm -f "$T/newwal.db-shm"
check_ "the newer database has its log" [ -s "$T/newwal.db-wal" ]
sums=$(md5sum "$T/newwal.db" "$T/newwal.db-wal")
for cmd in list "mark 1 1 verified" check; do
	# shellcheck disable=SC2086
	run_ --db "$T/newwal.db" $cmd
	refused_ "newer schema in the log: $cmd" "$T/newwal\.db: made by a newer claimdesk \(schema version 99"
done
check_ "newer schema in the log: file and log untouched" [ "$(md5sum "$T/newwal.db" "$T/newwal.db-wal")" = "$sums" ]
check_ "newer schema in the log: no -shm made" [ ! -e "$T/newwal.db-shm" ]

# Invisible characters (zero widths, word joiner, BOM, Arabic letter mark,
# soft hyphen, interlinear annotation, tags) show as placeholders in list
# as on the screen, so columns stay aligned. A report keeps the joiner and
# non-joiner, a part of Persian and Indic words and of emoji, and the
# left-to-right, right-to-left and Arabic letter marks of right-to-left
# text.
"$PYTHON3" -c '
import sys
inv = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u061c\u00ad\ufff9\ufffb\U000e0041\U000e007f"
open(sys.argv[1], "w").write("Hidden" + inv + " title\n\nThe city spent 4" + inv
    + " million on roads in 2023, officials said.\n")
' invisible.txt
INVDB="$T/invisible.db"
run_ --db "$INVDB" import invisible.txt
expect_rc 0 "import an article with invisible characters"
for cmd in list "export --format md" "extract --all --format tsv invisible.txt"; do
	# shellcheck disable=SC2086
	run_ --db "$INVDB" $cmd
	check_ "$cmd: no invisible character raw" "$PYTHON3" -c '
import sys
t = open(sys.argv[1], encoding="utf-8").read()
joiners = (0x200c, 0x200d, 0x200e, 0x200f, 0x61c) \
    if sys.argv[2].startswith("export") else ()
bad = [hex(ord(c)) for c in t if (ord(c) in (0xad, 0x61c, 0xfeff) or
    0x200b <= ord(c) <= 0x200f or ord(c) == 0x2060 or
    0xfff9 <= ord(c) <= 0xfffb or 0xe0000 <= ord(c) <= 0xe007f) and
    ord(c) not in joiners]
assert not bad, bad
' "$T/out" "$cmd"
done
run_ --db "$INVDB" export --format md
check_ "md: the joiners and marks kept, the others placeholders" grep -qF \
    "$(printf 'Hidden\\<U+200B\\>\342\200\214\342\200\215\342\200\216\342\200\217\\<U+2060\\>')" "$T/out"
run_ --db "$INVDB" list
expect_out 'Hidden<U\+200B><U\+200C>' "list shows them as placeholders"
run_ --db "$INVDB" extract --format json invisible.txt
expect_out 'Hidden\\u200b\\u200c' "JSON escapes them"
expect_out '\\udb40\\udc41' "JSON escapes a tag as a surrogate pair"

# Text that is not UTF-8 is refused where it would be stored or published.
run_ mark 1 1 verified --note "$(printf 'see p\3034')"
expect_rc 2 "--note not UTF-8"
expect_err '^claimdesk: mark: --note: not UTF-8 at byte 5 ' "--note: the byte"
run_ --reviewer "$(printf 'b\377b')" mark 1 1 verified
expect_rc 2 "--reviewer not UTF-8"
expect_err '^claimdesk: --reviewer: not UTF-8 at byte 1 ' "--reviewer: the byte"
# A blank name, or one with spaces around it, would be a reviewer of its
# own in every count.
for name in "" " " " ana" "ana "; do
	run_ --db "$T/names.db" --reviewer "$name" list
	expect_rc 2 "--reviewer \"$name\" refused"
done
expect_err 'spaces around "ana ": a name starts and ends' "--reviewer: why"
CLAIMDESK_REVIEWER=" " run_ --db "$T/names.db" list
expect_rc 2 "CLAIMDESK_REVIEWER blank: refused"
CLAIMDESK_REVIEWER= run_ --db "$INVDB" list
expect_rc 0 "CLAIMDESK_REVIEWER empty: as if unset"
CLAIMDESK_REVIEWER=$(printf '\300') run_ mark 1 1 verified
expect_rc 2 "CLAIMDESK_REVIEWER not UTF-8"
run_ --org "$(printf 'Desk \355\240\200')" export --format claimreview
expect_rc 2 "--org not UTF-8"
# A name is one line of text: it is written into every report.
run_ --reviewer "$(printf '\r=cr')" mark 1 1 verified
expect_rc 2 "--reviewer with a control character"
expect_err '^claimdesk: --reviewer: a control character at byte 0: a name is one line of text' "--reviewer: says where"
CLAIMDESK_REVIEWER=$(printf 'ann\302\233') run_ mark 1 1 verified
expect_rc 2 "CLAIMDESK_REVIEWER with a C1 control"
run_ --org "$(printf 'Desk\nLine')" export --format claimreview
expect_rc 2 "--org on two lines"
run_ --reviewer "$(printf 'ann\342\200\250bob')" mark 1 1 verified
expect_rc 2 "--reviewer with a line separator"
intact_ "after refused text"

# Only web addresses are published.
for url in 'javascript:alert(1)' 'data:text/html,x' 'file:///etc/passwd' \
    'https://' 'http://a b'; do
	run_ import --url "$url" budget.txt
	expect_rc 2 "import --url $url"
	run_ export --format claimreview --url "$url"
	expect_rc 2 "export --url $url"
done
run_ import --url 'javascript:alert(1)' budget.txt
expect_err 'only http and https URLs are published: javascript' "the scheme is named"
run_ --db "$T/url.db" import --url 'HTTPS://example.org/story' budget.txt
expect_rc 0 "an https URL is taken"

# Rule files: a BOM is no part of the first line; (*NO_JIT) is refused; a
# rule stopped by its match limit is off for the rest of the article, said
# once.
printf '\357\273\277threshold 40\nrule said quote 40 \\bsaid\\b\n' >bom.rules
run_ --rules bom.rules extract --format tsv budget.txt
expect_rc 0 "a rule file starting with a BOM"
expect_out 'officials said' "its rules run"
printf 'rule nojit quote 10 (*NO_JIT)said\n' >nojit.rules
run_ --rules nojit.rules extract budget.txt
refused_ "(*NO_JIT)" 'nojit\.rules:1:[0-9]+: .*NO_JIT'
cp "$top_srcdir/data/claim-rules" stop.rules
echo 'rule slow hedge 10 ^(\w+\s?)+$' >>stop.rules
"$PYTHON3" -c '
import sys
s = "Stops\n\n"
for i in range(40):
    s += "word " * 300 + "end!\n\n"
s += "Turnout was 55 percent, the highest since 1990.\n"
open(sys.argv[1], "w").write(s)
' stops.txt
run_ --rules stop.rules extract --format tsv stops.txt
clean_ "a rule that backtracks on every sentence"
expect_rc 0 "it is switched off, extraction goes on"
check_ "its warning is said once" [ "$(printf '%s\n' "$err" | grep -c 'rule slow stopped')" -eq 1 ]
expect_err 'rule slow stopped: match limit exceeded .*\(off for the rest of the article\)' "and says it is off"
expect_out 'Turnout was 55 percent' "the other rules still run"

# A read-only file system is named as such (as root, on a tmpfs mounted
# read-only after the database was made; skipped when it cannot be).
mkdir romount
if [ "$(id -u)" -eq 0 ] &&
    mount -t tmpfs -o size=4m tmpfs romount 2>/dev/null; then
	trap 'umount "$T/romount" "$T/small" 2>/dev/null; rm -rf "$T"' EXIT
	copy_to_ romount
	mount -o remount,ro romount
	run_ --db "$T/romount/claimdesk.db" mark 1 1 unsourced
	refused_ "a read-only file system" "$T/romount/claimdesk\.db: .*[Rr]ead-only file system"
	umount romount
else
	echo "read-only mount case skipped: cannot mount a tmpfs here" >&2
fi

# --- Out of memory: the one fatal path --------------------------------------
# Under an address-space limit 20 MB above what claimdesk needs to start
# (its libraries' mappings: found by trying), a 48 MB article cannot be
# held: xmalloc's fatal() says so in one line, exit 1. (ASan reserves
# terabytes of shadow memory: skipped there. The review screen's fatal
# hook, which ends curses first, has no natural trigger from a test.)
if [ "$SANITIZED" -eq 0 ]; then
	base=40000
	while [ $base -lt 1000000 ] &&
	    ! (ulimit -v $base; exec "$CLAIMDESK" --version) >/dev/null 2>&1; do
		base=$((base + 10000))
	done
	head -c 48000000 /dev/zero | tr '\0' 'a' >big.txt
	(
		ulimit -v $((base + 20000))
		exec "$CLAIMDESK" --max-size 100M extract big.txt
	) >oom.out 2>oom.err
	rc=$? out=$(cat oom.out) err=$(cat oom.err)
	refused_ "out of memory (limit $((base + 20000)) KiB)" 'out of memory \([0-9]+ bytes\)$'
	rm -f big.txt
fi

intact_ "at the end"
done_
