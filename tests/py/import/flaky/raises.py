import sys
print("flaky.raises runs; in sys.modules:", __name__ in sys.modules)
COUNT = getattr(sys, "flaky_count", 0) + 1
sys.flaky_count = COUNT
raise ValueError("module body failed")
