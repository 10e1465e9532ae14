# Spectral norm (Computer Language Benchmarks Game): power method on an
# infinite matrix; float arithmetic, nested loops, function calls.
import sys

N = 300   # size knob: matrix dimension

EXPECTED = {40: '1.274167288', 100: "1.274219991", 160: "1.274223093", 200: "1.274223601",
            250: "1.274223867", 300: "1.274223986", 350: "1.274224047"}


def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def eval_A_times_u(u):
    n = len(u)
    result = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_A(i, j) * u[j]
        result.append(s)
    return result


def eval_At_times_u(u):
    n = len(u)
    result = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_A(j, i) * u[j]
        result.append(s)
    return result


def eval_AtA_times_u(u):
    return eval_At_times_u(eval_A_times_u(u))


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = eval_AtA_times_u(u)
        u = eval_AtA_times_u(v)
    vBv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vBv += ue * ve
        vv += ve * ve
    return (vBv / vv) ** 0.5


def main():
    result = "%.9f" % spectral_norm(N)
    if result != EXPECTED[N]:
        print("spectral_norm FAILED: got", result, "expected", EXPECTED[N])
        sys.exit(1)
    print("spectral_norm ok")


main()
