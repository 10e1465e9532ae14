# Indexing and slicing a long non-ASCII str forwards, backwards and at
# random (the walk from the last position found in the same str).
import time
s = ('héllo wörld ' * 2000)
t = time.perf_counter()
n = 0
for i in range(len(s)):
    if s[i] == 'ö':
        n += 1
print(n)
out = [s[i:i+3] for i in range(0, 3000, 7)]
print(len(out), out[:3], out[-1])
print(s[-1], s[len(s)//2], s[5], s[-5], s[10000], s[9999], s[1], s[0])
back = ''.join(s[i] for i in range(len(s) - 1, len(s) - 30, -1))
print(back)
t2 = 'aé' * 300
print([t2[i] for i in (0, 599, 300, 1, 598, 2, 597)], t2[10:20], t2[590:])
