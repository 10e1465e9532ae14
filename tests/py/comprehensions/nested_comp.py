# Nested comprehensions: multiple for clauses, comprehensions inside comprehensions.

print([(x, y) for x in range(3) for y in range(2)])
print([x * y for x in range(1, 4) for y in range(x)])
print([c for word in ["ab", "cd", "ef"] for c in word])

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
print([n for row in matrix for n in row])
print([[row[i] for row in matrix] for i in range(3)])
print([[n * 10 for n in row] for row in matrix if sum(row) > 10])

# three levels
print([(a, b, c) for a in range(2) for b in range(2) for c in range(2)])
print([[[0] * 2 for _ in range(2)] for _ in range(2)])

# later clauses depend on earlier variables
print([(i, j) for i in range(4) for j in range(i, 4) if (i + j) % 2 == 0])
print([ch for s in ["abc", "de"] for ch in s if ch not in "bd"])

# flattening an irregular structure one level
data = [[1], [2, 3], [], [4, 5, 6]]
print([x for sub in data for x in sub])

# cartesian products as dicts
print({(r, c): r * c for r in range(1, 3) for c in range(1, 3)})

# nested comprehension used as a value in another comprehension
table = {n: [d for d in range(1, n + 1) if n % d == 0] for n in range(1, 13)}
print(table)
perfect = [n for n, divs in table.items() if sum(divs) - n == n]
print(perfect)

# pascal's triangle with nested comprehensions
rows = [[1]]
for _ in range(6):
    prev = rows[-1]
    rows.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
print(rows)

# comprehension scope: inner comprehension can read outer comprehension variable
print([[x + y for y in range(3)] for x in range(0, 30, 10)])

# transposing with zip vs nested comprehension gives the same
print([list(t) for t in zip(*matrix)] == [[row[i] for row in matrix] for i in range(3)])
