#!/usr/bin/env python3
"""Checks that the code's layers only use the layers beneath them.

The core's folders, from the bottom: io, input, text, alignment, claims,
model; above them report, then cli and gui. A file may include a project
header of its own layer or of a lower one, never of a higher one; the core
and the reports never include GTK or libadwaita. Prints each violation and
exits non-zero when there is one.

Usage: check-layers.py SOURCE_ROOT
"""
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else '.'

# Rank of each layer; cli and gui are side by side at the top.
RANKS = {
    'app/core/io': 0,
    'app/core/input': 1,
    'app/core/text': 2,
    'app/core/alignment': 3,
    'app/core/claims': 4,
    'app/core/model': 5,
    'app/report': 6,
    'app/cli': 7,
    'app/gui': 7,
}
TOOLKIT = re.compile(r'#\s*include\s*<(gtk/|gdk/|adwaita\.h)')
PROJECT = re.compile(r'#\s*include\s*"(plx-[a-z0-9-]+\.h)"')

header_layer = {}
sources = []
for layer in RANKS:
    folder = os.path.join(root, layer)
    if not os.path.isdir(folder):
        print(f'{layer}: missing folder')
        sys.exit(1)
    for name in sorted(os.listdir(folder)):
        if name.endswith('.h'):
            header_layer[name] = layer
        if name.endswith(('.c', '.h')):
            sources.append((layer, os.path.join(folder, name)))

problems = []
for layer, path in sources:
    rel = os.path.relpath(path, root)
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            if RANKS[layer] < RANKS['app/cli'] and TOOLKIT.search(line):
                problems.append(f'{rel}:{number}: {layer} must not use GTK: {line.strip()}')
            m = PROJECT.search(line)
            if not m:
                continue
            used = header_layer.get(m.group(1))
            if used is None:
                problems.append(f'{rel}:{number}: {m.group(1)} is in no layer')
            elif used != layer and RANKS[used] >= RANKS[layer]:
                problems.append(f'{rel}:{number}: {layer} must not use {used} ({m.group(1)})')

for problem in problems:
    print(problem)
print(f'{len(sources)} files in {len(RANKS)} layers, {len(problems)} violations')
sys.exit(1 if problems else 0)
