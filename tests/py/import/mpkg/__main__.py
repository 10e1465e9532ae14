import sys
from . import tool_helper

print("mpkg.__main__: __name__ =", __name__, "__package__ =", __package__)
print("argv:", sys.argv[0].rpartition("/")[2], sys.argv[1:])
print("spec:", __spec__.name, __spec__.parent, __file__.rpartition("/")[2])
print("__main__ is sys.modules['__main__']:", sys.modules["__main__"].__dict__ is globals())
print("mpkg.__main__ in sys.modules:", "mpkg.__main__" in sys.modules)
print(tool_helper.HELPER, sys.path[0] == __file__.rpartition("/")[0].rpartition("/")[0])
