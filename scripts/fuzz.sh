#!/usr/bin/env bash
# Fuzz the CSV and XLSX readers with libFuzzer (Debian's clang, AddressSanitizer).
#   scripts/fuzz.sh [SECONDS]      each target runs SECONDS (default 60)
# Builds in build/fuzz, keeps each target's corpus in build/fuzz/corpus-<kind>, and writes
# any crashing input to build/fuzz/crash-<kind>/. Exits non-zero when a target finds one.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SECONDS_EACH="${1:-60}"
BUILD="$ROOT/build/fuzz"

log() { printf 'fuzz: %s\n' "$*"; }

scripts/install-deps.sh clang libclang-rt-14-dev

log "configuring and building the fuzz targets (clang, ASan) in $BUILD ..."
# The library is instrumented too (fuzzer-no-link), so coverage guides into the readers.
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address" \
    -DKINERJA_FUZZ=ON >/dev/null
cmake --build "$BUILD" -j"$(nproc)" \
    --target fuzz_csv fuzz_xlsx test_fuzz_csv_seeds test_fuzz_xlsx_seeds

rc=0
for kind in csv xlsx; do
    corpus="$BUILD/corpus-$kind"
    crashes="$BUILD/crash-$kind"
    mkdir -p "$crashes"
    "$BUILD/tests/exchange/test_fuzz_${kind}_seeds" --write-seeds "$corpus"
    log "running fuzz_$kind for ${SECONDS_EACH}s ..."
    if ! "$BUILD/tests/exchange/fuzz_$kind" -max_total_time="$SECONDS_EACH" \
        -rss_limit_mb=2048 -artifact_prefix="$crashes/" "$corpus"; then
        log "fuzz_$kind found a crash: see $crashes/ (replay: fuzz_$kind FILE)"
        rc=1
    fi
done
[[ $rc -eq 0 ]] && log "no crash found."
exit $rc
