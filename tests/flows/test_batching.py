"""Parse batches: every file in exactly one batch, large batches first, small ones last."""

from __future__ import annotations

import itertools

import pytest

from flows.batching import SMALLEST_BATCH, batch_bounds


@pytest.mark.parametrize("total", [0, 1, 15, 16, 17, 100, 1_000, 2_000, 10_000, 12_345])
@pytest.mark.parametrize("workers", [1, 2, 8])
def test_batches_cover_every_file_once_in_order(total: int, workers: int) -> None:
    bounds = batch_bounds(total, workers, 512)
    covered = [i for start, stop in bounds for i in range(start, stop)]
    assert covered == list(range(total))
    assert all(stop > start for start, stop in bounds)


def test_sizes_never_grow_and_stay_within_the_limits() -> None:
    sizes = [stop - start for start, stop in batch_bounds(10_000, 2, 512)]
    assert max(sizes) == 512
    assert all(later <= earlier for earlier, later in itertools.pairwise(sizes))
    assert all(size >= SMALLEST_BATCH for size in sizes[:-1])  # only the rest may be smaller


def test_ten_thousand_files_make_a_fifth_of_the_fixed_size_batches() -> None:
    guided = batch_bounds(10_000, 2, 512)
    fixed_64 = -(-10_000 // 64)
    assert len(guided) * 4 < fixed_64
    # The run ends on small batches: the last quarter of the batches hold few files.
    tail = guided[-len(guided) // 4 :]
    assert sum(stop - start for start, stop in tail) < 0.02 * 10_000


def test_a_small_largest_size_is_kept_exactly() -> None:
    """Tests and debugging set PRESSREVIEW_BATCH_SIZE=1 or 2 to get one batch per file or two."""
    assert batch_bounds(3, 2, 1) == [(0, 1), (1, 2), (2, 3)]
    assert batch_bounds(5, 2, 2) == [(0, 2), (2, 4), (4, 5)]


def test_work_is_shared_even_when_there_is_little() -> None:
    """100 files on 2 workers are not one batch: both workers get some."""
    assert len(batch_bounds(100, 2, 512)) >= 4
