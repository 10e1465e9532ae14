# Reading configurations and querying them: the mapping protocol, typed
# getters, fallbacks, vars, sections/options/items and the DEFAULT section.
import configparser

TEXT = """
# a comment
; another comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[bitbucket.org]
User = hg

[topsecret.server.com]
Port = 50022
ForwardX11 = no
ratio: 0.75
empty =
spaced   =   padded value   
"""

p = configparser.ConfigParser()
p.read_string(TEXT)
print(p.sections())
print(list(p), len(p))
print('bitbucket.org' in p, 'DEFAULT' in p, 'nope' in p)
print(p.has_section('bitbucket.org'), p.has_section('DEFAULT'))
print(p.options('topsecret.server.com'))
print(p['bitbucket.org']['user'], p['bitbucket.org']['User'])
print(p['bitbucket.org']['compressionlevel'])
print(p['topsecret.server.com']['forwardx11'], p['DEFAULT']['forwardx11'])
print(repr(p['topsecret.server.com']['empty']), repr(p['topsecret.server.com']['spaced']))
print(p.getint('topsecret.server.com', 'port'), p.getfloat('topsecret.server.com', 'ratio'))
print(p.getboolean('bitbucket.org', 'compression'), p.getboolean('topsecret.server.com', 'forwardx11'))
print(p['topsecret.server.com'].getint('port'), p['topsecret.server.com'].getfloat('ratio'))
print(p['topsecret.server.com'].getboolean('missing'), p['topsecret.server.com'].getboolean('missing', True))
print(p['topsecret.server.com'].get('missing'), p['topsecret.server.com'].get('missing', 'fb'))
print(p.get('bitbucket.org', 'missing', fallback='x'), p.get('nosection', 'user', fallback=None))
print(p.getint('nosection', 'x', fallback=3), p.getint('bitbucket.org', 'x', fallback=4))
print(p.get('bitbucket.org', 'user', vars={'USER': 'override'}))
print(p.get('bitbucket.org', 'extra', vars={'extra': 42}))
print(p.items('bitbucket.org'))
print(p.items('bitbucket.org', vars={'user': 'v'}))
print(list(p['topsecret.server.com']))
print(len(p['topsecret.server.com']), len(p['DEFAULT']))
print(dict(p['DEFAULT']))
print('port' in p['topsecret.server.com'], 'compression' in p['topsecret.server.com'], 'zzz' in p['bitbucket.org'])
print(p.has_option('bitbucket.org', 'compression'), p.has_option('DEFAULT', 'user'), p.has_option('', 'compression'), p.has_option('nosuch', 'x'))
print(repr(p['bitbucket.org']), p['bitbucket.org'].name, p['bitbucket.org'].parser is p)
print(p.defaults())
for name, section in p.items():
    print(name, repr(section))
print(list(p.keys()), [repr(v) for v in p.values()])

# Errors on lookup.
for call in (lambda: p['nosuch'], lambda: p['bitbucket.org']['nosuch'],
             lambda: p.get('nosuch', 'x'), lambda: p.get('bitbucket.org', 'nosuch'),
             lambda: p.options('nosuch'), lambda: p.items('nosuch'),
             lambda: p.getint('bitbucket.org', 'user'),
             lambda: p.getboolean('bitbucket.org', 'user'),
             lambda: p.getfloat('topsecret.server.com', 'empty')):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

# Booleans.
b = configparser.ConfigParser()
b.read_string("[b]\n" + "\n".join("k%d = %s" % (i, v) for i, v in enumerate(
    ['1', 'yes', 'true', 'on', '0', 'no', 'false', 'off', 'YES', 'True', 'oFF', 'maybe'])))
for k in b['b']:
    try:
        print(k, b.getboolean('b', k))
    except ValueError as e:
        print(k, 'ValueError', e)
print(sorted(configparser.ConfigParser.BOOLEAN_STATES.items()))

# Changing things.
p.add_section('new')
p.set('new', 'Key', 'value')
p['new']['other'] = 'x'
p['another'] = {'a': '1', 'B': 2}
print(p.sections(), dict(p['new']), p['another']['b'])
print(p.remove_option('new', 'key'), p.remove_option('new', 'key'))
print(p.remove_section('new'), p.remove_section('new'))
del p['another']['a']
print(list(p['another']))
del p['another']
print(p.sections())
for call in (lambda: p.add_section('bitbucket.org'), lambda: p.add_section('DEFAULT'),
             lambda: p.set('nosuch', 'a', 'b'), lambda: p.remove_option('nosuch', 'a'),
             lambda: p.__delitem__('DEFAULT'), lambda: p.__delitem__('nosuch'),
             lambda: p['bitbucket.org'].__delitem__('nosuch'),
             lambda: p.add_section(3), lambda: p.set('bitbucket.org', 'a', 3),
             lambda: p.set('bitbucket.org', 3, 'a'),
             lambda: p['bitbucket.org'].__setitem__('a', 3)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
p['DEFAULT'] = {'only': 'one'}
print(p.defaults(), p['bitbucket.org']['only'])
p['bitbucket.org'] = {'fresh': 'yes'}
print(dict(p['bitbucket.org']))
p['bitbucket.org'] = p['bitbucket.org']
print(dict(p['bitbucket.org']))
print(p.popitem()[0], p.sections())
p.clear()
print(p.sections(), len(p))
try:
    p.popitem()
except KeyError as e:
    print('KeyError', e.args)

# read_dict converts keys and values to strings; None stays None.
d = configparser.ConfigParser(allow_no_value=True)
d.read_dict({'s': {'A': 1, 'b': 2.5, 'c': None, 4: True}, 5: {}})
print(d.sections(), d.items('s', raw=True))
try:
    d.read_dict({'s': {'a': 1, 'A': 2}})
except Exception as e:
    print(type(e).__name__, e)
r = configparser.RawConfigParser()
r.add_section(7)
r.set(7, 'eight', 9)
print(r.sections(), r.items(7))
print(configparser.ConfigParser({'d1': 'v1', 'd2': '%bad'}).defaults())
q1 = configparser.ConfigParser(); q1.read_string('[a]\nx=1')
q2 = configparser.ConfigParser(); q2.read_dict({'a': {'x': '1'}})
print(q1 == q2, q1['a'] == q2['a'])

# Sections that appear again in a later read are extended.
m = configparser.ConfigParser()
m.read_string('[s]\na = 1\n')
m.read_string('[s]\nb = 2\n[t]\n', source='second')
print(m.items('s'), m.sections())
m.read_file(['[u]\n', 'k = v\n'])
m.read_file(iter(['[w]\n', 'k = v']), source='lines')
print(m.sections(), m['w']['k'])
print(m.read(['/nonexistent/file.ini']))
