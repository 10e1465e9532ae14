# GeneratorExit: raised at the yield on close(), catching it, cleanup on garbage collection.

def catches():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally after GeneratorExit")

g = catches()
next(g)
g.close()

# swallowing GeneratorExit by returning is allowed
def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("swallowing")
        return
g = swallow()
next(g)
g.close()
print("closed fine")

# GeneratorExit is a BaseException, not an Exception
def broad():
    try:
        yield 1
    except Exception:
        print("Exception handler does not see GeneratorExit")
    finally:
        print("broad finally")
g = broad()
next(g)
g.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))

# raising a different exception during close propagates it
def other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("raised while closing")
g = other()
next(g)
try:
    g.close()
except ValueError as e:
    print(type(e).__name__, e)

# dropping the last reference closes a suspended generator
def dropped():
    try:
        yield "x"
    finally:
        print("cleanup when dropped")
g = dropped()
next(g)
del g
print("after del")

# for loop break leaves the generator suspended; it closes when collected
def loop_gen():
    try:
        for i in range(10):
            yield i
    finally:
        print("loop_gen finalized")
for i in loop_gen():
    if i == 2:
        break
print("after loop with break")

# throwing GeneratorExit explicitly
def explicit():
    try:
        yield
    except GeneratorExit:
        yield "yielded after GeneratorExit via throw"
g = explicit()
next(g)
print(g.throw(GeneratorExit))
