import sys
print("mpkg.tool: __name__ =", __name__, "__package__ =", __package__)
print("argv:", sys.argv[0].rpartition("/")[2], sys.argv[1:])
print("spec:", __spec__.name, __spec__.parent, type(__loader__).__name__)
print("__cached__:", __cached__.rpartition("/")[2])
if __name__ == "__main__":
    print("running as a script")
