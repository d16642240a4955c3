"""Holding off Python's cycle collector while a page is first built and shown.

Building a page imports its module (matplotlib too, for a page with a chart) and reads its
rows: hundreds of thousands of new objects that all live on. Each burst of allocations sets
off the cycle collector, and every few bursts a full collection walks every object the app
holds; on the demo council at ``--scale 50`` that was about a quarter of the Visits and
Workforce pages' first opening (about 0.3 s and 1 s under load). Once the page is on
screen the collector resumes, and finds the same garbage with far fewer walks of the heap.

Start-up is held the same way: the command line turns the collector off before the window's
modules are imported (about 50,000 objects, nearly all kept for the app's life, and a few
hundred of garbage), and the window turns it back on when the event loop first waits for
input. The collector's walks had been about 15 ms of the 0.4 s start-up.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_held() -> Iterator[None]:
    """Hold off cycle collection inside the block (nested blocks leave it to the outer)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
