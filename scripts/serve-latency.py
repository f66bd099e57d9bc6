#!/usr/bin/env python3
"""The time from saving a file to the open page being told to reload, under
`stagehand serve` (run scripts/serve-latency.sh, which builds and prepares).

For each content folder: start serve, then edit one procedure's text again
and again (a paragraph added; saved the way an editor saves: the whole file
written), each time timing from the end of the write to the `reload` event on
the page's event stream, and to the search index holding the new words (the
index's entry file naming new metadata, the new words found in a fragment).
Edits are spaced so the search index of the edit before has been made, as
when a person edits, reads and edits again."""
import glob, gzip, os, socket, statistics, subprocess, sys, time

stagehand, edits, gap = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
cases = sys.argv[4:]  # name=content-folder=procedure-file ...


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port):
    for _ in range(1200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            return
        except OSError:
            time.sleep(0.1)
    sys.exit("serve never listened")


def listen(port):
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"GET /__stagehand/events HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    seen = b""
    while b"\r\n\r\n" not in seen:
        seen += s.recv(65536)
    return s


def until(s, word):
    seen = b""
    while word not in seen:
        chunk = s.recv(65536)
        if not chunk:
            sys.exit("the event stream closed")
        seen += chunk
    return seen


def indexed(out, words):
    """Whether a fragment of the index in `out` holds `words`."""
    for path in glob.glob(os.path.join(out, "pagefind", "fragment", "*.pf_fragment")):
        try:
            if words in gzip.open(path).read():
                return True
        except (OSError, EOFError):
            pass  # being replaced
    return False


def summary(times):
    times = sorted(times)
    p90 = times[min(len(times) - 1, int(round(0.9 * (len(times) - 1))))]
    return f"{statistics.median(times):>10.0f} {p90:>8.0f} {times[0]:>7.0f} {times[-1]:>7.0f}"


print(f"{'content':<22} {'procedures':>10} {'to':<14} {'median ms':>10} {'90th ms':>8} {'min ms':>7} {'max ms':>7}  ({edits} edits)")
for case in cases:
    name, content, edited = case.split("=")
    port = free_port()
    out = os.path.join(os.path.dirname(os.path.abspath(content)), "serve-latency-site")
    server = subprocess.Popen([stagehand, "serve", "--port", str(port), "--content", content, "--out", out],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(port)
        time.sleep(gap)
        count = len(os.listdir(os.path.join(content, "procedures")))
        original = open(edited).read()
        reloads, indexes = [], []
        for i in range(edits):
            s = listen(port)
            words = f"latencyword{i}x"
            text = original + f"\n\nA paragraph added by edit {i} of the latency script: {words}.\n"
            with open(edited, "w") as f:
                f.write(text)
            saved = time.perf_counter()
            told = until(s, b"\n\n")
            reloads.append((time.perf_counter() - saved) * 1000)
            s.close()
            if b"event: reload" not in told:
                sys.exit(f"edit {i}: the page was told {told!r}")
            while not indexed(out, words.encode()):
                if time.perf_counter() - saved > 60:
                    sys.exit(f"edit {i}: the search index never held the new words")
                time.sleep(0.02)
            indexes.append((time.perf_counter() - saved) * 1000)
            time.sleep(gap)
        with open(edited, "w") as f:
            f.write(original)
        print(f"{name:<22} {count:>10,} {'reload event':<14} {summary(reloads)}")
        print(f"{'':<22} {'':>10} {'search index':<14} {summary(indexes)}")
    finally:
        server.terminate()
        server.wait()
