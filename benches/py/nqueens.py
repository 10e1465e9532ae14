# N-Queens (after pyperformance's bm_nqueens): brute force over permutations
# produced by a generator, checked with set comprehensions; plus a recursive
# generator-based backtracking solver that keeps attacked lines in sets.
import sys

N = 8          # size knob: board size for the permutation search
REPEAT = 6     # size knob: permutation searches
BT_N = 9       # size knob: board size for the backtracking solver

SOLUTIONS = {6: 4, 7: 40, 8: 92, 9: 352, 10: 724}


def permutations(iterable, r=None):
    """Pure-Python equivalent of itertools.permutations()."""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    indices = list(range(n))
    cycles = list(range(n - r + 1, n + 1))[::-1]
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def n_queens(queen_count):
    cols = range(queen_count)
    for vec in permutations(cols):
        if (queen_count == len(set(vec[i] + i for i in cols))
                == len(set(vec[i] - i for i in cols))):
            yield vec


def backtrack(n, row, cols, diag1, diag2, placed):
    if row == n:
        yield tuple(placed)
        return
    for c in range(n):
        if c in cols or (row + c) in diag1 or (row - c) in diag2:
            continue
        cols.add(c)
        diag1.add(row + c)
        diag2.add(row - c)
        placed.append(c)
        yield from backtrack(n, row + 1, cols, diag1, diag2, placed)
        placed.pop()
        cols.discard(c)
        diag1.discard(row + c)
        diag2.remove(row - c)


def checksum(solutions):
    # order-dependent fingerprint of the solution sequence
    h = 0
    for sol in solutions:
        for q in sol:
            h = (h * 31 + q) % 1000000007
    return h


def main():
    ok = True
    first = None
    for _ in range(REPEAT):
        sols = list(n_queens(N))
        if len(sols) != SOLUTIONS[N]:
            ok = False
        if first is None:
            first = sols
    bt = list(backtrack(BT_N, 0, set(), set(), set(), []))
    if len(bt) != SOLUTIONS[BT_N]:
        ok = False
    # both searches enumerate in lexicographic order
    if N == BT_N and checksum(first) != checksum(bt):
        ok = False
    bt_n = list(backtrack(N, 0, set(), set(), set(), []))
    if bt_n != first:
        ok = False
    if not ok:
        print("nqueens FAILED:", len(first), len(bt))
        sys.exit(1)
    print("nqueens ok")


main()
