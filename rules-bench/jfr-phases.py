#!/usr/bin/env python3
"""Where the CPU time of an ecrural run went, from a JFR recording's execution samples.

Usage: rules-bench/jfr-phases.py RECORDING.jfr
Runs `jfr print --events jdk.ExecutionSample --stack-depth 200` and puts each sample in one phase
by the frames on its stack: reading the plan (JSON tree, binding, UTF-8 decoding), the engine
(inserting facts, and within fireAllRules the kind of Phreak node or the rule consequences),
writing the report, start-up. Prints samples and shares, largest first.
"""
import collections
import re
import subprocess
import sys


def phase(frames):
    s = ' '.join(frames)
    if 'PlanReader.read' in s:
        if 'JsonTree' in s:
            return 'read plan: JSON tree (Jackson parser, tree nodes)'
        if 'Binder' in s:
            return 'read plan: binding the tree to fact classes (checks, dates, enums, keys)'
        if 'decode' in s:
            return 'read plan: UTF-8 decoding'
        return 'read plan: other'
    if 'PolicyEngine.evaluate' in s:
        if 'fireAllRules' in s:
            for key, name in (('Consequence', 'rule consequences (finding text, evidence)'),
                              ('PhreakAccumulateNode', 'accumulate nodes'), ('PhreakJoinNode', 'join nodes'),
                              ('PhreakNotNode', 'not nodes'), ('PhreakFromNode', 'from nodes'),
                              ('PhreakEvalNode', 'eval nodes')):
                if key in s:
                    return 'engine, fireAllRules: ' + name
            return 'engine, fireAllRules: propagating inserts through the alpha network, linking segments'
        if 'insertFacts' in s:
            return 'engine: inserting facts'
        if 'PolicyEngine.findings' in s or 'PolicyEngine.verdicts' in s:
            return 'engine: findings and verdicts'
        return 'engine: session set-up and disposal'
    if 'ReportJson' in s or 'jsonLine' in s or 'TextReport' in s:
        return 'writing the report'
    if 'PolicyEngine.builtIn' in s or 'PolicyEngine.fromFolder' in s:
        return 'engine start-up'
    return 'other (' + frames[0] + ')'


def main():
    text = subprocess.run(['jfr', 'print', '--events', 'jdk.ExecutionSample', '--stack-depth', '200', sys.argv[1]],
                          check=True, capture_output=True, text=True).stdout
    counts = collections.Counter()
    for event in text.split('jdk.ExecutionSample')[1:]:
        frames = re.findall(r'^\s+([\w.$<>]+\.[\w$<>]+)\(', event, re.M)
        if frames:
            counts[phase(frames)] += 1
    total = sum(counts.values())
    print(f'{total} samples')
    others = 0
    for name, n in counts.most_common():
        if name.startswith('other (') and n * 100 < total:
            others += n
            continue
        print(f'{n:6d} {100 * n / total:5.1f}%  {name}')
    if others:
        print(f'{others:6d} {100 * others / total:5.1f}%  other, each below 1%')


if __name__ == '__main__':
    main()
