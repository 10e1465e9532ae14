# hashlib: long inputs of 'a' (100,000 bytes), whole and in chunks.
import hashlib

million = b'a' * 100000
print(hashlib.md5(million).hexdigest())
print(hashlib.sha1(million).hexdigest())
print(hashlib.sha256(million).hexdigest())
h = hashlib.md5()
for i in range(0, 100000, 10000):
    h.update(million[i:i + 10000])
print(h.hexdigest())
