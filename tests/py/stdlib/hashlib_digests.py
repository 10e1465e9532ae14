# hashlib: MD5, SHA-1 and SHA-2 digests on many inputs and block boundaries.
import hashlib

NAMES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']

inputs = [b'', b'a', b'abc', b'message digest',
          b'abcdefghijklmnopqrstuvwxyz',
          b'The quick brown fox jumps over the lazy dog',
          b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
          bytes(range(256))]
for n in NAMES:
    for data in inputs:
        print(n, len(data), hashlib.new(n, data).hexdigest())

# Every length around the 64- and 128-byte block boundaries, where the
# padding needs one block or two.
for n in NAMES:
    for size in [54, 55, 56, 57, 63, 64, 65, 111, 112, 113, 119, 120,
                 127, 128, 129, 191, 192, 255, 256]:
        data = bytes((i * 7 + size) & 0xFF for i in range(size))
        print(n, size, hashlib.new(n, data).hexdigest())

# Feeding the data in pieces gives the same digest.
data = bytes(range(256)) * 5
for n in NAMES:
    whole = hashlib.new(n, data).hexdigest()
    for step in (1, 3, 63, 64, 65, 127, 200):
        h = hashlib.new(n)
        for i in range(0, len(data), step):
            h.update(data[i:i + step])
        print(n, step, h.hexdigest() == whole)

# The module-level constructors and their attributes.
for cons in (hashlib.md5, hashlib.sha1, hashlib.sha224, hashlib.sha256,
             hashlib.sha384, hashlib.sha512):
    h = cons(b'hello')
    print(h.name, h.digest_size, h.block_size, len(h.digest()),
          h.hexdigest())
    print(cons().hexdigest() == hashlib.new(h.name).hexdigest())

# digest() does not end the hash; copy() forks it.
h = hashlib.sha256(b'abc')
d1 = h.digest()
print(d1 == h.digest(), d1.hex() == h.hexdigest())
c = h.copy()
c.update(b'def')
print(h.hexdigest())
print(c.hexdigest())
print(hashlib.sha256(b'abcdef').hexdigest() == c.hexdigest())
m = hashlib.md5()
m.update(b'Nobody inspects')
m.update(b' the spammish repetition')
print(m.digest())
print(m.hexdigest())

# Bytes-like objects are accepted.
print(hashlib.sha1(bytearray(b'abc')).hexdigest())
print(hashlib.sha1(memoryview(b'xabcx')[1:4]).hexdigest())
h = hashlib.md5()
h.update(bytearray(b'ab'))
h.update(memoryview(b'c'))
print(h.hexdigest())

# new() and its names.
print(hashlib.new('SHA256', b'abc').hexdigest())
print(hashlib.new('Md5', b'abc').name)
print(hashlib.new('sha512_256', b'abc').hexdigest())
print(hashlib.new('sha512_224', b'abc').hexdigest())
print(hashlib.new('sha512_224', b'a' * 200).hexdigest())
h = hashlib.new('sha512_256')
print(h.name, h.digest_size, h.block_size)
print(hashlib.new(name='sha1', data=b'abc').hexdigest())
print(hashlib.sha256(string=b'abc').hexdigest())
print(hashlib.sha256(b'abc', usedforsecurity=False).hexdigest())
print(sorted(hashlib.algorithms_guaranteed & set(NAMES)))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(all(hasattr(hashlib, n) for n in hashlib.algorithms_guaranteed))


def err(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


err(lambda: hashlib.new('foo'))
err(lambda: hashlib.new(1))
err(lambda: hashlib.new('md5', 'text'))
err(lambda: hashlib.sha256('text'))
err(lambda: hashlib.sha256(1))
err(lambda: hashlib.sha256([1, 2]))
err(lambda: hashlib.sha256().update('x'))
err(lambda: hashlib.sha256().update(None))
err(lambda: hashlib.md5().update(3.5))
