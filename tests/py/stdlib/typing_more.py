from typing import (Generic, TypeVar, Protocol, TypedDict, Required, NotRequired,
                    Annotated, get_type_hints, NamedTuple, List, Optional, Union,
                    Dict, Callable, Literal, ClassVar, Final, Any, overload,
                    get_overloads, assert_never, NewType, Tuple)
import typing

T = TypeVar('T')
U = TypeVar('U')


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


b = Box[int](5)
print(b.get(), Box[str], Box[List[int]], Box[int] == Box[int], Box[int] == Box[str])
print(typing.get_origin(Box[int]) is Box, typing.get_args(Box[int]))
print(Dict[str, T][int], List[T][str], Callable[[T], U][int, str])
try:
    Generic[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    List[int, str]
except TypeError as e:
    print(type(e).__name__, e)
try:
    typing.Hashable[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Union[3]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Callable[int, str]
except TypeError as e:
    print(type(e).__name__, e)
try:
    List[int]()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Any()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Annotated[int]
except TypeError as e:
    print(type(e).__name__, e)


class Greeter(Protocol):
    def greet(self) -> str: ...


try:
    isinstance(object(), Greeter)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Greeter()
except TypeError as e:
    print(type(e).__name__, e)


class English:
    def greet(self) -> str:
        return 'hi'


def welcome(g: Greeter) -> str:
    return g.greet()


print(welcome(English()))


class Opts(TypedDict, total=False):
    name: Required[str]
    size: int
    tag: NotRequired[str]


print(sorted(Opts.__required_keys__), sorted(Opts.__optional_keys__), Opts(name='x'))
try:
    isinstance({}, Opts)
except TypeError as e:
    print(type(e).__name__, e)


def ann(x: Annotated[int, 'units'], y: 'Optional[Box[int]]') -> None:
    pass


print(get_type_hints(ann))
print(get_type_hints(ann, include_extras=True)['x'])


class Node:
    value: int
    next: 'Optional[Node]' = None
    children: 'List[Node]'


print(get_type_hints(Node))


class Employee(NamedTuple):
    name: str
    dept: str = 'eng'


e = Employee('ann')
print(e, e._make(['bob', 'ops']), Employee._fields, e.__class__.__name__)
print(sorted([Employee('b'), Employee('a')]), e == ('ann', 'eng'))
name, dept = e
print(name, dept, Employee.__doc__ if False else '', e.count('ann'), e.index('eng'))
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: int
except TypeError as e2:
    print(type(e2).__name__, e2)
try:
    e._replace(bogus=1)
except ValueError as e2:
    print(type(e2).__name__, e2)


@overload
def conv(x: int) -> str: ...
@overload
def conv(x: str) -> int: ...
def conv(x):
    return x


print(conv(1), len(get_overloads(conv)))
try:
    assert_never(3)
except AssertionError as e2:
    print(type(e2).__name__, e2)

Meters = NewType('Meters', float)
print(Meters(2.5), Meters.__name__, Union[Meters, int])
print(Literal['a'] == Literal['a'], Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True])
print(Optional[Optional[int]], Union[int, Union[str, float]], Union[Union[int, str], None])
print(Tuple[int, int] == Tuple[int, int], Final[List[int]], ClassVar[Dict[str, int]])
print(typing.get_origin(Final[int]) is Final, typing.get_args(ClassVar[int]))
print(typing.Coroutine[Any, Any, int], typing.AsyncIterator[int], typing.ContextManager[str])
print(typing.is_typeddict(Opts), typing.is_typeddict(dict))
S = TypeVar('S', bound='Box')
print(S.__bound__, repr(typing.ForwardRef('X')))
