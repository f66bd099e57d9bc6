#!/usr/bin/env python3
"""Generate a synthetic handbook of N procedures for the benchmark: realistic
procedure text (the Durham procedure's sections, varied) and stages, as a
Stagehand content folder, a Hugo site and an mdBook book of the same Markdown."""
import json, os, random, shutil, sys

n, out = int(sys.argv[1]), sys.argv[2]
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
random.seed(n)
text = open(os.path.join(root, "content/procedures/durham/procedure.md")).read().split("---\n", 2)[2]
paragraphs = [p for p in text.split("\n\n") if p and not p.startswith("#")]
words = ["partnership", "safeguarding", "manager", "agency", "escalation", "child", "family", "decision", "record", "assessment"]

def body(i):
    parts = []
    for s in range(1, 9):
        parts.append(f"## {s}. Section {s} of procedure {i}\n")
        for _ in range(3):
            p = random.choice(paragraphs)
            parts.append(p.replace("child", random.choice(["child", "young person"])) + f" ({random.choice(words)} {i}.{s})\n")
    return "\n".join(parts)

def stages(i):
    count = random.randint(3, 6)
    out = ["calendar: england-and-wales", "urgent:", "  question: Is a child at immediate risk of significant harm?",
           "  advice: Call 999 or contact Children's Social Care now.",
           "  contacts:", f"    - name: Children's Social Care, area {i % 40}", "      phone: \"01632 960 000\"", "areas:", "  - Thresholds", "  - Information sharing", "stages:"]
    for s in range(1, count + 1):
        out += [f"  - id: stage-{s}", f"    title: Stage {s} of procedure {i}", f"    section: {s}-section-{s}-of-procedure-{i}", "    steps:",
                f"      - action: Raise it with the manager at level {s}.", f"        contact: Manager at level {s}",
                f"        within: {random.choice(['1 working day', '3 working days', '5 working days', '48 hours'])}",
                "    record:", "      - Record the outcome on the child's file."]
    out += ["record:", "  - id: challenge", "    question: What was the challenge?"]
    return "\n".join(out) + "\n"

shutil.rmtree(out, ignore_errors=True)
sh, hugo, book = (os.path.join(out, d) for d in ("stagehand", "hugo", "mdbook"))
os.makedirs(os.path.join(sh, "calendars"))
shutil.copy(os.path.join(root, "content/calendars/bank-holidays.json"), os.path.join(sh, "calendars"))
open(os.path.join(sh, "site.yaml"), "w").write("title: Benchmark handbook\nurl: https://procedures.example.org\n")
os.makedirs(os.path.join(hugo, "content")); os.makedirs(os.path.join(hugo, "layouts/_default"))
open(os.path.join(hugo, "hugo.toml"), "w").write('baseURL = "/"\ntitle = "Benchmark"\ndisableKinds = ["taxonomy", "term", "RSS"]\n')
open(os.path.join(hugo, "layouts/_default/single.html"), "w").write("<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><main><h1>{{ .Title }}</h1>{{ .TableOfContents }}{{ .Content }}</main></body></html>\n")
open(os.path.join(hugo, "layouts/_default/list.html"), "w").write("<!DOCTYPE html><html><body><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n")
os.makedirs(os.path.join(book, "src"))
open(os.path.join(book, "book.toml"), "w").write('[book]\ntitle = "Benchmark"\n[output.html]\nsearch.enable = false\n')
summary = ["# Summary\n"]
for i in range(n):
    slug = f"procedure-{i:05}"
    md = body(i)
    front = f"title: Procedure {i}\npartnership: Partnership {i % 40}\nsummary: Synthetic procedure {i} for the benchmark.\nupdated: 2025-0{1 + i % 9}-15\n"
    d = os.path.join(sh, "procedures", slug); os.makedirs(d)
    open(os.path.join(d, "procedure.md"), "w").write(f"---\n{front}---\n\n{md}")
    open(os.path.join(d, "stages.yaml"), "w").write(stages(i))
    open(os.path.join(hugo, "content", f"{slug}.md"), "w").write(f"---\ntitle: Procedure {i}\n---\n\n{md}")
    open(os.path.join(book, "src", f"{slug}.md"), "w").write(f"# Procedure {i}\n\n{md}")
    summary.append(f"- [Procedure {i}](./{slug}.md)")
open(os.path.join(book, "src", "SUMMARY.md"), "w").write("\n".join(summary) + "\n")
