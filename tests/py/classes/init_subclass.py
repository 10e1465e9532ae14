# __init_subclass__: registration, keyword arguments, inheritance of the hook.

class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        print("init_subclass", cls.__name__, name, kwargs)
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls

class Alpha(Plugin):
    pass

class Beta(Plugin, name="bee"):
    pass

class Gamma(Beta):
    pass

print(sorted(Plugin.registry))
print(Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
print(hasattr(Plugin, "plugin_name"))

# extra keywords that nobody consumes reach object.__init_subclass__
try:
    class Bad(Plugin, name="x", color="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# __init_subclass__ is implicitly a classmethod
class Base:
    subclasses = []
    def __init_subclass__(cls):
        Base.subclasses.append(cls.__name__)
print(type(Base.__dict__["__init_subclass__"]).__name__)

class One(Base): pass
class Two(Base): pass
class Three(One): pass
print(Base.subclasses)

# validation in the hook
class Interface:
    required = ("run",)
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        missing = [m for m in cls.required if not callable(getattr(cls, m, None))]
        if missing:
            raise TypeError(cls.__name__ + " is missing " + ", ".join(missing))

class Good(Interface):
    def run(self):
        return "running"
print(Good().run())
try:
    class NotGood(Interface):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# keywords without __init_subclass__ go to object and fail
try:
    class Plain(flag=True):
        pass
except TypeError as e:
    print(type(e).__name__, e)
