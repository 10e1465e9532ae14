# Fannkuch-redux (Computer Language Benchmarks Game): permutations, pancake
# flips done by explicit index swaps. List indexing and integer arithmetic.
import sys

N = 9       # size knob: permutation length
REPEAT = 2  # size knob: number of runs

# n -> (checksum, max flips), the benchmark game's reference values
EXPECTED = {7: (228, 16), 8: (1616, 22), 9: (8629, 30), 10: (73196, 38)}


def fannkuch(n):
    perm1 = list(range(n))
    perm = [0] * n
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1

        for i in range(n):
            perm[i] = perm1[i]
        flips = 0
        k = perm[0]
        while k != 0:
            i = 0
            j = k
            while i < j:
                t = perm[i]
                perm[i] = perm[j]
                perm[j] = t
                i += 1
                j -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_count % 2 == 0:
            checksum += flips
        else:
            checksum -= flips

        # rotate to the next permutation
        while True:
            if r == n:
                return checksum, max_flips
            perm0 = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = perm0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_count += 1


def main():
    result = None
    for _ in range(REPEAT):
        result = fannkuch(N)
    if result != EXPECTED[N]:
        print("fannkuch FAILED: got", result, "expected", EXPECTED[N])
        sys.exit(1)
    print("fannkuch ok")


main()
