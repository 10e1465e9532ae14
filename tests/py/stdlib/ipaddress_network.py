# ipaddress: networks and interfaces: properties, iteration, subnets,
# supernets, exclusion, summarizing and collapsing.
import copy
import pickle
import ipaddress
from ipaddress import (IPv4Network, IPv6Network, IPv4Interface, IPv6Interface,
                       IPv4Address, IPv6Address, ip_network, ip_interface, ip_address)

for text in ['192.168.0.0/24', '10.0.0.0/255.0.0.0', '172.16.0.0/0.15.255.255', '0.0.0.0/0',
             '1.2.3.4/32', '1.2.3.4/31', '127.0.0.0/8', '224.0.0.0/4', '100.64.0.0/10',
             '100.64.0.0/11', '169.254.0.0/16', '240.0.0.0/4', '0.0.0.0/8', '192.0.0.0/29',
             '2001:db8::/32', '::/0', '::1/128', 'fe80::/10', 'fec0::/10', 'ff00::/8',
             '::ffff:0:0/96', '2001::/16', '2002::/16', 'fc00::/7', '::/127', '::/8']:
    n = ip_network(text)
    print(repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen,
          n.num_addresses, n.with_prefixlen, n.with_netmask, n.with_hostmask)
    print('  ', n.is_private, n.is_global, n.is_multicast, n.is_loopback, n.is_link_local,
          n.is_reserved, n.is_unspecified, getattr(n, 'is_site_local', '-'), n.exploded, n.compressed)

print(ip_network(('10.1.0.0', 16)), ip_network((167837696, '255.255.0.0')), ip_network(3232235520),
      ip_network(b'\xc0\xa8\x00\x00'), ip_network(('::', 64)), ip_network(('1.2.3.4',)))
print(ip_network('10.1.2.3/8', strict=False), IPv6Network('2001:db8::1/64', False))
print(IPv4Network('1.2.3.4/0.0.0.0', False), IPv4Network('1.2.3.4/255.255.255.255'), IPv4Network('1.2.3.0/0.0.0.255'))

n = IPv4Network('192.168.1.0/29')
print(list(n), list(n.hosts()), n[0], n[3], n[-1], n[-8], len(list(n.subnets())))
for idx in (8, -9):
    try:
        n[idx]
    except IndexError as e:
        print('IndexError', e)
print(list(IPv4Network('1.2.3.0/31').hosts()), IPv4Network('1.2.3.4/32').hosts(),
      list(IPv4Network('1.2.3.4/30').hosts()))
print(list(IPv6Network('::/126').hosts()), list(IPv6Network('::/127').hosts()),
      IPv6Network('::5/128').hosts(), list(IPv6Network('::/125'))[-1])
print(ip_address('192.168.1.3') in n, ip_address('192.168.1.8') in n, ip_address('::1') in n,
      IPv4Network('192.168.1.0/30') in n, ip_interface('192.168.1.2/24') in n)

n = IPv4Network('10.0.0.0/22')
print(list(n.subnets()), list(n.subnets(2)), list(n.subnets(new_prefix=24)))
print(n.supernet(), n.supernet(6), n.supernet(new_prefix=8), IPv4Network('0.0.0.0/0').supernet())
print(list(IPv4Network('1.1.1.1/32').subnets()), list(IPv6Network('2001:db8::/126').subnets(1)))
print(IPv6Network('2001:db8::/64').supernet(new_prefix=32), list(IPv6Network('2001:db8::/62').subnets(new_prefix=64)))
a = IPv4Network('10.0.0.0/8')
b = IPv4Network('10.1.0.0/16')
print(a.overlaps(b), b.overlaps(a), a.overlaps(IPv4Network('11.0.0.0/8')), b.subnet_of(a),
      a.subnet_of(b), a.supernet_of(b), a.subnet_of(a), a.compare_networks(b), b.compare_networks(a),
      a.compare_networks(IPv4Network('10.0.0.0/8')))
print(list(a.address_exclude(IPv4Network('10.255.255.0/24'))))
print(list(IPv4Network('192.0.2.0/28').address_exclude(IPv4Network('192.0.2.1/32'))))
print(list(IPv6Network('2001:db8::/125').address_exclude(IPv6Network('2001:db8::4/126'))))
print(list(a.address_exclude(a)))
print(a == IPv4Network('10.0.0.0/255.0.0.0'), a != b, a < b, b < a, a <= b, a > b, a == '10.0.0.0/8',
      hash(a) == hash(IPv4Network('10.0.0.0/8')))
print(sorted([IPv4Network('10.0.0.0/16'), IPv4Network('9.0.0.0/8'), IPv4Network('10.0.0.0/8')]))
print(sorted([IPv4Network('10.0.0.0/16'), IPv4Address('10.0.0.0'), IPv6Network('::/0'), IPv6Address('::'),
              IPv4Network('10.0.0.0/8')], key=ipaddress.get_mixed_type_key))
print(ipaddress.get_mixed_type_key(IPv4Network('1.0.0.0/8')), ipaddress.get_mixed_type_key(IPv6Address('::1')),
      ipaddress.get_mixed_type_key('x'))

# summarize_address_range and collapse_addresses.
print(list(ipaddress.summarize_address_range(IPv4Address('192.0.2.0'), IPv4Address('192.0.2.130'))))
print(list(ipaddress.summarize_address_range(IPv4Address('0.0.0.0'), IPv4Address('255.255.255.255'))))
print(list(ipaddress.summarize_address_range(IPv4Address('1.2.3.4'), IPv4Address('1.2.3.4'))))
print(list(ipaddress.summarize_address_range(IPv6Address('::1'), IPv6Address('::1:0'))))
print(list(ipaddress.summarize_address_range(IPv6Address('ffff:ffff:ffff:ffff:ffff:ffff:ffff:fff0'),
                                             IPv6Address('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'))))
print(list(ipaddress.collapse_addresses([IPv4Network('192.0.2.0/25'), IPv4Network('192.0.2.128/25')])))
print(list(ipaddress.collapse_addresses([IPv4Address('10.0.0.%d' % i) for i in (1, 2, 3, 4, 5, 6, 7, 9, 0)])))
print(list(ipaddress.collapse_addresses([IPv4Network('10.0.0.0/24'), IPv4Network('10.0.0.0/16'),
                                         IPv4Network('10.1.0.0/16'), IPv4Address('10.2.0.1'),
                                         IPv4Network('10.2.0.0/32'), IPv4Interface('10.2.0.2/8')])))
print(list(ipaddress.collapse_addresses([IPv6Network('::/1'), IPv6Network('8000::/1'), IPv6Address('::1')])))
print(list(ipaddress.collapse_addresses([])))

# Interfaces.
for text in ['192.168.1.5/24', '10.0.0.1/255.255.0.0', '1.2.3.4', '2001:db8::5/64', 'fe80::1%eth0/64', '::1/128', '::/64']:
    i = ip_interface(text)
    print(repr(i), str(i), i.ip, i.network, i.netmask, i.hostmask, i.with_prefixlen, i.with_netmask,
          i.with_hostmask, i.is_private, i.is_loopback, i.is_unspecified, i.version)
i = IPv4Interface('192.168.1.5/24')
j = IPv4Interface('192.168.1.6/24')
k = IPv4Interface('192.168.1.5/16')
print(i == j, i == IPv4Interface('192.168.1.5/24'), i == k, i == IPv4Address('192.168.1.5'),
      IPv4Address('192.168.1.5') == i, i < j, j < i, k < i, i < k, IPv4Address('192.168.1.5') < i, i < IPv4Address('192.168.1.9'))
print(sorted([j, k, i]), hash(i) == hash(IPv4Interface('192.168.1.5/255.255.255.0')), i + 1, i.exploded)
print(IPv6Interface('2001:db8::5/64').exploded, IPv6Interface('::1/64').is_loopback)
for obj in [IPv4Network('10.0.0.0/8'), IPv6Network('2001:db8::/32'), i, IPv6Interface('fe80::1%eth0/64')]:
    p = pickle.loads(pickle.dumps(obj))
    print(repr(p), p == obj, copy.deepcopy(obj) == obj, obj.__reduce__())
