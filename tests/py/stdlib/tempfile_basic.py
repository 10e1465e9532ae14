# tempfile: names, mkstemp, mkdtemp, TemporaryDirectory, NamedTemporaryFile,
# TemporaryFile and SpooledTemporaryFile. Only relative facts are printed.
import os
import stat
import tempfile

print(tempfile.TMP_MAX, tempfile.template, tempfile.gettempprefix(), tempfile.gettempprefixb())
tmp = tempfile.gettempdir()
print(os.path.isabs(tmp), os.path.isdir(tmp), tempfile.gettempdirb() == os.fsencode(tmp),
      tempfile.tempdir == tmp)

base = tempfile.mkdtemp()
print(os.path.isabs(base), os.path.dirname(base) == tmp, os.path.basename(base)[:3],
      len(os.path.basename(base)), oct(stat.S_IMODE(os.stat(base).st_mode)), os.listdir(base))
chars = set('abcdefghijklmnopqrstuvwxyz0123456789_')
print(set(os.path.basename(base)[3:]) <= chars)

d = tempfile.mkdtemp(suffix='.sfx', prefix='pre_', dir=base)
name = os.path.basename(d)
print(name.startswith('pre_'), name.endswith('.sfx'), len(name), os.path.dirname(d) == base)
d2 = tempfile.mkdtemp(dir=os.fsencode(base))
print(type(d2).__name__, os.path.isdir(d2))
for kw in [dict(prefix=b'x', suffix='y'), dict(prefix='x', dir=os.fsencode(base)), dict(prefix=1)]:
    try:
        tempfile.mkdtemp(**kw)
    except TypeError as e:
        print(type(e).__name__, e)
names = {os.path.basename(tempfile.mkdtemp(dir=base)) for _ in range(20)}
print(len(names))

fd, path = tempfile.mkstemp(dir=base, suffix='.txt', prefix='m')
print(isinstance(fd, int), os.path.isabs(path), os.path.basename(path)[0],
      path.endswith('.txt'), oct(stat.S_IMODE(os.stat(path).st_mode)), os.path.getsize(path))
os.write(fd, b'hello ')
with os.fdopen(fd, 'w') as f:
    f.write('world')
with open(path) as f:
    print(f.read())
fd, path2 = tempfile.mkstemp(text=True, dir=base)
os.write(fd, b'abc')
os.close(fd)
print(open(path2).read(), os.path.getsize(path2))
fd, path3 = tempfile.mkstemp(dir=os.fsencode(base), suffix=b'.b')
os.close(fd)
print(type(path3).__name__, path3.endswith(b'.b'))
m = tempfile.mktemp(dir=base)
print(os.path.exists(m), os.path.dirname(m) == base)

# TemporaryDirectory.
with tempfile.TemporaryDirectory(dir=base) as td:
    print(os.path.isdir(td), os.path.dirname(td) == base)
    os.makedirs(os.path.join(td, 'a', 'b'))
    with open(os.path.join(td, 'a', 'b', 'f'), 'w') as f:
        f.write('x')
print(os.path.exists(td))
t = tempfile.TemporaryDirectory(prefix='keep', dir=base)
print(repr(t) == '<TemporaryDirectory %r>' % t.name, os.path.basename(t.name)[:4])
t.cleanup()
t.cleanup()
print(os.path.exists(t.name))
t = tempfile.TemporaryDirectory(dir=base, delete=False)
with t as name:
    pass
print(os.path.exists(name))
t.cleanup()
print(os.path.exists(name))
t = tempfile.TemporaryDirectory(dir=base)
os.mkdir(os.path.join(t.name, 'ro'))
with open(os.path.join(t.name, 'ro', 'f'), 'w') as f:
    f.write('x')
os.chmod(os.path.join(t.name, 'ro'), 0o500)
t.cleanup()
print(os.path.exists(t.name))

# NamedTemporaryFile.
with tempfile.NamedTemporaryFile(dir=base) as f:
    print(f.mode, os.path.exists(f.name), os.path.dirname(f.name) == base,
          os.path.basename(f.name)[:3])
    f.write(b'abc\ndef\n')
    f.seek(0)
    print(f.read(), f.tell())
    f.seek(1)
    f.write(b'X')
    f.flush()
    with open(f.name, 'rb') as g:
        print(g.read())
    f.seek(0)
    print(f.readline(), list(f))
    name = f.name
print(os.path.exists(name), f.closed)

with tempfile.NamedTemporaryFile('w+', suffix='.txt', prefix='nt', dir=base) as f:
    print(f.mode, f.name.endswith('.txt'), os.path.basename(f.name)[:2])
    f.write('line1\nline2\n')
    f.writelines(['a\n', 'b\n'])
    f.seek(0)
    print(f.read())
    f.seek(0)
    print([line for line in f])
    f.truncate(6)
    f.flush()
    print(repr(open(f.name).read()))

f = tempfile.NamedTemporaryFile('w', delete=False, dir=base)
f.write('kept')
f.close()
print(open(f.name).read(), os.path.exists(f.name))
os.unlink(f.name)

with tempfile.NamedTemporaryFile('w', dir=base, delete_on_close=False) as f:
    f.write('data')
    f.close()
    print(f.closed, open(f.name).read())
print(os.path.exists(f.name))

f = tempfile.NamedTemporaryFile('w', dir=base)
try:
    f.read()
except Exception as e:
    print(type(e).__name__)
f.close()
try:
    f.write('x')
except ValueError as e:
    print(type(e).__name__, e)
try:
    tempfile.NamedTemporaryFile('wb', encoding='utf-8', dir=base)
except ValueError as e:
    print(type(e).__name__, e)
print(len([x for x in os.listdir(base) if x.startswith('tmp') and os.path.isfile(os.path.join(base, x))]))

# TemporaryFile.
with tempfile.TemporaryFile(dir=base) as f:
    f.write(b'xyz')
    f.seek(0)
    print(f.read(), f.tell())
with tempfile.TemporaryFile('w+', dir=base) as f:
    f.write('text')
    f.seek(0)
    print(f.read())

# SpooledTemporaryFile.
s = tempfile.SpooledTemporaryFile(max_size=5, dir=base)
print(s._rolled, s.name, s.mode, s.closed)
s.write(b'123')
print(s._rolled, s.tell())
s.write(b'456')
print(s._rolled, s.tell())
s.seek(0)
print(s.read(), s.name is not None)
s.close()
print(s.closed)
with tempfile.SpooledTemporaryFile(mode='w+', dir=base) as s:
    s.write('hello\nworld\n')
    s.seek(0)
    print(s.readline(), s.readlines(), s._rolled, s.mode)
    s.rollover()
    print(s._rolled)
    s.seek(0)
    print(s.read())
with tempfile.SpooledTemporaryFile(10, dir=base) as s:
    s.write(b'abc')
    s.truncate(1)
    s.seek(0)
    print(s.read(), s._rolled)

import shutil
shutil.rmtree(base)
print(os.path.exists(base))
