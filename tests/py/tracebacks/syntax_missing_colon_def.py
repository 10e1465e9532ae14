# A missing colon after 'def'.
def f()
    pass
