#!/usr/bin/env bash
# Configure and build the "ci" preset (warnings as errors) and run the CTest suite headless.
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
trap 'rm -rf "$RUNTIME_DIR"' EXIT

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="$RUNTIME_DIR"

log "running tests ..."
rc=0
# --no-tests=error: a suite that registers no test is a failure, not a pass.
ctest --preset ci --output-on-failure -j2 --no-tests=error || rc=$?
if [[ $rc -eq 0 ]]; then
    log "all tests passed."
else
    log "ctest failed with exit code $rc." >&2
fi
exit "$rc"
