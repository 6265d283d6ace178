#!/usr/bin/env bash
# Check the C++ sources with clang-format (.clang-format) and clang-tidy (.clang-tidy).
#   scripts/lint.sh [--fix] [--all] [BASE]
# By default only the C++ files changed since BASE (default: origin/main if it exists, else
# HEAD) are checked, with the uncommitted and untracked ones; --all checks every file.
# --fix lets clang-format rewrite the files instead of reporting them. clang-tidy uses
# build/ci's compile_commands.json (the ci preset is built when it is missing).
# Exits non-zero on any finding. Needs the packages of scripts/install-deps.sh.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$ROOT"
BUILD="$ROOT/build/ci"

log() { printf 'lint: %s\n' "$*"; }

fix=0
all=0
base=""
for arg in "$@"; do
    case "$arg" in
    --fix) fix=1 ;;
    --all) all=1 ;;
    -h | --help)
        sed -n '2,8p' "$0"
        exit 0
        ;;
    -*)
        log "unknown option: $arg" >&2
        exit 2
        ;;
    *) base="$arg" ;;
    esac
done

for tool in clang-format clang-tidy run-clang-tidy; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        log "ERROR: $tool not found; run scripts/install-deps.sh" >&2
        exit 1
    fi
done

# Only *.cpp and *.h files, ever: clang-format 14 has no ignore file and formats whatever it
# is given as C++ (it once mangled a CMakeLists.txt).
cxx_only() { grep -E '\.(cpp|h)$' || true; }

if [[ $all -eq 1 ]]; then
    mapfile -t files < <(git ls-files -- '*.cpp' '*.h' | cxx_only)
else
    if [[ -z "$base" ]]; then
        base=HEAD
        git rev-parse -q --verify origin/main >/dev/null && base=origin/main
    fi
    # Against the merge base, so work that landed on the base since is not counted; the
    # diff against a commit includes the uncommitted changes.
    fork="$(git merge-base "$base" HEAD)"
    mapfile -t files < <({
        git diff --name-only --diff-filter=d "$fork"
        git ls-files --others --exclude-standard
    } | cxx_only | sort -u)
fi
if [[ ${#files[@]} -eq 0 ]]; then
    log "no C++ files to check."
    exit 0
fi
log "checking ${#files[@]} file(s) ..."

rc=0
if [[ $fix -eq 1 ]]; then
    clang-format -i "${files[@]}"
elif ! clang-format --dry-run -Werror "${files[@]}"; then
    log "clang-format: the files above are not formatted (scripts/lint.sh --fix)." >&2
    rc=1
fi

# clang-tidy reads the compile commands and the moc output the tests include (test_x.moc)
# from the last build of the ci preset; without one, configure and build it first.
if [[ ! -f "$BUILD/compile_commands.json" || ! -f "$BUILD/ui/kinerja" ]]; then
    log "building the ci preset (compile_commands.json, moc output) ..."
    cmake --preset ci >/dev/null
    cmake --build --preset ci -j"$(nproc)" >/dev/null
fi

# A header is checked through the .cpp files that include it (HeaderFilterRegex); a changed
# header brings its own .cpp along. Files outside the compile database are skipped.
sources=()
for file in "${files[@]}"; do
    cpp="${file%.*}.cpp"
    [[ -f "$cpp" ]] && sources+=("^$ROOT/${cpp//./\\.}\$")
done
if [[ ${#sources[@]} -gt 0 ]] &&
    ! run-clang-tidy -quiet -j"$(nproc)" -p "$BUILD" "${sources[@]}" >"$BUILD/clang-tidy.log" 2>&1; then
    sed 's/\x1b\[[0-9;]*m//g' "$BUILD/clang-tidy.log" | grep -E -A3 '(warning|error):' >&2 ||
        cat "$BUILD/clang-tidy.log" >&2
    log "clang-tidy: findings above (full output: $BUILD/clang-tidy.log)." >&2
    rc=1
fi

if [[ $rc -eq 0 ]]; then
    log "no findings."
fi
exit "$rc"
