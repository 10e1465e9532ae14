# Filters in comprehensions: single, multiple, and conditional expressions.

nums = list(range(-5, 16))
print([n for n in nums if n > 0])
print([n for n in nums if n % 2 == 0 if n % 3 == 0])
print([n for n in nums if n % 2 == 0 and n % 3 == 0])
print([n for n in nums if not n % 5])
print([n if n >= 0 else -n for n in nums])
print([n for n in nums if n in (1, 4, 9, 16)])

words = ["apple", "", "Banana", "cherry", None, "date", "Elder"]
print([w for w in words if w])
print([w.lower() for w in words if w and w[0].isupper()])
print([w for w in words if isinstance(w, str) and len(w) > 4])

# filter before and between for clauses
print([(a, b) for a in range(5) if a % 2 for b in range(a) if b % 2 == 0])

# condition calling functions
def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))
print([n for n in range(50) if is_prime(n)])

# condition with side effects evaluated once per item
checked = []
def check(n):
    checked.append(n)
    return n > 2
print([n * 10 for n in range(5) if check(n)], checked)

# conditional expression and filter together
print(["big" if n > 10 else "small" for n in nums if n % 4 == 0])

# filtering dict items
stock = {"apples": 5, "pears": 0, "plums": 12, "kiwis": 0}
print({k: v for k, v in stock.items() if v})
print(sorted(k for k, v in stock.items() if not v))

# all/any with comprehension filters
print(all(n > -10 for n in nums), any(n > 100 for n in nums))

# filter on exceptions-safe parsing
raw = ["1", "2", "x", "3.5", "-4", ""]
def safe_int(s):
    try:
        return int(s)
    except ValueError:
        return None
print([v for v in (safe_int(s) for s in raw) if v is not None])
