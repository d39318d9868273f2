"""The guard of ``kg serve``: ``python -m kg.endpoint_guard STORE``.

It reads lines on standard input: ``+PID`` for each Oxigraph child that
``kg serve`` starts, ``-PID`` for each one it has stopped and reaped. When its standard input closes, because ``kg serve``
ended in whatever way (even killed with SIGKILL), it stops those children
and removes the temporary store folder STORE.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
import time


def _stop(pid: int) -> None:
    """Stop process ``pid`` (a child of kg serve, so not yet reaped by us: polled by signal 0)."""
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def main(store: str) -> None:
    """Wait for standard input to close, then stop the children named on it and remove ``store``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    running: set[int] = set()
    for line in sys.stdin.buffer:
        sign, number = line[:1], line[1:].strip()
        if number.isdigit():
            (running.add if sign == b"+" else running.discard)(int(number))
    for pid in sorted(running):
        _stop(pid)
    shutil.rmtree(store, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1])
