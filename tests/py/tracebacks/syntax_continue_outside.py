# 'continue' outside a loop.
continue
