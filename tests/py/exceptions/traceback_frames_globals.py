# A traceback's frames have f_globals, f_builtins, f_locals (a module's) and
# f_lasti.
import sys
def f(): 1/0
try:
    f()
except Exception as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_globals is globals(), tb.tb_next.tb_frame.f_globals is globals())
    print(tb.tb_frame.f_locals is globals(), tb.tb_next.tb_frame.f_locals)
    print(tb.tb_frame.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else type(tb.tb_frame.f_builtins))
    print(tb.tb_lasti > 0, tb.tb_next.tb_lasti > 0)
