"""Named crash points for the crash-safety tests: SIGKILL this process at a chosen step.

Inert unless PRESSREVIEW_CRASH_AT names the point; read at each call, never at import.
"""

from __future__ import annotations

import os
import signal


def crash_point(name: str) -> None:
    """Kill this process at once, as a power cut would, when the test asks for ``name``."""
    if os.environ.get("PRESSREVIEW_CRASH_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
