"""Cache of source-file lines, as in CPython 3.12's linecache module.

getline() and getlines() read a file once and keep its lines in `cache`,
keyed by the file name given.  An entry is the tuple
(size, mtime, lines, fullname): the file's size and modification time
when it was read, its lines (each ending with a newline) and the path it
was found at.  A relative name that is not found from the working
directory is looked up in each directory of sys.path.  checkcache()
drops the entries whose file changed or vanished.

Files are decoded as Python source: UTF-8 unless a PEP 263 coding
declaration in the first two lines names another encoding, with a UTF-8
byte order mark skipped.  Newlines are made universal ("\\r\\n" and "\\r"
become "\\n").

lazycache() records, for a module whose file cannot be read, a function
that asks the module's loader for its source; the entry is the 1-tuple
(get_source,) until the lines are needed.  There is no zipimport, so
only loaders that define get_source() are used.
"""

import sys
import os

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# File name -> (size, mtime, lines, fullname), or (get_source,) for a
# module whose source is loaded on first use.
cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Return line `lineno` (counted from 1) of the file, or '' when the
    file cannot be read or has no such line."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Return the list of the file's lines, from the cache if it is
    there, or read (and cached) now; [] when the file cannot be read."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop the cache entries (all, or the one of `filename`) whose file
    has changed size or modification time, or can no longer be found.
    Entries made from a loader's source are kept."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            # Not loaded yet: nothing to compare against.
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            # The lines came from a loader, not from a file.
            continue
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def updatecache(filename, module_globals=None):
    """Read the file again (ignoring the cache), store its lines and
    return them; [] when it cannot be found or decoded."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        del cache[filename]
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []

    fullname = filename
    try:
        st = os.stat(fullname)
    except (OSError, ValueError, TypeError):
        st = None
    if st is None:
        # A module's loader may know the source of a file we cannot read.
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                data = None
            else:
                if data is None:
                    return []
                lines = [line + '\n' for line in _split_lines(data)]
                cache[filename] = (len(data), None, lines, fullname)
                return lines
        if not isinstance(filename, str) or os.path.isabs(filename):
            return []
        # A relative name may be relative to a directory of sys.path.
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, filename)
            except (TypeError, AttributeError):
                continue
            try:
                st = os.stat(fullname)
            except (OSError, ValueError):
                continue
            break
        if st is None:
            return []

    try:
        with open(fullname, 'rb') as f:
            data = f.read()
    except (OSError, ValueError):
        return []
    try:
        text = _decode_source(data)
    except (UnicodeDecodeError, LookupError, SyntaxError):
        return []
    lines = _split_lines(text, keepends=True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Record that the source of `filename` can be had from the loader
    named in `module_globals` (its __loader__ or __spec__.loader) when it
    is needed.  Return True if an entry for it exists or was made."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if not module_globals or '__name__' not in module_globals:
        return False
    spec = module_globals.get('__spec__')
    name = getattr(spec, 'name', None) or module_globals['__name__']
    loader = getattr(spec, 'loader', None)
    if loader is None:
        loader = module_globals.get('__loader__')
    get_source = getattr(loader, 'get_source', None)
    if get_source is None:
        return False

    def get_lines():
        return get_source(name)

    cache[filename] = (get_lines,)
    return True


def _split_lines(text, keepends=False):
    """Split text at universal newlines only (str.splitlines would also
    split at form feeds and other separators, which Python source keeps
    inside a line)."""
    if '\r' in text:
        text = text.replace('\r\n', '\n').replace('\r', '\n')
    parts = text.split('\n')
    if keepends:
        lines = [part + '\n' for part in parts]
        # The text after the last newline has none of its own.
        if parts[-1]:
            lines[-1] = parts[-1]
        else:
            lines.pop()
        return lines
    if not parts[-1]:
        parts.pop()
    return parts


def _coding_of(line):
    """The encoding named by a PEP 263 declaration on this line (bytes),
    or None."""
    stripped = line.lstrip(b' \t\f')
    if not stripped.startswith(b'#'):
        return None
    at = stripped.find(b'coding')
    while at >= 0:
        rest = stripped[at + 6:]
        if rest[:1] in (b':', b'='):
            rest = rest[1:].lstrip(b' \t')
            end = 0
            while end < len(rest) and (chr(rest[end]).isalnum() or rest[end] in b'-_.'):
                end += 1
            if end:
                return rest[:end].decode('ascii')
        at = stripped.find(b'coding', at + 6)
    return None


def _normal_encoding(name):
    """The name under which an encoding declaration is looked up: the
    spellings of UTF-8 and Latin-1 are folded as the tokenizer does."""
    name = name.lower().replace('_', '-')
    if name == 'utf-8' or name.startswith('utf-8-'):
        return 'utf-8'
    if name in ('latin-1', 'iso-8859-1', 'iso-latin-1') or name.startswith(
            ('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'iso-8859-1'
    return name


def _decode_source(data):
    """Decode the bytes of a Python source file."""
    bom = data.startswith(b'\xef\xbb\xbf')
    if bom:
        data = data[3:]
    encoding = 'utf-8'
    lines = data.split(b'\n', 2)
    for i, line in enumerate(lines[:2]):
        found = _coding_of(line)
        if found is not None:
            encoding = _normal_encoding(found)
            break
        # The declaration may be on the second line only when the first
        # is blank or a comment.
        if i == 0 and line.strip() and not line.lstrip().startswith(b'#'):
            break
    if bom and encoding != 'utf-8':
        raise SyntaxError('encoding problem: utf-8')
    return data.decode(encoding)
