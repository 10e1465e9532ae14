# No carets when the failing expression is the whole line (after its
# indentation): a bare call, a bare name. A binary operation or subscript
# on its own line still gets its anchors.

def fail():
    return {}["key"]

def main():
    try:
        fail()
    except KeyError:
        try:
            undefined_name
        except NameError:
            a = 1
            b = 0
            a / b

main()
