# traceback: the location block of SyntaxError reports (file, line, the
# text and the carets under the offending range).
import traceback


def only(exc):
    print(''.join(traceback.format_exception_only(exc)), end='')


def compiled(source, mode="exec"):
    try:
        compile(source, "<input>", mode)
    except SyntaxError as e:
        print(type(e).__name__, e.lineno, e.offset)
        only(e)
        te = traceback.TracebackException.from_exception(e)
        print(repr(te.filename), repr(te.lineno), repr(te.offset), repr(te.text), repr(te.msg))
        return e


compiled("x = (1, 2\n")
compiled("def f(:\n    pass\n")
compiled("a = 1\n  b = 2\n")
compiled("for x in y:\npass\n")
compiled("x = 1 +* 2")
compiled("f(**a, *b)")
compiled("print 'hello'")
compiled("1 = x")
compiled("    x = 1 +\n")
compiled("x = $\n")

# Hand-made errors: every combination of the location fields.
cases = [
    ("msg", ("file.py", 3, 5, "some text here\n")),
    ("msg", ("file.py", 3, 5, "some text here\n", 3, 9)),
    ("msg", ("file.py", 3, 5, "some text here\n", 4, 2)),
    ("msg", ("file.py", 3, 1, "    indented text\n", 3, 8)),
    ("msg", ("file.py", 3, 6, "    indented text\n", 3, 8)),
    ("msg", ("file.py", 3, 6, "\f  x = 1\n", 3, 7)),
    ("msg", ("file.py", 3, 4, "\tx\ty = 1\n", 3, 6)),
    ("msg", ("file.py", 3, 0, "text\n")),
    ("msg", ("file.py", 3, -2, "text\n")),
    ("msg", ("file.py", 3, 5, "text\n")),
    ("msg", ("file.py", 3, 6, "text\n")),
    ("msg", ("file.py", 3, 3, "text\n", 3, -5)),
    ("msg", ("file.py", 3, 5, "text", 3, 6)),
    ("msg", ("file.py", 3, 99, "text\n")),
    ("msg", ("file.py", 3, 2, "text\n", 3, 99)),
    ("msg", ("file.py", 3, 3, "text\n", 3, 0)),
    ("msg", ("file.py", 3, 3, "text\n", 3, -1)),
    ("msg", ("file.py", 3, 3, "text\n", 3, 2)),
    ("msg", ("file.py", 3, 3, "text\n", 3, 3)),
    ("msg", ("file.py", 3, None, "text\n")),
    ("msg", ("file.py", 3, 2, None)),
    ("msg", ("file.py", None, 2, "text\n")),
    ("msg", (None, 3, 2, "text\n")),
    ("msg", (None, None, None, None)),
    ("", ("file.py", 3, 2, "text\n")),
    ("msg", ("file.py", 3, 2, "")),
    ("msg", ("file.py", 3, 2, "\n")),
    ("msg", ("file.py", 3, 2, "line one\nline two\n")),
    ("msg", ("file.py", "7", 2, "text")),
]
for args in cases:
    print(args)
    only(SyntaxError(*args))
only(SyntaxError("just a message"))
only(SyntaxError())
only(IndentationError("unexpected indent", ("file.py", 2, 3, "  x\n", 2, 5)))
only(TabError("inconsistent", ("file.py", 2, 1, "\tx\n")))


class MySyntax(SyntaxError):
    pass


only(MySyntax("custom", ("file.py", 1, 2, "abc\n", 1, 3)))
e = SyntaxError("noted", ("file.py", 1, 1, "abc\n"))
e.add_note("a note")
only(e)

# In a full report, after the traceback of the code that compiled it.
def compile_it():
    compile("x = )", "<text>", "exec")


try:
    compile_it()
except SyntaxError as e:
    lines = traceback.format_exception(e)
    print(lines[0], end='')
    print(''.join(lines[-4:]), end='')
