# os file-system calls in a fresh temporary directory: directories, stat,
# rename, chmod, symlinks, utime, makedirs/removedirs/renames.
import os
import stat
import tempfile

base = tempfile.mkdtemp()
old_cwd = os.getcwd()
os.chdir(base)
print(os.path.samefile(os.getcwd(), base), os.listdir(), os.listdir('.'), os.listdir(None))


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, repr(r))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


def write(name, data):
    with open(name, 'w') as f:
        f.write(data)


os.mkdir('d')
t(os.mkdir, 'd')
t(os.mkdir, 'nope/sub')
write('f.txt', 'hello')
write('d/inner', 'x' * 100)
print(sorted(os.listdir()), sorted(os.listdir(b'.')), os.listdir('d'))
st = os.stat('f.txt')
print(type(st).__name__, st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode),
      st.st_nlink, isinstance(st.st_mtime, float), isinstance(st[stat.ST_MTIME], int),
      isinstance(st.st_mtime_ns, int), st.st_mtime_ns // 10**9 == st[8],
      abs(st.st_mtime - st.st_mtime_ns / 1e9) < 1e-3, len(st))
print(stat.S_ISDIR(os.stat('d').st_mode), os.stat(b'd').st_size > 0, os.lstat('f.txt') == st)
t(os.stat, 'missing')
t(os.stat, b'missing')
t(os.lstat, 'missing/x')
t(os.listdir, 'missing')
t(os.listdir, 'f.txt')
t(os.rmdir, 'd')
t(os.rmdir, 'missing')
t(os.unlink, 'missing')
t(os.remove, 'd')
t(os.chdir, 'missing')
t(os.rename, 'missing', 'other')
t(os.rename, b'missing', b'other')
t(os.readlink, 'f.txt')

# chmod and access.
os.chmod('f.txt', 0o640)
print(oct(stat.S_IMODE(os.stat('f.txt').st_mode)), stat.filemode(os.stat('f.txt').st_mode))
os.chmod('f.txt', 0o755)
print(oct(stat.S_IMODE(os.stat('f.txt').st_mode)), os.access('f.txt', os.X_OK))
t(os.chmod, 'missing', 0o777)

# rename and replace.
os.rename('f.txt', 'g.txt')
print(sorted(os.listdir()))
write('h.txt', 'other')
os.replace('g.txt', 'h.txt')
print(sorted(os.listdir()), open('h.txt').read())
os.rename(b'h.txt', b'f.txt')
print(sorted(os.listdir()))

# Symbolic links.
os.symlink('f.txt', 'link')
os.symlink('nowhere', 'broken')
print(os.readlink('link'), os.readlink(b'link'), os.path.islink('link'),
      os.path.islink('f.txt'), os.path.exists('broken'), os.path.lexists('broken'))
print(stat.S_ISLNK(os.lstat('link').st_mode), stat.S_ISREG(os.stat('link').st_mode),
      os.stat('link').st_size, os.stat('link', follow_symlinks=False) == os.lstat('link'))
print(os.path.realpath('link') == os.path.join(os.path.realpath(base), 'f.txt'))
print(os.path.relpath(os.path.realpath('broken'), os.path.realpath(base)))
t(os.symlink, 'f.txt', 'link')
t(os.stat, 'broken')

# utime.
os.utime('f.txt', (1000000000, 1200000000.5))
st = os.stat('f.txt')
print(st.st_atime, st.st_mtime, st[7], st[8], st.st_mtime_ns)
os.utime('f.txt', ns=(2000000000 * 10**9, 2100000000 * 10**9))
print(os.stat('f.txt').st_mtime, os.path.getmtime('f.txt'), os.path.getatime('f.txt'))
os.utime('f.txt')
print(os.path.getmtime('f.txt') > 2e9 - 1e9)
t(os.utime, 'missing', (1, 2))

# makedirs, removedirs, renames.
os.makedirs('m/n/o')
print(os.path.isdir('m/n/o'))
t(os.makedirs, 'm/n/o')
t(os.makedirs, 'm/n/o', exist_ok=True)
t(os.makedirs, 'f.txt/x')
t(os.makedirs, 'f.txt', exist_ok=True)
os.makedirs(b'm/n/p/', exist_ok=True)
print(sorted(os.listdir('m/n')))
os.removedirs('m/n/o')
print(os.path.exists('m/n/o'), os.path.exists('m/n'))
os.removedirs('m/n/p')
print(os.path.exists('m'))
os.makedirs('r1/r2')
write('r1/r2/file', 'data')
os.renames('r1/r2/file', 'z1/z2/moved')
print(os.path.exists('r1'), open('z1/z2/moved').read())

# Descriptors from os.open.
fd = os.open('fd.bin', os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
print(os.write(fd, b'abc'), os.write(fd, bytearray(b'def')), os.fstat(fd).st_size)
os.close(fd)
t(os.close, fd)
fd = os.open('fd.bin', os.O_RDONLY)
print(os.read(fd, 2), os.read(fd, 10), os.read(fd, 10))
os.close(fd)
t(os.open, 'fd.bin', os.O_CREAT | os.O_EXCL | os.O_WRONLY)
t(os.open, 'missing', os.O_RDONLY)
fd = os.open('fd.bin', os.O_WRONLY | os.O_APPEND)
os.write(fd, b'!')
os.close(fd)
print(open('fd.bin', 'rb').read())

# Path-like arguments.
class P:
    def __init__(self, v):
        self.v = v

    def __fspath__(self):
        return self.v


print(os.stat(P('f.txt')).st_size, sorted(os.listdir(P('z1'))), os.path.exists(P('f.txt')),
      os.listdir(P(b'z1')))
t(os.stat, P('missing'))
t(os.stat, P(1))

os.chdir(old_cwd)
import shutil
shutil.rmtree(base)
print(os.path.exists(base))
