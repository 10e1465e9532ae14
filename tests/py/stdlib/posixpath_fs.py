# posixpath functions that look at the file system, in a temporary directory.
import os
import posixpath
import tempfile

base = os.path.realpath(tempfile.mkdtemp())
old_cwd = os.getcwd()
os.chdir(base)
os.mkdir('d')
os.mkdir('d/e')
with open('f', 'w') as fh:
    fh.write('12345')
os.symlink('f', 'lf')
os.symlink('d', 'ld')
os.symlink('missing', 'broken')
os.symlink('loop1', 'loop2')
os.symlink('loop2', 'loop1')
os.symlink('../f', 'd/up')
os.symlink(os.path.join(base, 'd', 'e'), 'abs_e')
os.symlink('ld/e/../../f', 'chain')


def rel(p):
    if isinstance(p, bytes):
        return os.path.relpath(p, os.fsencode(base))
    return os.path.relpath(p, base)


for name in ['f', 'd', 'lf', 'ld', 'broken', 'loop1', 'missing', 'd/up', 'abs_e', 'chain', '', '.']:
    print(repr(name), posixpath.exists(name), posixpath.lexists(name), posixpath.isfile(name),
          posixpath.isdir(name), posixpath.islink(name), posixpath.ismount(name),
          posixpath.isjunction(name))
print(posixpath.exists(b'f'), posixpath.isdir(b'd'), posixpath.islink(b'lf'), posixpath.exists('f\0'),
      posixpath.isfile('f\0'), posixpath.lexists('f\0'), posixpath.islink('f\0'))
print(posixpath.getsize('f'), posixpath.getsize('lf'), posixpath.getsize(b'f'))
try:
    posixpath.getsize('missing')
except OSError as e:
    print(type(e).__name__, e)
try:
    posixpath.getmtime('missing')
except OSError as e:
    print(type(e).__name__, e)
os.utime('f', (1e9, 1.5e9))
print(posixpath.getmtime('f'), posixpath.getatime('f'), isinstance(posixpath.getctime('f'), float))
print(posixpath.samefile('f', 'lf'), posixpath.samefile('f', 'd/up'), posixpath.samefile('d', 'f'),
      posixpath.samestat(os.stat('ld'), os.stat('d')))
try:
    posixpath.samefile('f', 'missing')
except OSError as e:
    print(type(e).__name__, e)
print(posixpath.ismount('/'), posixpath.ismount(b'/'), posixpath.ismount('/proc') or 'no-proc')

for name in ['f', 'lf', 'ld', 'ld/e', 'd/up', 'abs_e', 'abs_e/..', 'chain', 'broken',
             'broken/x', 'missing/a/../b', 'loop1', 'loop1/x', '.', 'd/../lf', 'ld/../f',
             './/ld///e/', b'lf', b'ld/e']:
    print(repr(name), rel(posixpath.realpath(name)))
for name in ['f', 'lf', 'missing', 'loop1', 'broken']:
    try:
        print(repr(name), rel(posixpath.realpath(name, strict=True)))
    except OSError as e:
        print(repr(name), type(e).__name__, e.errno)
print(posixpath.realpath('/'), posixpath.realpath('//'), posixpath.realpath('/..'))

print(rel(posixpath.abspath('x/y')), rel(posixpath.abspath('.')), rel(posixpath.abspath(b'x/../y')),
      posixpath.abspath('/a/./b/../c'), posixpath.abspath('//a'))
print(posixpath.relpath('d/e'), posixpath.relpath(os.path.join(base, 'd'), 'd/e'),
      posixpath.relpath(b'd', b'd/e'), posixpath.relpath('/x/y', '/'))
os.chdir('d')
print(rel(os.getcwd()), posixpath.relpath(os.path.join(base, 'f')), rel(posixpath.abspath('..')))
os.chdir(old_cwd)
import shutil
shutil.rmtree(base)
print(os.path.exists(base))
