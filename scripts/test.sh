#!/usr/bin/env bash
# Configure and build the "ci" preset (warnings as errors) and run the CTest suite headless,
# under C.UTF-8 and under id_ID.UTF-8, with the storage, exchange, report and CLI tests on
# both engines: an SQLite file and a throwaway PostgreSQL cluster (scripts/test-server.sh).
# Exits with ctest's exit code.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

log() { printf 'test: %s\n' "$*"; }

log "checking system packages ..."
scripts/install-deps.sh

log "configuring and building (ci preset) ..."
cmake --preset ci
cmake --build --preset ci -j"$(nproc)"

RUNTIME_DIR="$(mktemp -d "${TMPDIR:-/tmp}/kinerja-xdg.XXXXXX")"
chmod 0700 "$RUNTIME_DIR"
# The tests registered with ENGINES both/server (label "server") run again on a
# throwaway PostgreSQL cluster, started here and stopped whatever happens.
SERVER_DIR="$(mktemp -d "${TMPDIR:-/tmp}/kinerja-pg.XXXXXX")"
trap 'scripts/test-server.sh stop "$SERVER_DIR"; rm -rf "$RUNTIME_DIR"' EXIT
log "starting a throwaway PostgreSQL cluster in $SERVER_DIR ..."
KINERJA_TEST_SERVER="$(scripts/test-server.sh start "$SERVER_DIR")"
export KINERJA_TEST_SERVER

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="$RUNTIME_DIR"

# Every test runs twice: in the C locale and in the users' own (id_ID.UTF-8: decimal
# comma in the C library, Indonesian QLocale), so a file, number or word that depends
# on the desktop's locale fails here and not on an office PC.
rc=0
for locale in C.UTF-8 id_ID.UTF-8; do
    log "running tests under LANG=$locale ..."
    # --no-tests=error: a suite that registers no test is a failure, not a pass.
    LANG="$locale" LC_ALL="$locale" LANGUAGE='' \
        ctest --preset ci --output-on-failure -j2 --no-tests=error || rc=$?
done
if [[ $rc -eq 0 ]]; then
    log "all tests passed."
else
    log "ctest failed with exit code $rc." >&2
fi
exit "$rc"
