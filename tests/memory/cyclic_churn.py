# Creates and drops many small reference cycles; prints the resident set
# size (KiB, from /proc/self/status) after each round. Argument "enabled":
# automatic collection frees the cycles, so the size stays flat;
# "disabled": gc.disable() first, so it grows, and a final gc.collect()
# reports every object of every cycle.
import gc
import sys

ROUNDS = 10
CYCLES = 20000


def rss_kib():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


class Node:
    def __init__(self):
        self.other = None
        self.payload = [0] * 16


if sys.argv[1] == "disabled":
    gc.disable()
samples = []
for _ in range(ROUNDS):
    for _ in range(CYCLES):
        a = Node()
        b = Node()
        a.other = b
        b.other = a
    samples.append(rss_kib())
del a, b
print(" ".join(map(str, samples)))
print(gc.collect())
