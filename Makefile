# Thin wrapper over cargo and the scripts in scripts/.
#
#   make build           release build (target/release/pyprobe)
#   make test            cargo test --workspace
#   make demo            build with probes, run examples/demo.py under scripts/call_stack.d via pyprobe-dtrace (untraced without bpftrace)
#   make bench-cpython   release build, then pyprobe vs CPython 3.12 on benches/py
#   make build-pgo       profile-guided release build (target/pgo/release/pyprobe; needs llvm-profdata)
#   make bench-cpython-pgo  the same table with the profile-guided build
#   make bench-probes    default and with-dtrace builds, then the probe-cost table
#   make fmt / clippy    formatting / lints (warnings are errors)
#   make golden          regenerate golden outputs for tests/py
#
# Extra script arguments: make bench-cpython BENCH_ARGS="--reps 3 --filter nbody"

CARGO ?= cargo
PYTHON ?= python3
BENCH_ARGS ?=

BENCH_OFF_DIR := target/bench-off
BENCH_ON_DIR := target/bench-on

.PHONY: all build build-pgo test demo bench-cpython bench-cpython-pgo bench-probes fmt fmt-check clippy golden

all: build

build:
	$(CARGO) build --release

test:
	$(CARGO) test --workspace

demo:
	bash scripts/demo.sh

bench-cpython: build
	$(PYTHON) scripts/bench_cpython.py --pyprobe target/release/pyprobe $(BENCH_ARGS)

build-pgo:
	bash scripts/pgo_build.sh

bench-cpython-pgo: build-pgo
	$(PYTHON) scripts/bench_cpython.py --pyprobe target/pgo/release/pyprobe $(BENCH_ARGS)

bench-probes:
	$(CARGO) build --release --target-dir $(BENCH_OFF_DIR)
	$(CARGO) build --release --features with-dtrace --target-dir $(BENCH_ON_DIR)
	$(PYTHON) scripts/bench_probes.py --off $(BENCH_OFF_DIR)/release/pyprobe \
		--on $(BENCH_ON_DIR)/release/pyprobe $(BENCH_ARGS)

fmt:
	$(CARGO) fmt --all

fmt-check:
	$(CARGO) fmt --all -- --check

clippy:
	$(CARGO) clippy --workspace --all-targets -- -D warnings

golden:
	$(PYTHON) scripts/gen_golden.py
