import os
os.environ['COLUMNS'] = '80'
import argparse
import io
import sys


def run(parser, args):
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
        print('ArgumentError:', e)
    finally:
        sys.stderr = old


# Mutually exclusive options.
p = argparse.ArgumentParser(prog='mx')
g = p.add_mutually_exclusive_group()
g.add_argument('-a', action='store_true')
g.add_argument('-b', action='store_true')
g.add_argument('--level', type=int, default=0)
run(p, [])
run(p, ['-a'])
run(p, ['-a', '-b'])
run(p, ['-b', '-a'])
run(p, ['-ab'])
run(p, ['-a', '--level', '3'])
# Giving an option its default value does not count as a conflict.
run(p, ['-a', '--level', '0'])

# Required groups.
p = argparse.ArgumentParser(prog='rq')
g = p.add_mutually_exclusive_group(required=True)
g.add_argument('--in')
g.add_argument('--stdin', action='store_true')
g.add_argument('--hidden', help=argparse.SUPPRESS)
run(p, [])
run(p, ['--stdin'])
run(p, ['--in', 'f', '--stdin'])

# A positional with nargs='?' in a group.
p = argparse.ArgumentParser(prog='posg')
g = p.add_mutually_exclusive_group()
g.add_argument('--foo')
g.add_argument('bar', nargs='?')
run(p, ['x'])
run(p, ['--foo', '1'])
run(p, ['--foo', '1', 'x'])
print(p.format_usage(), end='')

# exit_on_error=False turns conflicts into exceptions.
p = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
g = p.add_mutually_exclusive_group()
g.add_argument('--x', action='store_const', const=1)
g.add_argument('--y', action='store_const', const=2)
run(p, ['--x', '--y'])

# Groups within argument groups.
p = argparse.ArgumentParser(prog='nest')
grp = p.add_argument_group('Output', 'How results are written.')
mx = grp.add_mutually_exclusive_group()
mx.add_argument('--json', action='store_true', help='JSON output')
mx.add_argument('--csv', action='store_true', help='CSV output')
grp.add_argument('--out', help='file name')
print(p.format_help(), end='')
run(p, ['--json', '--csv'])
print([a.dest for a in grp._group_actions], [a.dest for a in mx._group_actions])

# Parents.
base = argparse.ArgumentParser(add_help=False)
base.add_argument('--config', default='cfg')
base.set_defaults(origin='base')
bg = base.add_argument_group('shared', 'Shared settings.')
bg.add_argument('--debug', action='store_true')
bm = base.add_mutually_exclusive_group()
bm.add_argument('--fast', action='store_true')
bm.add_argument('--safe', action='store_true')
base.add_argument('target')

child = argparse.ArgumentParser(prog='child', parents=[base],
                                description='Uses the base.')
child.add_argument('--own', type=int)
print(child.format_help(), end='')
run(child, ['t', '--config', 'c2', '--debug', '--own', '4'])
run(child, ['t', '--fast', '--safe'])
child2 = argparse.ArgumentParser(prog='child2', parents=[base])
run(child2, ['z'])

# Parents that clash.
p1 = argparse.ArgumentParser(add_help=False)
p1.add_argument('--x')
p2 = argparse.ArgumentParser(add_help=False)
p2.add_argument('--x')
try:
    argparse.ArgumentParser(prog='clash', parents=[p1, p2])
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
try:
    argparse.ArgumentParser(prog='clash2', parents=[argparse.ArgumentParser()])
except argparse.ArgumentError as e:
    print('ArgumentError:', e)

# The resolve conflict handler.
p = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
p.add_argument('-f', '--foo', help='old foo')
p.add_argument('--foo', help='new foo')
p.add_argument('-x', help='old x')
p.add_argument('-x', help='new x')
p.add_argument('-h', '--help', action='store_true', help='replaced help')
print(p.format_help(), end='')
run(p, ['-f', '1', '--foo', '2', '-x', '3', '-h'])

# argument_default.
p = argparse.ArgumentParser(prog='ad', argument_default=argparse.SUPPRESS)
p.add_argument('--a')
p.add_argument('--b', default=5)
p.add_argument('c', nargs='?')
run(p, [])
run(p, ['--a', '1', 'z'])
p = argparse.ArgumentParser(prog='ad2', argument_default='D')
p.add_argument('--a')
p.add_argument('--n', type=int)
run(p, [])

# set_defaults before add_argument supplies the default.
p = argparse.ArgumentParser(prog='sd')
p.set_defaults(n='5', other=[1])
p.add_argument('--n', type=int)
run(p, [])
print(p.get_default('n'))

# Arguments read from files.
import tempfile
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'args.txt')
    with open(path, 'w') as f:
        f.write('--num\n7\nfromfile\n')
    inner = os.path.join(tmp, 'inner.txt')
    with open(inner, 'w') as f:
        f.write('@' + path + '\n')
    p = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
    p.add_argument('--num', type=int)
    p.add_argument('words', nargs='*')
    run(p, ['a', '@' + path, 'b'])
    run(p, ['@' + inner])

    class Splitting(argparse.ArgumentParser):
        def convert_arg_line_to_args(self, line):
            return line.split()
    with open(path, 'w') as f:
        f.write('--num 9 x y\n\nz\n')
    p = Splitting(prog='ff2', fromfile_prefix_chars='@')
    p.add_argument('--num', type=int)
    p.add_argument('words', nargs='*')
    run(p, ['@' + path])

    # FileType opens files.
    p = argparse.ArgumentParser(prog='ft')
    p.add_argument('out', type=argparse.FileType('w'))
    ns = p.parse_args([os.path.join(tmp, 'o.txt')])
    ns.out.write('hello')
    ns.out.close()
    with open(os.path.join(tmp, 'o.txt')) as f:
        print(f.read())
    ns = p.parse_args(['-'])
    print(ns.out is sys.stdout)
    p = argparse.ArgumentParser(prog='ft2', exit_on_error=False)
    p.add_argument('inp', type=argparse.FileType('r'))
    ns = p.parse_args(['-'])
    print(ns.inp is sys.stdin)
    try:
        p.parse_args([os.path.join(tmp, 'missing')])
    except argparse.ArgumentError as e:
        print('ArgumentError:', str(e).replace(tmp, 'TMP'))
