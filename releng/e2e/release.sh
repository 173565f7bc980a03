#!/usr/bin/env bash
# The release as an analyst gets it. The archive, unpacked by a user who never ran Parley into an empty folder:
# its start script tags the sample corpus shipped in it, names every library with its licence, and starts the
# workbench, which quits on Ctrl+Q. The update site: the product installed from it by the p2 director into an
# empty folder, which then runs; then updated from the site of a later build, after which it runs that build.
# Usage: release.sh <archive.tar.gz> <p2 repository zip> <mvn> <tycho version> <later p2 repository zip>;
# needs DISPLAY (./parley test runs it on a virtual display of its own).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/lib.sh"
archive="$1"; site="$2"; mvn="$3"; tycho="$4"; later="$5"
work="$(mktemp -d)"
pid=""
start_window_manager
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; stop_window_manager; rm -rf "$work"' EXIT
fail() { echo "release: $*"; if [ -f "$work/log" ]; then { grep -v SessionManager "$work/log" || true; } | tail -20; fi; echo "release: $passed passed, 1 failed"; exit 1; }
passed=0
export HOME="$work/home"
mkdir -p "$HOME" "$work/unpacked"

tar -xzf "$archive" -C "$work/unpacked"
app="$work/unpacked/parley/parley"
[ -x "$app" ] || fail "the archive has no executable start script at parley/parley"
cp -r "$work/unpacked/parley/seeds" "$work/corpus"
documents="$(ls "$work/corpus"/*.txt | wc -l)"
[ "$documents" -ge 4 ] || fail "the archive ships $documents sample documents"
[ ! -e "$work/unpacked/parley/seeds/.parley" ] || fail "the archive ships a project folder in seeds/"
"$app" tag "$work/corpus" >"$work/tag.out" 2>&1 || fail "parley tag on the shipped corpus failed: $(tail -n 5 "$work/tag.out")"
[ "$(ls "$work/corpus/.parley/cas/"*.xmi | wc -l)" -eq "$documents" ] || fail "parley tag did not tag every shipped document"
"$app" about >"$work/about.out" 2>&1 || fail "parley about failed"
grep -q '^Parley [0-9]' "$work/about.out" || fail "parley about names no version"
grep -q 'org.apache.uima.j-core) *Apache-2.0' "$work/about.out" || fail "parley about does not list UIMA with its licence"
! grep -q 'not declared' "$work/about.out" || fail "libraries without a licence: $(grep 'not declared' "$work/about.out")"
"$app" "$work/corpus" >"$work/log" 2>&1 &
pid=$!
wait_for 120 "the workbench on corpus" workbench_ready corpus || fail "the workbench of the archive did not start"
focus_workbench
xdotool key ctrl+q
wait_for 60 "the workbench to quit" not running "$pid" || fail "the workbench did not quit on Ctrl+Q"
pid=""
passed=1

# director SITE ARGS...: the p2 director on the installation in $work/installed/parley
director() {
    local repository="$1"; shift
    "$mvn" -B -q -o "org.eclipse.tycho:tycho-p2-director-plugin:$tycho:director" -Ddestination="$work/installed/parley" \
        "-Drepositories=jar:file:$repository!/" -Dprofile=DefaultProfile -Dp2.os=linux -Dp2.ws=gtk -Dp2.arch=x86_64 "$@" >"$work/p2.out" 2>&1
}
runs_on_corpus() {
    "$work/installed/parley/parley" status "$work/corpus" >"$work/status.out" 2>&1 && [ "$(grep -c '\.txt' "$work/status.out")" -eq "$documents" ]
}
director "$site" -DinstallIUs=parley \
    -Dprofileproperties=org.eclipse.update.install.features=true,org.eclipse.equinox.p2.install.mode.root=true \
    || fail "installing from the update site failed: $(grep ERROR "$work/p2.out" | head -n 3)"
runs_on_corpus || fail "the product installed from the update site does not run: $(cat "$work/status.out")"
before="$("$work/installed/parley/parley" about | head -n 1)"
director "$later" -DuninstallIUs=parley -DinstallIUs=parley || fail "updating from the later site failed: $(grep ERROR "$work/p2.out" | head -n 3)"
after="$("$work/installed/parley/parley" about | head -n 1)"
[ "$after" != "$before" ] && [[ "$after" == *zupdate* ]] || fail "the update did not change the installed build ($before, then $after)"
runs_on_corpus || fail "the updated product does not run: $(cat "$work/status.out")"
passed=2
echo "release: archive $(du -h "$archive" | cut -f1), update site $(du -h "$site" | cut -f1); $before updated to $after; 2 passed, 0 failed"
