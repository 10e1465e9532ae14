# ipaddress: CPython's error types and messages for bad input and misuse.
import ipaddress
from ipaddress import (IPv4Address, IPv6Address, IPv4Network, IPv6Network, IPv4Interface,
                       IPv6Interface, ip_address, ip_network, ip_interface)

def err(f, *args):
    try:
        r = f(*args)
        if hasattr(r, '__next__'):
            r = list(r)
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for text in ['', '1.2.3', '1.2.3.4.5', '1.2.3.256', '1.2.3.04', '1.2.3.-1', '1.2.3.a', '1.2..4',
             '1.2.3.0004', '1.2.3.٣', '1.2.3.4/24', ' 1.2.3.4', '1.2.3.4 ', '0x1.2.3.4']:
    err(IPv4Address, text)
for text in ['', ':', '::', ':::', '1:2', '1:2:3:4:5:6:7:8:9', '1::2::3', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:',
             '1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8::', '::1:2:3:4:5:6:7:8', 'g::1', '12345::1', '::1.2.3',
             '::1.2.3.256', '1:2:3:4:5:6:7:1.2.3.4', '::1%', '::1%a%b', 'fe80::1/64', ':1::2',
             '1::2:', '1:2:3:4:5:6::7:8', '1:2:3:4:5:6:7::']:
    err(IPv6Address, text)
for value in [-1, 2**32, 2**128, b'\x01\x02\x03', b'\x00' * 5, 1.5, None]:
    err(IPv4Address, value)
    err(IPv6Address, value)
for value in ['1.2.3.4/33', '1.2.3.4/-1', '1.2.3.4/x', '1.2.3.4/255.0.255.0', '1.2.3.4/1.2.3.4',
              '1.2.3.4/', '1.2.3.4/24/1', '1.2.3.4/24', '1.2.3.4/ 24', '1.2.3.4/٣', '1.2.3.0/24.0',
              ('1.2.3.4', 40), ('1.2.3.4', -1), ('1.2.3.4', '33'), ('1.2.3.4', 24, 1), (), '1.2.3.4/0.0.0.256']:
    err(IPv4Network, value)
    err(IPv4Interface, value)
for value in ['::/129', '::/-1', '::/ffff::', '::1/64', '::/x', '1::/64/2', ('::', 200), '::/', '::1%x/128']:
    err(IPv6Network, value)
    err(IPv6Interface, value)
for value in ['x', '1.2.3.4/33', '::/129', '1.2.3.4/24', '', 5.5, -1, 2**128, b'\x01', '::1%']:
    err(ip_address, value)
    err(ip_network, value)
    err(ip_interface, value)
err(ipaddress.v4_int_to_packed, 2**32)
err(ipaddress.v4_int_to_packed, -1)
err(ipaddress.v6_int_to_packed, 2**128)

a4, a6 = IPv4Address('1.2.3.4'), IPv6Address('::1')
n4, n6 = IPv4Network('10.0.0.0/8'), IPv6Network('2001:db8::/32')
err(lambda: a4 < a6)
err(lambda: a4 > a6)
err(lambda: a4 <= n4)
err(lambda: n4 < n6)
err(lambda: n4 < a4)
err(lambda: a4 + 1.0)
err(lambda: a4 + 2**32)
err(lambda: a4 - 2**32)
err(lambda: IPv4Address('255.255.255.255') + 1)
err(lambda: IPv6Address('::') - 1)
err(lambda: 5 in n4)
err(lambda: a6 in n4)
err(n4.overlaps, n6)
err(n4.subnet_of, n6)
err(n4.subnet_of, a4)
err(n4.supernet_of, 'x')
err(n4.compare_networks, n6)
err(n4.address_exclude, n6)
err(n4.address_exclude, a4)
err(n4.address_exclude, IPv4Network('11.0.0.0/8'))
err(n4.subnets, 1, 10)
err(n4.subnets, -1)
err(n4.subnets, 25)
err(n4.subnets, 1, 4)
err(n4.supernet, 9)
err(n4.supernet, 1, 16)
err(n4.supernet, 2, 4)
err(ipaddress.summarize_address_range, n4, a4)
err(ipaddress.summarize_address_range, a4, a6)
err(ipaddress.summarize_address_range, IPv4Address('1.2.3.5'), a4)
err(ipaddress.collapse_addresses, [a4, a6])
err(ipaddress.collapse_addresses, [n4, n6])
err(ipaddress.collapse_addresses, [a4, IPv6Network('::1/128')])
err(lambda: IPv4Network('1.2.3.0/30')[4])
err(lambda: IPv6Network('::/126')[-5])
err(format, a4, 'q')
err(format, a6, '10x')
print(issubclass(ipaddress.AddressValueError, ValueError), issubclass(ipaddress.NetmaskValueError, ValueError))
