# os descriptor calls: open/read/write/lseek/fstat/ftruncate/dup/pipe/close,
# open() and os.fdopen() of a descriptor, opener=, and their errors.
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'f.txt')


def attempt(fn):
    try:
        r = fn()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e.args)


fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, fd > 2)
print(os.write(fd, b'hello world\n'), os.write(fd, memoryview(b'second line\n')))
os.close(fd)
attempt(lambda: os.close(fd))
attempt(lambda: os.write(fd, b'x'))
print(oct(os.stat(p).st_mode & 0o777))
fd = os.open(p, os.O_RDWR)
print(os.read(fd, 5), os.read(fd, 0), os.lseek(fd, 0, os.SEEK_CUR))
print(os.lseek(fd, -5, os.SEEK_END), os.read(fd, 100), os.read(fd, 100))
print(os.fstat(fd).st_size)
os.ftruncate(fd, 4)
print(os.fstat(fd).st_size, os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 10))
fd2 = os.dup(fd)
print(fd2 != fd, os.lseek(fd2, 0, os.SEEK_CUR))
os.close(fd2)
os.close(fd)
attempt(lambda: os.open(os.path.join(d, 'missing'), os.O_RDONLY))
attempt(lambda: os.open(p, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
attempt(lambda: os.read(999, 1))
attempt(lambda: os.read(0, -1))
attempt(lambda: os.open(1.5, os.O_RDONLY))
r, w = os.pipe()
os.write(w, b'through the pipe')
os.close(w)
print(os.read(r, 7), os.read(r, 100), os.read(r, 100))
os.close(r)
fd = os.open(p, os.O_RDWR | os.O_APPEND)
f = open(fd, 'w', encoding='latin-1')
print(f.name == fd, f.mode, f.encoding)
f.write('\xe9t\xe9\n')
f.close()
attempt(lambda: os.close(fd))
with open(p, 'rb') as f:
    print(f.read())
fd = os.open(p, os.O_RDONLY)
with os.fdopen(fd, encoding='latin-1') as f:
    print(repr(f.read()))
fd = os.open(p, os.O_RDONLY)
with open(fd, 'rb', closefd=False) as f:
    print(f.read(2))
print(os.read(fd, 3))
os.close(fd)
attempt(lambda: open(p, closefd=False))
attempt(lambda: os.fdopen('x'))
with open(p, 'w', opener=lambda path, flags: os.open(path, flags, 0o600)) as f:
    f.write('via opener\n')
print(open(p).read(), oct(os.stat(p).st_mode & 0o777))
for name in ['O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_CREAT', 'O_EXCL', 'O_TRUNC',
             'O_APPEND', 'O_NONBLOCK', 'O_CLOEXEC', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END']:
    print(name, getattr(os, name))
import shutil
shutil.rmtree(d)
