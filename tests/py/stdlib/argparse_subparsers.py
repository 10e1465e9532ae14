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


class Handler:
    def __init__(self, name):
        self.name = name
    def __call__(self, ns):
        return '%s %s' % (self.name, ns.name)
    def __repr__(self):
        return 'Handler(%r)' % self.name


cmd_add = Handler('add')


p = argparse.ArgumentParser(prog='git', description='A version control tool.')
p.add_argument('--verbose', action='store_true')
p.add_argument('-C', dest='path', default='.')
sub = p.add_subparsers(dest='command', help='the sub-command')
add = sub.add_parser('add', help='add files', aliases=['a'])
add.add_argument('name')
add.add_argument('-f', '--force', action='store_true', help='force it')
add.set_defaults(func=cmd_add)
commit = sub.add_parser('commit', help='record changes')
commit.add_argument('-m', '--message', required=True)
commit.add_argument('--amend', action='store_true')
commit.set_defaults(verbose='from commit')
sub.add_parser('status')
print(p.format_help(), end='')
print('---')
print(add.format_help(), end='')
print('---')
print(commit.format_usage(), end='')
run(p, [])
run(p, ['add', 'file.txt'])
run(p, ['--verbose', 'a', '-f', 'x'])
run(p, ['commit', '-m', 'msg'])
run(p, ['commit'])
run(p, ['status', 'extra'])
run(p, ['push'])
run(p, ['-C', '/tmp', 'status'])
ns = p.parse_args(['add', 'q'])
print(ns.func(ns))
print(p.parse_known_args(['status', '--what', 'x']))
try:
    p.parse_args(['add', '-h'])
except SystemExit as e:
    print('exit', e.code)

# Required sub-commands, with and without a dest or metavar.
for kwargs in [dict(required=True), dict(required=True, dest='cmd'),
               dict(required=True, metavar='COMMAND')]:
    p = argparse.ArgumentParser(prog='req')
    sub = p.add_subparsers(**kwargs)
    sub.add_parser('one')
    sub.add_parser('two')
    run(p, [])
    run(p, ['one'])
    run(p, ['three'])

# Titles, descriptions, metavar, prog.
p = argparse.ArgumentParser(prog='tool')
p.add_argument('infile')
sub = p.add_subparsers(title='commands', description='Available commands.',
                       metavar='CMD', help='what to do')
x = sub.add_parser('build', help='build it', description='Builds.')
x.add_argument('--jobs', type=int, default=1)
y = sub.add_parser('clean', aliases=['c', 'cl'], help='clean up')
sub.add_parser('hidden')
print(p.format_help(), end='')
print('---')
print(x.format_help(), end='')
print(x.prog, y.prog)
run(p, ['in', 'build', '--jobs', '4'])
run(p, ['in', 'cl'])
run(p, ['in', 'build', '--jobs', 'x'])

sub2 = argparse.ArgumentParser(prog='p2')
s = sub2.add_subparsers(prog='custom prog')
print(s.add_parser('z').prog)
old = sys.stderr
sys.stderr = io.StringIO()
try:
    sub2.add_subparsers()
except SystemExit as e:
    print('exit', e.code, sys.stderr.getvalue().splitlines())
sys.stderr = old

# Conflicting names.
p = argparse.ArgumentParser(prog='c', exit_on_error=False)
sub = p.add_subparsers()
sub.add_parser('a', aliases=['b'])
for name, aliases in [('a', []), ('c', ['b']), ('b', [])]:
    try:
        sub.add_parser(name, aliases=aliases)
    except argparse.ArgumentError as e:
        print('ArgumentError:', e)

# Nested sub-commands and defaults from each level.
p = argparse.ArgumentParser(prog='top')
p.set_defaults(level='top')
s1 = p.add_subparsers(dest='first')
mid = s1.add_parser('mid')
mid.set_defaults(level='mid')
s2 = mid.add_subparsers(dest='second')
leaf = s2.add_parser('leaf')
leaf.add_argument('value', type=int)
leaf.set_defaults(level='leaf')
run(p, ['mid', 'leaf', '5'])
run(p, ['mid'])
run(p, [])
run(p, ['mid', 'leaf', 'five'])
print(leaf.format_usage(), end='')

# A sub-command parser class of its own.
class Quiet(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError(self.prog + ': ' + message)
p = argparse.ArgumentParser(prog='outer')
sub = p.add_subparsers(parser_class=Quiet, dest='c')
q = sub.add_parser('q')
q.add_argument('--n', type=int)
try:
    p.parse_args(['q', '--n', 'x'])
except ValueError as e:
    print('ValueError:', e)
print(type(q).__name__)

# Subparser with options before and after, and unknown args passed up.
p = argparse.ArgumentParser(prog='mix')
p.add_argument('--g')
sub = p.add_subparsers(dest='c')
a = sub.add_parser('run')
a.add_argument('--l')
a.add_argument('args', nargs='*')
print(p.parse_known_args(['--g', '1', 'run', 'x', '--l', '2', 'y', '--zz']))
run(p, ['run', '--g', '1'])
