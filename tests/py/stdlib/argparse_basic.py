import os
os.environ['COLUMNS'] = '80'
import argparse
import io
import sys


def run(parser, args):
    """Parse args, printing the namespace or the exit status and stderr."""
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        print(parser.parse_args(args))
    except SystemExit as e:
        err = sys.stderr.getvalue()
        sys.stderr = old
        print('exit', e.code)
        print(err, end='')
    finally:
        sys.stderr = old


# Namespace basics.
ns = argparse.Namespace(b=1, a=2)
print(ns, ns.a, ns.b)
print(argparse.Namespace(), argparse.Namespace(**{'x-y': 1, 'z': 2}))
print(ns == argparse.Namespace(a=2, b=1), ns != argparse.Namespace(a=2))
print(ns == 5, 'a' in ns, 'c' in ns, vars(ns))
ns.c = [1, 'x']
print(ns)
try:
    hash(ns)
except TypeError as e:
    print(type(e).__name__, e)

# Store, positionals, types, defaults.
p = argparse.ArgumentParser(prog='prog')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out.txt')
p.add_argument('-n', '--num', type=int, default=3)
p.add_argument('--ratio', type=float)
p.add_argument('-v', '--verbose', action='store_true')
p.add_argument('-q', action='store_false', dest='loud')
p.add_argument('--mode', choices=['fast', 'slow'], default='slow')
p.add_argument('--const', action='store_const', const=42)
run(p, ['in.txt'])
run(p, ['in.txt', 'o', '-n', '7', '--ratio', '0.5', '-v', '-q'])
run(p, ['-n5', 'a', '--num=9', '--mode', 'fast', '--const'])
run(p, ['--nu', '4', 'x', '--verb'])
run(p, ['x', '-vq', '-n', '-1'])

# Append, append_const, count, extend.
p = argparse.ArgumentParser(prog='prog')
p.add_argument('-I', action='append', dest='include')
p.add_argument('--str', action='append_const', const=str, dest='types')
p.add_argument('--int', action='append_const', const=int, dest='types')
p.add_argument('-v', action='count', default=0)
p.add_argument('--ext', action='extend', nargs='+', type=int)
p.add_argument('--pair', action='append', nargs=2)
run(p, [])
run(p, ['-Ia', '-I', 'b', '--int', '--str', '-vvv', '-v'])
run(p, ['--ext', '1', '2', '--ext', '3', '--pair', 'a', 'b', '--pair', 'c', 'd'])

# Defaults shared between calls must not be mutated by append.
p = argparse.ArgumentParser(prog='prog')
default = ['base']
p.add_argument('--x', action='append', default=default)
run(p, ['--x', 'one'])
print(default)

# Nargs.
p = argparse.ArgumentParser(prog='prog')
p.add_argument('--two', nargs=2)
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--many', nargs='*')
p.add_argument('--some', nargs='+')
p.add_argument('--one', nargs=1)
run(p, [])
run(p, ['--two', 'a', 'b', '--opt', '--many', '--some', 'x', 'y', '--one', 'z'])
run(p, ['--opt', 'v', '--many', 'a', 'b', 'c'])

# Positionals with every nargs.
for nargs_list, args in [
        ((None, '*'), ['a', 'b', 'c']),
        (('*', None), ['a', 'b', 'c']),
        (('?', '?'), ['a']),
        (('+', 2), ['a', 'b', 'c', 'd']),
        (('?', '*', None), ['a', 'b']),
        (('+', '+'), ['a', 'b', 'c']),
        ((2, '?'), ['a', 'b']),
        (('*', '*'), ['a', 'b']),
        ((None, argparse.REMAINDER), ['a', '-x', 'b', '--y']),
]:
    p = argparse.ArgumentParser(prog='prog')
    for i, nargs in enumerate(nargs_list):
        p.add_argument('p%d' % i, nargs=nargs)
    run(p, args)

# Type functions and string defaults.
def even(s):
    n = int(s)
    if n % 2:
        raise argparse.ArgumentTypeError('%r is not even' % s)
    return n

p = argparse.ArgumentParser(prog='prog')
p.add_argument('--e', type=even, default='4')
p.add_argument('--l', type=list, default='ab')
p.add_argument('--d', type=int, default=1.5)
run(p, [])
run(p, ['--e', '8', '--l', 'xyz'])

# set_defaults and get_default.
p = argparse.ArgumentParser(prog='prog')
p.add_argument('--foo', default='f')
p.set_defaults(foo='g', bar=7)
print(p.get_default('foo'), p.get_default('bar'), p.get_default('zzz'))
run(p, [])
run(p, ['--foo', 'x'])

# A namespace passed in keeps its attributes.
class Obj:
    pass
o = Obj()
o.foo = 'preset'
r = p.parse_args([], namespace=o)
print(r is o, o.foo, o.bar)
ns = argparse.Namespace(foo='ns')
print(p.parse_args(['--foo', 'y'], ns), ns)

# dest, metavar, required options.
p = argparse.ArgumentParser(prog='prog')
p.add_argument('--in-file', '-i')
p.add_argument('-x', '--extra-long', dest='custom')
p.add_argument('--need', required=True)
run(p, ['--need', '1', '--in-file', 'f', '-x', 'q'])
run(p, ['-i', 'f'])

# parse_known_args.
p = argparse.ArgumentParser(prog='prog')
p.add_argument('--a')
p.add_argument('pos')
print(p.parse_known_args(['--a', '1', 'p', '--b', '2', 'q', '-c']))
print(p.parse_known_args(['x', '--', '--a']))
print(p.parse_known_args(['--a=', 'x']))

# Version and help actions exit with status 0 and print to stdout.
p = argparse.ArgumentParser(prog='prog')
p.add_argument('--version', action='version', version='%(prog)s 1.2.3')
try:
    p.parse_args(['--version'])
except SystemExit as e:
    print('exit', e.code)
p = argparse.ArgumentParser(prog='tiny')
try:
    p.parse_args(['-h'])
except SystemExit as e:
    print('exit', e.code)

# BooleanOptionalAction.
p = argparse.ArgumentParser(prog='prog')
p.add_argument('--feature', action=argparse.BooleanOptionalAction)
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True)
run(p, [])
run(p, ['--feature', '--no-color'])
run(p, ['--no-feature', '--color'])

# Reprs.
p = argparse.ArgumentParser(prog='prog', description='d')
print(repr(p))
print(repr(p.add_argument('--foo', type=int, choices=[1, 2], help='h')))
print(repr(p.add_argument('bar', nargs='+')))
print(repr(p.add_argument('-c', action='count')))
print(argparse.FileType('w'), argparse.FileType('rb', 0, 'utf-8', 'strict'))
print(argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE,
      argparse.ONE_OR_MORE, argparse.REMAINDER, argparse.PARSER)

# The default prog is the script's name, and the arguments default to
# sys.argv[1:].
p = argparse.ArgumentParser()
print(p.prog, p.parse_args(), p.format_usage(), end='')
p = argparse.ArgumentParser(prog='%(prog)s-like', usage=None)
print(p.format_usage(), end='')
