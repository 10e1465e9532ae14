# hashlib: longer inputs, pbkdf2_hmac and file_digest.
import hashlib
import io

million = b'a' * 40000
print(hashlib.sha224(million[:40000]).hexdigest())
print(hashlib.sha512(million[:20000]).hexdigest())
print(hashlib.sha384(million[:20000]).hexdigest())

# The same long input fed in uneven chunks.
h = hashlib.sha256()
pos = 0
step = 1
while pos < 20000:
    h.update(million[pos:pos + step])
    pos += step
    step = step * 3 % 1000 + 1
print(h.hexdigest() == hashlib.sha256(million[:pos]).hexdigest())

# pbkdf2_hmac against the RFC 6070 vectors and more.
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 1).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 300).hex())
print(hashlib.pbkdf2_hmac('sha1', b'passwordPASSWORDpassword',
                          b'saltSALTsaltSALTsaltSALTsaltSALTsalt', 100,
                          25).hex())
print(hashlib.pbkdf2_hmac('sha1', b'pass\0word', b'sa\0lt', 50, 16).hex())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1).hex())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 100, 50).hex())
print(hashlib.pbkdf2_hmac('sha512', b'password', b'salt', 20, 100).hex())
print(hashlib.pbkdf2_hmac('sha384', b'k' * 200, b'', 3).hex())
print(hashlib.pbkdf2_hmac('md5', bytearray(b'pw'), memoryview(b'salt'),
                          10, 40).hex())
print(hashlib.pbkdf2_hmac('sha224', b'pw', b'salt', 5, 1).hex())
print(hashlib.pbkdf2_hmac(hash_name='sha256', password=b'p', salt=b's',
                          iterations=2, dklen=None).hex())


def err(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


err(lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 0))
err(lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 1, 0))
err(lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 1, -5))
err(lambda: hashlib.pbkdf2_hmac('sha256', 'p', b's', 1))
err(lambda: hashlib.pbkdf2_hmac('sha256', b'p', 's', 1))
err(lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 1.0))
err(lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 1, 2.0))
err(lambda: hashlib.pbkdf2_hmac(1, b'p', b's', 1))

# file_digest reads a binary file object.
print(hashlib.file_digest(io.BytesIO(million[:20000]), 'sha256').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'abc'), hashlib.md5).hexdigest())
print(hashlib.file_digest(io.BytesIO(b''), lambda: hashlib.new('sha1'))
      .hexdigest())
import os
import tempfile
fd, path = tempfile.mkstemp()
os.close(fd)
try:
    with open(path, 'wb') as f:
        f.write(million[:20000] + b'end')
    with open(path, 'rb') as f:
        print(hashlib.file_digest(f, 'md5').hexdigest())
    with open(path, 'rb') as f:
        print(hashlib.file_digest(f, 'sha1', _bufsize=1000).hexdigest())
finally:
    os.unlink(path)
try:
    hashlib.file_digest(io.StringIO('x'), 'sha256')
except ValueError as e:
    print(type(e).__name__, str(e).endswith(
        'is not a file-like object in binary reading mode.'))
err(lambda: hashlib.file_digest(io.BytesIO(b'x'), 'nope'))
