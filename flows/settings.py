"""Settings: one object read lazily from PRESSREVIEW_* variables, defaults that work on a laptop."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from warehouse.load import DEFAULT_MEMORY_LIMIT


class Settings(BaseSettings):
    """Run-time settings; build one per run (``Settings()``), never at import time."""

    model_config = SettingsConfigDict(env_prefix="PRESSREVIEW_", extra="ignore")

    warehouse_dir: Path = Field(
        default=Path("data/warehouse"), description="Folder of the DuckDB file and Parquet tree."
    )
    batch_size: int = Field(
        default=512,
        ge=1,
        description="Most files parsed per task run; a run ends on smaller batches (16 and up).",
    )
    workers: int = Field(default_factory=lambda: os.cpu_count() or 1, ge=1)
    parse_in_processes: bool = Field(
        default=True, description="Parse batches in worker processes (one per worker)."
    )
    settle_seconds: float = Field(
        default=2.0, ge=0, description="A file modified more recently is still being written."
    )
    max_file_bytes: int = Field(default=20 * 1024 * 1024, ge=1)
    lock_wait_seconds: float = Field(
        default=0.0, ge=0, description="How long a run waits for another run's lock."
    )
    schedule_cron: str = Field(
        default="*/15 * * * *", description="Cron schedule of `pressreview serve` (--cron wins)."
    )
    schedule_timezone: str = Field(
        default="UTC", description="Time zone the cron schedule is read in (--timezone wins)."
    )
    db_lock_attempts: int = Field(
        default=6, ge=1, description="Tries to open DuckDB while another process holds it."
    )
    db_memory_limit: str = Field(
        default=DEFAULT_MEMORY_LIMIT,
        pattern=r"^\s*(\d+(\.\d+)?\s*([KMGT]i?B|B|bytes)\s*)?$",
        description="DuckDB's memory limit while loading, e.g. 512MB or 2GiB (it spills to "
        "disk beyond it; a load that cannot runs again without one); empty: no limit.",
    )
    load_retries: int = Field(
        default=2, ge=0, description="Retries of the load task (exponential backoff)."
    )
    task_runner: Literal["local", "dask"] = Field(
        default="local",
        description="Where parse batches run: local (threads + a process pool) or dask.",
    )
    dask_address: str = Field(
        default="",
        description="Scheduler of an existing Dask cluster (tcp://host:8786); empty: a "
        "temporary local cluster for the run.",
    )
    dask_workers: int | None = Field(
        default=None, ge=1, description="Workers of the temporary local Dask cluster (WORKERS)."
    )
    storage_uri: str = Field(
        default="",
        description="Parquet tree and raw archive on this pyarrow filesystem URI (s3://bucket/"
        "prefix?endpoint_override=...); empty: in the warehouse folder. DuckDB stays local.",
    )

    @property
    def parses_in_local_processes(self) -> bool:
        """Whether batches are parsed in this machine's worker processes (not Dask's)."""
        return self.task_runner == "local" and self.parse_in_processes

    @property
    def local_processes(self) -> int:
        """Return the size of the local parse process pool (1: none)."""
        if not self.parses_in_local_processes:
            return 1  # a Dask worker is already a process of its own
        return self.workers

    @property
    def parallel_batches(self) -> int:
        """Return how many parse batches run at once: what the batch sizes are cut for."""
        if self.task_runner == "dask":
            return self.dask_workers or self.workers
        return self.workers
