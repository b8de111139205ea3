#!/usr/bin/env python3
"""Summarises the CPU samples of a Java Flight Recorder file: where the server's threads spent their time.

    python3 bench/jfr_summary.py recording.jfr [top-n]

Prints, over all jdk.ExecutionSample events: samples per thread group; the methods most often on top of the stack
(self time); and the methods most often anywhere on the stack (inclusive time), for all frames and for Kurer's own
(no.kurer.*) frames.
"""
import collections
import re
import subprocess
import sys


def samples(path):
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "200", path],
                         check=True, capture_output=True, text=True).stdout
    thread, frames, in_stack = None, [], False
    for line in out.splitlines():
        s = line.strip()
        if s.startswith("jdk.ExecutionSample"):
            thread, frames, in_stack = None, [], False
        elif s.startswith("sampledThread"):
            m = re.search(r'"(.*)"', s)
            thread = m.group(1) if m else s
        elif s.startswith("stackTrace = ["):
            in_stack = True
        elif in_stack and s == "]":
            in_stack = False
        elif in_stack and s and s != "...":
            frames.append(re.sub(r"\s+line:.*$", "", s))
        elif s == "}" and thread is not None:
            yield thread, frames
            thread = None


# Where a sample belongs: the category of the frame nearest the top of the stack that matches one (first pattern wins
# within a frame). Samples with no Kurer frame are the server's own work (HTTP, Jersey, CDI, JIT-compiled glue...).
CATEGORIES = [
    ("token validation (Maskinporten JWT, RS256)", "no.kurer.maskinporten.control.TokenValidator."),
    ("x5c chain (PKIX CertPathBuilder)", "no.kurer.dpi.control.EnterpriseCertificates."),
    ("orgno from certificate", "no.kurer.dpi.control.CertificateOrgno."),
    ("JSON schema validation", "no.kurer.dpi.control.SchemaValidator."),
    ("forretningsmelding read: JWS parse/verify, JSON", "no.kurer.dpi.control.ForretningsmeldingReader."),
    ("package streamed to file (SHA-256, write, fsync)", "no.kurer.dpi.control.PackageStore."),
    ("CMS structure check", "no.kurer.dpi.control.CmsCheck."),
    ("database (JPA + H2 + transaction interceptor, in Meldinger)", "no.kurer.dpi.control.Meldinger"),
    ("trusted-CA key looked up through CDI Provider", "no.kurer.dpi.control.Forretningsmeldinger.reader"),
    ("sandbox (CA, Maskinporten: driver set-up)", "no.kurer.sandbox."),
    ("problem mapping", "no.kurer.problems."),
    ("other Kurer code", "no.kurer."),
]


def category(frames):
    for frame in frames:
        for label, prefix in CATEGORIES:
            if frame.startswith(prefix):
                return label
    return "outside Kurer's code (HTTP, Jersey, CDI, interceptors, ...)"


def gc_pauses(path):
    out = subprocess.run(["jfr", "print", "--events", "jdk.GarbageCollection", path],
                         check=True, capture_output=True, text=True).stdout
    total, count = 0.0, 0
    for m in re.finditer(r"sumOfPauses = ([\d.]+) (ms|s|us)", out):
        value = float(m.group(1))
        total += value * {"ms": 1, "s": 1000, "us": 0.001}[m.group(2)]
        count += 1
    return count, total


def group(thread):
    return re.sub(r"[\d\-]+\)?$", "", re.sub(r"\(\d+\)", "(n)", thread)).strip() or thread


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    threads, leaf, inclusive, kurer, categories = (collections.Counter() for _ in range(5))
    total = 0
    for thread, frames in samples(path):
        total += 1
        threads[group(thread)] += 1
        categories[category(frames)] += 1
        if frames:
            leaf[frames[0]] += 1
        for method in set(frames):
            inclusive[method] += 1
            if method.startswith("no.kurer."):
                kurer[method] += 1
    print(f"{total} CPU samples in {path}")
    gcs, paused = gc_pauses(path)
    print(f"{gcs} garbage collections, {paused:.0f} ms paused in total\n")
    for title, counter in (("threads", threads), ("by category (innermost match)", categories), ("self (top of stack)", leaf),
                           ("inclusive (anywhere on the stack)", inclusive), ("inclusive, Kurer's code", kurer)):
        print(f"== {title}")
        for name, n in counter.most_common(top):
            print(f"{100.0 * n / max(total, 1):6.1f}%  {n:6d}  {name}")
        print()


if __name__ == "__main__":
    main()
