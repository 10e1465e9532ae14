"""Filename globbing: CPython's glob module (glob, iglob, escape, has_magic).

Patterns are matched one path component at a time with fnmatch: '*', '?'
and '[...]' never match a '/'. A component '**' with recursive=True matches
any number of directories (zero included). Names starting with '.' are
matched only by components that start with '.' too, unless
include_hidden=True. Results come in the order of the directory listings.
"""

import os
import fnmatch

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """Return the list of paths matching the pattern pathname.

    With root_dir the pattern is relative to that directory and so are
    the results.
    """
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """Return an iterator of the paths matching the pattern pathname."""
    if dir_fd is not None:
        raise NotImplementedError('dir_fd unavailable on this platform')
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    return _iglob(pathname, root_dir, recursive, include_hidden)


def _iglob(pathname, root_dir, recursive, include_hidden):
    if isinstance(pathname, bytes):
        slash = b'/'
    else:
        slash = '/'
    empty = pathname[:0]
    if not has_magic(pathname):
        # A plain path matches itself when it exists.
        if pathname:
            real = pathname if root_dir is None else os.path.join(root_dir, pathname)
            if pathname.endswith(slash):
                if os.path.isdir(real):
                    yield pathname
            elif os.path.lexists(real):
                yield pathname
        return
    # Split off the root (leading slashes), then the components.
    rest = pathname.lstrip(slash)
    root = pathname[:len(pathname) - len(rest)]
    parts = rest.split(slash)
    for path in _expand(root, parts, 0, root_dir, recursive, include_hidden):
        if path:
            yield path


def _real(path, root_dir):
    # The path to give the file system for the displayed path.
    if root_dir is None or not path:
        return root_dir or path
    return os.path.join(root_dir, path)


def _expand(dirpath, parts, i, root_dir, recursive, include_hidden):
    # Yield the matches of parts[i:] inside the directory shown as dirpath.
    # Every component but the last must match directories (an empty last
    # component, from a trailing slash, makes that hold for the one before).
    part = parts[i]
    last = i == len(parts) - 1
    dironly = not last
    if recursive and _isrecursive(part):
        names = _recursive_names(dirpath, root_dir, dironly, include_hidden)
    elif has_magic(part):
        names = _matching_names(dirpath, root_dir, part, dironly,
                                include_hidden)
    else:
        names = _literal_names(dirpath, root_dir, part)
    join = os.path.join
    if last:
        for name in names:
            yield join(dirpath, name)
    else:
        for name in names:
            yield from _expand(join(dirpath, name), parts, i + 1, root_dir,
                               recursive, include_hidden)


def _literal_names(dirpath, root_dir, part):
    # A component without wildcards names itself if it exists; an empty
    # component (a trailing or doubled slash) stands for dirpath itself.
    if part:
        if os.path.lexists(_real(os.path.join(dirpath, part), root_dir)):
            return [part]
        return []
    real = _real(dirpath, root_dir)
    if os.path.isdir(real if real else os.curdir):
        return [part]
    return []


def _listdir(real, dironly):
    # The names in the directory real ('' is the current one), only those
    # of directories when dironly; nothing if it cannot be listed.
    if not real:
        real = os.curdir if isinstance(real, str) else os.curdir.encode()
    names = []
    try:
        with os.scandir(real) as it:
            for entry in it:
                try:
                    if not dironly or entry.is_dir():
                        names.append(entry.name)
                except OSError:
                    pass
    except OSError:
        pass
    return names


def _matching_names(dirpath, root_dir, pattern, dironly, include_hidden):
    names = _listdir(_real(dirpath, root_dir), dironly)
    if not include_hidden and not _ishidden(pattern):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _recursive_names(dirpath, root_dir, dironly, include_hidden):
    # '**': the directory itself (as an empty name), then every name below
    # it, each directory before its content.
    real = _real(dirpath, root_dir)
    if not real or os.path.isdir(real):
        yield dirpath[:0]
    yield from _walk_names(real, dironly, include_hidden)


def _walk_names(real, dironly, include_hidden):
    join = os.path.join
    for name in _listdir(real, dironly):
        if include_hidden or not _ishidden(name):
            yield name
            sub = join(real, name) if real else name
            for below in _walk_names(sub, dironly, include_hidden):
                yield join(name, below)


def _ishidden(name):
    return name[:1] in ('.', b'.')


def _isrecursive(pattern):
    if isinstance(pattern, bytes):
        return pattern == b'**'
    return pattern == '**'


def has_magic(s):
    """Return True if s contains a wildcard character (*, ? or [)."""
    if isinstance(s, bytes):
        return b'*' in s or b'?' in s or b'[' in s
    return '*' in s or '?' in s or '[' in s


def escape(pathname):
    """Escape the wildcard characters of pathname so that it matches only
    itself."""
    if isinstance(pathname, bytes):
        out = bytearray()
        for c in pathname:
            if c in b'*?[':
                out += b'[' + bytes((c,)) + b']'
            else:
                out.append(c)
        return bytes(out)
    return ''.join('[' + c + ']' if c in '*?[' else c for c in pathname)


def glob0(dirname, pattern):
    """Return [pattern] if the name pattern exists in dirname (deprecated)."""
    if not pattern:
        return [pattern] if os.path.isdir(dirname) else []
    return _literal_names(dirname, None, pattern)


def glob1(dirname, pattern):
    """Return the names in dirname matching pattern (deprecated)."""
    return _matching_names(dirname, None, pattern, False, False)

