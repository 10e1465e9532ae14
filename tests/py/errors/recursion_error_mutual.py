# Mutual recursion with a smaller recursion limit.
import sys

sys.setrecursionlimit(150)
print("limit", sys.getrecursionlimit())

def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1)

try:
    ping(0)
except RecursionError as e:
    print("caught once:", type(e).__name__, e)

print("trying again without a handler")
ping(0)
