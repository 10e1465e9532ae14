import os
os.environ['COLUMNS'] = '80'
import argparse
import io
import sys


def run(parser, args):
    """Parse args; show the result, the exit status and stderr, or the
    ArgumentError raised."""
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        print(parser.parse_args(args))
    except SystemExit as e:
        err = sys.stderr.getvalue()
        sys.stderr = old
        print('exit', e.code)
        print(err, end='')
    except argparse.ArgumentError as e:
        sys.stderr = old
        print('ArgumentError:', e, '|', e.argument_name, '|', e.message)
    finally:
        sys.stderr = old


class ErrorParser(argparse.ArgumentParser):
    def error(self, message):
        print('error():', message)
        raise SystemExit(99)


p = argparse.ArgumentParser(prog='prog')
p.add_argument('x')
p.add_argument('--n', type=int)
p.add_argument('--f', type=float)
p.add_argument('-c', choices=['a', 'b'])
p.add_argument('--pick', type=int, choices=range(1, 4))
run(p, [])
run(p, ['1', '--n', 'x'])
run(p, ['1', '--f', 'nan?'])
run(p, ['1', '-c', 'z'])
run(p, ['1', '--pick', '7'])
run(p, ['1', '2', '3'])
run(p, ['1', '--n'])
run(p, ['1', '--zzz'])
run(p, ['1', '-c'])

# The same with exit_on_error=False raise ArgumentError where CPython does.
q = argparse.ArgumentParser(prog='q', exit_on_error=False)
q.add_argument('x', type=int)
q.add_argument('--two', nargs=2)
q.add_argument('--plus', nargs='+')
q.add_argument('--opt', nargs='?', type=int)
q.add_argument('-f', action='store_true')
q.add_argument('--long-name', action='store_true')
run(q, ['abc'])
run(q, ['1', '--two', 'a'])
run(q, ['1', '--plus'])
run(q, ['1', '--opt', 'x'])
run(q, ['1', '-fx'])
run(q, ['1', '-f=1'])
run(q, ['1', '--long-name=yes'])
run(q, ['1', '--two=a'])
run(q, ['1', '--lo=x'])
run(q, [])
run(q, ['1', 'extra'])

# Overriding error().
e = ErrorParser(prog='e')
e.add_argument('--n', type=int, required=True)
e.add_argument('pos', nargs='+')
run(e, ['--n', 'q', 'a'])
run(e, ['--n', '1'])
run(e, [])

# Required options and positionals listed together.
p = argparse.ArgumentParser(prog='prog')
p.add_argument('--alpha', required=True)
p.add_argument('-b', '--beta', required=True)
p.add_argument('gamma')
p.add_argument('delta', nargs='+', metavar='DELTA')
run(p, [])
run(p, ['--alpha', 'a', 'g'])

# Ambiguous abbreviations.
p = argparse.ArgumentParser(prog='prog')
p.add_argument('--foobar')
p.add_argument('--foonly')
p.add_argument('--x-ray', action='store_true')
run(p, ['--foo', '1'])
run(p, ['--foob', '1', '--foon=2', '--x'])
run(p, ['--fo=1'])

# ArgumentTypeError and type names in messages.
def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError('%s is not positive' % s)
    return v

class Custom:
    def __call__(self, s):
        raise ValueError('nope')
    def __repr__(self):
        return 'Custom()'

p = argparse.ArgumentParser(prog='prog', exit_on_error=False)
p.add_argument('--p', type=positive)
p.add_argument('--c', type=Custom())
p.add_argument('--lam', type=lambda s: int(s))
run(p, ['--p', '-3'])
run(p, ['--p', 'x'])
run(p, ['--c', 'v'])
run(p, ['--lam', 'v'])

# Errors while defining arguments.
p = argparse.ArgumentParser(prog='prog')
p.add_argument('--dup')
cases = [
    lambda: p.add_argument('--dup'),
    lambda: p.add_argument('-h'),
    lambda: p.add_argument('pos', required=True),
    lambda: p.add_argument('pos', dest='other'),
    lambda: p.add_argument('--x', action='nope'),
    lambda: p.add_argument('--x', type='nope'),
    lambda: p.add_argument('--x', nargs=0),
    lambda: p.add_argument('--x', action='append', nargs=0),
    lambda: p.add_argument('--x', const=1),
    lambda: p.add_argument('--x', nargs=2, metavar=('A',)),
    lambda: p.add_argument('--x', nargs='+', metavar=('A', 'B', 'C')),
    lambda: p.add_argument('--x', nargs='bad'),
    lambda: p.add_argument('x-', '--y'),
    lambda: p.add_argument('--'),
    lambda: p.add_argument('--x', type=argparse.FileType),
    lambda: p.add_argument('--x', action='store_true', nargs=1),
    lambda: p.add_mutually_exclusive_group().add_argument('pos'),
    lambda: p.add_mutually_exclusive_group().add_argument('--r', required=True),
    lambda: argparse.ArgumentParser(conflict_handler='bogus'),
]
for case in cases:
    try:
        case()
        print('ok')
    except (ValueError, TypeError, argparse.ArgumentError) as err:
        print(type(err).__name__, err)

# Type errors from the default value show when it is converted.
p = argparse.ArgumentParser(prog='prog')
p.add_argument('--n', type=int, default='oops')
run(p, [])
run(p, ['--n', '3'])

# exit() and error() directly.
p = argparse.ArgumentParser(prog='prog')
old = sys.stderr
sys.stderr = io.StringIO()
try:
    p.exit(3, 'bye\n')
except SystemExit as e:
    print('exit', e.code, repr(sys.stderr.getvalue()))
sys.stderr = io.StringIO()
try:
    p.error('custom problem')
except SystemExit as e:
    print('exit', e.code, repr(sys.stderr.getvalue()))
sys.stderr = old
try:
    p.exit()
except SystemExit as e:
    print('exit', e.code)

# ArgumentError on its own.
err = argparse.ArgumentError(None, 'plain')
print(str(err), err.argument_name)
act = p.add_argument('--thing', metavar='T')
print(str(argparse.ArgumentError(act, 'bad')))
pos = p.add_argument('where', metavar='W')
print(str(argparse.ArgumentError(pos, 'bad')))
print(issubclass(argparse.ArgumentError, Exception),
      issubclass(argparse.ArgumentTypeError, Exception))
