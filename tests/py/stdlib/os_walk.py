# os.scandir, DirEntry and os.walk (top-down, bottom-up, pruning, onerror,
# followlinks) over a tree made in a temporary directory.
import os
import tempfile

base = tempfile.mkdtemp()
old_cwd = os.getcwd()
os.chdir(base)
for d in ['top', 'top/a', 'top/a/aa', 'top/b', 'top/c', 'top/c/cc', 'top/c/cc/ccc', 'other']:
    os.mkdir(d)
for f in ['top/f1', 'top/a/f2', 'top/a/aa/f3', 'top/c/f4', 'top/c/cc/ccc/f5', 'other/o1']:
    with open(f, 'w') as fh:
        fh.write(f)
os.symlink('../other', 'top/lnk')
os.symlink('f1', 'top/flink')
os.symlink('missing', 'top/broken')

with os.scandir('top') as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False),
          os.fspath(e), isinstance(e.inode(), int), e.stat(follow_symlinks=False).st_size > 0)
print(type(entries[0]).__name__, isinstance(entries[0], os.PathLike))
print(sorted(e.name for e in os.scandir(b'top')), sorted(e.path for e in os.scandir(b'top/a')))
print(sorted(e.path for e in os.scandir('top/')))
os.chdir('top')
print(sorted(e.path for e in os.scandir()))
os.chdir('..')
it = os.scandir('top')
next(it)
it.close()
print(list(it))
try:
    os.scandir('missing')
except OSError as e:
    print(type(e).__name__, e)
try:
    entries[2].stat()
except OSError as e:
    print(type(e).__name__, e)


def norm(walk):
    out = []
    for root, dirs, files in walk:
        out.append((root, sorted(dirs), sorted(files)))
    return out


def walk_sorted(top, **kw):
    for root, dirs, files in os.walk(top, **kw):
        dirs.sort()
        print(root, dirs, sorted(files))


walk_sorted('top')
print('---')
walk_sorted('top', followlinks=True)
print('---')
for root, dirs, files in os.walk('top'):
    dirs[:] = [d for d in sorted(dirs) if d != 'c']
    print(root, dirs)
print('---')
order = [r for r, d, f in os.walk('top', topdown=False)]
print(sorted(order))
print(order.index('top/a/aa') < order.index('top/a'), order.index('top/c/cc/ccc') < order.index('top/c'),
      order[-1])
print(sorted(norm(os.walk('top', topdown=False, followlinks=True))))
print('---')
errors = []
print(list(os.walk('missing', onerror=errors.append)), [type(e).__name__ for e in errors],
      [e.filename for e in errors])
print(list(os.walk('missing')))
print(list(os.walk('top/f1')))
print(norm(os.walk(b'top/a')))


class P:
    def __fspath__(self):
        return 'top/c'


print(norm(os.walk(P())))
try:
    list(os.walk(1))
except TypeError as e:
    print(type(e).__name__, e)

os.chdir(old_cwd)
import shutil
shutil.rmtree(base)
print(os.path.exists(base))
