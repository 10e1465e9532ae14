# time.get_clock_info: how the wall, monotonic and performance clocks are read.
import time

for name in ["time", "monotonic", "perf_counter"]:
    info = time.get_clock_info(name)
    print(name, info)
    print(" ", info.implementation, info.monotonic, info.adjustable, info.resolution)
print(type(time.get_clock_info("process_time")).__name__)
for bad in ["nope", 3]:
    try:
        time.get_clock_info(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
