# hashlib: the classic test vector, a million bytes of 'a'.
import hashlib

million = b'a' * 1000000
print(hashlib.md5(million).hexdigest())
print(hashlib.sha1(million).hexdigest())
print(hashlib.sha256(million).hexdigest())
h = hashlib.md5()
for i in range(0, 1000000, 100000):
    h.update(million[i:i + 100000])
print(h.hexdigest())
