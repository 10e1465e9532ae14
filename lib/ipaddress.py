"""IPv4 and IPv6 addresses, networks and interfaces: CPython's ipaddress
module.

The factory functions ``ip_address``, ``ip_network`` and ``ip_interface``
build objects of the classes ``IPv4Address``/``IPv6Address``,
``IPv4Network``/``IPv6Network`` and ``IPv4Interface``/``IPv6Interface``
from strings, integers, packed bytes or (address, prefix) tuples.  The
objects compare, hash and sort, support integer arithmetic (addresses),
iteration, indexing and subnet arithmetic (networks), and know the special
ranges of the IANA registries (``is_private``, ``is_global`` ...) as
CPython 3.12.1 does.  Parsing errors raise ``AddressValueError`` or
``NetmaskValueError`` with CPython's messages.
"""

import functools

__version__ = '1.0'

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A value that cannot be an IP address."""


class NetmaskValueError(ValueError):
    """A value that cannot be a netmask or prefix length."""


def ip_address(address):
    """Return an IPv4Address or IPv6Address made from address (a string,
    an int or packed bytes); an int below 2**32 is taken as IPv4."""
    try:
        return IPv4Address(address)
    except (AddressValueError, NetmaskValueError):
        pass
    try:
        return IPv6Address(address)
    except (AddressValueError, NetmaskValueError):
        pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 '
                     f'address')


def ip_network(address, strict=True):
    """Return an IPv4Network or IPv6Network made from address; with strict,
    host bits set below the prefix raise ValueError."""
    try:
        return IPv4Network(address, strict)
    except (AddressValueError, NetmaskValueError):
        pass
    try:
        return IPv6Network(address, strict)
    except (AddressValueError, NetmaskValueError):
        pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 '
                     f'network')


def ip_interface(address):
    """Return an IPv4Interface or IPv6Interface made from address."""
    try:
        return IPv4Interface(address)
    except (AddressValueError, NetmaskValueError):
        pass
    try:
        return IPv6Interface(address)
    except (AddressValueError, NetmaskValueError):
        pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 '
                     f'interface')


def v4_int_to_packed(address):
    """Return the 4 big-endian bytes of the integer address."""
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4")


def v6_int_to_packed(address):
    """Return the 16 big-endian bytes of the integer address."""
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6")


def _split_optional_netmask(address):
    """Split 'address[/mask]' into its one or two parts."""
    parts = str(address).split('/')
    if len(parts) > 2:
        raise AddressValueError(f"Only one '/' permitted in {address!r}")
    return parts


def _find_address_range(addresses):
    """Yield (first, last) for each run of consecutive addresses in the
    sorted sequence addresses."""
    it = iter(addresses)
    first = last = next(it)
    for ip in it:
        if ip._ip != last._ip + 1:
            yield first, last
            first = ip
        last = ip
    yield first, last


def _count_righthand_zero_bits(number, bits):
    """The number of trailing zero bits of number, at most bits."""
    if number == 0:
        return bits
    return min(bits, (~number & (number - 1)).bit_length())


def summarize_address_range(first, last):
    """Yield the fewest networks that cover exactly the addresses from
    first to last (inclusive)."""
    if not (isinstance(first, _BaseAddress) and
            isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    if first.version != last.version:
        raise TypeError(f"{first} and {last} are not of the same version")
    if first > last:
        raise ValueError('last IP address must be greater than first')
    if first.version == 4:
        network = IPv4Network
    elif first.version == 6:
        network = IPv6Network
    else:
        raise ValueError('unknown IP version')
    bits = first._max_prefixlen
    lo = first._ip
    hi = last._ip
    while lo <= hi:
        # The largest aligned block that starts at lo and ends by hi.
        size_bits = min(_count_righthand_zero_bits(lo, bits),
                        (hi - lo + 1).bit_length() - 1)
        yield network((lo, bits - size_bits))
        lo += 1 << size_bits
        if lo - 1 == network._ALL_ONES:
            break


def _collapse_networks(networks):
    """Merge sibling networks into their supernet until none can be
    merged, then yield the result in order without covered networks."""
    pending = list(networks)
    by_parent = {}
    while pending:
        net = pending.pop()
        parent = net.supernet()
        sibling = by_parent.get(parent)
        if sibling is None:
            by_parent[parent] = net
        elif sibling != net:
            # Both halves of parent are present: replace them by it.
            del by_parent[parent]
            pending.append(parent)
    last = None
    for net in sorted(by_parent.values()):
        if last is not None and last.broadcast_address >= net.broadcast_address:
            continue
        yield net
        last = net


def collapse_addresses(addresses):
    """Return an iterator over the networks that cover exactly the given
    addresses and networks, merged as far as possible."""
    ips = []
    nets = []
    for ip in addresses:
        if isinstance(ip, _BaseAddress):
            if ips and ips[-1]._version != ip._version:
                raise TypeError(f"{ip} and {ips[-1]} are not of the same "
                                f"version")
            ips.append(ip)
        elif ip._prefixlen == ip._max_prefixlen:
            if ips and ips[-1]._version != ip._version:
                raise TypeError(f"{ip} and {ips[-1]} are not of the same "
                                f"version")
            try:
                ips.append(ip.ip)
            except AttributeError:
                ips.append(ip.network_address)
        else:
            if nets and nets[-1]._version != ip._version:
                raise TypeError(f"{ip} and {nets[-1]} are not of the same "
                                f"version")
            nets.append(ip)
    ips = sorted(set(ips))
    found = []
    if ips:
        for first, last in _find_address_range(ips):
            found.extend(summarize_address_range(first, last))
    return _collapse_networks(found + nets)


def get_mixed_type_key(obj):
    """A sort key that orders addresses and networks of both versions
    together (v4 before v6; a network before its addresses)."""
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    elif isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented


class _IPAddressBase:
    """What addresses, networks and interfaces of both versions share."""

    __slots__ = ()

    @property
    def exploded(self):
        """The address in full, without abbreviation."""
        return self._explode_shorthand_ip_string()

    @property
    def compressed(self):
        """The shortest text form of the address."""
        return str(self)

    @property
    def reverse_pointer(self):
        """The name of the reverse DNS PTR record of the address."""
        return self._reverse_pointer()

    @property
    def version(self):
        return self._version

    def _check_int_address(self, address):
        if address < 0:
            raise AddressValueError(f"{address} (< 0) is not permitted as an "
                                    f"IPv{self._version} address")
        if address > self._ALL_ONES:
            raise AddressValueError(
                f"{address} (>= 2**{self._max_prefixlen}) is not permitted "
                f"as an IPv{self._version} address")

    def _check_packed_address(self, address, expected_len):
        if len(address) != expected_len:
            raise AddressValueError(
                f"{address!r} (len {len(address)} != {expected_len}) is not "
                f"permitted as an IPv{self._version} address")

    @classmethod
    def _ip_int_from_prefix(cls, prefixlen):
        """The netmask of prefixlen as an integer."""
        return cls._ALL_ONES ^ (cls._ALL_ONES >> prefixlen)

    @classmethod
    def _prefix_from_ip_int(cls, ip_int):
        """The prefix length of the netmask ip_int; ValueError if its ones
        are not all on the left."""
        zeros = _count_righthand_zero_bits(ip_int, cls._max_prefixlen)
        prefixlen = cls._max_prefixlen - zeros
        if ip_int >> zeros != (1 << prefixlen) - 1:
            details = ip_int.to_bytes(cls._max_prefixlen // 8, 'big')
            raise ValueError(f'Netmask pattern {details!r} mixes zeroes & '
                             f'ones')
        return prefixlen

    @classmethod
    def _report_invalid_netmask(cls, netmask_str):
        raise NetmaskValueError(f'{netmask_str!r} is not a valid netmask') \
            from None

    @classmethod
    def _prefix_from_prefix_string(cls, prefixlen_str):
        """The prefix length written in decimal in prefixlen_str."""
        if not (prefixlen_str.isascii() and prefixlen_str.isdigit()):
            cls._report_invalid_netmask(prefixlen_str)
        try:
            prefixlen = int(prefixlen_str)
        except ValueError:
            cls._report_invalid_netmask(prefixlen_str)
        if not 0 <= prefixlen <= cls._max_prefixlen:
            cls._report_invalid_netmask(prefixlen_str)
        return prefixlen

    @classmethod
    def _prefix_from_ip_string(cls, ip_str):
        """The prefix length of a netmask or host mask in address form."""
        try:
            ip_int = cls._ip_int_from_string(ip_str)
        except AddressValueError:
            cls._report_invalid_netmask(ip_str)
        try:
            return cls._prefix_from_ip_int(ip_int)
        except ValueError:
            pass
        # Not a netmask: perhaps a host mask, its complement.
        try:
            return cls._prefix_from_ip_int(ip_int ^ cls._ALL_ONES)
        except ValueError:
            cls._report_invalid_netmask(ip_str)

    @classmethod
    def _split_addr_prefix(cls, address):
        """Split address into (address, prefix) for the constructors."""
        if isinstance(address, (bytes, int)):
            return address, cls._max_prefixlen
        if not isinstance(address, tuple):
            address = _split_optional_netmask(address)
        if len(address) > 1:
            # A longer tuple fails to unpack in the caller, as in CPython.
            return address
        return address[0], cls._max_prefixlen

    def __reduce__(self):
        return self.__class__, (str(self),)


@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    """An address of either version."""

    __slots__ = ()

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if self._version != other._version:
            raise TypeError(f'{self} and {other} are not of the same version')
        if self._ip != other._ip:
            return self._ip < other._ip
        return False

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) - other)

    def __repr__(self):
        return f"{self.__class__.__name__}('{self}')"

    def __str__(self):
        return str(self._string_from_ip_int(self._ip))

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def _get_address_key(self):
        return (self._version, self)

    def __reduce__(self):
        return self.__class__, (self._ip,)

    def __format__(self, fmt):
        """Format as the text form ('' or a spec ending in 's') or as the
        integer in binary or hex: [#][_](b|x|X|n), 'n' being binary for
        IPv4 and hex for IPv6, padded to the full width."""
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        spec = fmt
        alternate = spec.startswith('#')
        if alternate:
            spec = spec[1:]
        grouping = spec.startswith('_')
        if grouping:
            spec = spec[1:]
        if spec not in ('b', 'x', 'X', 'n'):
            return super().__format__(fmt)
        base = spec
        if base == 'n':
            base = 'b' if self._version == 4 else 'x'
        width = self._max_prefixlen if base == 'b' else self._max_prefixlen // 4
        if grouping:
            width += width // 4 - 1
        if alternate:
            width += 2
        return format(int(self),
                      f"{'#' if alternate else ''}0{width}"
                      f"{'_' if grouping else ''}{base}")


@functools.total_ordering
class _BaseNetwork(_IPAddressBase):
    """A network of either version: an address and a prefix length."""

    def __repr__(self):
        return f"{self.__class__.__name__}('{self}')"

    def __str__(self):
        return f'{self.network_address}/{self._prefixlen}'

    def hosts(self):
        """Yield the usable host addresses: all but the network and
        broadcast addresses."""
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        cls = self._address_class
        for x in range(network + 1, broadcast):
            yield cls(x)

    def __iter__(self):
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        cls = self._address_class
        for x in range(network, broadcast + 1):
            yield cls(x)

    def __getitem__(self, n):
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        if n >= 0:
            if network + n > broadcast:
                raise IndexError('address out of range')
            return self._address_class(network + n)
        n += 1
        if broadcast + n < network:
            raise IndexError('address out of range')
        return self._address_class(broadcast + n)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if self._version != other._version:
            raise TypeError(f'{self} and {other} are not of the same version')
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        if self.netmask != other.netmask:
            return self.netmask < other.netmask
        return False

    def __eq__(self, other):
        try:
            return (self._version == other._version and
                    self.network_address == other.network_address and
                    int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __contains__(self, other):
        if self._version != other._version:
            return False
        if isinstance(other, _BaseNetwork):
            return False
        return other._ip & self.netmask._ip == self.network_address._ip

    def overlaps(self, other):
        """Whether the two networks share an address."""
        return (self.network_address in other or
                self.broadcast_address in other or
                other.network_address in self or
                other.broadcast_address in self)

    @property
    def broadcast_address(self):
        value = self.__dict__.get('broadcast_address')
        if value is None:
            value = self._address_class(int(self.network_address) |
                                        int(self.hostmask))
            self.__dict__['broadcast_address'] = value
        return value

    @property
    def hostmask(self):
        value = self.__dict__.get('hostmask')
        if value is None:
            value = self._address_class(int(self.netmask) ^ self._ALL_ONES)
            self.__dict__['hostmask'] = value
        return value

    @property
    def with_prefixlen(self):
        return f'{self.network_address}/{self._prefixlen}'

    @property
    def with_netmask(self):
        return f'{self.network_address}/{self.netmask}'

    @property
    def with_hostmask(self):
        return f'{self.network_address}/{self.hostmask}'

    @property
    def num_addresses(self):
        """The number of addresses in the network."""
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def prefixlen(self):
        return self._prefixlen

    def address_exclude(self, other):
        """Yield the networks that cover this one less other, which must
        be one of its subnets (largest first)."""
        if not self._version == other._version:
            raise TypeError(f"{self} and {other} are not of the same version")
        if not isinstance(other, _BaseNetwork):
            raise TypeError(f"{other} is not a network object")
        if not other.subnet_of(self):
            raise ValueError(f'{other} not contained in {self}')
        if other == self:
            return
        other = other.__class__(f'{other.network_address}/{other.prefixlen}')
        low, high = self.subnets()
        while low != other and high != other:
            if other.subnet_of(low):
                yield high
                low, high = low.subnets()
            elif other.subnet_of(high):
                yield low
                low, high = high.subnets()
            else:
                raise AssertionError(f'Error performing exclusion: '
                                     f'low: {low}, high: {high}, '
                                     f'other: {other}')
        if low == other:
            yield high
        elif high == other:
            yield low
        else:
            raise AssertionError(f'Error performing exclusion: '
                                 f'low: {low}, high: {high}, other: {other}')

    def compare_networks(self, other):
        """Return -1, 0 or 1 comparing network addresses, then netmasks."""
        if self._version != other._version:
            raise TypeError(f'{self} and {other} are not of the same type')
        if self.network_address < other.network_address:
            return -1
        if self.network_address > other.network_address:
            return 1
        if self.netmask < other.netmask:
            return -1
        if self.netmask > other.netmask:
            return 1
        return 0

    def _get_networks_key(self):
        return (self._version, self.network_address, self.netmask)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """Yield the subnets prefixlen_diff bits longer (or of prefix
        length new_prefix) that make up this network."""
        if self._prefixlen == self._max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        new_prefixlen = self._prefixlen + prefixlen_diff
        if new_prefixlen > self._max_prefixlen:
            raise ValueError(f'prefix length diff {new_prefixlen} is invalid '
                             f'for netblock {self}')
        start = int(self.network_address)
        end = int(self.broadcast_address) + 1
        step = (int(self.hostmask) + 1) >> prefixlen_diff
        cls = self.__class__
        for addr in range(start, end, step):
            yield cls((addr, new_prefixlen))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """Return the network prefixlen_diff bits shorter (or of prefix
        length new_prefix) that contains this one."""
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._prefixlen - new_prefix
        new_prefixlen = self.prefixlen - prefixlen_diff
        if new_prefixlen < 0:
            raise ValueError(
                f'current prefixlen is {self.prefixlen}, cannot have a '
                f'prefixlen_diff of {prefixlen_diff}')
        return self.__class__((
            int(self.network_address) & (int(self.netmask) << prefixlen_diff),
            new_prefixlen))

    @staticmethod
    def _is_subnet_of(a, b):
        try:
            if a._version != b._version:
                raise TypeError(f"{a} and {b} are not of the same version")
            return (b.network_address <= a.network_address and
                    b.broadcast_address >= a.broadcast_address)
        except AttributeError:
            raise TypeError(f"Unable to test subnet containment "
                            f"between {a} and {b}")

    def subnet_of(self, other):
        """Whether this network lies within other."""
        return self._is_subnet_of(self, other)

    def supernet_of(self, other):
        """Whether other lies within this network."""
        return self._is_subnet_of(other, self)

    # A network has a property when both its first and last addresses
    # have it.

    @property
    def is_reserved(self):
        return (self.network_address.is_reserved and
                self.broadcast_address.is_reserved)

    @property
    def is_link_local(self):
        return (self.network_address.is_link_local and
                self.broadcast_address.is_link_local)

    @property
    def is_private(self):
        """Whether the network lies within one of the private ranges."""
        first = self.network_address._ip
        last = self.broadcast_address._ip
        for start, end in self._private_ranges:
            if start <= first and last <= end:
                return True
        return False

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return (self.network_address.is_unspecified and
                self.broadcast_address.is_unspecified)

    @property
    def is_loopback(self):
        return (self.network_address.is_loopback and
                self.broadcast_address.is_loopback)

    @property
    def is_multicast(self):
        return (self.network_address.is_multicast and
                self.broadcast_address.is_multicast)


# ---------------------------------------------------------------------------
# IPv4

class _BaseV4:
    """What IPv4 addresses, networks and interfaces share."""

    __slots__ = ()
    _version = 4
    _ALL_ONES = (2 ** IPV4LENGTH) - 1
    _max_prefixlen = IPV4LENGTH
    _netmask_cache = {}

    def _explode_shorthand_ip_string(self):
        return str(self)

    @classmethod
    def _make_netmask(cls, arg):
        """Return (netmask address, prefix length) for a prefix given as an
        int, a decimal string, or a netmask or host mask string."""
        cached = cls._netmask_cache.get(arg)
        if cached is not None:
            return cached
        if isinstance(arg, int):
            prefixlen = arg
            if not 0 <= prefixlen <= cls._max_prefixlen:
                cls._report_invalid_netmask(prefixlen)
        else:
            try:
                prefixlen = cls._prefix_from_prefix_string(arg)
            except NetmaskValueError:
                prefixlen = cls._prefix_from_ip_string(arg)
        result = (IPv4Address(cls._ip_int_from_prefix(prefixlen)), prefixlen)
        cls._netmask_cache[arg] = result
        return result

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        """Parse a dotted-quad string into an int."""
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        octets = ip_str.split('.')
        if len(octets) != 4:
            raise AddressValueError(f"Expected 4 octets in {ip_str!r}")
        value = 0
        try:
            for octet in octets:
                value = (value << 8) | cls._parse_octet(octet)
        except ValueError as exc:
            raise AddressValueError(f"{exc} in {ip_str!r}") from None
        return value

    @classmethod
    def _parse_octet(cls, octet_str):
        if not octet_str:
            raise ValueError("Empty octet not permitted")
        if not (octet_str.isascii() and octet_str.isdigit()):
            raise ValueError(f"Only decimal digits permitted in {octet_str!r}")
        if len(octet_str) > 3:
            raise ValueError(f"At most 3 characters permitted in "
                             f"{octet_str!r}")
        if octet_str != '0' and octet_str[0] == '0':
            raise ValueError(f"Leading zeros are not permitted in "
                             f"{octet_str!r}")
        value = int(octet_str, 10)
        if value > 255:
            raise ValueError(f"Octet {value} (> 255) not permitted")
        return value

    @classmethod
    def _string_from_ip_int(cls, ip_int):
        return '%d.%d.%d.%d' % (ip_int >> 24, (ip_int >> 16) & 255,
                                (ip_int >> 8) & 255, ip_int & 255)

    def _reverse_pointer(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    @property
    def version(self):
        return self._version


class IPv4Address(_BaseV4, _BaseAddress):
    """An IPv4 address."""

    __slots__ = ('_ip', '__weakref__')

    def __init__(self, address):
        """Make the address from an int, 4 packed bytes or a dotted-quad
        string."""
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 4)
            self._ip = int.from_bytes(address, 'big')
            return
        text = str(address)
        if '/' in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        self._ip = self._ip_int_from_string(text)

    @property
    def packed(self):
        """The address as 4 big-endian bytes."""
        return v4_int_to_packed(self._ip)

    @property
    def is_reserved(self):
        """Whether the address is in the reserved range 240.0.0.0/4."""
        return 0xF0000000 <= self._ip

    @property
    def is_private(self):
        """Whether the address is private or otherwise not globally
        reachable, per the IANA IPv4 special-purpose registry."""
        ip = self._ip
        for start, end in _V4_PRIVATE:
            if start <= ip <= end:
                return True
        return False

    @property
    def is_global(self):
        """Whether the address is globally reachable: not private and not
        shared address space (100.64.0.0/10)."""
        return not (0x64400000 <= self._ip <= 0x647FFFFF) and not self.is_private

    @property
    def is_multicast(self):
        """Whether the address is in 224.0.0.0/4."""
        return 0xE0000000 <= self._ip <= 0xEFFFFFFF

    @property
    def is_unspecified(self):
        """Whether the address is 0.0.0.0."""
        return self._ip == 0

    @property
    def is_loopback(self):
        """Whether the address is in 127.0.0.0/8."""
        return 0x7F000000 <= self._ip <= 0x7FFFFFFF

    @property
    def is_link_local(self):
        """Whether the address is in 169.254.0.0/16."""
        return 0xA9FE0000 <= self._ip <= 0xA9FEFFFF


# The private (not globally reachable) IPv4 ranges of CPython 3.12.1, as
# (first, last) integers.
def _v4_range(text):
    address, _, prefix = text.partition('/')
    start = IPv4Address._ip_int_from_string(address)
    return start, start + (1 << (32 - int(prefix))) - 1


_V4_PRIVATE = [_v4_range(n) for n in (
    '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16',
    '172.16.0.0/12', '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24',
    '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24',
    '240.0.0.0/4', '255.255.255.255/32')]


class IPv4Interface(IPv4Address):
    """An IPv4 address together with the network it belongs to."""

    __slots__ = ('network', 'netmask', '_prefixlen')

    def __init__(self, address):
        addr, mask = self._split_addr_prefix(address)
        IPv4Address.__init__(self, addr)
        self.network = IPv4Network((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return f'{self._string_from_ip_int(self._ip)}/{self._prefixlen}'

    def __eq__(self, other):
        address_equal = IPv4Address.__eq__(self, other)
        if address_equal is NotImplemented or not address_equal:
            return address_equal
        try:
            return self.network == other.network
        except AttributeError:
            # A bare address never equals an interface.
            return False

    def __lt__(self, other):
        address_less = IPv4Address.__lt__(self, other)
        if address_less is NotImplemented:
            return NotImplemented
        try:
            return (self.network < other.network or
                    self.network == other.network and address_less)
        except AttributeError:
            # A bare address sorts before every interface.
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen,
                     int(self.network.network_address)))

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def ip(self):
        return IPv4Address(self._ip)

    @property
    def with_prefixlen(self):
        return f'{self._string_from_ip_int(self._ip)}/{self._prefixlen}'

    @property
    def with_netmask(self):
        return f'{self._string_from_ip_int(self._ip)}/{self.netmask}'

    @property
    def with_hostmask(self):
        return f'{self._string_from_ip_int(self._ip)}/{self.hostmask}'


class IPv4Network(_BaseV4, _BaseNetwork):
    """An IPv4 network: a network address and a prefix length."""

    _address_class = IPv4Address
    _private_ranges = _V4_PRIVATE

    def __init__(self, address, strict=True):
        """Make the network from 'a.b.c.d[/prefix]' (the prefix being a
        length, a netmask or a host mask), an (address, prefix) tuple, an
        int or packed bytes.  With strict, host bits set raise
        ValueError; otherwise they are cleared."""
        addr, mask = self._split_addr_prefix(address)
        self.network_address = IPv4Address(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError(f'{self} has host bits set')
            self.network_address = IPv4Address(packed & int(self.netmask))
        if self._prefixlen == self._max_prefixlen - 1:
            self.hosts = self.__iter__
        elif self._prefixlen == self._max_prefixlen:
            self.hosts = lambda: [IPv4Address(addr)]

    @property
    def is_global(self):
        """Whether the network is globally reachable."""
        shared = IPv4Network('100.64.0.0/10')
        return (not (self.network_address in shared and
                     self.broadcast_address in shared) and
                not self.is_private)




# ---------------------------------------------------------------------------
# IPv6

_HEX_DIGITS = frozenset('0123456789abcdefABCDEF')


class _BaseV6:
    """What IPv6 addresses, networks and interfaces share."""

    __slots__ = ()
    _version = 6
    _ALL_ONES = (2 ** IPV6LENGTH) - 1
    _HEXTET_COUNT = 8
    _max_prefixlen = IPV6LENGTH
    _netmask_cache = {}

    @classmethod
    def _make_netmask(cls, arg):
        """Return (netmask address, prefix length) for a prefix given as an
        int or a decimal string."""
        cached = cls._netmask_cache.get(arg)
        if cached is not None:
            return cached
        if isinstance(arg, int):
            prefixlen = arg
            if not 0 <= prefixlen <= cls._max_prefixlen:
                cls._report_invalid_netmask(prefixlen)
        else:
            prefixlen = cls._prefix_from_prefix_string(arg)
        result = (IPv6Address(cls._ip_int_from_prefix(prefixlen)), prefixlen)
        cls._netmask_cache[arg] = result
        return result

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        """Parse the text form of an IPv6 address (without scope) into an
        int."""
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        parts = ip_str.split(':')
        if len(parts) < 3:
            raise AddressValueError(f"At least 3 parts expected in {ip_str!r}")
        # An IPv4 address may stand for the last two hextets.
        if '.' in parts[-1]:
            try:
                v4 = IPv4Address(parts.pop())._ip
            except AddressValueError as exc:
                raise AddressValueError(f"{exc} in {ip_str!r}") from None
            parts.append('%x' % ((v4 >> 16) & 0xFFFF))
            parts.append('%x' % (v4 & 0xFFFF))
        if len(parts) > cls._HEXTET_COUNT + 1:
            raise AddressValueError(f"At most {cls._HEXTET_COUNT} colons "
                                    f"permitted in {ip_str!r}")
        # Find the '::', an empty part other than the first and last.
        skip = None
        for i in range(1, len(parts) - 1):
            if not parts[i]:
                if skip is not None:
                    raise AddressValueError(
                        f"At most one '::' permitted in {ip_str!r}")
                skip = i
        if skip is not None:
            n_hi = skip
            n_lo = len(parts) - skip - 1
            if not parts[0]:
                n_hi -= 1
                if n_hi:
                    raise AddressValueError(f"Leading ':' only permitted as "
                                            f"part of '::' in {ip_str!r}")
            if not parts[-1]:
                n_lo -= 1
                if n_lo:
                    raise AddressValueError(f"Trailing ':' only permitted as "
                                            f"part of '::' in {ip_str!r}")
            n_skipped = cls._HEXTET_COUNT - (n_hi + n_lo)
            if n_skipped < 1:
                raise AddressValueError(
                    f"Expected at most {cls._HEXTET_COUNT - 1} other parts "
                    f"with '::' in {ip_str!r}")
        else:
            if len(parts) != cls._HEXTET_COUNT:
                raise AddressValueError(
                    f"Exactly {cls._HEXTET_COUNT} parts expected without "
                    f"'::' in {ip_str!r}")
            if not parts[0]:
                raise AddressValueError(f"Leading ':' only permitted as part "
                                        f"of '::' in {ip_str!r}")
            if not parts[-1]:
                raise AddressValueError(f"Trailing ':' only permitted as part "
                                        f"of '::' in {ip_str!r}")
            n_hi = len(parts)
            n_lo = 0
            n_skipped = 0
        try:
            value = 0
            for i in range(n_hi):
                value = (value << 16) | cls._parse_hextet(parts[i])
            value <<= 16 * n_skipped
            for i in range(-n_lo, 0):
                value = (value << 16) | cls._parse_hextet(parts[i])
            return value
        except ValueError as exc:
            raise AddressValueError(f"{exc} in {ip_str!r}") from None

    @classmethod
    def _parse_hextet(cls, hextet_str):
        if not _HEX_DIGITS.issuperset(hextet_str):
            raise ValueError(f"Only hex digits permitted in {hextet_str!r}")
        if len(hextet_str) > 4:
            raise ValueError(f"At most 4 characters permitted in "
                             f"{hextet_str!r}")
        return int(hextet_str, 16)

    @classmethod
    def _compress_hextets(cls, hextets):
        """Replace the longest run (two or more, the first of equals) of
        '0' hextets by an empty one, for '::'."""
        best_start = -1
        best_len = 0
        start = -1
        for i, hextet in enumerate(hextets):
            if hextet == '0':
                if start < 0:
                    start = i
                if i - start + 1 > best_len:
                    best_len = i - start + 1
                    best_start = start
            else:
                start = -1
        if best_len > 1:
            end = best_start + best_len
            if end == len(hextets):
                hextets = hextets + ['']
            hextets = hextets[:best_start] + [''] + hextets[end:]
            if best_start == 0:
                hextets = [''] + hextets
        return hextets

    @classmethod
    def _string_from_ip_int(cls, ip_int):
        """The compressed text form of ip_int."""
        hex_str = '%032x' % ip_int
        hextets = ['%x' % int(hex_str[i:i + 4], 16) for i in range(0, 32, 4)]
        return ':'.join(cls._compress_hextets(hextets))

    def _explode_shorthand_ip_string(self):
        """The text form with every hextet written in full."""
        if isinstance(self, IPv6Network):
            ip_str = str(self.network_address)
        elif isinstance(self, IPv6Interface):
            ip_str = str(self.ip)
        else:
            ip_str = str(self)
        hex_str = '%032x' % self._ip_int_from_string(ip_str)
        parts = [hex_str[i:i + 4] for i in range(0, 32, 4)]
        if isinstance(self, (_BaseNetwork, IPv6Interface)):
            return '%s/%d' % (':'.join(parts), self._prefixlen)
        return ':'.join(parts)

    def _reverse_pointer(self):
        digits = self.exploded[::-1].replace(':', '')
        return '.'.join(digits) + '.ip6.arpa'

    @staticmethod
    def _split_scope_id(ip_str):
        """Split 'address%scope' into the address and the scope (None
        without '%')."""
        addr, sep, scope_id = ip_str.partition('%')
        if not sep:
            scope_id = None
        elif not scope_id or '%' in scope_id:
            raise AddressValueError('Invalid IPv6 address: "%r"' % ip_str)
        return addr, scope_id

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    @property
    def version(self):
        return self._version


class IPv6Address(_BaseV6, _BaseAddress):
    """An IPv6 address, with an optional scope zone ('%eth0')."""

    __slots__ = ('_ip', '_scope_id', '__weakref__')

    def __init__(self, address):
        """Make the address from an int, 16 packed bytes or its text form
        (which may end with '%scope')."""
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            self._scope_id = None
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 16)
            self._ip = int.from_bytes(address, 'big')
            self._scope_id = None
            return
        text = str(address)
        if '/' in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        text, self._scope_id = self._split_scope_id(text)
        self._ip = self._ip_int_from_string(text)

    def __str__(self):
        text = super().__str__()
        if self._scope_id:
            return f'{text}%{self._scope_id}'
        return text

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        address_equal = super().__eq__(other)
        if address_equal is NotImplemented:
            return NotImplemented
        if not address_equal:
            return False
        return self._scope_id == getattr(other, '_scope_id', None)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    @property
    def scope_id(self):
        """The scope zone of the address (after '%'), or None."""
        return self._scope_id

    @property
    def packed(self):
        """The address as 16 big-endian bytes."""
        return v6_int_to_packed(self._ip)

    @property
    def is_multicast(self):
        """Whether the address is in ff00::/8."""
        return (self._ip >> 120) == 0xFF

    @property
    def is_reserved(self):
        """Whether the address is in one of the IETF reserved ranges."""
        top = self._ip >> 112
        for start, end in _V6_RESERVED_HEXTETS:
            if start <= top <= end:
                return True
        return False

    @property
    def is_link_local(self):
        """Whether the address is in fe80::/10."""
        return (self._ip >> 118) == 0x3FA

    @property
    def is_site_local(self):
        """Whether the address is in the deprecated site-local range
        fec0::/10."""
        return (self._ip >> 118) == 0x3FB

    @property
    def is_private(self):
        """Whether the address is private or otherwise not globally
        reachable, per the IANA IPv6 special-purpose registry; an
        IPv4-mapped address answers as its IPv4 address."""
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        ip = self._ip
        for start, end in _V6_PRIVATE:
            if start <= ip <= end:
                return True
        return False

    @property
    def is_global(self):
        """Whether the address is globally reachable."""
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_global
        return not self.is_private

    @property
    def is_unspecified(self):
        """Whether the address is ::."""
        return self._ip == 0

    @property
    def is_loopback(self):
        """Whether the address is ::1."""
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        """The IPv4 address of an IPv4-mapped address (::ffff:a.b.c.d),
        or None."""
        if (self._ip >> 32) != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        """(server, client) of a Teredo address (2001::/32), or None."""
        if (self._ip >> 96) != 0x20010000:
            return None
        return (IPv4Address((self._ip >> 64) & 0xFFFFFFFF),
                IPv4Address(~self._ip & 0xFFFFFFFF))

    @property
    def sixtofour(self):
        """The IPv4 address embedded in a 6to4 address (2002::/16), or
        None."""
        if (self._ip >> 112) != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)


def _v6_range(text):
    address, _, prefix = text.partition('/')
    start = IPv6Address._ip_int_from_string(address)
    return start, start + (1 << (128 - int(prefix))) - 1


# The private IPv6 ranges of CPython 3.12.1.
_V6_PRIVATE_NETS = ('::1/128', '::/128', '::ffff:0:0/96', '100::/64',
                    '2001::/23', '2001:2::/48', '2001:db8::/32',
                    '2001:10::/28', 'fc00::/7', 'fe80::/10')
_V6_PRIVATE = [_v6_range(n) for n in _V6_PRIVATE_NETS]

# The reserved IPv6 ranges, as ranges of the first hextet (none is
# smaller than a /16).
_V6_RESERVED_NETS = ('::/8', '100::/8', '200::/7', '400::/6', '800::/5',
                     '1000::/4', '4000::/3', '6000::/3', '8000::/3',
                     'a000::/3', 'c000::/3', 'e000::/4', 'f000::/5',
                     'f800::/6', 'fe00::/9')
_V6_RESERVED_HEXTETS = [(s >> 112, e >> 112)
                        for s, e in map(_v6_range, _V6_RESERVED_NETS)]


class IPv6Interface(IPv6Address):
    """An IPv6 address together with the network it belongs to."""

    __slots__ = ('network', 'netmask', '_prefixlen')

    def __init__(self, address):
        addr, mask = self._split_addr_prefix(address)
        IPv6Address.__init__(self, addr)
        self.network = IPv6Network((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return f'{super().__str__()}/{self._prefixlen}'

    def __eq__(self, other):
        address_equal = IPv6Address.__eq__(self, other)
        if address_equal is NotImplemented or not address_equal:
            return address_equal
        try:
            return self.network == other.network
        except AttributeError:
            # A bare address never equals an interface.
            return False

    def __lt__(self, other):
        address_less = IPv6Address.__lt__(self, other)
        if address_less is NotImplemented:
            return address_less
        try:
            return (self.network < other.network or
                    self.network == other.network and address_less)
        except AttributeError:
            # A bare address sorts before every interface.
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen,
                     int(self.network.network_address)))

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def ip(self):
        return IPv6Address(self._ip)

    @property
    def with_prefixlen(self):
        return f'{self._string_from_ip_int(self._ip)}/{self._prefixlen}'

    @property
    def with_netmask(self):
        return f'{self._string_from_ip_int(self._ip)}/{self.netmask}'

    @property
    def with_hostmask(self):
        return f'{self._string_from_ip_int(self._ip)}/{self.hostmask}'

    @property
    def is_unspecified(self):
        return self._ip == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return self._ip == 1 and self.network.is_loopback


class IPv6Network(_BaseV6, _BaseNetwork):
    """An IPv6 network: a network address and a prefix length."""

    _address_class = IPv6Address
    _private_ranges = _V6_PRIVATE

    def __init__(self, address, strict=True):
        """Make the network from 'address[/prefix]', an (address, prefix)
        tuple, an int or packed bytes.  With strict, host bits set raise
        ValueError; otherwise they are cleared."""
        addr, mask = self._split_addr_prefix(address)
        self.network_address = IPv6Address(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError(f'{self} has host bits set')
            self.network_address = IPv6Address(packed & int(self.netmask))
        if self._prefixlen == self._max_prefixlen - 1:
            self.hosts = self.__iter__
        elif self._prefixlen == self._max_prefixlen:
            self.hosts = lambda: [IPv6Address(addr)]

    def hosts(self):
        """Yield the usable host addresses: all but the network address
        (the Subnet-Router anycast address)."""
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        for x in range(network + 1, broadcast + 1):
            yield IPv6Address(x)

    @property
    def is_site_local(self):
        return (self.network_address.is_site_local and
                self.broadcast_address.is_site_local)
