"""The protocol base classes.

No transport here ever calls them (there is no network or subprocess
I/O), but programs may define and drive their own protocols.
"""

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol',
           'SubprocessProtocol', 'BufferedProtocol')


class BaseProtocol:
    """The methods shared by every protocol."""

    __slots__ = ()

    def connection_made(self, transport):
        """Called when a connection is made."""

    def connection_lost(self, exc):
        """Called when the connection is lost or closed (exc is None on a
        regular close)."""

    def pause_writing(self):
        """Called when the transport's buffer goes over the high mark."""

    def resume_writing(self):
        """Called when the transport's buffer drains below the low mark."""


class Protocol(BaseProtocol):
    """A stream protocol."""

    __slots__ = ()

    def data_received(self, data):
        """Called with the bytes received."""

    def eof_received(self):
        """Called when the other end will send no more data; a true result
        keeps the transport open."""


class BufferedProtocol(BaseProtocol):
    """A stream protocol that receives data into its own buffer."""

    __slots__ = ()

    def get_buffer(self, sizehint):
        """Return a writable buffer for the next received data."""

    def buffer_updated(self, nbytes):
        """Called when nbytes were written into the buffer."""

    def eof_received(self):
        """Called when the other end will send no more data."""


class DatagramProtocol(BaseProtocol):
    """A datagram protocol."""

    __slots__ = ()

    def datagram_received(self, data, addr):
        """Called when a datagram is received."""

    def error_received(self, exc):
        """Called when a send or receive operation fails."""


class SubprocessProtocol(BaseProtocol):
    """A protocol for subprocess pipes."""

    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """Called when the subprocess writes to its stdout or stderr."""

    def pipe_connection_lost(self, fd, exc):
        """Called when one of the subprocess's pipes is closed."""

    def process_exited(self):
        """Called when the subprocess has exited."""
