def chain(*iterables):
    for it in iterables:
        yield from it

def islice(iterable, *args):
    s = slice(*args)
    start, stop, step = s.start or 0, s.stop, s.step or 1
    for i, x in enumerate(iterable):
        if stop is not None and i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield x

def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step

def cycle(iterable):
    saved = []
    for x in iterable:
        yield x
        saved.append(x)
    while saved:
        yield from saved

def takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x

def dropwhile(pred, it):
    it = iter(it)
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it

def groupby(iterable, key=lambda x: x):
    it = iter(iterable)
    try:
        cur = next(it)
    except StopIteration:
        return
    group = [cur]
    k = key(cur)
    for x in it:
        kx = key(x)
        if kx == k:
            group.append(x)
        else:
            yield k, group
            k, group = kx, [x]
    yield k, group

def accumulate(iterable, func=lambda a, b: a + b, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for x in it:
        total = func(total, x)
        yield total

def pairwise(iterable):
    it = iter(iterable)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x

def product(*seqs):
    if not seqs:
        yield ()
        return
    for x in seqs[0]:
        for rest in product(*seqs[1:]):
            yield (x,) + rest

def zip_longest(*its, fillvalue=None):
    iters = [iter(i) for i in its]
    while True:
        row, alive = [], 0
        for it in iters:
            try:
                row.append(next(it))
                alive += 1
            except StopIteration:
                row.append(fillvalue)
        if not alive:
            return
        yield tuple(row)

def batched(iterable, n):
    batch = []
    for x in iterable:
        batch.append(x)
        if len(batch) == n:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)

print(list(chain("ab", [1, 2], (), range(2))))
print(list(islice(count(), 5)), list(islice(count(10, 5), 2, 12, 3)), list(islice("abcdefg", 1, None, 2)))
print(list(islice(cycle("xyz"), 8)), list(islice(cycle([]), 3)))
print(list(takewhile(lambda v: v < 5, count(1, 2))), list(dropwhile(lambda v: v < 3, [1, 2, 3, 1, 5])))
print([(k, len(g)) for k, g in groupby("aaabccdddda")], list(groupby([])))
print(list(groupby(range(10), key=lambda v: v // 3)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], initial=100)), list(accumulate([])))
print(list(accumulate("abc")), list(accumulate([2, 3, 4], lambda a, b: a * b)))
print(list(pairwise("abcd")), list(pairwise([1])), list(pairwise([])))
print(list(product("ab", [0, 1])), len(list(product(range(3), repeat_list := [0, 1], "xy"))), list(product()))
print(list(zip_longest("abc", [1], fillvalue="-")), list(zip_longest()))
print(list(batched(range(7), 3)), list(batched("", 2)))
gen = count()
print(next(gen), next(gen), [next(gen) for _ in range(3)])
squares = (i * i for i in count(1))
print(list(takewhile(lambda s: s < 50, squares)), next(squares))
def running_mean(values):
    total = 0.0
    for n, v in enumerate(values, 1):
        total += v
        yield round(total / n, 3)
print(list(running_mean([2, 4, 6, 8, 10, 1.5])))
def coroutine_avg():
    total, n, avg = 0, 0, None
    while True:
        v = yield avg
        if v is None:
            return (n, avg)
        total += v
        n += 1
        avg = total / n
co = coroutine_avg()
next(co)
print([co.send(v) for v in (10, 20, 60)])
try:
    co.send(None)
except StopIteration as e:
    print("final", e.value)
