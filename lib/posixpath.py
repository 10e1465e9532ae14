"""POSIX path operations: what os.path is on Linux.

The string functions (join, split, splitext, normpath, relpath, commonpath,
expanduser, expandvars ...) work on str and on bytes, as CPython's do; the
ones that look at the file system (exists, isdir, realpath, ismount ...) go
through the os module.
"""

import os
import sys
import stat
import genericpath
from genericpath import *
from genericpath import _check_arg_types, _splitext

__all__ = ["normcase", "isabs", "join", "splitdrive", "splitroot", "split",
           "splitext", "basename", "dirname", "commonprefix", "getsize",
           "getmtime", "getatime", "getctime", "islink", "exists", "lexists",
           "isdir", "isfile", "ismount", "expanduser", "expandvars",
           "normpath", "abspath", "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep",
           "extsep", "devnull", "realpath", "supports_unicode_filenames",
           "relpath", "commonpath", "isjunction"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _fspath(path):
    # os.fspath, reached at call time: os may still be importing us.
    if isinstance(path, (str, bytes)):
        return path
    return os.fspath(path)


def normcase(s):
    """Return s unchanged: POSIX names are case-sensitive."""
    return _fspath(s)


def isabs(s):
    """Return True if the path s starts at the root."""
    s = _fspath(s)
    return s.startswith(b'/' if isinstance(s, bytes) else '/')


def join(a, *p):
    """Join path components with '/'; an absolute component restarts the path.

    An empty last component makes the result end with a separator.
    """
    a = _fspath(a)
    try:
        if isinstance(a, bytes):
            slash = b'/'
        else:
            slash = '/'
        path = a
        if not p:
            # Check that a is usable the way the loop would use it.
            path[:0] + slash
        for b in p:
            if isinstance(b, (str, bytes)):
                part = b
            else:
                part = os.fspath(b)
            if part.startswith(slash):
                path = part
            elif not path or path.endswith(slash):
                path = path + part
            else:
                path = path + slash + part
    except (TypeError, AttributeError):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """Split p into (head, tail): tail is the part after the last '/'.

    The head keeps no trailing slashes unless it is only slashes.
    """
    p = _fspath(p)
    slash = b'/' if isinstance(p, bytes) else '/'
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    """Split p into (root, ext): ext is empty or starts with the last dot.

    Leading dots of the last component ('.bashrc') do not start an
    extension.
    """
    p = _fspath(p)
    if isinstance(p, bytes):
        return _splitext(p, b'/', None, b'.')
    return _splitext(p, '/', None, '.')



def splitdrive(p):
    """Return ('', p): POSIX paths have no drive."""
    p = _fspath(p)
    return p[:0], p


def splitroot(p):
    """Split p into (drive, root, tail).

    The drive is always empty; the root is '', '/' or '//' (POSIX leaves
    exactly two leading slashes to the implementation; three or more mean '/').
    """
    p = _fspath(p)
    if isinstance(p, bytes):
        slash = b'/'
        empty = b''
    else:
        slash = '/'
        empty = ''
    if p[:1] != slash:
        return empty, empty, p
    if p[1:2] != slash or p[2:3] == slash:
        return empty, slash, p[1:]
    return empty, p[:2], p[2:]


def basename(p):
    """Return the final component of p (empty if p ends with '/')."""
    p = _fspath(p)
    slash = b'/' if isinstance(p, bytes) else '/'
    return p[p.rfind(slash) + 1:]


def dirname(p):
    """Return the directory part of p: the head of split(p)."""
    p = _fspath(p)
    slash = b'/' if isinstance(p, bytes) else '/'
    head = p[:p.rfind(slash) + 1]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head


def isjunction(path):
    """Return False: junctions exist on Windows only."""
    _fspath(path)
    return False


def ismount(path):
    """Return True if path is a mount point.

    That is: a directory whose parent is on another device, or that is its
    own parent (the root).
    """
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(s1.st_mode):
        return False
    path = _fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    parent = realpath(parent)
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def _home_of(user):
    # The home directory of the named user (None: the current user) from
    # /etc/passwd, or None when it cannot be found.
    uid = None
    if user is None:
        try:
            uid = os.stat('/proc/self').st_uid
        except (OSError, AttributeError):
            return None
    try:
        with open('/etc/passwd') as f:
            lines = f.read().splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    for line in lines:
        fields = line.split(':')
        if len(fields) < 7:
            continue
        if user is None:
            if fields[2] == str(uid):
                return fields[5]
        elif fields[0] == user:
            return fields[5]
    return None


def expanduser(path):
    """Replace a leading '~' or '~user' by that user's home directory.

    '~' uses $HOME when it is set; the path comes back unchanged when the
    user is unknown.
    """
    path = _fspath(path)
    if isinstance(path, bytes):
        tilde = b'~'
        slash = b'/'
    else:
        tilde = '~'
        slash = '/'
    if not path.startswith(tilde):
        return path
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = os.environ.get('HOME')
        if home is None:
            home = _home_of(None)
    else:
        name = path[1:i]
        if isinstance(name, bytes):
            name = os.fsdecode(name)
        home = _home_of(name)
    if home is None:
        return path
    if isinstance(path, bytes):
        home = os.fsencode(home)
    home = home.rstrip(slash)
    return (home + path[i:]) or slash


_NAME_CHARS = frozenset('abcdefghijklmnopqrstuvwxyz'
                        'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')


def expandvars(path):
    """Replace $name and ${name} by the value of that environment variable.

    Unknown variables and malformed references are left as they are.
    """
    path = _fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        return os.fsencode(_expand(os.fsdecode(path)))
    if '$' not in path:
        return path
    return _expand(path)


def _expand(path):
    environ = os.environ
    out = []
    n = len(path)
    start = 0
    i = path.find('$')
    while i >= 0:
        j = i + 1
        if path[j:j + 1] == '{':
            end = path.find('}', j + 1)
            if end < 0:
                break
            name = path[j + 1:end]
            end += 1
        else:
            end = j
            while end < n and path[end] in _NAME_CHARS:
                end += 1
            name = path[j:end]
            if not name:
                i = path.find('$', j)
                continue
        value = environ.get(name) if name else None
        if value is not None:
            out.append(path[start:i])
            out.append(value)
            start = end
        i = path.find('$', end)
    out.append(path[start:])
    return ''.join(out)


def normpath(path):
    """Collapse redundant separators and '.' and 'a/..' parts of path.

    '..' is kept where it cannot be resolved without the file system (a
    relative path's leading '..'); one or two leading slashes are kept,
    three or more become one.
    """
    path = _fspath(path)
    if isinstance(path, bytes):
        slash, dot, dotdot = b'/', b'.', b'..'
    else:
        slash, dot, dotdot = '/', '.', '..'
    if not path:
        return dot
    if path[:1] == slash:
        if path[1:2] == slash and path[2:3] != slash:
            root = slash + slash
        else:
            root = slash
    else:
        root = path[:0]
    parts = []
    for comp in path.split(slash):
        if not comp or comp == dot:
            continue
        if comp == dotdot:
            if parts and parts[-1] != dotdot:
                parts.pop()
            elif not root:
                parts.append(comp)
            continue
        parts.append(comp)
    return (root + slash.join(parts)) or dot


def abspath(path):
    """Return the normalized absolute form of path (relative to the cwd)."""
    path = _fspath(path)
    if isinstance(path, bytes):
        if not path.startswith(b'/'):
            path = join(os.getcwdb(), path)
    elif not path.startswith('/'):
        path = join(os.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path of filename: absolute, without symlinks.

    With strict=False a missing component ends the resolution and the rest
    is appended as it is; with strict=True the OSError is raised.
    """
    filename = _fspath(filename)
    if isinstance(filename, bytes):
        return os.fsencode(realpath(os.fsdecode(filename), strict=strict))
    path, _ = _resolve('', filename, strict, {})
    return abspath(path)


def _resolve(path, rest, strict, seen):
    # Resolve rest relative to path, which is free of symlinks already.
    # seen maps each symlink met to its resolution (None while resolving it,
    # which detects loops). Returns (path, ok); ok is False after a loop.
    if rest.startswith('/'):
        rest = rest[1:]
        path = '/'
    while rest:
        name, _, rest = rest.partition('/')
        if not name or name == '.':
            continue
        if name == '..':
            if path:
                path, tail = split(path)
                if tail == '..':
                    path = join(path, '..', '..')
            else:
                path = '..'
            continue
        newpath = join(path, name)
        try:
            st = os.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = stat.S_ISLNK(st.st_mode)
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            resolved = seen[newpath]
            if resolved is not None:
                path = resolved
                continue
            # A symlink loop.
            if strict:
                os.stat(newpath)
            return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _resolve(path, os.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def relpath(path, start=None):
    """Return path relative to start (default: the current directory)."""
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    if isinstance(path, bytes):
        dot, slash, dotdot = b'.', b'/', b'..'
    else:
        dot, slash, dotdot = '.', '/', '..'
    if start is None:
        start = dot
    else:
        start = _fspath(start)
    try:
        start_parts = [x for x in abspath(start).split(slash) if x]
        path_parts = [x for x in abspath(path).split(slash) if x]
        i = 0
        n = min(len(start_parts), len(path_parts))
        while i < n and start_parts[i] == path_parts[i]:
            i += 1
        rel = [dotdot] * (len(start_parts) - i) + path_parts[i:]
        if not rel:
            return dot
        return join(*rel)
    except (TypeError, AttributeError, ValueError):
        _check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """Return the longest common sub-path of the paths in the sequence.

    The paths must be all absolute or all relative; '.' components and
    repeated slashes are ignored.
    """
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    if isinstance(paths[0], bytes):
        slash, dot = b'/', b'.'
    else:
        slash, dot = '/', '.'
    try:
        split_paths = [p.split(slash) for p in paths]
        try:
            is_abs, = set(p[:1] == slash for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != dot] for s in split_paths]
        low = min(split_paths)
        high = max(split_paths)
        common = low
        for i in range(len(low)):
            if low[i] != high[i]:
                common = low[:i]
                break
        prefix = slash if is_abs else slash[:0]
        return prefix + slash.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise
