# Binary trees (Computer Language Benchmarks Game): allocate and walk many
# short-lived binary trees, as tuples and as class instances.
import sys

MAX_DEPTH = 15   # size knob: depth of the largest trees
MIN_DEPTH = 4


def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))


def check_tree(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check_tree(left) + check_tree(right)


class Node(object):

    def __init__(self, left, right):
        self.left = left
        self.right = right

    def check(self):
        if self.left is None:
            return 1
        return 1 + self.left.check() + self.right.check()


def make_node(depth):
    if depth == 0:
        return Node(None, None)
    depth -= 1
    return Node(make_node(depth), make_node(depth))


def run(make, check, max_depth):
    lines = []
    stretch = max_depth + 1
    lines.append((stretch, check(make(stretch))))
    long_lived = make(max_depth)
    for depth in range(MIN_DEPTH, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + MIN_DEPTH)
        total = 0
        for _ in range(iterations):
            total += check(make(depth))
        lines.append((iterations, depth, total))
    lines.append((max_depth, check(long_lived)))
    return lines


def expected(max_depth):
    # a complete tree of depth d has 2**(d+1) - 1 nodes
    lines = [(max_depth + 1, 2 ** (max_depth + 2) - 1)]
    for depth in range(MIN_DEPTH, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + MIN_DEPTH)
        lines.append((iterations, depth, iterations * (2 ** (depth + 1) - 1)))
    lines.append((max_depth, 2 ** (max_depth + 1) - 1))
    return lines


def main():
    want = expected(MAX_DEPTH)
    got_tuples = run(make_tree, check_tree, MAX_DEPTH)
    got_objects = run(make_node, Node.check, MAX_DEPTH - 2)
    if got_tuples != want or got_objects != expected(MAX_DEPTH - 2):
        print("binary_trees FAILED:", got_tuples, got_objects)
        sys.exit(1)
    print("binary_trees ok")


main()
