# A method descriptor taken from its type is qualified by the type.
print(str.upper.__qualname__, list.append.__qualname__, dict.get.__qualname__, object.__init__.__qualname__, int.from_bytes.__qualname__)
print("".upper.__qualname__, len.__qualname__, [].append.__qualname__, dict.fromkeys.__qualname__)
