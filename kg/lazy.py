"""``cached_attribute``: ``functools.cached_property`` that keeps the instance's attributes fast.

``functools.cached_property`` stores its value through the instance's ``__dict__``; in CPython 3.11 an
object whose ``__dict__`` has been asked for keeps its attributes in a real dict from then on, and every
later read of any of its attributes is a dict lookup instead of a read from the object's inline values
(several times the cost). The extractors read the fields of each article's ``Doc`` millions of times in a
build, after one of its cached values is first computed. This descriptor stores the value with
``object.__setattr__`` instead (which also works on frozen dataclasses, as ``cached_property`` does).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")

_set = object.__setattr__


class cached_attribute(Generic[T]):  # noqa: N801  (named like the decorator it stands for)
    """Compute an attribute on first read, then keep it as the instance's own attribute (a non-data
    descriptor: the instance's attribute is found first from then on)."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> cached_attribute[T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> T | cached_attribute[T]:
        if instance is None:
            return self
        value = self.func(instance)
        _set(instance, self.name, value)
        return value
