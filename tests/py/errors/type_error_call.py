# Calling a function with the wrong number of arguments.

def greet(name, greeting):
    return greeting + ", " + name

print(greet("ann", "hello"))
print(greet(greeting="hi", name="bob"))
print(greet("cy"))
