#!/usr/bin/env python3
"""Fits the link classifier (paraphrase or partial) of app/core/alignment/plx-classifier.c.

Builds article pairs from the MSRP training split with the shared
msrp_articles.py, runs tests/bench/link-features on each pair, labels every
one-to-one link by the gold (sure = paraphrase, possible = partial), and fits
an L2-regularised logistic regression by Newton's method. Prints five-fold
cross-validated accuracy and the weights as a C array for plx-classifier.c.

Usage: build-aux/train-classifier.py _build/tests/bench/link-features \
         ../shared/corpus/msrp/msr_paraphrase_train.txt ../shared/eval/msrp_articles.py
"""
import json
import math
import os
import random
import subprocess
import sys
import tempfile

L2 = 1.0


def samples(tool, msrp, script):
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, script, msrp, tmp], check=True, stdout=subprocess.DEVNULL)
        for name in sorted(os.listdir(tmp)):
            if not name.endswith('.gold.json'):
                continue
            base = os.path.join(tmp, name[:-len('.gold.json')])
            gold = json.load(open(base + '.gold.json', encoding='utf-8'))
            sure = {tuple(p) for p in gold['sure']}
            possible = {tuple(p) for p in gold['possible']}
            lines = subprocess.run([tool, base + '-a.txt', base + '-b.txt'], check=True,
                                   capture_output=True, text=True).stdout.splitlines()
            for line in lines:
                fields = line.split('\t')
                a, b = fields[0].split(','), fields[1].split(',')
                if len(a) != 1 or len(b) != 1:
                    continue
                pair = (int(a[0]), int(b[0]))
                if pair in sure or pair in possible:
                    out.append(([float(x) for x in fields[3:]], 1 if pair in sure else 0, name))
    return out


def solve(m, v):
    n = len(v)
    a = [row[:] + [v[i]] for i, row in enumerate(m)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(a[r][c]))
        a[c], a[p] = a[p], a[c]
        for r in range(n):
            if r != c and a[c][c] != 0:
                f = a[r][c] / a[c][c]
                for k in range(c, n + 1):
                    a[r][k] -= f * a[c][k]
    return [a[i][n] / a[i][i] if a[i][i] else 0 for i in range(n)]


def fit(data):
    d = len(data[0][0]) + 1
    w = [0.0] * d
    for _ in range(25):
        grad = [0.0] * d
        hess = [[0.0] * d for _ in range(d)]
        for x, y, _ in data:
            xs = [1.0] + x
            z = sum(wi * xi for wi, xi in zip(w, xs))
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            for i in range(d):
                grad[i] += (p - y) * xs[i]
                for j in range(d):
                    hess[i][j] += p * (1 - p) * xs[i] * xs[j]
        for i in range(1, d):
            grad[i] += L2 * w[i]
            hess[i][i] += L2
        step = solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step)]
    return w


def accuracy(w, data):
    right = 0
    for x, y, _ in data:
        z = w[0] + sum(wi * xi for wi, xi in zip(w[1:], x))
        right += (z >= 0) == (y == 1)
    return right / len(data)


def main():
    tool, msrp, script = sys.argv[1:4]
    data = samples(tool, msrp, script)
    pairs = sorted({name for _, _, name in data})
    random.Random(1).shuffle(pairs)
    folds = [set(pairs[i::5]) for i in range(5)]
    cv = []
    for fold in folds:
        train = [s for s in data if s[2] not in fold]
        test = [s for s in data if s[2] in fold]
        cv.append(accuracy(fit(train), test))
    w = fit(data)
    print(f'samples={len(data)} positives={sum(y for _, y, _ in data)} '
          f'cv-accuracy={sum(cv) / len(cv):.3f} train-accuracy={accuracy(w, data):.3f}')
    print('static const double weights[PLX_N_LINK_FEATURES + 1] = {')
    print('  ' + ', '.join(f'{x:.4f}' for x in w) + ',')
    print('};')


if __name__ == '__main__':
    main()
