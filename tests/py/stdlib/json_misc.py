import json
class W:
    def __init__(self): self.chunks = []
    def write(self, s): self.chunks.append(s)
w = W(); json.dump({"a": [1, 2, {"b": None}], "c": "d"}, w); print(w.chunks)
w = W(); json.dump([1, [2, 3]], w, indent=2); print(w.chunks)
w = W(); json.dump("x", w); print(w.chunks)
class MyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        kw.setdefault('parse_int', lambda s: 'int:' + s)
        super().__init__(**kw)
print(json.loads('[1, 2.5, {"a": 3}]', cls=MyDecoder))
print(json.loads('[1, 2.5]', cls=MyDecoder, parse_float=lambda s: 'f' + s))
try: json.loads('[]', bogus=1)
except TypeError as e: print('TypeError')
try: json.dumps([], bogus=1)
except TypeError as e: print('TypeError')
print(json.loads('"\\u00e9\\u4e2d\\uD83D\\uDE00"'), json.loads('"\\b\\f\\n\\r\\t\\"\\\\\\/"') == '\b\f\n\r\t"\\/')
print(json.dumps('\b\f\n\r\t"\\/\x00\x1f\x7f\u2028\ud7ff\ue000\uffff\U00010000\U0010ffff'))
print(json.dumps('\b\f\n\r\t"\\/\x00\x1f\x7f\u2028\ud7ff\ue000\uffff\U00010000\U0010ffff', ensure_ascii=False))
for v in [0.1, 1/3, 1e308, 5e-324, -1e-10, 123456789.0, 1e15, 1e16, 2.5e-5, 100.0, float(2**53)]:
    s = json.dumps(v); print(s, json.loads(s) == v)
print(json.dumps([1, 2], separators=(',', ':'), indent=None), json.dumps({'a': [1]}, indent=4, separators=(',', '=')))
print(json.JSONDecoder().decode('  {"x" : [ 1 , 2 ] }  '))
e = json.JSONDecoder(strict=False); print(repr(e.decode('"tab\there"')), e.strict)
d = json.JSONDecoder(); print(d.parse_float is float, d.parse_int is int, d.object_hook, d.object_pairs_hook, d.strict)
print(json.loads('{"a": 1, "b": [true, {"c": null}]}', object_pairs_hook=lambda p: ('P', p)))
import json.decoder, json.encoder
print(json.decoder.JSONDecodeError is json.JSONDecodeError, json.encoder.JSONEncoder is json.JSONEncoder)
print(issubclass(json.JSONDecodeError, ValueError), json.__all__)
print(json.loads(b'{"a": "\xc3\xa9"}'), json.loads('{"k": 1}'.encode('utf-16-le')), json.loads('7'.encode('utf-32-be')), json.loads(b'\x00\x37'), json.loads(b'7\x00'))
print(json.loads('[' * 50 + ']' * 50))
print(json.dumps([[[[]]]], indent=1))
print(json.dumps({'a': 1, 'b': {'c': [1, {'d': {}}]}}, indent='--', sort_keys=True))
print(json.dumps({3: 'x', 1: 'y', 2: 'z'}, sort_keys=True), json.dumps({'b': 1, 'a': 2, 'B': 3}, sort_keys=True))
print(json.dumps(True), json.dumps(False), json.dumps([True, False, None]), json.dumps({True: True}))
print(json.dumps(10**30), json.dumps(-5), json.dumps(float('nan')), json.dumps([float('inf'), -float('inf')]))
class P:
    def __init__(self, x): self.x = x
def enc(o):
    if isinstance(o, P): return {'P': o.x}
    raise TypeError('nope ' + type(o).__name__)
print(json.dumps([P(1), P(P(2))], default=enc))
try: json.dumps([P(1), object()], default=enc)
except TypeError as ex: print('TypeError', ex)
def selfref(o): return o
try: json.dumps(P(1), default=selfref)
except ValueError as ex: print('ValueError', ex)
