# A module that binds the name `super` itself: super() and super(C, obj)
# call whatever it names (super() with no arguments), and the built-in
# one again once the name is deleted.


class Base:
    def who(self, tag='-'):
        return 'Base.who', type(self).__name__, tag


def call_with_own_super():
    class Own(Base):
        def who(self, tag='-'):
            return super().who(tag)

        def two(self):
            return super(Own, self).who('two')
    return Own().two(), Own().who('own')


real_super = super


def fake_super(*args):
    print('fake super called with', len(args), 'arguments')
    return real_super(*args)


super = fake_super
try:
    print(call_with_own_super())
except RuntimeError as e:
    print('RuntimeError:', e)
super = real_super
del super
print(call_with_own_super())


