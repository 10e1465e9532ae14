# -W, -X and PYTHONWARNINGS reach sys.warnoptions, sys._xoptions and the
# warnings filters (through child interpreters started with subprocess).
import subprocess, sys
def run(*args, env=None):
    r = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env)
    print(r.returncode, r.stdout.strip(), r.stderr.strip().splitlines()[-1:] )
run('-W', 'error', '-c', 'import sys; print(sys.warnoptions)')
run('-W', 'error', '-c', 'import warnings; warnings.warn("boom")')
run('-W', 'ignore', '-c', 'import warnings; warnings.warn("quiet"); print("done")')
run('-X', 'utf8', '-X', 'name=value', '-c', 'import sys; print(sorted(sys._xoptions.items()))')
run('-c', 'import sys; print(sys.warnoptions)', env={'PYTHONWARNINGS': 'ignore::DeprecationWarning,error'})
run('-E', '-c', 'import sys; print(sys.warnoptions)', env={'PYTHONWARNINGS': 'error'})
