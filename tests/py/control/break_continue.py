# break and continue in for and while loops, including inside try/finally.

for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)

result = []
for word in ["apple", "", "banana", "skip", "cherry", "stop", "date"]:
    if not word:
        result.append("<empty>")
        continue
    if word == "skip":
        continue
    if word == "stop":
        break
    result.append(word.upper())
print(result)

# continue in while
n = 0
seen = []
while n < 12:
    n += 1
    if n % 3 == 0:
        continue
    seen.append(n)
print(seen)

# break out of while True after a few iterations
items = [5, 8, 2, 9, 1]
idx = 0
while True:
    if items[idx] == 9:
        print("found 9 at", idx)
        break
    idx += 1

# break/continue inside try/finally: finally always runs
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)

# break inside with-like try/except
for i in range(5):
    try:
        if i == 2:
            raise ValueError(i)
    except ValueError as e:
        print("caught", e)
        continue
    print("no error", i)

# continue skips the else? no: else still runs when loop ends normally
for i in range(3):
    if i == 1:
        continue
    print("i", i)
else:
    print("else after continue loop")

# break in the last iteration still skips else
for i in range(3):
    if i == 2:
        break
else:
    print("not printed")
print("last i", i)
