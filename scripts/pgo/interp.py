# PGO training: a tokenizer, a recursive-descent parser and a small stack
# machine -- dict dispatch, if/elif chains, tuples, lists as stacks,
# generators and exceptions.


def tokens(src):
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            yield ("num", int(src[i:j]))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            yield ("name", src[i:j])
            i = j
        elif c in "+-*/%()=<;":
            yield ("op", c)
            i += 1
        else:
            raise SyntaxError(f"bad character {c!r}")


class Parser:
    def __init__(self, src):
        self.toks = list(tokens(src))
        self.pos = 0

    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else ("end", None)

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def expr(self, code):
        self.term(code)
        while self.peek() in (("op", "+"), ("op", "-"), ("op", "<")):
            op = self.take()[1]
            self.term(code)
            code.append(("bin", op))

    def term(self, code):
        self.atom(code)
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            self.atom(code)
            code.append(("bin", op))

    def atom(self, code):
        kind, val = self.take()
        if kind == "num":
            code.append(("push", val))
        elif kind == "name":
            code.append(("load", val))
        elif val == "(":
            self.expr(code)
            self.take()
        else:
            raise SyntaxError(f"unexpected {val!r}")


OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a // b if b else 0,
    "%": lambda a, b: a % b if b else 0,
    "<": lambda a, b: int(a < b),
}


def run(code, env):
    stack = []
    for op, arg in code:
        if op == "push":
            stack.append(arg)
        elif op == "load":
            stack.append(env[arg])
        else:
            b = stack.pop()
            a = stack.pop()
            stack.append(OPS[arg](a, b))
    return stack[-1]


def main():
    src = "(x * 3 + y % 7) * (x - y / 2) + (x < y) * 11 - (y * y) % 13"
    p = Parser(src)
    code = []
    p.expr(code)
    total = 0
    for x in range(900):
        for y in range(1, 60):
            total += run(code, {"x": x, "y": y})
    bad = 0
    for s in ("1 + 2", "3 * (4 - 1)", "2 $ 3", "7 / 0", "(1"):
        try:
            c = []
            Parser(s).expr(c)
            total += run(c, {})
        except (SyntaxError, IndexError):
            bad += 1
    print(total, bad, len(code))


main()
