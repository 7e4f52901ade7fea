"""``kg.lazy.cached_attribute``: computed once per instance, on frozen dataclasses too."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, dataclass

import pytest

from kg.lazy import cached_attribute


@dataclass(frozen=True)
class _Line:
    text: str
    calls: list[str]

    @cached_attribute
    def width(self) -> int:
        """The text's length."""
        self.calls.append(self.text)
        return len(self.text)


def test_computed_once_per_instance_and_kept_as_its_own_attribute() -> None:
    calls: list[str] = []
    a, b = _Line("高新区", calls), _Line("开发区管委会", calls)
    assert (a.width, a.width, b.width, a.width) == (3, 3, 6, 3)
    assert calls == ["高新区", "开发区管委会"]
    assert vars(a)["width"] == 3


def test_the_class_sees_the_descriptor_and_the_instance_stays_frozen() -> None:
    assert isinstance(_Line.width, cached_attribute) and _Line.width.__doc__ == "The text's length."
    line = _Line("园区", [])
    assert line.width == 2
    with pytest.raises(FrozenInstanceError):
        line.text = "x"  # type: ignore[misc]
    assert line == _Line("园区", ["园区"])  # the cached value is no field: equality unchanged
