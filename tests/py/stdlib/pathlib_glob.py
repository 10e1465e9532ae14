# Path.iterdir, glob, rglob and walk over a temporary tree.
import tempfile
from pathlib import Path

B = Path(tempfile.mkdtemp())


def rels(paths):
    return sorted(p.relative_to(B).as_posix() for p in paths)


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, str(e).replace(str(B), '<tmp>'))
    else:
        print(label, '->', r)


for d in ['a', 'a/b', 'a/b/c', 'd', 'D2', '.hid']:
    (B / d).mkdir()
for name in ['x.py', 'y.txt', 'a/m.py', 'a/b/n.py', 'a/b/c/o.txt',
             'a/b/c/p.PY', 'd/q.py', '.hid/h.py', '.top.py', 'D2/Z.Py']:
    (B / name).write_text(name)
(B / 'lnk').symlink_to(B / 'a')

t('iterdir', lambda: rels(B.iterdir()))
t('iterdir sub', lambda: rels((B / 'a').iterdir()))
t('iterdir file', lambda: list((B / 'x.py').iterdir()))
t('glob *', lambda: rels(B.glob('*')))
t('glob *.py', lambda: rels(B.glob('*.py')))
t('glob literal', lambda: rels(B.glob('x.py')))
t('glob missing literal', lambda: rels(B.glob('nope')))
t('glob */*.py', lambda: rels(B.glob('*/*.py')))
t('glob ?', lambda: rels(B.glob('?')))
t('glob []', lambda: rels(B.glob('[ad]')))
t('glob [!]', lambda: rels(B.glob('[!ad]*')))
t('glob dir only', lambda: rels(B.glob('*/')))
t('glob a/*/', lambda: rels(B.glob('a/*/')))
t('glob **', lambda: rels(B.glob('**')))
t('glob **/', lambda: rels(B.glob('**/')))
t('glob **/*.py', lambda: rels(B.glob('**/*.py')))
t('glob a/**/*.py', lambda: rels(B.glob('a/**/*.py')))
t('glob **/c/*', lambda: rels(B.glob('**/c/*')))
t('glob **/b/**/*.txt', lambda: rels(B.glob('**/b/**/*.txt')))
t('glob **/**', lambda: rels(B.glob('**/**')))
t('glob ..', lambda: rels(B.glob('a/../*.txt')))
t('glob ./', lambda: rels(B.glob('./a/./m.py')))
t('glob case', lambda: rels(B.glob('**/*.py', case_sensitive=False)))
t('glob case dir', lambda: rels(B.glob('d2/*', case_sensitive=False)))
t('glob case no', lambda: rels(B.glob('d2/*')))
t('glob via symlink', lambda: rels(B.glob('lnk/*.py')))
t('glob empty', lambda: list(B.glob('')))
t('glob absolute', lambda: list(B.glob('/x')))
t('glob bad **', lambda: list(B.glob('a**')))
t('glob lazy', lambda: type(B.glob('')).__name__)
t('glob from file', lambda: list((B / 'x.py').glob('*')))
t('glob from missing', lambda: list((B / 'zz').glob('*')))
t('glob type', lambda: sorted({type(p).__name__ for p in B.glob('*')}))
t('rglob *.py', lambda: rels(B.rglob('*.py')))
t('rglob *.txt', lambda: rels(B.rglob('*.txt')))
t('rglob dirs', lambda: rels(B.rglob('*/')))
t('rglob c/*', lambda: rels(B.rglob('c/*')))
t('rglob empty', lambda: rels(B.rglob('')))
t('rglob abs', lambda: list(B.rglob('/a')))

# walk, top-down with sorted names.
def show_walk(**kw):
    out = []
    for root, dirs, files in B.walk(**kw):
        dirs.sort()
        out.append((root.relative_to(B).as_posix(), dirs[:], sorted(files)))
    return out


for row in show_walk():
    print('walk', row)
for row in show_walk(follow_symlinks=True):
    print('walk follow', row)

# Pruning in place.
out = []
for root, dirs, files in B.walk():
    dirs[:] = sorted(d for d in dirs if d != 'b')
    out.append(root.relative_to(B).as_posix())
print('pruned', out)

# Bottom-up: children come before their parents.
order = [root.relative_to(B).as_posix() for root, dirs, files in
         (B / 'a').walk(top_down=False)]
print('bottom-up', order)

# Errors go to on_error.
errs = []
print('walk missing', list((B / 'zz').walk(on_error=errs.append)),
      [type(e).__name__ for e in errs])
print('walk missing no handler', list((B / 'zz').walk()))

# Relative paths from a relative start.
import os
old = os.getcwd()
os.chdir(B)
try:
    print('rel glob', sorted(str(p) for p in Path().glob('a/*')))
    print('rel glob dot', sorted(str(p) for p in Path('.').glob('*.py')))
    print('rel rglob', sorted(str(p) for p in Path('a').rglob('*.py')))
    print('rel walk', [(str(r), sorted(d), sorted(f))
                       for r, d, f in Path('a/b').walk()])
finally:
    os.chdir(old)

# write_text newline handling.
f = B / 'nl.txt'
print('newline', f.write_text('a\nb\n', newline='\r\n'), f.read_bytes(),
      repr(f.read_text()))

# Clean up.
for root, dirs, files in B.walk(top_down=False):
    for name in files:
        (root / name).unlink()
    for name in dirs:
        p = root / name
        if p.is_symlink():
            p.unlink()
        else:
            p.rmdir()
B.rmdir()
print('cleaned', B.exists())
