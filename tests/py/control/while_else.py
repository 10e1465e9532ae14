# while loops with else clauses, break skipping the else.

i = 0
while i < 5:
    print("loop", i)
    i += 1
else:
    print("else ran, i =", i)

i = 0
while i < 10:
    if i == 3:
        print("breaking at", i)
        break
    i += 1
else:
    print("else should not run")
print("after break loop, i =", i)

# else runs when the condition is false at the start
while False:
    print("never")
else:
    print("else on an empty while")

# searching with while/else
def find_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            print(n, "has divisor", d)
            break
        d += 1
    else:
        print(n, "is prime")

for n in [2, 9, 13, 25, 29, 91, 97]:
    find_divisor(n)

# continue inside while still reaches else
n = 0
total = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    total += n
else:
    print("even total", total)

# collatz lengths
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

print([collatz(k) for k in range(1, 20)])

# while True with break and a counter
count = 0
while True:
    count += 1
    if count * count > 200:
        break
print("count", count)

# while with a complex condition
a, b = 0, 1
while a < 1000 and b != 0:
    a, b = b, a + b
print("fib passed 1000:", a, b)
