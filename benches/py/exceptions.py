# Exceptions: custom exception classes raised and caught in loops, through
# several frames, with try/except/else/finally, re-raise and chaining.
import sys

N = 400000   # size knob: loop iterations

EXPECTED = {
    20000: (249318270, [39990000, 1247, 43966, 12467, 20000], 108335),
    150000: (14026043062, [2249925000, 9350, 351278, 93507, 150000], 812500),
    400000: (99740318948, [15999800000, 24935, 969462, 249351, 400000], 2166670),
}


class AppError(Exception):
    pass


class ValidationError(AppError):

    def __init__(self, field, value):
        super().__init__(field, value)
        self.field = field
        self.value = value


class NotFound(AppError):

    def __init__(self, key):
        AppError.__init__(self, "missing " + str(key))
        self.key = key


class Retry(Exception):
    pass


def validate(i):
    if i % 5 == 0:
        raise ValidationError("i", i)
    if i % 7 == 0:
        raise NotFound(i)
    if i % 11 == 0:
        raise KeyError(i)
    return i


def level3(i):
    return validate(i) * 2


def level2(i):
    try:
        return level3(i)
    except KeyError as e:
        raise NotFound(e.args[0]) from e


def level1(i, stats):
    try:
        v = level2(i)
    except ValidationError as e:
        stats[0] += e.value
        v = -1
    except (NotFound, Retry) as e:
        if e.__cause__ is not None:
            stats[1] += 1
        stats[2] += len(e.args[0])
        v = -2
    else:
        stats[3] += 1
    finally:
        stats[4] += 1
    return v


def reraise(i):
    try:
        try:
            if i % 3 == 0:
                raise Retry("again")
            return 0
        except Retry:
            raise
        finally:
            if i % 6 == 0:
                i += 1
    except Retry as e:
        return len(str(e))


def builtin_errors(i):
    n = 0
    try:
        {}[i]
    except KeyError:
        n += 1
    try:
        [][i]
    except IndexError:
        n += 2
    try:
        i // (i % 2)
    except ZeroDivisionError:
        n += 4
    try:
        int("x" + str(i))
    except ValueError:
        n += 8
    return n


def main():
    stats = [0, 0, 0, 0, 0]
    total = 0
    extra = 0
    for i in range(N):
        total += level1(i, stats)
        extra += reraise(i)
        if i % 4 == 0:
            extra += builtin_errors(i)
    result = (total, stats, extra)
    if result != EXPECTED[N]:
        print("exceptions FAILED: got", result, "expected", EXPECTED[N])
        sys.exit(1)
    print("exceptions ok")


main()
