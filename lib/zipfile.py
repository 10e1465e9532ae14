"""Reading and writing ZIP archives: the API of CPython's zipfile module.

ZipFile reads, writes and appends to archives whose members are stored or
deflated (through the zlib module), with CRC-32 checks on reading.  ZipInfo
describes a member, ZipExtFile reads one.  ZIP64 archives (over 4 GiB or
65535 members), encryption, and the bzip2 and LZMA methods are not
supported.
"""

import io
import os
import stat as _stat
import time as _time
import zlib

crc32 = zlib.crc32

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED",
           "ZIP_BZIP2", "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile",
           "LargeZipFile", "ZipExtFile"]


class BadZipFile(Exception):
    """Raised for malformed archives."""


class LargeZipFile(Exception):
    """Raised when an archive would need the ZIP64 extensions."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

compressor_names = {
    0: "store", 1: "shrink", 2: "reduce", 3: "reduce", 4: "reduce",
    5: "reduce", 6: "implode", 7: "tokenize", 8: "deflate",
    9: "deflate64", 10: "implode", 12: "bzip2", 14: "lzma", 18: "terse",
    19: "lz77", 97: "wavpack", 98: "ppmd",
}

_LOCAL_SIG = b"PK\x03\x04"
_CENTRAL_SIG = b"PK\x01\x02"
_END_SIG = b"PK\x05\x06"
sizeFileHeader = 30
sizeCentralDir = 46
sizeEndCentDir = 22

_FLAG_ENCRYPTED = 0x1
_FLAG_DESCRIPTOR = 0x8
_FLAG_UTF8 = 0x800

# The characters of code page 437 from 128 to 255, the encoding of member
# names that are not flagged as UTF-8.
_CP437_HIGH = (
    "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼"
    "╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\xa0")


def _decode_cp437(raw):
    if raw.isascii():
        return raw.decode("ascii")
    return "".join(chr(b) if b < 128 else _CP437_HIGH[b - 128] for b in raw)


def _u16(data, i):
    return data[i] | data[i + 1] << 8


def _u32(data, i):
    return int.from_bytes(data[i:i + 4], "little")


def _p16(v):
    return (v & 0xFFFF).to_bytes(2, "little")


def _p32(v):
    return (v & 0xFFFFFFFF).to_bytes(4, "little")


def _check_compression(compression):
    if compression in (ZIP_STORED, ZIP_DEFLATED):
        return
    if compression == ZIP_BZIP2:
        raise RuntimeError("Compression requires the (missing) bz2 module")
    if compression == ZIP_LZMA:
        raise RuntimeError("Compression requires the (missing) lzma module")
    raise NotImplementedError("That compression method is not supported")


class ZipInfo:
    """Information about one member of an archive."""

    __slots__ = (
        "orig_filename", "filename", "date_time", "compress_type",
        "compress_level", "comment", "extra", "create_system",
        "create_version", "extract_version", "reserved", "flag_bits",
        "volume", "internal_attr", "external_attr", "header_offset", "CRC",
        "compress_size", "file_size", "_raw_time", "_end_offset",
    )

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        null = filename.find(chr(0))
        if null >= 0:
            filename = filename[:null]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError("ZIP does not support timestamps before 1980")
        self.compress_type = ZIP_STORED
        self.compress_level = None
        self.comment = b""
        self.extra = b""
        self.create_system = 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.header_offset = 0
        self.CRC = 0
        self.compress_size = 0
        self.file_size = 0
        self._end_offset = None

    def __repr__(self):
        parts = ["<%s filename=%r" % (type(self).__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            parts.append(" compress_type=%s" % compressor_names.get(
                self.compress_type, self.compress_type))
        hi = self.external_attr >> 16
        lo = self.external_attr & 0xFFFF
        if hi:
            parts.append(" filemode=%r" % _stat.filemode(hi))
        if lo:
            parts.append(" external_attr=%#x" % lo)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            parts.append(" file_size=%r" % self.file_size)
        if ((not isdir or self.compress_size)
                and (self.compress_type != ZIP_STORED
                     or self.file_size != self.compress_size)):
            parts.append(" compress_size=%r" % self.compress_size)
        parts.append(">")
        return "".join(parts)

    def is_dir(self):
        """True if the member is a directory (its name ends with '/')."""
        return self.filename.endswith("/")

    def _encoded_name(self):
        try:
            return self.filename.encode("ascii"), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode("utf-8"), self.flag_bits | _FLAG_UTF8

    def _dos_time(self):
        dt = self.date_time
        date = (dt[0] - 1980) << 9 | dt[1] << 5 | dt[2]
        time = dt[3] << 11 | dt[4] << 5 | (dt[5] // 2)
        return date, time

    def FileHeader(self, zip64=None):
        """The local file header of the member, as bytes."""
        name, flags = self._encoded_name()
        date, time = self._dos_time()
        if self.file_size > ZIP64_LIMIT or self.compress_size > ZIP64_LIMIT:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        return b"".join((
            _LOCAL_SIG, _p16(self.extract_version), _p16(flags),
            _p16(self.compress_type), _p16(time), _p16(date),
            _p32(self.CRC), _p32(self.compress_size), _p32(self.file_size),
            _p16(len(name)), _p16(len(self.extra)), name, self.extra))

    def _central_record(self):
        name, flags = self._encoded_name()
        date, time = self._dos_time()
        if self.header_offset > ZIP64_LIMIT:
            raise LargeZipFile("Zipfile size would require ZIP64 extensions")
        return b"".join((
            _CENTRAL_SIG, bytes((self.create_version, self.create_system)),
            _p16(self.extract_version), _p16(flags),
            _p16(self.compress_type), _p16(time), _p16(date),
            _p32(self.CRC), _p32(self.compress_size), _p32(self.file_size),
            _p16(len(name)), _p16(len(self.extra)), _p16(len(self.comment)),
            _p16(0), _p16(self.internal_attr), _p32(self.external_attr),
            _p32(self.header_offset), name, self.extra, self.comment))

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for a file of the file system, to be stored as
        arcname (the file's path by default)."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = _stat.S_ISDIR(st.st_mode)
        mtime = _time.localtime(st.st_mtime)
        date_time = tuple(mtime[0:6])
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0:1] in (os.sep, os.altsep) and arcname[0:1]:
            arcname = arcname[1:]
        if isdir:
            arcname += "/"
        info = cls(arcname, date_time)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            info.file_size = 0
            info.external_attr |= 0x10
        else:
            info.file_size = st.st_size
        return info


class ZipExtFile(io.BufferedIOBase):
    """A readable file object for one member of an archive."""

    MAX_N = (1 << 31) - 1
    MIN_READ_SIZE = 4096
    MAX_SEEK_READ = 1 << 24

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        self._fileobj = fileobj
        self._close_fileobj = close_fileobj
        self._info = zipinfo
        self.name = zipinfo.filename
        self.mode = mode
        self.newlines = None
        self._start = zipinfo._end_offset   # first byte of the data
        self._seekable = True
        self._restart()

    def _restart(self):
        info = self._info
        self._cpos = self._start
        self._cleft = info.compress_size
        self._decomp = (zlib.decompressobj(-15)
                        if info.compress_type == ZIP_DEFLATED else None)
        self._buf = b""
        self._bufpos = 0
        self._pos = 0
        self._crc = 0
        self._eof = False

    def __repr__(self):
        if self.closed:
            return "<zipfile.ZipExtFile [closed]>"
        text = "<zipfile.ZipExtFile name=%r mode=%r" % (self.name, self.mode)
        if self._info.compress_type != ZIP_STORED:
            text += " compress_type=%s" % compressor_names.get(
                self._info.compress_type, self._info.compress_type)
        return text + ">"

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self._seekable

    def _fill(self):
        """Make sure some unread data is buffered; False at the end."""
        if self._bufpos < len(self._buf):
            return True
        while not self._eof:
            n = min(self._cleft, 65536)
            data = b""
            if n:
                self._fileobj.seek(self._cpos)
                data = self._fileobj.read(n)
                if len(data) < n:
                    raise EOFError
                self._cpos += n
                self._cleft -= n
            if self._decomp is not None:
                out = self._decomp.decompress(data)
                if not self._cleft:
                    out += self._decomp.flush()
                    if not self._decomp.eof:
                        raise EOFError
            else:
                out = data
            if not self._cleft:
                self._eof = True
            if out:
                self._crc = crc32(out, self._crc)
            if self._eof and self._crc != self._info.CRC:
                raise BadZipFile("Bad CRC-32 for file %r" % self.name)
            if out:
                self._buf = out
                self._bufpos = 0
                return True
        return False

    def read(self, n=-1):
        """Read up to n bytes (all that is left if n is negative)."""
        if self.closed:
            raise ValueError("read from closed file.")
        if n is None or n < 0:
            parts = [self._buf[self._bufpos:]]
            self._buf = b""
            self._bufpos = 0
            while self._fill():
                parts.append(self._buf)
                self._buf = b""
            data = b"".join(parts)
            self._pos += len(data)
            return data
        parts = []
        while n > 0 and self._fill():
            piece = self._buf[self._bufpos:self._bufpos + n]
            self._bufpos += len(piece)
            n -= len(piece)
            parts.append(piece)
        data = b"".join(parts)
        self._pos += len(data)
        return data

    def read1(self, n=-1):
        if self.closed:
            raise ValueError("read from closed file.")
        if n is None or n < 0:
            n = self.MAX_N
        if not n or not self._fill():
            return b""
        piece = self._buf[self._bufpos:self._bufpos + n]
        self._bufpos += len(piece)
        self._pos += len(piece)
        return piece

    def peek(self, n=1):
        """Buffered bytes, without moving the position."""
        if not self._fill():
            return b""
        return self._buf[self._bufpos:self._bufpos + max(n, 512)]

    def readline(self, limit=-1):
        """Read one line (at most limit bytes if limit >= 0)."""
        if self.closed:
            raise ValueError("read from closed file.")
        if limit is None:
            limit = -1
        parts = []
        total = 0
        while (limit < 0 or total < limit) and self._fill():
            buf = self._buf
            start = self._bufpos
            end = buf.find(b"\n", start)
            stop = len(buf) if end < 0 else end + 1
            if limit >= 0 and stop - start > limit - total:
                stop = start + limit - total
            parts.append(buf[start:stop])
            total += stop - start
            self._bufpos = stop
            if end >= 0 and stop == end + 1:
                break
        data = b"".join(parts)
        self._pos += len(data)
        return data

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        if self.closed:
            raise ValueError("tell on closed file.")
        return self._pos

    def seek(self, offset, whence=0):
        """Move to an offset of the member's data."""
        if self.closed:
            raise ValueError("seek on closed file.")
        if whence == 0:
            target = offset
        elif whence == 1:
            target = self._pos + offset
        elif whence == 2:
            target = self._info.file_size + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), os.SEEK_CUR "
                             "(1), or os.SEEK_END (2)")
        if target > self._info.file_size:
            target = self._info.file_size
        if target < 0:
            target = 0
        if target < self._pos:
            self._restart()
        while self._pos < target:
            if not self.read(min(target - self._pos, 65536)):
                break
        return self._pos

    def close(self):
        try:
            if self._close_fileobj and self._fileobj is not None:
                self._fileobj.close()
        finally:
            self._fileobj = None
            super().close()


class _ZipWriteFile(io.BufferedIOBase):
    """A writable file object for a new member; the member is written to
    the archive when it is closed."""

    def __init__(self, zf, zinfo):
        self._zipfile = zf
        self._zinfo = zinfo
        self._data = []
        self._size = 0

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if isinstance(data, (bytes, bytearray)):
            n = len(data)
            data = bytes(data)
        else:
            data = memoryview(data).tobytes()
            n = len(data)
        self._data.append(data)
        self._size += n
        return n

    def close(self):
        if self.closed:
            return
        try:
            super().close()
            self._zipfile._write_member(self._zinfo, b"".join(self._data))
        finally:
            self._zipfile._writing = False


class ZipFile:
    """An archive opened for reading ('r'), writing ('w' or 'x') or
    appending ('a')."""

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED,
                 allowZip64=True, compresslevel=None, *,
                 strict_timestamps=True, metadata_encoding=None):
        if mode not in ("r", "w", "x", "a"):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        if metadata_encoding and mode != "r":
            raise ValueError("metadata_encoding is only supported for "
                             "reading files")
        self._allowZip64 = allowZip64
        self._didModify = False
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b""
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self._writing = False
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            modes = {"r": "rb", "w": "w+b", "x": "x+b", "a": "r+b"}
            try:
                self.fp = open(file, modes[mode])
            except FileNotFoundError:
                if mode != "a":
                    raise
                mode = "w"
                self.fp = open(file, "w+b")
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, "name", None)
        try:
            if mode == "r":
                self._read_directory()
            elif mode in ("w", "x"):
                self._didModify = True
                try:
                    self.start_dir = self.fp.tell()
                except (AttributeError, OSError):
                    self.start_dir = 0
            else:
                try:
                    self._read_directory()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    # Not an archive: a new one goes at the end.
                    self.fp.seek(0, 2)
                    self._didModify = True
                    self.start_dir = self.fp.tell()
        except BaseException:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        if self.fp is None:
            return "<zipfile.ZipFile [closed]>"
        if self._filePassed:
            return "<zipfile.ZipFile file=%r mode=%r>" % (self.fp, self.mode)
        return "<zipfile.ZipFile filename=%r mode=%r>" % (self.filename,
                                                          self.mode)

    # -- the central directory --

    def _read_directory(self):
        fp = self.fp
        try:
            fp.seek(0, 2)
        except OSError:
            raise BadZipFile("File is not a zip file") from None
        filesize = fp.tell()
        # The end record is the last 22 bytes unless there is a comment.
        start = max(0, filesize - sizeEndCentDir - ZIP_MAX_COMMENT)
        fp.seek(start)
        tail = fp.read()
        i = tail.rfind(_END_SIG)
        while i >= 0 and len(tail) - i < sizeEndCentDir:
            i = tail.rfind(_END_SIG, 0, i)
        if i < 0:
            raise BadZipFile("File is not a zip file")
        rec = tail[i:i + sizeEndCentDir]
        count = _u16(rec, 10)
        size_cd = _u32(rec, 12)
        offset_cd = _u32(rec, 16)
        comment_len = _u16(rec, 20)
        self._comment = tail[i + sizeEndCentDir:
                             i + sizeEndCentDir + comment_len]
        location = start + i
        if offset_cd == 0xFFFFFFFF or count == 0xFFFF:
            raise BadZipFile("ZIP64 archives are not supported")
        # Data may precede the archive: offsets are shifted by its size.
        concat = location - size_cd - offset_cd
        self.start_dir = offset_cd + concat
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        fp.seek(self.start_dir)
        data = fp.read(size_cd)
        pos = 0
        encoding = self.metadata_encoding
        while pos < size_cd:
            head = data[pos:pos + sizeCentralDir]
            if len(head) != sizeCentralDir or head[:4] != _CENTRAL_SIG:
                raise BadZipFile("Bad magic number for central directory")
            n_name = _u16(head, 28)
            n_extra = _u16(head, 30)
            n_comment = _u16(head, 32)
            pos += sizeCentralDir
            raw_name = data[pos:pos + n_name]
            pos += n_name
            flags = _u16(head, 8)
            if flags & _FLAG_UTF8:
                name = raw_name.decode("utf-8")
            elif encoding:
                name = raw_name.decode(encoding)
            else:
                name = _decode_cp437(raw_name)
            info = ZipInfo(name)
            info.extra = data[pos:pos + n_extra]
            pos += n_extra
            info.comment = data[pos:pos + n_comment]
            pos += n_comment
            info.create_version = head[4]
            info.create_system = head[5]
            info.extract_version = head[6]
            info.reserved = head[7]
            info.flag_bits = flags
            info.compress_type = _u16(head, 10)
            t = _u16(head, 12)
            d = _u16(head, 14)
            info._raw_time = t
            info.date_time = ((d >> 9) + 1980, (d >> 5) & 15, d & 31,
                              t >> 11, (t >> 5) & 63, (t & 31) * 2)
            info.CRC = _u32(head, 16)
            info.compress_size = _u32(head, 20)
            info.file_size = _u32(head, 24)
            info.volume = _u16(head, 34)
            info.internal_attr = _u16(head, 36)
            info.external_attr = _u32(head, 38)
            info.header_offset = _u32(head, 42) + concat
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info

    # -- reading --

    def namelist(self):
        """The names of the members, in archive order."""
        return [info.filename for info in self.filelist]

    def infolist(self):
        """The ZipInfo of each member, in archive order."""
        return list(self.filelist)

    def printdir(self, file=None):
        """Print a table of the members to file (standard output)."""
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"),
              file=file)
        for info in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % info.date_time[:6]
            print("%-46s %s %12d" % (info.filename, date, info.file_size),
                  file=file)

    def testzip(self):
        """Read every member; return the name of the first bad one, or
        None."""
        for info in self.filelist:
            try:
                with self.open(info.filename, "r") as f:
                    while f.read(1 << 20):
                        pass
            except BadZipFile:
                return info.filename
        return None

    def getinfo(self, name):
        """The ZipInfo of the member called name."""
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError("There is no item named %r in the archive" % name)
        return info

    def setpassword(self, pwd):
        """Set the default password (encrypted members are not
        supported)."""
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s"
                            % type(pwd).__name__)
        self.pwd = pwd or None

    @property
    def comment(self):
        """The archive's comment."""
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s"
                            % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn("Archive comment is too long; truncating to %d "
                          "bytes" % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    def read(self, name, pwd=None):
        """The contents of a member."""
        with self.open(name, "r", pwd) as f:
            return f.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """A file object for reading a member, or for writing a new one
        (mode 'w')."""
        if mode not in ("r", "w"):
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s"
                            % type(pwd).__name__)
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already "
                             "closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == "w":
            zinfo = ZipInfo(name)
            zinfo.compress_type = self.compression
            zinfo.compress_level = self.compresslevel
        else:
            zinfo = self.getinfo(name)
        if mode == "w":
            return self._open_to_write(zinfo)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an "
                             "open writing handle on it. Close the writing "
                             "handle before trying to read.")
        fp = self.fp
        fp.seek(zinfo.header_offset)
        head = fp.read(sizeFileHeader)
        if len(head) != sizeFileHeader:
            raise BadZipFile("Truncated file header")
        if head[:4] != _LOCAL_SIG:
            raise BadZipFile("Bad magic number for file header")
        n_name = _u16(head, 26)
        n_extra = _u16(head, 28)
        raw_name = fp.read(n_name)
        if n_extra:
            fp.read(n_extra)
        flags = zinfo.flag_bits
        if flags & 0x20:
            raise NotImplementedError("compressed patched data (flag bit 5)")
        if flags & 0x40:
            raise NotImplementedError("strong encryption (flag bit 6)")
        if _u16(head, 6) & _FLAG_UTF8:
            fname = raw_name.decode("utf-8")
        elif self.metadata_encoding:
            fname = raw_name.decode(self.metadata_encoding)
        else:
            fname = _decode_cp437(raw_name)
        if fname != zinfo.orig_filename:
            raise BadZipFile("File name in directory %r and header %r differ."
                             % (zinfo.orig_filename, raw_name))
        if flags & _FLAG_ENCRYPTED:
            raise NotImplementedError("File %r is encrypted: encrypted "
                                      "members are not supported"
                                      % zinfo.filename)
        if zinfo.compress_type not in (ZIP_STORED, ZIP_DEFLATED):
            if zinfo.compress_type in (ZIP_BZIP2, ZIP_LZMA):
                _check_compression(zinfo.compress_type)
            descr = compressor_names.get(zinfo.compress_type)
            if descr:
                raise NotImplementedError("compression type %d (%s)"
                                          % (zinfo.compress_type, descr))
            raise NotImplementedError("compression type %d"
                                      % zinfo.compress_type)
        zinfo._end_offset = zinfo.header_offset + sizeFileHeader + \
            n_name + n_extra
        return ZipExtFile(fp, mode, zinfo)

    def extract(self, member, path=None, pwd=None):
        """Extract a member to path (the current directory); returns the
        path of the file made."""
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Extract all the members, or those listed, to path."""
        if members is None:
            members = self.namelist()
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        for member in members:
            self._extract_member(member, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        # Keep the path inside targetpath: drop absolute prefixes and '.'
        # or '..' components.
        arcname = member.filename.replace("/", os.path.sep)
        if os.path.altsep:
            arcname = arcname.replace(os.path.altsep, os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        parts = [x for x in arcname.split(os.path.sep)
                 if x not in ("", os.path.curdir, os.path.pardir)]
        arcname = os.path.sep.join(parts)
        targetpath = os.path.join(targetpath, arcname)
        targetpath = os.path.normpath(targetpath)
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        with self.open(member, pwd=pwd) as source, \
                open(targetpath, "wb") as target:
            while True:
                chunk = source.read(65536)
                if not chunk:
                    break
                target.write(chunk)
        return targetpath

    # -- writing --

    def _check_writable(self, action="write"):
        if self.mode not in ("w", "x", "a"):
            raise ValueError("%s() requires mode 'w', 'x', or 'a'" % action)
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was "
                             "already closed")

    def _open_to_write(self, zinfo):
        self._check_writable()
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is "
                             "another write handle open on it. Close the "
                             "first handle before opening another.")
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        self._writing = True
        return _ZipWriteFile(self, zinfo)

    def _write_member(self, zinfo, data):
        """Compress data and append the member to the archive."""
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn("Duplicate name: %r" % zinfo.filename,
                          stacklevel=4)
        if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
            raise LargeZipFile("Files count would require ZIP64 extensions")
        _check_compression(zinfo.compress_type)
        zinfo.file_size = len(data)
        zinfo.CRC = crc32(data)
        if zinfo.compress_type == ZIP_DEFLATED:
            level = zinfo.compress_level
            if level is None:
                level = -1
            c = zlib.compressobj(level, zlib.DEFLATED, -15)
            body = c.compress(data) + c.flush()
        else:
            body = data
        zinfo.compress_size = len(body)
        zinfo.flag_bits &= ~_FLAG_DESCRIPTOR
        fp = self.fp
        fp.seek(self.start_dir)
        zinfo.header_offset = fp.tell()
        fp.write(zinfo.FileHeader())
        fp.write(body)
        self.start_dir = fp.tell()
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo
        self._didModify = True

    def write(self, filename, arcname=None, compress_type=None,
              compresslevel=None):
        """Add a file (or directory) of the file system to the archive."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was "
                             "already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open "
                             "writing handle exists")
        self._check_writable()
        zinfo = ZipInfo.from_file(filename, arcname,
                                  strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = 0
            zinfo.CRC = 0
            zinfo.compress_type = ZIP_STORED
            self._write_member(zinfo, b"")
            return
        zinfo.compress_type = (compress_type if compress_type is not None
                               else self.compression)
        zinfo.compress_level = (compresslevel if compresslevel is not None
                                else self.compresslevel)
        with open(filename, "rb") as src:
            data = src.read()
        self._write_member(zinfo, data)

    def writestr(self, zinfo_or_arcname, data, compress_type=None,
                 compresslevel=None):
        """Add a member with the given bytes (or str, stored as UTF-8)."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = ZipInfo(zinfo_or_arcname,
                            date_time=tuple(_time.localtime(_time.time())[:6]))
            zinfo.compress_type = self.compression
            zinfo.compress_level = self.compresslevel
            if zinfo.filename.endswith("/"):
                zinfo.external_attr = 0o40775 << 16
                zinfo.external_attr |= 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        else:
            zinfo = zinfo_or_arcname
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was "
                             "already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open "
                             "writing handle exists.")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo.compress_level = compresslevel
        self._check_writable()
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        self._write_member(zinfo, bytes(data))

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Add a directory member."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
            if not zinfo.is_dir():
                raise ValueError("The given ZipInfo does not describe a "
                                 "directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith("/"):
                name += "/"
            zinfo = ZipInfo(name, tuple(_time.localtime(_time.time())[:6]))
            zinfo.external_attr = ((0o40000 | mode) & 0xFFFF) << 16
            zinfo.external_attr |= 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        self._check_writable()
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open "
                             "writing handle exists.")
        self._write_member(zinfo, b"")

    def close(self):
        """Write the central directory (when writing) and close the file."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an "
                             "open writing handle on it. Close the writing "
                             "handle before closing the zip.")
        try:
            if self.mode in ("w", "x", "a") and self._didModify:
                self._write_end_record()
        finally:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()

    def _write_end_record(self):
        fp = self.fp
        fp.seek(self.start_dir)
        records = [info._central_record() for info in self.filelist]
        central = b"".join(records)
        fp.write(central)
        count = len(self.filelist)
        end = b"".join((_END_SIG, _p16(0), _p16(0), _p16(count), _p16(count),
                        _p32(len(central)), _p32(self.start_dir),
                        _p16(len(self._comment)), self._comment))
        fp.write(end)
        if self.mode == "a":
            fp.truncate()
        fp.flush()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


def _is_zip(fp):
    try:
        fp.seek(0, 2)
        size = fp.tell()
        start = max(0, size - sizeEndCentDir - ZIP_MAX_COMMENT)
        fp.seek(start)
        tail = fp.read()
    except OSError:
        return False
    i = tail.rfind(_END_SIG)
    while i >= 0 and len(tail) - i < sizeEndCentDir:
        i = tail.rfind(_END_SIG, 0, i)
    return i >= 0


def is_zipfile(filename):
    """True if filename (a path or a file object) looks like an archive:
    it has an end of central directory record."""
    try:
        if hasattr(filename, "read"):
            pos = filename.tell()
            try:
                return _is_zip(filename)
            finally:
                filename.seek(pos)
        with open(filename, "rb") as fp:
            return _is_zip(fp)
    except OSError:
        return False
