# ipaddress: addresses of both versions, their properties, arithmetic,
# comparisons, formatting and pickling.
import copy
import ipaddress
import pickle
from ipaddress import IPv4Address, IPv6Address, ip_address

for text in ['0.0.0.0', '1.2.3.4', '10.1.2.3', '100.64.0.1', '127.0.0.1', '169.254.1.1',
             '172.16.5.4', '172.32.0.1', '192.0.0.7', '192.0.0.8', '192.0.0.170', '192.0.2.1',
             '192.168.0.1', '198.18.0.1', '203.0.113.9', '224.0.0.1', '239.255.255.255',
             '240.0.0.1', '255.255.255.255', '8.8.8.8']:
    a = ip_address(text)
    print(repr(a), a.version, a.max_prefixlen, a.is_private, a.is_global, a.is_multicast,
          a.is_loopback, a.is_link_local, a.is_reserved, a.is_unspecified, a.packed,
          a.reverse_pointer, int(a), a.exploded, a.compressed)

for text in ['::', '::1', '1::', '1:2:3:4:5:6:7:8', '1:0:0:2:0:0:0:3', '0:0:1:0:0:1:0:0',
             '2001:db8::1', '2001:DB8:0:0:1:0:0:1', 'fe80::1', 'fec0::1', 'fc00::5', 'ff02::1',
             '::ffff:1.2.3.4', '::ffff:10.0.0.1', '::ffff:127.0.0.1', '::1.2.3.4', '64:ff9b::8.8.8.8',
             '2002:c000:0204::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2', '100::1', '2001:2::9',
             '2001:10::1', '2606:4700::1111', '5f00::1', 'fe80::1%eth0', 'ff02::1%2',
             '0:0:0:0:0:0:0:0', '1:0:0:0:0:0:0:0', '0:1:0:1:0:1:0:1', '1::1:0:0:0']:
    a = ip_address(text)
    print(repr(a), str(a), a.is_private, a.is_global, a.is_multicast, a.is_loopback,
          a.is_link_local, a.is_site_local, a.is_reserved, a.is_unspecified, a.ipv4_mapped,
          a.sixtofour, a.teredo, a.scope_id)
    if a.scope_id is None:
        print('  ', a.exploded, len(a.packed), a.reverse_pointer[:20])

# Constructors from ints and packed bytes.
print(IPv4Address(0), IPv4Address(2**32 - 1), IPv4Address(b'\x7f\x00\x00\x01'))
print(IPv6Address(1), IPv6Address(2**128 - 1), IPv6Address(b'\x20\x01' + bytes(13) + b'\x01'))
print(ip_address(5), ip_address(2**32), ip_address(b'\x01\x02\x03\x04'), ip_address(bytes(16)))
print(ipaddress.v4_int_to_packed(3232235521), ipaddress.v6_int_to_packed(1))

# Arithmetic and comparisons.
a = IPv4Address('10.0.0.255')
print(a + 1, a - 256, a + 0, 1 + int(a), a - -1)
b = IPv6Address('::ffff')
print(b + 1, b - 0xffff, IPv6Address('ffff::') + 5)
print(a == IPv4Address('10.0.0.255'), a != IPv4Address('10.0.0.254'), a < IPv4Address('10.0.1.0'),
      a > IPv4Address('10.0.1.0'), a <= a, a >= a, a == '10.0.0.255', a == 167772415)
print(IPv4Address('1.2.3.4') == IPv6Address('::102:304'), ip_address('fe80::1%1') == ip_address('fe80::1'),
      ip_address('fe80::1%1') == ip_address('fe80::1%1'), ip_address('fe80::1%1') < ip_address('fe80::2'))
print(sorted([ip_address('10.0.0.2'), ip_address('9.255.0.0'), ip_address('10.0.0.10')]))
print(sorted([ip_address('::2'), ip_address('::1%a'), ip_address('::1')]))
print(max(ip_address('::1'), ip_address('::ffff')), min(ip_address('1.1.1.1'), ip_address('0.0.0.1')))
print(hash(IPv4Address('1.2.3.4')) == hash(IPv4Address(16909060)),
      hash(ip_address('::1')) == hash(IPv6Address(1)), len({ip_address('::1'), IPv6Address(1), ip_address('::1%x')}))
d = {ip_address('1.1.1.1'): 'a', ip_address('::1'): 'b'}
print(d[IPv4Address(16843009)], d[IPv6Address('0::1')])

# Formatting.
def fmt(a, spec):
    try:
        return repr(format(a, spec))
    except TypeError as e:
        return 'TypeError: %s' % e

for spec in ['', 's', '>20', '<18s', '>20s', 'q', '#', 'bb', '_', 'b', '#b', '_b', '#_b', 'x', '#x', 'X', '#X', '_x', 'n', '#n', '_n']:
    print(repr(spec), fmt(IPv4Address('192.168.1.10'), spec), fmt(IPv6Address('2001:db8::1'), spec))
print(f'{IPv4Address("1.2.3.4"):#_x} {IPv6Address("::1"):>10s}|')

# Pickling and copying.
for a in [IPv4Address('1.2.3.4'), IPv6Address('2001:db8::1'), IPv6Address('fe80::1%eth0')]:
    p = pickle.loads(pickle.dumps(a))
    print(repr(p), p == a, type(p).__name__, copy.copy(a) == a, copy.deepcopy(a) == a, a.__reduce__())
print(IPv4Address('1.2.3.4').__reduce__())
print(str(IPv6Address('fe80::1%eth0')), IPv6Address('fe80::1%eth0').compressed)
try:
    IPv6Address('fe80::1%eth0').exploded
except ValueError as e:
    print(type(e).__name__, e)
print(isinstance(ip_address('1.1.1.1'), ipaddress._BaseAddress), ipaddress.IPV4LENGTH, ipaddress.IPV6LENGTH)
