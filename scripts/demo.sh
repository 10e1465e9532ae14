#!/usr/bin/env bash
# The main job: build pyprobe (with its tracing markers) and pyprobe-dtrace,
# and run the demo program under the call_stack.d of CPython's
# documentation, translated to bpftrace by pyprobe-dtrace, when bpftrace and
# root are available (the trace goes to target/demo-trace.txt and is
# printed); else untraced.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --features with-dtrace
bin="$(pwd)/target/release/pyprobe"
dtrace="$(pwd)/target/release/pyprobe-dtrace"
demo="$(pwd)/examples/demo.py"
if command -v bpftrace >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    rm -f target/demo-trace.txt
    "$dtrace" -q -o target/demo-trace.txt -s scripts/call_stack.d -c "$bin $demo"
    echo "--- call stack: pyprobe-dtrace -q -s scripts/call_stack.d -c \"pyprobe examples/demo.py\" ---"
    cat target/demo-trace.txt
else
    echo "(bpftrace or root not available: running untraced)"
    "$bin" "$demo"
fi
