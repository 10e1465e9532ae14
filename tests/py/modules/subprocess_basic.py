# subprocess: run, Popen, call, check_call, check_output, getstatusoutput and
# getoutput with pipes, text mode, input, env, cwd, STDOUT, DEVNULL, files,
# timeouts, signals, return codes and the error messages.
import subprocess, sys, os, tempfile
tmp = tempfile.mkdtemp()
r = subprocess.run(['echo', 'hello', 'world'], capture_output=True)
print(r)
r = subprocess.run(['sh', '-c', 'echo out; echo err >&2; exit 3'], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
print(subprocess.run('echo shell $((1+2))', shell=True, stdout=subprocess.PIPE).stdout)
print(subprocess.check_output(['cat'], input=b'piped input\n'))
print(repr(subprocess.check_output(['tr', 'a-z', 'A-Z'], input='text mode\r\nline\n', text=True)))
try:
    subprocess.check_call(['false'])
except subprocess.CalledProcessError as e:
    print('CalledProcessError', e, e.returncode, e.cmd)
try:
    subprocess.run(['sh', '-c', 'exit 2'], check=True)
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.run(['nonexistent-program-xyz'])
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e.cmd, e.timeout == 0.2 or e.timeout < 0.2)
p = subprocess.Popen(['sleep', '10'])
p.kill()
print(p.wait())
p = subprocess.Popen(['sleep', '10'])
p.terminate()
print(p.wait())
print(subprocess.call(['sh', '-c', 'exit 7']))
print(subprocess.getstatusoutput('echo a; echo b >&2; exit 1'))
print(subprocess.getoutput('printf "x\\ny\\n"'))
r = subprocess.run(['sh', '-c', 'echo $FOO; pwd'], env={'FOO': 'bar', 'PATH': os.environ['PATH']}, cwd='/tmp', capture_output=True, text=True)
print(r.stdout)
r = subprocess.run(['sh', '-c', 'echo to-out; echo to-err >&2'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.stdout)
r = subprocess.run(['sh', '-c', 'echo gone'], stdout=subprocess.DEVNULL)
print(r)
big = subprocess.run(['sh', '-c', 'head -c 300000 /dev/zero; head -c 300000 /dev/zero >&2'], capture_output=True)
print(len(big.stdout), len(big.stderr))
with subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as p:
    p.stdin.write(b'streamed\n')
    p.stdin.close()
    print(p.stdout.read())
print(p.returncode)
p = subprocess.Popen(['sh', '-c', 'echo line1; echo line2'], stdout=subprocess.PIPE, text=True)
print([l for l in p.stdout])
p.wait()
print(repr(p)[:40], p.returncode)
try:
    subprocess.run(['true'], input=b'x', stdin=subprocess.PIPE)
except ValueError as e:
    print(e)
try:
    subprocess.run(['true'], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print(e)
try:
    subprocess.check_output(['true'], stdout=1)
except ValueError as e:
    print(e)
print(subprocess.CompletedProcess(['a'], 0, b'x'))
e = subprocess.CalledProcessError(-9, ['x'])
print(e)
print(subprocess.TimeoutExpired(['y'], 1.5))
sys.stdout.flush()
subprocess.run(['echo', 'inherited stdout'])
with open(os.path.join(tmp, 'out.txt'), 'w') as f:
    subprocess.run(['echo', 'into a file'], stdout=f)
print(open(os.path.join(tmp, 'out.txt')).read())
import shutil
shutil.rmtree(tmp)
