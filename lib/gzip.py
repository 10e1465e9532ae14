"""Reading and writing gzip files: the API of CPython's gzip module.

GzipFile reads (several members, padding, CRC and length checks) and writes
gzip streams over a file or file object, compress() and decompress() work
on bytes, and open() gives binary or text streams.  The DEFLATE coding is
done by the zlib module.
"""

import errno as _errno
import io
import os as _os
import time as _time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ = 1
WRITE = 2
READ_BUFFER_SIZE = 128 * 1024
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

_EOF_MESSAGE = ("Compressed file ended before the end-of-stream marker "
                "was reached")

_builtin_open = open


class BadGzipFile(OSError):
    """Raised for files that are not valid gzip data."""


def write32u(output, value):
    """Write value to output as an unsigned 32-bit little-endian int."""
    output.write((value & 0xFFFFFFFF).to_bytes(4, "little"))


def _xfl(level):
    if level == _COMPRESS_LEVEL_BEST:
        return 2
    if level == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


class _Source:
    """Compressed input read from a file object, with bytes that were read
    too far pushed back."""

    def __init__(self, fileobj):
        self.fileobj = fileobj
        self.buf = b""

    def read(self, n):
        """Up to n bytes (fewer only at the end of the file)."""
        buf = self.buf
        while len(buf) < n:
            more = self.fileobj.read(max(n - len(buf), READ_BUFFER_SIZE))
            if not more:
                break
            buf += more
        self.buf = buf[n:]
        return buf[:n]

    def read_exact(self, n):
        data = self.read(n)
        if len(data) < n:
            raise EOFError(_EOF_MESSAGE)
        return data

    def chunk(self):
        """The buffered bytes, or the next chunk of the file."""
        if self.buf:
            data = self.buf
            self.buf = b""
            return data
        return self.fileobj.read(READ_BUFFER_SIZE)

    def unread(self, data):
        self.buf = data + self.buf

    def rewind(self):
        self.buf = b""
        self.fileobj.seek(0)


def _read_header(src):
    """Read a member header; returns its mtime, or None at the end of the
    input."""
    magic = src.read(2)
    if magic == b"":
        return None
    if magic != b"\x1f\x8b":
        raise BadGzipFile("Not a gzipped file (%r)" % magic)
    head = src.read_exact(8)
    method, flags = head[0], head[1]
    mtime = int.from_bytes(head[2:6], "little")
    if method != 8:
        raise BadGzipFile("Unknown compression method")
    if flags & FEXTRA:
        n = int.from_bytes(src.read_exact(2), "little")
        src.read_exact(n)
    for flag in (FNAME, FCOMMENT):
        if flags & flag:
            while True:
                c = src.read(1)
                if not c or c == b"\0":
                    break
    if flags & FHCRC:
        src.read_exact(2)
    return mtime


class _Reader:
    """Decompressed data of all the members of a gzip stream."""

    def __init__(self, fileobj, detailed=True):
        self.src = _Source(fileobj)
        # GzipFile names both CRCs in its message, decompress() does not.
        self.detailed = detailed
        self.reset()

    def reset(self):
        self.decomp = None
        self.crc = 0
        self.size = 0
        self.done = False
        self.last_mtime = None
        self.members = 0

    def rewind(self):
        self.src.rewind()
        self.reset()

    def read_chunk(self):
        """The next piece of decompressed data; b"" at the end."""
        src = self.src
        while not self.done:
            if self.decomp is None:
                if self.members:
                    # Skip the zero bytes that may pad the end of a file.
                    while True:
                        c = src.read(1)
                        if c != b"\0":
                            break
                    if c:
                        src.unread(c)
                mtime = _read_header(src)
                if mtime is None:
                    self.done = True
                    return b""
                self.last_mtime = mtime
                self.decomp = zlib.decompressobj(-zlib.MAX_WBITS)
                self.crc = 0
                self.size = 0
            d = self.decomp
            data = src.chunk()
            if not data:
                raise EOFError(_EOF_MESSAGE)
            out = d.decompress(data)
            if d.eof:
                src.unread(d.unused_data)
            if out:
                self.crc = zlib.crc32(out, self.crc)
                self.size += len(out)
            if d.eof:
                self.end_member()
            if out:
                return out
        return b""

    def end_member(self):
        tail = self.src.read_exact(8)
        crc = int.from_bytes(tail[:4], "little")
        size = int.from_bytes(tail[4:], "little")
        if crc != self.crc:
            if not self.detailed:
                raise BadGzipFile("CRC check failed")
            raise BadGzipFile("CRC check failed %s != %s"
                              % (hex(crc), hex(self.crc)))
        if size != self.size & 0xFFFFFFFF:
            raise BadGzipFile("Incorrect length of data produced")
        self.decomp = None
        self.members += 1


class GzipFile(io.BufferedIOBase):
    """A file object reading or writing gzip data."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=9,
                 fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: %r" % (mode,))
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            if mode and mode[0] not in "rwax":
                raise ValueError("invalid mode: %r" % (mode,))
            fileobj = self.myfileobj = _builtin_open(filename, mode or "rb")
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        else:
            filename = _os.fspath(filename)
        origmode = mode
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")
        if mode.startswith("r"):
            self.mode = READ
            self._reader = _Reader(fileobj)
            self._buf = b""
            self._bufpos = 0
            self._pos = 0
            self.name = filename
        elif mode.startswith(("w", "a", "x")):
            if origmode is None:
                import warnings
                warnings.warn("GzipFile was opened for writing, but this "
                              "will change in future Python releases.  "
                              "Specify the mode argument for opening it "
                              "for writing.", FutureWarning, 2)
            self.mode = WRITE
            self.name = filename
            self._crc = 0
            self._size = 0
            self._offset = 0
            self._compressor = zlib.compressobj(compresslevel, zlib.DEFLATED,
                                                -zlib.MAX_WBITS,
                                                zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
            self.compresslevel = compresslevel
        else:
            raise ValueError("Invalid mode: %r" % (mode,))
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_header(compresslevel)

    @property
    def mtime(self):
        """The modification time of the last member read."""
        return self._reader.last_mtime

    def __repr__(self):
        return "<gzip " + repr(self.fileobj)[1:-1] + " " + \
            hex(id(self)) + ">"

    def _write_header(self, level):
        fp = self.fileobj
        fp.write(b"\x1f\x8b\x08")
        fname = _os.path.basename(self.name)
        if not isinstance(fname, bytes):
            try:
                fname = fname.encode("latin-1")
            except UnicodeEncodeError:
                fname = b""
        if fname.endswith(b".gz"):
            fname = fname[:-3]
        fp.write(bytes((FNAME if fname else 0,)))
        mtime = self._write_mtime
        if mtime is None:
            mtime = _time.time()
        write32u(fp, int(mtime))
        fp.write(bytes((_xfl(level), 255)))
        if fname:
            fp.write(fname + b"\0")

    def _check_not_closed(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file")

    @property
    def closed(self):
        return self.fileobj is None

    # -- writing --

    def write(self, data):
        """Compress and write data; returns the number of bytes taken."""
        self._check_not_closed()
        if self.mode != WRITE:
            raise OSError(_errno.EBADF,
                          "write() on read-only GzipFile object")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
            data = data.tobytes()
        if length > 0:
            self.fileobj.write(self._compressor.compress(data))
            self._size += length
            self._crc = zlib.crc32(data, self._crc)
            self._offset += length
        return length

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self._compressor.flush(zlib_mode))
            self.fileobj.flush()

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self._compressor.flush())
                write32u(fileobj, self._crc)
                write32u(fileobj, self._size)
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    # -- reading --

    def _check_read(self, what):
        self._check_not_closed()
        if self.mode != READ:
            raise OSError(_errno.EBADF,
                          "%s() on write-only GzipFile object" % what)

    def _fill(self):
        """Make sure some unread data is buffered; False at the end."""
        if self._bufpos < len(self._buf):
            return True
        chunk = self._reader.read_chunk()
        self._buf = chunk
        self._bufpos = 0
        return bool(chunk)

    def read(self, size=-1):
        """Read up to size decompressed bytes (all if size < 0)."""
        self._check_read("read")
        if size is None:
            size = -1
        if size < 0:
            parts = [self._buf[self._bufpos:]]
            self._buf = b""
            self._bufpos = 0
            while True:
                chunk = self._reader.read_chunk()
                if not chunk:
                    break
                parts.append(chunk)
            data = b"".join(parts)
            self._pos += len(data)
            return data
        parts = []
        want = size
        while want > 0 and self._fill():
            piece = self._buf[self._bufpos:self._bufpos + want]
            self._bufpos += len(piece)
            want -= len(piece)
            parts.append(piece)
        data = b"".join(parts)
        self._pos += len(data)
        return data

    def read1(self, size=-1):
        """Read up to size bytes with at most one read of the file."""
        self._check_read("read1")
        if size is None or size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        if not size or not self._fill():
            return b""
        piece = self._buf[self._bufpos:self._bufpos + size]
        self._bufpos += len(piece)
        self._pos += len(piece)
        return piece

    def readinto(self, b):
        data = self.read(len(memoryview(b)))
        memoryview(b)[:len(data)] = data
        return len(data)

    def peek(self, n):
        """Some buffered bytes, without moving the position."""
        self._check_read("peek")
        if not self._fill():
            return b""
        return self._buf[self._bufpos:]

    def readline(self, size=-1):
        """Read one line (at most size bytes if size >= 0)."""
        self._check_read("readline")
        if size is None:
            size = -1
        parts = []
        total = 0
        while (size < 0 or total < size) and self._fill():
            buf = self._buf
            start = self._bufpos
            end = buf.find(b"\n", start)
            stop = len(buf) if end < 0 else end + 1
            if size >= 0 and stop - start > size - total:
                stop = start + size - total
            parts.append(buf[start:stop])
            total += stop - start
            self._bufpos = stop
            if end >= 0 and stop == end + 1:
                break
        data = b"".join(parts)
        self._pos += len(data)
        return data

    def __iter__(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file.")
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def rewind(self):
        """Return to the start of the data (reading only)."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._reader.rewind()
        self._buf = b""
        self._bufpos = 0
        self._pos = 0

    def readable(self):
        self._check_not_closed()
        return self.mode == READ

    def writable(self):
        self._check_not_closed()
        return self.mode == WRITE

    def seekable(self):
        return True

    def fileno(self):
        return self.fileobj.fileno()

    def tell(self):
        self._check_not_closed()
        if self.mode == WRITE:
            return self._offset
        return self._pos

    def seek(self, offset, whence=io.SEEK_SET):
        """Move to an offset of the decompressed data; going backwards
        when reading starts again from the beginning."""
        self._check_not_closed()
        if self.mode == WRITE:
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self._offset + offset
                else:
                    raise ValueError("Seek from end not supported")
            if offset < self._offset:
                raise OSError("Negative seek in write mode")
            count = offset - self._offset
            chunk = b"\0" * 1024
            for _ in range(count // 1024):
                self.write(chunk)
            self.write(b"\0" * (count % 1024))
            return self._offset
        if whence == io.SEEK_CUR:
            offset = self._pos + offset
        elif whence == io.SEEK_END:
            # Read to the end to learn the size.
            while self.read(READ_BUFFER_SIZE):
                pass
            offset = self._pos + offset
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid whence (%s, should be 0, 1 or 2)"
                             % whence)
        if offset < self._pos:
            self.rewind()
        while self._pos < offset:
            if not self.read(min(offset - self._pos, READ_BUFFER_SIZE)):
                break
        return self._pos


class _TextFile(io.TextIOBase):
    """A text stream over a binary gzip file (what open() returns in text
    mode)."""

    _CHUNK = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        self.buffer = buffer
        self._encoding = encoding or "utf-8"
        self._errors = errors or "strict"
        self._newline = newline
        self._text = ""
        self._pending = b""
        self._eof = False
        self._seen_cr = False

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def mode(self):
        return "rt" if self.buffer.mode == READ else "wt"

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return False

    def fileno(self):
        return self.buffer.fileno()

    def close(self):
        if not self.buffer.closed:
            self.buffer.close()

    def flush(self):
        self.buffer.flush()

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s"
                            % type(s).__name__)
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        self.buffer.write(text.encode(self._encoding, self._errors))
        return len(s)

    def _decode(self, data, final):
        data = self._pending + data
        self._pending = b""
        try:
            text = data.decode(self._encoding, self._errors)
        except UnicodeDecodeError as exc:
            # A character cut at the end of a chunk waits for the rest.
            if final or exc.start < len(data) - 4:
                raise
            self._pending = data[exc.start:]
            text = data[:exc.start].decode(self._encoding, self._errors)
        if self._newline is None:
            if self._seen_cr and text.startswith("\n"):
                text = text[1:]
            self._seen_cr = text.endswith("\r")
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def _more(self):
        """Decode another chunk into the text buffer; False at the end."""
        if self._eof:
            return False
        data = self.buffer.read(self._CHUNK)
        if not data:
            self._eof = True
            if self._pending:
                self._text += self._decode(b"", True)
            return False
        self._text += self._decode(data, False)
        return True

    def read(self, size=-1):
        self.buffer._check_read("read")
        if size is None or size < 0:
            while self._more():
                pass
            text = self._text
            self._text = ""
            return text
        while len(self._text) < size and self._more():
            pass
        text = self._text[:size]
        self._text = self._text[size:]
        return text

    def _line_end(self, text):
        """The end of the first line of text, or -1."""
        nl = self._newline
        if nl is None or nl == "\n":
            i = text.find("\n")
            return i + 1 if i >= 0 else -1
        if nl == "":
            i = text.find("\n")
            j = text.find("\r")
            if j >= 0 and (i < 0 or j < i):
                if j + 1 < len(text) or self._eof:
                    return j + 2 if text[j + 1:j + 2] == "\n" else j + 1
                return -1
            return i + 1 if i >= 0 else -1
        i = text.find(nl)
        return i + len(nl) if i >= 0 else -1

    def readline(self, size=-1):
        self.buffer._check_read("readline")
        if size is None:
            size = -1
        while True:
            end = self._line_end(self._text)
            if end >= 0 or (0 <= size <= len(self._text)):
                break
            if not self._more():
                end = len(self._text)
                break
        if end < 0 or (0 <= size < end):
            end = size if size >= 0 else len(self._text)
        line = self._text[:end]
        self._text = self._text[end:]
        return line

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __repr__(self):
        return "<_io.TextIOWrapper name=%r encoding=%r>" % (
            self.buffer.name, self._encoding)


# Text streams report the type name of CPython's text files.
_TextFile.__name__ = _TextFile.__qualname__ = "TextIOWrapper"


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip file in binary or text mode; filename may be a path or
    a file object."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary "
                             "mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary "
                             "mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary "
                             "mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__"):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return _TextFile(binary_file, encoding, errors, newline)
    return binary_file


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Return data compressed as one gzip member."""
    if mtime is None:
        mtime = _time.time()
    if mtime == 0:
        return zlib.compress(data, compresslevel, 31)
    head = b"\x1f\x8b\x08\x00" + (int(mtime) & 0xFFFFFFFF).to_bytes(
        4, "little") + bytes((_xfl(compresslevel), 255))
    body = zlib.compress(data, compresslevel, -zlib.MAX_WBITS)
    if not isinstance(data, (bytes, bytearray)):
        data = memoryview(data).tobytes()
    return head + body + (zlib.crc32(data)).to_bytes(4, "little") + \
        (len(data) & 0xFFFFFFFF).to_bytes(4, "little")


def decompress(data):
    """Return the decompressed data of all the gzip members in data."""
    reader = _Reader(io.BytesIO(data), False)
    parts = []
    while True:
        chunk = reader.read_chunk()
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)
