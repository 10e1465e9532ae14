import json
obj = {"b": [1, 2.5, None, True, False, "x\u00e9\U0001F600\n\"\\\x7f\x00/"], "a": {}, "c": [], "d": {"z": 1, "y": [ {} ]}}
print(json.dumps(obj))
print(json.dumps(obj, ensure_ascii=False))
print(json.dumps(obj, indent=2, sort_keys=True))
print(json.dumps(obj, indent='\t'))
print(json.dumps(obj, indent=0))
print(json.dumps(obj, indent=''))
print(json.dumps(obj, indent=-1))
print(json.dumps(obj, separators=(',', ':')))
print(json.dumps([1, [2, []]], indent=3, separators=(' ,', ' : ')))
print(json.dumps({1: 2, 2.5: 3, True: 4, False: 5, None: 6, float('nan'): 7, float('inf'): 8, -float('inf'):9}))
for o, kw in [({(1,2): 3}, {}), ({(1,2): 3, 'a': 1}, dict(skipkeys=True)), ([float('nan')], dict(allow_nan=False)), ({1: float('inf')}, dict(allow_nan=False)), ({float('nan'): 1}, dict(allow_nan=False)),(object(), {}), ({1: 'a', 'b': 2}, dict(sort_keys=True)), (set(), {}), (b'x', {}),(1+2j, {})]:
    try: print(json.dumps(o, **kw))
    except Exception as e: print(type(e).__name__, e)
a = []; a.append(a)
d = {}; d['x'] = d
for o in [a, d]:
    try: print(json.dumps(o))
    except Exception as e: print(type(e).__name__, e)
x = [1]
print(json.dumps([x, x]))
print(json.dumps(1e16), json.dumps(0.1), json.dumps(-0.0), json.dumps(1e-7), json.dumps(123456789012345678901234567890))
print(json.dumps((1, 2)), json.dumps("abc"), json.dumps(None), json.dumps(3.0))
print(json.dumps(object(), default=lambda o: 'OBJ'), json.dumps({'k': {1, 2}}, default=sorted))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1}}, cls=E), E(indent=1).encode([1, {2}]))
try: json.dumps(object(), cls=E)
except TypeError as e: print(e)
class MyInt(int):
    def __repr__(self): return 'MyInt'
class MyFloat(float):
    def __repr__(self): return 'MyFloat'
class MyStr(str): pass
class MyList(list): pass
class MyDict(dict): pass
print(json.dumps([MyInt(3), MyFloat(2.5), MyStr('s'), MyList([1]), MyDict(a=1), {MyInt(5): 1, MyFloat(1.5): 2}]))
print(json.dumps([MyInt(3), MyFloat(2.5), MyStr('s'), MyList([1]), MyDict(a=1), {MyInt(5): 1, MyFloat(1.5): 2}], indent=1))
print(list(json.JSONEncoder().iterencode([1, {"a": [2, "x"]}, 3.5])))
print(list(json.JSONEncoder(indent=2).iterencode([1, {"a": [2, "x"]}, 3.5])))
print(list(json.JSONEncoder().iterencode({"a":1,"b":[]})))
print(list(json.JSONEncoder().iterencode("abc")), list(json.JSONEncoder().iterencode(5)))
print(json.JSONEncoder().encode('é'), json.JSONEncoder(ensure_ascii=False).encode('é\x00'))
e = json.JSONEncoder()
print(e.item_separator, e.key_separator, e.indent, e.sort_keys, e.skipkeys, e.ensure_ascii, e.check_circular, e.allow_nan)
print(json.JSONEncoder(indent=2).item_separator)
try: json.dumps(a, check_circular=False)
except RecursionError as ex: print('RecursionError')
print(json.dumps({'a': 1}, indent=2, separators=None), json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2))
print(json.dumps({"b":1, "a":2}, sort_keys=True, indent=None))
