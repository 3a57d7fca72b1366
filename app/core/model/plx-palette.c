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

/* The tags, in the order of the legend, and "other change". Chosen so
 * that every two of them, and each and the page, stay at least 9 CIEDE2000
 * apart on the light and 10 on the dark background, also as readers with
 * protanopia, deuteranopia or tritanopia see them (build-aux/cvd-check.py
 * measures it; docs/colours.md has the figures): hues keep their meaning
 * (blue quote, amber number, green name, red negation, yellow hedge, pink
 * intensifier, teal reporting verb, violet loaded word) and lightness
 * tells apart what hue alone would not. */
static const PlxSwatch tags[] = {
  { "tag-quote", N_("Quote"), "#b7e2fc", "#2f77ad" },
  { "tag-number", N_("Number"), "#e5c070", "#76563a" },
  { "tag-name", N_("Name"), "#b8d5b3", "#283f24" },
  { "tag-negation", N_("Negation"), "#e19a81", "#9f695f" },
  { "tag-hedge", N_("Hedge"), "#f7ecab", "#4e4602" },
  { "tag-intensifier", N_("Intensifier"), "#ca9ec1", "#582651" },
  { "tag-reporting-verb", N_("Reporting verb"), "#82b8a7", "#496a68" },
  { "tag-loaded", N_("Loaded word"), "#b4a5f5", "#664b7b" },
};

static const PlxTag tag_order[] = {
  PLX_TAG_QUOTE, PLX_TAG_NUMBER, PLX_TAG_NAME, PLX_TAG_NEGATION,
  PLX_TAG_HEDGE, PLX_TAG_INTENSIFIER, PLX_TAG_REPORTING_VERB, PLX_TAG_LOADED,
};

G_STATIC_ASSERT (G_N_ELEMENTS (tags) == PLX_N_TAGS);
G_STATIC_ASSERT (G_N_ELEMENTS (tag_order) == PLX_N_TAGS);

/* The one grey of the panes. */
static const PlxSwatch changed = {
  "changed", N_("Other change"), "#d0d0d0", "#454545"
};
/* A sentence only one article has is told by its text, not by a
 * background: italic and a lighter grey than the text (still 4.5:1 on the
 * view's background), so that no background colour means two things. */
static const PlxSwatch unmatched = {
  "unmatched", N_("In one article only"), "rgba(0,0,0,0.62)", "rgba(255,255,255,0.68)"
};
/* The underline of a loaded word marked wherever it stands (the marks of
 * an article), in the hue of the loaded-word highlight but strong enough
 * to read as a line. */
static const PlxSwatch mark_loaded = {
  "mark-loaded", N_("Loaded word"), "#7a4fc0", "#b79cf2"
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

/* Link kinds in the band and the overview strips. The hues mean kinds of
 * words in the panes, so links take none of them: every kind has the one
 * neutral colour, and the band tells them apart by outline and fill
 * (plx-link-band.c). */
#define LINK_LIGHT "#3d3846"
#define LINK_DARK "#deddda"
static const PlxSwatch links[] = {
  [PLX_LINK_IDENTICAL] = { "link-identical", N_("Identical"), LINK_LIGHT, LINK_DARK },
  [PLX_LINK_PARAPHRASE] = { "link-paraphrase", N_("Paraphrase"), LINK_LIGHT, LINK_DARK },
  [PLX_LINK_PARTIAL] = { "link-partial", N_("Partial"), LINK_LIGHT, LINK_DARK },
  [PLX_SWATCH_MOVED] = { "link-moved", N_("Moved"), LINK_LIGHT, LINK_DARK },
};

/* How an article tells a story unit, in the coverage table of the window
 * and the heat map of the collation reports: the base version blue, the
 * same words green, reworded amber, partly told orange, not told blank
 * (the window outlines an empty block; on paper it is white). The window
 * shows the kinds of link in one colour (links[] above), so these hues
 * mean a kind of telling only in the coverage. Each has its symbol too,
 * for where the colour is not seen: a plain-text report, a printed page
 * in grey. */
static const PlxSwatch told[] = {
  [PLX_TOLD_ABSENT] = { "told-absent", N_("not told"), "transparent", "transparent" },
  [PLX_TOLD_CENTRAL] = { "told-central", N_("the version the others are compared with"),
                         "#c6dcf5", "#1f4c7a" },
  [PLX_TOLD_IDENTICAL] = { "told-identical", N_("the same words"), "#b8e6c4", "#245c36" },
  [PLX_TOLD_PARAPHRASE] = { "told-paraphrase", N_("reworded"), "#f8e3a3", "#6b5714" },
  [PLX_TOLD_PARTIAL] = { "told-partial", N_("partly told"), "#f7c79a", "#7a4518" },
};
static const char *const told_symbols[] = {
  [PLX_TOLD_ABSENT] = "·",
  [PLX_TOLD_CENTRAL] = "■",
  [PLX_TOLD_IDENTICAL] = "=",
  [PLX_TOLD_PARAPHRASE] = "≈",
  [PLX_TOLD_PARTIAL] = "~",
};

G_STATIC_ASSERT (G_N_ELEMENTS (told) == PLX_TOLD_PARTIAL + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (told_symbols) == PLX_TOLD_PARTIAL + 1);

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

/**
 * plx_palette_told:
 *
 * Returns: the colour of a cell of the coverage told so (its light and
 *   dark colour "transparent" for %PLX_TOLD_ABSENT)
 */
const PlxSwatch *
plx_palette_told (PlxTold told_as)
{
  g_return_val_if_fail (told_as < G_N_ELEMENTS (told), &told[PLX_TOLD_ABSENT]);

  return &told[told_as];
}

/**
 * plx_palette_told_symbol:
 *
 * Returns: the symbol of a cell of the coverage told so: "■" the central
 *   version, "=" the same words, "≈" reworded, "~" partly told, "·" not
 *   told (the window leaves that cell empty)
 */
const char *
plx_palette_told_symbol (PlxTold told_as)
{
  g_return_val_if_fail (told_as < G_N_ELEMENTS (told_symbols), told_symbols[PLX_TOLD_ABSENT]);

  return told_symbols[told_as];
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
 * printed, and PDF text backgrounds take no transparency ("transparent"
 * is white).
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

  if (g_str_equal (swatch->light, "transparent"))
    return g_strdup ("#ffffff");
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
 * The style classes of the legend's chips (toggle buttons
 * `.legend-item.legend-NAME`, coloured while their kind is shown, and
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
    g_string_append_printf (css, ".legend-item.legend-%s:checked { background-color: %s; }\n",
                            tags[i].name + strlen ("tag-"), dark ? tags[i].dark : tags[i].light);
  g_string_append_printf (css, ".legend-item.legend-changed:checked { background-color: %s; }\n",
                          dark ? changed.dark : changed.light);
  /* These two are no backgrounds: their chips have none either. */
  g_string_append (css, ".legend-item.legend-unmatched:checked, "
                   ".legend-item.legend-mark:checked { background-color: transparent; }\n");
  g_string_append_printf (css, ".legend-item.legend-unmatched:checked label "
                          "{ color: %s; font-style: italic; }\n",
                          dark ? unmatched.dark : unmatched.light);
  g_string_append_printf (css, ".legend-item.legend-mark:checked label "
                          "{ text-decoration-line: underline; "
                          "text-decoration-style: double; text-decoration-color: %s; }\n",
                          dark ? mark_loaded.dark : mark_loaded.light);
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    g_string_append_printf (css, ".chip.%s { background-color: %s; }\n", statuses[i].name,
                            dark ? statuses[i].dark : statuses[i].light);

  return g_string_free (css, FALSE);
}
