# Nested loops, breaking out of inner loops, flags, multiplication tables.

for i in range(1, 5):
    row = []
    for j in range(1, 5):
        row.append(str(i * j).rjust(3))
    print("".join(row))

# break only leaves the inner loop
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        print("pair", i, j)
    print("end of outer", i)

# leaving both loops with a flag
target = 7
found = None
for i in range(5):
    for j in range(5):
        if i + j == target and i < j:
            found = (i, j)
            break
    if found:
        break
print("found", found)

# leaving both loops with for/else
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 6:
            print("six at", r, c)
            break
    else:
        continue
    break
print("stopped at row", r)

# triangular iteration
for i in range(5):
    print(" ".join(str(j) for j in range(i + 1)))

# loops over the same list nested (bubble sort)
data = [5, 1, 4, 2, 8, 0, 3]
n = len(data)
swaps = 0
for i in range(n):
    for j in range(0, n - i - 1):
        if data[j] > data[j + 1]:
            data[j], data[j + 1] = data[j + 1], data[j]
            swaps += 1
print(data, "swaps", swaps)

# while inside for inside while
outer = 0
log = []
while outer < 3:
    for k in range(outer + 1):
        inner = 0
        while inner < k:
            inner += 1
        log.append((outer, k, inner))
    outer += 1
print(log)

# pythagorean triples
triples = []
for a in range(1, 21):
    for b in range(a, 21):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                triples.append((a, b, c))
print(triples)
