# PGO training: float arithmetic on objects, lists and tuples (particles,
# a Mandelbrot grid, numerical integration), and plain recursion.
import math


class Particle:
    def __init__(self, x, y, vx, vy, m):
        self.x, self.y, self.vx, self.vy, self.m = x, y, vx, vy, m

    def step(self, dt):
        self.x += self.vx * dt
        self.y += self.vy * dt


def simulate(n, steps):
    ps = [Particle(math.cos(i), math.sin(i), 0.0, 0.0, 1.0 + i % 3) for i in range(n)]
    for _ in range(steps):
        for i in range(n):
            a = ps[i]
            fx = fy = 0.0
            for j in range(n):
                if i != j:
                    b = ps[j]
                    dx = b.x - a.x
                    dy = b.y - a.y
                    d2 = dx * dx + dy * dy + 0.01
                    inv = b.m / (d2 * math.sqrt(d2))
                    fx += dx * inv
                    fy += dy * inv
            a.vx += fx * 0.001
            a.vy += fy * 0.001
        for p in ps:
            p.step(0.01)
    return round(sum(p.x * p.m for p in ps), 6)


def mandelbrot(w, h, limit):
    rows = []
    for py in range(h):
        row = []
        ci = py * 2.0 / h - 1.0
        for px in range(w):
            cr = px * 3.0 / w - 2.0
            zr = zi = 0.0
            k = 0
            while k < limit and zr * zr + zi * zi < 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                k += 1
            row.append(k)
        rows.append(row)
    return sum(map(sum, rows))


def integrate(f, a, b, n):
    h = (b - a) / n
    total = 0.5 * (f(a) + f(b))
    for i in range(1, n):
        total += f(a + i * h)
    return total * h


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def main():
    print(simulate(40, 80), mandelbrot(160, 100, 80),
          round(integrate(lambda t: math.exp(-t * t), 0.0, 2.0, 300000), 9),
          [ackermann(2, 300) for _ in range(3)], tak(22, 16, 8))


main()
