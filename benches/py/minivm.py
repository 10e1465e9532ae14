# A small interpreter loop: assemble a textual stack-machine program (with
# labels, calls and locals) and run it on a dispatch loop. Verified against
# the same computation written directly in Python.
import sys

LIMIT = 25000  # size knob: the VM program sums primes and gcds below LIMIT

# LIMIT -> (VM output, instructions executed); pi(3000) = 430, pi(25000) = 2762
EXPECTED = {
    3000: ([430, 593823, 31265], 566771),
    25000: ([2762, 32405717, 262283], 7957629),
}

SOURCE = """
# main: count primes below n and sum their values; also sum gcd(i, 360)
        push 2
        store i
        push 0
        store count
        push 0
        store total
        push 0
        store gsum
loop:   load i
        load n
        lt
        jz done
        load i
        call isprime
        jz notprime
        load count
        push 1
        add
        store count
        load total
        load i
        add
        store total
notprime:
        load i
        push 360
        call gcd
        load gsum
        add
        store gsum
        load i
        push 1
        add
        store i
        jmp loop
done:   load count
        print
        load total
        print
        load gsum
        print
        halt

# isprime(k) -> 0/1 by trial division
isprime: store k
        push 2
        store d
ploop:  load d
        load d
        mul
        load k
        gt
        jnz pyes
        load k
        load d
        mod
        jz pno
        load d
        push 1
        add
        store d
        jmp ploop
pyes:   push 1
        ret
pno:    push 0
        ret

# gcd(a, b) by Euclid
gcd:    store b
        store a
gloop:  load b
        jz gdone
        load a
        load b
        mod
        load b
        store a
        store b
        jmp gloop
gdone:  load a
        ret
"""

OPS = ["push", "load", "store", "add", "sub", "mul", "mod", "lt", "gt", "jmp",
       "jz", "jnz", "call", "ret", "print", "halt", "dup"]
OPCODE = {name: i for i, name in enumerate(OPS)}


class AssemblyError(Exception):
    pass


def assemble(source):
    labels = {}
    raw = []
    for line in source.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if ":" in line:
            label, _, line = line.partition(":")
            labels[label.strip()] = len(raw)
            line = line.strip()
            if not line:
                continue
        parts = line.split()
        raw.append((parts[0], parts[1] if len(parts) > 1 else None))
    code = []
    varnames = {}
    for op, arg in raw:
        if op not in OPCODE:
            raise AssemblyError("unknown op " + op)
        if op in ("jmp", "jz", "jnz", "call"):
            arg = labels[arg]
        elif op in ("load", "store"):
            arg = varnames.setdefault(arg, len(varnames))
        elif op == "push":
            arg = int(arg)
        code.append((OPCODE[op], arg))
    return code, varnames


class VM(object):

    def __init__(self, code, nvars):
        self.code = code
        self.nvars = nvars
        self.output = []
        self.steps = 0

    def run(self, env):
        code = self.code
        stack = []
        push = stack.append
        pop = stack.pop
        frames = []
        variables = [0] * self.nvars
        for slot, value in env.items():
            variables[slot] = value
        pc = 0
        steps = 0
        while True:
            op, arg = code[pc]
            pc += 1
            steps += 1
            if op == 1:                    # load
                push(variables[arg])
            elif op == 2:                  # store
                variables[arg] = pop()
            elif op == 0:                  # push
                push(arg)
            elif op == 10:                 # jz
                if pop() == 0:
                    pc = arg
            elif op == 11:                 # jnz
                if pop() != 0:
                    pc = arg
            elif op == 9:                  # jmp
                pc = arg
            elif op == 3:
                b = pop()
                push(pop() + b)
            elif op == 4:
                b = pop()
                push(pop() - b)
            elif op == 5:
                b = pop()
                push(pop() * b)
            elif op == 6:
                b = pop()
                push(pop() % b)
            elif op == 7:
                b = pop()
                push(1 if pop() < b else 0)
            elif op == 8:
                b = pop()
                push(1 if pop() > b else 0)
            elif op == 12:                 # call: save pc and all locals
                frames.append((pc, variables[:]))
                pc = arg
            elif op == 13:                 # ret: restore locals, keep result
                pc, saved = frames.pop()
                variables[:] = saved
            elif op == 14:
                self.output.append(pop())
            elif op == 16:
                push(stack[-1])
            elif op == 15:
                break
            else:
                raise RuntimeError("bad opcode %d" % op)
        self.steps = steps
        return self.output


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def reference(n):
    count = total = gsum = 0
    for i in range(2, n):
        d = 2
        prime = True
        while d * d <= i:
            if i % d == 0:
                prime = False
                break
            d += 1
        if prime:
            count += 1
            total += i
        gsum += gcd(i, 360)
    return [count, total, gsum]


def main():
    code, varnames = assemble(SOURCE)
    vm = VM(code, len(varnames))
    out = vm.run({varnames["n"]: LIMIT})
    want = reference(LIMIT)
    if out != want:
        print("minivm FAILED: got", out, "expected", want)
        sys.exit(1)
    if LIMIT in EXPECTED and (out, vm.steps) != EXPECTED[LIMIT]:
        print("minivm FAILED: got", out, vm.steps, "expected", EXPECTED[LIMIT])
        sys.exit(1)
    print("minivm ok")


main()
