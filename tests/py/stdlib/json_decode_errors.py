import json
cases = ['', ' ', '[1,]', '{"a":1,}', '{"a" 1}', '{a:1}', '[1 2]', '"abc', '"a\x01b"', '"\\x"', '"\\u12"', '"\\u12G4"', '1.', '01', '-', '1e', '1e+', '[', '{', '{"a":', '[1,2', 'nul', 'tru', 'NaN', '-Infinity', 'Infinity', '-NaN', '"\\ud83d\\ude00"', '\ufeff[]', '[1]x', '{"a":1}\n\n  x', '"\t"', '1.5e3', '-0', '-0.0', '1E400', '[-]', '{"a":1 "b":2}', '{"a":1,"b"}', '{"":{}}', '[1,,2]', '{,}', '  [ ]  ', '"\\', '"\\u', 'truex', '[true false]', '123abc', '1.5.5', '"abc\\"', '{"a"', '{"a":1', '["a\\"b"]', '[1,\n2,\n]','"\x7f"', '"\\/"', '1 2', '[1]\n[2]']
for c in cases:
    try:
        print(repr(c), repr(json.loads(c)))
    except json.JSONDecodeError as e:
        print(repr(c), 'JSONDecodeError', e, '|', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(c), type(e).__name__, e)
for c in ['"a\x01b"', '"a\nb"', '"\x00"']:
    print(repr(json.loads(c, strict=False)))
for c in [b'[1]', b'\xef\xbb\xbf[1]', '[1]'.encode('utf-16'), '[1]'.encode('utf-16-le'), '[1]'.encode('utf-32'), '"é"'.encode('utf-16-be'), bytearray(b'{"a":2}'), 5, None]:
    try: print(repr(json.loads(c)))
    except Exception as e: print(type(e).__name__, e)
