#!/usr/bin/env python3
"""Generate N anonymous monitoring returns, as the decision aid makes them,
for the procedures of a built site (read from the JSON each procedure page
embeds for the aid), to measure `stagehand returns`.

Usage: gen_returns.py SITE N OUT [--today YYYY-MM-DD]"""
import datetime, glob, json, os, random, re, shutil, sys, uuid

site, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
today = datetime.date.fromisoformat(sys.argv[5]) if len(sys.argv) > 5 else datetime.date.today()
random.seed(n)

procedures = []
for page in sorted(glob.glob(os.path.join(site, "*", "index.html"))):
    m = re.search(r'<script type="application/json" id="stagehand-procedure">(.*?)</script>', open(page).read(), re.S)
    if m:
        procedures.append(json.loads(m.group(1)))
if not procedures:
    sys.exit(f"no procedure pages with the aid's JSON under {site}")

def one():
    p = random.choice(procedures)
    route = p["route"]
    reached = random.randint(1, len(route["stages"]))
    day = today - datetime.timedelta(days=random.randint(20, 700))
    stages = []
    for i in range(reached):
        st = route["stages"][i]
        last = i + 1 == reached
        length = random.randint(0, 12)
        started, ended = day, day + datetime.timedelta(days=length)
        if ended > today:
            ended = today
        if not last:
            outcome = "escalated"
        elif i + 1 == len(route["stages"]):
            outcome = random.choice(["resolved", "not-resolved", "under-way"])
        else:
            outcome = random.choice(["resolved", "under-way"])
        deadlines = []
        for s, step in enumerate(st["steps"]):
            w = step.get("within")
            if w and w["kind"] in ("working-days", "days"):
                due = started + datetime.timedelta(days=w["count"] + (w["count"] // 5) * 2)
                met = None if outcome == "under-way" else ended <= due
                deadlines.append({"step": s + 1, "due": due.isoformat(), "met": met})
        stages.append({
            "stage": st["id"], "started": started.isoformat(),
            "ended": None if outcome == "under-way" else ended.isoformat(),
            "outcome": outcome, "deadlines": deadlines,
        })
        day = ended
    final = stages[-1]["outcome"]
    agencies = [a["id"] for a in route["agencies"]] + ["other"]
    answers = {}
    for q in route["record"]:
        if q["in_return"] and q["answer"] == "yes-no":
            answers[q["id"]] = random.choice(["yes", "no"])
    return {
        "format": "stagehand-return", "version": 1, "id": str(uuid.UUID(int=random.getrandbits(128), version=4)),
        "procedure": p["slug"], "procedure_updated": p["meta"]["updated"], "made": today.isoformat(),
        "training": False,
        "area": random.choice(route["areas"] + ["other"]) if route["areas"] else None,
        "agency_raising": random.choice(agencies) if route["agencies"] else None,
        "agency_receiving": random.choice(agencies) if route["agencies"] else None,
        "stages": stages,
        "outcome": {"resolved": "resolved", "not-resolved": "not-resolved"}.get(final, "under-way"),
        "answers": answers,
    }

shutil.rmtree(out, ignore_errors=True)
for i in range(n):
    folder = os.path.join(out, f"batch-{i // 1000:04}")
    if i % 1000 == 0:
        os.makedirs(folder)
    with open(os.path.join(folder, f"return-{i:06}.json"), "w") as f:
        json.dump(one(), f, indent=2)
