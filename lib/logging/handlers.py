"""More logging handlers, as in CPython 3.12's logging.handlers.

This has the handlers that keep records in memory (BufferingHandler,
MemoryHandler), the file handlers that rotate by size or by time
(RotatingFileHandler, TimedRotatingFileHandler), WatchedFileHandler,
which reopens a file that was moved away, and QueueHandler.  The network
and system handlers (sockets, syslog, SMTP, HTTP, NT event log) and
QueueListener, which needs a thread, are not provided.
"""

import os
import time
import logging

_MIDNIGHT = 24 * 60 * 60


class BaseRotatingHandler(logging.FileHandler):
    """A file handler that may move its file away before writing a record.

    Subclasses define shouldRollover() and doRollover().  The namer and
    rotator attributes, when callable, customise the backup names and
    the way the file is moved.
    """

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False,
                 errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode,
                                     encoding=encoding, delay=delay,
                                     errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        """Return the name of a backup file, through namer if set."""
        if not callable(self.namer):
            return default_name
        return self.namer(default_name)

    def rotate(self, source, dest):
        """Move the current file to its backup name, through rotator if
        set."""
        if not callable(self.rotator):
            if os.path.exists(source):
                os.rename(source, dest)
        else:
            self.rotator(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """Rolls the file over to name.1, name.2, ... when a record would make
    it reach maxBytes, keeping backupCount backups."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0,
                 encoding=None, delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'
        if "b" not in mode and encoding is None:
            encoding = "utf-8"
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        """Close the file, shift the backups up by one and reopen."""
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            base = self.baseFilename
            for i in range(self.backupCount - 1, 0, -1):
                sfn = self.rotation_filename("%s.%d" % (base, i))
                dfn = self.rotation_filename("%s.%d" % (base, i + 1))
                if os.path.exists(sfn):
                    if os.path.exists(dfn):
                        os.remove(dfn)
                    os.rename(sfn, dfn)
            dfn = self.rotation_filename(base + ".1")
            if os.path.exists(dfn):
                os.remove(dfn)
            self.rotate(base, dfn)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        """Tell whether writing the record would reach maxBytes."""
        if (os.path.exists(self.baseFilename)
                and not os.path.isfile(self.baseFilename)):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            msg = "%s\n" % self.format(record)
            self.stream.seek(0, 2)
            if self.stream.tell() + len(msg) >= self.maxBytes:
                return True
        return False


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rolls the file over at time intervals, naming backups after the
    time they start.

    when is 'S', 'M', 'H', 'D', 'MIDNIGHT' or 'W0'..'W6' (Monday is 0),
    case-insensitively.
    """

    def __init__(self, filename, when='h', interval=1, backupCount=0,
                 encoding=None, delay=False, utc=False, atTime=None,
                 errors=None):
        if encoding is None:
            encoding = "utf-8"
        BaseRotatingHandler.__init__(self, filename, 'a', encoding=encoding,
                                     delay=delay, errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        if self.when == 'S':
            self.interval = 1
            self.suffix = "%Y-%m-%d_%H-%M-%S"
            ext = r"(?<!\d)\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d(?!\d)"
        elif self.when == 'M':
            self.interval = 60
            self.suffix = "%Y-%m-%d_%H-%M"
            ext = r"(?<!\d)\d{4}-\d\d-\d\d_\d\d-\d\d(?!\d)"
        elif self.when == 'H':
            self.interval = 60 * 60
            self.suffix = "%Y-%m-%d_%H"
            ext = r"(?<!\d)\d{4}-\d\d-\d\d_\d\d(?!\d)"
        elif self.when == 'D' or self.when == 'MIDNIGHT':
            self.interval = 60 * 60 * 24
            self.suffix = "%Y-%m-%d"
            ext = r"(?<!\d)\d{4}-\d\d-\d\d(?!\d)"
        elif self.when.startswith('W'):
            self.interval = 60 * 60 * 24 * 7
            if len(self.when) != 2:
                raise ValueError("You must specify a day for weekly rollover "
                                 "from 0 to 6 (0 is Monday): %s" % self.when)
            if self.when[1] < '0' or self.when[1] > '6':
                raise ValueError("Invalid day specified for weekly "
                                 "rollover: %s" % self.when)
            self.dayOfWeek = int(self.when[1])
            self.suffix = "%Y-%m-%d"
            ext = r"(?<!\d)\d{4}-\d\d-\d\d(?!\d)"
        else:
            raise ValueError("Invalid rollover interval specified: %s"
                             % self.when)
        self._ext_pattern = ext
        self.interval = self.interval * interval
        filename = self.baseFilename
        if os.path.exists(filename):
            t = int(os.stat(filename).st_mtime)
        else:
            t = int(time.time())
        self.rolloverAt = self.computeRollover(t)

    @property
    def extMatch(self):
        import re
        return re.compile(self._ext_pattern, re.ASCII)

    def computeRollover(self, currentTime):
        """Return the time of the next rollover after currentTime."""
        result = currentTime + self.interval
        if self.when == 'MIDNIGHT' or self.when.startswith('W'):
            t = time.gmtime(currentTime) if self.utc else time.localtime(
                currentTime)
            currentHour = t[3]
            currentMinute = t[4]
            currentSecond = t[5]
            currentDay = t[6]
            if self.atTime is None:
                rotate_ts = _MIDNIGHT
            else:
                rotate_ts = ((self.atTime.hour * 60 + self.atTime.minute) * 60
                             + self.atTime.second)
            r = rotate_ts - ((currentHour * 60 + currentMinute) * 60
                             + currentSecond)
            if r <= 0:
                # The rotation time of today has passed: use tomorrow's.
                r += _MIDNIGHT
                currentDay = (currentDay + 1) % 7
            result = currentTime + r
            if self.when.startswith('W'):
                day = currentDay
                if day != self.dayOfWeek:
                    if day < self.dayOfWeek:
                        days_to_wait = self.dayOfWeek - day
                    else:
                        days_to_wait = 6 - day + self.dayOfWeek + 1
                    result += days_to_wait * _MIDNIGHT
            if not self.utc:
                dst_now = t[-1]
                dst_at = time.localtime(result)[-1]
                if dst_now != dst_at:
                    result += -3600 if not dst_now else 3600
        return result

    def shouldRollover(self, record):
        """Tell whether the rollover time has come."""
        t = int(time.time())
        if t >= self.rolloverAt:
            if (os.path.exists(self.baseFilename)
                    and not os.path.isfile(self.baseFilename)):
                self.rolloverAt = self.computeRollover(t)
                return False
            return True
        return False

    def getFilesToDelete(self):
        """Return the backups beyond backupCount, oldest first."""
        dirName, baseName = os.path.split(self.baseFilename)
        prefix = baseName + "."
        plen = len(prefix)
        pattern = self.extMatch
        result = []
        for fileName in os.listdir(dirName):
            if fileName[:plen] == prefix:
                suffix = fileName[plen:]
                if pattern.fullmatch(suffix):
                    result.append(os.path.join(dirName, fileName))
        if len(result) < self.backupCount:
            return []
        result.sort()
        return result[:len(result) - self.backupCount]

    def doRollover(self):
        """Move the file to its dated backup name and start a new one."""
        currentTime = int(time.time())
        t = self.rolloverAt - self.interval
        timeTuple = time.gmtime(t) if self.utc else time.localtime(t)
        if not self.utc:
            dst_now = time.localtime(currentTime)[-1]
            dst_then = timeTuple[-1]
            if dst_now != dst_then:
                addend = 3600 if dst_now else -3600
                timeTuple = time.localtime(t + addend)
        dfn = self.rotation_filename(self.baseFilename + "." +
                                     time.strftime(self.suffix, timeTuple))
        if os.path.exists(dfn):
            # A backup for this period exists already: keep appending.
            self.rolloverAt = self.computeRollover(currentTime)
            return
        if self.stream:
            self.stream.close()
            self.stream = None
        self.rotate(self.baseFilename, dfn)
        if self.backupCount > 0:
            for s in self.getFilesToDelete():
                os.remove(s)
        if not self.delay:
            self.stream = self._open()
        self.rolloverAt = self.computeRollover(currentTime)


class WatchedFileHandler(logging.FileHandler):
    """A file handler that reopens its file when the file on disk was
    replaced or removed (as log rotation tools do)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False,
                 errors=None):
        if "b" not in mode and encoding is None:
            encoding = "utf-8"
        logging.FileHandler.__init__(self, filename, mode=mode,
                                     encoding=encoding, delay=delay,
                                     errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            try:
                sres = os.stat(self.baseFilename)
            except OSError:
                return
            self.dev, self.ino = sres.st_dev, sres.st_ino

    def reopenIfNeeded(self):
        """Reopen the file if its device or inode number changed."""
        if self.stream is None:
            return
        try:
            sres = os.stat(self.baseFilename)
        except FileNotFoundError:
            sres = None
        if not sres or sres.st_dev != self.dev or sres.st_ino != self.ino:
            self.stream.flush()
            self.stream.close()
            self.stream = None
            self.stream = self._open()
            self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


class BufferingHandler(logging.Handler):
    """Keeps records in a list, flushed (emptied) when it holds capacity
    records."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        with self.lock:
            self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Keeps records until the buffer is full or a record at flushLevel
    or above arrives, then passes them all to the target handler."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None,
                 flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return (len(self.buffer) >= self.capacity or
                record.levelno >= self.flushLevel)

    def setTarget(self, target):
        with self.lock:
            self.target = target

    def flush(self):
        """Send the buffered records to the target, if there is one."""
        with self.lock:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with self.lock:
                self.target = None
                BufferingHandler.close(self)


class QueueHandler(logging.Handler):
    """Puts records, formatted and made self-contained, on a queue (any
    object with put_nowait())."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue
        self.listener = None

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        """Return a copy of the record whose message is the formatted
        text, without arguments or exception information."""
        import copy
        msg = self.format(record)
        record = copy.copy(record)
        record.message = msg
        record.msg = msg
        record.args = None
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)
