"""The scheduled ingest deployment: its name, schedule and limits, declared in one place.

``pressreview serve`` builds it with ``build_deployment`` and hands it to a long-lived Prefect
runner; tests snapshot ``describe(build_deployment(...))`` without a server.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
from prefect.client.schemas.schedules import CronSchedule
from prefect.deployments.runner import RunnerDeployment
from prefect.schedules import Cron
from prefect.types.entrypoint import EntrypointType
from pydantic import ValidationError

from flows.ingest import build_task_runner, ingest
from flows.settings import Settings

DEPLOYMENT_NAME = "pressreview-ingest"
FULL_NAME = f"{ingest.name}/{DEPLOYMENT_NAME}"
TAGS = ["pressreview", "scheduled"]
# One run at a time. A run that would overlap is cancelled rather than queued: the next tick
# reads whatever it left, so a slow run never builds a backlog of runs waiting for a slot.
CONCURRENCY = ConcurrencyLimitConfig(
    limit=1, collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW
)


def validate_schedule(cron: str, timezone: str) -> None:
    """Raise ValueError with a readable reason when the cron string or the time zone is wrong."""
    # The same validators the Prefect API applies, so a bad flag fails here, not at the server.
    try:
        CronSchedule(cron=cron, timezone=timezone)
    except ValidationError as exc:
        raise ValueError("; ".join(str(e["msg"]) for e in exc.errors())) from None


def build_deployment(
    inbox: Path,
    warehouse: Path,
    cron: str,
    timezone: str,
    settings: Settings | None = None,
) -> RunnerDeployment:
    """Return the ingest deployment: ``inbox`` on ``cron`` in ``timezone``, one run at a time."""
    validate_schedule(cron, timezone)
    settings = settings or Settings()
    # The runner starts each run from this flow object, so the task runner sized from the
    # settings carries over exactly as in ``pressreview ingest``.
    flow = ingest.with_options(task_runner=build_task_runner(settings))
    # to_deployment is sync here (no event loop); the cast drops its async-dispatch union.
    deployment = flow.to_deployment(
        name=DEPLOYMENT_NAME,
        schedules=[Cron(cron, timezone=timezone)],
        concurrency_limit=CONCURRENCY,
        # Absolute paths: the UI shows them, and runs do not depend on the runner's cwd.
        parameters={"inbox": str(inbox.resolve()), "warehouse": str(warehouse.resolve())},
        description=f"Ingest {inbox.resolve()} into {warehouse.resolve()}, '{cron}' ({timezone}).",
        tags=TAGS,
        # A module path works from any working directory (the package is installed).
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
    return cast(RunnerDeployment, deployment)


def describe(deployment: RunnerDeployment) -> dict[str, Any]:
    """Return what a person (or a snapshot test) checks about the deployment."""
    limit = deployment.concurrency_limit
    options = deployment.concurrency_options
    return {
        "name": deployment.name,
        "flow": deployment.flow_name,
        "entrypoint": deployment.entrypoint,
        "schedules": [
            {
                "cron": getattr(s.schedule, "cron", None),
                "timezone": getattr(s.schedule, "timezone", None),
                "active": s.active,
            }
            for s in deployment.schedules or []
        ],
        "parameters": dict(deployment.parameters),
        "concurrency_limit": limit.limit if isinstance(limit, ConcurrencyLimitConfig) else limit,
        "collision_strategy": options.collision_strategy.value if options else None,
        "tags": list(deployment.tags),
    }


def serve_forever(deployment: RunnerDeployment) -> None:
    """Register the deployment and run its scheduled and manual runs until interrupted."""
    from prefect import serve

    # No runner-side limit: a run the runner held back would wait and then run late, while
    # the deployment's limit (CONCURRENCY) cancels an overlapping run with a visible reason.
    # Schedules are paused on shutdown so runs do not pile up while no runner is there to take
    # them; the next ``serve`` resumes them.
    serve(deployment, pause_on_shutdown=True)
