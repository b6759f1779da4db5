#!/usr/bin/env python3
"""How fast the interface ends, and what it costs left idle.

Runs the claimdiff binary (no arguments: the bundled articles) in a
pseudo-terminal, waits for the first screen, then measures the time from

  - the `q` key,
  - SIGTERM,
  - the terminal closing (the master side of the pty closed), with
    claimdiff as the session leader (it gets SIGHUP) and under a shell
    that ignores SIGHUP (no signal: only the terminal tells it)

to the process's exit (each RUNS times; median and worst), and the CPU time
an interface left idle for IDLE seconds uses (utime + stime from /proc).

Usage, from the repository root:

    python3 scripts/lifecycle_figures.py [--bin target/release/claimdiff] [--idle 60]

Linux only (pty, /proc). Prints one line per figure.
"""

import argparse
import os
import pty
import signal
import statistics
import sys
import threading
import time

RUNS = 5


def start(binary, under_shell=False):
    """(pid, master fd) of claimdiff in a new 120x40 pty, once it has drawn;
    under a shell that ignores SIGHUP, the pid is the shell's."""
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.environ.pop("NO_COLOR", None)
        if under_shell:
            os.execv("/bin/sh", ["sh", "-c", "trap '' HUP; '%s'; exit 0" % binary])
        os.execv(binary, [binary])
    import fcntl
    import struct
    import termios
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    seen = b""
    deadline = time.monotonic() + 20
    while b"001 \xc2\xb7" not in seen:
        if time.monotonic() > deadline:
            sys.exit("claimdiff did not draw its first screen in 20 s")
        try:
            seen += os.read(fd, 65536)
        except OSError:
            sys.exit("claimdiff ended before drawing")
    return pid, fd


def drain(fd, stop):
    """Keep reading the terminal so claimdiff never blocks on output."""
    while not stop.is_set():
        try:
            if not os.read(fd, 65536):
                return
        except OSError:
            return


def wait(pid, limit=10.0):
    """Seconds until pid exits, and its exit status."""
    t0 = time.monotonic()
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return time.monotonic() - t0, os.waitstatus_to_exitcode(status)
        if time.monotonic() - t0 > limit:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return float("inf"), None
        time.sleep(0.002)


def one(binary, how):
    pid, fd = start(binary, under_shell=how.endswith("(shell)"))
    time.sleep(1.0)  # let the background comparisons finish
    if how == "q":
        os.write(fd, b"q")
        took, code = wait(pid)
        os.close(fd)
    elif how == "SIGTERM":
        os.kill(pid, signal.SIGTERM)
        took, code = wait(pid)
        os.close(fd)
    else:
        os.close(fd)
        took, code = wait(pid)
    return took, code


def cpu_seconds(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/release/claimdiff")
    ap.add_argument("--idle", type=float, default=60.0)
    args = ap.parse_args()
    for how in ["q", "SIGTERM", "terminal closed", "closed (shell)"]:
        results = [one(args.bin, how) for _ in range(RUNS)]
        times = [t for t, _ in results]
        codes = sorted({c for _, c in results}, key=str)
        print("%-16s to exit: median %.0f ms, worst %.0f ms over %d runs; exit status %s"
              % (how, 1000 * statistics.median(times), 1000 * max(times), RUNS, codes))
    pid, fd = start(args.bin)
    stop = threading.Event()
    reader = threading.Thread(target=drain, args=(fd, stop), daemon=True)
    reader.start()
    time.sleep(2.0)  # first screen and background work done
    before, t0 = cpu_seconds(pid), time.monotonic()
    time.sleep(args.idle)
    used, spent = cpu_seconds(pid) - before, time.monotonic() - t0
    print("idle for %.0f s: %.2f s of CPU (%.2f%% of a core)"
          % (spent, used, 100 * used / spent))
    os.write(fd, b"q")
    wait(pid)
    stop.set()
    os.close(fd)


if __name__ == "__main__":
    main()
