# seen.sh: earlier verdicts: import-verdicts (TSV and every ClaimReview
# shape, once by id, all or nothing), seen (json and tsv, the confident
# tier), and claims linked to imported verdicts on import.
. "${top_srcdir:-.}/tests/cli/lib.sh"

if ! "$SQLITE3" -version >/dev/null 2>&1; then
	echo "sqlite3 not found (apt-get install sqlite3)" >&2
	exit 1
fi
q() { "$SQLITE3" "$CLAIMDESK_DB" "$1"; }
TAB=$(printf '\t')

# -- import-verdicts, TSV -----------------------------------------------------
{
	printf 'id\tclaim\tverdict\trating\turl\tdate\torg\n'
	printf 'fd-101\tThe Kelso harbour handled 120 ships in 2023.\t\tMostly false\thttps://factdesk.example/101\t26 May 2024\tFactdesk\n'
	printf 'fd-102\tVeterans with PTSD waited 90 days for care in 2022.\tverified\t\thttps://factdesk.example/102\t2024-06-01\tFactdesk\n'
	printf 'fd-103\tThe council spent 4 million dollars on road repairs.\t\t\t\t\t\n'
} >"$T/archive.tsv"
run_ import-verdicts "$T/archive.tsv"
expect_rc 0 "import-verdicts tsv"
expect_out '^3 earlier verdicts: 3 new, 0 updated, 0 unchanged; 1 with no verdict' \
    "import-verdicts counts"
check_ "three rows" [ "$(q 'SELECT count(*) FROM imported_verdict')" -eq 3 ]
check_ "rating mapped, kept as published, date as ISO" [ "$(q "SELECT status || '|' || rating || '|' || date FROM imported_verdict WHERE ext_id = 'fd-101'")" = "disputed|Mostly false|2024-05-26" ]
check_ "no rating: unknown" [ "$(q "SELECT coalesce(status, 'null') FROM imported_verdict WHERE ext_id = 'fd-103'")" = null ]

# Again: nothing new; a changed rating updates its row, never a second one.
run_ import-verdicts --format tsv "$T/archive.tsv"
expect_out '^3 earlier verdicts: 0 new, 0 updated, 3 unchanged' "idempotent"
sed 's/Mostly false/Pants on Fire!/' "$T/archive.tsv" >"$T/archive2.tsv"
run_ import-verdicts "$T/archive2.tsv"
expect_out '^3 earlier verdicts: 0 new, 1 updated, 2 unchanged' "updated"
check_ "still three rows" [ "$(q 'SELECT count(*) FROM imported_verdict')" -eq 3 ]
check_ "the new rating" [ "$(q "SELECT rating FROM imported_verdict WHERE ext_id = 'fd-101'")" = "Pants on Fire!" ]

# A header in capitals names its columns as well; one verdict is one.
printf 'ID\tClaim\tVerdict\nfd-104\tThe ferry carried 9,000 cars in 2022.\tverified\n' \
    >"$T/caps.tsv"
run_ import-verdicts "$T/caps.tsv"
expect_rc 0 "import-verdicts: a header in capitals"
expect_out '^1 earlier verdict: 1 new, 0 updated' "one verdict, counted"
check_ "the capitals' row" [ "$(q "SELECT status FROM imported_verdict WHERE ext_id = 'fd-104'")" = verified ]

# One page may review several claims: without an id, each claim of a url
# is a verdict of its own. A claim given twice in the file is told of,
# the later kept; so is a date that cannot be read. A spreadsheet's
# quoting is undone.
P="$T/pages.db"
{
	printf 'claim\trating\turl\tdate\n'
	printf '"The dam holds 40 million litres, officials said."\tFalse\thttps://factdesk.example/dams\t2024-03-02\n'
	printf 'The dam cost 12 million dollars.\tTrue\thttps://factdesk.example/dams\tlast spring\n'
	printf 'The reservoir covers 300 hectares.\tFalse\t\t2024-03-04\n'
	printf 'The reservoir covers 300 hectares.\tTrue\t\t2024-03-05\n'
	printf 'The canal is 40 km long.\tTrue\t\t10/03/2025\n'
} >"$T/pages.tsv"
run_ --db "$P" import-verdicts "$T/pages.tsv"
expect_rc 0 "import-verdicts: one page, two claims"
expect_out '^5 earlier verdicts: 4 new, 0 updated, 0 unchanged, 1 given again in the file \(the later kept\);' \
    "a verdict given again, counted"
check_ "both claims of one page kept" [ "$("$SQLITE3" "$P" "SELECT count(*) FROM imported_verdict WHERE url = 'https://factdesk.example/dams'")" -eq 2 ]
check_ "the later of two rows kept" [ "$("$SQLITE3" "$P" "SELECT rating || '|' || date FROM imported_verdict WHERE claim = 'The reservoir covers 300 hectares.'")" = "True|2024-03-05" ]
check_ "quoting undone" [ "$("$SQLITE3" "$P" "SELECT count(*) FROM imported_verdict WHERE claim = 'The dam holds 40 million litres, officials said.'")" -eq 1 ]
expect_err "^claimdesk: $T/pages.tsv: line 5 \(\"The reservoir covers 300 hectares.\"\): gives again the claim of line 4; this one is kept" \
    "the line given again, told"
expect_err "^claimdesk: $T/pages.tsv: line 3 \(\"The dam cost 12 million dollars.\"\): its date cannot be read; kept as written" \
    "the unread date, told"
expect_err "^claimdesk: $T/pages.tsv: line 6 \(\"The canal is 40 km long.\"\): its date cannot be read; kept as written" \
    "a date whose day and month cannot be told apart, told"
check_ "that date kept as written" [ "$("$SQLITE3" "$P" "SELECT date FROM imported_verdict WHERE claim = 'The canal is 40 km long.'")" = "10/03/2025" ]
expect_err_lines 3 "told once each"
run_ --db "$P" import-verdicts "$T/pages.tsv"
expect_out '^5 earlier verdicts: 0 new, 1 updated, 3 unchanged, 1 given again' \
    "one page imported again: no new rows"
check_ "still four rows" [ "$("$SQLITE3" "$P" "SELECT count(*) FROM imported_verdict")" -eq 4 ]
# A verdict an earlier release keyed by its url alone is found again by
# its url and claim, not added twice.
"$SQLITE3" "$P" "UPDATE imported_verdict SET ext_id = url WHERE claim = 'The dam cost 12 million dollars.'"
run_ --db "$P" import-verdicts "$T/pages.tsv"
expect_rc 0 "import-verdicts over a url-keyed verdict"
check_ "the url-keyed verdict keyed anew, not doubled" [ "$("$SQLITE3" "$P" "SELECT count(*) || '|' || sum(ext_id LIKE 'https://factdesk.example/dams#claim:%') FROM imported_verdict")" = "4|2" ]
# A verdict published again with another rating: the claims given a verdict
# here that are linked to it and now say otherwise are told of.
printf 'Dam\n\nThe dam cost 12 million dollars.\n' >"$T/dam.txt"
run_ --db "$P" import "$T/dam.txt"
check_ "the dam claim linked to the published verdict" [ "$("$SQLITE3" "$P" "SELECT count(*) FROM imported_match")" -eq 1 ]
run_ --db "$P" mark "$T/dam.txt" 1 verified
# A revision after the verdict: the claim told of once, as it is now.
printf 'Dam\n\nThe dam cost 12 million dollars.\n\nIt opened in 1990.\n' >"$T/dam.txt"
run_ --db "$P" import "$T/dam.txt"
sed 's/cost 12 million dollars.\tTrue/cost 12 million dollars.\tFalse/' "$T/pages.tsv" >"$T/pages-false.tsv"
run_ --db "$P" import-verdicts "$T/pages-false.tsv"
expect_rc 0 "import-verdicts: a rating changed"
expect_err '^claimdesk: .*pages-false\.tsv: claim 1 of "Dam" \(article [0-9]+\) is verified, but the verdict it is linked to \(https://factdesk\.example/dams, "The dam cost 12 million dollars\."\) now says disputed: look at it again$' \
    "a claim that took the old verdict, told"
expect_err_lines 4 "told once, as the claim is now"
# Until it is looked at, a report tells of it.
run_ --db "$P" export --format md
expect_rc 0 "export with a claim its published verdict now disputes"
expect_err '^claimdesk: export: warning: claim 1 of "Dam" \(article [0-9]+\) is verified, but the verdict published elsewhere it is linked to \(https://factdesk\.example/dams\) now says disputed$' \
    "export: the claim its published verdict disputes, told"
expect_out '^  - disputed, rated “False” as published .*% alike — \*\*it says otherwise than this verdict, imported since it was given\*\*$' \
    "md: said beside the published verdict"
run_ --db "$P" export --format html
expect_out '<strong class="dissent">It says otherwise than this verdict, imported since it was given\.</strong>' \
    "html: said beside the published verdict"
run_ --db "$P" export --format json
check_ "json: the published verdict contradicts the claim" "$PYTHON3" -c '
import json, sys
cl = [c for a in json.load(sys.stdin)["articles"] for c in a["claims"]
      if c["text"].startswith("The dam cost")]
m = [x for x in cl[0]["matches"] if x["article"] is None]
assert [x["contradicts"] for x in m] == [True], m
' <"$T/out"
# Given its verdict again, on purpose: looked at, nothing more to tell.
run_ --db "$P" mark "$T/dam.txt" 1 unsourced
run_ --db "$P" mark "$T/dam.txt" 1 verified
"$SQLITE3" "$P" "UPDATE imported_verdict SET imported_at = '2000-01-01T00:00:00Z'"
run_ --db "$P" export --format md
expect_err_lines 0 "given its verdict again: nothing to tell"
expect_no_out 'it says otherwise than this verdict' "md: nothing said beside it"
run_ --db "$P" import-verdicts "$T/pages-false.tsv"
expect_err_lines 3 "told once: not again when nothing changed"

run_ --db "$P" seen --format tsv "The reservoir covers 300 hectares."
expect_rc 0 "seen over made ids"
check_ "a made id is shown as none" [ "$(printf '%s\n' "$out" | grep -c 'claim:')" -eq 0 ]

# -- import-verdicts, ClaimReview ---------------------------------------------
review() {	# ID CLAIM RATING
	printf '{"@context": "https://schema.org", "@type": "ClaimReview", "@id": "%s", "claimReviewed": "%s", "reviewRating": {"@type": "Rating", "alternateName": "%s"}, "url": "https://other.example/%s", "datePublished": "2024-02-0%s", "author": {"@type": "Organization", "name": "Other Desk"}, "itemReviewed": {"@type": "Claim", "appearance": {"url": "https://news.example/%s"}}}' \
	    "$1" "$2" "$3" "$1" "${1#cr-}" "$1"
}
review cr-1 "The mayor of Springfield cut the school budget by 12 percent." "False" >"$T/one.json"
{ printf '['; review cr-2 "Drone strikes hit 40 villages in the north." "True"; printf ','
  review cr-3 "Exports of wheat doubled in 2021." "Misleading"; printf ']\n'; } >"$T/array.jsonld"
{ printf '{"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "name": "x"}, '
  review cr-4 "Half of the city buses run on batteries." "Mixture"; printf ']}\n'; } >"$T/graph.json"
{ review cr-5 "The new stadium cost 600 million euros." "Unproven"; echo
  review cr-6 "Tap water in the city contains lead." "Satire"; echo; } >"$T/lines.jsonl"
for f in one.json array.jsonld graph.json; do
	run_ import-verdicts "$T/$f"
	expect_rc 0 "import-verdicts $f"
done
run_ import-verdicts --format claimreview - <"$T/lines.jsonl"
expect_rc 0 "import-verdicts JSON lines from standard input"
expect_out '^2 earlier verdicts: 2 new' "JSON lines counted"
check_ "every ClaimReview shape read" [ "$(q "SELECT count(*) FROM imported_verdict WHERE ext_id LIKE 'cr-%'")" -eq 6 ]
check_ "ClaimReview fields" [ "$(q "SELECT status || '|' || rating || '|' || url || '|' || date || '|' || org || '|' || appearance FROM imported_verdict WHERE ext_id = 'cr-4'")" = "disputed|Mixture|https://other.example/cr-4|2024-02-04|Other Desk|https://news.example/cr-4" ]
run_ import-verdicts "$T/array.jsonld"
expect_out '^2 earlier verdicts: 0 new, 0 updated, 2 unchanged' "ClaimReview idempotent"

# -- refusals: one line, nothing imported -------------------------------------
before=$(q 'SELECT count(*) FROM imported_verdict')
printf '[{"claimReviewed": "A"},\n {"claimReviewed": ]\n' >"$T/bad.json"
printf 'id\ttext\nx\ty\n' >"$T/noclaim.tsv"
printf 'id\tclaim\nx\ty\nz\tw\textra\n' >"$T/wide.tsv"
printf 'claim\nA claim \377 here\n' >"$T/latin1.tsv"
printf '[{"@type": "ClaimReview", "url": "https://x.example"}]' >"$T/noreviewed.json"
for case in "bad.json:line 2: " "noclaim.tsv:line 1: the header names no claim column" \
    "wide.tsv:line 3: 3 fields, the header has 2" "latin1.tsv:line 2: not UTF-8 text" \
    "noreviewed.json:ClaimReview 1 \\(line 1\\): no claimReviewed"; do
	f=${case%%:*}
	msg=${case#*:}
	run_ import-verdicts "$T/$f"
	expect_rc 1 "refused: $f"
	expect_err "^claimdesk: $T/$f: $msg" "refusal message: $f"
	expect_err_lines 1 "refusal in one line: $f"
done
cat "$T/archive.tsv" >"$T/half.tsv"
printf 'fd-900\tA fine claim.\t\t\t\t\t\nfd-901\tA bad line\t\t\t\t\t\textra\n' >>"$T/half.tsv"
run_ import-verdicts --format tsv "$T/half.tsv"
expect_rc 1 "a bad line late in the file"
check_ "nothing imported from refused files" [ "$(q 'SELECT count(*) FROM imported_verdict')" -eq "$before" ]
run_ import-verdicts "$T/missing.tsv"
expect_rc 1 "missing file"
expect_err "^claimdesk: $T/missing.tsv: No such file or directory" "missing file message"
run_ import-verdicts --format xml "$T/archive.tsv"
expect_rc 2 "unknown format"
run_ import-verdicts
expect_rc 2 "no file"

# -- seen ---------------------------------------------------------------------
run_ seen --format json "Is it true that in 2023 the harbour of Kelso handled 120 ships?"
expect_rc 0 "seen json"
check_ "seen json: the fields, the match first, confident" "$PYTHON3" -c '
import json, sys
d = json.loads(sys.argv[1])
assert d["query"].startswith("Is it true"), d
m = d["matches"]
assert m and set(m[0]) == {"id", "similarity", "confident", "claim", "verdict",
    "rating", "url", "date", "org", "differs", "article", "claim_number"}, m
assert m[0]["differs"] is None, m[0]
assert m[0]["id"] == "fd-101" and m[0]["confident"] is True, m[0]
assert m[0]["verdict"] == "disputed" and m[0]["rating"] == "Pants on Fire!"
assert m[0]["date"] == "2024-05-26" and m[0]["org"] == "Factdesk"
assert m[0]["article"] is None and m[0]["claim_number"] is None
assert 0 <= m[0]["similarity"] <= 1
assert all(not x["confident"] for x in m[1:]), m
s = [x["similarity"] for x in m]
assert s == sorted(s, reverse=True), s
' "$out"

# Abbreviations, synonyms and number words read alike.
run_ seen --top 1 --format tsv "Veterans with post-traumatic stress disorder waited ninety days for care in 2022"
expect_rc 0 "seen tsv"
expect_out "^id${TAB}similarity${TAB}confident${TAB}verdict${TAB}rating${TAB}date${TAB}url${TAB}article${TAB}claim_number${TAB}claim$" "seen tsv header"
expect_out "^fd-102${TAB}[01]\.[0-9]{3}${TAB}1${TAB}verified${TAB}" "seen tsv: synonyms found, confident"
check_ "--top 1: one match" [ "$(printf '%s\n' "$out" | grep -c '')" -eq 2 ]
# A number word the first word read: the word lists are loaded before
# their values are (this crashed).
run_ seen --top 1 --format tsv "Ninety days: veterans with PTSD waited for care in 2022"
expect_rc 0 "a number word first"
expect_out "^fd-102${TAB}" "a number word first: found"

# The near misses: still listed first, never confident, saying why.
for text in "The Kelso harbour handled 130 ships in 2023." \
    "The Kelso harbour handled 120 ships in 2022." \
    "The Kelso harbour handled 120 boats in 2023." \
    "The Kelso harbour never handled 120 ships in 2023." \
    "The Dover harbour handled 120 ships in 2023."; do
	run_ seen --top 1 "$text"
	expect_out "^fd-101${TAB}[01]\.[0-9]{3}${TAB}0${TAB}" "near miss not confident: $text"
done
run_ seen --top 1 --format json "The Dover harbour handled 120 ships in 2023."
expect_out '"differs": "it says \\"Kelso\\", not \\"Dover\\""' \
    "seen json: a word put for another"
run_ seen --top 1 --format json "The Kelso harbour never handled 120 ships in 2023."
expect_out '"differs": "this denies what it says"' "seen json: negated"

printf 'Exports of wheat doubled in 2021, officials said.\n' >"$T/q.txt"
run_ seen --top 1 --format json - <"$T/q.txt"
expect_out '"id": "cr-3", "similarity": [01]\.[0-9]+, "confident": true' "seen - reads standard input"
run_ seen --top 3 Drone strikes hit 40 villages
expect_out "^cr-2${TAB}" "words as operands are one text"
run_ seen --top 1 "-Drone strikes hit 40 villages, a post said"
expect_out "^cr-2${TAB}" "a text that begins with a dash is text"
run_ seen --top 1 -- -40
expect_rc 0 "a text after --"
run_ seen --format json "Nothing at all alike"
expect_rc 0 "seen with no match"
expect_out '^\{"query": "Nothing at all alike", "matches": \[\]\}$' "an empty list"
run_ seen --top 0 x
expect_rc 2 "--top 0"
run_ seen
expect_rc 2 "seen without text"
run_ seen --db "$T/none.db" "text"
expect_rc 1 "seen without a database"
expect_err_lines 1 "seen without a database: one line"

# -- verdicts given here, and linking on import --------------------------------
run_ import "$SAMPLE"
expect_rc 0 "import the sample"
# The claim's number, whatever the shipped model makes the sample's claims.
n=$(q "SELECT number FROM claim WHERE text LIKE 'More than 3,000 men%'")
run_ mark 1 "$n" verified
expect_rc 0 "mark claim $n"
run_ seen --top 1 --format json "More than 3,000 men were killed or wounded in the Kursk region, according to statements by the Ukrainian president"
check_ "a verdict given here: its id, article and number" "$PYTHON3" -c '
import json, sys
m = json.loads(sys.argv[1])["matches"][0]
n = int(sys.argv[2])
assert m["id"] == "a1c%d" % n and m["article"] == 1 and m["claim_number"] == n, m
assert m["verdict"] == "verified" and m["confident"] is True and m["rating"] is None, m
' "$out" "$n"
run_ seen --top 1 "Over 3,000 North Korean soldiers were killed or wounded in Kursk"
expect_out "^a1c${n}${TAB}[01]\.[0-9]{3}${TAB}0${TAB}verified" "other words counted: found, not confident"
run_ seen --top 1 "More than 3,000 men were killed or wounded in the Kursk region, officials said"
expect_out "^a1c${n}${TAB}" "the claim without its source: found first"
# The other way round is another claim: found, never confident.
run_ seen --top 1 "Fewer than 3,000 men were killed or wounded in the Kursk region, according to statements by the Ukrainian president"
expect_out "^a1c${n}${TAB}[01]\.[0-9]{3}${TAB}0${TAB}verified" "fewer for more: not confident"

printf 'Roundup\n\nThe Kelso harbour handled 120 ships in 2023, the port authority said.\n\nMore than 3,000 men were killed or wounded in the Kursk region, according to statements by the Ukrainian president.\n\nThe Kelso harbour handled 130 ships in 2023, the port authority said.\n' >"$T/roundup.txt"
run_ import "$T/roundup.txt"
expect_rc 0 "import an article repeating earlier verdicts"
check_ "linked to the imported verdict" [ "$(q "SELECT count(*) FROM imported_match m JOIN imported_verdict i ON i.id = m.imported_id WHERE i.ext_id = 'fd-101'")" -eq 1 ]
check_ "the other number not linked" [ "$(q 'SELECT count(*) FROM imported_match')" -eq 1 ]
check_ "linked to the claim given here" [ "$(q 'SELECT count(*) FROM claim_match')" -eq 1 ]
run_ export --format json --article 2
check_ "export json: the matches, here and published elsewhere" "$PYTHON3" -c '
import json, sys
cl = json.loads(sys.argv[1])["articles"][0]["claims"]
m = [c["matches"] for c in cl if c["matches"]]
assert len(m) == 2, cl
here = [x for x in m if x[0]["article"] is not None][0]
assert len(here) == 1 and here[0]["article"] == 1, cl
assert here[0]["claim"] == int(sys.argv[2]), cl
assert here[0]["status"] == "verified" and 0 < here[0]["similarity"] <= 1, m
pub = [x for x in m if x[0]["article"] is None][0]
assert len(pub) == 1 and pub[0]["claim"] is None, m
assert pub[0]["imported"] == "fd-101" and pub[0]["status"] == "disputed", m
assert pub[0]["rating"] == "Pants on Fire!" and pub[0]["org"] == "Factdesk", m
assert pub[0]["url"] == "https://factdesk.example/101", m
assert 0 < pub[0]["similarity"] <= 1, m
' "$out" "$n"
run_ export --format md --article 2
expect_out '^  - disputed, rated “Pants on Fire!” as published by Factdesk \(fd-101 <https://factdesk\.example/101>\), [0-9]+% alike$' \
    "export md: the verdict published elsewhere"
run_ export --format html --article 2
expect_out 'Seen before: <span class="m v-disputed">[^<]*</span> disputed, rated “Pants on Fire!” as published by Factdesk \(fd-101\)' \
    "export html: the verdict published elsewhere"

# Verdicts imported after an article: linked when it is imported again.
printf 'Later\n\nBus fares rose by 15 percent in 2024, the transport agency said.\n' >"$T/later.txt"
run_ import "$T/later.txt"
printf 'id\tclaim\tverdict\nfd-200\tBus fares rose by 15 percent in 2024.\tTrue\n' >"$T/late.tsv"
run_ import-verdicts "$T/late.tsv"
check_ "not linked before" [ "$(q "SELECT count(*) FROM imported_match m JOIN imported_verdict i ON i.id = m.imported_id WHERE i.ext_id = 'fd-200'")" -eq 0 ]
run_ import "$T/later.txt"
check_ "linked on the unchanged import" [ "$(q "SELECT count(*) FROM imported_match m JOIN imported_verdict i ON i.id = m.imported_id WHERE i.ext_id = 'fd-200'")" -eq 1 ]

# A stale verdict is a verdict on the text it was given on: a claim of the
# edited figure is not linked to it, one of the first figure is, and the
# list and seen show that text.
shells() {	# FILE FIGURE WHO
	printf 'Shells\n\nAt least %s million artillery shells were sent to the front in 2024, %s said.\n' "$2" "$3" >"$T/$1"
}
shells shells.txt 1.5 officials
run_ import "$T/shells.txt"
sid=$(q "SELECT a.id FROM article a WHERE a.path LIKE '%/shells.txt'")
run_ mark "$sid" 1 disputed
expect_rc 0 "mark the shells"
shells shells.txt 2.5 officials
run_ import "$T/shells.txt"
expect_out '1 now stale: text changed' "the figure changed: stale"
links_to_shells() {
	q "SELECT count(*) FROM claim_match m JOIN claim e ON e.id = m.earlier_id JOIN revision r ON r.id = e.revision_id WHERE r.article_id = $sid AND m.claim_id IN (SELECT c.id FROM claim c JOIN current_revision cr ON cr.id = c.revision_id JOIN article a ON a.id = cr.article_id WHERE a.path LIKE '%/$1')"
}
shells same-as-now.txt 2.5 "the ministry"
run_ import "$T/same-as-now.txt"
check_ "a new article" [ "$(q "SELECT count(*) FROM article WHERE path LIKE '%/same-as-now.txt'")" -eq 1 ]
check_ "the edited figure: not linked to the stale verdict" [ "$(links_to_shells same-as-now.txt)" -eq 0 ]
shells same-as-given.txt 1.5 "an army spokesman"
run_ import "$T/same-as-given.txt"
check_ "the figure it was given on: linked" [ "$(links_to_shells same-as-given.txt)" -eq 1 ]
run_ seen --top 1 --format json "At least 1.5 million artillery shells were sent to the front in 2024"
check_ "seen: the text the verdict was given on, confident" "$PYTHON3" -c '
import json, sys
m = json.loads(sys.argv[1])["matches"][0]
assert m["article"] == int(sys.argv[2]) and m["confident"] is True, m
assert "1.5 million" in m["claim"] and m["verdict"] == "disputed", m
' "$out" "$sid"
run_ seen --top 1 --format json "At least 2.5 million artillery shells were sent to the front in 2024"
check_ "seen: the edited figure not confident" "$PYTHON3" -c '
import json, sys
m = json.loads(sys.argv[1])["matches"]
assert not any(x["confident"] for x in m), m
' "$out"

# -- two claims linked as one, with other verdicts ----------------------------
# A desk that gave one claim two verdicts in two articles is told, once a
# pair, in every report, and each report for the desk says so beside the
# earlier verdict it lists.
L="$T/linked.db"
printf 'Ferry Figures\n\nThe Kelso ferry carried 9,400 cars in 2023, the port authority said.\n' >"$T/ferry1.txt"
printf 'Port Year\n\nThe Kelso ferry carried 9,400 cars in 2023, harbour officials said. Queues were long.\n' >"$T/ferry2.txt"
run_ --db "$L" import "$T/ferry1.txt"
run_ --db "$L" mark "$T/ferry1.txt" 1 verified --note "port ledger https://port.example/l"
run_ --db "$L" import "$T/ferry2.txt"
check_ "the second claim is linked to the first" [ "$("$SQLITE3" "$L" 'SELECT count(*) FROM claim_match')" -eq 1 ]
run_ --db "$L" mark "$T/ferry2.txt" 1 verified
run_ --db "$L" export --format md
expect_err_lines 0 "one verdict on both: nothing to tell"
expect_no_out 'another verdict than this one' "md: nothing said of one verdict"
run_ --db "$L" mark "$T/ferry2.txt" 1 disputed
run_ --db "$L" export --format md
expect_rc 0 "export with two verdicts on one claim"
expect_err '^claimdesk: export: warning: claim 1 of "Ferry Figures" \(article 1\) is verified, but claim 1 of "Port Year" \(article 2, revision 1\), linked to it as the same claim, is disputed$' \
    "export: two verdicts on one claim, told"
expect_err_lines 1 "told once a pair"
expect_out '^  - verified in article 1 “Ferry Figures”, revision 1, claim 1 \([0-9]+% alike\): port ledger <https://port\.example/l> — \*\*another verdict than this one\*\*$' \
    "md: said beside the earlier verdict"
run_ --db "$L" export --format csv --article 2
expect_err '^claimdesk: export: warning: claim 1 of "Port Year" \(article 2\) is disputed, but claim 1 of "Ferry Figures" \(article 1, revision 1\), linked to it as the same claim, is verified$' \
    "csv of the later article: told"
run_ --db "$L" export --format csv --article 1
expect_err '^claimdesk: export: warning: claim 1 of "Ferry Figures" \(article 1\) is verified, but claim 1 of "Port Year" \(article 2, revision 1\)' \
    "csv of the earlier article alone: told as well"
run_ --db "$L" export --format html
expect_out '<strong class="dissent">Another verdict than this one\.</strong>' \
    "html: said beside the earlier verdict"
run_ --db "$L" export --format json
check_ "json: the earlier verdict contradicts the claim" "$PYTHON3" -c '
import json, sys
a = json.load(sys.stdin)["articles"]
m = a[1]["claims"][0]["matches"]
assert [(x["article"], x["contradicts"]) for x in m] == [(1, True)], m
' <"$T/out"
# The earlier verdict cleared: one verdict left, nothing to tell.
run_ --db "$L" mark "$T/ferry1.txt" 1 clear
run_ --db "$L" export --format md
expect_err_lines 0 "the earlier verdict cleared: nothing to tell"
run_ --db "$L" mark "$T/ferry1.txt" 1 verified
# A new revision of the earlier article makes its verdict stale: the
# verdict the later claim is linked to still says otherwise, and is told.
sed 's/9,400 cars/9,600 cars/' "$T/ferry1.txt" >"$T/ferry1b.txt" && mv "$T/ferry1b.txt" "$T/ferry1.txt"
run_ --db "$L" import "$T/ferry1.txt"
expect_out '1 now stale' "the earlier article's figure changed"
run_ --db "$L" export --format md --article "$T/ferry2.txt"
expect_err 'claim 1 of "Port Year" \(article 2\) is disputed, but claim 1 of "Ferry Figures" \(article 1, revision 1\), linked to it as the same claim, is verified$' \
    "the verdict linked, of the revision before, told"
expect_out 'revision 1, claim 1 \([0-9]+% alike\): port ledger <https://port\.example/l> — \*\*another verdict than this one\*\*$' \
    "md: said beside it"

done_
