# Generator pipelines: chaining stages, laziness order, reuse and state.

log = []

def source(items):
    for it in items:
        log.append("src " + str(it))
        yield it

def double(xs):
    for x in xs:
        log.append("dbl " + str(x))
        yield x * 2

def only_big(xs, limit):
    for x in xs:
        if x > limit:
            log.append("pass " + str(x))
            yield x

pipe = only_big(double(source([1, 5, 2, 8])), 4)
print(log)
print(next(pipe))
print(log)
print(list(pipe))
print(log)

# grouping consecutive items
def groups(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(groups(range(10), 3)))

# tokenizer generator
def tokens(text):
    word = ""
    for ch in text:
        if ch.isalnum():
            word += ch
        else:
            if word:
                yield ("WORD", word)
                word = ""
            if not ch.isspace():
                yield ("SYM", ch)
    if word:
        yield ("WORD", word)
print(list(tokens("x = foo(a1, 22) + b;")))

# generator with local state across calls in a class
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
    def depth_first(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.depth_first(depth + 1)

t = Tree(1, Tree(2, Tree(3), Tree(4)), Tree(5, Tree(6)))
print(list(t))
print(list(t.depth_first()))
print(sum(t), max(t), 4 in t, 9 in t)

# generators as lazy zip/enumerate replacements
def my_enumerate(xs, start=0):
    n = start
    for x in xs:
        yield n, x
        n += 1
def my_zip(*its):
    iters = [iter(i) for i in its]
    while True:
        row = []
        for it in iters:
            try:
                row.append(next(it))
            except StopIteration:
                return
        yield tuple(row)
print(list(my_enumerate("abc", 1)), list(my_zip("ab", [1, 2, 3], (True, False))))
