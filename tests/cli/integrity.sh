# integrity.sh: a verdict is never wrong without anyone knowing: stale
# verdicts after a changed figure or a negation, mark saying what it did and
# refusing a dropped claim or an unexpected status, one article per file
# whatever its name, and "import --as" for a file moved and changed.
. "${top_srcdir:-.}/tests/cli/lib.sh"

RULES="$top_srcdir/tests/cli/fixtures/rules-digits"
cd "$T" || exit 1

q() {
	"$SQLITE3" "$CLAIMDESK_DB" "$1"
}

para() {
	printf '%s\n\n' "$@"
}

# --- A changed figure, a negation: stale, never silently moved --------------

para 'Spring survey' \
    'About 15 percent of the wells contained arsenic, the survey found.' \
    'Some of these wells serve 4 schools.' \
    'The council met 3 times in May.' >w.txt
run_ --rules "$RULES" import w.txt
expect_out '^1  3 claims  Spring survey$' "imported"
run_ mark 1 1 verified --note "Survey table 2"
run_ mark 1 2 disputed
run_ mark 1 3 verified
para 'Spring survey' \
    'About 20 percent of the wells contained arsenic, the survey found.' \
    'None of these wells serve 4 schools.' \
    'The council met 3 times in May.' >w.txt
run_ --rules "$RULES" import w.txt
expect_rc 0 "re-import"
expect_out '\(revision 2, 3 verdicts carried over, 2 now stale: text changed, 0 orphans\)$' "the import says two are stale"
check_ "the figure's verdict is stale" [ "$(q "SELECT v.stale_text FROM verdict v JOIN claim c ON c.id = v.claim_id WHERE c.text LIKE 'About 20 percent%'")" = 'About 15 percent of the wells contained arsenic, the survey found.' ]
check_ "the negation's verdict is stale" [ "$(q "SELECT count(*) FROM verdict v JOIN claim c ON c.id = v.claim_id WHERE c.text LIKE 'None of these%' AND v.stale_text IS NOT NULL")" -eq 1 ]
check_ "the unchanged claim is not" [ "$(q "SELECT count(*) FROM verdict v JOIN claim c ON c.id = v.claim_id WHERE c.text LIKE 'The council%' AND v.stale_text IS NULL AND v.status = 'verified'")" -eq 2 ]
check_ "history keeps the old text" [ "$(q "SELECT count(*) FROM history WHERE field = 'claim' AND new = 'stale' AND old LIKE 'About 15 percent%'")" -eq 1 ]
run_ stats
expect_out '^stale +2$' "stats counts them"
run_ check
expect_out '^verdicts    ok$' "check: the stale verdicts as their history says"
# A stale verdict shown as confirmed, which its history does not say (as an
# undo of a confirmation across imports once left it): check finds it.
fig="(SELECT c.id FROM claim c JOIN current_revision r ON r.id = c.revision_id WHERE c.text LIKE 'About 20 percent%')"
q "UPDATE verdict SET stale_text = NULL WHERE claim_id = $fig" >/dev/null
run_ check
expect_rc 1 "check: a stale verdict unmarked"
expect_out '^verdicts    1 not as their history says, first: .* claim 1$' "check names it"
q "UPDATE verdict SET stale_text = 'About 15 percent of the wells contained arsenic, the survey found.' WHERE claim_id = $fig" >/dev/null
run_ check
expect_rc 0 "check: as it was"
run_ list
expect_out '  ORPHANS$' "list to a script: its columns as they were"
script -qec "'$CLAIMDESK' list" /dev/null >"$T/tty.list" 2>&1 </dev/null
check_ "list on a terminal: a STALE column" \
    grep -Eq '^ 1  Spring survey +2 +3 +3 +2 +1 +0 +0 +2  ' "$T/tty.list"
run_ export --format md
expect_out '^### Claim 1: verified \(stale: the text changed after the verdict\)$' "md says stale"
expect_out '^- Verdict given on: About 15 percent of the wells' "md gives the old text"
expect_out '^- Progress: 3/3 reviewed · 2 verified · 1 disputed · 0 unsourced · stale: 1 verified, 1 disputed \(the text changed after the verdict\)$' "md counts them, each by its verdict"
run_ export --format csv
expect_out ',"About 15 percent of the wells contained arsenic, the survey found\."' "csv gives the old text"
run_ export --format csv --status stale
check_ "--status stale: the stale ones alone" [ "$(printf '%s\n' "$out" | grep -c '^1,Spring survey,[12],')" -eq 2 ] && [ "$(printf '%s\n' "$out" | grep -c '')" -eq 3 ]
run_ export --format json
check_ "json counts them" "$PYTHON3" -c '
import json, sys
a = json.loads(sys.argv[1])["articles"][0]
assert a["summary"]["stale"] == 2 and a["summary"]["verified"] == 2, a["summary"]
' "$out"
check_ "json: the history from the verdict given, the import saying stale" \
    "$PYTHON3" -c '
import json, sys
c = json.loads(sys.argv[1])["articles"][0]["claims"][0]
h = [(x["field"], x["new"], x["origin"]) for x in c["history"]]
assert h[:2] == [("status", "verified", None),
    ("note", "Survey table 2", None)], h
assert h[2][:2] == ("claim", "stale") and h[2][2].startswith("re-anchored"), h
assert len(h) == 3, h
' "$out"
run_ export --format html
expect_out '<mark class="c v-verified stale" id="a1-t1"><a class="n" href="#a1-c1" title="Claim 1: verified, stale: the text changed after the verdict">1.!✓</a>' "html marks them in the text"
expect_out '<li><span class="c stale"><span class="m">!</span> stale' "the legend has them"
expect_out '<td class="v"><span class="m">!✓</span> verified<span class="seen">stale</span></td>' "and so does the table"
run_ --org Desk export --format claimreview --url https://desk.example/r
expect_no_out 'About 20 percent' "ClaimReview leaves a stale verdict out"
expect_out 'The council met 3 times' "and publishes the others"
# The negation taken back: the sentence is again the text the verdict was
# given on, and the verdict is not stale any more; the figure's still is.
para 'Spring survey' \
    'About 20 percent of the wells contained arsenic, the survey found.' \
    'Some of these   wells serve 4 schools.' \
    'The council met 3 times in May.' >w.txt
run_ --rules "$RULES" import w.txt
expect_out '\(revision 3, 3 verdicts carried over, 1 no longer stale: text back, 0 orphans\)$' \
    "the text back: one no longer stale; the figure, stale before, not counted again"
check_ "the text back: not stale" [ "$(q "SELECT count(*) FROM verdict v JOIN claim c ON c.id = v.claim_id JOIN current_revision r ON r.id = c.revision_id WHERE c.text LIKE 'Some of these%' AND v.stale_text IS NULL AND v.status = 'disputed'")" -eq 1 ]
check_ "the history says so" [ "$(q "SELECT count(*) FROM history WHERE field = 'claim' AND old = 'stale' AND new = 'restored' AND origin LIKE '%the text the verdict was given on again%'")" -eq 1 ]
check_ "the figure's still stale, on its first text" [ "$(q "SELECT v.stale_text FROM verdict v JOIN claim c ON c.id = v.claim_id JOIN current_revision r ON r.id = c.revision_id WHERE c.text LIKE 'About 20 percent%'")" = 'About 15 percent of the wells contained arsenic, the survey found.' ]
# A stale verdict cleared: it says so (a database of its own, as the one
# above goes on).
para 'Spring survey' \
    'About 15 percent of the wells contained arsenic, the survey found.' >c.txt
run_ --db "$T/clear.db" --rules "$RULES" import c.txt
run_ --db "$T/clear.db" mark 1 1 verified
sed 's/15 percent/20 percent/' c.txt >c2.txt && mv c2.txt c.txt
run_ --db "$T/clear.db" --rules "$RULES" import c.txt
run_ --db "$T/clear.db" mark 1 1 clear
expect_out '^article 1 claim 1 "About 20 percent of the wells contained…": verified -> unreviewed \(its stale verdict cleared\)$' "clear says it cleared a stale verdict"
# Marking again clears it.
run_ mark 1 1 verified
expect_out '^article 1 claim 1 "About 20 percent of the wells contained…": verified -> verified \(confirmed on its text as it is now\)$' "mark confirms"
check_ "no longer stale" [ "$(q "SELECT count(*) FROM verdict v JOIN claim c ON c.id = v.claim_id JOIN current_revision r ON r.id = c.revision_id WHERE v.stale_text IS NOT NULL")" -eq 0 ]
check_ "the confirmation is in the history" [ "$(q "SELECT count(*) FROM history WHERE field = 'claim' AND old = 'stale' AND new = 'confirmed'")" -eq 1 ]
# A stale verdict whose claim then leaves the text: an orphan, still stale,
# and --status stale lists it with the others.
para 'Harbour works' 'The pier will close for 14 weeks, the port said.' \
    'Dredging cost 3 million pounds, officials said.' >h.txt
run_ --db "$T/orph.db" --rules "$RULES" import h.txt
run_ --db "$T/orph.db" mark 1 1 verified
sed 's/14 weeks/16 weeks/' h.txt >h2.txt && mv h2.txt h.txt
run_ --db "$T/orph.db" --rules "$RULES" import h.txt
expect_out '1 now stale: text changed, 0 orphans\)$' "stale first"
para 'Harbour works' 'Dredging cost 3 million pounds, officials said.' >h.txt
run_ --db "$T/orph.db" --rules "$RULES" import h.txt
expect_out '1 orphan\)$' "then an orphan"
run_ --db "$T/orph.db" export --format json --status stale
check_ "--status stale lists a stale orphan" "$PYTHON3" -c '
import json, sys
a = json.loads(sys.stdin.read())["articles"]
assert len(a) == 1 and a[0]["claims"] == [], a
o = a[0]["orphans"]
assert len(o) == 1 and o[0]["stale"] and o[0]["text"].startswith("The pier will close for 16"), o
' <"$T/out"
run_ --db "$T/orph.db" export --format md --status verified
expect_out '^#### Revision 2, claim 1: verified \(stale' "and --status verified still does"
run_ --db "$T/orph.db" export --format md --status disputed
expect_no_out 'Revision 2, claim 1' "not another status"
run_ --db "$T/orph.db" mark --expect verified 1 2 disputed
expect_err '^claimdesk: article 1: claim 2 is unreviewed, not verified \(not changed since it was imported\); nothing was changed$' \
    "--expect on a claim never changed says so"

# --- mark: says what it did, refuses a dropped claim, --expect --------------

run_ mark 1 3 disputed --note "Minutes say 2"
expect_rc 0 "mark"
expect_out '^article 1 claim 3 "The council met 3 times in May\.": verified -> disputed, note set$' "mark says what it did"
"$SQLITE3" "$CLAIMDESK_DB" "UPDATE claim SET dismissed = 1 WHERE number = 2 AND revision_id = (SELECT max(id) FROM revision)"
run_ mark 1 2 verified
expect_rc 1 "a dropped claim is refused"
expect_err '^claimdesk: article 1 claim 2 is dropped' "the refusal says so"
check_ "nothing written on the dropped claim" [ "$(q "SELECT v.status FROM verdict v JOIN claim c ON c.id = v.claim_id WHERE c.text LIKE 'None of these%'")" = disputed ]
run_ mark --expect unreviewed 1 3 verified
expect_rc 1 "--expect refuses a claim with another status"
expect_err '^claimdesk: article 1: claim 3 is disputed, not unreviewed \(changed by [^ ]+ at [^ ]+, now disputed\); nothing was changed$' "--expect names who changed it"
expect_verdict_() {
	[ "$(q "SELECT v.status FROM verdict v JOIN claim c ON c.id = v.claim_id JOIN current_revision r ON r.id = c.revision_id WHERE c.number = $1")" = "$2" ]
}
check_ "--expect wrote nothing" expect_verdict_ 3 disputed
run_ mark --expect disputed 1 3 unsourced
expect_rc 0 "--expect with the status it has"
check_ "--expect wrote" expect_verdict_ 3 unsourced
run_ mark --expect bogus 1 3 unsourced
expect_rc 2 "--expect takes a status"

# --- A new revision counts verdicts apart from other work -----------------
# A note without a verdict and a claim dropped are kept, but are not
# verdicts: the import says so apart.

para 'Quarry report' \
    'The quarry employs 40 people.' \
    'It shipped 9 tonnes in March.' \
    'Trucks leave 6 times a day.' >k.txt
run_ --db "$T/kept.db" --rules "$RULES" import k.txt
run_ --db "$T/kept.db" mark 1 1 verified
run_ --db "$T/kept.db" mark 1 2 clear --note "Ask the port"
"$SQLITE3" "$T/kept.db" "UPDATE claim SET dismissed = 1 WHERE number = 3"
para 'Quarry report' \
    'The quarry employs 40 people.' \
    'It shipped 9 tonnes in March.' \
    'Trucks leave 6 times a day.' \
    'A road was built in 2019.' >k.txt
run_ --db "$T/kept.db" --rules "$RULES" import k.txt
expect_rc 0 "re-import"
expect_out '\(revision 2, 1 verdict carried over, 2 other edits kept, 0 orphans\)$' \
    "a note and a drop are counted apart from the verdict"

# --- One article per file, whatever the name --------------------------------

mkdir -p d
para 'Dams' 'The dam holds 40 million cubic metres.' >d/a.txt
run_ --rules "$RULES" import d/a.txt
expect_out '^2  1 claim  Dams$' "d/a.txt is article 2"
for name in d//a.txt d/../d/a.txt ./d/a.txt "$T/d/a.txt"; do
	run_ --rules "$RULES" import "$name"
	expect_out '^2  1 claim  Dams  \(unchanged\)$' "$name is article 2"
done
ln -s d linked
run_ --rules "$RULES" import linked/a.txt
expect_out '^2  1 claim  Dams  \(unchanged\)$' "through a linked directory it is article 2"
cp d/a.txt copy.txt
run_ --rules "$RULES" import copy.txt
expect_out "^2  1 claim  Dams  \\(the same text as article 2, .*/d/a\\.txt\\)$" "a byte-identical copy is article 2"
check_ "no new article for any of them" [ "$(q 'SELECT count(*) FROM article')" -eq 2 ]
run_ mark linked/a.txt 1 verified
expect_rc 0 "mark by a linked path"

# A file moved and changed: --as makes it the article's next revision, its
# verdicts carried.
mkdir e
para 'Dams' 'The dam holds 40 million cubic metres.' 'It was built in 1961.' >e/moved.txt
rm d/a.txt
run_ --rules "$RULES" import --as 2 e/moved.txt
expect_rc 0 "import --as"
expect_out '^2  2 claims  Dams  \(revision 2, 1 verdict carried over, 0 orphans\)$' "--as re-anchors"
check_ "the article's file is the new one" [ "$(q 'SELECT path FROM article WHERE id = 2')" = "$(cd e && pwd -P)/moved.txt" ]
run_ --rules "$RULES" import --as 9 e/moved.txt
expect_rc 1 "--as an unknown article"
run_ --rules "$RULES" import --as 2 e/moved.txt w.txt
expect_rc 2 "--as takes one file"
# The copy left behind holds the article's first revision: it is that
# article still, not a new one.
run_ --rules "$RULES" import copy.txt
expect_rc 0 "the copy of an earlier revision"
expect_out "^2  2 claims  Dams  \\(the same text as its revision 1, now .*/e/moved\\.txt: not imported again\\)$" \
    "the copy is article 2's revision 1"
check_ "still no new article" [ "$(q 'SELECT count(*) FROM article')" -eq 2 ]
# Nor does it say where the article is published now.
run_ --rules "$RULES" import --url https://old.example/dams copy.txt
expect_rc 0 "an earlier revision's copy with --url"
expect_err 'warning: --url not set: the text is of an earlier revision' "--url left: said"
check_ "no URL given to the article" [ -z "$(q "SELECT url FROM revision_meta WHERE url LIKE '%old.example%'")" ]

# A file moved without --as (mv, then import): the article goes with it,
# so that its next edit is its next revision, not a new article. Not on
# a server, where the file may be another reviewer's on their machine:
# there --as says it.
mkdir m
para 'Weirs' 'The weir holds 7 million litres.' >m/w.txt
run_ --rules "$RULES" import m/w.txt
expect_out '^3  1 claim  Weirs$' "m/w.txt is article 3"
run_ mark 3 1 verified
mv m/w.txt m/w2.txt
run_ --rules "$RULES" import m/w2.txt
if [ -z "${CLAIMDESK_TEST_PG:-}" ]; then
	expect_out "^3  1 claim  Weirs  \\(moved here from .*/m/w\\.txt, where its file is gone\\)$" \
	    "moved: said"
	check_ "the article's file is the new one" [ "$(q 'SELECT path FROM article WHERE id = 3')" = "$(cd m && pwd -P)/w2.txt" ]
else
	expect_out "^3  1 claim  Weirs  \\(the same text as article 3, .*/m/w\\.txt\\)$" \
	    "on a server: the same text, the article where it was"
	run_ --rules "$RULES" import --as 3 m/w2.txt
	expect_rc 0 "on a server: --as moves it"
fi
sed 's/7 million/9 million/' m/w2.txt >m/w3 && mv m/w3 m/w2.txt
run_ --rules "$RULES" import m/w2.txt
expect_out '^3  1 claim  Weirs  \(revision 2, 1 verdict carried over, 1 now stale: text changed, 0 orphans\)$' \
    "then edited: its next revision, its verdict carried"

# Orphans of an earlier import are told apart from those this one made.
para 'Quays' 'The port has 40 cranes.' 'The mayor promised 300 buses.' \
    'The quay is 2 km long.' >quays.txt
run_ --rules "$RULES" import quays.txt
expect_out '^4  3 claims  Quays$' "quays.txt is article 4"
run_ mark 4 2 verified
run_ mark 4 3 disputed
para 'Quays' 'The port has 40 cranes.' 'The quay is 2 km long.' >quays.txt
run_ --rules "$RULES" import quays.txt
expect_out '\(revision 2, 1 verdict carried over, 1 orphan\)$' "one orphan, new"
para 'Quays' 'The port has 40 cranes.' >quays.txt
run_ --rules "$RULES" import quays.txt
expect_out '\(revision 3, 0 verdicts carried over, 2 orphans: 1 new\)$' \
    "two orphans, one of them new"
para 'Quays' 'The port has 41 cranes.' >quays.txt
run_ --rules "$RULES" import quays.txt
expect_out '\(revision 4, 0 verdicts carried over, 2 orphans: none new\)$' \
    "the same two, none new"

# A text the verdict was given on that comes back with other quotes is
# back all the same: typography is no change.
para 'Homes' 'The minister said "we will build 300,000 homes" by 2030.' \
    'The weather was mild.' >homes.txt
run_ --rules "$RULES" import homes.txt
run_ mark 5 1 verified
sed 's/300,000/400,000/' homes.txt >homes.new && mv homes.new homes.txt
run_ --rules "$RULES" import homes.txt
expect_out '1 now stale: text changed' "the figure changed: stale"
sed 's/400,000/300,000/; s/"we/\xe2\x80\x9cwe/; s/homes"/homes\xe2\x80\x9d/' \
    homes.txt >homes.new && mv homes.new homes.txt
run_ --rules "$RULES" import homes.txt
expect_out '1 no longer stale: text back' "back, with curly quotes"

# After every edit, undo, conflict, stale, orphan and move above, the
# history is one chain and every verdict is what its history says.
run_ check
expect_rc 0 "check after the integrity work"
expect_out '^verdicts    ok$' "every verdict agrees with its history"
expect_out '^chain       ok, rows 1-' "one chain"

# A note with no verdict goes stale as a verdict does, and is counted and
# named as the note it is.
para 'Pier notes' 'The pier is 120 metres long, the port said.' >pier.txt
run_ --db "$T/pier.db" --rules "$RULES" import pier.txt
run_ --db "$T/pier.db" mark pier.txt 1 clear --note "Check the port's map"
para 'Pier notes' 'The pier is 140 metres long, the port said.' >pier.txt
run_ --db "$T/pier.db" --rules "$RULES" import pier.txt
expect_out '1 now stale' "the note made stale"
run_ --db "$T/pier.db" export --format md
expect_out '^### Claim 1: unreviewed \(stale: the text changed after the note\)$' "md: a stale note, so named"
expect_out '^- Note written on: The pier is 120 metres long' "md: the text the note was written on"
expect_out '· stale: 1 note \(the text changed' "md: counted as a note"
script -qec "'$CLAIMDESK' --db '$T/pier.db' list" /dev/null >"$T/tty.list" 2>&1 </dev/null
check_ "list on a terminal: the stale note counted, as stats counts it" \
    grep -Eq '^ 1  Pier notes +2 +1 +0 +0 +0 +0 +0 +1  ' "$T/tty.list"
run_ --db "$T/pier.db" stats
expect_out '^stale +1$' "stats counts it too"
run_ --db "$T/pier.db" export --format html
expect_out 'title="Claim 1: unreviewed, stale: the text changed after the note"' \
    "html: the mark's title names the note"
# A verdict given and taken back by another leaves the note its writer's.
run_ --db "$T/pier.db" --reviewer bob mark pier.txt 1 verified
run_ --db "$T/pier.db" --reviewer bob mark pier.txt 1 clear
run_ --db "$T/pier.db" export --format md
expect_out "^- Reviewer: not reviewed yet \\(note by $CLAIMDESK_REVIEWER, " "md: the note's writer"
expect_no_out 'bob' "md: not the one who cleared a verdict"
run_ --db "$T/pier.db" export --format json
check_ "json: no reviewer, the note by its writer" "$PYTHON3" -c '
import json, sys
c = json.load(sys.stdin)["articles"][0]["claims"][0]
assert (c["reviewer"], c["note_by"]) == (None, sys.argv[1]), c
' "$CLAIMDESK_REVIEWER" <"$T/out"

done_
