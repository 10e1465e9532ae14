# AttributeError on a builtin type.

numbers = [3, 1, 2]
numbers.sort()
print(numbers)
text = "hello"
print(text.upper(), text.title())
print(numbers.push_back_qq(4))
