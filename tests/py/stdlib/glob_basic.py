# glob and iglob over a small tree made in a fresh temporary directory.
import glob
import os
import tempfile
import shutil

base = tempfile.mkdtemp()
old_cwd = os.getcwd()
os.chdir(base)
for d in ['a', 'a/b', 'a/b/c', 'a/.hid', 'x.d', '.dot', 'e[1]']:
    os.mkdir(d)
for f in ['f1.txt', 'f2.txt', 'g.py', '.hidden.txt', 'a/one.txt', 'a/b/two.py',
          'a/b/c/three.txt', 'a/.hid/four.txt', 'a/.secret', 'x.d/y.txt',
          '.dot/z.txt', 'e[1]/in.txt', 'q?.txt', 'star*.txt']:
    with open(f, 'w') as fh:
        fh.write(f)
os.symlink('a/b', 'lb')
os.symlink('missing', 'broken')


def show(pattern, **kw):
    try:
        r = glob.glob(pattern, **kw)
        print(repr(pattern), kw, sorted(r))
    except Exception as e:
        print(repr(pattern), kw, type(e).__name__, e)


for p in ['*', '*.txt', 'f?.txt', 'f[12].txt', 'f[!1].txt', '[fg]*', '*/', '*/*',
          'a/*', 'a/*/*', '*/*/*.txt', 'a', 'a/', 'nope', 'nope/*', '', '.*',
          'a/.*', '*.d/*', 'e[[]1]/*', 'e[1]/*', 'broken', 'broken/', 'lb/*',
          'lb', '*/b/*', 'a//*', 'a/b/../*', './*.py', '**', 'a/**', '**/*.txt',
          'q[?].txt', 'star[*].txt', 'a/b/c/three.txt', 'a/b/c/three.txt/',
          'a/b/c/', '*.TXT']:
    show(p)
for p in ['**', '**/', 'a/**', 'a/**/', '**/*.txt', '**/*.py', 'a/**/*.txt',
          '**/c', '**/b/**', 'a/**/**', '.dot/**', '**/.*']:
    show(p, recursive=True)
    show(p, recursive=True, include_hidden=True)
show('*', include_hidden=True)
show('a/*', include_hidden=True)
show('*.txt', root_dir='a')
show('*', root_dir='a/b')
show('**', root_dir='a', recursive=True)
print(sorted(glob.glob('b/c/*', root_dir=os.path.join(base, 'a'))))
show('nope*', root_dir='a')
show(b'*.txt')
show(b'a/**', recursive=True)
show(b'*', root_dir=b'a')
show('*', root_dir=b'a')

it = glob.iglob('*.py')
print(type(it).__name__ in ('generator', 'chain'), list(it))

for s in ['abc', 'a*b', 'a?b', 'a[b]c', '*?[', '[]', 'a]b', '/x/*']:
    print(repr(s), glob.has_magic(s), repr(glob.escape(s)),
          glob.has_magic(s.encode()), glob.escape(s.encode()))
print(sorted(glob.glob(glob.escape('star*.txt'))), sorted(glob.glob(glob.escape('e[1]') + '/*')))

os.chdir(old_cwd)
shutil.rmtree(base)
print(os.path.exists(base))
