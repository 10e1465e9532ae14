# Generator throw() and close(): handling, propagation, cleanup.

def worker():
    print("worker start")
    while True:
        try:
            yield "working"
        except ValueError as e:
            print("worker handled", e)
            yield "recovered from " + str(e)
        except KeyError:
            print("worker got KeyError, stopping")
            return "stopped"

w = worker()
print(next(w))
print(w.throw(ValueError("bad value")))
print(next(w))
try:
    w.throw(KeyError("k"))
except StopIteration as e:
    print("StopIteration with", e.value)

# unhandled exceptions thrown in propagate out of throw()
def fragile():
    yield 1
    yield 2
f = fragile()
next(f)
try:
    f.throw(RuntimeError("unhandled"))
except RuntimeError as e:
    print("propagated", e)
print(next(f, "generator is finished"))

# throw into a not-yet-started generator
def unstarted():
    print("never printed")
    yield
u = unstarted()
try:
    u.throw(IndexError("early"))
except IndexError as e:
    print("early throw:", e)

# throw with an exception class
def catches_type():
    try:
        yield
    except TypeError as e:
        yield "caught " + repr(e)
c = catches_type()
next(c)
print(c.throw(TypeError))

# close(): GeneratorExit runs finally blocks
def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup on close")
g = with_cleanup()
next(g)
g.close()
print(next(g, "closed generator yields nothing"))
g.close()

# close on an unstarted and on a finished generator does nothing
def simple():
    yield 1
s = simple()
s.close()
print(list(s))
s2 = simple()
list(s2)
s2.close()
print("closed twice is fine")

# yielding in response to GeneratorExit is an error
def stubborn():
    while True:
        try:
            yield "x"
        except GeneratorExit:
            yield "refuse"
st = stubborn()
next(st)
try:
    st.close()
except RuntimeError as e:
    print(type(e).__name__, e)

# close() returns the generator's return value in 3.13 only; in 3.12 it is None
def returns_on_exit():
    try:
        yield
    except GeneratorExit:
        return "value"
r = returns_on_exit()
next(r)
print(r.close())
