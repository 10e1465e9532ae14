import json

path = '/tmp/pyprobe_json_file_test.json'
data = {"name": "pyprobe", "list": [1, 2.5, None, True, "é\n"], "nested": {"k": []}}

with open(path, 'w') as f:
    json.dump(data, f)
with open(path) as f:
    print(f.read())
with open(path) as f:
    print(json.load(f) == data)

with open(path, 'w') as f:
    json.dump(data, f, indent=2, sort_keys=True, ensure_ascii=False)
with open(path) as f:
    print(f.read())
with open(path) as f:
    print(json.load(f, object_pairs_hook=lambda pairs: [k for k, v in pairs]))

with open(path, 'w') as f:
    f.write('{"a": 1,\n "b": [1, 2,]}')
with open(path) as f:
    try:
        json.load(f)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.lineno, e.colno)

with open(path, 'w') as f:
    f.write('[1.5, 2, "x"]')
with open(path) as f:
    print(json.load(f, parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
