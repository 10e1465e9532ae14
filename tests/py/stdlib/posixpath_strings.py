# posixpath's string functions on str and bytes.
import posixpath
import os.path

print(os.path is posixpath, posixpath.sep, posixpath.curdir, posixpath.pardir,
      posixpath.extsep, posixpath.pathsep, posixpath.defpath, posixpath.altsep,
      posixpath.devnull)

cases = ['', '/', '//', '///', '////a', 'a', '/a', 'a/b', 'a/b/', '//a//b',
         '///a/b//c', 'a//', '.', '..', '/..', '.bashrc', 'a.b.c', 'a/.b',
         'a.', '..a', 'a/b.c/d', '...', '.a.b', 'a/..b', 'a/./b/../c',
         '../../x', '/../../x', 'a/../..', './', 'x/y/../../..', '//..//a/',
         '/a/b/c.tar.gz', 'dir.d/file', '..../x', '.../.x.y', 'a/b/./.']
for s in cases:
    print(repr(s), posixpath.split(s), posixpath.splitext(s),
          repr(posixpath.basename(s)), repr(posixpath.dirname(s)),
          repr(posixpath.normpath(s)), posixpath.splitroot(s),
          posixpath.isabs(s), posixpath.splitdrive(s))
    b = s.encode()
    print('  ', posixpath.split(b), posixpath.splitext(b), posixpath.basename(b),
          posixpath.dirname(b), posixpath.normpath(b), posixpath.splitroot(b),
          posixpath.isabs(b), posixpath.normcase(b))

print(repr(posixpath.join('a')), posixpath.join(b'a'), repr(posixpath.join('', '')),
      posixpath.join('a', ''), posixpath.join('/a', '/b', 'c'),
      posixpath.join('a/', 'b'), posixpath.join('', 'a'), posixpath.join('a', 'b', 'c'),
      posixpath.join('a//', 'b//', ''), posixpath.join(b'x', b'/y', b'z'))


class P:
    def __init__(self, v):
        self.v = v

    def __fspath__(self):
        return self.v


print(posixpath.join(P('a'), P('b'), 'c'), posixpath.basename(P('x/y')),
      posixpath.splitext(P(b'a.b')), posixpath.normpath(P('a//b')))


def err(f, *args):
    try:
        print(f.__name__, repr(f(*args)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


for name in ['normcase', 'isabs', 'join', 'split', 'splitext', 'splitdrive',
             'splitroot', 'basename', 'dirname', 'normpath', 'abspath',
             'realpath', 'relpath', 'expanduser', 'expandvars']:
    err(getattr(posixpath, name), 1)
    err(getattr(posixpath, name), None)
for args in [('a', b'b'), (b'a', 'b'), ('a', 1), (1, 'a'), (b'a', 1),
             ('a', None), ('a', P('b'), 1), ('a', P(b'b')), ('a', P(1)),
             ('a', 'b', b'c', 1), ('a', [])]:
    err(posixpath.join, *args)
err(posixpath.join)
err(posixpath.normpath, P(1))
err(posixpath.relpath, 'a', b'b')
err(posixpath.relpath, '')
err(posixpath.relpath, b'', 'a')
err(posixpath.relpath, 'a', 1)
err(posixpath.commonpath, 1)
err(posixpath.commonpath, [])
err(posixpath.commonpath, ['a', b'b'])
err(posixpath.commonpath, ['/a', 'b'])
err(posixpath.commonpath, ['a', '/b'])
err(posixpath.commonpath, ['a', 1])
err(posixpath.commonprefix, 1)
err(posixpath.commonprefix, ['a', None])

print(posixpath.commonpath(['/a/b', '/a/c']), posixpath.commonpath(['a/b', 'a']),
      posixpath.commonpath(['/a/b/', '/a/b']), repr(posixpath.commonpath(['a', 'b'])),
      posixpath.commonpath(['/', '/a']), posixpath.commonpath(['//a', '/a']),
      posixpath.commonpath(['a/./b', 'a/b/c']), posixpath.commonpath((b'/x/y', b'/x/z')),
      posixpath.commonpath(iter(['/usr/lib', '/usr/local/lib'])),
      posixpath.commonpath(['/usr/lib'] * 3), posixpath.commonpath([P('/a/b'), '/a']))
print(repr(posixpath.commonprefix([])), posixpath.commonprefix(['abc', 'abd']),
      posixpath.commonprefix([[1, 2], [1, 3]]), posixpath.commonprefix(('ab',)),
      posixpath.commonprefix(['/usr/lib', '/usr/local']), posixpath.commonprefix([b'ab', b'ac']))
print(posixpath.relpath('/a/b', '/a/c'), posixpath.relpath('/a/b', '/'),
      posixpath.relpath('/', '/a/b'), posixpath.relpath('a/b', 'a/b'),
      posixpath.relpath(b'/x/y', b'/x'), posixpath.relpath('/a/b/c', '/a/x/y'),
      posixpath.relpath('a/b', 'a'), posixpath.relpath('a', 'a/b/c'),
      posixpath.relpath('/x//y/', '/x/./'))
