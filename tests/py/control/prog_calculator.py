class Token:
    def __init__(self, kind, value):
        self.kind = kind
        self.value = value
    def __repr__(self):
        return f"Token({self.kind}, {self.value!r})"

class CalcError(Exception):
    pass

def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(Token("NUM", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(Token("NAME", src[i:j]))
            i = j
        elif ch in "+-*/%^()=":
            tokens.append(Token("OP", ch))
            i += 1
        else:
            raise CalcError(f"bad character {ch!r} at {i}")
    tokens.append(Token("EOF", None))
    return tokens

class Parser:
    def __init__(self, tokens, env):
        self.toks = tokens
        self.pos = 0
        self.env = env
    def peek(self):
        return self.toks[self.pos]
    def take(self, kind=None, value=None):
        t = self.toks[self.pos]
        if kind and t.kind != kind or value and t.value != value:
            raise CalcError(f"expected {value or kind}, got {t.value!r}")
        self.pos += 1
        return t
    def statement(self):
        if self.peek().kind == "NAME" and self.toks[self.pos + 1].value == "=":
            name = self.take("NAME").value
            self.take("OP", "=")
            val = self.expr()
            self.env[name] = val
            return val
        return self.expr()
    def expr(self):
        v = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            r = self.factor()
            if op in "/%" and r == 0:
                raise CalcError("division by zero")
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def factor(self):
        base = self.unary()
        if self.peek().value == "^":
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek().value == "-":
            self.take()
            return -self.unary()
        return self.atom()
    def atom(self):
        t = self.peek()
        if t.kind == "NUM":
            return self.take().value
        if t.kind == "NAME":
            self.take()
            try:
                return self.env[t.value]
            except KeyError:
                raise CalcError(f"undefined: {t.value}") from None
        if t.value == "(":
            self.take()
            v = self.expr()
            self.take("OP", ")")
            return v
        raise CalcError(f"unexpected {t.value!r}")

env = {"pi": 3.14159}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "x = 10", "x * pi",
         "y = x / 4", "y % 3", "7 / 0", "2 $ 3", "(1 + 2", "z + 1", "10 - 4 - 3", "1.5 * 4",
         "2 ^ 100", "100 / 3", "-(-(-1))", ""]
for line in lines:
    try:
        toks = tokenize(line)
        if len(toks) < 6:
            print(toks)
        result = Parser(toks, env).statement()
        print(f"{line!r:>14} => {result!r}")
    except CalcError as e:
        print(f"{line!r:>14} !! {e}")
print(sorted(env.items()))
