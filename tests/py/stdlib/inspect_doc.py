# getdoc (with inherited docstrings) and cleandoc.
import inspect


class Base:
    """Base class.

        Indented detail.
    Back to margin.
    """

    def method(self):
        """Method documented in Base."""

    @property
    def prop(self):
        """Property documented in Base."""
        return 1

    @classmethod
    def cm(cls):
        """Class method documented in Base."""

    def undocumented(self):
        pass


class Child(Base):
    def method(self):
        pass

    @property
    def prop(self):
        return 2

    @classmethod
    def cm(cls):
        pass


class Bare:
    pass


class Grandchild(Child):
    pass


def function():
    """
    Leading blank line.

      Nested indentation.
    """


def nodoc():
    pass


for obj in [Base, Child, Grandchild, Bare, Base.method, Child.method,
            Child().method, Child.prop, Child.cm, Base().undocumented,
            Child.undocumented, function, nodoc, None]:
    print(repr(inspect.getdoc(obj)))

module_like = type('M', (), {'__doc__': 42})
print(inspect.getdoc(module_like))

docs = [
    '',
    'one line',
    '   leading spaces',
    'first\n    second\n    third',
    'first\n    second\n      deeper\n    third\n',
    '\n\n  after blanks\n  more\n\n\n',
    'tabs\n\tindented\n\t\tmore',
    'trailing spaces   \n    x   \n    ',
    'first\n\n    \n    body\n',
    '\n',
    '    \n    ',
    'a\n  b\n c',
]
for doc in docs:
    print(repr(inspect.cleandoc(doc)))
