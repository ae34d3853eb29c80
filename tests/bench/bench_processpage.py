#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""What does watching the process table cost? Kaleido's Processes area against top and htop, side by side.

With 2 000 and then 10 000 extra sleeping processes (kaleido-bench-spawn --count), and then under churn
(kaleido-bench-spawn --churn: 300 forks a second, refreshing every 250 ms), this starts at the same moment
  (a) kaleido -platform offscreen --area Processes --interval MS --bench-report FILE,
  (b) top -b -d S (output to /dev/null),
  (c) htop -d TENTHS in a pseudo-terminal of 200x50 (its output read and dropped),
lets them warm up, and over one common window takes each one's CPU time (utime + stime of /proc/PID/stat, all
threads) as a percentage of one core. Kaleido's report adds its model-update time per tick and its longest
GUI-thread event dispatch. It prints a table with ratios and the targets, and never fails on time: it fails only
when the harness itself cannot do its job (the spawner fails, processes are left behind, Kaleido crashes).

Environment (all optional):
  KALEIDO_BENCH_COUNTS          process counts, default "2000 10000" ("2000" for a quick run)
  KALEIDO_BENCH_SECONDS         the measuring window per count, default 30
  KALEIDO_BENCH_WARMUP          seconds before the window starts, default 4
  KALEIDO_BENCH_CHURN_SECONDS   length of the churn phase, default 60; 0 skips it
  KALEIDO_BENCH_CHURN_RATE      forks per second in the churn phase, default 300
  KALEIDO_BENCH_AREA            the area Kaleido opens, default Processes
See docs/PERFORMANCE.md.
"""
import argparse
import fcntl
import json
import math
import os
import pty
import select
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time

CLK_TCK = os.sysconf("SC_CLK_TCK")
TARGETS = {2000: 2.0, 10000: 8.0}  # % of one core for Kaleido (issue 4)
STALL_TARGET_MS = 16.0


def env_number(name, default, kind=float):
    text = os.environ.get(name, "").strip()
    if not text:
        return default
    try:
        return kind(text)
    except ValueError:
        sys.exit(f"bench_processpage: {name}={text!r} is not a number")


def cpu_ticks(pid):
    """utime + stime of every thread of @pid, in clock ticks; None once it has ended."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            text = f.read().decode("ascii", "replace")
    except OSError:
        return None
    fields = text[text.rindex(")") + 2:].split()
    if fields[0] in ("Z", "X"):
        return None
    return int(fields[11]) + int(fields[12])  # proc(5) fields 14 and 15


def tasks_on_machine():
    with open("/proc/loadavg") as f:
        return int(f.read().split()[3].split("/")[1])


def processes_with_cmdline(argv):
    """PIDs whose command line is exactly @argv (the spawner's children share their parent's)."""
    wanted = ("\0".join(argv) + "\0").encode()
    found = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/cmdline", "rb") as f:
                if f.read() == wanted:
                    found.append(int(name))
        except OSError:
            pass
    return found


class Spawner:
    """kaleido-bench-spawn, stopped (and checked for leftovers) on stop()."""

    def __init__(self, binary, args):
        self.argv = [binary] + args
        self.proc = subprocess.Popen(self.argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.first_line = self.proc.stdout.readline().strip()

    def failed(self):
        """None while it runs as asked, else (exit status, its error output)."""
        if self.first_line:
            return None
        self.proc.wait()
        return self.proc.returncode, self.proc.stderr.read().strip()

    def stop(self, wait=0.0):
        """Ends it (after up to @wait seconds of letting it finish by itself) and returns its output."""
        try:
            self.proc.wait(timeout=wait) if wait else None
        except subprocess.TimeoutExpired:
            pass
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        out, err = self.proc.communicate(timeout=120)
        deadline = time.monotonic() + 15
        left = processes_with_cmdline(self.argv)
        while left and time.monotonic() < deadline:
            time.sleep(0.2)
            left = processes_with_cmdline(self.argv)
        if left:
            raise RuntimeError(f"{len(left)} spawned processes left behind, e.g. {left[:5]}")
        if self.proc.returncode != 0:
            raise RuntimeError(f"{' '.join(self.argv)} exited with {self.proc.returncode}: {err.strip()}")
        return out.strip()


class Pty:
    """A program in a pseudo-terminal of @cols x @rows whose output is read and dropped."""

    def __init__(self, argv, env, cols=200, rows=50):
        pid, fd = pty.fork()
        if pid == 0:
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
                os.execvpe(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        self.bytes = 0
        self.reader = threading.Thread(target=self._drain, daemon=True)
        self.reader.start()

    def _drain(self):
        while True:
            try:
                ready, _, _ = select.select([self.fd], [], [], 1.0)
                if ready:
                    data = os.read(self.fd, 65536)
                    if not data:
                        return
                    self.bytes += len(data)
            except OSError:  # EIO: the program ended
                return

    def poll(self):
        pid, status = os.waitpid(self.pid, os.WNOHANG)
        return None if pid == 0 else status

    def stop(self):
        try:
            os.kill(self.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        deadline = time.monotonic() + 10
        while self.poll() is None:
            if time.monotonic() > deadline:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
                break
            time.sleep(0.05)
        self.reader.join(timeout=2)
        os.close(self.fd)


def measure(opts, label, interval_ms, workdir):
    """Starts Kaleido, top and htop together, and returns a row of figures over the common window."""
    row = {"label": label, "interval": interval_ms}
    home = os.path.join(workdir, "home")
    os.makedirs(home, exist_ok=True)
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"),
               XDG_CACHE_HOME=os.path.join(home, ".cache"), LC_ALL="C.UTF-8")
    window = opts.seconds if label != "churn" else max(opts.churn_seconds - opts.warmup - 2, 5)

    report = os.path.join(workdir, f"kaleido-{label}.json")
    kaleido_argv = [opts.kaleido, "-platform", "offscreen", "--area", opts.area,
                    "--interval", str(interval_ms), "--quit-after", f"{opts.warmup + window + 3:g}",
                    "--bench-warmup", f"{opts.warmup:g}", "--bench-report", report]
    kaleido = subprocess.Popen(kaleido_argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True)
    top = subprocess.Popen(["top", "-b", "-d", f"{interval_ms / 1000:g}"], env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    htop = None
    htop_tenths = max(1, math.ceil(interval_ms / 100))
    row["htop_delay"] = htop_tenths
    if opts.htop:
        htop = Pty([opts.htop, "-d", str(htop_tenths)], dict(env, TERM="xterm-256color"))

    time.sleep(opts.warmup)
    pids = {"kaleido": kaleido.pid, "top": top.pid, "htop": htop.pid if htop else None}
    start = {name: cpu_ticks(pid) if pid else None for name, pid in pids.items()}
    t0 = time.monotonic()
    time.sleep(window)
    end = {name: cpu_ticks(pid) if pid else None for name, pid in pids.items()}
    elapsed = time.monotonic() - t0
    row["window"] = elapsed
    for name in pids:
        if start[name] is not None and end[name] is not None:
            row[name] = 100.0 * (end[name] - start[name]) / CLK_TCK / elapsed

    top.terminate()
    top.wait(timeout=10)
    if htop:
        htop.stop()
        row["htop_output"] = htop.bytes
        if htop.bytes == 0:
            raise RuntimeError("htop wrote nothing to its terminal: it did not run as expected")
    try:
        _, err = kaleido.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        kaleido.kill()
        _, err = kaleido.communicate()
        raise RuntimeError("kaleido did not quit after --quit-after")
    err = "\n".join(line for line in err.splitlines()
                    if "XDG_RUNTIME_DIR" not in line and "propagateSizeHints" not in line)
    if kaleido.returncode == 2 and "area" in err:
        row["kaleido"] = None
        row["kaleido_note"] = (f"no “{opts.area}” area in this build (pending the Processes area): "
                               + err.splitlines()[0].removeprefix("kaleido: "))
    elif kaleido.returncode != 0:
        raise RuntimeError(f"kaleido exited with {kaleido.returncode}: {err}")
    else:
        with open(report) as f:
            data = json.load(f)
        row["report"] = data
        if err.strip():
            print(f"kaleido said: {err.strip()}")
    return row


def fmt(value, unit="", digits=2):
    return "n/a" if value is None else f"{value:.{digits}f}{unit}"


def ratio(a, b):
    return "n/a" if a is None or not b else f"{a / b:.2f}"


def print_rows(rows):
    header = ("processes", "refresh", "kaleido", "target", "top", "htop", "k/top", "k/htop",
              "modelUpdate med/max", "longest stall (target ≤ 16 ms)")
    lines = [header]
    for r in rows:
        rep = r.get("report", {})
        model = rep.get("modelUpdate")
        stall = rep.get("guiEvent")
        longest = rep.get("guiEventLongest", {})
        target = TARGETS.get(r.get("count"))
        lines.append((
            r["label"], f"{r['interval']} ms",
            "no area" if r.get("kaleido_note") else fmt(r.get("kaleido"), " %"),
            f"≤ {target:g} %" if target else "-",
            fmt(r.get("top"), " %"), fmt(r.get("htop"), " %"),
            ratio(r.get("kaleido"), r.get("top")), ratio(r.get("kaleido"), r.get("htop")),
            f"{model['medianMs']:.2f}/{model['maxMs']:.2f} ms" if model else "n/a (not recorded)",
            (f"{stall['maxMs']:.2f} ms ({longest.get('event', '?')} to {longest.get('receiver', '?')})"
             if stall else "n/a"),
        ))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for line in lines:
        print("  ".join(cell.rjust(w) if i else cell.ljust(w) for i, (cell, w) in enumerate(zip(line, widths))))
    for r in rows:
        if r.get("kaleido_note"):
            print(f"{r['label']}: kaleido: {r['kaleido_note']}")
        elif "report" in r:
            rep = r["report"]
            print(f"{r['label']}: kaleido's own report: {rep.get('cpuUserSeconds', 0):.2f} s user + "
                  f"{rep.get('cpuSystemSeconds', 0):.2f} s system in {rep.get('wallSeconds', 0):.1f} s "
                  f"(start-up included), max RSS {rep.get('maxRssKiB', 0) / 1024:.0f} MiB, "
                  f"{rep.get('guiEvent', {}).get('count', 0)} GUI events measured")
        if "churn" in r:
            print(f"{r['label']}: {r['churn']}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kaleido", required=True)
    parser.add_argument("--spawn", required=True)
    opts = parser.parse_args()
    opts.counts = [int(c) for c in os.environ.get("KALEIDO_BENCH_COUNTS", "2000 10000").split()]
    opts.seconds = env_number("KALEIDO_BENCH_SECONDS", 30.0)
    opts.warmup = env_number("KALEIDO_BENCH_WARMUP", 4.0)
    opts.churn_seconds = env_number("KALEIDO_BENCH_CHURN_SECONDS", 60.0)
    opts.churn_rate = env_number("KALEIDO_BENCH_CHURN_RATE", 300.0)
    opts.area = os.environ.get("KALEIDO_BENCH_AREA", "Processes")
    opts.htop = shutil.which("htop")
    if not shutil.which("top"):
        sys.exit("bench_processpage: top (Debian package procps) is not installed")

    uname = os.uname()
    with open("/proc/loadavg") as f:
        load = " ".join(f.read().split()[:3])
    top_version = subprocess.run(["top", "-V"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                 text=True).stdout.strip().splitlines()
    htop_version = (subprocess.run([opts.htop, "--version"], capture_output=True, text=True).stdout.strip()
                    if opts.htop else "not installed (./dev.sh test installs it): no htop column")
    print(f"machine: {os.cpu_count()} CPUs, Linux {uname.release}; load average {load}; "
          f"{tasks_on_machine()} tasks before spawning")
    print(f"peers: {top_version[0] if top_version else 'top'}; {htop_version.splitlines()[0]}")
    print(f"window {opts.seconds:g} s after {opts.warmup:g} s of warm-up; CPU is % of one core over the window "
          "(utime + stime of every thread, /proc/PID/stat)")

    rows = []
    with tempfile.TemporaryDirectory(prefix="bench_processpage.") as workdir:
        for count in opts.counts:
            spawner = Spawner(opts.spawn, ["--count", str(count)])
            failure = spawner.failed()
            if failure:
                status, err = failure
                if status == 3:
                    print(f"{count} processes: skipped: {err}")
                    continue
                raise RuntimeError(f"kaleido-bench-spawn --count {count} failed ({status}): {err}")
            try:
                print(f"{count} processes: {spawner.first_line}; {tasks_on_machine()} tasks; measuring …",
                      flush=True)
                time.sleep(1)
                row = measure(opts, str(count), 1000, workdir)
                row["count"] = count
                rows.append(row)
            finally:
                spawner.stop()
        if opts.churn_seconds > 0:
            spawner = Spawner(opts.spawn, ["--churn", f"{opts.churn_rate:g}", "--seconds",
                                           f"{opts.churn_seconds:g}"])
            failure = spawner.failed()
            if failure:
                raise RuntimeError(f"kaleido-bench-spawn --churn failed ({failure[0]}): {failure[1]}")
            try:
                print(f"churn: {spawner.first_line}; measuring …", flush=True)
                row = measure(opts, "churn", 250, workdir)
            finally:
                row_churn = spawner.stop(wait=opts.churn_seconds)
            row["churn"] = row_churn
            rows.append(row)

    print()
    print_rows(rows)
    if any(r.get("htop_delay") and r["interval"] % 100 for r in rows):
        print("htop counts its delay in tenths of a second: at 250 ms it ran with -d 3 (every 300 ms)")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except RuntimeError as e:
        print(f"bench_processpage: {e}", file=sys.stderr)
        sys.exit(1)
