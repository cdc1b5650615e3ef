#!/bin/sh
# earlier.sh: claims seen before (SPEC §8): the mark, "p" listing the earlier
# verdicts, "y" adopting one, "U" undoing that; a near miss is not linked.
. "$(dirname "$0")/lib.sh"

PYTHON3="${PYTHON3_BIN:-python3}"

cdesk() {
	"$CLAIMDESK" --db "$DB" "$@"
}

# t_lacks_re REGEX WHAT: the screen now does not match REGEX.
t_lacks_re() {
	t_checks=$((t_checks + 1))
	t_screen | grep -Eq -- "$1" && t_fail "$2: unexpected /$1/"
	return 0
}

# The id of the claim of article $1 whose text starts with $2.
claim_id() {
	t_sql "SELECT c.id FROM claim c JOIN revision r ON r.id = c.revision_id
	    WHERE r.article_id = $1 AND c.text LIKE '$2%'"
}

# The earlier article: its mayor's claim is checked, with a note on two
# lines that holds an escape sequence (it must reach the screen harmless).
printf '%s\n' "Harbour town budget" "" \
    "The harbour council spent 4.2 million euros on the sea wall, the audit found." "" \
    "The mayor said that 3,100 residents signed the petition against the new car park." \
    >"$T/harbour.txt"
# The new one says the same in other words, after a near miss: the same
# words with another number.
printf '%s\n' "Car park row" "" \
    "A week later, according to the council, the petition against the new car park was signed by 3,400 residents." "" \
    "According to the mayor, the petition against the new car park was signed by 3,100 residents." \
    >"$T/carpark.txt"
note=$(printf 'Council records show 2,870 valid signatures.\nSee \033[31mthe minutes')
note_hex=$(printf '%s' "$note" | od -An -tx1 | tr -d ' \n' | tr a-f A-F)

# The sample first, so that claim ids and claim numbers differ.
cdesk import "$SAMPLE" "$T/harbour.txt" >/dev/null ||
    t_fail "import the earlier articles"
cdesk mark --reviewer alice "$T/harbour.txt" 2 disputed --note "$note" \
    >/dev/null || t_fail "mark the earlier claim"
cdesk import "$T/carpark.txt" >/dev/null || t_fail "import the new article"
earlier=$(claim_id 2 'The mayor said')
near=$(claim_id 3 'A week later')
claim=$(claim_id 3 'According to the mayor')
t_eq "$(t_sql "SELECT count(*) FROM claim_match WHERE claim_id = $claim
    AND earlier_id = $earlier")" 1 "the repeated claim is linked"
t_eq "$(t_sql "SELECT count(*) FROM claim_match WHERE claim_id = $near")" 0 \
    "the near miss (another number) is not linked"

t_start 120 40 -- --no-advance "$T/carpark.txt"
t_ready
t_wait_re "│· +2 +≈ According to the mayor" "the claim seen before is marked"
t_lacks_re "│· +1 .*≈" "the near miss has no mark"

# The near miss (selected first, being the first unreviewed) is linked to
# nothing, but p lists the earlier verdict retrieval ranks first for it,
# marked not linked, with its similarity; y there adopts nothing.
t_wait "#1 unreviewed" "the near miss selected"
t_keys p
t_wait_re "[0-9]+%  not linked · claim 2 · Harbour town budget +alice · 2025-11-26" \
    "p on the near miss: the candidate, named as a linked one, who, when"
t_has "The mayor said that 3,100 residents" "p on the near miss: its text"
t_golden earlier-candidates-120x40
t_has 'not the same: it says "3,100", not "3,400"' \
    "p on the near miss: what differs"
t_keys y
t_wait "not adopted: it says \"3,100\", not \"3,400\"; give the verdict by hand" \
    "y in the list refuses it, saying why"
t_keys Escape
t_wait_gone "not linked ·" "Esc closes the list"
t_keys y
t_wait "claim 1: no earlier verdict linked to adopt (claims seen before show ≈; p lists those like it)" \
    "y on the near miss"
t_resize 80 24
t_keys g p
t_wait "not linked · claim 2 · Harbour town" "80x24: p on the near miss lists the candidate"
t_golden earlier-candidates-80x24
t_keys Escape
t_wait_gone "not linked ·" "80x24: Esc closes the list"
t_resize 120 40
t_eq "$(t_sql "SELECT count(*) FROM verdict WHERE claim_id = $near")" 0 \
    "y on the near miss adopts nothing"

# Any sentence, not only a claim: the near miss dropped from the panel,
# p on it in the article pane (the sentence after the title) lists what
# retrieval ranks first.
t_keys g x
t_wait "claim 1 dropped from the panel, saved" "the near miss dropped"
t_keys Tab g
t_wait_re "▶ Article" "the article pane"
t_keys j
t_keys p
t_wait "earlier verdicts like this sentence" "p on a sentence that is no claim"
t_wait_re "[0-9]+%  not linked · claim 2 · Harbour town budget" \
    "p on a sentence: the candidate"
t_has "sentence: A week later" "p on a sentence: the sentence"
t_keys y
t_wait "not adopted: it says \"3,100\", not \"3,400\"; give the verdict by hand" \
    "y there adopts nothing"
t_keys Escape
t_wait_gone "earlier verdicts like this sentence" "Esc closes it"
t_keys U
t_wait "undone: claim 1 is back in the panel, saved" "the near miss back"
t_keys Tab g

# p: the list of earlier verdicts; Esc closes it, adopting nothing.
t_keys j
t_wait "#2 unreviewed" "the claim seen before selected"
t_wait "≈ 1 earlier (p)" "the info line counts the earlier verdicts"
t_wait "seen before: p earlier verdicts" "the key hints say p"
t_keys p
t_wait "earlier verdicts on claim 2" "p opens the list"
t_wait_re "▶ ✗D +[0-9]{1,3}%  claim 2 · Harbour town budget +alice · 2025-11-26" \
    "the earlier verdict: mark, similarity, claim, article, who, when"
pct=$(t_sql "SELECT CAST(round(similarity * 100) AS INTEGER) FROM claim_match
    WHERE claim_id = $claim AND earlier_id = $earlier")
t_has " $pct%  claim 2 · Harbour town budget" "the similarity, in per cent"
t_has "The mayor said that 3,100 residents signed the petition" \
    "the earlier claim's text"
t_has "note: Council records show 2,870 valid signatures. See ^[[31mthe minutes" \
    "the note on one line, its escape shown as a placeholder"
t_has "y adopt · j/k choose · Esc close" "the list's key hints"
t_keys '?'
t_wait "close the list, adopting nothing" "? lists the list's keys"
t_keys Space
t_wait_gone "close the list, adopting nothing" "any key closes the help"
t_keys Escape
t_wait_gone "earlier verdicts on claim 2" "Esc closes the list"
t_eq "$(t_sql "SELECT count(*) FROM verdict WHERE claim_id = $claim")" 0 \
    "Esc adopts nothing"

# y in the list adopts: saved, then shown.
t_keys p
t_wait "earlier verdicts on claim 2" "p again"
t_keys y
t_wait_gone "earlier verdicts on claim 2" "y closes the list"
t_wait 'claim 2: disputed, saved (adopted from claim 2 of "Harbour town budget"' \
    "y adopts"
t_wait_re "│✗D +2 ✎≈ According to the mayor" "the panel shows the verdict"
t_wait "1/2 reviewed · 1 disputed · A:stay · ✓ saved" "progress after adopting"
t_wait "note: Council records show 2,870 valid signatures." \
    "the panel shows the note"
t_eq "$(t_sql "SELECT status, hex(note), reviewer FROM verdict
    WHERE claim_id = $claim")" "disputed|$note_hex|tester" \
    "the adopted verdict in the database"
t_eq "$(t_sql "SELECT field || ':' || origin FROM history
    WHERE claim_id = $claim ORDER BY id")" \
    "status:adopted from claim 2 of article 2
note:adopted from claim 2 of article 2" "the history says where from"

# U puts the old verdict and note back.
t_keys U
t_wait "undone: claim 2 is unreviewed again, saved" "U after adopting"
t_wait_re "│· +2 +≈ According to the mayor" "unreviewed in the panel"
t_wait "0/2 reviewed · 0 disputed" "progress after U"
t_eq "$(t_sql "SELECT status || '|' || note FROM verdict
    WHERE claim_id = $claim")" "unreviewed|" "undone in the database"
t_eq "$(t_sql "SELECT count(*) FROM history WHERE claim_id = $claim
    AND origin LIKE 'undo of change %'")" 2 "the undo is in the history"

# y in the claims pane adopts the only earlier verdict at once.
t_keys y
t_wait 'claim 2: disputed, saved (adopted from claim 2 of "Harbour town budget"' \
    "y with one earlier verdict"
t_lacks "earlier verdicts on claim 2" "no list for one earlier verdict"
t_keys y
t_wait "claim 2 has that verdict and note already" "y twice"

# Another verdict than the earlier one linked: saved, and said.
t_keys v
t_wait "claim 2: verified, saved; the same claim is disputed in article 2 (p)" \
    "a verdict other than the linked earlier one, told"
# Opened again with that verdict: told at once.
t_quit
t_start 120 40 -- --no-advance "$T/carpark.txt"
t_ready
t_wait "claim 2: the verdict of a claim it is linked to says otherwise (p lists it)" \
    "opened with a verdict a linked one says otherwise of: told"
t_keys U
t_wait "undone: claim 2 is disputed again, saved" "U puts the adopted one back"
t_quit

t_eq "$(cdesk export --format json --article "$T/carpark.txt" | "$PYTHON3" -c '
import json, sys
for c in json.load(sys.stdin)["articles"][0]["claims"]:
    print(c["claim"], c["status"], repr(c["note"]), c["reviewer"],
        [(m["article"], m["claim"], m["status"]) for m in c["matches"]])
')" "1 unreviewed '' None []
2 disputed 'Council records show 2,870 valid signatures.\\nSee \\x1b[31mthe minutes' tester [(2, 2, 'disputed')]" \
    "export --format json"
t_eq "$(t_sql "SELECT count(*) FROM history WHERE claim_id = $claim
    AND origin = 'adopted from claim 2 of article 2'")" 4 \
    "both adoptions in the history"

# Two earlier verdicts: y opens the list, most alike first; j and Enter
# adopt the second.
cdesk mark --reviewer bob "$T/carpark.txt" 2 unsourced --note "Only the mayor's word" \
    >/dev/null || t_fail "mark the second earlier claim"
printf '%s\n' "Council meeting notes" "" \
    "According to the mayor, the petition against the new car park was signed by 3,100 residents of the town." \
    >"$T/council.txt"
cdesk import "$T/council.txt" >/dev/null || t_fail "import the third article"
t_start 120 40 -- --no-advance "$T/council.txt"
t_ready
t_wait_re "│· +1 +≈ According to the mayor" "marked in the third article"
t_keys y
t_wait "2 earlier verdicts: choose one, y adopts it" "y with two"
t_wait " 1/2 " "the list counts them"
t_wait_re "▶ \?U +[0-9]{1,3}%  claim 2 · Car park row +bob · 2025-11-26" \
    "the most alike first"
t_wait_re "  ✗D +[0-9]{1,3}%  claim 2 · Harbour town budget +alice" "then the other"
t_keys j
t_wait " 2/2 " "j moves"
t_wait_re "▶ ✗D +[0-9]{1,3}%  claim 2 · Harbour town budget" "j selects the second"
t_keys Enter
t_wait 'claim 1: disputed, saved (adopted from claim 2 of "Harbour town budget"' \
    "Enter adopts the selected one"
t_quit "after Enter"
t_eq "$(t_sql "SELECT origin FROM history WHERE claim_id =
    $(claim_id 4 'According to the mayor') AND field = 'status'")" \
    "adopted from claim 2 of article 2" "the chosen one was adopted"

# A verdict and note of the claim's own are replaced only by y again, on
# the same earlier verdict: the first y says what would go.
council=$(claim_id 4 'According to the mayor')
cdesk mark --reviewer carol "$T/council.txt" 1 verified \
    --note "Clerk confirmed 3,100 https://example.org/clerk" >/dev/null ||
    t_fail "mark the claim by hand"
t_start 120 40 -- --no-advance "$T/council.txt"
t_ready
t_keys y
t_wait "2 earlier verdicts: choose one, y adopts it" "y opens the list"
t_keys y
t_wait "claim 1 is verified, with a note: y again replaces both with the verdict adopted (unsourced)" \
    "y on a claim with its own verdict and note asks first"
t_has "earlier verdicts on claim 1" "the list stays open"
t_eq "$(t_sql "SELECT status || '|' || note FROM verdict
    WHERE claim_id = $council")" \
    "verified|Clerk confirmed 3,100 https://example.org/clerk" \
    "nothing replaced by the first y"
# Esc leaves the list: the question is asked again in the next one.
t_keys Escape
t_wait_gone "earlier verdicts on claim 1" "Esc closes the list"
t_keys y
t_wait "2 earlier verdicts: choose one, y adopts it" "y opens the list again"
t_keys y
t_wait "claim 1 is verified, with a note: y again replaces both with the verdict adopted (unsourced)" \
    "asked again after Esc"
t_eq "$(t_sql "SELECT status FROM verdict WHERE claim_id = $council")" \
    verified "nothing replaced after Esc"
t_keys j y
t_wait "claim 1 is verified, with a note: y again replaces both with the verdict adopted (disputed)" \
    "another earlier verdict asks again"
t_keys y
t_wait 'claim 1: disputed, saved (adopted from claim 2 of "Harbour town budget"' \
    "y again adopts"
t_eq "$(t_sql "SELECT status FROM verdict WHERE claim_id = $council")" \
    disputed "replaced by y again"
t_keys U
t_wait "undone: claim 1 is verified again, saved" "U brings the own verdict back"
t_eq "$(t_sql "SELECT status || '|' || note FROM verdict
    WHERE claim_id = $council")" \
    "verified|Clerk confirmed 3,100 https://example.org/clerk" \
    "the own note is back"
t_quit "after y again"

# Esc answers no: the next y asks again, on the screen and after a list.
saved_db=$DB
DB="$T/esc.db"
cdesk import "$T/harbour.txt" "$T/carpark.txt" >/dev/null ||
    t_fail "import the two articles"
cdesk mark --reviewer alice "$T/harbour.txt" 2 disputed --note "The minutes" \
    >/dev/null || t_fail "mark the earlier claim"
cdesk import "$T/carpark.txt" >/dev/null || t_fail "link the car park claim"
cdesk mark --reviewer carol "$T/carpark.txt" 2 verified --note "Counted by hand" \
    >/dev/null || t_fail "mark the car park claim by hand"
claim=$(claim_id 2 'According to the mayor')
t_start 120 40 -- --no-advance "$T/carpark.txt"
t_ready
t_keys j
t_wait "#2 verified" "the car park claim"
t_keys y
t_wait "claim 2 is verified, with a note: y again replaces both with the verdict adopted (disputed)" \
    "y asks"
t_keys Escape
t_wait "nothing done" "Esc answers no"
t_keys y
t_wait "claim 2 is verified, with a note: y again replaces both" "y after Esc asks again"
t_keys p
t_wait "earlier verdicts on claim 2" "p opens the list"
t_keys y
t_wait "claim 2 is verified, with a note: y again replaces both" "y in the list asks"
t_keys Escape
t_wait_gone "earlier verdicts on claim 2" "Esc closes the list"
t_keys y
t_wait "claim 2 is verified, with a note: y again replaces both" \
    "y on the screen after the list asks again"
t_eq "$(t_sql "SELECT status || '|' || note FROM verdict WHERE claim_id = $claim")" \
    "verified|Counted by hand" "nothing replaced"
t_quit "Esc answers no"
DB=$saved_db
claim=$(claim_id 3 'According to the mayor')

# An article's own verdict orphaned by a rewording that leaves too few of
# its words: no link is made to a claim of the same article, but the match
# is confident, and y adopts it back.
DB="$T/own.db"
cp "$SAMPLE" "$T/own.txt"
cdesk import "$T/own.txt" >/dev/null
n=$(t_sql "SELECT number FROM claim WHERE text LIKE 'North Korean soldiers fighting for Russia%'")
cdesk --reviewer alice mark 1 "$n" disputed --note "the papers are from 2019" >/dev/null
"$PYTHON3" - "$T/own.txt" <<'PY'
import sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
old = ("North Korean soldiers fighting for Russia were given fake military "
       "documents with Russian names and places of birth, according to a "
       "Ukrainian special forces report.")
new = ("According to a Ukrainian special forces report, North Korean troops "
       "serving Russia received forged papers listing Russian names and "
       "birthplaces.")
assert old in s
open(p, "w", encoding="utf-8").write(s.replace(old, new))
PY
t_eq "$(cdesk import "$T/own.txt" | grep -o '1 orphan')" "1 orphan" \
    "the import says so"
orphan="SELECT orphan FROM claim WHERE text LIKE 'North Korean soldiers fighting for Russia%'"
t_eq "$(t_sql "$orphan")" 1 "the rewording leaves the verdict an orphan"
# Bob has the article open meanwhile: he is told what alice's adoption
# did to the claim he sees, not of the orphan of an earlier revision.
tm new-session -d -s bob -x 120 -y 40 "env TERM=$T_TERM LC_ALL=C.UTF-8 HOME='$HOME' '$CLAIMDESK' --db '$DB' --reviewer bob review --no-advance '$T/own.txt'; sleep 3600"
t_start 120 40 -- --no-advance "$T/own.txt"
t_ready
t_keys /
t_type "forged papers"
t_keys Enter
t_wait_re "#[0-9]+ unreviewed" "the reworded claim, unreviewed"
t_wait "· 1 orphan ·" "the status line counts the orphan"
m=$(t_sql "SELECT c.number FROM claim c JOIN current_revision r ON r.id = c.revision_id WHERE c.text LIKE 'According to a Ukrainian special forces report, North Korean troops%'")
t_keys p
t_wait "not linked, but alike: y adopts it" "its own orphan, confident"
t_wait "not linked · orphaned claim $n of this article" "named as on screen"
t_keys y
t_wait "disputed, saved (adopted from orphaned claim $n of this article; U undoes)" \
    "y adopts it back"
t_wait "note: the papers are from 2019" "with its note"
t_wait_gone "· 1 orphan ·" "the status line counts it no more"
# Adopted back, it is no orphan: the reports and the next import have its
# verdict on the claim it went to.
t_eq "$(t_sql "$orphan")" 0 "the orphan has its place"
t_eq "$(cdesk export --format json --article "$T/own.txt" | "$PYTHON3" -c \
    'import json,sys; print(len(json.load(sys.stdin)["articles"][0]["orphans"]))')" \
    0 "no orphan in the report"
bob_sees() {
	_end=$(($(date +%s) + T_TIMEOUT))
	while [ "$(date +%s)" -le "$_end" ]; do
		tm capture-pane -p -t bob | grep -Fq -- "$1" && break
		sleep 0.1
	done
	t_eq "$(tm capture-pane -p -t bob | grep -Fo -- "$1")" "$1" "$2"
}
bob_sees "tester: claim $m disputed" "bob is told of the verdict"
t_keys U
t_wait "undone: claim $m is unreviewed again, saved" "U undoes the adoption"
t_eq "$(t_sql "$orphan")" 1 "and the verdict is an orphan again"
bob_sees "tester: claim $m unreviewed" "bob is told of the undo"
tm kill-session -t bob
t_quit "own orphan"
# But not a claim of the revision on screen, however alike.
DB="$T/sibling.db"
printf '%s\n' "Car park" "" \
    "The mayor said that 3,100 residents signed the petition against the new car park." "" \
    "According to the mayor, the petition against the new car park was signed by 3,100 residents." \
    >"$T/sibling.txt"
cdesk import "$T/sibling.txt" >/dev/null
cdesk --reviewer alice mark 1 1 disputed --note "2,870 valid" >/dev/null
t_start 120 40 -- --no-advance "$T/sibling.txt"
t_ready
t_keys j
t_wait_re "#2 unreviewed" "the other claim"
t_keys p
t_wait "earlier verdicts on claim 2" "p lists its sibling"
t_wait "not linked: a claim of this article; to read, not to adopt" "a sibling: to read only, saying why"
t_wait "not linked · claim 1 of this article" "named as on screen"
t_keys y
t_wait "not linked: a claim of this article; to read, not to adopt; give the verdict by hand" \
    "y refuses it"
t_keys Escape
t_quit "sibling"

# The same sentence with a word put for another is another claim: listed,
# saying what differs, never linked nor adopted.
DB="$T/swap.db"
printf '%s\n' "Roads" "" \
    "Workplace deaths rose 15% in 2023, the labour ministry said." \
    >"$T/deaths.txt"
printf '%s\n' "Roads again" "" \
    "Workplace injuries rose 15% in 2023, the labour ministry said." \
    >"$T/injuries.txt"
cdesk import "$T/deaths.txt" >/dev/null
cdesk --reviewer alice mark 1 1 disputed >/dev/null
cdesk import "$T/injuries.txt" >/dev/null
t_eq "$(t_sql "SELECT count(*) FROM claim_match")" 0 \
    "a word put for another: not linked"
t_start 120 40 -- --no-advance "$T/injuries.txt"
t_ready
t_lacks_re "│· +1 .*≈" "a word put for another: no mark"
t_keys p
t_wait "earlier verdicts on claim 1" "p lists the other claim"
t_wait 'not the same: it says "deaths", not "injuries"' \
    "p says what differs"
t_keys y
t_wait 'not adopted: it says "deaths", not "injuries"; give the verdict by hand' \
    "y in the list refuses it, saying why"
t_keys Escape
t_wait_gone "earlier verdicts on claim 1" "Esc closes the list"
t_quit "swap"
t_eq "$(t_sql "SELECT count(*) FROM verdict WHERE status <> 'unreviewed'")" 1 \
    "nothing adopted"

# A claim like a verdict the desk published elsewhere: marked, listed by p,
# adopted by y (its rating's verdict, a note citing it, U undoes). One
# whose rating says no verdict is listed, never adopted.
DB="$T/published.db"
printf 'id\tclaim\trating\turl\torg\n' >"$T/published.tsv"
printf 'fc1\tThe governor said unemployment in Ohio fell to 4.1%% in June.\tFalse\thttps://fc.example/1\tFactdesk\n' \
    >>"$T/published.tsv"
printf 'fc2\tThe mayor said 300 buses were bought for Dayton in 2024.\tNeeds context, maybe\thttps://fc.example/2\tFactdesk\n' \
    >>"$T/published.tsv"
cdesk import-verdicts "$T/published.tsv" >/dev/null
printf '%s\n' "Jobs" "" \
    "The governor said unemployment in Ohio fell to 4.1% in June." "" \
    "The mayor said 300 buses were bought for Dayton in 2024." \
    >"$T/jobs.txt"
cdesk import "$T/jobs.txt" >/dev/null
t_start 120 40 -- --no-advance "$T/jobs.txt"
t_ready
t_wait_re "│· +1 +≈ The governor said" "a claim like a published verdict: marked"
t_keys p
t_wait "published · fc1 https://fc.example/1" "p lists it, linked"
t_wait "rated: False" "with its rating as published"
t_keys Escape
t_wait_gone "earlier verdicts on claim 1" "Esc closes the list"
t_keys y
t_wait 'claim 1: disputed, saved (adopted from the verdict published by Factdesk, rated "False"; U undoes)' \
    "y adopts the published verdict"
t_wait_re "│✗D +1 " "the panel shows it"
t_eq "$(t_sql "SELECT v.status || '|' || v.note FROM verdict v JOIN claim c ON c.id = v.claim_id WHERE c.number = 1")" \
    "disputed|Checked before: fc1, rated False https://fc.example/1" \
    "verdict and a note citing it, saved"
t_eq "$(t_sql "SELECT DISTINCT origin FROM history WHERE origin LIKE 'adopted%'")" \
    "adopted from imported verdict fc1" \
    "history says where from"
t_keys U
t_wait_re "│· +1 +≈ The governor said" "U undoes the adoption"
t_keys j y
t_wait 'not adopted: its rating "Needs context, maybe" says no verdict; give the verdict by hand' \
    "a rating that says no verdict is not adopted"
t_quit "published"
t_eq "$(t_sql "SELECT count(*) FROM verdict WHERE status <> 'unreviewed'")" 0 \
    "undone, and nothing else adopted"

# Splits claim 1 of ferry-a.txt before "and the port".
split_ferry() {
	t_keys S
	t_wait "Enter splits there" "S on the claim"
	t_keys h h h h h h h h h h h h h h h
	t_keys l l l l l l l l l
	t_keys Enter
	t_wait "claim 1 split into 2 and 3" "split"
}

# A part of a split is linked at once, as a claim of an import is: its
# mark shows, and y adopts.
DB="$T/after.db"
printf '%s\n' "Bay crossings" "" "The ferry carried 9,000 cars across the bay in 2022." \
    >"$T/ferry-b.txt"
printf '%s\n' "Ferries" "" "The ferry carried 9,000 cars across the bay in 2022, and the port hired 40 staff." \
    >"$T/ferry-a.txt"
cdesk import "$T/ferry-b.txt" >/dev/null
cdesk --reviewer alice mark 1 1 verified >/dev/null
t_start 120 40 -- --no-advance --model none "$T/ferry-a.txt"
t_ready
split_ferry
t_keys g
t_wait_re "│· +2 +≈ The ferry carried" "the part is linked at once"
t_lacks_re "│· +3 +≈" "the other part is like no verdict"
t_keys y
t_wait 'claim 2: verified, saved (adopted from claim 1 of "Bay crossings"; U undoes)' \
    "y adopts its earlier verdict"
t_quit "after"
t_eq "$(t_sql "SELECT count(*) FROM claim_match m JOIN claim c ON c.id = m.claim_id WHERE c.number = 2")" 1 \
    "the part's link is in the database"

# So is a sentence made a claim with m.
printf '%s\n' "Library" "" "The mayor opened the new library on the harbour front." \
    >"$T/lib-a.txt"
printf '%s\n' "Harbour day" "" "The mayor opened the new library on the harbour front." \
    >"$T/lib-b.txt"
cdesk import "$T/lib-a.txt" "$T/lib-b.txt" >/dev/null
for f in lib-a lib-b; do
	t_start 120 40 -- --no-advance --model none "$T/$f.txt"
	t_ready
	t_keys Tab /
	t_type "The mayor opened"
	t_keys Enter m
	t_wait_re "claim [0-9]+ added, saved" "m in $f"
	[ "$f" = lib-a ] && t_keys Tab v && t_wait "verified, saved" "marked"
	[ "$f" = lib-b ] && t_wait_re "│· +1 +≈ The mayor opened" \
	    "the claim made with m is linked at once"
	t_quit "$f"
done

# A verdict published elsewhere adopted so: linked from then on, so that
# a later import of it with another rating tells of this claim.
DB="$T/after-published.db"
printf 'id\tclaim\trating\torg\nfc9\tThe ferry carried 9,000 cars across the bay in 2022.\tFalse\tFactdesk\n' \
    >"$T/ferry.tsv"
cdesk import-verdicts "$T/ferry.tsv" >/dev/null
t_start 120 40 -- --no-advance --model none "$T/ferry-a.txt"
t_ready
split_ferry
t_keys g
t_wait_re "│· +2 +≈ The ferry carried" "the part is linked to the published verdict"
t_keys y
t_wait 'claim 2: disputed, saved (adopted from the verdict published by Factdesk, rated "False"; U undoes)' \
    "y adopts it"
t_quit "after published"
t_eq "$(t_sql "SELECT count(*) FROM imported_match m JOIN claim c ON c.id = m.claim_id WHERE c.number = 2")" 1 \
    "the claim that adopted it is linked to it"

# A claim given another verdict than the one published elsewhere it is
# linked to, imported since: said when the article is opened.
DB="$T/published-other.db"
cdesk import-verdicts "$T/published.tsv" >/dev/null
cdesk import "$T/jobs.txt" >/dev/null
cdesk --reviewer alice mark 1 1 verified >/dev/null
cdesk import-verdicts "$T/published.tsv" >/dev/null
t_sql "UPDATE imported_verdict SET imported_at = '2099-01-01T00:00:00Z'" >/dev/null
t_start 120 40 -- --no-advance "$T/jobs.txt"
t_wait "claim 1: a verdict published elsewhere it is linked to says otherwise now (p lists it)" \
    "opening tells of a claim its published verdict contradicts"
t_quit "published other"

# What retrieval ranks no more alike than any text (0%) is not listed.
DB="$T/far.db"
printf '%s\n' "Port" "" "The port moved 3 million tonnes in 2024." "" \
    "The harbour hired 40 staff in 2023, the port authority said." "" \
    "Ships waited 9 days in May at the port." >"$T/port.txt"
cdesk import "$T/port.txt" >/dev/null
for n in 1 2 3; do
	cdesk --reviewer alice mark 1 "$n" verified >/dev/null
done
printf '%s\n' "Critics" "" "Critics say the port is too small for container ships arriving from Asia, the council said." \
    >"$T/critics.txt"
cdesk import "$T/critics.txt" >/dev/null
t_eq "$(cdesk seen "Critics say the port is too small for container ships arriving from Asia, the council said." |
    awk -F '\t' 'NR > 1 && $2 < 0.005' | wc -l)" 1 "one candidate at 0%"
t_start 120 40 -- --no-advance "$T/critics.txt"
t_ready
t_keys p
t_wait "earlier verdicts on claim 1" "p lists the candidates"
t_wait_re "✓V +[1-9][0-9]?%" "those somewhat alike"
t_lacks_re "✓V +0%" "none at 0%"
t_keys Escape
t_quit "far"
# The article a claim's earlier verdict is of gets a new revision, which
# carries the verdict to a claim of its own: opened by its id, the claim
# is linked to that one, listed once.
DB="$T/revised.db"
printf '%s\n' "Jobs" "" "Unemployment fell to 3.7% in May, the Labor Department said." "" \
    "The mayor met unions on Monday." >"$T/jobs-a.txt"
printf '%s\n' "Jobs copy" "" "Unemployment fell to 3.7% in May, the Labor Department said." \
    >"$T/jobs-b.txt"
cdesk import "$T/jobs-a.txt" >/dev/null
cdesk --reviewer alice mark 1 1 disputed >/dev/null
cdesk import "$T/jobs-b.txt" >/dev/null
sed 's/on Monday\./on Tuesday, aides said./' "$T/jobs-a.txt" >"$T/jobs-a.new" &&
    mv "$T/jobs-a.new" "$T/jobs-a.txt"
cdesk import "$T/jobs-a.txt" >/dev/null
t_start 120 40 -- --no-advance 2
t_ready
t_keys p
t_wait "earlier verdicts on claim 1" "p on the copy"
t_wait "── 1/1 ─┐" "the verdict listed once"
t_lacks "not linked · claim 1 · Jobs" "not again as a candidate"
t_keys Escape
t_quit "revised"
t_eq "$(t_sql "SELECT r.number FROM claim_match m JOIN claim c ON c.id = m.earlier_id
    JOIN revision r ON r.id = c.revision_id")" 2 "linked to the new revision's claim"
DB="$T/claimdesk.db"

# A small terminal: the list still fits, a verdict at a time.
t_start 40 10 -- --no-advance "$T/council.txt"
t_ready
t_keys p
t_wait "earlier verdicts on" "p on a 40x10 terminal"
t_wait_re "▶ \?U +[0-9]{1,3}%" "the first verdict on a small terminal"
t_keys q
t_wait_gone "earlier verdicts on" "q closes the list"
t_quit "small terminal"

t_done
