# gi_frame and cr_frame of suspended generators and coroutines: their code,
# line and locals (and None once finished).
import inspect
def gen(a):
    b = a * 2
    yield b
    c = b + 1
    yield c
g = gen(5)
print(g.gi_frame is not None, type(g.gi_frame).__name__)
next(g)
f = g.gi_frame
print(f.f_code.co_name, f.f_lineno, sorted(f.f_locals.items()), f.f_back)
next(g)
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
print(inspect.getgeneratorlocals(g))
print(inspect.getgeneratorstate(g))
for _ in g: pass
print(g.gi_frame, inspect.getgeneratorstate(g))
async def co(x):
    y = x + 1
    await Aw()
    return y
class Aw:
    def __await__(self):
        yield 1
c = co(1)
c.send(None)
print(c.cr_frame.f_code.co_name, c.cr_frame.f_lineno, sorted(c.cr_frame.f_locals.items()))
print(inspect.getcoroutinelocals(c), inspect.getcoroutinestate(c))
c.close()
