"""run: builds aimsgen, generates the organization at several scales, times aimsgen and Hugo on it."""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys

from aimsbench import hugo_site

BENCH_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO = os.path.dirname(BENCH_DIR)
AS_OF = "2026-09-30"


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="run", description="Times aimsgen build against Hugo on synthetic content.")
    parser.add_argument("build_dir", nargs="?", default=os.environ.get("AIMSGEN_BUILD_DIR", os.path.join(REPO, "build")),
                        help="CMake build directory holding (or to hold) aimsgen (default $AIMSGEN_BUILD_DIR, else build/)")
    parser.add_argument("--work-dir", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "aimsgen-bench"),
                        help="where content and outputs go (default $TMPDIR/aimsgen-bench)")
    parser.add_argument("--scales", default="1,2,4", help="comma-separated scale factors (default 1,2,4)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--repeat", type=int, default=1, help="runs per tool and scale; the fastest wall time is kept")
    parser.add_argument("--no-hugo", action="store_true", help="time aimsgen only")
    parser.add_argument("--no-build", action="store_true", help="use the aimsgen already in the build directory")
    return parser.parse_args(argv)


def ensure_packages(need_hugo):
    """Installs Debian's time and hugo when missing (as root), else says what to install."""
    missing = [pkg for pkg, path in (("time", "/usr/bin/time"), ("hugo", "/usr/bin/hugo"))
               if not os.path.exists(path) and (pkg != "hugo" or need_hugo)]
    if not missing:
        return
    if os.geteuid() != 0:
        sys.exit(f"run: missing {' '.join(missing)}; run: apt-get install -y {' '.join(missing)}")
    print(f"run: installing {' '.join(missing)}", flush=True)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", *missing], env=env).returncode != 0:
        subprocess.run(["apt-get", "update"], env=env, check=True)
        subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", *missing], env=env, check=True)


def build_aimsgen(build_dir, skip):
    """Configures (first time only) and builds the aimsgen target; make skips it when it is up to date."""
    binary = os.path.join(build_dir, "aimsgen")
    if skip:
        if not os.path.exists(binary):
            sys.exit(f"run: {binary} does not exist")
        return binary
    if not os.path.exists(os.path.join(build_dir, "CMakeCache.txt")):
        subprocess.run(["cmake", "-S", REPO, "-B", build_dir, "-DCMAKE_BUILD_TYPE=Release"], check=True,
                       stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", build_dir, "-j2", "--target", "aimsgen"], check=True,
                   stdout=subprocess.DEVNULL)
    return binary


def build_yaml_floor(build_dir):
    """Compiles bench/yaml-floor.cpp (yaml-cpp alone, no aimsgen code) into the build directory."""
    binary = os.path.join(build_dir, "yaml-floor")
    source = os.path.join(BENCH_DIR, "yaml-floor.cpp")
    if not os.path.exists(binary) or os.path.getmtime(binary) < os.path.getmtime(source):
        subprocess.run(["g++", "-O2", "-std=c++20", source, "-o", binary, "-lyaml-cpp", "-pthread"], check=True)
    return binary


def yaml_floor(binary, content):
    """{wall, cpu} of yaml-cpp parsing the content's YAML with a handler that does nothing."""
    words = subprocess.run([binary, content], check=True, capture_output=True, text=True).stdout.split()
    fields = dict(zip(words[0::2], words[1::2]))
    return {"wall": float(fields["wall"]), "cpu": float(fields["cpu"]), "mb": int(fields["bytes"]) / 1e6}


def stage_seconds(log_path):
    """aimsgen's --timings lines from its log: {stage name: wall seconds}, plus "side by side" for the step
    that renders pages, workbooks and model.json at once."""
    stages = {}
    with open(log_path) as handle:
        for line in handle:
            match = re.match(r"^(\w[\w.]*) +([0-9.]+) +[0-9.]+%$", line.rstrip())
            if match:
                stages[match.group(1)] = float(match.group(2)) / 1000
            match = re.match(r"^.* ran side by side: ([0-9.]+) ms", line)
            if match:
                stages["side by side"] = float(match.group(1)) / 1000
    return stages


def timed(command, log_path):
    """Runs `command` under GNU time -v: {wall, cpu, rss_mib}; its output goes to log_path."""
    time_path = log_path + ".time"
    with open(log_path, "w") as log:
        code = subprocess.run(["/usr/bin/time", "-v", "-o", time_path, *command], stdout=log,
                              stderr=subprocess.STDOUT).returncode
    if code != 0:
        sys.exit(f"run: {' '.join(command)} failed with exit code {code}; see {log_path}")
    fields = {}
    with open(time_path) as handle:
        for line in handle:
            key, _, value = line.strip().rpartition(": ")
            fields[key] = value
    wall = 0.0
    for part in fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":"):
        wall = wall * 60 + float(part)
    return {"wall": wall, "cpu": float(fields["User time (seconds)"]) + float(fields["System time (seconds)"]),
            "rss_mib": int(fields["Maximum resident set size (kbytes)"]) / 1024}


def best_of(repeat, run):
    results = [run() for _ in range(repeat)]
    return min(results, key=lambda r: r["wall"])


def html_bytes(directory):
    total = 0
    for root, _, names in os.walk(directory):
        total += sum(os.path.getsize(os.path.join(root, n)) for n in names if n.endswith(".html"))
    return total


class FreshDirs:
    """A new, never-used output directory for every timed run; all are deleted at the end.

    Deleting a tree and then creating as many files soon after is slow on an ext4 without a journal (as on the
    machines this was measured on): for a minute or more, each new inode is taken only after the freed ones
    are checked and skipped. Measured here: 32,000 files written in 1.1 s into a fresh tree, in 7.1 s right
    after deleting 32,000 others. So no timed run follows a deletion: runs write into fresh folders, and the
    folders of earlier runs are only moved aside, to be deleted after the last timing."""

    def __init__(self, work_dir):
        self.root = os.path.join(work_dir, "runs")
        self.trash = []
        self.count = 0
        if os.path.exists(self.root):
            aside = f"{self.root}.old-{os.getpid()}"
            os.rename(self.root, aside)
            self.trash.append(aside)
        os.makedirs(self.root)

    def new(self, name):
        self.count += 1
        return os.path.join(self.root, f"{self.count:02d}-{name}")

    def delete_all(self):
        for path in [*self.trash, self.root]:
            shutil.rmtree(path, ignore_errors=True)


def run_scale(args, binary, floor_binary, scale, fresh):
    work = os.path.join(args.work_dir, f"{scale:g}x")
    content = os.path.join(work, "content")
    outs = []
    os.makedirs(work, exist_ok=True)
    subprocess.run([os.path.join(BENCH_DIR, "make-org"), content, "--scale", f"{scale:g}", "--seed", str(args.seed),
                    "--as-of", AS_OF], check=True, stdout=subprocess.DEVNULL)
    with open(os.path.join(content, ".make-org")) as handle:
        records = json.load(handle)["records"]["total"]

    def aimsgen_once():
        outs.append(fresh.new(f"aimsgen-{scale:g}x"))
        log = os.path.join(work, "aimsgen.log")
        result = timed([binary, "build", content, "-o", outs[-1], "--as-of", AS_OF, "--timings"], log)
        result["stages"] = stage_seconds(log)
        return result

    row = {"scale": scale, "records": records, "aimsgen": best_of(args.repeat, aimsgen_once)}
    row["yaml"] = best_of(args.repeat, lambda: yaml_floor(floor_binary, content))
    out = outs[-1]
    row["pages"] = len(hugo_site.html_pages(out))
    row["html_mb"] = html_bytes(out) / 1e6
    if not args.no_hugo:
        site = fresh.new(f"hugo-site-{scale:g}x")
        row["hugo_expected"] = hugo_site.write_site(out, content, site)
        publics = []

        def hugo_once():
            publics.append(fresh.new(f"hugo-{scale:g}x"))
            return timed(["hugo", "--quiet", "-s", site, "-d", publics[-1]], os.path.join(work, "hugo.log"))

        row["hugo"] = best_of(args.repeat, hugo_once)
        public = publics[-1]
        row["hugo_pages"] = len(hugo_site.html_pages(public))
        row["hugo_html_mb"] = html_bytes(public) / 1e6
    return row


def print_tables(rows, with_hugo):
    header = ("scale", "records", "pages", "wall s", "CPU s", "peak RSS MiB", "pages/s", "µs per record",
              "hugo pages/s", "ratio")
    lines = [header]
    for r in rows:
        a = r["aimsgen"]
        pages_per_s = r["pages"] / a["wall"]
        hugo = r["hugo_pages"] / r["hugo"]["wall"] if with_hugo else None
        lines.append((f"{r['scale']:g}x", str(r["records"]), str(r["pages"]), f"{a['wall']:.2f}", f"{a['cpu']:.2f}",
                      f"{a['rss_mib']:.0f}", f"{pages_per_s:.0f}", f"{a['wall'] / r['records'] * 1e6:.0f}",
                      f"{hugo:.0f}" if hugo else "-", f"{pages_per_s / hugo:.2f}" if hugo else "-"))
    _print(lines)
    print()
    print_stages(rows)
    if not with_hugo:
        return
    print()
    lines = [("scale", "aimsgen pages", "hugo pages", "hugo wall s", "hugo CPU s", "hugo peak RSS MiB",
              "aimsgen pages/CPU s", "hugo pages/CPU s", "CPU ratio", "aimsgen HTML MB", "hugo HTML MB")]
    for r in rows:
        a, h = r["aimsgen"], r["hugo"]
        lines.append((f"{r['scale']:g}x", str(r["pages"]), str(r["hugo_pages"]), f"{h['wall']:.2f}", f"{h['cpu']:.2f}",
                      f"{h['rss_mib']:.0f}", f"{r['pages'] / a['cpu']:.0f}", f"{r['hugo_pages'] / h['cpu']:.0f}",
                      f"{(r['pages'] / a['cpu']) / (r['hugo_pages'] / h['cpu']):.2f}", f"{r['html_mb']:.0f}",
                      f"{r['hugo_html_mb']:.0f}"))
    _print(lines)


def print_stages(rows):
    """Where aimsgen's wall time goes (its --timings), beside yaml-cpp parsing the same YAML and nothing else."""
    lines = [("scale", "YAML MB", "load s", "yaml-cpp alone s", "validate s", "model s", "compute s",
              "pages+workbooks+json s", "write s", "µs per record: load", "rest")]
    for r in rows:
        st = r["aimsgen"]["stages"]
        load = st.get("load", 0.0)
        rest = r["aimsgen"]["wall"] - load
        lines.append((f"{r['scale']:g}x", f"{r['yaml']['mb']:.1f}", f"{load:.2f}", f"{r['yaml']['wall']:.2f}",
                      f"{st.get('validate', 0.0):.2f}", f"{st.get('model', 0.0):.2f}", f"{st.get('compute', 0.0):.2f}",
                      f"{st.get('side by side', 0.0):.2f}", f"{st.get('write', 0.0):.2f}",
                      f"{load / r['records'] * 1e6:.0f}", f"{rest / r['records'] * 1e6:.0f}"))
    _print(lines)


def _print(lines):
    widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
    for line in lines:
        print("  ".join(cell.rjust(width) for cell, width in zip(line, widths)))


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    ensure_packages(not args.no_hugo)
    binary = build_aimsgen(os.path.abspath(args.build_dir), args.no_build)
    floor_binary = build_yaml_floor(os.path.abspath(args.build_dir))
    rows = []
    fresh = FreshDirs(args.work_dir)
    for scale in (float(s) for s in args.scales.split(",")):
        print(f"run: {scale:g}x ...", file=sys.stderr, flush=True)
        rows.append(run_scale(args, binary, floor_binary, scale, fresh))
        if not args.no_hugo and rows[-1]["hugo_pages"] != rows[-1]["pages"]:
            print(f"run: warning: Hugo wrote {rows[-1]['hugo_pages']} pages, aimsgen {rows[-1]['pages']}",
                  file=sys.stderr)
    with open("/proc/loadavg") as handle:
        load = handle.read().split()[:3]
    print(f"aimsgen {binary}; {os.cpu_count()} CPUs; load average {' '.join(load)} at the end; "
          f"pages/s = HTML pages / wall time; µs per record = wall time / records")
    print_tables(rows, not args.no_hugo)
    fresh.delete_all()
    return 0
