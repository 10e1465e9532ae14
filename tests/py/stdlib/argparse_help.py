import os
os.environ['COLUMNS'] = '80'
import argparse


def show(parser):
    print('-' * 20)
    print(parser.format_usage(), end='')
    print('~' * 20)
    print(parser.format_help(), end='')


# A typical parser with description and epilog.
p = argparse.ArgumentParser(
    prog='frobnicate',
    description='Frobnicate the widgets.  This description is long enough '
                'that it has to be wrapped over more than one line of text.',
    epilog='See the manual for more   information.\n\nEnd of %(prog)s help.')
p.add_argument('files', nargs='+', help='input files to process')
p.add_argument('output', help='where the frobnicated output goes')
p.add_argument('-n', '--count', type=int, default=1, metavar='N',
               help='how many times to frobnicate (default: %(default)s)')
p.add_argument('-v', '--verbose', action='count', help='be chattier')
p.add_argument('--mode', choices=['fast', 'slow', 'careful'],
               help='one of %(choices)s')
p.add_argument('--a-very-long-option-name-indeed', metavar='VALUE',
               help='an option whose invocation is longer than the help '
                    'column, so its help starts on the next line')
p.add_argument('--secret', help=argparse.SUPPRESS)
p.add_argument('--nohelp')
p.add_argument('--pair', nargs=2, metavar=('KEY', 'VAL'), help='a pair')
p.add_argument('--maybe', nargs='?', help='perhaps')
p.add_argument('--any', nargs='*', help='any number')
p.add_argument('--rest', nargs=argparse.REMAINDER, help='everything else')
p.add_argument('--type', type=float, help='the %(type)s and %(dest)s of '
               '%(prog)s')
show(p)

# Argument groups with titles and descriptions.
p = argparse.ArgumentParser(prog='grp', add_help=False)
g = p.add_argument_group('input', 'Options that control the input.')
g.add_argument('--in', dest='inp', help='input file')
g.add_argument('src', help='source')
g2 = p.add_argument_group('output')
g2.add_argument('--out', help='output file')
p.add_argument_group('empty', 'never shown')
p.add_argument('--top', action='store_true', help='a top-level flag')
show(p)

# Mutually exclusive groups in usage.
p = argparse.ArgumentParser(prog='mx')
m = p.add_mutually_exclusive_group()
m.add_argument('-a', action='store_true', help='alpha')
m.add_argument('-b', action='store_true', help='beta')
m.add_argument('--c', metavar='C')
r = p.add_mutually_exclusive_group(required=True)
r.add_argument('--on', action='store_true')
r.add_argument('--off', action='store_true')
one = p.add_mutually_exclusive_group(required=True)
one.add_argument('--only')
p.add_argument('--z')
opt = p.add_mutually_exclusive_group()
opt.add_argument('--x', action='store_true')
opt.add_argument('pos', nargs='?')
show(p)

# A suppressed member of a group.
p = argparse.ArgumentParser(prog='sup')
m = p.add_mutually_exclusive_group()
m.add_argument('--shown')
m.add_argument('--hidden', help=argparse.SUPPRESS)
m.add_argument('--also')
show(p)

# Long usage lines wrap.
p = argparse.ArgumentParser(prog='wrapper')
for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta',
             'theta', 'iota', 'kappa']:
    p.add_argument('--' + name, help='the %s option' % name)
for name in ['first', 'second', 'third', 'fourth', 'fifth', 'sixth']:
    p.add_argument(name + '_positional_argument')
show(p)

# A long program name puts the arguments on their own lines.
p = argparse.ArgumentParser(prog='a-program-with-an-extremely-long-name-that-'
                                 'takes-up-most-of-the-line')
p.add_argument('--one')
p.add_argument('--two')
p.add_argument('--three')
p.add_argument('pos')
show(p)
p = argparse.ArgumentParser(prog='x' * 70)
p.add_argument('--a')
show(p)
p = argparse.ArgumentParser(prog='y' * 70, add_help=False)
p.add_argument('pos1')
p.add_argument('pos2')
show(p)

# Only positionals, wrapped.
p = argparse.ArgumentParser(prog='pos', add_help=False)
for i in range(12):
    p.add_argument('positional%d' % i)
show(p)

# Custom usage and prog substitution.
p = argparse.ArgumentParser(prog='cu', usage='%(prog)s [options] FILE...',
                            description='%(prog)s does things.')
p.add_argument('--x')
show(p)
p = argparse.ArgumentParser(prog='nousage', usage=argparse.SUPPRESS)
p.add_argument('--x')
show(p)

# Formatter classes.
text = '''First line of the description.
    indented line

  Last paragraph    with   spaces.'''
for cls in [argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter,
            argparse.ArgumentDefaultsHelpFormatter,
            argparse.MetavarTypeHelpFormatter]:
    p = argparse.ArgumentParser(prog='fmt', formatter_class=cls,
                                description=text, epilog='  epi\n   log')
    p.add_argument('--num', type=int, default=5,
                   help='a number\n  on two lines')
    p.add_argument('--name', type=str, help='no default shown')
    p.add_argument('--flag', action='store_true', help='flag')
    p.add_argument('--nohelp', type=int, default=3)
    p.add_argument('--dflt', type=int, default=2, help='has %(default)s')
    p.add_argument('--sup', type=int, default=argparse.SUPPRESS, help='sup')
    p.add_argument('items', nargs='*', type=str, default=[], help='items')
    p.add_argument('req', type=str, help='required positional')
    print('=====', cls.__name__)
    print(p.format_help(), end='')

# Narrow and wide terminals.
for columns in ['40', '120', '30']:
    os.environ['COLUMNS'] = columns
    p = argparse.ArgumentParser(prog='cols', description='A description '
                                'that is long enough to wrap at forty '
                                'columns but not at one hundred and twenty.')
    p.add_argument('--option', help='some help text that goes on for a '
                   'while so that it wraps')
    p.add_argument('--another-long-option', metavar='SOMETHING',
                   help='more help text')
    p.add_argument('thing', help='positional help')
    print('===== COLUMNS', columns)
    print(p.format_help(), end='')
os.environ['COLUMNS'] = '80'

# Explicit formatter settings through a lambda.
p = argparse.ArgumentParser(
    prog='pos40', formatter_class=lambda prog: argparse.HelpFormatter(
        prog, max_help_position=40, width=70))
p.add_argument('--a-fairly-long-option-name', help='lined up further right')
p.add_argument('-s', help='short')
show(p)

# print_help and print_usage write to the given file.
import io
buf = io.StringIO()
p.print_usage(buf)
p.print_help(buf)
print(len(buf.getvalue().splitlines()))
p.print_usage()

# Version text is wrapped like help text.
p = argparse.ArgumentParser(prog='ver')
p.add_argument('-V', action='version', version='ver 1.0\n\nwith   extra  text')
show(p)
try:
    p.parse_args(['-V'])
except SystemExit as e:
    print('exit', e.code)

# Metavars and prefix characters.
p = argparse.ArgumentParser(prog='pre', prefix_chars='+/')
p.add_argument('+f', '++foo', help='plus')
p.add_argument('/b', action='store_true', help='slash')
show(p)
print(p.parse_args(['+f', '1', '/b']))
p = argparse.ArgumentParser(prog='pre2', prefix_chars='+', add_help=True)
show(p)

# Groups whose members are hidden.
for required in (False, True):
    for hidden in [(1,), (0, 1), ()]:
        p = argparse.ArgumentParser(prog='hid')
        g = p.add_mutually_exclusive_group(required=required)
        g.add_argument('--a', help=argparse.SUPPRESS if 0 in hidden else 'a')
        g.add_argument('--b', help=argparse.SUPPRESS if 1 in hidden else 'b')
        p.add_argument('z')
        print(required, hidden, repr(p.format_usage()))
