"""Wall-clock and processor time of one step, including the programs it starts.

The machine is shared: other builds stretch the wall-clock time of ours by a
factor that changes from minute to minute. The processor time a step used
(its own plus that of every program it ran and waited for, such as MkDocs and
Pagefind) barely depends on that, so ratios are taken from it; the wall-clock
time is reported beside it.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Timing:
    wall: float
    cpu: float

    def as_dict(self) -> dict[str, float]:
        return asdict(self)

    def __add__(self, other: Timing) -> Timing:
        return Timing(self.wall + other.wall, self.cpu + other.cpu)


ZERO = Timing(0.0, 0.0)


def cpu_seconds() -> float:
    """Processor time of this process and of all its finished, waited-for child processes."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def timed(action: Callable[[], T]) -> tuple[T, Timing]:
    wall, cpu = time.perf_counter(), cpu_seconds()
    outcome = action()
    return outcome, Timing(time.perf_counter() - wall, cpu_seconds() - cpu)


def total(timings: list[Timing]) -> Timing:
    return sum(timings, ZERO)
