# The descriptor calls reach open file objects by fileno() (os.fsync, fstat,
# read, write, lseek) until they are closed or freed.
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'f')
with open(p, 'w') as f:
    f.write('hello\n')
    f.flush()
    os.fsync(f.fileno())
    print(os.fstat(f.fileno()).st_size)
    fd = f.fileno()
try:
    os.fstat(fd)
except OSError as e:
    print('closed:', e.errno)
with open(p, 'rb') as f:
    print(os.read(f.fileno(), 3), f.read())
    print(os.lseek(f.fileno(), 0, os.SEEK_CUR))
with open(p, 'ab') as f:
    os.write(f.fileno(), b'raw\n')
print(open(p).read())
f = open(p)
n = f.fileno()
del f
try:
    os.read(n, 1)
except OSError as e:
    print('freed:', e.errno)
fd = os.open(p, os.O_RDONLY)
g = open(fd, 'rb')
print(os.read(fd, 2), g.read(2))
g.close()
try:
    os.read(fd, 1)
except OSError as e:
    print('closefd:', e.errno)
import shutil; shutil.rmtree(d)
