"""Temporary files and directories: CPython's tempfile module for pyprobe.

gettempdir, mkstemp, mkdtemp, mktemp, TemporaryDirectory,
NamedTemporaryFile, TemporaryFile and SpooledTemporaryFile. Names are
eight random characters from [a-z0-9_] between a prefix ('tmp') and a
suffix, drawn from a random.Random seeded by os.urandom.

pyprobe's file objects cannot seek, so the files of NamedTemporaryFile and
TemporaryFile keep their content in memory (an io.BytesIO or io.StringIO,
which can seek) and write it through to the named file on disk at each
flush() and at close(); other readers of the name see what was flushed.
TemporaryFile's file has a name (removed at close) rather than none.
mkstemp's descriptor comes from os.open and works with os.write, os.read,
os.fdopen and os.close.
"""

import io as _io
import os as _os
import sys as _sys

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
    "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp", "TMP_MAX",
    "gettempprefix", "tempdir", "gettempdir", "gettempprefixb",
    "gettempdirb",
]

TMP_MAX = 238328
template = "tmp"

# The directory gettempdir() returns; None until it is first needed (and
# users may set it).
tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = None
_rng_pid = None


def _random_name():
    # Eight random characters; the generator is reseeded in a forked child.
    global _rng, _rng_pid
    pid = _os.getpid()
    if _rng is None or _rng_pid != pid:
        import random
        _rng = random.Random(int.from_bytes(_os.urandom(16), 'big'))
        _rng_pid = pid
    choice = _rng.choice
    return ''.join([choice(_CHARACTERS) for _ in range(8)])


def _names():
    # The candidate names for one creation, TMP_MAX of them at most.
    for _ in range(TMP_MAX):
        yield _random_name()


def gettempprefix():
    """Return the default prefix of temporary names ('tmp')."""
    return _os.fsdecode(template)


def gettempprefixb():
    """Return the default prefix of temporary names as bytes."""
    return _os.fsencode(template)


def _candidate_dirs():
    dirlist = []
    for name in ('TMPDIR', 'TEMP', 'TMP'):
        value = _os.getenv(name)
        if value:
            dirlist.append(value)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(_os.getcwd())
    except OSError:
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    # The first candidate directory where a file can really be created.
    for dir in _candidate_dirs():
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        for _ in range(100):
            name = _os.path.join(dir, _random_name())
            try:
                with open(name, 'xb') as f:
                    f.write(b'blat')
            except FileExistsError:
                continue
            except OSError:
                break
            try:
                _os.unlink(name)
            except OSError:
                pass
            return dir
    raise FileNotFoundError(
        2, "No usable temporary directory found in %s" % _candidate_dirs())


def gettempdir():
    """Return the directory for temporary files.

    The first usable one of $TMPDIR, $TEMP, $TMP, /tmp, /var/tmp, /usr/tmp
    and the current directory; the choice is kept in tempfile.tempdir.
    """
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return _os.fsdecode(tempdir)


def gettempdirb():
    """Return the directory for temporary files as bytes."""
    return _os.fsencode(gettempdir())


def _sanitize_params(prefix, suffix, dir):
    # Fill in the defaults, all of the type of the arguments given.
    output_type = None
    for arg in (prefix, suffix, dir):
        if arg is None:
            continue
        if isinstance(arg, _os.PathLike):
            arg = _os.fspath(arg)
        kind = bytes if isinstance(arg, bytes) else str
        if output_type is None:
            output_type = kind
        elif output_type is not kind:
            raise TypeError("Can't mix bytes and non-bytes in path components.")
    if output_type is None:
        output_type = str
    if suffix is None:
        suffix = output_type()
    if prefix is None:
        prefix = template if output_type is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if output_type is str else gettempdirb()
    return prefix, suffix, dir, output_type


def _name_in(dir, prefix, name, suffix, output_type):
    if output_type is bytes:
        name = _os.fsencode(name)
    return _os.path.join(dir, prefix + name + suffix)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file readable and writable only by its owner.

    Returns (fd, path): an open descriptor (see os.open) and the absolute
    path. The caller removes the file.
    """
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    flags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
    for name in _names():
        file = _name_in(dir, prefix, name, suffix, output_type)
        try:
            fd = _os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory usable only by its owner; return its path."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    for name in _names():
        file = _name_in(dir, prefix, name, suffix, output_type)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """Return a name that did not exist when asked (unsafe: use mkstemp)."""
    if dir is None:
        dir = gettempdir()
    for name in _names():
        file = _os.path.join(dir, prefix + name + suffix)
        if not _os.path.lexists(file):
            return file
    raise FileExistsError(17, "No usable temporary filename found")


def _create_file(dir, prefix, suffix, output_type):
    # A fresh, empty file readable and writable by its owner only.
    for name in _names():
        file = _name_in(dir, prefix, name, suffix, output_type)
        try:
            f = open(file, 'xb')
        except FileExistsError:
            continue
        f.close()
        _os.chmod(file, 0o600)
        return _os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary file name found")


class _MirroredFile(_io.IOBase):
    """A seekable file object kept in memory and written through to a file.

    The content lives in a BytesIO or StringIO; flush() and close() bring
    the named file up to date, appending when only the end changed.
    """

    def __init__(self, name, mode, encoding, errors, newline):
        self.name = name
        self._binary = 'b' in mode
        self._readable = 'r' in mode or '+' in mode
        self._writable = any(c in mode for c in 'wax+')
        self._append = 'a' in mode
        if self._binary:
            # A binary file shows the mode of its raw file, as CPython's do.
            plus = '+' if self._readable and self._writable else ''
            if 'x' in mode:
                mode = 'xb' + plus
            elif 'a' in mode:
                mode = 'ab' + plus
            elif plus:
                mode = 'rb+'
            else:
                mode = 'rb' if self._readable else 'wb'
        self.mode = mode
        if self._binary:
            self._buf = _io.BytesIO()
        else:
            self._buf = _io.StringIO(newline='')
            self.encoding = encoding if encoding is not None else 'utf-8'
            self.errors = errors if errors is not None else 'strict'
            self.newlines = None
        # The first _clean items of the buffer are on disk as they are;
        # the disk file holds _disk_len items.
        self._clean = 0
        self._disk_len = 0

    @property
    def closed(self):
        return self._buf.closed

    def _check_closed(self):
        if self._buf.closed:
            raise ValueError('I/O operation on closed file.')

    def _check_readable(self):
        self._check_closed()
        if not self._readable:
            raise _io.UnsupportedOperation('read')

    def readable(self):
        self._check_closed()
        return self._readable

    def writable(self):
        self._check_closed()
        return self._writable

    def seekable(self):
        self._check_closed()
        return True

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        raise _io.UnsupportedOperation('fileno')

    def write(self, data):
        self._check_closed()
        if not self._writable:
            raise _io.UnsupportedOperation('write')
        if self._append:
            self._buf.seek(0, 2)
        pos = self._buf.tell()
        n = self._buf.write(data)
        if pos < self._clean:
            self._clean = pos
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check_readable()
        return self._buf.read(size)

    def read1(self, size=-1):
        self._check_readable()
        return self._buf.read(size)

    def readline(self, size=-1):
        self._check_readable()
        return self._buf.readline(size)

    def readlines(self, hint=-1):
        self._check_readable()
        return self._buf.readlines(hint)

    def __iter__(self):
        self._check_readable()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check_closed()
        return self._buf.seek(pos, whence)

    def tell(self):
        self._check_closed()
        return self._buf.tell()

    def truncate(self, size=None):
        self._check_closed()
        if not self._writable:
            raise _io.UnsupportedOperation('truncate')
        result = self._buf.truncate(size)
        if result < self._clean:
            self._clean = result
        return result

    def flush(self):
        self._check_closed()
        self._sync()

    def _sync(self):
        data = self._buf.getvalue()
        n = len(data)
        if self._clean == n and self._disk_len == n:
            return
        if self._clean == self._disk_len and n >= self._disk_len:
            mode, data = 'ab', data[self._clean:]
        else:
            mode = 'wb'
        if not self._binary:
            data = data.encode(self.encoding, self.errors)
        if _os.path.exists(self.name) or mode == 'wb':
            with open(self.name, mode) as f:
                f.write(data)
        self._clean = self._disk_len = n

    def close(self):
        if self._buf.closed:
            return
        try:
            self._sync()
        finally:
            self._buf.close()

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        kind = 'BufferedRandom' if self._binary else 'TextIOWrapper'
        return f'<{kind} name={self.name!r} mode={self.mode!r}>'


def _open_temp(name, mode, buffering, encoding, newline, errors):
    # A real file when files can seek, else a _MirroredFile.
    f = open(name, mode, buffering, encoding, errors, newline) \
        if 'b' not in mode else open(name, mode, buffering)
    if hasattr(f, 'seek'):
        return f
    f.close()
    return _MirroredFile(name, mode, encoding, errors, newline)


class _TemporaryFileWrapper:
    """The object NamedTemporaryFile returns.

    It passes everything to its file (.file) and removes the file named
    .name when closed, if delete is true.
    """

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._delete_on_close = delete_on_close
        self._removed = False

    def __getattr__(self, name):
        file = self.__dict__['file']
        return getattr(file, name)

    def _remove(self):
        if not self._removed:
            self._removed = True
            try:
                _os.unlink(self.name)
            except FileNotFoundError:
                pass

    def close(self):
        """Close the file, and remove it if delete and delete_on_close."""
        try:
            self.file.close()
        finally:
            if self.delete and self._delete_on_close:
                self._remove()

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        try:
            self.file.close()
        finally:
            if self.delete:
                self._remove()
        return None

    def __iter__(self):
        # Iterate over the file's lines (its own iterator).
        for line in self.file:
            yield line


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None,
                       delete_on_close=True):
    """Create a temporary file with a visible name and return a file object.

    The name is in .name. With delete=True the file is removed when it is
    closed (or, with delete_on_close=False, when the context manager exits).
    """
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    if 'b' in mode and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    name = _create_file(dir, prefix, suffix, output_type)
    try:
        file = _open_temp(name, mode, buffering, encoding, newline, errors)
    except BaseException:
        _os.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete, delete_on_close)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """Create a temporary file that is removed when it is closed."""
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix,
                              prefix, dir, True, errors=errors)


class SpooledTemporaryFile(_io.IOBase):
    """A temporary file kept in memory until it grows past max_size.

    Then (or at rollover() or fileno()) its content moves to a
    TemporaryFile.
    """

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            # A StringIO stands for CPython's TextIOWrapper over a BytesIO.
            self._file = _io.StringIO(
                newline='\n' if newline is None else newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering,
                                   'suffix': suffix, 'prefix': prefix,
                                   'encoding': encoding, 'newline': newline,
                                   'dir': dir, 'errors': errors}
        self._mode = mode
        self._encoding = encoding
        self._errors = errors

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def _check(self, file):
        if self._rolled:
            return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        """Move the content to a real temporary file."""
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = file.tell()
        newfile.write(file.getvalue())
        newfile.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def __next__(self):
        return self._file.__next__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        if 'b' in self._mode:
            return self._file.encoding
        return self._encoding if self._encoding is not None else 'utf-8'

    @property
    def errors(self):
        if 'b' in self._mode:
            return self._file.errors
        return self._errors if self._errors is not None else 'strict'

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._mode

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        if 'b' in self._mode:
            return self._file.newlines
        return getattr(self._file, 'newlines', None)

    def readable(self):
        return self._file.readable()

    def read(self, *args):
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read1(*args)

    def readinto(self, b):
        return self._file.readinto(b)

    def readinto1(self, b):
        return self._file.readinto1(b)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seekable(self):
        return self._file.seekable()

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def writable(self):
        return self._file.writable()

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv

    def detach(self):
        return self._file.detach()


class TemporaryDirectory:
    """A temporary directory, removed with its content by cleanup().

    As a context manager it gives the directory's name and removes it on
    exit (unless delete is false). ignore_cleanup_errors makes removal best
    effort.
    """

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False, *, delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def _rmtree(self, name, ignore_errors=False):
        import shutil

        def onexc(func, path, exc):
            # Make read-only parts writable and try again.
            if isinstance(exc, PermissionError):
                try:
                    if path != name:
                        _os.chmod(_os.path.dirname(path), 0o700)
                    _os.chmod(path, 0o700)
                    if _os.path.isdir(path) and not _os.path.islink(path):
                        self._rmtree(path, ignore_errors=ignore_errors)
                    else:
                        _os.unlink(path)
                    return
                except FileNotFoundError:
                    return
                except OSError:
                    pass
            elif isinstance(exc, FileNotFoundError):
                return
            if not ignore_errors:
                raise exc

        shutil.rmtree(name, onexc=onexc)

    def cleanup(self):
        """Remove the directory and everything in it."""
        if self._done:
            return
        self._done = True
        if _os.path.lexists(self.name):
            self._rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __del__(self):
        # An implicit cleanup, as CPython's finalizer does.
        try:
            if not self._done and self._delete:
                self.cleanup()
        except Exception:
            pass
