# linecache: reading, caching and invalidating the lines of source files.
import linecache
import os
import sys
import tempfile

tmp = tempfile.mkdtemp()


def path(name):
    return os.path.join(tmp, name)


def write(name, data):
    mode = 'wb' if isinstance(data, bytes) else 'w'
    with open(path(name), mode) as f:
        f.write(data)
    return path(name)


def entry(name):
    e = linecache.cache.get(name)
    if e is None or len(e) == 1:
        return e if e is None else ('lazy', len(e))
    size, mtime, lines, fullname = e
    return size, type(mtime).__name__, lines, fullname.replace(tmp, '<tmp>')


plain = write('plain.py', 'first = 1\nsecond = 2\n\nfourth = "x"\n')
print(repr(linecache.getline(plain, 1)), repr(linecache.getline(plain, 4)))
print(repr(linecache.getline(plain, 0)), repr(linecache.getline(plain, 5)), repr(linecache.getline(plain, -1)))
print(linecache.getlines(plain))
print(entry(plain))
print(linecache.cache[plain][1] == os.stat(plain).st_mtime, linecache.cache[plain][0] == os.stat(plain).st_size)
print(linecache.getlines(plain) is linecache.getlines(plain))

# A last line without a newline gets one; CRLF and CR become LF.
print(linecache.getlines(write('nonl.py', 'a = 1\nb = 2')))
print(linecache.getlines(write('crlf.py', b'a = 1\r\nb = 2\rc = 3\r\n')))
print(linecache.getlines(write('ff.py', 'a = 1\x0c\nb = "\x1c\u2028"\n')))
print(linecache.getlines(write('empty.py', '')))
print(linecache.getlines(write('blank.py', '\n\n')))

# Encodings: UTF-8, a BOM, a PEP 263 declaration, undecodable bytes.
print(linecache.getlines(write('utf8.py', 's = "héllo ✓"\n')))
print(linecache.getlines(write('bom.py', b'\xef\xbb\xbfs = "\xc3\xa9"\n')))
print(linecache.getlines(write('latin.py', b'# -*- coding: latin-1 -*-\ns = "\xe9"\n')))
print(linecache.getlines(write('latin2.py', b'#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\ns = "\xe9"\n')))
print(linecache.getlines(write('late.py', b'x = 1\n# coding: latin-1\ns = "\xe9"\n')))
print(linecache.getlines(write('bad.py', b's = "\xff"\n')))
print(entry(path('bad.py')))

# Names that are never files.
for name in ['<string>', '<stdin>', '', 'no/such/file.py', path('missing.py')]:
    print(repr(name.replace(tmp, '<tmp>')), linecache.getlines(name), linecache.getline(name, 1) == '')
print(linecache.updatecache('<string>'), '<string>' in linecache.cache)

# Relative names are looked up along sys.path.
write('onpath.py', 'found = True\n')
sys.path.insert(0, tmp)
print(linecache.getline('onpath.py', 1), entry('onpath.py'))
sys.path.pop(0)

# checkcache drops entries whose file changed or vanished.
changing = write('changing.py', 'old = 1\n')
print(linecache.getlines(changing))
write('changing.py', 'new = 2\nlonger = 3\n')
print(linecache.getlines(changing))
linecache.checkcache(changing)
print(changing in linecache.cache, linecache.getlines(changing))
os.remove(changing)
linecache.checkcache()
print(changing in linecache.cache, linecache.getlines(changing))
linecache.checkcache('not-cached.py')

# updatecache reads again even when the file is cached.
again = write('again.py', 'one\n')
linecache.getlines(again)
write('again.py', 'two\n')
print(linecache.getlines(again), linecache.updatecache(again), linecache.getlines(again))

# lazycache: a loader's source, read when the lines are needed.


class Loader:
    def __init__(self, source):
        self.source = source
        self.calls = 0

    def get_source(self, name):
        self.calls += 1
        return self.source


loader = Loader('lazy = 1\nlazier = 2')
print(linecache.lazycache('virtual.py', {'__name__': 'virtual', '__loader__': loader}))
print(entry('virtual.py'), loader.calls)
print(linecache.lazycache('virtual.py', {'__name__': 'virtual', '__loader__': loader}))
print(linecache.getlines('virtual.py'), loader.calls)
e = linecache.cache['virtual.py']
print(e[0], e[1], e[3])
linecache.checkcache('virtual.py')
print('virtual.py' in linecache.cache)
print(linecache.lazycache('virtual.py', {'__name__': 'virtual', '__loader__': loader}))
print(linecache.lazycache('other.py', None), linecache.lazycache('other.py', {}))
print(linecache.lazycache('other.py', {'__name__': 'm'}))
print(linecache.lazycache('<other>', {'__name__': 'm', '__loader__': loader}))
print(linecache.lazycache(plain, {'__name__': 'm', '__loader__': loader}))
none_loader = Loader(None)
print(linecache.getline('none.py', 1, {'__name__': 'n', '__loader__': none_loader}), 'none.py' in linecache.cache)
print(linecache.getline('virt2.py', 2, {'__name__': 'v2', '__loader__': Loader('a\nb\n')}))

linecache.clearcache()
print(linecache.cache)
print(sorted(linecache.__all__))

import shutil
shutil.rmtree(tmp)
print(os.path.exists(tmp))
