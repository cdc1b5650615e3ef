# learn.sh: claimdesk learn on sentences of its own, --model, and why.
. "${top_srcdir:-.}/tests/cli/lib.sh"
FIX="$top_srcdir/tests/cli/fixtures"

cd "$T" || exit 1

# A labelled set where a made-up word marks the claims, in two groups.
{
	printf 'text\tlabel\tgroup\n'
	for w in harbour garden council river market school station bridge \
	    tower museum; do
		printf 'The zorblat %s opened on Monday.\t1\tnorth\n' "$w"
		printf 'A quiet %s in the evening light.\t0\tnorth\n' "$w"
		printf 'Zorblat levels at the %s were measured.\t1\tsouth\n' "$w"
		printf 'What a lovely %s this is.\t0\tsouth\n' "$w"
	done
} >zorblat.tsv
printf 'Notes\n\nThe zorblat depot opened on Monday.\n\nA quiet depot in the evening light.\n' \
    >notes.txt

# -- usage and errors --------------------------------------------------------

run_ learn
expect_rc 2 "learn without data"
run_ learn zorblat.tsv
expect_rc 2 "learn without -o or --folds"
expect_err 'learn: -o MODEL' "learn without -o: the message says"
run_ learn zorblat.tsv --folds 1
expect_rc 2 "one fold"
run_ learn zorblat.tsv --threshold 101 -o m
expect_rc 2 "threshold out of range"
run_ learn zorblat.tsv --cost 0 -o m
expect_rc 2 "cost of 0"
printf 'sentence\tlabel\nA b c.\t1\n' >nocol.tsv
run_ learn nocol.tsv -o m
expect_rc 1 "no text column"
expect_err '^claimdesk: nocol.tsv:1: the header must name the columns "text" and "label"$' \
    "no text column: the message"
printf 'text\tlabel\nA b c.\t1\nD e f.\tyes\n' >badlabel.tsv
run_ learn badlabel.tsv -o m
expect_rc 1 "a bad label"
expect_err '^claimdesk: badlabel.tsv:3: label: "yes": expected 0 or 1$' \
    "a bad label: the message"
printf 'text\tlabel\nA b c.\t1\nD e f.\t1\n' >onelabel.tsv
run_ learn onelabel.tsv -o m
expect_rc 1 "one label only"
expect_err 'both claims and sentences that are not are needed' \
    "one label only: the message"
check_ "nothing written on failure" test ! -e m
# A handful of either kind: written, with a word of warning.
printf 'text\tlabel\nA b c.\t1\nD e f.\t0\nG h i.\t1\n' >few.tsv
run_ learn few.tsv -o few.model
expect_rc 0 "a handful of sentences: written"
expect_err '^claimdesk: learn: warning: only 2 claims and 1 sentence that is not: a model of so few is little better than a guess' \
    "a handful: warned"
run_ learn missing.tsv -o m
expect_rc 1 "a missing file"
expect_err '^claimdesk: missing.tsv: No such file or directory$' \
    "a missing file: the message"

# -- the round trip ----------------------------------------------------------

# Before: the shipped model does not know the word.
run_ extract --all --format tsv notes.txt
expect_rc 0 "extract with the shipped model"
before=$(printf '%s\n' "$out" | awk -F '\t' '$10 ~ /zorblat/ { print $5 }')

run_ learn zorblat.tsv -o zorblat.model
expect_rc 0 "learn -o"
check_ "the model file is written" test -s zorblat.model
check_ "the header says what it was learned from" \
    grep -q '^# Learned from: zorblat.tsv$' zorblat.model
check_ "the header gives the threshold's origin" \
    grep -q '^# Threshold: [0-9]*, the best F1 of a 5-fold cross-validation\.$' zorblat.model
# --folds says which threshold -o writes: chosen on folds of any
# sentences, not on the folds of whole groups it reports on.
run_ learn zorblat.tsv --folds 5
best=$(printf '%s\n' "$out" | sed -n 's/^a model of these sentences (-o) takes threshold \([0-9]*\): the best F1 of 5 folds of any sentences$/\1/p')
check_ "--folds says the threshold -o writes" \
    grep -q "^threshold $best\$" zorblat.model
# Groups of one label each, which fit no fold of whole groups: the
# threshold is chosen all the same.
awk -F '\t' 'NR == 1 { print; next } $2 == 1 { print $1 "\t" $2 "\tnorth"; next }
    { print $1 "\t" $2 "\tsouth" }' zorblat.tsv >onelabel.tsv
run_ learn onelabel.tsv -o onelabel.model
expect_rc 0 "learn -o, each group of one label"
check_ "its threshold chosen by cross-validation all the same" \
    grep -q '^# Threshold: [0-9]*, the best F1 of a [0-9]*-fold cross-validation\.$' onelabel.model
check_ "the model carries the word lists" grep -q '^list month ' zorblat.model
check_ "the word that marks the claims weighs for them" awk '
    $1 == "weight" && $2 == "w:zorblat" { found = 1; ok = $3 > 0.3 }
    END { exit !(found && ok) }' zorblat.model
check_ "a bias and a threshold" grep -q '^threshold [0-9][0-9]*$' zorblat.model

run_ --model zorblat.model extract --all --format tsv notes.txt
expect_rc 0 "extract with the learned model"
after=$(printf '%s\n' "$out" | awk -F '\t' '$10 ~ /zorblat/ { print $5 }')
expect_out '^2	[0-9]+	[0-9]+	1	[0-9]+	.*	The zorblat depot opened on Monday\.$' \
    "the marked sentence is a claim"
expect_out '^3	[0-9]+	[0-9]+	0	[0-9]+	.*	A quiet depot in the evening light\.$' \
    "the other is not"
check_ "the learned model scores the marked sentence higher ($before -> $after)" \
    test "$after" -gt "$before"

# Import and the review screen score with the same model as extract.
run_ --db "$T/model.db" --model zorblat.model import notes.txt
expect_rc 0 "import with the learned model"
check_ "import stores the claims extract finds" [ "$("$SQLITE3" "$T/model.db" \
    "SELECT group_concat(text, '|') FROM claim")" = "The zorblat depot opened on Monday." ]
run_ --db "$T/model2.db" --model none import notes.txt
check_ "import --model none scores with the rules" [ "$("$SQLITE3" "$T/model2.db" \
    "SELECT count(*) FROM claim WHERE text LIKE 'The zorblat%'")" -eq 0 ]

# The attribution pass's signals are features as the rules are: a set
# whose claims are the sentences that name their source, each in other
# words, weighs "attributed" for them.
{
	printf 'text\tlabel\n'
	for n in Adams Brook Carter Dalton Ellis Foster Grant Hayes Irwin Jones; do
		printf 'The depot plan worked, %s said.\t1\n' "$n"
		printf 'According to %s, the depot plan worked.\t1\n' "$n"
		printf '%s told reporters the depot plan worked.\t1\n' "$n"
		printf 'The depot plan worked for %s.\t0\n' "$n"
		printf 'The depot plan worked, %s hoped.\t0\n' "$n"
		printf '%s liked the depot plan.\t0\n' "$n"
	done
} >said.tsv
run_ learn said.tsv -o said.model
expect_rc 0 "learn on attributed sentences"
check_ "the signal attributed weighs for the sentences that name a source" awk '
    $1 == "weight" && $2 == "rule:attributed" { found = 1; ok = $3 > 0 }
    END { exit !(found && ok) }' said.model

# --threshold is written as given; --comment goes to the header.
run_ learn zorblat.tsv --threshold 77 --comment 'Our own data, CC0.' -o t.model
expect_rc 0 "learn --threshold"
check_ "--threshold is the model's" grep -q '^threshold 77$' t.model
check_ "--comment is in the header" grep -q '^# Our own data, CC0\.$' t.model

# -- cross-validation ---------------------------------------------------------

run_ learn zorblat.tsv --folds 2
expect_rc 0 "learn --folds"
expect_out '^fold +sentences +claims +F1 +P +R +AP$' "--folds: the fold table"
expect_out ' north$' "--folds: a line per group"
expect_out '^MAP over 2 groups: [01]\.[0-9]{4}$' "--folds: the MAP"
expect_out '^all 40 sentences, 20 claims, 2 folds: F1 [01]\.[0-9]{3} ' \
    "--folds: the summary"
check_ "--folds alone writes no model" test ! -e m
# Folds that score sentences of one label only have no AUC, never 0.
{
	printf 'text\tlabel\n'
	for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17; do
		printf 'The cat sat on mat number %s today.\t0\n' "$i"
	done
	printf 'The zorblat rose 40 percent in 2023.\t1\n'
} >one.tsv
run_ learn one.tsv --folds 3
expect_rc 0 "learn --folds, one claim"
expect_out 'no AUC \(the sentences scored are of one label\)' \
    "--folds: no AUC of one label"
expect_no_out 'AUC 0\.000' "--folds: not AUC 0"

# -- the desk's own judgements ---------------------------------------------

RULES="$FIX/rules-digits"
printf 'Budget\n\nThe city spent 4 million on roads.\n\nThe mayor said 2 bridges will close.\n\nIt was 3 degrees on Tuesday.\n' \
    >budget.txt
run_ --rules "$RULES" import budget.txt
expect_rc 0 "import for the history"
run_ learn --from-db -o db.model
expect_rc 1 "no judgements yet"
expect_err 'no judged sentences yet' "no judgements: the message"
run_ mark 1 1 verified
run_ mark 1 2 disputed
"$SQLITE3" "$CLAIMDESK_DB" "UPDATE claim SET dismissed = 1 WHERE text LIKE 'It was 3%';"
run_ learn zorblat.tsv --from-db -o db.model
expect_rc 0 "learn --from-db with a TSV"
check_ "the header names the database" \
    grep -q "the reviewers' judgements in the database" db.model
check_ "all sentences counted" grep -q '43 sentences, 22 claims\.$' db.model

# -- --model, the user's model, fixed weights ---------------------------------

run_ --model "$T/none.model" extract notes.txt
expect_rc 1 "a missing model"
expect_err "^claimdesk: $T/none.model: No such file or directory$" \
    "a missing model: the message"
printf 'bias x\n' >bad.model
run_ --model bad.model extract notes.txt
expect_rc 1 "a bad model"
expect_err '^claimdesk: bad.model:1: bias: expected one number from -1e6 to 1e6$' \
    "a bad model: the message"

mkdir -p "$HOME/.config/claimdesk"
cp zorblat.model "$HOME/.config/claimdesk/model"
run_ extract --all --format tsv notes.txt
expect_out '^2	[0-9]+	[0-9]+	1	.*The zorblat depot' \
    "the user's model is used when present"
rm "$HOME/.config/claimdesk/model"

# Fixed weights: the rule file's, and the model is not read at all.
run_ --rules "$RULES" --model bad.model extract --all --format tsv budget.txt
expect_rc 0 "weights fixed: the model is not read"
expect_out '^2	[0-9]+	[0-9]+	1	50	quantity				The city spent' \
    "weights fixed: the rule's weight is the score"
run_ --model none extract --all --format tsv notes.txt
expect_rc 0 "--model none"

# -- why ------------------------------------------------------------------

run_ --model zorblat.model extract --all --format json notes.txt
expect_rc 0 "extract json with why"
check_ "why: features and their weights, strongest first" "$PYTHON3" -c '
import json, sys
s = json.load(open(sys.argv[1]))["sentences"]
assert s[0]["why"] == [{"feature": "layout:title", "weight": 0}], s[0]
w = s[1]["why"]
assert 1 <= len(w) <= 3, w
assert all(set(r) == {"feature", "weight"} for r in w), w
assert abs(w[0]["weight"]) >= abs(w[-1]["weight"]), w
assert any(r["feature"] == "w:zorblat" and r["weight"] > 0 for r in w), w
' "$T/out"
run_ --rules "$RULES" extract --all --format json budget.txt
check_ "why with fixed weights: the rules and their weights" "$PYTHON3" -c '
import json, sys
s = json.load(open(sys.argv[1]))["sentences"]
assert s[1]["why"] == [{"feature": "rule:number", "weight": 50}], s[1]
' "$T/out"

done_
