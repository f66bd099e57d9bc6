#!/usr/bin/env python3
"""The benchmark behind scripts/bench.sh (run that: it finds the tools).

For each size it generates a handbook (scripts/gen_handbook.py), then for each
case runs every tool once per round, in turn (A, B, C, A, B, C, ...), so that
the machine's drift hits them all alike, and prints medians. Times come from
wait4(): wall, user and system time and the peak memory of each run."""
import argparse, os, re, shutil, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EDITED = "procedure-00007"
SYNC = True  # write out what the run before left to be written, untimed, before each run


def run(argv, cwd):
    """Run argv in cwd; return (wall s, user s, sys s, peak MiB, stdout+stderr)."""
    started = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"{argv[0]} failed in {cwd}:\n{out.decode(errors='replace')}")
    return wall, usage.ru_utime, usage.ru_stime, usage.ru_maxrss / 1024, out.decode(errors="replace")


def tree_size(path):
    files = size = 0
    for folder, _, names in os.walk(path):
        for name in names:
            files += 1
            size += os.lstat(os.path.join(folder, name)).st_size
    return files, size


def remove(*paths):
    for p in paths:
        shutil.rmtree(p, ignore_errors=True)


class Tool:
    def __init__(self, name, cwd, argv, out, edited, extra_out=()):
        self.name, self.cwd, self.argv, self.out, self.edited = name, cwd, argv, out, edited
        self.extra_out = extra_out  # what else the tool keeps beside its output
        self.runs = []
        self.written = []

    def clean(self):
        remove(self.out, *self.extra_out)

    def edit(self, n):
        if self.edited:
            with open(self.edited, "a") as f:
                f.write(f"\n\nA paragraph added by the benchmark's edit {n}.\n")

    def once(self, out=None):
        """One run; into `out` instead of the tool's own output folder if given.
        What the run before left to be written to disk is written first (not
        timed), so that no tool pays for another's writes."""
        if SYNC:
            os.sync()
        own = os.path.relpath(self.out, self.cwd)
        argv = [a.replace(own, out) if out else a for a in self.argv]
        wall, user, system, mib, out = run(argv, self.cwd)
        self.runs.append((wall, user, system, mib))
        m = re.search(r"\((\d+) files? (?:written|new or changed)", out)
        if m:
            self.written.append(int(m.group(1)))


def median(values):
    return statistics.median(values)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stagehand", required=True)
    ap.add_argument("--hugo", required=True)
    ap.add_argument("--pagefind", required=True)
    ap.add_argument("--mdbook")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--search-max", type=int, default=5000)
    ap.add_argument("--mdbook-max", type=int, default=1000)
    ap.add_argument("--no-sync", action="store_true", help="do not sync the disk before each run")
    ap.add_argument("sizes", type=int, nargs="+")
    args = ap.parse_args()
    global SYNC
    SYNC = not args.no_sync
    stagehand = os.path.abspath(args.stagehand)
    hugo_version = run([args.hugo, "version"], ROOT)[4].strip().split()[1].split("-")[0]
    pagefind_version = run([args.pagefind, "--version"], ROOT)[4].strip().split()[-1]
    mdbook_version = run([args.mdbook, "--version"], ROOT)[4].strip() if args.mdbook else "none"
    print(f"stagehand {subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], cwd=ROOT, capture_output=True, text=True).stdout.strip()}, "
          f"Hugo {hugo_version}, Pagefind {pagefind_version}, {mdbook_version}; {os.cpu_count()} cores; median of {args.runs} runs, tools in turn; "
          f"{'disk synced before each run (untimed)' if SYNC else 'disk not synced between runs'}")
    header = f"{'procedures':>10}  {'case':<15} {'tool':<24} {'wall s':>7} {'user s':>7} {'sys s':>7} {'MiB':>6} {'files':>7} {'MB':>7} {'÷ peer':>7}"
    print(header)
    work = os.path.join(ROOT, "target", "bench")
    os.makedirs(work, exist_ok=True)
    for n in args.sizes:
        base = os.path.join(work, str(n))
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "gen_handbook.py"), str(n), base], check=True)
        sh_out = os.path.join(base, "out-stagehand")
        procedure = os.path.join(base, "stagehand", "procedures", EDITED, "procedure.md")
        # The default build (search on) against Hugo then Pagefind; without
        # search against Hugo alone.
        tools = []
        if n <= args.search_max:
            tools.append(Tool("stagehand (default)", base,
                              [stagehand, "build", "--content", "stagehand", "--out", "out-search"],
                              os.path.join(base, "out-search"), procedure,
                              [os.path.join(base, ".out-search.previous"), os.path.join(base, ".out-search.cache")]))
            hugo_dir = os.path.join(base, "hugo")
            tools.append(Tool("Hugo + Pagefind", hugo_dir,
                              ["sh", "-c", '"$0" --quiet --destination ../out-hugo-pf && "$1" --site ../out-hugo-pf >/dev/null',
                               args.hugo, args.pagefind],
                              os.path.join(base, "out-hugo-pf"), os.path.join(hugo_dir, "content", f"{EDITED}.md")))
        tools.append(Tool("stagehand --no-search", base,
                          [stagehand, "build", "--no-search", "--content", "stagehand", "--out", "out-stagehand"],
                          sh_out, procedure,
                          [os.path.join(base, ".out-stagehand.previous"), os.path.join(base, ".out-stagehand.cache")]))
        tools.append(Tool("Hugo", os.path.join(base, "hugo"), [args.hugo, "--quiet", "--destination", "../out-hugo"],
                          os.path.join(base, "out-hugo"), os.path.join(base, "hugo", "content", f"{EDITED}.md")))
        if args.mdbook and n <= args.mdbook_max:
            tools.append(Tool("mdBook", os.path.join(base, "mdbook"), [args.mdbook, "build", "-d", "../out-mdbook"],
                              os.path.join(base, "out-mdbook"), os.path.join(base, "mdbook", "src", f"{EDITED}.md")))
        # The floor: the time to create stagehand's own output tree, by cp -r.
        floor = Tool("floor: cp -r of its site", base, ["cp", "-r", "out-stagehand", "out-floor"],
                     os.path.join(base, "out-floor"), None)

        # Case 1: a first build, into a folder that does not exist yet. Each
        # run writes to a new name and the trees are removed only after the
        # last run: on this file system (ext4) creating files just after
        # deleting thousands costs far more than creating them afresh, which
        # would time the benchmark's own clean-up, not the tools.
        for tool in tools:
            tool.clean()
        run(next(t for t in tools if t.out == sh_out).argv, base)  # stagehand's tree, for the floor to copy
        trees = []
        for r in range(args.runs):
            for tool in tools + [floor]:
                fresh = f"{tool.out}-first-{r}"
                trees.append(fresh)
                tool.once(fresh)
        report(n, "first build", tools + [floor], lambda t: f"{t.out}-first-0")
        remove(*trees)
        remove(*[os.path.join(base, f".{os.path.basename(t)}.{kind}") for t in trees for kind in ("previous", "cache")])
        # Deleting those trees keeps the disk busy for a while after (this
        # file system discards freed blocks): let it finish before timing.
        os.sync()
        time.sleep(15)
        # Case 2: a rebuild after one procedure's text changed; the output
        # of the build before is there, as it is on an editor's machine.
        for tool in tools:
            tool.edit("warm-up")
            tool.once()  # an editor has built before: this build's output is the one kept
            tool.runs, tool.written = [], []
        for r in range(args.runs):
            for tool in tools:
                tool.edit(r)
                tool.once()
        report(n, "rebuild, 1 edit", tools)
        # Case 3: a rebuild with nothing changed (a build run again, as CI
        # or a habit does).
        for tool in tools:
            tool.once()  # the last edit's build (the edited file is shared by two tools)
            tool.runs, tool.written = [], []
        for r in range(args.runs):
            for tool in tools:
                tool.once()
        report(n, "rebuild, no edit", tools)
        for tool in tools + [floor]:
            tool.clean()
    print("÷ peer: the tool's median wall time divided by its peer's, in the same run (below 1: faster). The peer of")
    print("stagehand's default build, which makes the search index, is Hugo followed by Pagefind's CLI over Hugo's output;")
    print("of the others, Hugo alone. MiB: peak memory (for Hugo + Pagefind, the larger of the two).")
    print("files and MB: the output tree. stagehand keeps the site before (.site.previous) and rewrites only the files that")
    print("changed: on a rebuild it wrote the median number of files given after the table's rebuild rows. It remembers")
    print("what each page was made from (.site.cache): a rebuild renders only the procedures that changed, keeps the")
    print("search index when no page it reads changed, and with nothing changed writes nothing.")


def report(n, case, tools, tree=lambda t: t.out):
    def wall_of(name):
        return median([r[0] for r in next(t for t in tools if t.name == name).runs])
    hugo_wall = wall_of("Hugo")
    for tool in tools:
        wall = median([r[0] for r in tool.runs])
        # A site with search against the peer with search; the rest against Hugo.
        with_search = tool.name in ("stagehand (default)", "Hugo + Pagefind")
        peer = wall_of("Hugo + Pagefind") if with_search else hugo_wall
        user = median([r[1] for r in tool.runs])
        system = median([r[2] for r in tool.runs])
        mib = median([r[3] for r in tool.runs])
        files, size = tree_size(tree(tool))
        print(f"{n:>10,}  {case:<15} {tool.name:<24} {wall:>7.2f} {user:>7.2f} {system:>7.2f} {mib:>6.0f} {files:>7,} {size / 1e6:>7.1f} {wall / peer:>7.2f}")
    for tool in tools:
        if tool.written and case.startswith("rebuild"):
            print(f"{'':>10}  {'':<15} {tool.name} wrote {median(tool.written):,.0f} files on each rebuild")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
