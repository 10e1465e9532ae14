# from m import *: __all__, else public names; errors.
from pkg.star import *

print(sorted(k for k in globals() if not k.startswith("__")))
del shown, also

from pkg.plain import *

print(sorted(k for k in globals() if not k.startswith("__")))

try:
    from pkg.badall import *
except TypeError as e:
    print("TypeError:", e)

try:
    from pkg.missingall import *
except AttributeError as e:
    print("AttributeError:", e)
print("present" in globals())


class Box:
    pass


ns = {}
exec("from pkg.star import *", ns)
print(sorted(k for k in ns if not k.startswith("__")))
