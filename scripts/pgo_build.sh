#!/usr/bin/env bash
# Profile-guided release build of pyprobe (CPython's `--enable-optimizations`).
#
#   bash scripts/pgo_build.sh            -> target/pgo/release/pyprobe
#
# 1. builds an instrumented release binary (target/pgo-gen),
# 2. runs the training programs with it: the tests/py programs (what the
#    interpreter is expected to do) but those of errors/ and tracebacks/,
#    and scripts/pgo/*.py (the same in loops long enough to weigh); the
#    benchmark programs are not among them. The programs left out drive
#    error paths (uncaught exceptions, SyntaxErrors, recursion to the
#    limit, nesting past the compiler's limit) that a profile would
#    otherwise weigh as hot: training on them too made the profile-guided
#    build 2% slower (docs/benchmarks.md, "pyprobe vs CPython"); nor do
#    the programs of stdlib/, which run the bundled library's loops (regex
#    matching, JSON and date code) long enough to pull the profile their
#    way: with them the build was 2.6% slower on the benchmarks,
# 3. merges the profiles and builds the release binary with them.
#
# Needs an llvm-profdata of the LLVM major version rustc uses (rustc -vV):
# `rustup component add llvm-tools` puts rustc's own in its sysroot (found
# there), or on Debian `apt-get install llvm-NN`. Extra cargo arguments (for example
# `--features with-dtrace`) are passed to both builds.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
CARGO=${CARGO:-cargo}
GEN_DIR=$ROOT/target/pgo-gen
USE_DIR=$ROOT/target/pgo
PROFILES=$ROOT/target/pgo-profiles

major=$(rustc -vV | sed -n 's/^LLVM version: \([0-9]*\).*/\1/p')
profdata=""
for cand in "llvm-profdata-$major" llvm-profdata \
    "$(rustc --print sysroot)/lib/rustlib/$(rustc -vV | sed -n 's/^host: //p')/bin/llvm-profdata"; do
    if command -v "$cand" >/dev/null 2>&1 &&
        "$cand" --version 2>/dev/null | grep -q "LLVM version $major\."; then
        profdata=$cand
        break
    fi
done
if [ -z "$profdata" ]; then
    echo "pgo_build: no llvm-profdata for LLVM $major (rustc's); install it, e.g." >&2
    echo "  rustup component add llvm-tools    (or: apt-get install llvm-$major)" >&2
    exit 2
fi

rm -rf "$PROFILES"
mkdir -p "$PROFILES"
RUSTFLAGS="${RUSTFLAGS:-} -Cprofile-generate=$PROFILES" \
    "$CARGO" build --release --target-dir "$GEN_DIR" "$@"

train=$GEN_DIR/release/pyprobe
export LLVM_PROFILE_FILE="$PROFILES/%m.profraw"
runs=0
for prog in tests/py/*/*.py; do
    # Error paths are not what the profile should favour (see above).
    case "$prog" in tests/py/errors/* | tests/py/tracebacks/* | tests/py/stdlib/*) continue ;; esac
    # Each program runs in its own directory (some read files beside them);
    # some must fail (uncaught exceptions, SyntaxError), so exit codes are
    # not checked here: tests/golden.rs checks them.
    (cd "$(dirname "$prog")" &&
        timeout 60 "$train" "$(basename "$prog")" >/dev/null 2>&1 </dev/null) || true
    runs=$((runs + 1))
done
for prog in scripts/pgo/*.py; do
    # The training loops must run to their end, or the profile misses them.
    if ! timeout 300 "$train" "$prog" >/dev/null </dev/null; then
        echo "pgo_build: $prog failed" >&2
        exit 1
    fi
    runs=$((runs + 1))
done
unset LLVM_PROFILE_FILE
echo "pgo_build: $runs training runs" >&2

"$profdata" merge -o "$PROFILES/merged.profdata" "$PROFILES"/*.profraw
RUSTFLAGS="${RUSTFLAGS:-} -Cprofile-use=$PROFILES/merged.profdata" \
    "$CARGO" build --release --target-dir "$USE_DIR" "$@"
echo "pgo_build: $USE_DIR/release/pyprobe" >&2
