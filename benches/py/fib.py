# Recursive calls: naive Fibonacci. Exercises function call/return overhead.
import sys

N = 32          # size knob: fib(N)
REPEAT = 3

EXPECTED = {22: 17711, 25: 75025, 30: 832040, 31: 1346269, 32: 2178309, 33: 3524578}


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    result = 0
    for _ in range(REPEAT):
        result = fib(N)
    if result != EXPECTED[N]:
        print("fib FAILED: got", result, "expected", EXPECTED[N])
        sys.exit(1)
    print("fib ok")


main()
