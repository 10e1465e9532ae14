# Value interpolation: BasicInterpolation, ExtendedInterpolation, no
# interpolation, and their errors.
import configparser


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
        print('   args', e.args)


basic = configparser.ConfigParser()
basic.read_string("""
[DEFAULT]
base = /usr
pct = 100%%
[paths]
home = %(base)s/home
user = %(home)s/%(name)s
name = Alice
deep = %(user)s!
raw = 50%% off
bad = %(missing)s
broken = %(base
lone = 5% off
caps = %(BASE)s
[loop]
a = %(b)s
b = %(a)s
""")
for opt in ('home', 'user', 'deep', 'raw', 'pct', 'caps'):
    attempt(lambda: basic.get('paths', opt))
attempt(lambda: basic.get('paths', 'user', raw=True))
attempt(lambda: basic.get('paths', 'user', vars={'name': 'Bob'}))
attempt(lambda: basic['paths']['home'])
attempt(lambda: basic.get('paths', 'bad'))
attempt(lambda: basic.get('paths', 'broken'))
attempt(lambda: basic.get('paths', 'lone'))
attempt(lambda: basic.get('loop', 'a'))
attempt(lambda: basic.items('loop', raw=True))
attempt(lambda: basic.set('paths', 'x', '100%'))
attempt(lambda: basic.set('paths', 'x', 'a %(ok)s and % bad'))
attempt(lambda: basic.set('paths', 'x', '%(unclosed'))
attempt(lambda: basic.set('paths', 'x', '100%% fine %(name)s'))
attempt(lambda: basic.get('paths', 'x'))
attempt(lambda: basic.items('paths', raw=True)[:3])
attempt(lambda: [k for k, v in basic.items('paths', vars={'missing': 'found'}) if k in ('bad', 'home')])
attempt(lambda: basic.items('paths'))

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[DEFAULT]
root = /srv
[common]
home_dir: /Users
library_dir: ${home_dir}/library
system_dir: /System
cost = $$5
[frameworks]
Python: 3.12
path: ${common:system_dir}/Library/Frameworks/
base = ${root}/x
nested = ${common:library_dir}/Python/${Python}
bad = ${nothere}
badsec = ${nosec:x}
colons = ${a:b:c}
dollar = $x
open = ${unclosed
[loop]
x = ${y}
y = ${x}
""")
for opt in ('path', 'base', 'nested', 'python'):
    attempt(lambda: ext.get('frameworks', opt))
attempt(lambda: ext.get('common', 'cost'))
attempt(lambda: ext.get('common', 'library_dir'))
for opt in ('bad', 'badsec', 'colons', 'dollar', 'open'):
    attempt(lambda: ext.get('frameworks', opt))
attempt(lambda: ext.get('loop', 'x'))
attempt(lambda: ext.set('common', 'y', '$5'))
attempt(lambda: ext.set('common', 'y', '${ok} $$ fine'))
attempt(lambda: ext.set('common', 'y', 'a ${x'))

# No interpolation at all.
for parser in (configparser.ConfigParser(interpolation=None), configparser.RawConfigParser()):
    parser.read_string("[s]\na = %(b)s ${c} 100%\nb = x\n")
    attempt(lambda: parser.get('s', 'a'))
    attempt(lambda: parser.set('s', 'c', '50%'))
    attempt(lambda: parser['s']['c'])
    attempt(lambda: type(parser._interpolation).__name__)

# A custom interpolation.
class Upper(configparser.Interpolation):
    def before_get(self, parser, section, option, value, defaults):
        return value.upper()
    def before_write(self, parser, section, option, value):
        return '<' + value + '>'

u = configparser.ConfigParser(interpolation=Upper())
u.read_string("[s]\nk = hello\n")
attempt(lambda: u['s']['k'])
import io
buf = io.StringIO()
u.write(buf)
print(buf.getvalue())
attempt(lambda: configparser.ConfigParser(interpolation=object()))
attempt(lambda: configparser.ConfigParser(interpolation=configparser.BasicInterpolation))
print(configparser.MAX_INTERPOLATION_DEPTH, configparser.DEFAULTSECT)

# Interpolation depth limit: nine levels work, ten are too many.
chain = configparser.ConfigParser()
chain.read_dict({'c': {'v%d' % i: '%%(v%d)s' % (i + 1) for i in range(12)}})
chain.set('c', 'v12', 'end')
attempt(lambda: chain.get('c', 'v3'))
attempt(lambda: chain.get('c', 'v2'))
attempt(lambda: chain.get('c', 'v0'))

# Exception attributes.
try:
    basic.get('paths', 'bad')
except configparser.InterpolationMissingOptionError as e:
    print(e.option, e.section, e.reference, isinstance(e, configparser.InterpolationError))
try:
    basic.get('loop', 'a')
except configparser.InterpolationDepthError as e:
    print(e.option, e.section, isinstance(e, configparser.Error))

# The deprecated LegacyInterpolation substitutes with the % operator.
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    legacy = configparser.LegacyInterpolation()
print([w.category.__name__ for w in caught])
lp = configparser.ConfigParser(interpolation=legacy)
lp.read_string("[s]\na = %(b)s\nb = x%%\nc = %(nope)s\nd = %(e)s\ne = %(d)s\nf = %(B)s and %(a)s\n")
for opt in 'abcdf':
    attempt(lambda: lp.get('s', opt))
