import json
pad = '"' + 'é' * 2500 + '"'
cases = ['1', '[1,]', '{"a":1,}', '{"a" 1}', '{a:1}', '[1 2]', '"abc', '"a\x01b"', '"\\x"', '"\\u12"', '"\\u12G4"', '1.', '01', '-', '1e+', '{', '{"a":', 'nul', 'NaN', '-Infinity', 'Infinity', '"\\ud83d\\ude00"', '-0.0', '1E400', '{"a":1,"b"}', '"\\', '"\\u', 'truex', '[true, false, null]', '"ab\\ncd\\u00e9\\"\\/"', '"é\\u1234x"', '{"ü": [1.5e3, -2, "ñ"]}', '"\\ud800\\u12"', '"\\ud800\\x"']
for c in cases:
    for doc in ['[' + pad + ',' + c + ']', '[' + pad + ',\n' + c]:
        try:
            v = json.loads(doc)
            print(repr(v[1:]))
        except json.JSONDecodeError as e:
            print('JSONDecodeError', e)
        except Exception as e:
            print(type(e).__name__, e)
data = [{"id": i, "name": "itém %d" % i, "tags": ["a", "b", "cé"], "price": i * 1.25, "ok": i % 2 == 0, "none": None} for i in range(3000)]
s = json.dumps(data, ensure_ascii=False)
print(json.loads(s) == data)
d = json.JSONDecoder()
print(d.raw_decode(pad + ' [1]')[1], d.raw_decode('x' + pad, 1)[1])
