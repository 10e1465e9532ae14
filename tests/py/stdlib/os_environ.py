# os.environ and friends: a mapping that changes the process environment.
import os

env = os.environ
print(type(env).__name__, 'PATH' in env, env.get('SURELY_NOT_SET_VAR'),
      os.getenv('SURELY_NOT_SET_VAR', 'dflt'), repr(env)[:9])
env['PP_TEST_A'] = 'alpha'
print(env['PP_TEST_A'], os.getenv('PP_TEST_A'), 'PP_TEST_A' in env, 'PP_TEST_A' in env.keys())
print(os.system('test "$PP_TEST_A" = alpha'))
del env['PP_TEST_A']
print('PP_TEST_A' in env, os.system('test -z "$PP_TEST_A"'))


def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)


t(env.__getitem__, 'PP_MISSING')
t(env.__delitem__, 'PP_MISSING')
t(env.__setitem__, 1, 'x')
t(env.__setitem__, 'x', 1)
t(env.__setitem__, 'a=b', 'x')
t(env.__setitem__, 'ab', 'x\0')
t(env.__getitem__, 1)
t(env.__contains__, 1)
t(env.__contains__, b'PATH')
t(os.environb.__contains__, 'PATH')

env.update({'PP_U1': '1', 'PP_U2': '2'}, PP_U3='3')
env.update([('PP_U4', '4')])
print(sorted(k for k in env if k.startswith('PP_U')), env['PP_U3'])
print(env.setdefault('PP_U1', 'x'), env.setdefault('PP_U5', '5'))
print(env.pop('PP_U5'), env.pop('PP_U5', 'gone'))
t(env.pop, 'PP_U5')
c = env.copy()
print(type(c).__name__, c['PP_U1'], c == dict(env), env == c)
m = env | {'PP_U6': '6'}
print(type(m).__name__, m['PP_U6'], 'PP_U6' in env)
m2 = {'PP_U7': '7'} | env
print(type(m2).__name__, m2['PP_U7'])
env |= {'PP_U8': '8'}
print(env['PP_U8'], os.system('test "$PP_U8" = 8'))
for k in ['PP_U1', 'PP_U2', 'PP_U3', 'PP_U4', 'PP_U8']:
    del env[k]
print(sorted(k for k in env if k.startswith('PP_U')))
print(len(env) == len(list(env)) == len(env.keys()) == len(env.items()) == len(env.values()))
print(all(isinstance(k, str) and isinstance(v, str) for k, v in env.items()))

os.putenv('PP_PUT', 'p')
print('PP_PUT' in env, os.system('test "$PP_PUT" = p'))
os.unsetenv('PP_PUT')
print(os.system('test -z "$PP_PUT"'))

eb = os.environb
eb[b'PP_B'] = b'bee'
print(env['PP_B'], eb[b'PP_B'], b'PP_B' in eb, os.getenvb(b'PP_B'))
del eb[b'PP_B']
print('PP_B' in env)
t(eb.__setitem__, 'x', b'y')
t(eb.__setitem__, b'x', 'y')
