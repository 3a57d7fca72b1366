/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The one palette: each colour Parallax shows and what it means, for a
 * light and a dark background. The window's style classes are written
 * from it (plx_palette_dup_css()), the panes and the link band read it,
 * and the printed reports take each colour as it looks on white paper
 * (plx_swatch_dup_paper()), so the app and its reports cannot drift
 * apart. Labels are translated here because the legend, the details bar
 * and the reports all use them. */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "plx-palette.h"

/* The tags, in the order of the legend. */
static const PlxSwatch tags[] = {
  { "tag-quote", N_("Quote"), "#c2e2f5", "#2c5a73" },
  { "tag-number", N_("Number"), "#f5d38c", "#7a5a12" },
  { "tag-name", N_("Name"), "#dcdcdc", "#4d4d4d" },
  { "tag-negation", N_("Negation"), "#f4b9a0", "#8a3a1a" },
  { "tag-hedge", N_("Hedge"), "#f6ed9c", "#6b6420" },
  { "tag-intensifier", N_("Intensifier"), "#ebc2da", "#6e3a59" },
  { "tag-reporting-verb", N_("Reporting verb"), "#9fd9c6", "#1d5e4c" },
  { "tag-loaded", N_("Loaded word"), "#cdb8ee", "#4b3a7a" },
};

static const PlxTag tag_order[] = {
  PLX_TAG_QUOTE, PLX_TAG_NUMBER, PLX_TAG_NAME, PLX_TAG_NEGATION,
  PLX_TAG_HEDGE, PLX_TAG_INTENSIFIER, PLX_TAG_REPORTING_VERB, PLX_TAG_LOADED,
};

G_STATIC_ASSERT (G_N_ELEMENTS (tags) == PLX_N_TAGS);
G_STATIC_ASSERT (G_N_ELEMENTS (tag_order) == PLX_N_TAGS);

static const PlxSwatch changed = {
  "changed", N_("Other change"), "rgba(0,0,0,0.10)", "rgba(255,255,255,0.14)"
};
static const PlxSwatch unmatched = {
  "unmatched", N_("In one article only"), "rgba(0,0,0,0.05)", "rgba(255,255,255,0.06)"
};
/* The underline of a loaded word marked wherever it stands (the marks of
 * an article), in the hue of the loaded-word highlight but strong enough
 * to read as a line. */
static const PlxSwatch mark_loaded = {
  "mark-loaded", N_("Loaded word"), "#7a4fc0", "#b79cf2"
};
static const PlxSwatch focus = {
  "focus", N_("In focus"), "rgba(53,132,228,0.14)", "rgba(120,174,237,0.22)"
};

/* The lines under and over a claim chosen in the parties panel: its
 * speaker, cue and content are told apart by their shapes (bold and
 * underlined, bold italic and overlined, underlined), this ink only
 * makes the lines stand out from the highlights under them. */
static const PlxSwatch claim_mark = {
  "claim-mark", N_("Chosen claim"), "#1a5fb4", "#99c1f1"
};

/* Okabe–Ito hues, told apart also by readers with a colour-vision
 * deficiency; translucent, so that they read on either background. */
static const PlxSwatch statuses[] = {
  [PLX_CLAIM_SHARED] = { "status-shared", N_("Shared"), "rgba(0,158,115,0.3)",
                         "rgba(0,158,115,0.3)" },
  [PLX_CLAIM_ONLY_A] = { "status-only-a", N_("Only in A"), "rgba(0,114,178,0.25)",
                         "rgba(0,114,178,0.25)" },
  [PLX_CLAIM_ONLY_B] = { "status-only-b", N_("Only in B"), "rgba(0,114,178,0.25)",
                         "rgba(0,114,178,0.25)" },
  [PLX_CLAIM_REFRAMED] = { "status-reframed", N_("Reframed"), "rgba(230,159,0,0.35)",
                           "rgba(230,159,0,0.35)" },
  [PLX_CLAIM_QUOTE_CHANGED] = { "status-quote-changed", N_("Quote changed"),
                                "rgba(213,94,0,0.3)", "rgba(213,94,0,0.3)" },
  [PLX_CLAIM_ATTRIBUTION_CHANGED] = { "status-attribution-changed", N_("Attribution changed"),
                                      "rgba(204,121,167,0.35)", "rgba(204,121,167,0.35)" },
  [PLX_CLAIM_QUOTE_TRIMMED] = { "status-quote-trimmed", N_("Quote trimmed"),
                                "rgba(240,228,66,0.5)", "rgba(240,228,66,0.35)" },
  [PLX_CLAIM_SECOND_HAND] = { "status-second-hand", N_("Second-hand"), "rgba(86,180,233,0.35)",
                              "rgba(86,180,233,0.35)" },
  [PLX_CLAIM_PARAPHRASED] = { "status-paraphrased", N_("Paraphrased"), "rgba(0,0,0,0.12)",
                              "rgba(255,255,255,0.16)" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (statuses) == PLX_CLAIM_N_STATUSES);

/* Link kinds in the band and the overview strips: grey for identical,
 * blue for paraphrase, orange for partial, reddish purple for moved;
 * lighter on a dark background. */
static const PlxSwatch links[] = {
  [PLX_LINK_IDENTICAL] = { "link-identical", N_("Identical"), "#9a9996", "#c0bfbc" },
  [PLX_LINK_PARAPHRASE] = { "link-paraphrase", N_("Paraphrase"), "#0072b2", "#56b4e9" },
  [PLX_LINK_PARTIAL] = { "link-partial", N_("Partial"), "#e69f00", "#f0b429" },
  [PLX_SWATCH_MOVED] = { "link-moved", N_("Moved"), "#cc79a7", "#e0a0c8" },
};

static int
tag_index (PlxTag tag)
{
  for (guint i = 0; i < G_N_ELEMENTS (tag_order); i++)
    if (tag_order[i] == tag)
      return i;

  return -1;
}

/**
 * plx_palette_tag:
 *
 * Returns: (nullable): the highlight of @tag, %NULL for no tag
 */
const PlxSwatch *
plx_palette_tag (PlxTag tag)
{
  int index = tag_index (tag);

  return index >= 0 ? &tags[index] : NULL;
}

/**
 * plx_palette_for_tags:
 *
 * Returns: (nullable): the highlight of the strongest of @tags (as
 *   plx_tag_strongest() ranks them), %NULL for an untagged change
 */
const PlxSwatch *
plx_palette_for_tags (guint tags_set)
{
  return plx_palette_tag (plx_tag_strongest (tags_set));
}

/**
 * plx_palette_tag_order:
 *
 * Returns: the tags in the order of the legend
 */
const PlxTag *
plx_palette_tag_order (guint *n_tags)
{
  if (n_tags != NULL)
    *n_tags = G_N_ELEMENTS (tag_order);

  return tag_order;
}

const PlxSwatch *
plx_palette_changed (void)
{
  return &changed;
}

/**
 * plx_palette_mark:
 *
 * Returns: the underline of the marked loaded words
 */
const PlxSwatch *
plx_palette_mark (void)
{
  return &mark_loaded;
}

const PlxSwatch *
plx_palette_unmatched (void)
{
  return &unmatched;
}

const PlxSwatch *
plx_palette_focus (void)
{
  return &focus;
}

const PlxSwatch *
plx_palette_claim (void)
{
  return &claim_mark;
}

const PlxSwatch *
plx_palette_status (PlxClaimStatus status)
{
  g_return_val_if_fail (status < G_N_ELEMENTS (statuses), &statuses[PLX_CLAIM_SHARED]);

  return &statuses[status];
}

/**
 * plx_palette_link:
 * @kind: a #PlxLinkKind, or %PLX_SWATCH_MOVED
 */
const PlxSwatch *
plx_palette_link (guint kind)
{
  return &links[MIN (kind, PLX_SWATCH_MOVED)];
}

const char *
plx_swatch_get_label (const PlxSwatch *swatch)
{
  g_return_val_if_fail (swatch != NULL, NULL);

  return _(swatch->label);
}

/**
 * plx_swatch_dup_paper:
 *
 * The light colour as it looks on white paper, as "#rrggbb": reports are
 * printed, and PDF text backgrounds take no transparency.
 *
 * Returns: (transfer full): an opaque colour
 */
char *
plx_swatch_dup_paper (const PlxSwatch *swatch)
{
  unsigned int r = 0;
  unsigned int g = 0;
  unsigned int b = 0;
  double alpha = 1;

  g_return_val_if_fail (swatch != NULL, NULL);

  if (sscanf (swatch->light, "#%02x%02x%02x", &r, &g, &b) == 3)
    return g_strdup (swatch->light);
  if (sscanf (swatch->light, "rgba(%u,%u,%u,%lf)", &r, &g, &b, &alpha) != 4)
    g_return_val_if_reached (g_strdup ("#ffffff"));

  return g_strdup_printf ("#%02x%02x%02x", (unsigned int) lround (255 - alpha * (255 - r)),
                          (unsigned int) lround (255 - alpha * (255 - g)),
                          (unsigned int) lround (255 - alpha * (255 - b)));
}

/**
 * plx_palette_dup_css:
 * @dark: for a dark background
 *
 * The style classes of the legend's chips (`.legend-NAME`, and
 * `.legend-mark` for the underline of loaded words) and of the status
 * chips (`.chip.status-NAME`).
 *
 * Returns: (transfer full): CSS
 */
char *
plx_palette_dup_css (gboolean dark)
{
  GString *css = g_string_new ("/* Written from the palette (plx-palette.c). */\n");

  for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
    g_string_append_printf (css, ".legend-%s { background-color: %s; }\n",
                            tags[i].name + strlen ("tag-"), dark ? tags[i].dark : tags[i].light);
  g_string_append_printf (css, ".legend-changed { background-color: %s; }\n",
                          dark ? changed.dark : changed.light);
  g_string_append_printf (css, ".legend-unmatched { background-color: %s; font-style: italic; }\n",
                          dark ? unmatched.dark : unmatched.light);
  g_string_append_printf (css, ".legend-mark { text-decoration-line: underline; "
                          "text-decoration-style: double; text-decoration-color: %s; }\n",
                          dark ? mark_loaded.dark : mark_loaded.light);
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    g_string_append_printf (css, ".chip.%s { background-color: %s; }\n", statuses[i].name,
                            dark ? statuses[i].dark : statuses[i].light);

  return g_string_free (css, FALSE);
}
