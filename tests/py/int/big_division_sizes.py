# Floor division, modulo and divmod of big ints whose quotient is small
# (operands of similar size) or large, across signs and the 64-bit edges.
def check(a, b):
    q, r = divmod(a, b)
    assert q == a // b and r == a % b
    assert q * b + r == a
    return q, r


pairs = []
for bits in (64, 65, 100, 127, 128, 129, 300):
    b = (1 << bits) - 12345
    for extra in (0, 1, 40, 61, 62, 63, 64, 150):
        a = (3 ** (bits + extra)) % (1 << (bits + extra)) + (1 << (bits + extra - 1))
        pairs.append((a, b))
pairs.append(((1 << 126) - 1, 1 << 64))
pairs.append(((1 << 200) * 7, (1 << 200) + 1))
pairs.append(((1 << 200) + 1, (1 << 200) + 1))
pairs.append(((1 << 200), (1 << 200) + 1))

total = 0
for a, b in pairs:
    for x, y in ((a, b), (-a, b), (a, -b), (-a, -b)):
        q, r = check(x, y)
        total += q.bit_length() + r.bit_length()
        print(q if q.bit_length() < 70 else hex(q)[:20], hex(r)[:24])
print(total)

# pi digits by a spigot: every division has a one-digit quotient
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out
print("".join(map(str, pi_digits(300))))
print(divmod(-(10 ** 40), 10 ** 40 + 1), divmod(10 ** 40, -(10 ** 40 + 1)), (-(10 ** 40)) % (10 ** 40))
