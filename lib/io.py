"""The io module: in-memory streams and the stream class hierarchy.

This provides CPython 3.12's io API on top of pyprobe's built-in file
objects: StringIO and BytesIO (written here in Python), the abstract bases
IOBase, RawIOBase, BufferedIOBase and TextIOBase (usable as bases of user
classes and in isinstance() checks), open (the built-in open),
UnsupportedOperation (the very class pyprobe's files raise), and the usual
constants.  pyprobe has a single text file type and a single binary file
type, so TextIOWrapper names the former and BufferedReader, BufferedWriter,
BufferedRandom and FileIO all name the latter.
"""

import abc as _abc
import builtins as _builtins
import sys as _sys

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = _builtins.open
BlockingIOError = _builtins.BlockingIOError


def open_code(path):
    """Open a file for reading as code, in binary mode."""
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s"
                        % type(path).__name__)
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    """Return encoding, or "utf-8" when it is None (pyprobe's files
    behave as CPython's do in UTF-8 mode)."""
    if encoding is None:
        return "utf-8"
    return encoding


def _find_unsupported_operation():
    # pyprobe's file objects raise their own UnsupportedOperation class;
    # reading from standard output provokes it.
    for stream in (_sys.__stdout__, _sys.__stderr__):
        try:
            stream.read()
        except ValueError as exc:
            if type(exc).__name__ == "UnsupportedOperation":
                return type(exc)
        except Exception:
            pass
    return None


UnsupportedOperation = _find_unsupported_operation()
if UnsupportedOperation is None:
    class UnsupportedOperation(OSError, ValueError):
        pass

# The types of pyprobe's text and binary file objects.
TextIOWrapper = type(_sys.__stdout__)


def _binary_file_type():
    try:
        f = open(__file__, "rb")
    except Exception:
        return None
    try:
        return type(f)
    finally:
        f.close()


BufferedReader = _binary_file_type() or TextIOWrapper
BufferedWriter = BufferedReader
BufferedRandom = BufferedReader
BufferedRWPair = BufferedReader
FileIO = BufferedReader

_CLOSED_MESSAGE = "I/O operation on closed file."


def _size_arg(size):
    """Check an optional size argument (an int or None) and return it as
    an int, -1 meaning "no limit"."""
    if size is None:
        return -1
    if type(size) is int:
        return size
    if hasattr(type(size), "__index__"):
        return size.__index__()
    raise TypeError("argument should be integer or None, not '%s'"
                    % type(size).__name__)


def _int_arg(value):
    if type(value) is int:
        return value
    if hasattr(type(value), "__index__"):
        return value.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer"
                    % type(value).__name__)


class IOBase(metaclass=_abc.ABCMeta):
    """The abstract base class of all streams.

    It supplies the shared behaviour: closing, the context-manager and
    iterator protocols, readline() and readlines() built on read(), and
    methods that raise UnsupportedOperation for what a stream cannot do.
    """

    __closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        """Change the stream position (unsupported here)."""
        self._unsupported("seek")

    def tell(self):
        """Return the current stream position."""
        return self.seek(0, 1)

    def truncate(self, pos=None):
        """Truncate the stream (unsupported here)."""
        self._unsupported("truncate")

    def flush(self):
        """Flush write buffers, if any."""
        self._checkClosed()

    def close(self):
        """Flush and close the stream; closing twice has no effect."""
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError(_CLOSED_MESSAGE if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable."
                                       if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable."
                                       if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable."
                                       if msg is None else msg)

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        """Return the file descriptor (unsupported here)."""
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        """Read and return one line, of at most size bytes if size >= 0."""
        size = _size_arg(size)
        out = bytearray()
        read = self.read
        while size < 0 or len(out) < size:
            chunk = read(1)
            if not chunk:
                break
            out += chunk
            if out.endswith(b"\n"):
                break
        return bytes(out)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        """Return a list of lines, stopping once their total size reaches
        hint when hint is positive."""
        hint = _size_arg(hint)
        if hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        """Write each string of an iterable; no line separators are
        added."""
        self._checkClosed()
        write = self.write
        for line in lines:
            write(line)


class RawIOBase(IOBase):
    """The base class of raw binary streams."""

    def read(self, size=-1):
        size = _size_arg(size)
        if size < 0:
            return self.readall()
        buf = bytearray(size)
        n = self.readinto(buf)
        if n is None:
            return None
        del buf[n:]
        return bytes(buf)

    def readall(self):
        """Read until end of stream and return the bytes."""
        out = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            out += data
        if out:
            return bytes(out)
        return data

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class BufferedIOBase(IOBase):
    """The base class of buffered binary streams."""

    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        self._unsupported("read1")

    def readinto(self, b):
        return self._readinto(b, self.read)

    def readinto1(self, b):
        return self._readinto(b, self.read1)

    def _readinto(self, b, read):
        view = memoryview(b)
        data = read(len(view))
        n = len(data)
        view[:n] = data
        return n

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    """The base class of text streams."""

    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def readline(self, size=-1):
        self._unsupported("readline")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


IOBase.register(TextIOWrapper)
TextIOBase.register(TextIOWrapper)
if BufferedReader is not TextIOWrapper:
    IOBase.register(BufferedReader)
    BufferedIOBase.register(BufferedReader)

# Bits recording which newline kinds a StringIO has seen, and the value of
# its newlines attribute for each combination.
_SEEN_LF = 1
_SEEN_CR = 2
_SEEN_CRLF = 4
_NEWLINES_BY_SEEN = (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"),
                     ("\r", "\r\n"), ("\r", "\n", "\r\n"))


class StringIO(TextIOBase):
    """A text stream kept in memory.

    The text is held as a str while it is all ASCII (with writes at the
    end collected in a list of pieces) and as a list of characters
    otherwise, since indexing a non-ASCII str far from its start is slow
    in pyprobe.
    """

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and type(newline) is not str:
            raise TypeError("newline must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._seen = 0
        self._buf = ""          # the text, as a str or a list of chars
        self._pieces = []       # text appended after _buf, not yet merged
        self._len = 0
        self._ascii = True
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    # Internal representation.

    def _text(self):
        """Return the buffer with pending pieces merged: a str when the
        text is ASCII, else a list of characters."""
        buf = self._buf
        if self._pieces:
            if type(buf) is list:
                for piece in self._pieces:
                    buf.extend(piece)
            else:
                buf = buf + "".join(self._pieces)
                if not self._ascii:
                    buf = list(buf)
                self._buf = buf
            self._pieces = []
        return buf

    def _check(self):
        # StringIO's message, unlike the others, has no final period.
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _translate(self, s):
        """Apply the newline translation of writes to s."""
        newline = self._newline
        if newline is None or newline == "":
            if "\r" in s:
                seen = 0
                crlf = s.count("\r\n")
                if crlf:
                    seen |= _SEEN_CRLF
                if s.count("\r") > crlf:
                    seen |= _SEEN_CR
                if s.count("\n") > crlf:
                    seen |= _SEEN_LF
                self._seen |= seen
                if newline is None:
                    s = s.replace("\r\n", "\n").replace("\r", "\n")
            elif "\n" in s:
                self._seen |= _SEEN_LF
        elif newline != "\n" and "\n" in s:
            s = s.replace("\n", newline)
        return s

    # Public interface.

    def getvalue(self):
        """Return the whole text of the stream."""
        self._check()
        buf = self._text()
        if type(buf) is list:
            return "".join(buf)
        return buf

    def write(self, s):
        """Write a str at the current position and return its length."""
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'"
                            % type(s).__name__)
        n = len(s)
        if not n:
            return 0
        s = self._translate(s)
        size = len(s)
        pos = self._pos
        length = self._len
        if self._ascii and not s.isascii():
            self._ascii = False
            if type(self._buf) is not list and not self._pieces:
                self._buf = list(self._buf)
        if pos > length:
            # Writing past the end pads the gap with NUL characters.
            if type(self._buf) is list:
                self._buf.extend("\0" * (pos - length))
            else:
                self._pieces.append("\0" * (pos - length))
            length = pos
        if pos == length:
            if type(self._buf) is list:
                self._buf.extend(s)
            else:
                self._pieces.append(s)
            self._len = length + size
        else:
            buf = self._text()
            end = pos + size
            if type(buf) is list:
                buf[pos:end] = s
            else:
                buf = buf[:pos] + s + buf[end:]
                if not self._ascii:
                    buf = list(buf)
                self._buf = buf
            if end > length:
                self._len = end
        self._pos = pos + size
        return n

    def read(self, size=-1):
        """Read at most size characters (all when size is negative or
        None)."""
        size = _size_arg(size)
        self._check()
        pos = self._pos
        length = self._len
        if pos >= length:
            return ""
        end = length if size < 0 else min(pos + size, length)
        buf = self._text()
        self._pos = end
        if type(buf) is list:
            return "".join(buf[pos:end])
        if pos == 0 and end == length:
            return buf
        return buf[pos:end]

    def _line_end(self, buf, pos, limit):
        """Return the index just past the end of the line starting at pos,
        looking no further than limit."""
        newline = self._newline
        if newline is None:
            newline = "\n"
        if type(buf) is list:
            if newline == "":
                i = pos
                while i < limit:
                    c = buf[i]
                    if c == "\n":
                        return i + 1
                    if c == "\r":
                        if i + 1 < limit and buf[i + 1] == "\n":
                            return i + 2
                        return i + 1
                    i += 1
                return limit
            first = newline[0]
            width = len(newline)
            i = pos
            while True:
                try:
                    i = buf.index(first, i, limit)
                except ValueError:
                    return limit
                if width == 1:
                    return i + 1
                if i + 1 < limit and buf[i + 1] == "\n":
                    return i + 2
                i += 1
        if newline == "":
            lf = buf.find("\n", pos, limit)
            cr = buf.find("\r", pos, lf if lf >= 0 else limit)
            if cr >= 0:
                if cr + 1 == lf:
                    return lf + 1
                return cr + 1
            if lf >= 0:
                return lf + 1
            return limit
        i = buf.find(newline, pos, limit)
        if i < 0:
            return limit
        return i + len(newline)

    def readline(self, size=-1):
        """Read one line, of at most size characters when size >= 0."""
        size = _size_arg(size)
        self._check()
        pos = self._pos
        length = self._len
        if pos >= length:
            return ""
        limit = length if size < 0 else min(pos + size, length)
        buf = self._text()
        end = self._line_end(buf, pos, limit)
        self._pos = end
        if type(buf) is list:
            return "".join(buf[pos:end])
        return buf[pos:end]

    def __next__(self):
        if type(self) is StringIO:
            line = self.readline()
        else:
            line = self.readline()
            if not isinstance(line, str):
                raise OSError("readline() should have returned a str "
                              "object, not '%s'" % type(line).__name__)
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        if self._closed:
            raise ValueError(_CLOSED_MESSAGE)
        return self

    def readlines(self, hint=-1):
        hint = _size_arg(hint)
        if self._closed:
            raise ValueError(_CLOSED_MESSAGE)
        return TextIOBase.readlines(self, hint)

    def seek(self, pos, whence=0):
        """Move to a position: whence 0 is the start, 1 (offset 0 only)
        the current position, 2 (offset 0 only) the end."""
        pos = _int_arg(pos)
        whence = _int_arg(whence)
        self._check()
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)"
                             % whence)
        if pos < 0 and whence == 0:
            raise ValueError("Negative seek position %d" % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._len
        self._pos = pos
        return pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, pos=None):
        """Cut the text at pos (default: the current position) and return
        the new size; the position does not move."""
        if pos is None:
            self._check()
            pos = self._pos
        else:
            pos = _size_arg(pos)
            self._check()
            if pos < 0:
                raise ValueError("Negative size value %d" % pos)
        if pos < self._len:
            buf = self._text()
            if type(buf) is list:
                del buf[pos:]
            else:
                self._buf = buf[:pos]
            self._len = pos
        return pos

    def close(self):
        self._closed = True
        self._buf = ""
        self._pieces = []

    @property
    def closed(self):
        return self._closed

    def flush(self):
        pass

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        if self._closed:
            raise ValueError(_CLOSED_MESSAGE)
        return False

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        if self._newline is None or self._newline == "":
            return _NEWLINES_BY_SEEN[self._seen]
        return None

    def __repr__(self):
        return "<_io.StringIO object at %#x>" % id(self)


class BytesIO(BufferedIOBase):
    """A binary stream kept in memory, in a bytearray."""

    def __init__(self, initial_bytes=b""):
        self._buf = bytearray()
        self._pos = 0
        self._closed = False
        self._exported = False
        if initial_bytes is not None:
            self._buf += memoryview(_bytes_like(initial_bytes))

    def _check(self):
        if self._closed:
            raise ValueError(_CLOSED_MESSAGE)

    def _check_exports(self):
        # A buffer handed out by getbuffer() forbids changes while it is
        # alive; resizing the bytearray tells whether it still is.
        if self._exported:
            try:
                self._buf.append(0)
            except BufferError:
                raise BufferError("Existing exports of data: object cannot"
                                  " be re-sized") from None
            self._buf.pop()
            self._exported = False

    def getvalue(self):
        """Return the whole contents as bytes."""
        self._check()
        return bytes(self._buf)

    def getbuffer(self):
        """Return a writable memoryview of the contents; the stream cannot
        be resized while the view is alive."""
        self._check()
        self._exported = True
        return memoryview(self._buf)

    def read(self, size=-1):
        """Read at most size bytes (all when size is negative or None)."""
        size = _size_arg(size)
        self._check()
        pos = self._pos
        length = len(self._buf)
        if pos >= length:
            return b""
        end = length if size < 0 else min(pos + size, length)
        self._pos = end
        return bytes(self._buf[pos:end])

    read1 = read

    def readline(self, size=-1):
        """Read one line, of at most size bytes when size >= 0."""
        size = _size_arg(size)
        self._check()
        buf = self._buf
        pos = self._pos
        length = len(buf)
        if pos >= length:
            return b""
        limit = length if size < 0 else min(pos + size, length)
        end = buf.find(b"\n", pos, limit)
        end = limit if end < 0 else end + 1
        self._pos = end
        return bytes(buf[pos:end])

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        return self

    def readlines(self, hint=-1):
        hint = _size_arg(hint)
        self._check()
        return BufferedIOBase.readlines(self, hint)

    def readinto(self, b):
        """Read bytes into the writable buffer b; return how many."""
        try:
            view = memoryview(b)
        except TypeError:
            view = None
        if view is None or view.readonly:
            raise TypeError("readinto() argument must be read-write "
                            "bytes-like object, not %s" % type(b).__name__)
        self._check()
        pos = self._pos
        n = max(0, min(len(view), len(self._buf) - pos))
        view[:n] = self._buf[pos:pos + n]
        self._pos = pos + n
        return n

    readinto1 = readinto

    def write(self, b):
        """Write a bytes-like object at the current position and return
        its length."""
        self._check()
        data = memoryview(_bytes_like(b))
        n = len(data)
        if not n:
            return 0
        self._check_exports()
        buf = self._buf
        pos = self._pos
        length = len(buf)
        if pos > length:
            buf += bytes(pos - length)
        if pos >= length:
            buf += data
        else:
            buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def seek(self, pos, whence=0):
        """Move to a position relative to the start (0), the current
        position (1) or the end (2); the result is at least 0."""
        pos = _int_arg(pos)
        whence = _int_arg(whence)
        self._check()
        if whence not in (0, 1, 2):
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)"
                             % whence)
        if pos < 0 and whence == 0:
            raise ValueError("negative seek value %d" % pos)
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += len(self._buf)
        if pos < 0:
            pos = 0
        self._pos = pos
        return pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        """Cut the contents at size (default: the current position) and
        return the new size; the position does not move."""
        if size is None:
            self._check()
            size = self._pos
        else:
            size = _size_arg(size)
            self._check()
            if size < 0:
                raise ValueError("negative size value %d" % size)
        if size < len(self._buf):
            self._check_exports()
            del self._buf[size:]
        return size

    def close(self):
        self._check_exports()
        self._closed = True

    @property
    def closed(self):
        return self._closed

    def flush(self):
        self._check()

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def __repr__(self):
        return "<_io.BytesIO object at %#x>" % id(self)


def _bytes_like(obj):
    """Return obj if it is a bytes-like object, else raise CPython's
    TypeError."""
    if isinstance(obj, (bytes, bytearray, memoryview)):
        return obj
    try:
        memoryview(obj)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(obj).__name__) from None
    return obj


class IncrementalNewlineDecoder:
    """Translate \\r\\n and \\r into \\n in text decoded piece by piece,
    recording the newline kinds seen."""

    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._seen = 0
        self._pending_cr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if self._pending_cr and (output or final):
            output = "\r" + output
            self._pending_cr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self._pending_cr = True
        crlf = output.count("\r\n")
        cr = output.count("\r") - crlf
        lf = output.count("\n") - crlf
        if crlf:
            self._seen |= _SEEN_CRLF
        if cr:
            self._seen |= _SEEN_CR
        if lf:
            self._seen |= _SEEN_LF
        if self.translate and (crlf or cr):
            output = output.replace("\r\n", "\n").replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b"", 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self._pending_cr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self._pending_cr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self._seen = 0
        self._pending_cr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return _NEWLINES_BY_SEEN[self._seen]


StringIO.__module__ = "_io"
BytesIO.__module__ = "_io"
