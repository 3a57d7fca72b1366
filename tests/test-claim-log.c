/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* What the claim tests (claims, parties) log of the claims they find. */

#include "config.h"

#include "test-claim-log.h"

char *
plx_test_span_dup (const char *text,
                   PlxSpan     span)
{
  return g_utf8_substring (text, span.start, span.end);
}

void
plx_test_log_claims (const char *text,
                     GArray     *claims)
{
  for (guint i = 0; i < claims->len; i++)
    {
      const PlxClaim *claim = &g_array_index (claims, PlxClaim, i);
      g_autofree char *words = NULL;

      if (text != NULL)
        {
          g_autofree char *cue = plx_test_span_dup (text, claim->cue);
          g_autofree char *speaker = plx_test_span_dup (text, claim->speaker);
          g_autofree char *content = plx_test_span_dup (text, claim->content);

          words = g_strdup_printf (" — cue “%s” speaker “%s” content “%s”", cue, speaker, content);
        }
      g_test_message ("claim %u: %s “%s” (party %s, key %s): %s; quote %s%s", i, claim->verb,
                      claim->speaker_name, claim->party ? claim->party : "-",
                      claim->speaker_key ? claim->speaker_key : "-", claim->text,
                      claim->quote ? claim->quote : "-", words != NULL ? words : "");
    }
}
