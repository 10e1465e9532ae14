# Augmented assignment: the operation is the whole statement; reading the
# target is at the target.

class Counter:
    pass

def bump(counts, key):
    counts[key] += 1

try:
    n = 1
    n += "a"
except TypeError:
    try:
        bump({}, "z")
    except KeyError:
        c = Counter()
        c.count += 1
