# enable/disable/isenabled, get_threshold/set_threshold, get_count, and
# automatic collection: with gc enabled, allocating many container objects
# collects an unreachable cycle without an explicit gc.collect().
import gc

print("enabled at start:", gc.isenabled())
gc.disable()
print("after disable:", gc.isenabled())
gc.disable()
print("disable twice:", gc.isenabled())
gc.enable()
print("after enable:", gc.isenabled())
gc.disable()

print("default threshold:", gc.get_threshold())
gc.set_threshold(500)
print("set_threshold(500):", gc.get_threshold())
gc.set_threshold(100, 5)
print("set_threshold(100, 5):", gc.get_threshold())
gc.set_threshold(1000, 20, 30)
print("set_threshold(1000, 20, 30):", gc.get_threshold())
gc.set_threshold(0)
print("set_threshold(0):", gc.get_threshold())
gc.set_threshold(700, 10, 10)
print("restored:", gc.get_threshold())

# get_count(): (allocations since the last collection of generation 0,
# collections of generation 0 since the last of generation 1, collections
# of generation 1 since the last of generation 2).
gc.collect()
count = gc.get_count()
print("after collect:", type(count).__name__, len(count), all(c < 50 for c in count))
print("older counts after collect:", count[1], count[2])
gc.collect(0)
gc.collect(0)
count = gc.get_count()
print("after two collect(0):", count[0] < 50, count[1], count[2])
gc.collect(1)
count = gc.get_count()
print("after collect(1):", count[0] < 50, count[1], count[2])
gc.collect(2)
count = gc.get_count()
print("after collect(2):", count[0] < 50, count[1], count[2])

keep = [[] for _ in range(200)]
print("200 new lists counted:", gc.get_count()[0] >= 200)
gc.collect()
print("reset by collect:", gc.get_count()[0] < 50)
del keep

# Automatic collection.
seen = []


class Marker:
    def __del__(self):
        seen.append("collected")


def churn(n):
    hold = []
    for i in range(n):
        hold.append([i])
    return len(hold)


def make_cycle():
    m = Marker()
    m.me = m


# Disabled: the cycle stays however much is allocated.
gc.collect()
make_cycle()
churn(20000)
print("disabled, after churn:", seen)
gc.collect()
print("explicit collect:", seen)
seen.clear()

# Enabled: a collection of generation 0 happens on its own.
gc.collect()
make_cycle()
gc.enable()
churn(20000)
gc.disable()
print("enabled, after churn:", seen)
seen.clear()

# With threshold 0 automatic collection is off even when enabled.
gc.collect()
gc.set_threshold(0)
make_cycle()
gc.enable()
churn(20000)
gc.disable()
print("threshold 0, after churn:", seen)
gc.set_threshold(700, 10, 10)
gc.collect()
print("explicit collect:", seen)
