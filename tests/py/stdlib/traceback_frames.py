# traceback: FrameSummary, StackSummary and the carets drawn from a frame's
# columns (given explicitly here, as a traceback's positions would give them).
import traceback
from traceback import FrameSummary, StackSummary

# FrameSummary basics.
fs = FrameSummary("nofile.py", 4, "f", line="  x = 1  ")
print(repr(fs), repr(fs.line), fs.colno, fs.end_lineno, fs.end_colno, fs.locals)
print(list(fs), len(fs), fs[0], fs[-1], fs[1:3])
filename, lineno, name, line = fs
print(filename, lineno, name, line)
print(fs == ("nofile.py", 4, "f", "x = 1"), fs == ("nofile.py", 4, "f", "  x = 1  "))
print(fs == FrameSummary("nofile.py", 4, "f"), fs != FrameSummary("nofile.py", 5, "f"))
print(fs == 1, fs != "x")
print(FrameSummary("nofile.py", 4, "f", lookup_line=False).line == '')
print(FrameSummary("nofile.py", None, "f").line)
print(FrameSummary("f.py", 1, "g", locals={'a': 1, 'b': 'two', 'c': [3]}).locals)
print(FrameSummary("f.py", 1, "g", locals={}).locals)


class BadRepr:
    def __repr__(self):
        raise RuntimeError("no repr")


print(FrameSummary("f.py", 1, "g", locals={'bad': BadRepr()}).locals)
try:
    hash(fs)
except TypeError as e:
    print(type(e).__name__, e)
try:
    fs.other = 1
except AttributeError as e:
    print(type(e).__name__)

# StackSummary.from_list, format_list.
ss = StackSummary.from_list([("a.py", 1, "f", "x = 1"), ("b.py", 2, "g", None), fs])
print(type(ss).__name__, isinstance(ss, list), len(ss), [type(x).__name__ for x in ss])
print(ss)
print(traceback.format_list([("a.py", 1, "f", "x = 1"), ("b.py", 2, "g", None), ("c.py", 3, "h", "")]))
try:
    traceback.format_list([("a.py", 1, "f")])
except ValueError as e:
    print(type(e).__name__, e)
print(''.join(ss.format()), end='')

# Runs of one repeated frame collapse after three.
for n in (1, 3, 4, 5, 10):
    frames = [("r.py", 7, "rec", "return rec(n - 1)")] * n + [("r.py", 9, "base", "raise ValueError")]
    print(n, ''.join(traceback.format_list(frames)), sep='\n', end='')
print(''.join(traceback.format_list([("r.py", None, "f", "x")] * 5)), end='')
mixed = [("r.py", 1, "a", "a()")] * 4 + [("r.py", 2, "b", "b()")] * 4 + [("r.py", 1, "a", "a()")] * 5
print(''.join(traceback.format_list(mixed)), end='')

# Locals in the frame text.
print(''.join(StackSummary.from_list([FrameSummary("f.py", 1, "g", line="g()", locals={'z': 1, 'a': 'x'})]).format()), end='')


class Quiet(StackSummary):
    def format_frame_summary(self, frame_summary):
        if frame_summary.name == 'hidden':
            return None
        return super().format_frame_summary(frame_summary)


print(''.join(Quiet.from_list([("a.py", 1, "shown", "x"), ("a.py", 2, "hidden", "y")]).format()), end='')
print(type(Quiet.from_list([])).__name__)


def carets(line, colno, end_colno, end_lineno=1, lineno=1):
    fs = FrameSummary("a.py", lineno, "f", line=line, colno=colno,
                      end_colno=end_colno, end_lineno=end_lineno)
    text = ''.join(StackSummary.from_list([fs]).format())
    print(repr(line), colno, end_colno, end_lineno)
    print(text.split('\n', 1)[1], end='')


def expr(source):
    # The segment is the whole expression, after two spaces of indentation.
    carets("  " + source + "\n", 2, 2 + len(source.encode()))


carets("  x = 1  ", 4, 5)
carets("  x = 1  ", 0, 1)
carets("x = 1", 0, 1)
carets("x = 1", 4, 5)
carets("x = 1", 0, 5)
carets("  x = 1\n", 2, 7)
carets("  x = 1  ", 2, 9)
carets("  a[1]  ", 2, 6)
carets("  a[1]", 2, 6)
carets("  a + b", 2, 7)
carets("  a  +  b  # c", 2, 10)
carets("  x = a + b\n", 6, 60)
carets("  x = a\n", 6, 6)
carets("  x = a\n", 7, 6)
carets("  x = a(\n", 6, 3, 2)
carets("  x = a(  ", 6, 3, 2)
carets("  foo(\n", 2, 3, 2)
carets("  foo(a, \n", 2, 3, 2)
carets("    return (a +\n", 12, 13, 4)
carets("  x = a[1]\n", 6, 10, None)
carets("  x = a[1]\n", 6, 10, 3, 3)
carets("  x = a[1]\n", None, 10)
carets("  x = a[1]\n", 6, None)
carets("\tx = a + b\n", 5, 10)
carets("", 0, 1)
for source in ["a + b", "a+b", "a ** b", "a // b", "a<<b", "a @ b", "(a) + (b)", "(a)+(b)",
               "a+-b", "a + b + c", "a + (b + c)", "a * b + c", "a + b * c", "-a ** b",
               "a ** -b", "a.b + c.d()", "f'{a}' + 'b' 'c'", "f'{x[\"k\"]}' + b",
               "a[1:2, 3]", "a [ 1 ]", "f(a)[1]", "(a)[1]", "a[1][2]", "a[(1)]",
               "a[1,]", "a[:]", "a[]", "a[b := 1]", "a + (b := 1)", "a[1:2:3] + b",
               "a +\tb", "a.b", "a(1)", "a if b else c", "a and b", "not a", "-a",
               "a < b", "a is not b", "a not in b", "a[1] if c else d", "await a[1]",
               "lambda: a + b", "a + b, c", "(a + b)", "[a + b]", "{a: b}[c]",
               "a[1] + 'ü'", "'ü' + b", "'üü' + b", "'ü'+b", "ü + b", "x.é + b",
               "漢 + b", "漢字 + b", "'漢漢' + b", "'ü'[1]", "x['üü'] + c", "x[漢]",
               "'ü' ** b", "1 + 2.5e-3", "0x1f + 1_000", "b'x' + rb'y'", "'''a''' + b",
               "a + b)", "(a + b", "a +", "+ b", "1 +\\", "a = b + c", "a[1] = 2",
               "x.y[z]", "a[b][c] + d[e]", "...[0]", "None + 1", "yield a + b",
               "a.if + b", "a + b  ", "a[1]  ", "a[1] "]:
    expr(source)
carets("  x = a[漢] + b\n", 6, 13)
carets("  漢 = a + b\n", 6, 11)
carets("  y = 'ä' + b; z = a[i]\n", 23, 27)
carets("  é = a[1] + 'ü'", 7, 20)
