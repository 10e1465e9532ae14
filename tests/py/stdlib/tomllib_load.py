# tomllib.load() on binary files, with a complete example document.
import os
import tempfile
import tomllib

EXAMPLE = '''# This is a TOML document

title = "TOML Example"

[owner]
name = "Tom Preston-Werner"
dob = 1979-05-27T07:32:00-08:00

[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }

[servers]

[servers.alpha]
ip = "10.0.0.1"
role = "frontend"

[servers.beta]
ip = "10.0.0.2"
role = "backend"

[[servers.beta.aliases]]
name = "b\u00eata"  # non-ASCII text
'''

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'config.toml')
    with open(path, 'wb') as f:
        f.write(EXAMPLE.encode('utf-8'))
    with open(path, 'rb') as f:
        data = tomllib.load(f)
    print(data)
    print(data['owner']['dob'].utcoffset(), data['database']['temp_targets']['cpu'])
    with open(path, 'rb') as f:
        print(tomllib.load(f, parse_float=lambda s: 'F' + s)['database'])
    with open(path, 'w', encoding='utf-8') as f:
        f.write('bad = [1, 2\n')
    try:
        with open(path, 'rb') as f:
            tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        print('TOMLDecodeError', e)
    try:
        with open(path, encoding='utf-8') as f:
            tomllib.load(f)
    except TypeError as e:
        print('TypeError', e)
    with open(path, 'wb') as f:
        f.write(b'a = "x"\r\nb = [\r\n  1,\r\n]\r\n')
    with open(path, 'rb') as f:
        print(tomllib.load(f))

# A larger generated document round-trips its values.
lines = []
for i in range(200):
    lines.append('[section_%d]' % i)
    lines.append('name = "item %d \u00e9"' % i)
    lines.append('value = %d' % (i * 7))
    lines.append('ratio = %d.25' % i)
    lines.append('tags = ["a%d", "b%d"]' % (i, i))
    lines.append('[[section_%d.entries]]' % i)
    lines.append('k = %d' % i)
doc = tomllib.loads('\n'.join(lines))
print(len(doc), doc['section_199'], sum(t['value'] for t in doc.values()))
