# A failing assert with a message.

def check_positive(values):
    for v in values:
        assert v > 0, "value must be positive, got %d" % v
        print("ok", v)

check_positive([3, 2, 1])
check_positive([5, -1, 4])
