#!/usr/bin/env bash
# Crash test: edits the real workbench by key, kills it with kill -9 at a random moment, restarts it
# and recovers. After every round: every XMI of the project parses, and every decision that had reached
# the disk before the kill is still there. A round whose keys made no decision (the journal never showed
# them) is tried again, at most twice; a round that never gets a decision fails the test.
# Rounds: PARLEY_CRASH_ROUNDS (default 3; the long profile runs 100 on a document with enough
# suggestions, e.g. seeds/001_5b8844df6737e40a.txt).
# Usage: crash-recovery.sh <product dir> <java> <seed document>; needs DISPLAY (./parley test runs it on a virtual display of its own).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/lib.sh"
product="$1"; java="$2"; seed="$3"
rounds="${PARLEY_CRASH_ROUNDS:-3}"
launcher="$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)"
corpus="$(mktemp -d)"
pid=""
start_window_manager
trap '[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; stop_window_manager; rm -rf "$corpus"' EXIT
cp "$seed" "$corpus/"
doc="$(basename "$seed")"
name="${doc%.txt}"
RANDOM=4242

fail() { echo "crash-recovery: round $round: $*"; { grep -v SessionManager "$corpus/.log" 2>/dev/null || true; } | tail -20; echo "crash-recovery: 0 passed, 1 failed"; exit 1; }
decisions() {  # decisions on disk: the journal holds unsaved ones, the XMI saved ones; decisions only grow here
    local j c
    j=$(( $(count_status "$corpus/.parley/journal/$name.xmi" ACCEPTED) + $(count_status "$corpus/.parley/journal/$name.xmi" REJECTED) ))
    c=$(( $(count_status "$corpus/.parley/cas/$name.xmi" ACCEPTED) + $(count_status "$corpus/.parley/cas/$name.xmi" REJECTED) ))
    echo $(( j > c ? j : c ))
}
at_least() { [ "$(decisions)" -ge "$1" ]; }
start() {
    "$java" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dparley.corpus="$corpus" -jar "$launcher" \
        -data "$corpus/.instance-$round-$attempt" -clearPersistedState >"$corpus/.log" 2>&1 &
    pid=$!
}
crash() { kill -9 "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

retried=0
for round in $(seq 1 "$rounds"); do
    before=$(decisions)
    for attempt in 1 2 3; do
        start
        wait_for 120 "the workbench on $(basename "$corpus")" workbench_ready "$(basename "$corpus")" || fail "the workbench did not start on the corpus"
        if [ -f "$corpus/.parley/journal/$name.xmi" ]; then
            # unsaved edits from the killed session: the workbench offers them at start, Recover opens the document
            wait_for 120 "the recovery question" window_titled 'Recover unsaved edits' || fail "no recovery question at start"
            xdotool key Return                               # Recover: the window manager gave the question the focus
        else
            focus_workbench
            xdotool key Return                               # open the document
        fi
        wait_for 120 "the editor of $doc" editor_active "$doc" || fail "the editor of $doc did not become active"
        edits=$((1 + RANDOM % 4))
        keys=(n)
        for _ in $(seq 1 "$edits"); do
            if [ $((RANDOM % 2)) -eq 0 ]; then keys+=(a); else keys+=(r); fi
        done
        [ $((RANDOM % 3)) -eq 0 ] && keys+=(ctrl+s)
        focus_workbench
        xdotool key "${keys[@]}"
        if wait_for 60 "$edits decisions on disk" at_least $((before + edits)); then
            break
        fi
        retried=$((retried + 1))
        echo "crash-recovery: round $round attempt $attempt: keys ${keys[*]} made no decision on disk; windows: $(window_titles)"
        [ -n "${PARLEY_E2E_SHOTS:-}" ] && import -window root "$PARLEY_E2E_SHOTS/round$round-attempt$attempt.png"
        crash
        [ "$attempt" -lt 3 ] || fail "three attempts made no decision that reached the disk (keys: ${keys[*]})"
    done
    kept=$(decisions)
    # a few more edits that may or may not reach the disk: the kill comes at a random moment 0-0.9 s after them
    extra=$((RANDOM % 3))
    [ "$extra" -gt 0 ] && xdotool key $(printf 'a %.0s' $(seq 1 "$extra"))
    sleep "0.$((RANDOM % 10))"   # not a wait: a random moment for the kill
    crash
    for f in $(find "$corpus/.parley" -name '*.xmi'); do
        python3 -c "import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])" "$f" 2>/dev/null || fail "corrupted file $f"
    done
    have=$(decisions)
    [ "$have" -ge "$kept" ] || fail "$have decisions on disk after the kill, $kept were there before it"
    cmp -s "$seed" "$corpus/$doc" || fail "the source text was modified"
    echo "crash-recovery: round $round: $before -> $kept decisions on disk after $edits edits -> $have after kill -9"
done
[ "$(decisions)" -ge "$rounds" ] || { round=end; fail "only $(decisions) decisions after $rounds rounds"; }
echo "crash-recovery: $rounds rounds of editing, kill -9 and recovery ($retried attempts retried: their keys made no decision); no file corrupted, no decision on disk lost"
echo "crash-recovery: $rounds passed, 0 failed"
