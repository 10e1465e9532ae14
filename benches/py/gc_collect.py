# Cycle collection: full gc.collect() passes over a large live heap, each
# also collecting a batch of garbage cycles (two instances each).
import gc
import sys

HEAP = 300000    # size knob: live lists kept during the run
ROUNDS = 30      # size knob: full collections
CYCLES = 60000   # size knob: garbage cycles in all


class Node:
    def __init__(self, i):
        self.i = i
        self.other = None


def main():
    gc.disable()
    heap = [[i, [i]] for i in range(HEAP // 2)]
    per_round = CYCLES // ROUNDS
    total = 0
    for r in range(ROUNDS):
        for i in range(per_round):
            a = Node(i)
            b = Node(i)
            a.other = b
            b.other = a
        del a, b
        total += gc.collect()
    expected = 2 * per_round * ROUNDS
    if total != expected or len(heap) != HEAP // 2:
        print("gc_collect FAILED: got", total, "expected", expected)
        sys.exit(1)
    print("gc_collect ok")


main()
