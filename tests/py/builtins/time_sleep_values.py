# time.sleep's argument checks (the sleeps that run are short).
import time
for v in [float('nan'), float('inf'), float('-inf'), -1, -0.5, 1e300, 2**70, -2**70, 0, 0.001, True]:
    try:
        print(time.sleep(v))
    except Exception as e:
        print(type(e).__name__, e)
