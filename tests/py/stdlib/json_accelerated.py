# json.loads and the string escapers on the paths the interpreter runs in
# Rust (_json): hooks, numbers, errors and their positions, nesting.
import decimal
import json
import json.decoder
import json.encoder

docs = [
    '{"a": [1, 2.5, -3e2, 1E400, -0.0, 12345678901234567890123], "b": null}',
    '{"caf\u00e9": "\\u00e9\\ud83d\\ude00\\n\\t\\"\\\\\\/", "k": [true, false]}',
    '[NaN, Infinity, -Infinity, 0, -0, 0.5e-3]',
    '  {"x": {"y": {"z": []}}, "w": {}}  ',
    '"\u65e5\u672c\u8a9e \\u00e9 escaped"',
]
for d in docs:
    print(repr(json.loads(d)))

print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"b": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.10, 2]', parse_float=decimal.Decimal, parse_int=float))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda name: "const " + name))
print(json.loads('["a\x01b"]', strict=False))
keys = json.loads('[{"name": 1}, {"name": 2}]')
print(list(keys[0])[0] is list(keys[1])[0])

bad = [
    "", "   ", "[", "[1,", "[1,]", "{", '{"a"', '{"a":', '{"a": 1,}', '{"a" 1}',
    '{1: 2}', "[1 2]", '"abc', '"\\x"', '"\\u12"', '"a\x01"', "nul", "[tru]",
    "-", "--1", "01", "1.", "[1e]", '{"\u00e9\u00e9": [1, }', "\u00e9", "[1] x",
    '["\u00e9\u00e9", nope]', '"\\ud83d\\u12"',
]
for d in bad:
    try:
        json.loads(d)
        print("no error for", repr(d))
    except json.JSONDecodeError as e:
        print(repr(d), "->", e, (e.lineno, e.colno, e.pos))

print(json.loads("1.5e3"), json.loads("-12"), json.loads("1e5"), json.loads("1E-2"))
print(json.decoder.scanstring('x"hello\\n" tail', 2))
print(json.decoder.scanstring('"\u00e9t\u00e9"', 1))
try:
    json.decoder.scanstring('"abc', 1)
except json.JSONDecodeError as e:
    print(e)
print(json.decoder.JSONDecoder().raw_decode('[1, 2] rest'))

deep = "[" * 100000 + "]" * 100000
try:
    json.loads(deep)
except RecursionError:
    print("RecursionError for deep nesting")
print(len(json.loads("[" * 200 + "]" * 200)))

for s in ["plain", 'q"b\\s', "tab\tnl\nbell\x07", "\u00e9\u65e5", "\U0001f600", ""]:
    print(json.encoder.encode_basestring(s), json.encoder.encode_basestring_ascii(s))
print(json.dumps({"\u00e9": ["\x00", "\U0001f600"]}), json.dumps("\u00e9", ensure_ascii=False))
try:
    json.encoder.encode_basestring_ascii(3)
except TypeError as e:
    print("TypeError:", e)

# json.dumps without an indent (the encoder the interpreter runs in Rust).
import collections


class MyInt(int):
    def __repr__(self):
        return "MyInt!"


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


class MyStr(str):
    pass


class MyList(list):
    pass


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def default(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, decimal.Decimal):
        return str(o)
    raise TypeError("no " + type(o).__name__)


value = {"b": [1, 2.5, None, True, False, "s\u00e9", (1, 2), [], {}],
         "a": {3: "int key", 1.5: "float key", True: "bool", None: "none", 10**20: "big"},
         "c": [MyInt(7), MyFloat(1.25), MyStr("sub"), MyList([1, 2])],
         "d": collections.OrderedDict([("z", 1), ("y", 2)])}
print(json.dumps(value))
print(json.dumps(value, sort_keys=False, separators=(",", ":")))
print(json.dumps({"b": 1, "a": [2, {"d": 3, "c": 4}]}, sort_keys=True))
print(json.dumps({"\u00e9": "\u65e5"}, ensure_ascii=False))
print(json.dumps([Point(1, 2), decimal.Decimal("1.5")], default=default))
print(json.dumps({(1, 2): "tuple key", "ok": 1}, skipkeys=True))
for bad in [{(1, 2): 1}, [float("nan")], object(), {"k": {1, 2}}]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
loop = [1]
loop.append(loop)
d = {}
d["self"] = d
for v in [loop, d]:
    try:
        json.dumps(v)
    except ValueError as e:
        print("ValueError:", e)
print(json.dumps(loop[:1] * 3), json.dumps([d and 1] * 2))
try:
    json.dumps([Point(0, 0)], default=lambda o: [o])
except ValueError as e:
    print("ValueError:", e)
deep = []
for _ in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError:
    print("RecursionError for deep nesting")
print(json.dumps(deep, check_circular=False)[:10] if False else "done")
print(json.JSONEncoder(sort_keys=True).encode({"b": 2, "a": 1}))
print(list(json.JSONEncoder(indent=None).iterencode([1, 2])))
