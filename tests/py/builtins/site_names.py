# The names the site module adds to builtins: exit, quit, copyright,
# credits, license and help, as instances of _sitebuiltins classes.
import sys

for name in ["exit", "quit", "copyright", "credits", "license", "help"]:
    obj = getattr(__builtins__, name)
    print(name, type(obj).__name__, type(obj).__module__, callable(obj))

print(repr(help))
print(isinstance(repr(copyright), str), isinstance(repr(credits), str))


class FakePydoc:
    @staticmethod
    def help(*args, **kwargs):
        print("pydoc.help", args, sorted(kwargs.items()))
        return "helped"


sys.modules["pydoc"] = FakePydoc()
print(help(len))
print(help())
print(help("topic", extra=1))
