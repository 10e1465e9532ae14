# Non-ASCII file and function names in probe arguments (UTF-8 C strings),
# and names that cannot be C strings (passed as NULL, never a crash).
# goldens: calls


def größe(x):
    return x * 2


def 関数(y):
    return größe(y) + 1


class Ελληνικά:
    def μέθοδος(self):
        return 関数(1)


def nul_names():
    # CPython refuses a filename with a NUL; where it is accepted, the
    # probes get NULL for it.
    try:
        code = compile("def inner():\n    return 1\n\n\ninner()\n", "bad\0name.py", "exec")
        exec(code, {"__name__": "nul"})
    except ValueError:
        pass
    return "done"


Ελληνικά().μέθοδος()
nul_names()
# A module name with a NUL cannot be a C string: modname is NULL.
__name__ = "mod\0name"
größe(3)
