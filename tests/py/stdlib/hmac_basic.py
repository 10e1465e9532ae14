# hmac: RFC 2202 / RFC 4231 vectors, the HMAC object API, errors and
# compare_digest.
import hashlib
import hmac


def err(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# RFC 2202 (MD5 and SHA-1).
print(hmac.new(b'\x0b' * 16, b'Hi There', 'md5').hexdigest())
print(hmac.new(b'Jefe', b'what do ya want for nothing?', 'md5').hexdigest())
print(hmac.new(b'\xaa' * 16, b'\xdd' * 50, hashlib.md5).hexdigest())
print(hmac.new(b'\xaa' * 80, b'Test Using Larger Than Block-Size Key - '
               b'Hash Key First', 'md5').hexdigest())
print(hmac.new(b'\x0b' * 20, b'Hi There', 'sha1').hexdigest())
print(hmac.new(b'Jefe', b'what do ya want for nothing?', 'sha1').hexdigest())
print(hmac.new(b'\xaa' * 80, b'Test Using Larger Than Block-Size Key and '
               b'Larger Than One Block-Size Data', 'sha1').hexdigest())

# RFC 4231 (SHA-2).
cases = [
    (b'\x0b' * 20, b'Hi There'),
    (b'Jefe', b'what do ya want for nothing?'),
    (b'\xaa' * 20, b'\xdd' * 50),
    (bytes(range(1, 26)), b'\xcd' * 50),
    (b'\xaa' * 131, b'Test Using Larger Than Block-Size Key - Hash Key First'),
    (b'\xaa' * 131, b'This is a test using a larger than block-size key and a '
                    b'larger than block-size data. The key needs to be '
                    b'hashed before being used by the HMAC algorithm.'),
]
for key, msg in cases:
    for name in ('sha224', 'sha256', 'sha384', 'sha512'):
        print(name, hmac.new(key, msg, name).hexdigest())

# The object API.
h = hmac.new(b'key', digestmod='sha256')
print(h.name, h.digest_size, h.block_size, hmac.HMAC.blocksize)
h.update(b'The quick brown fox ')
c = h.copy()
h.update(b'jumps over the lazy dog')
print(h.hexdigest())
print(h.digest() == hmac.new(b'key', b'The quick brown fox jumps over the '
                             b'lazy dog', hashlib.sha256).digest())
print(c.hexdigest())
c.update(b'!')
print(c.hexdigest(), h.hexdigest() != c.hexdigest())
print(isinstance(h, hmac.HMAC), type(h).__name__)
h = hmac.HMAC(bytearray(b'k'), bytearray(b'data'), digestmod=hashlib.sha512)
print(h.name, h.digest_size, h.block_size, h.hexdigest())
print(hmac.new(b'k', memoryview(b'data'), 'sha384').hexdigest())
print(hmac.new(b'k', b'data', hashlib.new('sha1').__class__ and 'SHA1').name)
print(hmac.new(b'', b'', 'md5').hexdigest())
print(hmac.new(b'k' * 64, b'x', 'sha1').hexdigest())
print(hmac.new(b'k' * 65, b'x', 'sha1').hexdigest())
print(hmac.new(b'k', b'x', lambda d=b'': hashlib.sha256(d)).hexdigest())

# hmac.digest is the one-shot form.
print(hmac.digest(b'key', b'message', 'sha256').hex())
print(hmac.digest(memoryview(b'key'), bytearray(b'message'), 'md5').hex())
print(hmac.digest(b'key', b'message', hashlib.sha1).hex())
print(hmac.digest_size, len(hmac.trans_5C), hmac.trans_36[:4],
      hmac.trans_5C[:4])

# Errors.
err(lambda: hmac.new('key', b'', 'sha256'))
err(lambda: hmac.new(memoryview(b'k'), b'', 'sha256'))
err(lambda: hmac.new(b'k', b''))
err(lambda: hmac.new(b'k', b'', None))
err(lambda: hmac.new(b'k', 'text', 'sha256'))
err(lambda: hmac.new(b'k', b'', 'nosuch'))
err(lambda: hmac.new(b'k', b'', 5))
err(lambda: hmac.new(b'k', digestmod='md5').update('x'))
err(lambda: hmac.new(b'k', digestmod='md5').update(1))
err(lambda: hmac.digest('k', b'', 'sha256'))
err(lambda: hmac.digest(b'k', 1, 'sha256'))
err(lambda: hmac.digest(b'k', b'', 'nosuch'))

# compare_digest.
pairs = [(b'abc', b'abc'), (b'abc', b'abd'), (b'abc', b'ab'), (b'', b''),
         ('abc', 'abc'), ('abc', 'abd'), ('', 'x'),
         (bytearray(b'xy'), b'xy'), (memoryview(b'xy'), bytearray(b'xz')),
         ('a', b'a'), (b'a', 'a'), (1, b'a'), (b'a', 1), (1, 1), ('a', 1),
         (1, 'a'), ('a', '\xe9'), ('\u20ac', '\u20ac'), ([1], [1]),
         (None, None)]
for x, y in pairs:
    err(lambda: hmac.compare_digest(x, y))
err(lambda: hmac.compare_digest(b'a'))
