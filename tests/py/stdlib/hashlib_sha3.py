# hashlib: SHA-3 and SHAKE, and the argument handling of the constructors.
import hashlib

NAMES = ['sha3_224', 'sha3_256', 'sha3_384', 'sha3_512']
for n in NAMES:
    for data in [b'', b'abc', b'a' * 71, b'a' * 72, b'a' * 73, b'a' * 103,
                 b'a' * 104, b'a' * 135, b'a' * 136, b'a' * 137, b'a' * 143,
                 b'a' * 144, b'a' * 145, bytes(range(256)) * 2]:
        print(n, len(data), hashlib.new(n, data).hexdigest())
    h = hashlib.new(n)
    print(h.name, h.digest_size, h.block_size)

for n in ['shake_128', 'shake_256']:
    for data in [b'', b'abc', b'x' * 167, b'x' * 168, b'x' * 300]:
        h = hashlib.new(n, data)
        print(n, len(data), h.hexdigest(16), h.digest(5).hex())
    h = hashlib.new(n, b'abc')
    print(h.name, h.digest_size, h.block_size)
    print(len(h.digest(0)), len(h.digest(1000)), h.digest(400)[-8:].hex())
    print(h.digest(length=3), h.hexdigest(length=3))

# Incremental updates and copies.
data = bytes(range(200)) * 3
for n in NAMES + ['shake_128']:
    h = hashlib.new(n)
    for i in range(0, len(data), 37):
        h.update(data[i:i + 37])
    c = h.copy()
    c.update(b'more')
    if n.startswith('shake'):
        print(n, h.hexdigest(20) == hashlib.new(n, data).hexdigest(20),
              c.hexdigest(20))
    else:
        print(n, h.hexdigest() == hashlib.new(n, data).hexdigest(),
              c.hexdigest())
print(hashlib.sha3_256(b'a' * 20000).hexdigest())
print(hashlib.shake_256(b'a' * 5000).hexdigest(64))


def err(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# Names: CPython's own spellings, and OpenSSL's in any case.
for name in ['sha3_256', 'SHA3-256', 'sha3-512', 'SHA3_256', 'shake128',
             'SHAKE256', 'shake_128', 'SHAKE_128', 'MD5', 'SHA-1', 'sha-256',
             'SHA512-224', 'sha512_256', 'SHA-512/256', 'sha2-384', 'blah']:
    err(lambda: hashlib.new(name).name)

err(lambda: hashlib.shake_128(b'x').digest())
err(lambda: hashlib.shake_128(b'x').hexdigest())
err(lambda: hashlib.shake_128(b'x').digest(1.5))
err(lambda: hashlib.sha3_256('text'))
err(lambda: hashlib.pbkdf2_hmac('sha3_256', b'pw', b'salt', 10).hex())
err(lambda: hashlib.pbkdf2_hmac('sha3_512', b'pw', b'salt', 3, 80).hex())
err(lambda: hashlib.pbkdf2_hmac('shake_128', b'pw', b'salt', 3))

# Constructor arguments.
err(lambda: hashlib.sha256(string=b'abc').hexdigest())
err(lambda: hashlib.sha256(b'abc', string=b'abc'))
err(lambda: hashlib.sha256(b'a', b'b'))
err(lambda: hashlib.sha256(data=b'abc'))
err(lambda: hashlib.md5(foo=1))
err(lambda: hashlib.sha3_256(usedforsecurity=False).name)
err(lambda: hashlib.sha256(None))
err(lambda: hashlib.new('sha256', b'a', string=b'b'))
err(lambda: hashlib.new('sha256', b'a', foo=1))
err(lambda: hashlib.new('sha256', b'a', usedforsecurity=False).hexdigest())
err(lambda: hashlib.new('sha256', None))
err(lambda: hashlib.sha256().update())
err(lambda: hashlib.sha256().update(b'', b''))
print(hashlib.sha256.__name__, hashlib.sha3_224.__name__)
