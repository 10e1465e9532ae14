# secrets: only types, lengths and ranges are checked, never values.
import secrets
import string

print(secrets.DEFAULT_ENTROPY)
print(sorted(secrets.__all__))

t = secrets.token_bytes()
print(type(t).__name__, len(t))
for n in (0, 1, 5, 16, 100):
    print(n, len(secrets.token_bytes(n)), len(secrets.token_hex(n)),
          len(secrets.token_urlsafe(n)))
print(len(secrets.token_hex()), len(secrets.token_urlsafe()))
print(all(c in string.hexdigits[:16] for c in secrets.token_hex(64)))
safe = set(string.ascii_letters + string.digits + '-_')
print(all(set(secrets.token_urlsafe(n)) <= safe for n in range(40)))
print(type(secrets.token_hex(3)).__name__,
      type(secrets.token_urlsafe(3)).__name__)

# Values stay in range, and every value of a small range shows up.
seen = set()
for _ in range(400):
    v = secrets.randbelow(7)
    assert 0 <= v < 7
    seen.add(v)
print(sorted(seen))
print(secrets.randbelow(1))
print(all(0 <= secrets.randbelow(10 ** 30) < 10 ** 30 for _ in range(50)))
for k in (0, 1, 7, 8, 9, 64, 100):
    print(k, all(0 <= secrets.randbits(k) < 2 ** k for _ in range(50)))
print(max(secrets.randbits(5) for _ in range(500)) < 32)
print(secrets.randbits(0))
seq = ['red', 'green', 'blue']
print(all(secrets.choice(seq) in seq for _ in range(50)))
print(sorted(set(secrets.choice('ab') for _ in range(200))))
print(secrets.choice([42]), secrets.choice('z'), secrets.choice(range(5, 6)))

# SystemRandom draws from the operating system.
r = secrets.SystemRandom()
x = r.random()
print(type(x).__name__, 0.0 <= x < 1.0)
print(all(1 <= r.randint(1, 6) <= 6 for _ in range(100)))
print(all(10 <= r.randrange(10, 20, 3) < 20 for _ in range(100)))
print(len(r.randbytes(10)), type(r.randbytes(0)).__name__)
items = list(range(20))
r.shuffle(items)
print(sorted(items) == list(range(20)))
print(len(r.sample(range(100), 10)), len(set(r.sample(range(100), 10))))
print(0.0 <= r.uniform(0, 1) <= 1.0, type(r.gauss(0, 1)).__name__)
print(r.seed(5), isinstance(r.getrandbits(10), int))
print(secrets.compare_digest(b'abc', b'abc'), secrets.compare_digest('a', 'b'))
alphabet = string.ascii_letters + string.digits
password = ''.join(secrets.choice(alphabet) for _ in range(12))
print(len(password), all(c in alphabet for c in password))


def err(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


err(lambda: secrets.token_bytes(-1))
err(lambda: secrets.token_hex(1.5))
err(lambda: secrets.randbelow(0))
err(lambda: secrets.randbelow(-3))
err(lambda: secrets.choice([]))
err(lambda: secrets.randbits(-1))
err(lambda: r.getstate())
err(lambda: secrets.compare_digest('\xe9', 'e'))
