"""The io module: streams in memory, over file descriptors and over other
streams, and the stream class hierarchy.

This provides CPython 3.12's io API on top of pyprobe's built-in file
objects.  open() is the built-in open, whose file objects pass
isinstance() checks against IOBase, BufferedIOBase, TextIOBase and the
classes below that match their mode.  Written here in Python are the
abstract bases IOBase, RawIOBase, BufferedIOBase and TextIOBase with their
default methods; StringIO and BytesIO; FileIO over os-level descriptors;
BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair over any
raw stream; TextIOWrapper over any binary stream (its codecs come from
the codecs module); and IncrementalNewlineDecoder.
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

# The types of pyprobe's built-in text and binary file objects.
_BuiltinTextFile = type(_sys.__stdout__)


def _binary_file_type():
    try:
        f = open(__file__, "rb")
    except Exception:
        return None
    try:
        return type(f)
    finally:
        f.close()


_BuiltinBinaryFile = _binary_file_type()

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
    iterator protocols, readline() and readlines() built on read() (and
    peek() when there is one), and methods that raise
    UnsupportedOperation for what a stream cannot do.
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

    def __del__(self):
        # A stream that is dropped while open is closed (and so flushed).
        try:
            closed = self.closed
        except Exception:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass

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
        peek = getattr(self, "peek", None)
        while size < 0 or len(out) < size:
            n = 1
            if peek is not None:
                # Read up to the end of the line when the stream can show
                # what comes next.
                ahead = peek(1)
                if ahead:
                    n = ahead.find(b"\n") + 1 or len(ahead)
                    if size >= 0:
                        n = min(n, size - len(out))
            chunk = read(n)
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


IOBase.register(_BuiltinTextFile)
TextIOBase.register(_BuiltinTextFile)
if _BuiltinBinaryFile is not None:
    IOBase.register(_BuiltinBinaryFile)
    BufferedIOBase.register(_BuiltinBinaryFile)

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


# ---------------------------------------------------------------------------
# Raw file streams over descriptors.

def _check_mode(mode):
    """Check that mode is a valid FileIO mode, raising CPython's errors."""
    if not isinstance(mode, str):
        raise TypeError("FileIO() argument 'mode' must be str, not %s"
                        % type(mode).__name__)
    for c in mode:
        if c not in "rwxab+":
            raise ValueError("invalid mode: %s" % mode)
    kinds = sum(mode.count(c) for c in "rwxa")
    if kinds != 1 or mode.count("+") > 1 or mode.count("b") > 1:
        raise ValueError("Must have exactly one of create/read/write/append "
                         "mode and at most one plus")


class FileIO(RawIOBase):
    """A raw binary stream over an operating-system file descriptor."""

    _fd = -1
    _closefd = True

    def __init__(self, file, mode="r", closefd=True, opener=None):
        import os
        if self._fd >= 0:
            # A second __init__ closes what the first one opened.
            try:
                if self._closefd:
                    os.close(self._fd)
            finally:
                self._fd = -1
        if isinstance(file, float):
            raise TypeError("expected str, bytes or os.PathLike object, "
                            "not float")
        fd = -1
        if isinstance(file, int):
            fd = file
            if fd < 0:
                raise ValueError("negative file descriptor")
        _check_mode(mode)
        self._readable = self._writable = False
        self._appending = self._created = False
        if "x" in mode:
            self._created = self._writable = True
            flags = os.O_EXCL | os.O_CREAT
        elif "r" in mode:
            self._readable = True
            flags = 0
        elif "w" in mode:
            self._writable = True
            flags = os.O_CREAT | os.O_TRUNC
        else:
            self._writable = self._appending = True
            flags = os.O_APPEND | os.O_CREAT
        if "+" in mode:
            self._readable = self._writable = True
        if self._readable and self._writable:
            flags |= os.O_RDWR
        elif self._readable:
            flags |= os.O_RDONLY
        else:
            flags |= os.O_WRONLY
        flags |= getattr(os, "O_CLOEXEC", 0)
        owned = False
        if fd < 0:
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            if opener is None:
                fd = os.open(file, flags, 0o666)
            else:
                fd = opener(file, flags)
                if not isinstance(fd, int):
                    raise TypeError("expected integer from opener")
                if fd < 0:
                    raise ValueError("opener returned %d" % fd)
            owned = True
        try:
            self._blksize = DEFAULT_BUFFER_SIZE
            try:
                st = os.fstat(fd)
            except OSError:
                st = None
            if st is not None:
                if st.st_mode & 0o170000 == 0o040000:
                    import errno
                    raise IsADirectoryError(errno.EISDIR,
                                            os.strerror(errno.EISDIR), file)
                blksize = getattr(st, "st_blksize", 0)
                if blksize and blksize > 1:
                    self._blksize = blksize
            if self._appending:
                try:
                    os.lseek(fd, 0, SEEK_END)
                except OSError:
                    pass
        except BaseException:
            if owned:
                os.close(fd)
            raise
        self.name = file
        self._closefd = bool(closefd)
        self._seekable = None
        self._fd = fd

    def _check_open(self):
        if self._fd < 0:
            raise ValueError("I/O operation on closed file")

    @property
    def closed(self):
        return self._fd < 0

    @property
    def closefd(self):
        return self._closefd

    @property
    def mode(self):
        if self._created:
            return "xb+" if self._readable else "xb"
        if self._appending:
            return "ab+" if self._readable else "ab"
        if self._readable:
            return "rb+" if self._writable else "rb"
        return "wb"

    def fileno(self):
        self._check_open()
        return self._fd

    def readable(self):
        self._check_open()
        return self._readable

    def writable(self):
        self._check_open()
        return self._writable

    def seekable(self):
        self._check_open()
        if self._seekable is None:
            import os
            try:
                os.lseek(self._fd, 0, SEEK_CUR)
                self._seekable = True
            except OSError:
                self._seekable = False
        return self._seekable

    def isatty(self):
        self._check_open()
        import os
        return os.isatty(self._fd)

    def read(self, size=-1):
        """Read at most size bytes with one system call (all bytes up to
        the end when size is negative); None when none are available on a
        non-blocking descriptor."""
        size = _size_arg(size)
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")
        if size < 0:
            return self.readall()
        import os
        try:
            return os.read(self._fd, size)
        except BlockingIOError:
            return None

    def readall(self):
        """Read until the end of the file."""
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")
        import os
        chunks = []
        size = max(self._blksize, DEFAULT_BUFFER_SIZE)
        while True:
            try:
                data = os.read(self._fd, size)
            except BlockingIOError:
                if chunks:
                    break
                return None
            if not data:
                break
            chunks.append(data)
            if size < 1 << 20:
                size *= 2
        return b"".join(chunks)

    def readinto(self, b):
        """Read into the writable buffer b; return the count read."""
        view = memoryview(b)
        data = self.read(len(view))
        if data is None:
            return None
        n = len(data)
        view[:n] = data
        return n

    def write(self, b):
        """Write b with one system call; return the count written."""
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        import os
        try:
            return os.write(self._fd, b)
        except BlockingIOError:
            return None

    def seek(self, pos, whence=SEEK_SET):
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        self._check_open()
        import os
        return os.lseek(self._fd, pos, whence)

    def tell(self):
        self._check_open()
        import os
        return os.lseek(self._fd, 0, SEEK_CUR)

    def truncate(self, size=None):
        """Cut (or extend) the file to size bytes, by default the current
        position; the position does not move."""
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        import os
        if size is None:
            size = self.tell()
        os.ftruncate(self._fd, size)
        return size

    def flush(self):
        self._check_open()

    def close(self):
        """Close the descriptor (unless closefd was false)."""
        if self._fd >= 0:
            fd = self._fd
            self._fd = -1
            if self._closefd:
                import os
                os.close(fd)

    def __repr__(self):
        cls = _class_name(self, FileIO)
        if self._fd < 0:
            return "<%s [closed]>" % cls
        try:
            name = self.name
        except AttributeError:
            return "<%s fd=%d mode=%r closefd=%r>" % (
                cls, self._fd, self.mode, self._closefd)
        return "<%s name=%r mode=%r closefd=%r>" % (
            cls, name, self.mode, self._closefd)


def _class_name(obj, base):
    """The name that reprs give: "_io.X" for io's own class X, else the
    name of the subclass."""
    cls = type(obj)
    if cls is base:
        return "_io." + cls.__name__
    return cls.__name__


# ---------------------------------------------------------------------------
# Buffered streams.

class _BuiltinFileMeta(_abc.ABCMeta):
    """The metaclass of BufferedReader, BufferedWriter and BufferedRandom:
    a built-in binary file object is an instance of the one of these that
    its mode calls for, as it is in CPython."""

    def __instancecheck__(cls, instance):
        if type(instance) is _BuiltinBinaryFile:
            kind = cls.__dict__.get("_builtin_kind")
            if kind is not None:
                mode = getattr(instance, "mode", "")
                if "+" in mode:
                    return kind == "random"
                return kind == ("reader" if "r" in mode else "writer")
        return _abc.ABCMeta.__instancecheck__(cls, instance)


class _Buffered(BufferedIOBase, metaclass=_BuiltinFileMeta):
    """The shared implementation of the buffered streams: a read-ahead
    buffer (bytes and an offset into them) and a write buffer (a
    bytearray) over a raw stream.  The subclasses say which directions
    they support."""

    _can_read = False
    _can_write = False

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if self._can_read and not raw.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        if self._can_write and not raw.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        if self._can_read and self._can_write and not raw.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")
        buffer_size = _int_arg(buffer_size)
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b""
        self._rpos = 0
        self._wbuf = bytearray()

    @property
    def raw(self):
        return self._raw

    def _attached(self):
        raw = self._raw
        if raw is None:
            raise ValueError("raw stream has been detached")
        return raw

    def _check(self, what):
        """Check that the stream is attached and open; what names the
        operation in the error message."""
        raw = self._raw
        if raw is None:
            raise ValueError("raw stream has been detached")
        if raw.closed:
            if what is None:
                raise ValueError(_CLOSED_MESSAGE)
            raise ValueError("%s of closed file" % what)
        return raw

    @property
    def closed(self):
        return self._attached().closed

    @property
    def name(self):
        return self._attached().name

    @property
    def mode(self):
        return self._attached().mode

    def fileno(self):
        return self._attached().fileno()

    def isatty(self):
        return self._attached().isatty()

    def seekable(self):
        return self._check(None).seekable()

    def readable(self):
        return self._attached().readable() if self._can_read else False

    def writable(self):
        return self._attached().writable() if self._can_write else False

    # Reading.

    def _drop_read_ahead(self):
        """Give back read-ahead bytes before writing or seeking, moving
        the raw position back to the logical one."""
        unread = len(self._rbuf) - self._rpos
        self._rbuf = b""
        self._rpos = 0
        if unread:
            self._raw.seek(-unread, SEEK_CUR)

    def read(self, size=-1):
        """Read size bytes (fewer only at the end of the stream), or
        everything up to the end when size is negative or None."""
        if not self._can_read:
            self._unsupported("read")
        size = _size_arg(size)
        if size < -1:
            raise ValueError("read length must be non-negative or -1")
        raw = self._check("read")
        if self._wbuf:
            self._flush_writes()
        buf = self._rbuf
        pos = self._rpos
        if 0 <= size <= len(buf) - pos:
            self._rpos = pos + size
            return buf[pos:pos + size]
        chunks = [buf[pos:]] if pos < len(buf) else []
        got = len(buf) - pos
        self._rbuf = b""
        self._rpos = 0
        if size < 0:
            readall = getattr(raw, "readall", None)
            if readall is not None:
                data = readall()
                if data is None:
                    return b"".join(chunks) if chunks else None
                chunks.append(data)
                return b"".join(chunks)
            while True:
                data = raw.read(self.buffer_size)
                if data is None:
                    return b"".join(chunks) if chunks else None
                if not data:
                    return b"".join(chunks)
                chunks.append(data)
        while got < size:
            data = raw.read(max(self.buffer_size, size - got))
            if data is None:
                if not chunks:
                    return None
                break
            if not data:
                break
            chunks.append(data)
            got += len(data)
        result = b"".join(chunks)
        if len(result) > size:
            self._rbuf = result[size:]
            result = result[:size]
        return result

    def read1(self, size=-1):
        """Read up to size bytes with at most one raw read."""
        if not self._can_read:
            self._unsupported("read1")
        size = _size_arg(size)
        if size < 0:
            size = self.buffer_size
        raw = self._check("read")
        if size == 0:
            return b""
        if self._wbuf:
            self._flush_writes()
        pos = self._rpos
        if pos < len(self._rbuf):
            data = self._rbuf[pos:pos + size]
            self._rpos = pos + len(data)
            return data
        data = raw.read(max(size, self.buffer_size))
        if not data:
            return b"" if data is not None else None
        if len(data) > size:
            self._rbuf = data
            self._rpos = size
            return data[:size]
        self._rbuf = b""
        self._rpos = 0
        return data

    def peek(self, size=0):
        """Return buffered bytes without moving, reading from the raw
        stream only when nothing is buffered."""
        if not self._can_read:
            self._unsupported("peek")
        raw = self._check("peek")
        if self._wbuf:
            self._flush_writes()
        if self._rpos >= len(self._rbuf):
            data = raw.read(self.buffer_size)
            self._rbuf = data or b""
            self._rpos = 0
        return self._rbuf[self._rpos:]

    def readline(self, size=-1):
        if not self._can_read:
            self._unsupported("readline")
        size = _size_arg(size)
        raw = self._check("readline")
        if self._wbuf:
            self._flush_writes()
        chunks = []
        got = 0
        while True:
            buf = self._rbuf
            pos = self._rpos
            if pos >= len(buf):
                data = raw.read(self.buffer_size)
                if not data:
                    break
                self._rbuf = buf = data
                self._rpos = pos = 0
            limit = len(buf) if size < 0 else min(len(buf), pos + size - got)
            end = buf.find(b"\n", pos, limit)
            if end >= 0:
                chunks.append(buf[pos:end + 1])
                self._rpos = end + 1
                break
            chunks.append(buf[pos:limit])
            got += limit - pos
            self._rpos = limit
            if 0 <= size <= got:
                break
        return b"".join(chunks)

    def readinto(self, b):
        if not self._can_read:
            self._unsupported("readinto")
        return self._readinto(b, self.read)

    def readinto1(self, b):
        if not self._can_read:
            self._unsupported("readinto1")
        return self._readinto(b, self.read1)

    # Writing.

    def write(self, b):
        """Buffer b for writing; return its length."""
        if not self._can_write:
            self._unsupported("write")
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        raw = self._raw
        if raw is None:
            raise ValueError("raw stream has been detached")
        if raw.closed:
            raise ValueError("write to closed file")
        if self._rbuf:
            self._drop_read_ahead()
        data = bytes(_bytes_like(b))
        n = len(data)
        wbuf = self._wbuf
        if len(wbuf) + n <= self.buffer_size:
            wbuf += data
            return n
        # The data does not fit: write out what is buffered, then buffer
        # the data if it fits alone, or else write it straight through.
        self._flush_writes()
        if n <= self.buffer_size:
            wbuf += data
            return n
        view = memoryview(data)
        written = 0
        while written < n:
            count = raw.write(view[written:])
            if count is None:
                raise BlockingIOError(11, "write could not complete without "
                                      "blocking", written)
            written += count
        return n

    def _flush_writes(self):
        raw = self._raw
        wbuf = self._wbuf
        while wbuf:
            n = raw.write(bytes(wbuf))
            if n is None:
                raise BlockingIOError(11, "write could not complete without "
                                      "blocking", 0)
            del wbuf[:n]

    def flush(self):
        if self._can_write:
            self._check("flush")
            self._flush_writes()
        else:
            self._check(None)
        raw = self._raw
        flush = getattr(raw, "flush", None)
        if flush is not None:
            flush()

    # Positioning.

    def tell(self):
        raw = self._attached()
        pos = raw.tell() - (len(self._rbuf) - self._rpos) + len(self._wbuf)
        return pos if pos > 0 else 0

    def seek(self, pos, whence=0):
        pos = _int_arg(pos)
        whence = _int_arg(whence)
        if whence not in (0, 1, 2):
            raise ValueError("whence value %d unsupported" % whence)
        raw = self._check(None)
        if self._wbuf:
            self._flush_writes()
        if whence == 1:
            pos -= len(self._rbuf) - self._rpos
        self._rbuf = b""
        self._rpos = 0
        return raw.seek(pos, whence)

    def truncate(self, pos=None):
        if not self._can_write:
            self._unsupported("truncate")
        raw = self._check(None)
        self.flush()
        if pos is None:
            pos = self.tell()
        if self._rbuf:
            self._drop_read_ahead()
        return raw.truncate(pos)

    # Closing.

    def close(self):
        raw = self._attached()
        if raw.closed:
            return
        try:
            self.flush()
        finally:
            raw.close()

    def detach(self):
        """Flush and return the raw stream, leaving this one unusable."""
        raw = self._attached()
        self.flush()
        self._raw = None
        return raw

    def __repr__(self):
        cls = type(self).__name__
        if type(self) in (BufferedReader, BufferedWriter, BufferedRandom):
            cls = "_io." + cls
        try:
            name = self.name
        except Exception:
            return "<%s>" % cls
        return "<%s name=%r>" % (cls, name)


class BufferedReader(_Buffered):
    """A buffered binary stream for reading from a raw stream."""
    _builtin_kind = "reader"
    _can_read = True


class BufferedWriter(_Buffered):
    """A buffered binary stream for writing to a raw stream."""
    _builtin_kind = "writer"
    _can_write = True


class BufferedRandom(_Buffered):
    """A buffered binary stream for reading and writing a seekable raw
    stream."""
    _builtin_kind = "random"
    _can_read = True
    _can_write = True


class BufferedRWPair(BufferedIOBase):
    """A buffered stream reading from one raw stream and writing to
    another, as for the two ends of a pipe."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def peek(self, size=0):
        return self.reader.peek(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def readinto1(self, b):
        return self.reader.readinto1(b)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    @property
    def closed(self):
        return self.writer.closed


# ---------------------------------------------------------------------------
# Text over a binary stream.

class TextIOWrapper(TextIOBase):
    """A text stream over a binary stream: it encodes what is written and
    decodes what is read with a codec from the codecs module, translating
    newlines as newline= says.

    Reads go a chunk (_CHUNK_SIZE bytes) at a time; tell() returns an
    opaque number from which seek() restores the decoder state, as in
    CPython.  Writes are collected until a chunk's worth is pending, a
    flush, or a line end with line_buffering.
    """

    _CHUNK_SIZE = 8192
    _buffer = None

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        self._check_args(encoding, errors, newline)
        self._buffer = buffer
        self._setup(encoding, errors, newline)
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._seekable = self._telling = bool(buffer.seekable())
        self._has_read1 = hasattr(buffer, "read1")
        self._make_codecs()

    @staticmethod
    def _check_args(encoding, errors, newline):
        for name, value in (("encoding", encoding), ("errors", errors),
                            ("newline", newline)):
            if value is not None and not isinstance(value, str):
                raise TypeError("TextIOWrapper() argument '%s' must be str "
                                "or None, not %s"
                                % (name, type(value).__name__))
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % newline)

    def _setup(self, encoding, errors, newline):
        import codecs
        if encoding is None or encoding == "locale":
            encoding = text_encoding(None)
        info = codecs.lookup(encoding)
        if not info._is_text_encoding:
            raise LookupError("%r is not a text encoding; use codecs.open() "
                              "to handle arbitrary codecs" % encoding)
        self._info = info
        self._encoding = encoding
        self._errors = "strict" if errors is None else errors
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._readnl = newline
        self._writetranslate = newline != ""
        self._writenl = newline or "\n"
        self._newline = newline

    def _make_codecs(self):
        """Create the encoder and decoder the buffer's directions call for,
        and start the reading state afresh."""
        buffer = self._buffer
        self._decoded = ""
        self._decoded_pos = 0
        self._snapshot = None
        self._pending = []
        self._pending_count = 0
        self._decoder = None
        self._encoder = None
        if buffer.readable():
            decoder = self._info.incrementaldecoder(self._errors)
            if self._readuniversal:
                decoder = IncrementalNewlineDecoder(decoder,
                                                    self._readtranslate)
            self._decoder = decoder
        if buffer.writable():
            self._encoder = self._info.incrementalencoder(self._errors)
            if self._seekable and buffer.tell() != 0:
                # Appending to existing data: no byte-order mark.
                try:
                    self._encoder.setstate(0)
                except Exception:
                    pass

    # Attributes.

    @property
    def buffer(self):
        return self._buffer

    def _check_attached(self):
        buffer = self._buffer
        if buffer is None:
            raise ValueError("underlying buffer has been detached")
        return buffer

    def _check_open(self):
        buffer = self._buffer
        if buffer is None:
            raise ValueError("underlying buffer has been detached")
        if buffer.closed:
            raise ValueError(_CLOSED_MESSAGE)
        return buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def newlines(self):
        decoder = self._decoder
        if decoder is None:
            return None
        return getattr(decoder, "newlines", None)

    @property
    def closed(self):
        return self._check_attached().closed

    @property
    def name(self):
        return self._check_attached().name

    def fileno(self):
        return self._check_attached().fileno()

    def isatty(self):
        return self._check_attached().isatty()

    def seekable(self):
        return self._check_open().seekable()

    def readable(self):
        return self._check_attached().readable()

    def writable(self):
        return self._check_attached().writable()

    def __repr__(self):
        parts = ["<" + _class_name(self, TextIOWrapper)]
        try:
            name = self.name
        except Exception:
            pass
        else:
            parts.append("name=%r" % (name,))
        mode = self.__dict__.get("mode")
        if mode is not None:
            parts.append("mode=%r" % (mode,))
        parts.append("encoding=%r>" % (self._encoding,))
        return " ".join(parts)

    @property
    def _CHUNK_SIZE(self):
        return self._chunk_size

    @_CHUNK_SIZE.setter
    def _CHUNK_SIZE(self, value):
        value = _int_arg(value)
        if value <= 0:
            raise ValueError("a strictly positive integer is required")
        self._chunk_size = value

    _chunk_size = 8192

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        """Change the encoding, errors, newline, line_buffering or
        write_through setting; the first three only before reading."""
        if (self._decoder is not None and self._snapshot is not None
                and (encoding is not None or errors is not None
                     or newline is not Ellipsis)):
            raise UnsupportedOperation("It is not possible to set the "
                                       "encoding or newline of stream after "
                                       "the first read")
        if newline is Ellipsis:
            newline = self._newline
        if encoding is None:
            encoding = self._encoding
            if errors is None:
                errors = self._errors
        elif errors is None:
            errors = "strict"
        self._check_args(encoding, errors, newline)
        self.flush()
        self._setup(encoding, errors, newline)
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)
        self._make_codecs()

    # Writing.

    def write(self, s):
        """Write the str s and return its length."""
        buffer = self._check_open()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s"
                            % type(s).__name__)
        encoder = self._encoder
        if encoder is None:
            raise UnsupportedOperation("not writable")
        length = len(s)
        haslf = "\n" in s
        if haslf and self._writetranslate and self._writenl != "\n":
            s = s.replace("\n", self._writenl)
        data = encoder.encode(s)
        self._pending.append(data)
        self._pending_count += len(data)
        needflush = self._line_buffering and (haslf or "\r" in s)
        if (needflush or self._write_through
                or self._pending_count >= self._chunk_size):
            self._write_pending()
            if needflush:
                buffer.flush()
        if self._decoded or self._snapshot is not None:
            self._decoded = ""
            self._decoded_pos = 0
            self._snapshot = None
        if self._decoder is not None:
            self._decoder.reset()
        return length

    def _write_pending(self):
        if self._pending:
            data = b"".join(self._pending)
            self._pending = []
            self._pending_count = 0
            self._buffer.write(data)

    def flush(self):
        buffer = self._check_open()
        self._telling = self._seekable
        self._write_pending()
        buffer.flush()

    def close(self):
        buffer = self._check_attached()
        if not buffer.closed:
            try:
                self.flush()
            finally:
                buffer.close()

    def detach(self):
        """Flush and return the binary buffer, leaving this stream
        unusable."""
        buffer = self._check_attached()
        self.flush()
        self._buffer = None
        return buffer

    def truncate(self, pos=None):
        buffer = self._check_open()
        self.flush()
        if pos is None:
            pos = self.tell()
        return buffer.truncate(pos)

    # Reading.

    def _take(self, n=-1):
        """Return up to n (all when negative) of the decoded characters
        not yet handed out."""
        pos = self._decoded_pos
        decoded = self._decoded
        if n < 0 or pos + n >= len(decoded):
            chars = decoded[pos:] if pos else decoded
        else:
            chars = decoded[pos:pos + n]
        self._decoded_pos = pos + len(chars)
        return chars

    def _read_chunk(self):
        """Decode one more chunk of the buffer; return False at the end of
        the stream."""
        decoder = self._decoder
        if self._telling:
            dec_buffer, dec_flags = decoder.getstate()
        if self._has_read1:
            data = self._buffer.read1(self._chunk_size)
        else:
            data = self._buffer.read(self._chunk_size)
        eof = not data
        self._decoded = decoder.decode(data, eof)
        self._decoded_pos = 0
        if self._telling:
            self._snapshot = (dec_flags, dec_buffer + data)
        return not eof

    def _reader(self):
        buffer = self._check_open()
        if self._decoder is None:
            raise UnsupportedOperation("not readable")
        if self._pending:
            self._write_pending()
        return buffer

    def read(self, size=-1):
        """Read size characters, or all up to the end when size is
        negative or None."""
        size = _size_arg(size)
        buffer = self._reader()
        if size < 0:
            data = buffer.read()
            if data is None:
                data = b""
            result = self._take() + self._decoder.decode(data, True)
            self._decoded = ""
            self._decoded_pos = 0
            self._snapshot = None
            return result
        result = self._take(size)
        while len(result) < size:
            if not self._read_chunk():
                result += self._take(size - len(result))
                break
            result += self._take(size - len(result))
        return result

    def readline(self, size=-1):
        """Read one line (ended as newline= says), of at most size
        characters when size >= 0."""
        size = _size_arg(size)
        self._reader()
        line = self._take()
        start = 0
        endpos = -1
        while True:
            if self._readtranslate:
                pos = line.find("\n", start)
                if pos >= 0:
                    endpos = pos + 1
                    break
                start = len(line)
            elif self._readuniversal:
                nl = line.find("\n", start)
                cr = line.find("\r", start)
                if cr < 0:
                    if nl >= 0:
                        endpos = nl + 1
                        break
                    start = len(line)
                elif nl < 0:
                    if cr == len(line) - 1:
                        # A "\n" may follow in the next chunk.
                        start = cr
                    else:
                        endpos = cr + 1
                        break
                elif nl < cr:
                    endpos = nl + 1
                    break
                elif nl == cr + 1:
                    endpos = cr + 2
                    break
                else:
                    endpos = cr + 1
                    break
            else:
                pos = line.find(self._readnl, start)
                if pos >= 0:
                    endpos = pos + len(self._readnl)
                    break
                start = max(len(line) - len(self._readnl) + 1, 0)
            if 0 <= size <= len(line):
                endpos = size
                break
            more = False
            while self._read_chunk():
                if self._decoded:
                    more = True
                    break
            if not more and not self._decoded:
                # The end of the stream.
                self._decoded = ""
                self._decoded_pos = 0
                self._snapshot = None
                if 0 <= size < len(line):
                    return line[:size]
                return line
            line += self._take()
        if 0 <= size < endpos:
            endpos = size
        # Hand back the characters after the line end.
        self._decoded_pos -= len(line) - endpos
        return line[:endpos]

    def __next__(self):
        self._telling = False
        line = self.readline()
        if not line:
            self._snapshot = None
            self._telling = self._seekable
            raise StopIteration
        return line

    def __iter__(self):
        self._check_open()
        return self

    # Positioning.

    @staticmethod
    def _pack_cookie(position, dec_flags=0, bytes_to_feed=0, need_eof=False,
                     chars_to_skip=0):
        return (position | (dec_flags << 64) | (bytes_to_feed << 128)
                | (chars_to_skip << 192) | (bool(need_eof) << 256))

    @staticmethod
    def _unpack_cookie(cookie):
        mask = (1 << 64) - 1
        return (cookie & mask, (cookie >> 64) & mask, (cookie >> 128) & mask,
                bool((cookie >> 256) & 1), (cookie >> 192) & mask)

    def tell(self):
        """Return an opaque position that seek() understands (the byte
        position when the decoder state is clean there)."""
        buffer = self._check_open()
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        if not self._telling:
            raise OSError("telling position disabled by next() call")
        self.flush()
        position = buffer.tell()
        decoder = self._decoder
        if decoder is None or self._snapshot is None:
            return position
        dec_flags, next_input = self._snapshot
        position -= len(next_input)
        skip = self._decoded_pos
        if skip == 0:
            return self._pack_cookie(position, dec_flags)
        saved = decoder.getstate()
        try:
            # Feed the chunk a byte at a time from the saved state, moving
            # the start point along to each place where the decoder holds
            # no partial input, until the characters handed out are made.
            decoder.setstate((b"", dec_flags))
            start, start_flags = position, dec_flags
            fed = 0
            made = 0
            need_eof = False
            for i in range(len(next_input)):
                fed += 1
                made += len(decoder.decode(next_input[i:i + 1]))
                dec_buffer, flags = decoder.getstate()
                if not dec_buffer and made <= skip:
                    start += fed
                    skip -= made
                    start_flags = flags
                    fed = 0
                    made = 0
                if made >= skip:
                    break
            else:
                made += len(decoder.decode(b"", True))
                need_eof = True
                if made < skip:
                    raise OSError("can't reconstruct logical file position")
            return self._pack_cookie(start, start_flags, fed, need_eof, skip)
        finally:
            decoder.setstate(saved)

    def seek(self, cookie, whence=0):
        """Go to a position from tell() (whence 0), or to the current
        position or the end (whence 1 or 2, with cookie 0)."""
        buffer = self._check_open()
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        whence = _int_arg(whence)
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative "
                                           "seeks")
            cookie = self.tell()
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative "
                                           "seeks")
            self.flush()
            position = buffer.seek(0, 2)
            self._decoded = ""
            self._decoded_pos = 0
            self._snapshot = None
            if self._decoder is not None:
                self._decoder.reset()
            self._reset_encoder(position)
            return position
        elif whence != 0:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)"
                             % whence)
        cookie = _int_arg(cookie)
        if cookie < 0:
            raise ValueError("negative seek position %d" % cookie)
        self.flush()
        position, dec_flags, feed, need_eof, skip = self._unpack_cookie(cookie)
        buffer.seek(position)
        self._decoded = ""
        self._decoded_pos = 0
        self._snapshot = None
        decoder = self._decoder
        if decoder is not None:
            if cookie == 0:
                decoder.reset()
            else:
                decoder.setstate((b"", dec_flags))
                self._snapshot = (dec_flags, b"")
        if skip:
            data = buffer.read(feed)
            self._decoded = decoder.decode(data, need_eof)
            self._snapshot = (dec_flags, data)
            if len(self._decoded) < skip:
                raise OSError("can't restore logical file position")
            self._decoded_pos = skip
        self._reset_encoder(cookie)
        return cookie

    def _reset_encoder(self, position):
        encoder = self._encoder
        if encoder is not None:
            if position != 0:
                encoder.setstate(0)
            else:
                encoder.reset()


TextIOWrapper.register(_BuiltinTextFile)
