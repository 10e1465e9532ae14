# Loops with a Python call per iteration until the file named by argv[1]
# says "go"; tests/probes.rs attaches a tracer meanwhile and detaches it
# again. Then the same loop and call chain compute a checksum, which the
# test checks: the run goes on correctly after the tracer left.
# goldens: none (tests/probes.rs computes the checksum itself)
import sys
import time

flag = sys.argv[1]
# A test that failed before writing "go" leaves no program spinning: after
# this long the loop gives up, and the checksum comes out wrong.
GIVE_UP_AFTER = 120.0


def step(i, acc):
    return (acc * 31 + i) % 1000003


def spin():
    acc = 0
    i = 0
    state = "wait"
    start = time.monotonic()
    while state != "go":
        i += 1
        acc = step(i, acc)
        if i % 1000 == 0:
            with open(flag) as f:
                state = f.read()
            if time.monotonic() - start > GIVE_UP_AFTER:
                break
    total = 0
    for j in range(200000):
        total = step(j, total)
    return total


print(spin())
