# A missing colon after 'class'.
class A
    pass
