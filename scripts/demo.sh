#!/usr/bin/env bash
# The main job: build pyprobe with its tracing markers and run the demo
# program — under bpftrace's call-stack script when bpftrace and root are
# available (the trace goes to target/demo-trace.txt and is printed), else
# untraced.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --features with-dtrace
bin="$(pwd)/target/release/pyprobe"
demo="$(pwd)/examples/demo.py"
if command -v bpftrace >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    bpftrace -q -o target/demo-trace.txt scripts/call_stack.bt "$bin" -c "$bin $demo"
    echo "--- call stack traced by bpftrace (scripts/call_stack.bt) ---"
    cat target/demo-trace.txt
else
    echo "(bpftrace or root not available: running untraced)"
    "$bin" "$demo"
fi
