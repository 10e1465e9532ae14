# Concrete Path operations on a temporary directory.
import os
import tempfile
from pathlib import Path, PosixPath, WindowsPath, PurePosixPath

base = tempfile.mkdtemp()
B = Path(base)


def rel(p):
    return str(p).replace(base, '<tmp>')


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, rel(e))
    else:
        if isinstance(r, (Path, str)):
            r = rel(r)
        print(label, '->', repr(r))


t('type', lambda: type(B).__name__)
t('windows', lambda: WindowsPath('a'))
t('is_dir base', lambda: B.is_dir())
t('exists missing', lambda: (B / 'nope').exists())
t('is_file missing', lambda: (B / 'nope').is_file())
t('is_dir under file', lambda: (B / 'nope' / 'x').is_dir())
t('nul exists', lambda: Path('a\0b').exists())

f = B / 'hello.txt'
t('write_text', lambda: f.write_text('hello\nworld\n'))
t('read_text', lambda: f.read_text())
t('read_bytes', lambda: f.read_bytes())
t('write_bytes', lambda: f.write_bytes(b'\x00\x01abc'))
t('read_bytes2', lambda: f.read_bytes())
t('write_bytes bytearray', lambda: f.write_bytes(bytearray(b'xyz')))
t('write_text bytes', lambda: f.write_text(b'a'))
t('write_bytes str', lambda: f.write_bytes('a'))
t('write_bytes list', lambda: f.write_bytes([1, 2]))
t('write_text enc', lambda: f.write_text('caf\xe9', encoding='latin-1'))
t('read_bytes enc', lambda: f.read_bytes())
t('read_text enc', lambda: f.read_text(encoding='latin-1'))
t('exists', lambda: f.exists())
t('is_file', lambda: f.is_file())
t('is_dir', lambda: f.is_dir())
t('is_symlink', lambda: f.is_symlink())
t('size', lambda: f.stat().st_size)
t('lstat size', lambda: f.lstat().st_size)
with f.open('w') as fh:
    fh.write('line1\nline2\n')
with f.open() as fh:
    print('open lines', fh.readlines())
with f.open('a') as fh:
    fh.write('line3\n')
with f.open('rb') as fh:
    print('open rb', fh.read())

# Errors from missing files.
m = B / 'missing'
t('stat missing', lambda: m.stat())
t('read missing', lambda: m.read_text())
t('unlink missing', lambda: m.unlink())
t('unlink missing_ok', lambda: m.unlink(missing_ok=True))
t('rmdir missing', lambda: m.rmdir())
t('rename missing', lambda: m.rename(B / 'other'))
t('iterdir missing', lambda: list(m.iterdir()))

# touch.
t('touch', lambda: (B / 'empty').touch())
t('touch again', lambda: (B / 'empty').touch())
t('touch excl', lambda: (B / 'empty').touch(exist_ok=False))
t('touch size', lambda: (B / 'empty').stat().st_size)

# mkdir.
t('mkdir', lambda: (B / 'd1').mkdir())
t('mkdir exists', lambda: (B / 'd1').mkdir())
t('mkdir exist_ok', lambda: (B / 'd1').mkdir(exist_ok=True))
t('mkdir file exist_ok', lambda: f.mkdir(exist_ok=True))
t('mkdir no parents', lambda: (B / 'p' / 'q' / 'r').mkdir())
t('mkdir parents', lambda: (B / 'p' / 'q' / 'r').mkdir(parents=True))
t('mkdir parents again', lambda: (B / 'p' / 'q' / 'r').mkdir(parents=True))
t('mkdir parents ok', lambda: (B / 'p' / 'q').mkdir(parents=True, exist_ok=True))
t('is_dir r', lambda: (B / 'p/q/r').is_dir())
t('rmdir nonempty', lambda: (B / 'p').rmdir())
t('rmdir', lambda: (B / 'p/q/r').rmdir())
t('after rmdir', lambda: (B / 'p/q/r').exists())

# rename / replace.
t('rename', lambda: (B / 'empty').rename(B / 'renamed'))
t('renamed exists', lambda: ((B / 'empty').exists(), (B / 'renamed').exists()))
t('rename str', lambda: (B / 'renamed').rename(str(B / 'renamed2')))
t('rename type', lambda: type((B / 'renamed2').rename(B / 'r3')).__name__)
(B / 'target').write_text('old')
t('replace', lambda: (B / 'r3').replace(B / 'target'))
t('replaced', lambda: (B / 'target').read_text())
t('unlink', lambda: (B / 'target').unlink())
t('unlinked', lambda: (B / 'target').exists())

# Symlinks.
link = B / 'link'
t('symlink_to', lambda: link.symlink_to('hello.txt'))
t('is_symlink', lambda: link.is_symlink())
t('link is_file', lambda: link.is_file())
t('readlink', lambda: link.readlink())
t('readlink type', lambda: type(link.readlink()).__name__)
t('readlink not link', lambda: f.readlink())
t('link read', lambda: link.read_text())
t('resolve link', lambda: link.resolve() == f.resolve())
t('exists nofollow', lambda: link.exists(follow_symlinks=False))
t('lstat link', lambda: link.lstat().st_size == len('hello.txt'))
t('stat nofollow', lambda: link.stat(follow_symlinks=False).st_size
  == len('hello.txt'))
dangling = B / 'dangling'
dangling.symlink_to(B / 'nowhere')
t('dangling exists', lambda: dangling.exists())
t('dangling is_symlink', lambda: dangling.is_symlink())
t('dangling exists nofollow', lambda: dangling.exists(follow_symlinks=False))
loop = B / 'loop'
loop.symlink_to(loop)
t('loop exists', lambda: loop.exists())
t('loop resolve', lambda: loop.resolve())
t('symlink exists', lambda: link.symlink_to('x'))
t('samefile', lambda: link.samefile(f))
t('samefile str', lambda: f.samefile(str(link)))
t('samefile other', lambda: f.samefile(B / 'd1'))
t('samefile missing', lambda: f.samefile(B / 'zz'))

# resolve / absolute.
t('resolve dotdot', lambda: (B / 'd1' / '..' / 'hello.txt').resolve()
  == f.resolve())
t('resolve strict missing', lambda: (B / 'q').resolve(strict=True))
t('resolve nonstrict missing', lambda: (B / 'q' / '..' / 'x').resolve()
  == B.resolve() / 'x')
t('absolute abs', lambda: B.absolute() == B)
old = os.getcwd()
os.chdir(base)
try:
    t('cwd', lambda: Path.cwd() == Path(os.getcwd()))
    t('absolute rel', lambda: Path('a/../b').absolute()
      == Path(os.getcwd(), 'a/../b'))
    t('absolute dot', lambda: Path('.').absolute() == Path(os.getcwd()))
    t('rel exists', lambda: Path('hello.txt').exists())
    t('rel iterdir', lambda: sorted(str(p) for p in Path('d1').iterdir()))
    t('rel resolve', lambda: Path('hello.txt').resolve() == f.resolve())
finally:
    os.chdir(old)

# chmod.
t('chmod', lambda: f.chmod(0o600))
t('mode', lambda: oct(f.stat().st_mode & 0o777))
t('chmod 644', lambda: f.chmod(0o644))
t('mode2', lambda: oct(f.stat().st_mode & 0o777))

# expanduser / home.
t('expanduser plain', lambda: Path('a/~b').expanduser())
t('expanduser abs', lambda: Path('/~').expanduser())
t('expanduser home', lambda: Path('~').expanduser() == Path.home())
t('expanduser sub', lambda: Path('~/x').expanduser() == Path.home() / 'x')
t('expanduser unknown', lambda: Path('~nosuchuserzz').expanduser())
t('home absolute', lambda: Path.home().is_absolute())

# Pure operations keep the concrete type.
t('parent type', lambda: type(f.parent).__name__)
t('div type', lambda: type(f / 'x').__name__)
t('eq pure', lambda: Path('a') == PurePosixPath('a'))
t('generator', lambda: type(f.iterdir()).__name__)

# Clean up.
for p in sorted(B.rglob('*'), reverse=True):
    if p.is_symlink() or not p.is_dir():
        p.unlink()
    else:
        p.rmdir()
B.rmdir()
print('cleaned', B.exists())
