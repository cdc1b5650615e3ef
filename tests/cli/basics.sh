# basics.sh: help, version, usage errors and extract on the real binary.
. "${top_srcdir:-.}/tests/cli/lib.sh"

run_ --version
expect_rc 0 "--version"
expect_out '^claimdesk [0-9]+\.[0-9]+' "--version prints the version"

run_ --help
expect_rc 0 "--help"
for cmd in review extract import list mark export stats; do
	expect_out "claimdesk $cmd" "--help lists $cmd"
done
for opt in --db --rules --reviewer --org --max-size; do
	expect_out -- "$opt" "--help lists $opt"
done
expect_out '^  URL +an http:// or https:// web page' "--help says what a URL does"
expect_out '^  ARTICLE +one imported: its id' "--help says what names an article"
help=$out
run_ help
expect_rc 0 "claimdesk help"
check_ "claimdesk help is --help" [ "$out" = "$help" ]

run_ list --bogus
expect_rc 2 "unknown option"
expect_err '^claimdesk: list: unknown option --bogus' "unknown option message"
expect_err_lines 1 "unknown option: one line"

# Mistyped commands and options: a usage error naming what was meant.
run_ lsit
expect_rc 2 "a mistyped command is a usage error"
expect_err '^claimdesk: lsit: no such command \(did you mean list\?\)' \
    "a mistyped command: did you mean"
expect_err_lines 1 "a mistyped command: one line"
run_ exprot --format html
expect_rc 2 "a mistyped command with options"
expect_err 'did you mean export\?' "exprot: did you mean export"
run_ export --fromat html
expect_rc 2 "a mistyped option"
expect_err '^claimdesk: export: unknown option --fromat \(did you mean --format\?\)' \
    "a mistyped option: did you mean, among the command's options"
run_ mark --nots x 1 1 verified
expect_rc 2 "a mistyped option of mark"
expect_err 'did you mean --note\?' "--nots: did you mean --note"
run_ banana
expect_rc 2 "a word that is neither a command nor a file"
expect_err '^claimdesk: banana: no such command, and no such file' \
    "neither a command nor a file"
# A file of that name is reviewed, as before (no terminal here).
(cd "$T" && cp "$SAMPLE" lsit && "$CLAIMDESK" --db "$T/w.db" lsit \
    </dev/null >"$T/lsit.out" 2>&1; echo $? >"$T/lsit.rc")
check_ "a file named like a mistyped command is still reviewed" \
    grep -q "review: needs a terminal" "$T/lsit.out"

run_ extract --format xml "$SAMPLE"
expect_rc 2 "unknown extract format"

run_ extract
expect_rc 2 "extract without a file"

run_ extract "$T/missing.txt"
expect_rc 1 "missing file"
expect_err "^claimdesk: $T/missing.txt: No such file or directory" \
    "missing file message"
expect_err_lines 1 "missing file: one line"

run_ "$T/missing.txt"
expect_rc 1 "review of a missing file"
expect_err_lines 1 "review of a missing file: one line"

run_ extract --all --format json "$SAMPLE"
expect_rc 0 "extract json"
check_ "extract json parses and spans match the text" "$PYTHON3" -c '
import json, sys
doc = json.load(open(sys.argv[1]))
raw = open(sys.argv[2], "rb").read()
sents = doc["sentences"]
assert len(sents) > 20, len(sents)
for s in sents:
    piece = raw[s["start"]:s["end"]].decode()
    assert " ".join(piece.split()) == s["text"], (piece, s["text"])
    assert set(s) >= {"index", "start", "end", "text", "claim", "score", "kinds", "source",
                      "source_role", "source_kind"}
' "$T/out" "$SAMPLE"

# What JSON escapes, in a sentence of plain ASCII and in one with other
# characters: the same escapes either way, and the text comes back whole.
printf '%s\n\n%s\n' 'Fees rose 5% at "A&B" <Ltd> in C:\dir, said Ann Roe.' \
    'Fees rose 5% at “A&B” <Ltd> in C:\dir — said Ann Roe.' \
    >"$T/esc.txt"
run_ extract --all --format json "$T/esc.txt"
expect_rc 0 "extract json, characters to escape"
check_ "extract json escapes <, >, &, quotes and backslashes" "$PYTHON3" -c '
import json, sys
raw = open(sys.argv[1]).read()
doc = json.loads(raw)
texts = [s["text"] for s in doc["sentences"]]
assert texts == ["Fees rose 5% at \"A&B\" <Ltd> in C:\\dir, said Ann Roe.",
                 "Fees rose 5% at \u201cA&B\u201d <Ltd> in C:\\dir \u2014 said Ann Roe."], texts
body = raw[raw.index("\"sentences\""):]
assert "<" not in body and ">" not in body and "&" not in body, body
assert body.count("\\u003cLtd\\u003e") == 2 and body.count("A\\u0026B") == 2, body
assert "\\\"A\\u0026B\\\"" in body and body.count("C:\\\\dir") == 2, body
for s in doc["sentences"]:
    for w in s["why"]:
        assert isinstance(w["weight"], (int, float)), w
' "$T/out"

run_ extract --format tsv "$SAMPLE"
expect_rc 0 "extract tsv"
expect_out '^index	start	end	claim	score	kinds	source	source_role	source_kind	text$' "tsv header"

# A short line leading into a list is no claim, whatever the model makes
# of it: its items are.
printf '%s\n' "Road plan" "" \
    "The council voted 7-2 on Tuesday to approve a \$45 million plan." "" \
    "The plan includes:" "- Repaving 90 miles of arterial roads by 2027." \
    "- Hiring 25 additional maintenance workers." >"$T/lead.txt"
run_ extract --all --format json "$T/lead.txt"
check_ "a lead-in line is no claim, its items are" "$PYTHON3" -c '
import json, sys
s = {x["text"]: x for x in json.loads(sys.argv[1])["sentences"]}
lead = s["The plan includes:"]
assert not lead["claim"] and lead["why"][0]["feature"] == "rule:lead_in", lead
assert s["- Repaving 90 miles of arterial roads by 2027."]["claim"]
' "$out"

# libpq and libcurl are loaded only for a PostgreSQL store or a URL: a
# command on a file starts without them (they cost some 15 ms each).
LD_DEBUG=files "$CLAIMDESK" extract --format tsv "$SAMPLE" >/dev/null \
    2>"$T/ld"
check_ "the loader's trace of extract" grep -q "calling init" "$T/ld"
check_ "no libpq for a file" sh -c '! grep -q "libpq\.so" "$1"' _ "$T/ld"
check_ "no libcurl for a file" sh -c '! grep -q "libcurl\.so" "$1"' _ \
    "$T/ld"

# A closed pipe is not an error worth a message.
"$CLAIMDESK" extract --all --format tsv "$SAMPLE" 2>"$T/err" | head -n 1 >/dev/null
check_ "closed pipe: no message" test ! -s "$T/err"

done_
