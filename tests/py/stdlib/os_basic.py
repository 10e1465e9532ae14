# os: constants, fspath/fsencode/fsdecode, PathLike, stat_result and the
# argument errors of the path functions.
import os
import sys
import stat

print(os.name, repr(os.sep), repr(os.altsep), os.extsep, os.pathsep, repr(os.linesep),
      os.curdir, os.pardir, os.devnull, os.defpath, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END,
      os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.error is OSError)
import os.path
print(os.path.__name__, os.path is sys.modules['os.path'], os.path.join('a', 'b'))
from os import path as p2
print(p2 is os.path)


class P:
    def __init__(self, v):
        self.v = v

    def __fspath__(self):
        return self.v


class NoneFs:
    __fspath__ = None


def t(f, *a, **k):
    try:
        print(f.__name__, repr(f(*a, **k)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


for v in ['abc', b'abc', P('x'), P(b'y'), P(1), P(None), 1, None, 1.5, [], NoneFs()]:
    t(os.fspath, v)
    t(os.fsencode, v)
    t(os.fsdecode, v)
print(isinstance(P('x'), os.PathLike), isinstance('x', os.PathLike),
      issubclass(P, os.PathLike), isinstance(NoneFs(), os.PathLike))
print(os.fsencode('é'), os.fsdecode('é'.encode()))

s = os.stat_result(range(10))
print(s, len(s), s.st_mode, s.st_size, s.st_atime, s.st_mtime_ns, s[7], s[-1])
s = os.stat_result(range(16))
print(s, s.st_atime, s.st_mtime, s.st_ctime, s.st_atime_ns, s.st_ctime_ns, s.st_blksize)
print(os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)
print(type(s).__name__, tuple(s) == tuple(range(10)), s == tuple(range(10)), s[:3])
t(os.stat_result, range(9))
t(os.stat_result, range(20))

# Argument errors.
t(os.stat, None)
t(os.stat, 1.5)
t(os.lstat, 1)
t(os.mkdir, 1)
t(os.rmdir, None)
t(os.unlink, 2.0)
t(os.listdir, 1.5)
t(os.stat, 'a\0b')
t(os.rename, 'x', 1)
t(os.rename, 1, 'x')
t(os.chmod, '.', 'x')
t(os.access, '.', 'x')
t(os.strerror, 'x')
t(os.urandom, -1)
t(os.urandom, 'x')
t(os.utime, '.', (1,))
t(os.utime, '.', 5)
t(os.utime, '.', (1, 2), ns=(1, 2))
t(os.utime, '.', ns=5)
t(os.getenv, 1)
t(os.putenv, 'a=b', 'c')
t(os.putenv, '', 'c')
t(os.putenv, 1, 'c')
t(os.putenv, 'a', 1)
t(os.putenv, 'a', 'b\0')
t(os.unsetenv, 'a=b')
t(os.unsetenv, 1)
t(os.fstat, 99)
t(os.stat, 99)

print(os.strerror(2), '|', os.strerror(13), '|', os.strerror(17))
print(len(os.urandom(16)), type(os.urandom(0)), os.urandom(0))
print(isinstance(os.getpid(), int), os.getpid() > 0)
c = os.cpu_count()
print(c is None or (isinstance(c, int) and c >= 1))
print(os.system('exit 3') == 3 << 8, os.system('true'))
print(os.access('.', os.F_OK), os.access('/surely/not/here', os.F_OK),
      os.access('.', os.R_OK | os.X_OK))
print(stat.S_ISCHR(os.stat(os.devnull).st_mode), os.path.exists(os.devnull))
print(os.getcwdb() == os.fsencode(os.getcwd()), os.path.isabs(os.getcwd()))
print(os.get_exec_path({'PATH': '/x:/y'}), os.get_exec_path({}))
