# shutil: copying files and trees, removing trees, moving, which and
# get_terminal_size, in a fresh temporary directory.
import os
import shutil
import stat
import tempfile
import io

base = tempfile.mkdtemp()
old_cwd = os.getcwd()
os.chdir(base)


def write(name, data):
    with open(name, 'w') as f:
        f.write(data)


def read(name):
    with open(name) as f:
        return f.read()


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, repr(r))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for name in sorted(files):
            out.append(os.path.join(root, name))
        for name in dirs:
            if os.path.islink(os.path.join(root, name)):
                out.append(os.path.join(root, name) + '@')
    return sorted(out)


src = io.StringIO('abc' * 1000)
dst = io.StringIO()
shutil.copyfileobj(src, dst, 7)
print(len(dst.getvalue()), dst.getvalue() == 'abc' * 1000)
src = io.BytesIO(b'xyz' * 50000)
dst = io.BytesIO()
shutil.copyfileobj(src, dst)
print(len(dst.getvalue()))
t(shutil.copyfileobj, 1, 2)

write('f', 'hello')
os.chmod('f', 0o640)
os.mkdir('d')
os.symlink('f', 'lnk')
t(shutil.copyfile, 'f', 'g')
print(read('g'), oct(stat.S_IMODE(os.stat('g').st_mode)) != '0o640' or 'same')
t(shutil.copyfile, 'f', 'f')
t(shutil.copyfile, 'f', 'lnk')
t(shutil.copyfile, 'missing', 'x')
t(shutil.copyfile, 'f', 'd')
t(shutil.copyfile, 'd', 'x')
t(shutil.copyfile, 'lnk', 'lnk2', follow_symlinks=False)
print(os.path.islink('lnk2'), os.readlink('lnk2'))
t(shutil.copymode, 'f', 'g')
print(oct(stat.S_IMODE(os.stat('g').st_mode)))
os.utime('f', (1000000000, 1100000000))
t(shutil.copystat, 'f', 'g')
print(os.path.getmtime('g'), os.path.getatime('g'), oct(stat.S_IMODE(os.stat('g').st_mode)))
t(shutil.copy, 'f', 'd')
print(read('d/f'), oct(stat.S_IMODE(os.stat('d/f').st_mode)), os.path.getmtime('d/f') != 1100000000)
t(shutil.copy2, 'f', 'h')
print(os.path.getmtime('h'), oct(stat.S_IMODE(os.stat('h').st_mode)))
t(shutil.copy2, 'f', 'd/f2')

# copytree with ignore and dirs_exist_ok.
for d in ['t', 't/a', 't/a/b', 't/c']:
    os.mkdir(d)
for f in ['t/x.py', 't/y.txt', 't/a/z.py', 't/a/b/w.txt', 't/c/v.pyc']:
    write(f, f)
os.symlink('x.py', 't/sl')
os.symlink('a', 't/dl')
t(shutil.copytree, 't', 't2')
print(tree('t2'), os.path.islink('t2/sl'))
t(shutil.copytree, 't', 't2')
t(shutil.copytree, 't', 't2', dirs_exist_ok=True)
t(shutil.copytree, 't', 't3', symlinks=True, ignore=shutil.ignore_patterns('*.pyc', 'b'))
print(tree('t3'), os.path.islink('t3/sl'), os.readlink('t3/dl'))
seen = []


def ign(path, names):
    seen.append((path, sorted(names)))
    return {'c'}


t(shutil.copytree, 't', 't4', ignore=ign, copy_function=shutil.copy)
print(tree('t4'), sorted(seen))
t(shutil.copytree, 'missing', 't5')
print(sorted(shutil.ignore_patterns('*.py', 'x*')('.', ['a.py', 'xb', 'c'])))
os.symlink('nowhere', 't/dangling')
t(shutil.copytree, 't', 't6', ignore_dangling_symlinks=True)
try:
    shutil.copytree('t', 't7')
except shutil.Error as e:
    print('Error', len(e.args[0]), [os.path.basename(x[0]) for x in e.args[0]])
os.unlink('t/dangling')

# rmtree.
t(shutil.rmtree, 't2')
print(os.path.exists('t2'))
t(shutil.rmtree, 'missing')
t(shutil.rmtree, 'lnk')
t(shutil.rmtree, 'f')
t(shutil.rmtree, 'missing', ignore_errors=True)
calls = []
t(shutil.rmtree, 'missing', onexc=lambda f, p, e: calls.append((f.__name__, p, type(e).__name__)))
t(shutil.rmtree, 'f', onexc=lambda f, p, e: calls.append((f.__name__, p, type(e).__name__)))
t(shutil.rmtree, 'lnk', onexc=lambda f, p, e: calls.append((f.__name__, p, type(e).__name__)))
t(shutil.rmtree, 'missing', onerror=lambda f, p, e: calls.append((f.__name__, p, e[0].__name__)))
print(calls)
t(shutil.rmtree, 't3')
t(shutil.rmtree, os.path.join(base, 't4'))
print(sorted(os.listdir()))

# move.
write('m1', 'one')
t(shutil.move, 'm1', 'm2')
print(os.path.exists('m1'), read('m2'))
t(shutil.move, 'm2', 'd')
print(sorted(os.listdir('d')))
write('m2', 'again')
t(shutil.move, 'm2', 'd')
t(shutil.move, 'd', 'd/sub')
t(shutil.move, 'missing', 'y')
t(shutil.move, 't', 'newt')
print(tree('newt'))
os.mkdir('into')
t(shutil.move, 'newt', 'into')
print(sorted(os.listdir('into')))
t(shutil.move, 'lnk', 'lnk_moved')
print(os.path.islink('lnk_moved'), os.readlink('lnk_moved'))

# which.
os.mkdir('bin')
write('bin/tool', '#!/bin/sh\n')
os.chmod('bin/tool', 0o755)
write('bin/data', 'x')
path = os.path.join(base, 'bin')
print(shutil.which('tool', path=path) == os.path.join(path, 'tool'),
      shutil.which('data', path=path), shutil.which('tool', path=''),
      shutil.which('nope', path=path),
      shutil.which(b'tool', path=path) == os.fsencode(os.path.join(path, 'tool')))
print(shutil.which('./bin/tool'), shutil.which('./bin/data'), shutil.which('bin'))
print(shutil.which('sh') is not None, shutil.which('surely-not-a-command-xyz'))
t(shutil.which, 1)
saved = os.environ['PATH']
os.environ['PATH'] = path
print(shutil.which('tool') == os.path.join(path, 'tool'))
os.environ['PATH'] = saved

# get_terminal_size from the environment.
os.environ['COLUMNS'] = '100'
os.environ['LINES'] = '40'
print(shutil.get_terminal_size(), shutil.get_terminal_size().columns)
os.environ['COLUMNS'] = '0'
os.environ['LINES'] = 'x'
s = shutil.get_terminal_size((33, 11))
print(type(s).__name__, len(s) == 2)
del os.environ['COLUMNS'], os.environ['LINES']
print(os.terminal_size((1, 2)), os.terminal_size((1, 2)).lines)

print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError),
      issubclass(shutil.SpecialFileError, OSError))

os.chdir(old_cwd)
shutil.rmtree(base)
print(os.path.exists(base))
