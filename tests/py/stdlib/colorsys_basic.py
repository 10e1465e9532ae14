# colorsys: conversions between RGB and YIQ, HLS and HSV, exact to the
# last bit of the floats.
import colorsys as c
import random

for rgb in [(0, 0, 0), (1, 1, 1), (1, 0, 0), (0, 1, 0), (0, 0, 1), (1, 1, 0), (0.5, 0.5, 0.5),
            (0.2, 0.4, 0.4), (0.2, 0.4, 0.6), (0.9, 0.1, 0.4), (255, 128, 0), (0.25, 0.75, 0.5)]:
    yiq = c.rgb_to_yiq(*rgb)
    hls = c.rgb_to_hls(*rgb)
    hsv = c.rgb_to_hsv(*rgb)
    print(rgb, yiq, c.yiq_to_rgb(*yiq), hls, c.hls_to_rgb(*hls), hsv, c.hsv_to_rgb(*hsv))

print(c.yiq_to_rgb(2, 1, 1), c.yiq_to_rgb(-1, 0, 0), c.hls_to_rgb(0.5, 0.5, 0), c.hsv_to_rgb(0.5, 0, 0.3))
print(c.hsv_to_rgb(1.0, 1, 1), c.hsv_to_rgb(-0.25, 1, 1), c.hls_to_rgb(1.5, 0.75, 0.5), c.hls_to_rgb(-0.1, 0.2, 0.9))
for h in range(12):
    print(h, c.hsv_to_rgb(h / 12, 0.5, 0.8), c.hls_to_rgb(h / 12, 0.4, 0.6), c.hls_to_rgb(h / 12, 0.6, 0.6))
print(sorted(c.__all__))

r = random.Random(4)
vals = [0.0, 1.0, 0.5, 0.25, 0.75, 1 / 3, 2 / 3, 0.1, 0.9, 0.2, 0.6]
for i in range(600):
    if i % 3 == 0:
        t = [r.choice(vals) for _ in range(3)]
    elif i % 3 == 1:
        t = [r.random() for _ in range(3)]
    else:
        t = [r.uniform(-0.5, 1.5) for _ in range(3)]
    print(c.rgb_to_yiq(*t), c.yiq_to_rgb(*t), c.rgb_to_hls(*t), c.hls_to_rgb(*t), c.rgb_to_hsv(*t), c.hsv_to_rgb(*t))
