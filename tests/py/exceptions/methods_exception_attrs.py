def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

e = StopIteration(1, 2)
t("stopiter", lambda: (e.value, e.args))
t("stopiter none", lambda: StopIteration().value)
o = OSError(2, "No such file", "f.txt")
t("oserror", lambda: (type(o).__name__, o.errno, o.strerror, o.filename, str(o)))
t("oserror 1", lambda: (OSError("x").errno, str(OSError("x"))))
t("keyerror str", lambda: (str(KeyError("a")), str(KeyError()), str(KeyError("a", "b")), repr(KeyError("a"))))
t("exc repr", lambda: (repr(ValueError()), repr(ValueError(1)), repr(ValueError(1, 2)), str(ValueError(1, 2)), str(ValueError())))
t("exc group", lambda: (lambda g: (g.message, g.exceptions, str(g), type(g).__name__))(ExceptionGroup("msg", [ValueError(1), TypeError(2)])))
t("exc group split", lambda: (lambda g: [None if x is None else x.exceptions for x in g.split(ValueError)])(ExceptionGroup("m", [ValueError(1), TypeError(2)])))
t("exc notes", lambda: (lambda e: (e.add_note("n1"), e.add_note("n2"), e.__notes__)[2])(ValueError()))
t("exc add_note bad", lambda: ValueError().add_note(5))
t("exc with_traceback", lambda: ValueError().with_traceback(None).__traceback__)
t("exc attrs", lambda: (lambda e: (e.__cause__, e.__context__, e.__suppress_context__))(ValueError()))
t("system exit code", lambda: (SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code))
t("exc eq", lambda: ValueError(1) == ValueError(1))
t("exc args set", lambda: (lambda e: (setattr(e, "args", [1, 2]), e.args)[1])(ValueError()))
t("exc subclass str", lambda: str(type("MyE", (Exception,), {"__str__": lambda s: "custom"})()))
t("base exc new args", lambda: BaseException.__new__(ValueError, 1, 2).args)
