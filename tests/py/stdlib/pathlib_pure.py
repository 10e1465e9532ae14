# Pure POSIX path operations of pathlib.
from pathlib import PurePath, PurePosixPath, PureWindowsPath, Path
import os


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


P = PurePosixPath

# Construction and normalization.
t('several', lambda: P('a//b/./c/', 'd'))
t('two slashes', lambda: P('//a/b'))
t('three slashes', lambda: P('///a/b'))
t('empty', lambda: P(''))
t('none', lambda: P())
t('reset by abs', lambda: P('a', '/b', 'c'))
t('dot parts', lambda: P('./a/./b/.'))
t('dotdot kept', lambda: P('a/../b'))
t('from path', lambda: P(P('x/y'), 'z'))
t('bytes', lambda: P(b'a'))
t('int', lambda: P(1))
t('PurePath()', lambda: PurePath('a/b'))
t('type PurePath', lambda: type(PurePath('a')).__name__)


class FS:
    def __fspath__(self):
        return 'from/fspath'


class BadFS:
    def __fspath__(self):
        return b'bytes'


t('pathlike', lambda: P(FS(), 'x'))
t('bad pathlike', lambda: P(BadFS()))
t('str', lambda: str(P('/a/b')))
t('fspath', lambda: os.fspath(P('a/b')))
t('bytes()', lambda: bytes(P('a/b')))
t('reduce', lambda: P('/a/b').__reduce__())

# Operators.
t('div', lambda: P('a') / 'b' / 'c')
t('div abs', lambda: P('a') / '/b')
t('rdiv', lambda: 'x' / P('a'))
t('div path', lambda: P('a') / P('b/c'))
t('div int', lambda: P('a') / 1)
t('rdiv int', lambda: 1 / P('a'))
t('joinpath', lambda: P('a').joinpath('b', 'c'))
t('joinpath none', lambda: P('a').joinpath())
t('div windows', lambda: P('a') / PureWindowsPath('b\\c'))

# Components.
for s in ['/a/b/c.txt', 'a/b', '/', '//x/y', 'a', '.', 'a.tar.gz', '.bashrc',
          'a.', '..a.b', 'a..b', '/x/.hidden.txt', 'a/..']:
    p = P(s)
    print(repr(s), p.parts, repr(p.drive), repr(p.root), repr(p.anchor),
          repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem),
          p.parent, p.is_absolute(), p.is_reserved())

# Parents.
t('parents repr', lambda: P('/a/b').parents)
t('parents list', lambda: list(P('/a/b/c').parents))
t('rel parents', lambda: list(P('a/b/c').parents))
t('len', lambda: len(P('/a/b').parents))
t('neg', lambda: P('/a/b/c').parents[-1])
t('neg2', lambda: P('/a/b/c').parents[-2])
t('slice', lambda: P('/a/b/c').parents[1:])
t('slice rev', lambda: P('/a/b/c').parents[::-1])
t('slice step', lambda: P('a/b/c/d').parents[::2])
t('oob', lambda: P('a/b').parents[2])
t('oob neg', lambda: P('a/b').parents[-3])
t('bad index', lambda: P('a/b').parents['x'])
t('root parent', lambda: P('/').parent)
t('dot parent', lambda: P('.').parent)
t('in parents', lambda: P('/a') in P('/a/b/c').parents)

# with_name / with_stem / with_suffix.
t('with_name', lambda: P('a/b.txt').with_name('c.py'))
t('with_name sep', lambda: P('a/b').with_name('c/d'))
t('with_name empty', lambda: P('a/b').with_name(''))
t('with_name dot', lambda: P('a/b').with_name('.'))
t('with_name dotdot', lambda: P('a/b').with_name('..'))
t('with_name root', lambda: P('/').with_name('x'))
t('with_name empty path', lambda: P('').with_name('x'))
t('with_suffix', lambda: P('a/b.txt').with_suffix('.py'))
t('with_suffix remove', lambda: P('a/b.txt').with_suffix(''))
t('with_suffix add', lambda: P('a/b').with_suffix('.gz'))
t('with_suffix multi', lambda: P('a/b.tar.gz').with_suffix('.bz2'))
t('with_suffix no dot', lambda: P('a/b.txt').with_suffix('py'))
t('with_suffix dot', lambda: P('a/b.txt').with_suffix('.'))
t('with_suffix sep', lambda: P('a/b.txt').with_suffix('./x'))
t('with_suffix double', lambda: P('a/b.txt').with_suffix('.a.b'))
t('with_suffix root', lambda: P('/').with_suffix('.x'))
t('with_stem', lambda: P('a/b.txt').with_stem('c'))
t('with_stem empty', lambda: P('a/b.txt').with_stem(''))
t('with_stem empty2', lambda: P('a/b').with_stem(''))

# relative_to / is_relative_to.
t('rel', lambda: P('/a/b/c').relative_to('/a'))
t('rel same', lambda: P('/a/b').relative_to('/a/b'))
t('rel path arg', lambda: P('/a/b').relative_to(P('/')))
t('rel fail', lambda: P('/a/b').relative_to('/c'))
t('rel fail rel', lambda: P('a/b').relative_to('b'))
t('rel walk_up', lambda: P('/a/b').relative_to('/c', walk_up=True))
t('rel walk_up deep', lambda: P('/a/b').relative_to('/c/d/e', walk_up=True))
t('rel walk_up anchors', lambda: P('/a/b').relative_to('c', walk_up=True))
t('rel walk_up dotdot', lambda: P('/a/b').relative_to('/c/../d', walk_up=True))
t('rel walk_up rel', lambda: P('a/b').relative_to('a/c', walk_up=True))
t('rel empty', lambda: P('a/b').relative_to(''))
t('rel anchors', lambda: P('a/b').relative_to('/a'))
t('is_rel', lambda: P('/a/b').is_relative_to('/a'))
t('is_rel self', lambda: P('/a/b').is_relative_to('/a/b'))
t('is_rel no', lambda: P('/a/b').is_relative_to('/a/c'))
t('is_rel prefix str', lambda: P('/ab').is_relative_to('/a'))
t('is_rel rel', lambda: P('a/b').is_relative_to(''))

# match.
for path, pat in [('/a/b', '*.py'), ('/a/b.py', '*.py'), ('/a/b.py', '/*.py'),
                  ('/a/b.py', 'a/*.py'), ('/a/b.py', '/a/*.py'),
                  ('/a/b.py', '**/*.py'), ('a/b.py', '*/*/*.py'),
                  ('a/b/c.py', 'b/*.py'), ('a/b/c.py', 'a/*.py'),
                  ('/a/b.py', '/*/*'), ('x.PY', '*.py'), ('b', 'a/b'),
                  ('abc', '[ab]bc'), ('a?c', 'a[?]c'), ('/', '/')]:
    t('match %s %s' % (path, pat), lambda: P(path).match(pat))
t('match empty', lambda: P('/a/b.py').match(''))
t('match case', lambda: P('/a/B.py').match('b.PY', case_sensitive=False))
t('match path', lambda: P('/a/b.py').match(P('b.py')))

# URIs and posix form.
t('uri', lambda: P('/a b/c').as_uri())
t('uri rel', lambda: P('a').as_uri())
t('uri quoted', lambda: P('/a/\xfc%#?~_-.').as_uri())
t('as_posix', lambda: P('a/b').as_posix())

# Equality, ordering and hashing.
t('eq', lambda: P('a/b') == P('a//b/'))
t('eq str', lambda: P('a') == 'a')
t('eq windows', lambda: P('a') == PureWindowsPath('a'))
t('eq case', lambda: P('A') == P('a'))
t('lt', lambda: P('a') < P('b'))
t('le', lambda: P('a') <= P('a'))
t('gt', lambda: P('b/a') > P('b'))
t('ge', lambda: P('a') >= P('b'))
t('lt str', lambda: P('a') < 'b')
t('lt windows', lambda: P('a') < PureWindowsPath('b'))
t('sorted', lambda: sorted([P('a/b'), P('a'), P('/z'), P('a-b'), P('a/a')]))
t('hash', lambda: hash(P('a/b')) == hash(P('a//b')))
t('set', lambda: len({P('a'), P('a/'), P('./a'), P('b')}))
t('dict key', lambda: {P('x/y'): 1}[P('x//y')])
t('pure vs concrete', lambda: P('a') == Path('a'))
t('isinstance', lambda: (isinstance(Path('a'), PurePath),
                          isinstance(Path('a'), PurePosixPath),
                          isinstance(P('a'), Path)))


class Sub(PurePosixPath):
    def __init__(self, *args, tag='t'):
        super().__init__(*args)
        self.tag = tag

    def with_segments(self, *args):
        return type(self)(*args, tag=self.tag)


s = Sub('a/b', tag='X')
print(type(s.parent).__name__, s.parent.tag, (s / 'c').tag, s.with_name('z').tag,
      [p.tag for p in s.parents], repr(s))
