# Parser options: allow_no_value, delimiters, comment prefixes, strict,
# empty_lines_in_values, default_section, converters, optionxform, dict_type,
# multi-line values, and write()'s output.
import configparser
import io


def show(parser):
    for name in parser:
        print(' ', repr(name), parser.items(name, raw=True) if name != parser.default_section else dict(parser[name]))


def dump(parser, **kw):
    buf = io.StringIO()
    parser.write(buf, **kw)
    print(repr(buf.getvalue()))


def attempt(f):
    try:
        r = f()
        if r is not None:
            print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


MULTI = """[m]
key = first line
  second line
\tthird line

  after blank
other = x

 indented option = not a continuation
[n]
  spaced key = v
"""
p = configparser.ConfigParser()
p.read_string(MULTI)
show(p)
dump(p)
dump(p, space_around_delimiters=False)
p2 = configparser.ConfigParser(empty_lines_in_values=False)
attempt(lambda: p2.read_string(MULTI))
show(p2)

nv = configparser.ConfigParser(allow_no_value=True)
nv.read_string("""[mysqld]
user = mysql
skip-external-locking
old_passwords = 1
skip-bdb
empty =
""")
show(nv)
print(nv.get('mysqld', 'skip-bdb'), nv.has_option('mysqld', 'skip-bdb'))
nv.set('mysqld', 'flag')
nv['mysqld']['flag2'] = None
dump(nv)
attempt(lambda: configparser.ConfigParser().read_string("[s]\nflag\n"))

d = configparser.ConfigParser(delimiters=('=>', ':='), comment_prefixes=('//',),
                              inline_comment_prefixes=('#', '//'))
d.read_string("""[s]
a => 1 # inline
b := 2 // also
c => x#not a comment
// whole line
d => url://host
e=>f => g
""")
show(d)
dump(d)
dump(d, space_around_delimiters=False)
attempt(lambda: d.read_string("[t]\nno delimiter here\n"))

ic = configparser.ConfigParser(inline_comment_prefixes=(';', '#'))
ic.read_string("[s]\na = 1 ; one\nb = 2;no\nc = x # y ; z\nd = ;\n# comment\n  ; indented comment\n")
show(ic)
noc = configparser.ConfigParser(comment_prefixes=())
noc.read_string("[s]\n#a = 1\n;b = 2\n")
show(noc)

# strict=False allows duplicates: the last value wins.
lax = configparser.ConfigParser(strict=False)
lax.read_string("[s]\na = 1\nA = 2\n[s]\nb = 3\n")
show(lax)
lax.read_dict({'s': {'a': 'x'}, 't': {'q': 1}})
show(lax)

# default_section and the DEFAULT name.
ds = configparser.ConfigParser(default_section='general')
ds.read_string("[general]\nshared = yes\n[DEFAULT]\nx = 1\n[app]\nname = a\n")
print(ds.sections(), list(ds), ds.defaults(), ds['app']['shared'])
dump(ds)
attempt(lambda: ds.add_section('general'))

# optionxform: keep case, or a custom transformation.
cs = configparser.ConfigParser()
cs.optionxform = str
cs.read_string("[s]\nCamelCase = 1\ncamelcase = 2\n")
show(cs)
print(cs.get('s', 'CamelCase'), cs.has_option('s', 'CAMELCASE'))


class Dashes(configparser.RawConfigParser):
    def optionxform(self, optionstr):
        return optionstr.replace('-', '_').lower()


dd = Dashes()
dd.read_string("[s]\nsome-option = 1\n")
print(dd.options('s'), dd.get('s', 'SOME-OPTION'))

# Converters.
cv = configparser.ConfigParser(converters={'list': lambda v: [x.strip() for x in v.split(',')]})
cv.read_string("[s]\nitems = a, b ,c\nnum = 7\n")
print(cv.getlist('s', 'items'), cv['s'].getlist('items'), cv['s'].getlist('none', ['d']))
print(sorted(cv.converters), cv.converters['list'] is not None, cv.converters['int'])
cv.converters['upper'] = str.upper
print(cv.getupper('s', 'num'), cv['s'].getupper('items'))
del cv.converters['upper']
print(hasattr(cv, 'getupper'), hasattr(cv['s'], 'getupper'), len(cv.converters))
attempt(lambda: cv.converters.__setitem__('', str))
attempt(lambda: cv.converters.__setitem__(5, str))
attempt(lambda: cv.converters.__delitem__(''))
attempt(lambda: cv.converters.__delitem__('nothing'))
print(cv.getint('s', 'num'), cv.getint('s', 'num', raw=True), cv.getint('s', 'nope', fallback=None))


class MyParser(configparser.ConfigParser):
    def getpair(self, section, option, **kw):
        return tuple(self.get(section, option, **kw).split(':'))


mp = MyParser()
mp.read_string("[s]\np = a:b\n")
print(sorted(mp.converters), mp.getpair('s', 'p'), mp['s'].getpair('p'))

# dict_type
from collections import OrderedDict
od = configparser.ConfigParser(dict_type=OrderedDict)
od.read_string("[b]\nz = 1\na = 2\n[a]\n")
print(type(od._sections).__name__, od.sections(), od.options('b'))

# defaults given to the constructor
dc = configparser.ConfigParser({'Home': '/h', 'n': 5}, allow_no_value=True)
dc.read_string("[s]\npath = %(home)s/x\n")
print(dc.get('s', 'path'), dc.defaults())
dump(dc)

# Writing values with newlines, odd keys and non-string values of a raw parser.
w = configparser.RawConfigParser()
w.add_section('s')
w.set('s', 'multi', 'one\ntwo\n\nthree')
w.set('s', 'num', 42)
w.set('s', 'none', None)
w['DEFAULT']['d'] = 'v'
dump(w)
back = configparser.RawConfigParser()
back.read_string("[s]\nmulti = one\n\ttwo\n\t\n\tthree\n")
print(repr(back['s']['multi']))

# Subclasses may replace the patterns of section headers and option lines.
import re


class Spaced(configparser.ConfigParser):
    SECTCRE = re.compile(r"\[ *(?P<header>[^]]+?) *\]")


sp = Spaced()
sp.read_string("[  spaced name  ]\na=1\n")
print(sp.sections())


class Strict(configparser.RawConfigParser):
    OPTCRE = re.compile(r"(?P<option>[^=\s]+)\s*(?P<vi>=)\s*(?P<value>.*)$")


st = Strict()
attempt(lambda: st.read_string("[s]\nk = v\nbad key = 1\nc : d\n"))
print(st.items('s'))
print(configparser.RawConfigParser.SECTCRE.match('[x]').group('header'),
      configparser.ConfigParser.OPTCRE.match('k = v').group('option', 'vi', 'value'),
      configparser.ConfigParser.OPTCRE_NV.match('flag').group('option', 'vi', 'value'))
