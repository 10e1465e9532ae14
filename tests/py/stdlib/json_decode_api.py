import json
for c in ['"ab\\x"', '"ab\\u12"', '"\\ud800\\u12"', '"\\ud800\\x"', '"\\ud800\\"', '"\\ud800\\', '"\\ud800\\u', '"\\ud800\\udc0"', '"ab\\', '"\\uD83D\\uDE00"', '"\\u00e9\\u0000"', '[1, 2, "\x1f"]', '\n\n"a\x05"']:
    try:
        print(repr(c), repr(json.loads(c)))
    except json.JSONDecodeError as e:
        print(repr(c), 'JSONDecodeError', e)
d = json.JSONDecoder()
for c, i in [('[1] x', 0), ('  [1] x', 0), ('xx[1] x', 2), ('"a"', 5), ('1', -1)]:
    try: print(d.raw_decode(c, i))
    except Exception as e: print(type(e).__name__, e)
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2, 1e5]', parse_float=str, parse_int=lambda s: int(s)*10))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: s))
print(json.loads('{}', object_pairs_hook=list), json.loads('{}', object_hook=lambda d: 'hooked'))
e = json.JSONDecodeError('msg', 'ab\ncd', 4)
print(e, e.args, isinstance(e, ValueError), e.__reduce__())
print(json.loads('1' * 30), json.loads('-123.456e-7'), json.loads('0.1'), json.loads('1e-400'))
print(json.loads('[\u0661]') if False else '')
try: json.loads('\u0661')
except Exception as ex: print(type(ex).__name__, ex)
