# SyntaxError(msg, (filename, lineno, offset, text[, end_lineno,
# end_offset])): its attributes, and str() with "(file, line N)".
e = SyntaxError("msg", ("f.py", 1, 2, "x y", 1, 3))
print(hasattr(e, "msg"), hasattr(e, "lineno"))
print(str(e), e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
try:
    compile("x = (", "<s>", "exec")
except SyntaxError as e:
    print(str(e), e.lineno)
try:
    compile("x = )", "/some/dir/mod.py", "exec")
except SyntaxError as e:
    print(str(e))
print(str(SyntaxError("m")), repr(SyntaxError("m").lineno), SyntaxError("m").msg)
print(str(SyntaxError()), repr(SyntaxError().msg))
print(str(SyntaxError("bad", ("a/b/c.py", 7, 1, "t"))))
print(str(SyntaxError("bad", (None, 7, 1, "t"))))
print(str(IndentationError("ind", ("q.py", 2, 1, "  x"))))
e = SyntaxError("x", ("f", 1, 2, "t")); e.lineno = 9; print(str(e))
