#!/bin/sh
# split.sh: the article pane's sentence cursor and a claim's span changed
# by hand. j/k move by sentence (shown in reverse video), so m and x reach
# a second sentence on a line; S splits the claim at a word chosen with
# h/l, J joins it with the sentence after it; spans stay byte-exact, the
# history records each change, and U takes a split or a join back whole.
. "$(dirname "$0")/lib.sh"

ART="$T/harbour.txt"
printf '%s\n' "Harbour works" "" \
    "The harbour will close for 3 weeks in May, the mayor said. The council voted on Tuesday." \
    "" \
    "Fishing boats landed 4,200 tonnes of cod in 2024, up 12 percent on the year before. Prices fell." \
    "" \
    "Repairs will cost 2 million pounds and finish by 2027." >"$ART"

# The byte offset of TEXT in the article.
offset() {
	grep -bo -F -- "$1" "$ART" | head -n 1 | cut -d: -f1
}

# The text the article pane shows in reverse video, its rows joined by a
# space: below its header, right of its margin, and left of the claims
# pane (right of its border, or below its header).
reverse_text() {
	tm capture-pane -p -e -t "s$t_n" | "${PYTHON3_BIN:-python3}" -c '
import re, sys
out = []
rows = sys.stdin.read().rstrip("\n").split("\n")
for line in rows[1:-2]:
    plain = re.sub(r"\x1b\[[0-9;]*m", "", line)
    if plain.lstrip("\u25b6 ").startswith("Claims"):
        break
    rev, run, i, col = False, "", 0, 0
    while i < len(line):
        m = re.match(r"\x1b\[([0-9;]*)m", line[i:])
        if m:
            for p in (m.group(1) or "0").split(";"):
                if p in ("0", "27"):
                    rev = False
                elif p == "7":
                    rev = True
            i += m.end()
            continue
        if line[i] == "\u2502":
            break
        if rev and col >= 2:
            run += line[i]
        i += 1
        col += 1
    if run.strip():
        out.append(run.strip())
print(" ".join(out))
'
}

# t_click WORD [N]: a click (xterm's SGR report) on the Nth letter (from 1)
# of the first WORD the article pane shows as a word of its own.
t_click() {
	_cell=$(tm capture-pane -p -t "s$t_n" | "${PYTHON3_BIN:-python3}" -c '
import re, sys
word, n = sys.argv[1], int(sys.argv[2])
for y, line in enumerate(sys.stdin.read().split("\n")[1:], 2):
    m = re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", line.split("\u2502")[0])
    if m:
        print(m.start() + n, y)
        break
' "$1" "${2:-1}")
	[ -n "$_cell" ] || t_fail "no \"$1\" on the screen to click"
	set -- $_cell
	t_type "$(printf '\033[<0;%d;%dM\033[<0;%d;%dm' "$1" "$2" "$1" "$2")"
}

# t_reverse TEXT WHAT: polls until the reverse video is TEXT.
t_reverse() {
	t_checks=$((t_checks + 1))
	_end=$(($(date +%s) + T_TIMEOUT))
	while [ "$(date +%s)" -le "$_end" ]; do
		[ "$(reverse_text)" = "$1" ] && return 0
		sleep 0.1
	done
	t_fail "$2: reverse video is \"$(reverse_text)\", want \"$1\""
}

for size in "80 24" "120 40"; do
	set -- $size
	rm -f "$DB"
	# The rules' own weights (--model none): these three claims.
	t_start "$1" "$2" -- --model none "$ART"
	t_ready
	t_wait "0/3 reviewed" "$1x$2: three claims"

	# The sentence cursor starts on the selected claim.
	t_keys Tab
	t_wait "j/k sentence" "$1x$2: the article pane's keys"
	t_reverse "The harbour will close for 3 weeks in May, the mayor said." \
	    "$1x$2: the cursor on claim 1's sentence"
	# The second sentence of the line, which is no claim.
	t_keys j
	t_reverse "The council voted on Tuesday." "$1x$2: j to the next sentence"
	t_keys x
	t_wait "this sentence is not a claim (m makes it one)" \
	    "$1x$2: x on a sentence that is no claim"
	t_keys m
	t_wait "claim 4 added, saved" "$1x$2: m on the second sentence of a line"
	start=$(offset "The council voted")
	t_eq "$(t_sql "SELECT start || '-' || \"end\" || ' ' || text FROM claim WHERE number = 4")" \
	    "$start-$((start + 29)) The council voted on Tuesday." \
	    "$1x$2: the claim made is that sentence, byte for byte"
	t_keys J
	t_wait "the sentence after claim 4 is in the next paragraph: nothing was joined" \
	    "$1x$2: J does not join across a blank line"
	t_keys x
	t_wait "claim 4 dropped from the panel, saved" "$1x$2: x on it drops it"
	t_keys k
	t_reverse "The harbour will close for 3 weeks in May, the mayor said." \
	    "$1x$2: k back"
	t_keys g
	t_reverse "Harbour works" "$1x$2: g to the first sentence"
	t_keys G
	t_reverse "Repairs will cost 2 million pounds and finish by 2027." \
	    "$1x$2: G to the last"

	# S: the point starts in the middle and moves by word; Esc cancels.
	t_keys k k
	t_reverse "Fishing boats landed 4,200 tonnes of cod in 2024, up 12 percent on the year before." \
	    "$1x$2: on claim 2"
	t_keys S
	t_wait "Enter splits there" "$1x$2: S asks where"
	t_keys Escape
	t_wait "nothing was split" "$1x$2: Esc cancels"
	t_eq "$(t_sql "SELECT count(*) FROM claim")" 4 "$1x$2: nothing made"
	t_keys S
	t_wait "Enter splits there" "$1x$2: S again"
	# First offered where its second clause starts.
	t_reverse "Fishing boats landed 4,200 tonnes of cod in 2024," \
	    "$1x$2: the point first after the comma"
	t_keys h h h h h h h h h h h h
	t_reverse "Fishing" "$1x$2: h back to the first point"
	t_keys l l l l l l l l
	t_reverse "Fishing boats landed 4,200 tonnes of cod in 2024," \
	    "$1x$2: l on to the ninth word"
	t_keys v
	t_wait "choosing where to split claim 2" "$1x$2: other keys do nothing"
	# A click on a word of the claim puts the point before it; in a word,
	# before that word; on the first word or outside the claim, nowhere.
	t_click cod
	t_reverse "Fishing boats landed 4,200 tonnes of" "$1x$2: a click on a word"
	t_click percent 3
	t_reverse "Fishing boats landed 4,200 tonnes of cod in 2024, up 12" \
	    "$1x$2: a click inside a word"
	t_click Fishing
	t_wait "click a word of claim 2 after its first" \
	    "$1x$2: a click on the first word"
	t_click Repairs
	t_wait "click a word of claim 2 after its first" \
	    "$1x$2: a click outside the claim"
	t_reverse "Fishing boats landed 4,200 tonnes of cod in 2024, up 12" \
	    "$1x$2: the point stays where it was"
	t_click up
	t_reverse "Fishing boats landed 4,200 tonnes of cod in 2024," \
	    "$1x$2: a click back on the ninth word"
	t_keys Enter
	t_wait "claim 2 split into 5 and 6, saved (U undoes it)" \
	    "$1x$2: Enter splits"
	at=$(offset "up 12 percent")
	t_eq "$(t_sql "SELECT group_concat(start || '-' || \"end\" || ' ' || text, '|') FROM (SELECT * FROM claim WHERE number IN (5, 6) ORDER BY number)")" \
	    "$(offset Fishing)-$((at - 1)) Fishing boats landed 4,200 tonnes of cod in 2024,|$at-$((at + 33)) up 12 percent on the year before." \
	    "$1x$2: the parts, byte for byte, the space between them in neither"
	t_eq "$(t_sql "SELECT dismissed FROM claim WHERE number = 2")" 1 \
	    "$1x$2: claim 2 is dropped, kept"
	t_eq "$(t_sql "SELECT count(*) FROM history WHERE origin = 'split from claim 2' AND field = 'claim' AND new = 'manual'")" 2 \
	    "$1x$2: the history says where the parts came from"
	t_eq "$(t_sql "SELECT count(*) FROM history WHERE origin = 'split into claims 5 and 6'")" 1 \
	    "$1x$2: and where claim 2 went"
	# A script marking claim 2 is told what became of it.
	t_eq "$("$CLAIMDESK" --db "$DB" mark 1 2 verified 2>&1)" \
	    "claimdesk: article 1 claim 2 is not in the panel: a split or a join replaced it (U on the screen takes one back), or it was a part of one undone: nothing was changed" \
	    "$1x$2: mark on a claim split: says so"
	# The reports say where the parts came from.
	t_eq "$("$CLAIMDESK" --db "$DB" export --format md | grep -c '^### Claim [56] (split from claim 2): ')" \
	    2 "$1x$2: md: each part split from claim 2"
	t_eq "$("$CLAIMDESK" --db "$DB" export --format html | grep -c '<span class="none">(split from claim 2)</span>')" \
	    2 "$1x$2: html: each part split from claim 2"
	# Claim 2 was split, not dropped: the dropped list leaves it out.
	t_keys f f f f f f
	t_wait "filter: dropped (1 claim)" \
	    "$1x$2: claim 4 dropped, claim 2 split: one dropped"
	t_keys f
	t_wait "filter: all" "$1x$2: all again"
	t_keys U
	t_wait "undone: claim 2 is whole again (the split is undone), saved" \
	    "$1x$2: U takes the split back"
	t_eq "$(t_sql "SELECT group_concat(number) FROM (SELECT number FROM claim WHERE dismissed = 0 ORDER BY number)")" \
	    "1,2,3" "$1x$2: the claims as before the split"

	# J: claim 2 with the sentence after it, then back.
	t_keys J
	t_wait "claim 2 and the sentence after it joined as claim 7, saved" \
	    "$1x$2: J joins"
	t_eq "$(t_sql "SELECT start || '-' || \"end\" || ' ' || text FROM claim WHERE number = 7")" \
	    "$(offset Fishing)-$(($(offset "Prices fell.") + 12)) Fishing boats landed 4,200 tonnes of cod in 2024, up 12 percent on the year before. Prices fell." \
	    "$1x$2: the joined claim, byte for byte"
	t_keys U
	t_wait "undone: claim 2 is back as it was (the join is undone), saved" \
	    "$1x$2: U takes the join back"
	# Then dropped by the reviewer: in the dropped list at once.
	t_keys x
	t_wait "claim 2 dropped from the panel, saved" "$1x$2: x drops claim 2"
	t_keys f f f f f f
	t_wait "filter: dropped (2 claims)" \
	    "$1x$2: a claim back from a join, then dropped: listed dropped"
	t_keys f
	t_wait "filter: all" "$1x$2: all again"
	t_keys U
	t_wait "undone: claim 2 is back in the panel" "$1x$2: and back"

	# A verdict goes to both parts, stale, to be confirmed on each.
	t_keys Tab
	t_wait "▶ Claims" "$1x$2: the claims pane"
	t_keys g j
	t_wait "#2 unreviewed" "$1x$2: claim 2 selected"
	t_keys A d
	t_wait "claim 2: disputed, saved" "$1x$2: claim 2 disputed"
	# Another reviewer's change to another claim: the split goes on; to
	# this one: it is cancelled and says so.
	t_keys S
	t_wait "Enter splits there" "$1x$2: S from the claims pane"
	t_keys h h
	"$CLAIMDESK" --db "$DB" --reviewer bob mark 1 3 verified >/dev/null
	t_wait "bob: claim 3 verified" "$1x$2: bob's change is seen"
	t_keys Enter
	t_wait "claim 2 split into 8 and 9, saved; both keep its verdict, stale (v/d/u)" \
	    "$1x$2: the split went on, the verdict carried"
	t_wait "!D" "$1x$2: the parts show a stale verdict"
	t_eq "$(t_sql "SELECT count(*) FROM verdict v JOIN claim c ON c.id = v.claim_id WHERE c.number IN (8, 9) AND v.status = 'disputed' AND v.stale_text IS NOT NULL")" \
	    2 "$1x$2: both parts hold it, stale"
	# Joining two claims that both have a verdict is refused.
	t_keys J
	t_wait "not saved: claims 8 and 9 both have a verdict or a note" \
	    "$1x$2: J refused over two verdicts"
	t_lacks "NOT SAVED" \
	    "$1x$2: a join refused leaves nothing unsaved: the mark stays"
	t_keys G S
	t_wait "Enter splits there" "$1x$2: S on claim 3"
	t_reverse "Repairs will cost 2 million pounds" \
	    "$1x$2: the point first at \"and\""
	"$CLAIMDESK" --db "$DB" --reviewer bob mark 1 3 disputed >/dev/null
	t_wait "claim 3 changed meanwhile, by bob: nothing was split" \
	    "$1x$2: the split is cancelled when its claim changes"
	t_lacks "Enter splits there" "$1x$2: and the split keys are gone"
	# A claim the filter hides is said so in the article pane.
	t_keys f
	t_wait "filter: unreviewed" "$1x$2: unreviewed only"
	# A sentence split in two claims is walked a part at a time.
	t_keys Tab g j j j
	t_reverse "Fishing boats landed 4,200 tonnes of cod" \
	    "$1x$2: on claim 8, the first part of its sentence"
	t_keys j
	t_reverse "in 2024, up 12 percent on the year before." \
	    "$1x$2: j to claim 9, the second part"
	t_keys v
	t_wait "claim 9 is hidden by the filter (f shows it)" \
	    "$1x$2: a hidden claim is not taken for no claim"
	t_keys j
	t_reverse "Prices fell." "$1x$2: j on to the next sentence"
	t_keys k
	t_reverse "in 2024, up 12 percent on the year before." \
	    "$1x$2: k back to the last part"
	t_quit
done

# A sentence of two speakers split between them: each part names its own
# source; the article's claims before it are read for context.
SPK="$T/speakers.txt"
printf '%s\n' "Crime and arrests" "" \
    "Officials said crime fell 10% in March, and the mayor said arrests rose 5% in April." \
    >"$SPK"
rm -f "$DB"
t_start 120 30 -- --model none "$SPK"
t_ready
t_eq "$(t_sql "SELECT source FROM claim WHERE number = 1")" Officials \
    "two speakers: the sentence's source"
t_keys S
t_wait "Enter splits there" "two speakers: S"
t_click and
t_keys Enter
t_wait "claim 1 split into 2 and 3" "two speakers: split"
t_eq "$(t_sql "SELECT group_concat(number || ' ' || coalesce(source, '-') || ' ' || coalesce(source_kind, '-'), '|') FROM (SELECT * FROM claim WHERE number IN (2, 3) ORDER BY number)")" \
    "2 Officials unnamed|3 mayor person" "two speakers: each part its own source"
t_quit
# The parts carried to the next revision still say where they came from.
printf '%s\n' "" "Both figures were disputed." >>"$SPK"
"$CLAIMDESK" --db "$DB" import "$SPK" >/dev/null
t_eq "$("$CLAIMDESK" --db "$DB" export --format md | grep -c '^### Claim [23] (split from claim 1): ')" \
    2 "two speakers: after a re-import, md says the parts were split"

# A claim of one clause: the split point first offered nearest its middle
# where it cuts no figure from its word ("4,200 | tonnes").
printf '%s\n' "Grain" "" "Officials said the port handled 4,200 tonnes of grain in 2024." \
    >"$T/grain.txt"
rm -f "$DB"
t_start 80 24 -- --model none "$T/grain.txt"
t_ready
t_keys S
t_wait "Enter splits there" "one clause: S"
t_reverse "Officials said the port" "one clause: the figure kept whole"
t_keys Escape
t_wait "nothing was split" "one clause: Esc"
t_quit
# "5 and 7 percent" is one figure, no second clause; a comma inside a
# closing quote ends a clause.
printf '%s\n' "Prices" "" \
    "Officials said prices rose between 5 and 7 percent in the county this spring." \
    "" "\"We will build 40 homes and a school,\" the mayor said of the plan on Tuesday." \
    >"$T/range.txt"
rm -f "$DB"
t_start 80 24 -- --model none "$T/range.txt"
t_ready
t_wait "#1 unreviewed" "a range: claim 1"
t_keys S
t_wait "Enter splits there" "a range: S"
t_reverse "Officials said prices rose" "a range: not between its figures"
t_keys Escape j S
t_wait "Enter splits there" "a quote: S"
t_reverse "\"We will build 40 homes and a school,\"" \
    "a quote: after the comma inside its quote"
t_keys Escape
t_quit

# A claim taller than the article pane: the split point stays in view as
# l moves it far past the first screen.
LONG="$T/long.txt"
{
	printf 'Long claim\n\nIn 2024 the port handled 3 million tonnes'
	i=1
	while [ $i -le 120 ]; do
		printf ' cargo%d' "$i"
		i=$((i + 1))
	done
	printf ' and 40 ships.\n'
} >"$LONG"
rm -f "$DB"
t_start 80 24 -- --model none "$LONG"
t_ready
t_keys S
t_wait "Enter splits there" "a long claim: S"
i=0
while [ $i -lt 40 ]; do
	t_keys l
	i=$((i + 1))
done
# A key split mode does not take says so once every l before it is done.
t_keys v
t_wait "choosing where to split claim 1" "a long claim: 40 words on"
t_screen >"$T/point.screen"
t_keys Enter
t_wait "claim 1 split into 2 and 3" "a long claim: split there"
w=$(t_sql "SELECT substr(text, 1, instr(text, ' ') - 1) FROM claim WHERE number = 3")
t_checks=$((t_checks + 1))
case "$w" in
cargo*) grep -Eq "$w( |$)" "$T/point.screen" ||
	t_fail "a long claim: the point ($w) was off screen" ;;
*) t_fail "a long claim: the second part starts with \"$w\"" ;;
esac
t_quit
t_done
