import typing
from typing import (Any, Union, Optional, List, Dict, Set, FrozenSet, Tuple,
                    Type, Callable, Iterable, Iterator, Generator, Sequence,
                    Mapping, MutableMapping, Awaitable, TypeVar, Generic,
                    Protocol, NamedTuple, TypedDict, Literal, Final, ClassVar,
                    Annotated, cast, overload, no_type_check, final,
                    get_type_hints, get_origin, get_args, TYPE_CHECKING,
                    NewType, AnyStr, Text, NoReturn, Never, Self,
                    LiteralString, TypeAlias, ParamSpec, Concatenate,
                    TypeGuard, runtime_checkable, Deque, DefaultDict,
                    Counter, OrderedDict, Hashable, Sized, Collection,
                    Container, AbstractSet, MutableSequence, MutableSet,
                    Coroutine, AsyncIterator, AsyncIterable, AsyncGenerator,
                    ContextManager, Pattern, Match, IO, TextIO, BinaryIO,
                    SupportsInt, SupportsFloat, SupportsIndex, Reversible,
                    ItemsView, KeysView, ValuesView, ChainMap)

print(TYPE_CHECKING)
print(List[int], Dict[str, int], Set[bytes], FrozenSet[int], Tuple[int, str])
print(Tuple[int, ...], Tuple[()], Type[int], Optional[int], Union[int, str])
print(Union[int, None], Optional[Union[int, str]], Union[int], Union[int, int, str])
print(Callable[[int], str], Callable[..., int], Callable[[], None])
print(Iterable[int], Iterator[str], Generator[int, None, None], Sequence[int])
print(Mapping[str, int], MutableMapping[str, List[int]], Awaitable[int])
print(List, Dict, Callable, Any, Union, Optional, Tuple)
print(Literal[1, 'a'], Final[int], ClassVar[int], Annotated[int, 'meta'])
print(List[Dict[str, Tuple[int, ...]]], Type[Any], List['Foo'])
print(Deque[int], DefaultDict[str, int], Counter[str], Hashable, Sized)
print(NoReturn, Never, Self, LiteralString, TypeAlias, AnyStr, Text is str)
print(list[int], dict[str, list[int]], int | None)

T = TypeVar('T')
K = TypeVar('K', bound=int)
S = TypeVar('S', str, bytes)
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)
print(T, K, S, Co, Contra, T.__name__, K.__bound__, S.__constraints__)
print(List[T], Dict[str, T], Callable[[T], K])

print(get_origin(List[int]), get_origin(Dict[str, int]), get_origin(Union[int, str]))
print(get_origin(Optional[int]), get_origin(int), get_origin(list[int]), get_origin(Literal[1]))
print(get_origin(Callable[[int], str]), get_origin(Annotated[int, 'x']), get_origin(Generic))
print(get_args(List[int]), get_args(Dict[str, int]), get_args(Union[int, str]))
print(get_args(Optional[int]), get_args(int), get_args(Callable[[int, str], bool]))
print(get_args(Callable[..., int]), get_args(Tuple[int, ...]), get_args(Annotated[int, 'x', 2]))
print(get_args(list[int]), get_args(Literal['a', 'b']))

print(Union[int, str] == Union[str, int], List[int] == List[int], List[int] == List[str])
print(hash(List[int]) == hash(List[int]), Optional[int] == Union[int, None])
print(List[int].__origin__, List[int].__args__, Union[int, str].__args__)

try:
    isinstance([], List[int])
except TypeError as e:
    print(type(e).__name__)
try:
    Union[()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Optional[int, str]
except TypeError as e:
    print(type(e).__name__, e)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), Stack[int], type(s).__name__, isinstance(s, Stack))
s2 = Stack()
print(s2.items)


class Pair(Generic[K, T]):
    def __init__(self, a: K, b: T):
        self.a, self.b = a, b


print(Pair[int, str], Pair(1, 'x').b)


class IntStack(Stack[int]):
    pass


print(IntStack().items, issubclass(IntStack, Stack))


class Base:
    pass


class Mixed(Base, Generic[T]):
    pass


print(Mixed[int], issubclass(Mixed, Base))


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = 'p'

    def norm(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p, p.x, p[1], p.norm(), Point(1), p._fields, p._replace(x=9), p._asdict())
print(isinstance(p, tuple), len(p), tuple(p), Point._field_defaults, p == (3, 4, 'p'))
print(Point.__annotations__)
a, b, c = p
print(a, b, c)
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__)

Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp._fields)


class Movie(TypedDict):
    title: str
    year: int


class Movie2(Movie, total=False):
    rating: float


m = Movie(title='Blade Runner', year=1982)
print(m, type(m), m['title'], Movie2(title='x', year=1, rating=2.5))
print(Movie.__annotations__, Movie.__required_keys__ == frozenset({'title', 'year'}))
print(sorted(Movie2.__optional_keys__), Movie2.__total__, Movie.__total__)
Alt = TypedDict('Alt', {'a': int, 'b': str})
print(Alt(a=1, b='x'))

UserId = NewType('UserId', int)
print(UserId(5), type(UserId(5)), UserId, UserId.__supertype__)

print(cast(int, 'x'), cast('List[int]', [1]))


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x


print(f(3), f('a'))


@final
class Leaf:
    pass


@no_type_check
def g(x: 'undefined'):
    return x


print(Leaf.__name__, g(2))


def annotated(a: int, b: 'str' = 'x', c: Optional[List[int]] = None) -> Dict[str, int]:
    return {}


print(get_type_hints(annotated))


class Hinted:
    name: str
    count: 'int'
    tags: List[str]
    limit: ClassVar[int] = 3


print(get_type_hints(Hinted))


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class Resource:
    def close(self):
        pass


print(isinstance(Resource(), Closable), isinstance(3, Closable))


class SupportsAdd(Protocol[T]):
    def add(self, x: T) -> T: ...


class Impl(SupportsAdd[int]):
    def add(self, x):
        return x + 1


print(Impl().add(1))

P = ParamSpec('P')
print(P, P.args, P.kwargs, Callable[P, int], Callable[Concatenate[int, P], int])
print(TypeGuard[int], Union[int, List[str]], Optional[Callable[[int], str]])
print(repr(Any), Literal[True], Tuple[int, str].__args__)
print(Union[int, str] | None, int | List[str])
print(type(None) in get_args(Optional[int]), Annotated[int, 'x'].__metadata__)


def uses_callable(cb: Callable[[int], int]) -> int:
    return cb(1)


print(uses_callable(lambda v: v + 1), uses_callable.__annotations__['cb'])
print(typing.get_origin(typing.Iterable[int]) is __import__('collections.abc').abc.Iterable if False else 'skip')
print(List[int]([1, 2]) if False else list, Dict[str, int]() if False else None)
