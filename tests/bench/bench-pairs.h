/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

/* The benchmarks' articles are made of the sentence pairs of the MSR
 * paraphrase corpus (bench-pairs.c). */
typedef struct
{
  char *first;
  char *second;
} SentencePair;

/* The pairs of the corpus file at @path (its header line skipped); exits
 * with a message when it cannot be read. */
GPtrArray *bench_read_pairs (const char *path);
/* A copy of @sentence without one of its words, chosen by @k. */
char      *bench_drop_word  (const char *sentence,
                             guint       k);
