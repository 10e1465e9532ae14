import os
os.environ['COLUMNS'] = '80'
import argparse
import io
import sys


def run(parser, args, known=False):
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        if known:
            print(parser.parse_known_args(args))
        else:
            print(parser.parse_args(args))
    except SystemExit as e:
        err = sys.stderr.getvalue()
        sys.stderr = old
        print('exit', e.code, '|', err.splitlines()[-1])
    except argparse.ArgumentError as e:
        sys.stderr = old
        print('ArgumentError:', e)
    finally:
        sys.stderr = old


def make(*specs, **kwargs):
    kwargs.setdefault('prog', 'p')
    parser = argparse.ArgumentParser(**kwargs)
    for args, kw in specs:
        parser.add_argument(*args, **kw)
    return parser


# The "--" marker.
p = make((['a'], {}), (['b'], dict(nargs='*')), (['-x'], {}))
run(p, ['--', '-x'])
run(p, ['-x', '1', '--', '-y', '--', 'z'])
run(p, ['q', '--', '-x', 'r'])
run(p, ['-x', '--'])
run(p, ['--'])
p = make((['rest'], dict(nargs=argparse.REMAINDER)), (['-v'], dict(action='store_true')))
run(p, ['-v', 'cmd', '-v', '--', 'x'])
run(p, ['--', '-v'])
run(p, [])
p = make((['-o'], dict(nargs=argparse.REMAINDER)), (['pos'], {}))
run(p, ['p', '-o', 'x', '-y', '--z'])
run(p, ['-o'])

# Negative numbers.
p = make((['-x'], dict(type=float)), (['n'], dict(nargs='*', type=int)))
run(p, ['-x', '-1.5', '-2', '-3'])
run(p, ['-5', '-x', '-.5'])
run(p, ['-x', '-1e3'])
p = make((['-1'], dict(dest='one', action='store_true')), (['n'], dict(nargs='?')))
run(p, ['-1'])
run(p, ['-2'])
run(p, ['--', '-2'])

# Strings with spaces are never options unless they are known.
p = make((['-x'], {}), (['pos'], dict(nargs='*')))
run(p, ['-x', '-a b', '-c d', 'e'])
run(p, ['-', '-x', '-'])
run(p, ['-x=', ''])

# Short option clusters and attached values.
p = make((['-a'], dict(action='store_true')), (['-b'], dict(action='count', default=0)),
         (['-c'], {}), (['--cc'], {}))
run(p, ['-abbb'])
run(p, ['-abcval'])
run(p, ['-ac', 'v', '-cw'])
run(p, ['-c=x'])
run(p, ['-ca=b'])
run(p, ['-ba=1'])
run(p, ['-az'])
run(p, ['--c', 'v'])

# Abbreviations.
p = make((['--verbose'], dict(action='store_true')), (['--version-file'], {}),
         (['--quiet'], dict(action='store_true')))
run(p, ['--verb'])
run(p, ['--q', '--version-f=x'])
run(p, ['--ver'])
run(p, ['--verbose=1'])
p = make((['--verbose'], dict(action='store_true')), (['-verb'], dict(action='store_true')),
         allow_abbrev=False)
run(p, ['--verb'])
run(p, ['-verb'])
run(p, ['-ver'])
run(p, ['--verbose'])
p = make((['--foo'], {}), (['--foobar'], {}))
run(p, ['--foo', '1'])
run(p, ['--foob', '2'])
run(p, ['--fo', '3'])

# Unknown options and parse_known_args.
p = make((['--known'], {}), (['pos'], dict(nargs='?')))
run(p, ['--unknown', 'x', '--known', 'k'], known=True)
run(p, ['a', 'b', '-u', '--known=z', 'c'], known=True)
run(p, ['--unknown=5'], known=True)
run(p, ['-'], known=True)

# Greedy sharing among positionals and interleaved options.
p = make((['a'], dict(nargs='+')), (['b'], dict(nargs=2)), (['c'], dict(nargs='?')),
         (['-o'], {}))
run(p, ['1', '2', '3'])
run(p, ['1', '2', '3', '4', '5'])
run(p, ['1', '-o', 'x', '2', '3'])
run(p, ['1', '2', '-o', 'x', '3'])
p = make((['a'], {}), (['b'], dict(nargs='*')), (['-x'], {}))
run(p, ['1', '-x', 'y', '2'])
run(p, ['1', '2', '-x', 'y'])
p = make((['a'], dict(nargs='?')), (['b'], {}), (['-f'], dict(action='store_true')))
run(p, ['x'])
run(p, ['x', '-f', 'y'])
run(p, ['-f', 'x', 'y'])

# Choices with nargs, defaults and conversions.
p = make((['c'], dict(nargs='*', choices=['a', 'b'])),)
run(p, [])
run(p, ['a', 'b', 'a'])
run(p, ['a', 'z'])
p = make((['c'], dict(nargs='?', choices=[1, 2], type=int, default=2)),)
run(p, [])
run(p, ['1'])
run(p, ['3'])
p = make((['--c'], dict(nargs='?', const='x', choices='xyz')),)
run(p, ['--c'])
run(p, ['--c', 'y'])
run(p, ['--c', 'w'])

# Custom actions.
class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, (option_string, values.upper()))

class Collect(argparse.Action):
    def __init__(self, option_strings, dest, **kwargs):
        kwargs.setdefault('nargs', 0)
        super().__init__(option_strings, dest, **kwargs)
    def __call__(self, parser, namespace, values, option_string=None):
        seen = getattr(namespace, 'seen', None) or []
        setattr(namespace, 'seen', seen + [option_string])

p = make((['--up', '-u'], dict(action=Upper)), (['pos'], dict(action=Upper)),
         (['-a', '--all'], dict(action=Collect, dest='x')))
run(p, ['hello', '-u', 'world', '-a', '--all'])
run(p, ['x', '--up=y'])
p.register('action', 'upper', Upper)
p.add_argument('--reg', action='upper')
run(p, ['q', '--reg', 'abc'])
p.register('type', 'hex', lambda s: int(s, 16))
p.add_argument('--hex', type='hex')
run(p, ['q', '--hex', 'ff'])
try:
    argparse.Action(['-z'], 'z')(None, None, None)
except NotImplementedError as e:
    print('NotImplementedError', e)

# Dests that are not identifiers, and SUPPRESS dests.
p = make((['--with-dash'], {}), (['--x'], dict(dest='x y')),
         (['--s'], dict(dest=argparse.SUPPRESS, action='store_true')))
run(p, ['--with-dash', '1', '--x', '2', '--s'])

# parse_intermixed_args.
p = make((['--foo'], {}), (['cmd'], {}), (['rest'], dict(nargs='*', type=int)))
run(p, ['doit', '1', '--foo', 'bar', '2', '3'])
print(p.parse_intermixed_args(['doit', '1', '--foo', 'bar', '2', '3']))
print(p.parse_known_intermixed_args(['x', '--foo', 'f', '4', '--zz', '5']))
print(p.format_usage(), end='')

# Prefix characters other than "-".
p = make((['+v'], dict(action='store_true')), (['++name'], {}), (['x'], dict(nargs='?')),
         prefix_chars='+', add_help=False)
run(p, ['+v', '++name', 'n', '-1'])
run(p, ['++na=q', '-v'])
p = make((['-a'], dict(action='store_true')), (['/b'], dict(action='store_true')),
         prefix_chars='-/')
run(p, ['-a', '/b'])
print(p.format_usage(), end='')

# Positional nargs=0 and SUPPRESS.
p = make((['flag'], dict(action='store_true')), (['--z'], {}))
run(p, [])
run(p, ['--z', '1'])
p = make((['x'], dict(nargs=argparse.SUPPRESS)), (['y'], {}))
run(p, ['1'])

# Namespace reuse across calls.
p = make((['--n'], dict(type=int, default=0)), (['-a'], dict(action='append')))
ns = argparse.Namespace(a=['pre'])
print(p.parse_args(['-a', 'x'], ns), p.parse_args(['-a', 'y'], ns))
