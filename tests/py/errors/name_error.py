# An undefined global name.

def compute():
    result = 0
    for i in range(3):
        result += i
        print("step", i, result)
    return result + undefined_value_xyz

print("result:", compute())
