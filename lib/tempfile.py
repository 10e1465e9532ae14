"""Temporary files and directories: CPython's tempfile module for pyprobe.

gettempdir, mkstemp, mkdtemp, mktemp, TemporaryDirectory,
NamedTemporaryFile, TemporaryFile and SpooledTemporaryFile. Names are
eight random characters from [a-z0-9_] between a prefix ('tmp') and a
suffix, drawn from a random.Random seeded by os.urandom.

Files are created as mkstemp does (os.open with O_CREAT|O_EXCL, mode 0o600)
and opened with the built-in open(), so they are real, seekable files that
other readers of the name see as soon as they are flushed.
NamedTemporaryFile wraps its file in a _TemporaryFileWrapper that removes
it on close (or on leaving its with block, with delete_on_close=False).
TemporaryFile removes its file's name from the directory right after
creating it (as CPython does on POSIX without O_TMPFILE), so its .name is
the descriptor number. SpooledTemporaryFile stays in memory until it
rolls over to a TemporaryFile.
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


# Flags for a new file that only its creator opens: it must not exist (nor
# be a symbolic link), and the descriptor is not passed on to exec'd programs.
_MKSTEMP_FLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
if hasattr(_os, 'O_NOFOLLOW'):
    _MKSTEMP_FLAGS |= _os.O_NOFOLLOW
if hasattr(_os, 'O_CLOEXEC'):
    _MKSTEMP_FLAGS |= _os.O_CLOEXEC


def _make_file(dir, prefix, suffix, output_type):
    # Create a new file with a fresh name; return (descriptor, abspath).
    for name in _names():
        file = _name_in(dir, prefix, name, suffix, output_type)
        try:
            fd = _os.open(file, _MKSTEMP_FLAGS, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file readable and writable only by its owner.

    Returns (fd, path): an open descriptor (see os.open) and the absolute
    path. The caller removes the file. text makes no difference on POSIX.
    """
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    return _make_file(dir, prefix, suffix, output_type)


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


class _TemporaryFileCloser:
    """Closes a NamedTemporaryFile's file and removes it from disk.

    The wrapper, and every method it hands out, refers to this object, so
    the file is closed (and removed, with delete) only when none of them is
    left or when they ask for it.
    """

    cleanup_called = False
    close_called = False

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self.delete = delete
        self.delete_on_close = delete_on_close

    def cleanup(self):
        """Close the file if still open, then remove it if delete is true."""
        if self.cleanup_called:
            return
        self.cleanup_called = True
        try:
            if not self.close_called:
                self.close_called = True
                self.file.close()
        finally:
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def close(self):
        """Close the file; remove it too when delete and delete_on_close."""
        if self.close_called:
            return
        self.close_called = True
        try:
            self.file.close()
        finally:
            if self.delete and self.delete_on_close:
                self.cleanup()

    def __del__(self):
        # A wrapper that is dropped without being closed cleans up here.
        try:
            self.cleanup()
        except Exception:
            pass


class _TemporaryFileWrapper:
    """The object NamedTemporaryFile returns.

    It holds the open file (.file) and its path (.name), hands every other
    attribute on to the file, and removes the file as its closer says.
    """

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self._closer = _TemporaryFileCloser(file, name, delete,
                                            delete_on_close)

    def __getattr__(self, name):
        # Methods are wrapped so that they keep the closer alive; the result
        # is remembered on the wrapper, except for plain ints such as
        # closed, whose value changes.
        value = getattr(self.__dict__['file'], name)
        if hasattr(value, '__call__'):
            value = self._keep_alive(value)
        if not isinstance(value, int):
            setattr(self, name, value)
        return value

    def _keep_alive(self, method):
        def call(*args, **kwargs):
            return method(*args, **kwargs)
        for attr in ('__name__', '__qualname__', '__doc__'):
            try:
                setattr(call, attr, getattr(method, attr))
            except (AttributeError, TypeError):
                pass
        call.__wrapped__ = method
        call._closer = self._closer
        return call

    def __enter__(self):
        # pyprobe's file objects let a closed file enter a with block, so
        # the check CPython's files make is made here.
        if self.file.closed:
            raise ValueError("I/O operation on closed file.")
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self._closer.cleanup()
        return result

    def close(self):
        """Close the file, removing it if delete and delete_on_close."""
        self._closer.close()

    def __iter__(self):
        # A generator over the file's lines, so that the wrapper (and with
        # it the file) stays alive while the lines are read.
        for line in self.file:
            yield line


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None,
                       delete_on_close=True):
    """Create a temporary file with a visible name and return a file object.

    The file is made as by mkstemp and opened with open() in the given mode;
    its path is in .name and .file is the file object itself. With delete
    true the file is removed when it is closed, or, with delete_on_close
    false, when the context manager exits (or the object is dropped).
    """
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    created = []

    def opener(path, flags):
        # open() passes its own flags; the file must be new and private.
        fd = _os.open(path, _MKSTEMP_FLAGS, 0o600)
        created.append(path)
        return fd

    for name in _names():
        path = _os.path.abspath(_name_in(dir, prefix, name, suffix,
                                         output_type))
        try:
            file = open(path, mode, buffering, encoding=encoding,
                        errors=errors, newline=newline, opener=opener)
        except FileExistsError:
            if created:
                _os.unlink(path)
                raise
            continue
        except BaseException:
            if created:
                _os.unlink(path)
            raise
        try:
            return _TemporaryFileWrapper(file, path, delete, delete_on_close)
        except BaseException:
            file.close()
            _os.unlink(path)
            raise
    raise FileExistsError(17, "No usable temporary file name found")


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """Create a temporary file that has no name in the file system.

    The file is made as by mkstemp and removed from its directory at once;
    the file object open() gives for the descriptor is returned, so its
    .name is the descriptor number. The space is freed when it is closed.
    """
    return _unlinked_file(mode, buffering, encoding, newline, suffix, prefix,
                          dir, errors, b'')


def _unlinked_file(mode, buffering, encoding, newline, suffix, prefix, dir,
                   errors, data):
    # TemporaryFile's work; data is written to the descriptor before it is
    # opened, which SpooledTemporaryFile uses to move its bytes over.
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    fd, name = _make_file(dir, prefix, suffix, output_type)
    try:
        _os.unlink(name)
        while data:
            data = data[_os.write(fd, data):]
        return open(fd, mode, buffering, encoding=encoding, errors=errors,
                    newline=newline)
    except BaseException:
        try:
            _os.close(fd)
        except OSError:
            pass
        raise


class SpooledTemporaryFile(_io.IOBase):
    """A temporary file kept in memory until it grows past max_size.

    Its content is in an io.BytesIO (or an io.TextIOWrapper over one, in
    text mode) until a write takes it past max_size (0: no limit), or until
    rollover() or fileno() is called; then it moves to a TemporaryFile,
    keeping the position, and _rolled becomes true.
    """

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            # pyprobe's own text files report their default encoding as
            # 'UTF-8', and so does the in-memory file.
            self._file = _io.TextIOWrapper(
                _io.BytesIO(),
                encoding='UTF-8' if encoding is None else encoding,
                errors=errors, newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering,
                                   'suffix': suffix, 'prefix': prefix,
                                   'encoding': encoding, 'newline': newline,
                                   'dir': dir, 'errors': errors}

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
        args = self._TemporaryFileArgs
        pos = file.tell()
        if isinstance(file, _io.BytesIO):
            newfile = TemporaryFile(**args)
            newfile.write(file.getvalue())
        else:
            # The encoded bytes go to the new file as they are, so that the
            # text position (a byte offset) stays valid.
            newfile = _unlinked_file(
                args['mode'], args['buffering'], args['encoding'],
                args['newline'], args['suffix'], args['prefix'], args['dir'],
                args['errors'], file.detach().getvalue())
        self._file = newfile
        del self._TemporaryFileArgs
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
        return self._file.encoding

    @property
    def errors(self):
        return self._file.errors

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
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return self._file.newlines

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
