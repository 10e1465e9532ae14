# Unbounded recursion ends with RecursionError.
import sys

print("limit", sys.getrecursionlimit())

def countdown(n):
    if n % 200 == 0:
        print("depth", n)
    return countdown(n + 1)

countdown(1)
