# tempfile: the temporary files are real files on disk. Only booleans and
# relative facts are printed, never the random names.
import os
import stat
import tempfile

base = tempfile.mkdtemp()


def listing():
    return sorted(os.listdir(base))


# Another open() of a NamedTemporaryFile's name sees flushed data.
with tempfile.NamedTemporaryFile(dir=base) as f:
    print(type(f).__name__, type(f.file.name).__name__, f.file.name == f.name)
    print(oct(stat.S_IMODE(os.stat(f.name).st_mode)), f.mode, f.closed)
    print(os.path.basename(f.name) in listing(), f.fileno() >= 0)
    print(os.fstat(f.fileno()).st_size, os.path.getsize(f.name))
    f.write(b'hello')
    f.flush()
    with open(f.name, 'rb') as g:
        print(g.read())
    f.write(b' world')
    f.flush()
    print(os.path.getsize(f.name), os.fstat(f.fileno()).st_size)
    # seek, tell and truncate act on the file itself.
    print(f.tell(), f.seek(0), f.read(5), f.tell())
    print(f.seek(-5, 2), f.read(), f.seek(2), f.truncate(), f.tell())
    f.flush()
    print(os.path.getsize(f.name), open(f.name, 'rb').read())
    print(f.truncate(1), f.seek(0, 2), f.tell())
    f.seek(0)
    f.write(b'Z\nline\nend')
    f.seek(0)
    print(list(f), f.readable(), f.writable(), f.seekable())
    name = f.name
print(f.closed, os.path.exists(name), listing())

# Text mode, with encoding and newline.
with tempfile.NamedTemporaryFile('w+', encoding='utf-8', newline='',
                                 suffix='.txt', dir=base) as f:
    print(f.mode, f.encoding, f.name.endswith('.txt'))
    f.write('caf\xe9\r\nnext\n')
    f.flush()
    print(open(f.name, 'rb').read())
    f.seek(0)
    print(repr(f.readline()), repr(f.read()))
    print(open(f.name, encoding='utf-8', newline='').read() == 'caf\xe9\r\nnext\n')

# Writing through another name shows up in the temporary file.
with tempfile.NamedTemporaryFile('w+', dir=base) as f:
    with open(f.name, 'w') as g:
        g.write('from outside')
    f.seek(0)
    print(f.read())

# delete=False keeps the file after close.
f = tempfile.NamedTemporaryFile('w', delete=False, dir=base)
f.write('kept')
f.close()
print(f.closed, os.path.exists(f.name), open(f.name).read())
f.close()
print(os.path.exists(f.name))
os.unlink(f.name)
with tempfile.NamedTemporaryFile(delete=False, dir=base) as f:
    f.write(b'still here')
print(os.path.exists(f.name), open(f.name, 'rb').read())
os.unlink(f.name)

# delete_on_close=False keeps the file until the with block ends.
with tempfile.NamedTemporaryFile('w', delete_on_close=False, dir=base) as f:
    f.write('abc')
    f.close()
    print(f.closed, os.path.exists(f.name), open(f.name).read())
    f.close()
    print(os.path.exists(f.name))
print(os.path.exists(f.name))
with tempfile.NamedTemporaryFile(delete=False, delete_on_close=False, dir=base) as f:
    pass
print(os.path.exists(f.name))
os.unlink(f.name)

# close() removes the file; so does close() after the file was closed.
f = tempfile.NamedTemporaryFile(dir=base)
print(os.path.exists(f.name))
f.close()
print(os.path.exists(f.name), f.closed)
f = tempfile.NamedTemporaryFile(dir=base)
f.file.close()
print(os.path.exists(f.name))
f.close()
print(os.path.exists(f.name))
try:
    with f:
        pass
except ValueError as e:
    print(type(e).__name__, e)
f = tempfile.NamedTemporaryFile(dir=base)
try:
    f.no_such_attribute
except AttributeError as e:
    print(type(e).__name__)
print(f.write.__name__, callable(f.read))
f.close()

# TemporaryFile is gone from the directory listing while open.
before = listing()
with tempfile.TemporaryFile(dir=base) as t:
    print(listing() == before, type(t.name).__name__, t.name == t.fileno())
    print(t.mode, t.closed)
    t.write(b'0123456789')
    t.flush()
    print(os.fstat(t.fileno()).st_size, t.seek(3), t.read(4), t.tell())
    print(t.truncate(5), t.seek(0, 2), t.tell())
    t.seek(0)
    print(t.read())
print(t.closed, listing() == before)
with tempfile.TemporaryFile('w+', dir=base) as t:
    print(listing() == before, t.mode)
    t.write('one\ntwo\n')
    t.seek(0)
    print(t.readlines())

# SpooledTemporaryFile stays in memory, then rolls over to a real file.
s = tempfile.SpooledTemporaryFile(max_size=10, dir=base)
s.write(b'0123456789')
print(s._rolled, s.name, s._max_size, s.tell())
s.write(b'X')
print(s._rolled, type(s.name).__name__, s.tell(), listing() == before)
s.seek(0)
print(s.read(), s.mode)
s.close()
s = tempfile.SpooledTemporaryFile(dir=base)
s.write(b'abcdef')
s.seek(2)
print(s._rolled, s.fileno() >= 0, s._rolled, s.tell(), s.read())
s.close()
with tempfile.SpooledTemporaryFile(mode='w+', dir=base) as s:
    s.write('h\xe9llo\nw\n')
    print(s.tell(), s._rolled, s.encoding.lower())
    s.seek(0)
    print(repr(s.readline()), s.tell())
    s.rollover()
    print(s._rolled, s.tell(), repr(s.read()))
    s.rollover()
    s.seek(0)
    print(repr(s.read()), s.mode)
with tempfile.SpooledTemporaryFile(max_size=4, mode='w+', dir=base) as s:
    s.write('ab')
    print(s._rolled)
    s.writelines(['cd', 'ef'])
    print(s._rolled)
    s.seek(0)
    print(s.read())
with tempfile.SpooledTemporaryFile(max_size=3, dir=base) as s:
    s.write(b'ab')
    s.truncate(5)
    print(s._rolled, s.seek(0, 2))

import shutil
shutil.rmtree(base)
print(os.path.exists(base))
