#!/bin/sh
# sources.sh: who the sample article's claims are attributed to, as
# claimdesk extract reports them (source, role, kind), and nothing more.
. "${top_srcdir:-.}/tests/cli/lib.sh"

run_ extract --all --format json "$SAMPLE"
expect_rc 0 "extract json on the sample"
printf '%s\n' "$out" >"$T/out.json"

# The sample's nine attributions, read by a person: the start of each
# sentence, then its source, role and kind. Every other sentence has no
# source.
cat >"$T/want" <<'WANT'
North Korean soldiers fighting for Russia	Ukrainian special forces report		document
“This case once again confirms	Zelenskijin		person
More than 3,000 men were killed	Vladimir Zelenskiy	Ukrainian President	person
“The brutality of the conflict	Zelensky		person
A video analyzed by OSINT	OSINT (Open Source Intelligence) researchers	video	unnamed
KCNA, North Korea’s official news agency	KCNA	North Korea’s official news agency	organisation
According to the Times	Times		organisation
A ‘symbolic’ gesture which	Wall Street Journal		organisation
“Drones represent a new paradigm	Kim Jong-un		person
WANT

check_ "the sample's sources, roles and kinds" "$PYTHON3" -c '
import json, sys
sents = json.load(open(sys.argv[1]))["sentences"]
want = [l.rstrip("\n").split("\t") for l in open(sys.argv[2], encoding="utf-8")]
found = 0
bad = []
for s in sents:
    w = [x for x in want if s["text"].startswith(x[0])]
    got = (s["source"], s["source_role"], s["source_kind"])
    if w:
        exp = (w[0][1], w[0][2] or None, w[0][3])
        found += 1
        if got != exp:
            bad.append("%r: got %r, expected %r" % (s["text"][:40], got, exp))
    elif s["source"] is not None:
        bad.append("%r: got %r, expected no source" % (s["text"][:40], got))
if found != len(want):
    bad.append("%d of %d sentences found" % (found, len(want)))
if bad:
    sys.exit("\n".join(bad))
' "$T/out.json" "$T/want"

# A claim whose source the pass found scores the "attributed" signal.
check_ "attributed claims carry the attribution kind" "$PYTHON3" -c '
import json, sys
sents = json.load(open(sys.argv[1]))["sentences"]
for s in sents:
    if s["source"] is not None and s["claim"]:
        assert "attribution" in s["kinds"], s
' "$T/out.json"

done_
