# Generator send(): coroutines-by-hand, running averages, priming.

def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = averager()
print(next(avg))
for v in [10, 20, 30, 5]:
    print("sent", v, "->", avg.send(v))

# sending a non-None value to a just-started generator is an error
def simple():
    x = yield 1
    yield x
g = simple()
try:
    g.send("too early")
except TypeError as e:
    print(type(e).__name__, e)
print(g.send(None))
print(g.send("now"))

# send drives a state machine
def parser():
    tokens = []
    while True:
        tok = yield len(tokens)
        if tok == "END":
            return tokens
        tokens.append(tok.upper())

p = parser()
next(p)
for t in ["a", "b", "c"]:
    print("count", p.send(t))
try:
    p.send("END")
except StopIteration as e:
    print("parsed", e.value)

# send to an exhausted generator
try:
    p.send("more")
except StopIteration as e:
    print("StopIteration again", e.value)

# yield expression value in various positions
def positions():
    a = (yield "first") + 1
    b = [(yield "second"), (yield "third")]
    c = yield (yield "fourth")
    yield ("results", a, b, c)

g = positions()
print(next(g))
print(g.send(10))
print(g.send("x"))
print(g.send("y"))
print(g.send("inner"))
print(g.send("outer"))

# a generator that sends back what it receives, transformed
def transformer(fn):
    result = None
    while True:
        item = yield result
        result = fn(item)
t = transformer(lambda s: s[::-1])
next(t)
print([t.send(w) for w in ["abc", "hello", "xy"]])

# gi_running and recursion into a running generator
def self_ref():
    yield gen_ref.gi_running
    try:
        next(gen_ref)
    except ValueError as e:
        yield type(e).__name__ + ": " + str(e)
gen_ref = self_ref()
print(list(gen_ref))
