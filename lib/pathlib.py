"""Object-oriented file system paths: CPython 3.12's pathlib.

Pure paths (PurePath, PurePosixPath, PureWindowsPath) do string work only:
joining with '/', splitting into drive, root and parts, names, suffixes,
relative_to, match and comparison. Concrete paths (Path, PosixPath) add the
calls that reach the file system, made through the os module: stat, exists,
iterdir, glob/rglob, walk, mkdir, open, read/write helpers, resolve and so
on. WindowsPath exists but cannot be created on this system.

A path is stored as the raw segments it was made from; the drive, root and
list of parts are computed on first use and kept.
"""

import os
import sys
import fnmatch
import posixpath
from stat import S_ISDIR, S_ISREG, S_ISLNK, S_ISBLK, S_ISCHR, S_ISFIFO, \
    S_ISSOCK

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath",
           "Path", "PosixPath", "WindowsPath"]

# errno values that mean "this path does not exist (usefully)": ENOENT,
# ENOTDIR, EBADF and ELOOP on Linux.
_IGNORED_ERRNOS = (2, 20, 9, 40)
_ELOOP = 40

_WIN_RESERVED_NAMES = frozenset(
    ['CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$']
    + ['COM' + c for c in '123456789\xb9\xb2\xb3']
    + ['LPT' + c for c in '123456789\xb9\xb2\xb3'])

# Bytes left as they are by as_uri(); all others are percent-encoded.
_URI_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
                      b'0123456789_.-~/')


def _ignore_error(exc):
    return getattr(exc, 'errno', None) in _IGNORED_ERRNOS


def _quote_uri(text):
    # Percent-encode the UTF-8 form of text for a file: URI.
    out = []
    for b in text.encode('utf-8', 'surrogateescape'):
        if b in _URI_SAFE:
            out.append(chr(b))
        else:
            out.append('%%%02X' % b)
    return ''.join(out)


# --- Parsing -----------------------------------------------------------------

def _parse_posix(path):
    # Split one POSIX path string into (drive, root, parts).
    if path[:1] == '/':
        if path[1:2] == '/' and path[2:3] != '/':
            # Exactly two leading slashes are kept, as POSIX allows.
            root = '//'
            rel = path[2:]
        else:
            root = '/'
            rel = path.lstrip('/')
    else:
        root = ''
        rel = path
    return '', root, [x for x in rel.split('/') if x and x != '.']


def _splitroot_windows(p):
    # Split a Windows path (separators already backslashes) into
    # (drive, root, rest).
    if p[:1] == '\\':
        if p[1:2] == '\\':
            # A UNC path: \\server\share is the drive.
            i = p.find('\\', 2)
            if i == -1:
                return p, '', ''
            j = p.find('\\', i + 1)
            if j == -1:
                return p, '', ''
            return p[:j], p[j:j + 1], p[j + 1:]
        return '', p[:1], p[1:]
    if p[1:2] == ':':
        if p[2:3] == '\\':
            return p[:2], p[2:3], p[3:]
        return p[:2], '', p[2:]
    return '', '', p


def _parse_windows(path):
    # Split one Windows path string into (drive, root, parts).
    path = path.replace('/', '\\')
    drv, root, rel = _splitroot_windows(path)
    if not root and drv.startswith('\\') and not drv.endswith('\\'):
        pieces = drv.split('\\')
        if (len(pieces) == 4 and pieces[2] not in '?.') or len(pieces) == 6:
            # A UNC drive always has a root.
            root = '\\'
    return drv, root, [x for x in rel.split('\\') if x and x != '.']


def _join_posix(segments):
    drv, root, tail = '', '', []
    for seg in segments:
        d, r, t = _parse_posix(seg)
        if r:
            root = r
            tail = t
        else:
            tail.extend(t)
    return drv, root, tail


def _join_windows(segments):
    drv, root, tail = '', '', []
    for seg in segments:
        d, r, t = _parse_windows(seg)
        if r:
            # An absolute segment restarts the path, keeping the drive if
            # it has none of its own.
            if d or not drv:
                drv = d
            root = r
            tail = t
            continue
        if d and d != drv:
            if d.lower() != drv.lower():
                # Another drive: the earlier segments are dropped.
                drv, root, tail = d, r, t
                continue
            drv = d
        tail.extend(t)
    return drv, root, tail


class _PathParents:
    """The immutable sequence of the logical ancestors of a path."""

    __slots__ = ('_path', '_drv', '_root', '_tail')

    def __init__(self, path):
        self._path = path
        self._drv = path.drive
        self._root = path.root
        self._tail = path._tail

    def __len__(self):
        return len(self._tail)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        n = len(self._tail)
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        return self._path._from_parsed_parts(self._drv, self._root,
                                             self._tail[:-idx - 1])

    def __iter__(self):
        for i in range(len(self._tail)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


# --- Pure paths ----------------------------------------------------------------

class PurePath:
    """A path for string operations only; PurePath() makes the flavour of
    the running system (PurePosixPath here)."""

    __slots__ = ('_raw_paths', '_drv', '_root', '_tail_cached', '_str',
                 '_hash', '_normcase')

    # Flavour settings, overridden by the POSIX and Windows classes.
    _sep = '/'
    _altsep = None
    _windows = False
    _parse = staticmethod(_parse_posix)
    _join = staticmethod(_join_posix)

    def __new__(cls, *args, **kwargs):
        if cls is PurePath:
            cls = PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        paths = []
        for arg in args:
            if isinstance(arg, PurePath):
                if arg._windows and not self._windows:
                    # Windows separators become slashes, as in CPython.
                    paths.extend(p.replace('\\', '/') for p in arg._raw_paths)
                else:
                    paths.extend(arg._raw_paths)
            else:
                if isinstance(arg, str):
                    path = arg
                else:
                    try:
                        path = os.fspath(arg)
                    except TypeError:
                        path = arg
                    if not isinstance(path, str):
                        raise TypeError(
                            "argument should be a str or an os.PathLike "
                            "object where __fspath__ returns a str, "
                            f"not {type(path).__name__!r}")
                paths.append(path)
        self._raw_paths = paths
        self._drv = None
        self._str = None
        self._hash = None
        self._normcase = None

    def with_segments(self, *pathsegments):
        """Return a new path of this type made from pathsegments."""
        return type(self)(*pathsegments)

    # Parsing and formatting.

    def _load_parts(self):
        paths = self._raw_paths
        if len(paths) == 1:
            drv, root, tail = self._parse(paths[0])
        elif not paths:
            drv, root, tail = '', '', []
        else:
            drv, root, tail = self._join(paths)
        self._drv = drv
        self._root = root
        self._tail_cached = tail

    def _format(self, drv, root, tail):
        sep = self._sep
        if drv or root:
            return drv + root + sep.join(tail)
        if tail and self._windows and _splitroot_windows(tail[0])[0]:
            # A first part such as 'c:x' would read as a drive.
            return '.' + sep + sep.join(tail)
        return sep.join(tail)

    def _from_parsed_parts(self, drv, root, tail):
        s = self._format(drv, root, tail) or '.'
        path = self.with_segments(s)
        path._str = s
        path._drv = drv
        path._root = root
        path._tail_cached = tail
        return path

    def _make_child_relpath(self, name):
        # The path of an entry called name in this directory.
        s = str(self)
        tail = self._tail
        if s == '.':
            s = name
        elif tail:
            s = s + self._sep + name
        else:
            s = s + name
        path = self.with_segments(s)
        path._str = s
        path._drv = self._drv
        path._root = self._root
        path._tail_cached = tail + [name]
        return path

    @property
    def _tail(self):
        if self._drv is None:
            self._load_parts()
        return self._tail_cached

    def __str__(self):
        s = self._str
        if s is None:
            if self._drv is None:
                self._load_parts()
            s = self._format(self._drv, self._root, self._tail_cached) or '.'
            self._str = s
        return s

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """Return the path as a string with forward slashes."""
        s = str(self)
        if self._windows:
            return s.replace('\\', '/')
        return s

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, self.as_posix())

    def __reduce__(self):
        return (type(self), self.parts)

    def as_uri(self):
        """Return the path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        if self._windows:
            drive = self.drive
            if len(drive) == 2 and drive[1] == ':':
                return 'file:///' + drive + _quote_uri(self.as_posix()[2:])
            if drive:
                return 'file:' + _quote_uri(self.as_posix())
        return 'file://' + _quote_uri(str(self))

    # Comparison.

    def _str_normcase(self):
        n = self._normcase
        if n is None:
            n = str(self)
            if self._windows:
                n = n.lower()
            self._normcase = n
        return n

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return (self._str_normcase() == other._str_normcase()
                and self._windows == other._windows)

    def __hash__(self):
        h = self._hash
        if h is None:
            h = self._hash = hash(self._str_normcase())
        return h

    def _cmp_parts(self, other):
        if not isinstance(other, PurePath) or self._windows != other._windows:
            return None
        sep = self._sep
        return (self._str_normcase().split(sep),
                other._str_normcase().split(sep))

    def __lt__(self, other):
        pair = self._cmp_parts(other)
        if pair is None:
            return NotImplemented
        return pair[0] < pair[1]

    def __le__(self, other):
        pair = self._cmp_parts(other)
        if pair is None:
            return NotImplemented
        return pair[0] <= pair[1]

    def __gt__(self, other):
        pair = self._cmp_parts(other)
        if pair is None:
            return NotImplemented
        return pair[0] > pair[1]

    def __ge__(self, other):
        pair = self._cmp_parts(other)
        if pair is None:
            return NotImplemented
        return pair[0] >= pair[1]

    # Components.

    @property
    def drive(self):
        """The drive prefix (letter or UNC share), or ''."""
        if self._drv is None:
            self._load_parts()
        return self._drv

    @property
    def root(self):
        """The root, '/' or '//' (or '\\' on Windows), or ''."""
        if self._drv is None:
            self._load_parts()
        return self._root

    @property
    def anchor(self):
        """The drive and root together."""
        return self.drive + self.root

    @property
    def parts(self):
        """A tuple of the path's components, the anchor first if any."""
        tail = self._tail
        if self._drv or self._root:
            return (self._drv + self._root,) + tuple(tail)
        return tuple(tail)

    @property
    def parent(self):
        """The logical parent of the path."""
        tail = self._tail
        if not tail:
            return self
        return self._from_parsed_parts(self._drv, self._root, tail[:-1])

    @property
    def parents(self):
        """A sequence of the logical ancestors of the path."""
        return _PathParents(self)

    @property
    def name(self):
        """The final component, or '' if there is none."""
        tail = self._tail
        if not tail:
            return ''
        return tail[-1]

    @property
    def suffix(self):
        """The final component's last suffix, such as '.py', or ''."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        """The list of the final component's suffixes."""
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        """The final component without its suffix."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """Return a new path with the final component changed to name."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if (not name or self._sep in name
                or (self._windows and '/' in name) or name == '.'):
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed_parts(self._drv, self._root,
                                       self._tail[:-1] + [name])

    def with_stem(self, stem):
        """Return a new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """Return a new path with the suffix changed; '' removes it."""
        if self._sep in suffix or (self._windows and '/' in suffix):
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if old:
            name = name[:-len(old)] + suffix
        else:
            name = name + suffix
        return self._from_parsed_parts(self._drv, self._root,
                                       self._tail[:-1] + [name])

    def relative_to(self, other, /, *_deprecated, walk_up=False):
        """Return this path relative to other.

        Without walk_up, other must be this path or one of its parents;
        with walk_up=True '..' entries are added as needed.
        """
        if _deprecated:
            import warnings
            warnings.warn(
                "support for supplying more than one positional argument to "
                "pathlib.PurePath.relative_to() is deprecated and scheduled "
                "for removal in Python 3.14", DeprecationWarning,
                stacklevel=2)
        other = self.with_segments(other, *_deprecated)
        step = 0
        for path in [other] + list(other.parents):
            if self.is_relative_to(path):
                break
            elif not walk_up:
                raise ValueError(
                    f"{str(self)!r} is not in the subpath of {str(other)!r}")
            elif path.name == '..':
                raise ValueError(
                    f"'..' segment in {str(other)!r} cannot be walked")
            step += 1
        else:
            raise ValueError(
                f"{str(self)!r} and {str(other)!r} have different anchors")
        parts = ['..'] * step + self._tail[len(path._tail):]
        return self.with_segments(*parts)

    def is_relative_to(self, other, /, *_deprecated):
        """Return True if this path is relative to (inside) other."""
        if _deprecated:
            import warnings
            warnings.warn(
                "support for supplying more than one argument to "
                "pathlib.PurePath.is_relative_to() is deprecated and "
                "scheduled for removal in Python 3.14", DeprecationWarning,
                stacklevel=2)
        other = self.with_segments(other, *_deprecated)
        if other == self:
            return True
        # other must be one of this path's parents.
        otail = other._tail
        tail = self._tail
        if len(otail) >= len(tail):
            return False
        return other == self._from_parsed_parts(self._drv, self._root,
                                                tail[:len(otail)])

    def is_absolute(self):
        """Return True if the path has a root (and a drive on Windows)."""
        if self._windows:
            return bool(self.drive and self._root)
        return bool(self.root)

    def is_reserved(self):
        """Return True if the path is a reserved name on Windows."""
        if not self._windows:
            return False
        tail = self._tail
        if not tail or self._drv.startswith('\\\\'):
            return False
        name = tail[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return name.upper() in _WIN_RESERVED_NAMES

    def joinpath(self, *pathsegments):
        """Return this path joined with each of pathsegments."""
        return self.with_segments(self, *pathsegments)

    def __truediv__(self, key):
        try:
            return self.with_segments(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    def match(self, path_pattern, *, case_sensitive=None):
        """Return True if the path matches the glob-style pattern.

        A relative pattern matches from the right; an absolute one must
        match the whole path.
        """
        if not isinstance(path_pattern, PurePath):
            path_pattern = self.with_segments(path_pattern)
        if case_sensitive is None:
            case_sensitive = not self._windows
        pat_tail = path_pattern._tail
        pat_anchored = bool(path_pattern._drv or path_pattern._root)
        if not pat_anchored and not pat_tail:
            raise ValueError("empty pattern")
        tail = self._tail
        if pat_anchored:
            if len(tail) != len(pat_tail):
                return False
            if not _match_name(self._drv + self._root,
                               path_pattern._drv + path_pattern._root,
                               case_sensitive):
                return False
        elif len(tail) < len(pat_tail):
            return False
        offset = len(tail) - len(pat_tail)
        for i, pat in enumerate(pat_tail):
            if pat == '*' or pat == '**':
                continue
            if not _match_name(tail[offset + i], pat, case_sensitive):
                return False
        return True


def _match_name(name, pat, case_sensitive):
    if not case_sensitive:
        name = name.lower()
        pat = pat.lower()
    return fnmatch.fnmatchcase(name, pat)


class PurePosixPath(PurePath):
    """A pure path with POSIX rules: '/' separators, no drives."""

    __slots__ = ()


class PureWindowsPath(PurePath):
    """A pure path with Windows rules: drives, UNC shares, '\\' separators
    ('/' accepted), case-insensitive comparison."""

    __slots__ = ()
    _sep = '\\'
    _altsep = '/'
    _windows = True
    _parse = staticmethod(_parse_windows)
    _join = staticmethod(_join_windows)


# --- Concrete paths --------------------------------------------------------------

class Path(PurePath):
    """A path on the file system of the running system; Path() makes a
    PosixPath here."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return object.__new__(cls)

    def __init__(self, *args, **kwargs):
        if kwargs:
            import warnings
            warnings.warn(
                "support for supplying keyword arguments to pathlib.PurePath "
                "is deprecated and scheduled for removal in Python 3.14",
                DeprecationWarning, stacklevel=2)
        super().__init__(*args)

    # Information.

    @classmethod
    def cwd(cls):
        """Return the current working directory as a path."""
        return cls().absolute()

    @classmethod
    def home(cls):
        """Return the user's home directory as a path."""
        return cls("~").expanduser()

    def stat(self, *, follow_symlinks=True):
        """Return os.stat() of the path."""
        return os.stat(str(self), follow_symlinks=follow_symlinks)

    def lstat(self):
        """Like stat(), but about a symlink itself."""
        return os.lstat(str(self))

    def _mode(self, follow_symlinks=True):
        # The st_mode of the path, or None if it cannot be reached.
        try:
            return os.stat(str(self), follow_symlinks=follow_symlinks).st_mode
        except OSError as e:
            if not _ignore_error(e):
                raise
            return None
        except ValueError:
            return None

    def exists(self, *, follow_symlinks=True):
        """Return True if the path exists."""
        return self._mode(follow_symlinks) is not None

    def is_dir(self):
        """Return True if the path is a directory (symlinks followed)."""
        mode = self._mode()
        return mode is not None and S_ISDIR(mode)

    def is_file(self):
        """Return True if the path is a regular file (symlinks followed)."""
        mode = self._mode()
        return mode is not None and S_ISREG(mode)

    def is_symlink(self):
        """Return True if the path is a symbolic link."""
        mode = self._mode(False)
        return mode is not None and S_ISLNK(mode)

    def is_block_device(self):
        """Return True if the path is a block device."""
        mode = self._mode()
        return mode is not None and S_ISBLK(mode)

    def is_char_device(self):
        """Return True if the path is a character device."""
        mode = self._mode()
        return mode is not None and S_ISCHR(mode)

    def is_fifo(self):
        """Return True if the path is a FIFO."""
        mode = self._mode()
        return mode is not None and S_ISFIFO(mode)

    def is_socket(self):
        """Return True if the path is a socket."""
        mode = self._mode()
        return mode is not None and S_ISSOCK(mode)

    def is_mount(self):
        """Return True if the path is a mount point."""
        return posixpath.ismount(str(self))

    def is_junction(self):
        """Return False: junctions exist only on Windows."""
        return False

    def samefile(self, other_path):
        """Return True if other_path is the same file as this path."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.with_segments(other_path).stat()
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    # Directory listing.

    def iterdir(self):
        """Yield the paths of the entries of this directory."""
        for name in os.listdir(str(self)):
            yield self._make_child_relpath(name)

    def _scandir(self):
        return os.scandir(str(self))

    def glob(self, pattern, *, case_sensitive=None):
        """Yield the existing paths that match the relative pattern."""
        sys.audit("pathlib.Path.glob", self, pattern)
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        drv, root, parts = self._parse(pattern)
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] == self._sep or (self._windows and pattern[-1] == '/'):
            parts.append('')
        yield from self._glob(parts, case_sensitive)

    def rglob(self, pattern, *, case_sensitive=None):
        """Like glob() with '**/' in front of the pattern."""
        sys.audit("pathlib.Path.rglob", self, pattern)
        drv, root, parts = self._parse(pattern)
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and (pattern[-1] == self._sep
                        or (self._windows and pattern[-1] == '/')):
            parts.append('')
        yield from self._glob(['**'] + parts, case_sensitive)

    def _glob(self, parts, case_sensitive):
        for part in parts:
            if part != '**' and '**' in part:
                raise ValueError(
                    "Invalid pattern: '**' can only be an entire path "
                    "component")
        if case_sensitive is None:
            case_sensitive = not self._windows
        if not self.is_dir():
            return
        yield from _select(self, parts, 0, case_sensitive)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        """Walk the directory tree, yielding (dirpath, dirnames, filenames).

        As with os.walk(), a top-down caller may prune dirnames in place.
        """
        sys.audit("pathlib.Path.walk", self, on_error, follow_symlinks)
        stack = [self]
        while stack:
            path = stack.pop()
            if isinstance(path, tuple):
                yield path
                continue
            try:
                entries = list(path._scandir())
            except OSError as error:
                if on_error is not None:
                    on_error(error)
                continue
            dirnames = []
            filenames = []
            for entry in entries:
                try:
                    is_dir = entry.is_dir(follow_symlinks=follow_symlinks)
                except OSError:
                    is_dir = False
                if is_dir:
                    dirnames.append(entry.name)
                else:
                    filenames.append(entry.name)
            if top_down:
                yield path, dirnames, filenames
            else:
                stack.append((path, dirnames, filenames))
            stack += [path._make_child_relpath(d) for d in reversed(dirnames)]

    # Path transformations that consult the system.

    def absolute(self):
        """Return the path made absolute with the current directory, without
        normalizing '..' or resolving symlinks."""
        if self.is_absolute():
            return self
        cwd = os.getcwd()
        if not self.root and not self._tail:
            path = self.with_segments(cwd)
            path._str = cwd
            return path
        return self.with_segments(cwd, self)

    def resolve(self, strict=False):
        """Return the absolute path with symlinks and '..' resolved.

        With strict=True a missing path raises FileNotFoundError; a symlink
        loop raises RuntimeError.
        """
        try:
            s = posixpath.realpath(str(self), strict=strict)
        except OSError as e:
            if e.errno == _ELOOP:
                raise RuntimeError("Symlink loop from %r" % e.filename)
            raise
        path = self.with_segments(s)
        if not strict:
            # A loop is left unresolved by realpath(); stat() detects it.
            try:
                path.stat()
            except OSError as e:
                if e.errno == _ELOOP:
                    raise RuntimeError("Symlink loop from %r" % e.filename)
        return path

    def expanduser(self):
        """Return the path with a leading '~' or '~user' expanded."""
        tail = self._tail
        if not (self._drv or self._root) and tail and tail[0][:1] == '~':
            home = posixpath.expanduser(tail[0])
            if home[:1] == '~':
                raise RuntimeError("Could not determine home directory.")
            drv, root, htail = self._parse(home)
            return self._from_parsed_parts(drv, root, htail + tail[1:])
        return self

    def readlink(self):
        """Return the path a symbolic link points to."""
        return self.with_segments(os.readlink(str(self)))

    # Reading and writing.

    def open(self, mode='r', buffering=-1, encoding=None, errors=None,
             newline=None):
        """Open the file, as the built-in open() does."""
        if 'b' not in mode and encoding is None:
            encoding = 'utf-8'
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        """Return the file's contents as a str."""
        # The bytes are decoded here (with universal newlines) so that the
        # encoding is honoured whatever the built-in open() supports.
        with self.open('rb') as f:
            data = f.read()
        text = data.decode(encoding or 'utf-8', errors or 'strict')
        if '\r' in text:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def read_bytes(self):
        """Return the file's contents as bytes."""
        with self.open('rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Write the str data to the file; return the number of characters
        written."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' %
                            data.__class__.__name__)
        if newline is not None and newline not in ('', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline}")
        # Newlines are translated and the text encoded here, so that both
        # are honoured whatever the built-in open() supports.
        text = data
        if newline and newline != '\n':
            text = text.replace('\n', newline)
        raw = text.encode(encoding or 'utf-8', errors or 'strict')
        with self.open('wb') as f:
            f.write(raw)
        return len(data)

    def write_bytes(self, data):
        """Write the bytes-like data to the file; return the number of bytes
        written."""
        view = memoryview(data)
        with self.open('wb') as f:
            return f.write(view)

    # Changing the file system.

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file, or update its times if it exists."""
        if exist_ok:
            try:
                os.utime(str(self), None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(str(self), flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the directory; parents=True creates missing parents too."""
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            # Whatever the error, an existing directory is fine with
            # exist_ok.
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permission bits of the file."""
        os.chmod(str(self), mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """Like chmod(), but on a symlink itself."""
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove the file or symlink."""
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove the empty directory."""
        os.rmdir(str(self))

    def rename(self, target):
        """Rename the file to target and return the new path."""
        os.rename(str(self), os.fspath(target))
        return self.with_segments(target)

    def replace(self, target):
        """Rename the file to target, replacing it, and return the new
        path."""
        os.replace(str(self), os.fspath(target))
        return self.with_segments(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link to target."""
        os.symlink(os.fspath(target), str(self), target_is_directory)

    def hardlink_to(self, target):
        """Make this path a hard link to target."""
        if not hasattr(os, 'link'):
            raise NotImplementedError("os.link() not available on this system")
        os.link(os.fspath(target), str(self))

    def owner(self):
        """Return the login name of the file's owner."""
        import pwd
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        """Return the group name of the file's group."""
        import grp
        return grp.getgrgid(self.stat().st_gid).gr_name


def _select(path, parts, i, case_sensitive):
    # Yield the paths below path that match parts[i:].
    if i == len(parts):
        yield path
        return
    pat = parts[i]
    if not pat:
        # A trailing separator: only directories got here.
        yield path
        return
    if pat == '**':
        j = i + 1
        while j < len(parts) and parts[j] == '**':
            j += 1
        dedupe = '**' in parts[j:]
        seen = set()
        for start in _recursive_dirs(path):
            for p in _select(start, parts, j, case_sensitive):
                if dedupe:
                    if p in seen:
                        continue
                    seen.add(p)
                yield p
        return
    if pat == '..':
        yield from _select(path._make_child_relpath('..'), parts, i + 1,
                           case_sensitive)
        return
    dironly = i + 1 < len(parts)
    try:
        entries = list(path._scandir())
    except PermissionError:
        return
    if not case_sensitive:
        pat = pat.lower()
    for entry in entries:
        if dironly:
            try:
                if not entry.is_dir():
                    continue
            except OSError:
                continue
        name = entry.name
        if fnmatch.fnmatchcase(name if case_sensitive else name.lower(), pat):
            yield from _select(path._make_child_relpath(name), parts, i + 1,
                               case_sensitive)


def _recursive_dirs(path):
    # The path itself, then every directory below it (symlinks to
    # directories are not entered).
    yield path
    for dirpath, dirnames, _ in path.walk():
        for name in dirnames:
            yield dirpath._make_child_relpath(name)


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""

    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """A concrete Windows path; it cannot be made on this system."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError(
            f"cannot instantiate {cls.__name__!r} on your system")
