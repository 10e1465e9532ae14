# timeit: Timer with strings and callables, globals, errors, and main()
# driven by a fake clock so that its output is deterministic.
import io
import sys
import timeit


class FakeClock:
    """A clock that advances by a fixed step at every reading."""

    def __init__(self, step=0.5):
        self.now = 0.0
        self.step = step
        self.calls = 0

    def __call__(self):
        self.calls += 1
        self.now += self.step
        return self.now


print(timeit.default_timer is __import__('time').perf_counter)
print(timeit.default_number, timeit.default_repeat, timeit.dummy_src_name)

t = timeit.Timer('x = 1', timer=FakeClock())
print(t.timeit(10), t.timeit(0), t.repeat(3, 5))
r = timeit.timeit('pass', number=100)
print(type(r).__name__, r >= 0)
rs = timeit.repeat('pass', repeat=4, number=10)
print(len(rs), all(type(x) is float for x in rs))
print(len(timeit.repeat('pass', number=1)))

# The statement runs number times after the setup ran once.
log = []
n = timeit.timeit(lambda: log.append('s'), setup=lambda: log.append('setup'), number=4)
print(log, type(n).__name__)
ns = {'log': []}
timeit.timeit('log.append(x)', setup='x = 7\nlog.append(0)', number=3, globals=ns)
print(ns['log'])
timeit.Timer('log.append(y)', 'y = 2\nif y:\n    y = 3', globals=ns).timeit(2)
print(ns['log'])
timeit.Timer('for i in range(2):\n    log.append(i)', globals=ns).timeit(2)
print(ns['log'])
counter = []
timeit.Timer(lambda: counter.append(1), 'z = 1').timeit(5)
print(len(counter))
print(timeit.Timer('a', setup='a = 5').timeit(3) >= 0)

# Errors.
for stmt, setup in [(None, 'pass'), ('pass', 42), (3, None)]:
    try:
        timeit.Timer(stmt, setup)
    except Exception as e:
        print(type(e).__name__, e)
for stmt, setup in [('return', 'pass'), ('pass', 'return'), ('x = (', 'pass'),
                    ('yield 1', 'pass'), ('break', 'pass'), ('pass', 'a\nb\ncontinue')]:
    try:
        timeit.Timer(stmt, setup)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    timeit.timeit('undefined_name', number=1)
except NameError as e:
    print('NameError', e)
try:
    timeit.timeit('1/0', number=2)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
t = timeit.Timer('1/0')
try:
    t.timeit(1)
except ZeroDivisionError:
    buf = io.StringIO()
    t.print_exc(buf)
    print(buf.getvalue().splitlines()[-1])
print(t.src.splitlines()[1:4])

# autorange with a clock that makes each loop take 0.03 s.

calls = []
ns = {'c': [0]}
t = timeit.Timer('c[0] += 1', timer=lambda: ns['c'][0] * 0.03, globals=ns)
print(t.autorange(lambda n, tt: calls.append(n)))
print(calls)
print(timeit.Timer('pass', timer=FakeClock(0.2)).autorange())

# main() with a fake clock: each reading advances by 0.25 s.
def wrap(timer):
    return FakeClock(0.25)

def run(args):
    out, err = sys.stdout, sys.stderr
    sys.stdout = io.StringIO()
    sys.stderr = io.StringIO()
    try:
        rc = timeit.main(args, _wrap_timer=wrap)
    finally:
        o, e = sys.stdout.getvalue(), sys.stderr.getvalue()
        sys.stdout, sys.stderr = out, err
    print('rc', rc)
    for line in o.splitlines():
        print('  out:', line)
    if e:
        print('  err:', e.splitlines()[-1])

saved_path = list(sys.path)
run(['-n', '10', '-r', '3', 'pass'])
run(['-n', '1', '-r', '2', 'x = 1'])
run(['--number=1000', '--repeat=2', '--unit=usec', 'pass'])
run(['-n', '5', '-u', 'nsec', '-r', '0', 'pass'])
run(['-n', '2', '-u', 'sec', '-v', 'pass'])
run(['-n', '2', '-v', '-v', '-s', 'a = 1', '-s', 'b = 2', 'a + b'])
run(['-v', 'pass'])
run(['pass'])
run(['-r', '1', '-n', '3', '-u', 'msec', 'pass', 'pass'])
run(['-x'])
run(['--bogus'])
run(['-n'])
run(['-u', 'weeks', 'pass'])
run(['-n', '2', '1/0'])
run(['-s', 'import nosuchmodule_xyz', 'pass'])
run(['-p', '-n', '1', '-r', '1', 'pass'])

def squares(timer):
    state = [0]
    def clock():
        state[0] += 1
        return float(state[0] ** 2) / 1000
    return clock

timeit_wrap = wrap
wrap = squares
run(['-n', '1', '-r', '5', 'pass'])
run(['-n', '1', '-r', '2', 'pass'])
sys.path[:] = saved_path
try:
    timeit.main(['-n', 'abc'])
except ValueError as e:
    print('ValueError', e)
