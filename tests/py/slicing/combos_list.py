# exhaustive start/stop/step combos on a list, checked against a manual implementation
data = list(range(7))
def manual(seq, start, stop, step):
    n = len(seq)
    if step is None:
        step = 1
    if step > 0:
        lo, hi = 0, n
    else:
        lo, hi = -1, n - 1
    def norm(v, default):
        if v is None:
            return default
        if v < 0:
            v += n
            return max(v, lo)
        return min(v, hi)
    s = norm(start, lo if step > 0 else hi)
    e = norm(stop, hi if step > 0 else lo)
    out = []
    i = s
    while (i < e) if step > 0 else (i > e):
        out.append(seq[i])
        i += step
    return out
values = [None, -10, -7, -3, -1, 0, 1, 3, 6, 7, 10]
steps = [None, 1, 2, 3, -1, -2, -3, 10, -10]
mismatches = 0
total = 0
for st in values:
    for sp in values:
        for step in steps:
            got = data[st:sp:step]
            total += 1
            if got != manual(data, st, sp, step):
                mismatches += 1
                print("MISMATCH", st, sp, step, got)
print("checked", total, "mismatches", mismatches)
for st, sp, step in [(None, None, -1), (-1, None, -2), (5, 1, -1), (1, 5, -1), (-3, -1, None), (-1, -3, None),
                     (2, None, 3), (None, 2, -3), (10, -10, -1), (-10, 10, 4), (3, 3, 1), (0, 7, 7)]:
    print((st, sp, step), data[st:sp:step], data[slice(st, sp, step)])
print(data[::-1][::-1] == data, data[1:][1:][1:], data[-1:][0], data[:-1][-1])
