"""Operating system interfaces: CPython's os module on top of pyprobe's posix.

The built-in posix module gives the system calls on str paths. This module
adds what CPython's os has over them: bytes and os.PathLike paths, stat
results as os.stat_result, environ as a mapping that updates the process
environment, scandir and DirEntry, walk, makedirs/removedirs/renames,
fspath/fsencode/fsdecode and the path constants. os.path is posixpath.

A file descriptor given where a path is expected is reached through
/proc/self/fd, so stat(fd), fstat(fd), listdir(fd) and chdir(fd) work on
Linux.
"""

import sys
import abc as _abc
import posix as _posix
import stat as _st

name = 'posix'
linesep = '\n'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

error = OSError

# The *at() variants are not available, so these are empty.
supports_dir_fd = set()
supports_effective_ids = set()
supports_fd = set()
supports_follow_symlinks = set()
supports_bytes_environ = True


# --- Paths -----------------------------------------------------------------

def fspath(path):
    """Return the file system representation of path (a str or bytes).

    str and bytes come back unchanged; other objects must have an
    __fspath__ method that returns one of them.
    """
    if isinstance(path, (str, bytes)):
        return path
    cls = type(path)
    try:
        method = cls.__fspath__
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + cls.__name__) from None
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError(f"expected {cls.__name__}.__fspath__() to return str "
                    f"or bytes, not {type(result).__name__}")


class PathLike(_abc.ABC):
    """The abstract base class of objects that have a file system path."""

    __slots__ = ()

    @_abc.abstractmethod
    def __fspath__(self):
        """Return the file system path of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    if klass.__dict__['__fspath__'] is None:
                        return NotImplemented
                    return True
        return NotImplemented

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def fsencode(filename):
    """Encode filename (str or path-like) to bytes with UTF-8."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """Decode filename (bytes or path-like) to str with UTF-8."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def _path(func, path, argname='path', allow_fd=False, allow_none=False):
    # Convert a path argument to the str that posix takes, with CPython's
    # errors: a TypeError naming the function, ValueError for a NUL.
    if isinstance(path, str):
        p = path
    elif isinstance(path, bytes):
        p = path.decode('utf-8', 'surrogateescape')
    elif allow_fd and isinstance(path, int):
        return _fd_path(path)
    elif allow_none and path is None:
        return '.'
    else:
        if (isinstance(path, (int, float, type(None)))
                or getattr(type(path), '__fspath__', None) is None):
            allowed = 'string, bytes'
            if allow_fd and allow_none:
                allowed += ', os.PathLike, integer or None'
            elif allow_fd:
                allowed += ', os.PathLike or integer'
            else:
                allowed += ' or os.PathLike'
            raise TypeError(f'{func}: {argname} should be {allowed}, '
                            f'not {type(path).__name__}')
        p = fspath(path)
        if isinstance(p, bytes):
            p = p.decode('utf-8', 'surrogateescape')
    if '\0' in p:
        raise ValueError('embedded null byte')
    return p


def _fd_path(fd):
    # A descriptor is reached as the link /proc/self/fd/N.
    if fd < 0 or not _posix_exists('/proc/self/fd/%d' % fd):
        raise OSError(9, 'Bad file descriptor', fd)
    return '/proc/self/fd/%d' % fd


def _posix_exists(p):
    try:
        _posix.lstat(p)
    except OSError:
        return False
    return True


def _refile(err, original):
    # Raise err again with the caller's own path object (bytes) as filename.
    if err.filename2 is not None:
        raise type(err)(err.errno, err.strerror, err.filename, None,
                        err.filename2) from None
    raise type(err)(err.errno, err.strerror, original) from None


def _on_path(call, p, path, *args):
    # call(p, *args); an OSError names the caller's own path object when it
    # was bytes (p is its str form), as CPython's errors do.
    try:
        return call(p, *args)
    except OSError as e:
        if p is not path and isinstance(path, bytes):
            _refile(e, path)
        raise


def _check_dir_fd(dir_fd):
    if dir_fd is not None:
        raise NotImplementedError('dir_fd unavailable on this platform')


# --- stat ------------------------------------------------------------------

class stat_result(tuple):
    """The result of stat(): a 10-tuple with named fields st_mode ... st_ctime.

    As a tuple the times are whole seconds; the attributes st_atime,
    st_mtime and st_ctime are floats and st_*_ns are integer nanoseconds.
    """

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        n = len(seq)
        if n < 10:
            raise TypeError(f'os.stat_result() takes an at least '
                            f'10-sequence ({n}-sequence given)')
        if n > 19:
            raise TypeError(f'os.stat_result() takes an at most '
                            f'19-sequence ({n}-sequence given)')
        self = tuple.__new__(cls, seq[:10])
        extra = list(seq[10:]) + [None] * (19 - n)
        # Float times that were not given are the whole seconds.
        for i in range(3):
            if extra[i] is None:
                extra[i] = seq[7 + i]
        self._extra = extra
        return self

    st_mode = property(lambda self: self[0], doc='protection bits')
    st_ino = property(lambda self: self[1], doc='inode')
    st_dev = property(lambda self: self[2], doc='device')
    st_nlink = property(lambda self: self[3], doc='number of hard links')
    st_uid = property(lambda self: self[4], doc='user ID of owner')
    st_gid = property(lambda self: self[5], doc='group ID of owner')
    st_size = property(lambda self: self[6], doc='total size, in bytes')
    st_atime = property(lambda self: self._extra[0], doc='time of last access')
    st_mtime = property(lambda self: self._extra[1],
                        doc='time of last modification')
    st_ctime = property(lambda self: self._extra[2],
                        doc='time of last change')
    st_atime_ns = property(lambda self: self._extra[3],
                           doc='time of last access in nanoseconds')
    st_mtime_ns = property(lambda self: self._extra[4],
                           doc='time of last modification in nanoseconds')
    st_ctime_ns = property(lambda self: self._extra[5],
                           doc='time of last change in nanoseconds')
    st_blksize = property(lambda self: self._extra[6],
                          doc='blocksize for filesystem I/O')
    st_blocks = property(lambda self: self._extra[7],
                         doc='number of blocks allocated')
    st_rdev = property(lambda self: self._extra[8],
                       doc='device type (if inode device)')

    def __repr__(self):
        names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid',
                 'st_gid', 'st_size', 'st_atime', 'st_mtime', 'st_ctime')
        fields = ', '.join(f'{n}={v!r}' for n, v in zip(names, self))
        return f'os.stat_result({fields})'

    def __reduce__(self):
        return (stat_result, (tuple(self) + tuple(self._extra),))


stat_result.__module__ = 'os'


class uname_result(tuple):
    """The result of uname(): sysname, nodename, release, version, machine."""

    n_sequence_fields = 5
    n_fields = 5
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        if len(seq) != 5:
            raise TypeError(f'posix.uname_result() takes a 5-sequence '
                            f'({len(seq)}-sequence given)')
        return tuple.__new__(cls, seq)

    sysname = property(lambda self: self[0], doc='operating system name')
    nodename = property(lambda self: self[1],
                        doc='name of machine on network (implementation-defined)')
    release = property(lambda self: self[2], doc='operating system release')
    version = property(lambda self: self[3], doc='operating system version')
    machine = property(lambda self: self[4], doc='hardware identifier')

    def __repr__(self):
        names = ('sysname', 'nodename', 'release', 'version', 'machine')
        fields = ', '.join(f'{n}={v!r}' for n, v in zip(names, self))
        return f'posix.uname_result({fields})'

    def __reduce__(self):
        return (uname_result, (tuple(self),))


uname_result.__module__ = 'posix'


def uname():
    """Return the kernel's identification as an os.uname_result (read
    from /proc/sys/kernel, as the uname system call reports it)."""
    import builtins

    def kernel(name):
        try:
            with builtins.open('/proc/sys/kernel/' + name) as f:
                return f.read().rstrip('\n')
        except OSError:
            return None

    machine = kernel('arch') or ('x86_64' if sys.maxsize > 2 ** 32 else 'i686')
    return uname_result((kernel('ostype') or 'Linux', kernel('hostname') or '',
                         kernel('osrelease') or '', kernel('version') or '',
                         machine))


def _make_stat(t):
    # posix gives 13 items: ten with float times, then the three times in
    # nanoseconds. The tuple part holds the whole seconds.
    (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime,
     atime_ns, mtime_ns, ctime_ns) = t
    return stat_result((mode, ino, dev, nlink, uid, gid, size,
                        atime_ns // 1000000000, mtime_ns // 1000000000,
                        ctime_ns // 1000000000, atime, mtime, ctime,
                        atime_ns, mtime_ns, ctime_ns))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Return the os.stat_result of path (following symlinks by default).

    path may also be an open file descriptor.
    """
    _check_dir_fd(dir_fd)
    if follow_symlinks:
        p = _path('stat', path, allow_fd=True)
        try:
            return _make_stat(_posix.stat(p))
        except OSError as e:
            if isinstance(path, int) and e.errno == 2:
                raise OSError(9, 'Bad file descriptor', path) from None
            if p is not path and isinstance(path, bytes):
                _refile(e, path)
            raise
    p = _path('stat', path)
    return _make_stat(_on_path(_posix.lstat, p, path))


def lstat(path, *, dir_fd=None):
    """Return the os.stat_result of path, not following a final symlink."""
    _check_dir_fd(dir_fd)
    p = _path('lstat', path)
    return _make_stat(_on_path(_posix.lstat, p, path))


def fstat(fd):
    """Return the os.stat_result of the open file descriptor fd."""
    fd = _index(fd)
    try:
        return _make_stat(_posix.stat(_fd_path(fd)))
    except OSError:
        raise OSError(9, 'Bad file descriptor') from None


def _index(n):
    # Accept what CPython's C code accepts as an integer.
    if isinstance(n, int):
        return n
    if isinstance(n, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        method = type(n).__index__
    except AttributeError:
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted "
                        f"as an integer") from None
    return method(n)


# --- Directories and files ---------------------------------------------------

def getcwd():
    """Return the current working directory as a str."""
    return _posix.getcwd()


def getcwdb():
    """Return the current working directory as bytes."""
    return _posix.getcwd().encode('utf-8', 'surrogateescape')


def chdir(path):
    """Change the current working directory to path."""
    p = _path('chdir', path, allow_fd=True)
    _on_path(_posix.chdir, p, path)


def listdir(path=None):
    """Return the names of the entries of the directory path, in OS order.

    '.' and '..' are left out. Names are bytes when path is bytes.
    """
    p = _path('listdir', path, allow_fd=True, allow_none=True)
    names = _on_path(_posix.listdir, p, path)
    if isinstance(path, bytes) or (path is not None
                                   and not isinstance(path, (str, int))
                                   and isinstance(fspath(path), bytes)):
        return [n.encode('utf-8', 'surrogateescape') for n in names]
    return names


def mkdir(path, mode=0o777, *, dir_fd=None):
    """Create the directory path with the permission bits mode (minus umask)."""
    _check_dir_fd(dir_fd)
    p = _path('mkdir', path)
    mode = _index(mode)
    _on_path(_posix.mkdir, p, path, mode)


def rmdir(path, *, dir_fd=None):
    """Remove the empty directory path."""
    _check_dir_fd(dir_fd)
    p = _path('rmdir', path)
    _on_path(_posix.rmdir, p, path)


def unlink(path, *, dir_fd=None):
    """Remove the file path (not a directory)."""
    _check_dir_fd(dir_fd)
    p = _path('unlink', path)
    _on_path(_posix.unlink, p, path)


def remove(path, *, dir_fd=None):
    """Remove the file path (not a directory)."""
    _check_dir_fd(dir_fd)
    p = _path('remove', path)
    _on_path(_posix.unlink, p, path)


def _rename(func, src, dst, src_dir_fd, dst_dir_fd):
    _check_dir_fd(src_dir_fd)
    _check_dir_fd(dst_dir_fd)
    s = _path(func, src, 'src')
    d = _path(func, dst, 'dst')
    try:
        _posix.rename(s, d)
    except OSError as e:
        if isinstance(src, bytes) or isinstance(dst, bytes):
            raise type(e)(e.errno, e.strerror, src, None, dst) from None
        raise


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    """Rename the file or directory src to dst."""
    _rename('rename', src, dst, src_dir_fd, dst_dir_fd)


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    """Rename src to dst, replacing dst if it exists."""
    _rename('replace', src, dst, src_dir_fd, dst_dir_fd)


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    """Change the permission bits of path to mode."""
    _check_dir_fd(dir_fd)
    p = _path('chmod', path, allow_fd=True)
    mode = _index(mode)
    if not follow_symlinks and _pathmod.islink(p):
        raise NotImplementedError(
            'chmod: follow_symlinks unavailable on this platform')
    _on_path(_posix.chmod, p, path, mode)


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    """Create a symbolic link dst pointing to src."""
    _check_dir_fd(dir_fd)
    s = _path('symlink', src, 'src')
    d = _path('symlink', dst, 'dst')
    try:
        _posix.symlink(s, d)
    except OSError as e:
        if isinstance(src, bytes) or isinstance(dst, bytes):
            raise type(e)(e.errno, e.strerror, src, None, dst) from None
        raise


def readlink(path, *, dir_fd=None):
    """Return the target of the symbolic link path."""
    _check_dir_fd(dir_fd)
    p = _path('readlink', path)
    target = _on_path(_posix.readlink, p, path)
    if isinstance(path, bytes) or (not isinstance(path, str)
                                   and isinstance(fspath(path), bytes)):
        return target.encode('utf-8', 'surrogateescape')
    return target


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Set the access and modification times of path.

    times is (atime, mtime) in seconds, ns the same in nanoseconds; with
    neither the current time is used. The precision is that of a float.
    """
    _check_dir_fd(dir_fd)
    if times is not None and ns is not None:
        raise ValueError(
            "utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError(
                "utime: 'times' must be either a tuple of two ints or None")
        value = (_seconds(times[0]), _seconds(times[1]))
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        value = (_index(ns[0]) / 1e9, _index(ns[1]) / 1e9)
    else:
        value = None
    p = _path('utime', path, allow_fd=True)
    try:
        _posix.utime(p, value)
    except OSError as e:
        # CPython names no file in this error.
        raise type(e)(e.errno, e.strerror) from None


def _seconds(t):
    if isinstance(t, (int, float)):
        return float(t)
    raise TypeError(f"'{type(t).__name__}' object cannot be interpreted "
                    f"as an integer")


def access(path, mode, *, dir_fd=None, effective_ids=False,
           follow_symlinks=True):
    """Return True if the process may access path in the given mode.

    mode is F_OK (existence) or an or of R_OK, W_OK and X_OK.
    """
    _check_dir_fd(dir_fd)
    p = _path('access', path)
    mode = _index(mode)
    return _posix.access(p, mode)


def makedirs(name, mode=0o777, exist_ok=False):
    """Create the directory name and any missing parent directories.

    With exist_ok=False an existing directory name is an error
    (FileExistsError).
    """
    head, tail = _pathmod.split(name)
    if not tail:
        head, tail = _pathmod.split(head)
    if head and tail and not _pathmod.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            # Someone else created it meanwhile.
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = b'.'
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not _pathmod.isdir(name):
            raise


def removedirs(name):
    """Remove the directory name, then each parent that becomes empty."""
    rmdir(name)
    head, tail = _pathmod.split(name)
    if not tail:
        head, tail = _pathmod.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = _pathmod.split(head)


def renames(old, new):
    """Rename old to new, creating the parents of new and pruning old's."""
    head, tail = _pathmod.split(new)
    if head and tail and not _pathmod.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = _pathmod.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


# --- scandir -------------------------------------------------------------------

class DirEntry:
    """An entry of a directory listed by scandir().

    The stat results are fetched on first use and kept.
    """

    __slots__ = ('name', 'path', '_lstat', '_stat')

    def __init__(self, name, path):
        self.name = name
        self.path = path
        self._lstat = None
        self._stat = None

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def __fspath__(self):
        return self.path

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def _get_lstat(self):
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def stat(self, *, follow_symlinks=True):
        """Return the stat_result of the entry (of its target by default)."""
        if not follow_symlinks:
            return self._get_lstat()
        if self._stat is None:
            st = self._get_lstat()
            if _st.S_ISLNK(st.st_mode):
                self._stat = stat(self.path)
            else:
                self._stat = st
        return self._stat

    def inode(self):
        """Return the inode number of the entry."""
        return self._get_lstat().st_ino

    def is_dir(self, *, follow_symlinks=True):
        """Return True if the entry is a directory (or a link to one)."""
        try:
            return _st.S_ISDIR(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except FileNotFoundError:
            return False

    def is_file(self, *, follow_symlinks=True):
        """Return True if the entry is a regular file (or a link to one)."""
        try:
            return _st.S_ISREG(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except FileNotFoundError:
            return False

    def is_symlink(self):
        """Return True if the entry is a symbolic link."""
        try:
            return _st.S_ISLNK(self._get_lstat().st_mode)
        except FileNotFoundError:
            return False

    def is_junction(self):
        """Return False: junctions exist on Windows only."""
        return False


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    """The iterator of DirEntry objects that scandir() returns."""

    def __init__(self, top, names):
        self._top = top
        self._names = iter(names)

    def __iter__(self):
        return self

    def __next__(self):
        if self._names is None:
            raise StopIteration
        name = next(self._names)
        top = self._top
        if top is None:
            return DirEntry(name, name)
        return DirEntry(name, top + name)

    def close(self):
        """Stop the iteration early."""
        self._names = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


_ScandirIterator.__name__ = _ScandirIterator.__qualname__ = 'ScandirIterator'
_ScandirIterator.__module__ = 'posix'


def scandir(path=None):
    """Return an iterator of DirEntry objects for the directory path.

    Entry paths are path joined with the names; bytes give bytes.
    """
    if path is None:
        top = '.'
    else:
        top = path if isinstance(path, (str, bytes, int)) else fspath(path)
    names = listdir(top)
    if isinstance(top, int):
        # Entries of a descriptor have their bare names as paths.
        return _ScandirIterator(None, names)
    if isinstance(top, bytes):
        prefix = top if top.endswith(b'/') else top + b'/'
    else:
        prefix = top if top.endswith('/') else top + '/'
    return _ScandirIterator(prefix, names)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Generate (dirpath, dirnames, filenames) for each directory under top.

    Top-down, the caller may prune or reorder dirnames in place to steer
    the walk. Errors of listing a directory go to onerror (an OSError) and
    the directory is skipped. Symlinks to directories are listed in
    dirnames but entered only with followlinks=True.
    """
    stack = [fspath(top)]
    islink = _pathmod.islink
    join = _pathmod.join
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            # A finished directory of a bottom-up walk.
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            entries = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        with entries:
            while True:
                try:
                    entry = next(entries)
                except StopIteration:
                    break
                except OSError as error:
                    if onerror is not None:
                        onerror(error)
                    break
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks:
                        walk_into = True
                    else:
                        try:
                            walk_into = not entry.is_symlink()
                        except OSError:
                            walk_into = False
                    if walk_into:
                        walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = join(top, dirname)
                if followlinks or not islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


# --- Environment -------------------------------------------------------------

def _env_str(value):
    if not isinstance(value, str):
        raise TypeError(f'str expected, not {type(value).__name__}')
    return value


class _Environ:
    """The process environment as a mapping of str to str.

    Changes are passed on to the process (putenv/unsetenv), so child
    processes see them.
    """

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_env_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        key = _env_str(key)
        value = _env_str(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        key = _env_str(key)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return _env_str(key) in self._data

    def __repr__(self):
        items = ', '.join(f'{k!r}: {v!r}' for k, v in self._data.items())
        return f'environ({{{items}}})'

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        try:
            return dict(other.items()) == self._data
        except AttributeError:
            return NotImplemented

    __hash__ = None

    def keys(self):
        return self._data.keys()

    def items(self):
        return self._data.items()

    def values(self):
        return self._data.values()

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def copy(self):
        """Return a dict copy of the environment."""
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    _MISSING = object()

    def pop(self, key, default=_MISSING):
        try:
            value = self[key]
        except KeyError:
            if default is self._MISSING:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self._data))
        except StopIteration:
            raise KeyError from None
        value = self._data[key]
        del self[key]
        return key, value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class _EnvironBytes(_Environ):
    """The process environment as a mapping of bytes to bytes (environb)."""

    def __init__(self, environ):
        self._environ = environ

    @property
    def _data(self):
        return {fsencode(k): fsencode(v)
                for k, v in self._environ._data.items()}

    def __getitem__(self, key):
        return fsencode(self._environ[self._key(key)])

    def __setitem__(self, key, value):
        if not isinstance(value, bytes):
            raise TypeError(f'bytes expected, not {type(value).__name__}')
        self._environ[self._key(key)] = fsdecode(value)

    def __delitem__(self, key):
        try:
            del self._environ[self._key(key)]
        except KeyError:
            raise KeyError(key) from None

    def __contains__(self, key):
        return self._key(key) in self._environ

    def __len__(self):
        return len(self._environ)

    @staticmethod
    def _key(key):
        if not isinstance(key, bytes):
            raise TypeError(f'bytes expected, not {type(key).__name__}')
        return fsdecode(key)


def putenv(key, value):
    """Set the environment variable key to value (without changing environ)."""
    key = fsdecode(key)
    value = fsdecode(value)
    if '\0' in key or '\0' in value:
        raise ValueError('embedded null byte')
    if not key or '=' in key:
        if '=' in key[1:]:
            raise ValueError('illegal environment variable name')
        raise OSError(22, 'Invalid argument')
    _posix.putenv(key, value)


def unsetenv(key):
    """Remove the environment variable key (without changing environ)."""
    key = fsdecode(key)
    if '\0' in key:
        raise ValueError('embedded null byte')
    if not key or '=' in key:
        raise OSError(22, 'Invalid argument')
    _posix.unsetenv(key)


environ = _Environ(dict(_posix.environ))
environb = _EnvironBytes(environ)


def getenv(key, default=None):
    """Return the environment variable key, or default when it is unset."""
    return environ.get(_env_str(key), default)


def getenvb(key, default=None):
    """Return the environment variable key (bytes), or default."""
    return environb.get(key, default)


def get_exec_path(env=None):
    """Return the directories searched for an executable (from PATH)."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = env.get(b'PATH', None) if not isinstance(env, _Environ) \
            else None
        if path_list is None:
            path_list = defpath
    if isinstance(path_list, bytes):
        path_list = fsdecode(path_list)
    return path_list.split(pathsep)


# --- Processes and the rest ----------------------------------------------------

def getpid():
    """Return the id of the current process."""
    return _posix.getpid()


_exit = _posix._exit


def cpu_count():
    """Return the number of CPUs, or None when it is unknown."""
    return _posix.cpu_count()


def urandom(size):
    """Return size random bytes from the operating system."""
    size = _index(size)
    if size < 0:
        raise ValueError('negative argument not allowed')
    return _posix.urandom(size)


def strerror(code):
    """Return the message of the error number code."""
    return _posix.strerror(_index(code))


def system(command):
    """Run command in a subshell and return its wait status."""
    return _posix.system(fsdecode(command))


def isatty(fd):
    """Return True if the file descriptor fd is a terminal."""
    return _posix.isatty(_index(fd))


class terminal_size(tuple):
    """The size of a terminal: (columns, lines)."""

    n_sequence_fields = 2
    n_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        if len(seq) != 2:
            word = 'at least' if len(seq) < 2 else 'at most'
            raise TypeError(f'os.terminal_size() takes {word} 2-sequence '
                            f'({len(seq)}-sequence given)')
        return tuple.__new__(cls, seq)

    columns = property(lambda self: self[0], doc='width of the terminal window in characters')
    lines = property(lambda self: self[1], doc='height of the terminal window in characters')

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]!r}, lines={self[1]!r})'


terminal_size.__module__ = 'os'


def get_terminal_size(fd=1):
    """Return the terminal_size of the terminal on fd (OSError if none)."""
    getter = getattr(_posix, 'get_terminal_size', None)
    if getter is None or not _posix.isatty(_index(fd)):
        raise OSError(25, 'Inappropriate ioctl for device')
    return terminal_size(getter(fd))


# --- File descriptors ----------------------------------------------------------

O_RDONLY = 0o0
O_WRONLY = 0o1
O_RDWR = 0o2
O_ACCMODE = 0o3
O_CREAT = 0o100
O_EXCL = 0o200
O_NOCTTY = 0o400
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_NONBLOCK = 0o4000
O_NDELAY = O_NONBLOCK
O_DSYNC = 0o10000
O_SYNC = 0o4010000
O_DIRECTORY = 0o200000
O_NOFOLLOW = 0o400000
O_CLOEXEC = 0o2000000

def open(path, flags, mode=0o777, *, dir_fd=None):
    """Open path with the O_* flags and return its file descriptor."""
    _check_dir_fd(dir_fd)
    p = _path('open', path)
    return _on_path(_posix.open, p, path, _index(flags), _index(mode))


def fdopen(fd, mode='r', buffering=-1, encoding=None, errors=None,
           newline=None, closefd=True):
    """Return a file object for the open descriptor fd (open() of fd)."""
    import builtins
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    if 'b' in mode:
        return builtins.open(fd, mode, buffering, closefd=closefd)
    return builtins.open(fd, mode, buffering, encoding, errors, newline,
                         closefd)


# The rest of posix (functions this module does not wrap) is os's too.
for _name in dir(_posix):
    if not _name.startswith('_') and _name not in globals():
        globals()[_name] = getattr(_posix, _name)
del _name

import posixpath as path
_pathmod = path
sys.modules['os.path'] = path

# collections.abc is costly to import; os.environ joins MutableMapping when
# it is already there.
if 'collections.abc' in sys.modules:
    sys.modules['collections.abc'].MutableMapping.register(_Environ)

# What `from os import *` gives: the public functions, classes and
# constants (open among them, as in CPython), and path.
__all__ = [_n for _n in globals()
           if not _n.startswith('_') and _n not in ('sys',)]
