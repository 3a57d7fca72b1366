#!/usr/bin/env python3
"""Counts test results from meson's testlog.json files and prints the closing
line "N passed, N failed, N skipped". TAP tests count per subtest; other
tests (the validators) count once. Exits non-zero when anything failed, when
a widget test (suite "gui") skipped or did not run, or when a log is missing.
Logs named after --without-gui come from runs of some suites only (the core
tests under valgrind, the fuzzers): they need no widget test. Each fuzzer
run counts once."""
import json
import re
import sys

passed = failed = skipped = 0
problems = []

need_gui = True
for path in sys.argv[1:]:
    if path == '--without-gui':
        need_gui = False
        continue
    try:
        entries = [json.loads(line) for line in open(path, encoding='utf-8') if line.strip()]
    except OSError:
        problems.append(f'{path}: no test log (the build or the test run did not happen)')
        failed += 1
        continue

    gui_ran = False
    for entry in entries:
        name = entry['name']
        result = entry['result']
        # Meson names a test "project:suite / test".
        is_gui = name.split(' / ')[0].endswith(':gui')
        out = entry.get('stdout') or ''
        oks = len(re.findall(r'^ok \d+', out, re.M))
        not_oks = len(re.findall(r'^not ok \d+', out, re.M))
        skips = len(re.findall(r'^ok \d+ .*# SKIP', out, re.M))
        if entry.get('protocol') == 'tap' or oks + not_oks > 0:
            passed += oks - skips
            skipped += skips
            failed += not_oks
            if result not in ('OK', 'SKIP') and not_oks == 0:
                failed += 1  # crashed or bailed out between subtests
        elif result == 'OK':
            passed += 1
        elif result == 'SKIP':
            skipped += 1
        else:
            failed += 1
        if is_gui:
            if result == 'SKIP' or skips > 0:
                problems.append(f'{path}: widget test {name} skipped; widget tests must run')
            elif oks > 0:
                gui_ran = True
    if need_gui and not gui_ran:
        problems.append(f'{path}: no widget test ran')

for problem in problems:
    print(problem)
print(f'{passed} passed, {failed} failed, {skipped} skipped')
sys.exit(1 if failed or problems else 0)
