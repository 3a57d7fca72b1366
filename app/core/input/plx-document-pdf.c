/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* PDF text extraction: pages are read by poppler, their line ends
 * normalised and words the layout hyphenated at a line end joined again;
 * the title comes from the metadata when it is not a file name. PDF has no
 * markup naming headings, so none are recorded: the segmenter guesses them
 * as in plain text, and splits the sentences. Nothing here ever touches the
 * network. */

#include "config.h"

#include <glib/gi18n.h>
#include <poppler.h>
#include <string.h>

#include "plx-document-private.h"
#include "plx-error.h"

static gboolean
is_hyphen (gunichar c)
{
  return c == '-' || c == 0x00AD || c == 0x2010;
}

/* Joins words the layout broke at a line end, "negoti-" + "ations began"
 * becoming "negotiations" + "began": the line break stays after the joined
 * word, so the lines still follow the page. Only a hyphen after a letter
 * with a lower-case letter opening the next line counts, which keeps
 * "Jean-" + "Pierre" apart; "well-" + "known" is joined, the price of a
 * layout that does not say which hyphens were soft. */
static char *
pdf_dehyphenate (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strchomp (lines[i]);
      char *last = *line != '\0' ? g_utf8_prev_char (line + strlen (line)) : NULL;
      const char *next = lines[i + 1] != NULL ? plx_text_skip_blanks (lines[i + 1]) : NULL;
      const char *word_end;
      char *rest;

      if (last == NULL || last == line || !is_hyphen (g_utf8_get_char (last)) ||
          !g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (last))) || next == NULL ||
          !g_unichar_islower (g_utf8_get_char (next)))
        {
          g_ptr_array_add (out, g_strdup (line));
          continue;
        }

      word_end = next;
      while (*word_end != '\0' && *word_end != ' ' && *word_end != '\t')
        word_end++;
      g_ptr_array_add (out, g_strdup_printf ("%.*s%.*s", (int) (last - line), line,
                                             (int) (word_end - next), next));

      rest = g_strdup (plx_text_skip_blanks (word_end));
      g_free (lines[i + 1]);
      lines[i + 1] = rest;
      /* The word was all the next line held: drop the line rather than
       * leave it empty, which would read as a paragraph break. */
      if (*rest == '\0')
        i++;
    }
  g_ptr_array_add (out, NULL);

  return g_strjoinv ("\n", (char **) out->pdata);
}

/* Line ends as \n, form feeds as line breaks, no blanks at line ends. */
static char *
pdf_normalise (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\r' || *p == '\f' || *p == '\n')
        {
          while (out->len > 0 && (out->str[out->len - 1] == ' ' || out->str[out->len - 1] == '\t'))
            g_string_truncate (out, out->len - 1);
          g_string_append_c (out, '\n');
          if (*p == '\r' && p[1] == '\n')
            p++;
        }
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* Authoring tools fill the title with the file they printed from
 * ("Microsoft Word - draft3.docx", "A4_layout.indd"); no title is better than
 * that, because the segmenter then finds the headline in the text. */
static gboolean
pdf_title_is_meaningful (const char *title)
{
  static const char *const file_suffixes[] = {
    ".doc", ".docx", ".indd", ".odt", ".pdf", ".qxd", ".rtf", ".txt",
  };
  g_autofree char *lower = g_ascii_strdown (title, -1);

  if (*lower == '\0' || strcmp (lower, "untitled") == 0 ||
      g_str_has_prefix (lower, "microsoft word - "))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (file_suffixes); i++)
    if (g_str_has_suffix (lower, file_suffixes[i]))
      return FALSE;

  return TRUE;
}

gboolean
plx_document_extract_pdf (PlxDocument  *self,
                          const guint8 *data,
                          gsize         length,
                          const char   *name,
                          GError      **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, length);
  g_autoptr(GError) local_error = NULL;
  PopplerDocument *doc;
  GString *text;
  g_autofree char *title = NULL;
  int n_pages;

  /* poppler-glib 22.12 declares no autoptr cleanups, hence the explicit
   * unrefs below. */
  doc = poppler_document_new_from_bytes (bytes, NULL, &local_error);
  if (doc == NULL)
    {
      if (g_error_matches (local_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        g_set_error (error, PLX_ERROR, PLX_ERROR_FORMAT,
                     _("“%s” is protected by a password, so Parallax cannot read its text. "
                       "Open it in a PDF viewer and copy the article’s text into a text file, "
                       "or save a copy without the password, and open that instead."),
                     name);
      else
        g_set_error (error, PLX_ERROR, PLX_ERROR_FORMAT,
                     _("“%s” is not a PDF that Parallax can read (%s). If the download was "
                       "interrupted, download it again; otherwise copy the article’s text from a "
                       "PDF viewer into a text file and open that instead."),
                     name, local_error->message);
      return FALSE;
    }

  n_pages = poppler_document_get_n_pages (doc);
  text = g_string_new (NULL);
  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (doc, i);
      g_autofree char *page_text = NULL;
      g_autofree char *normalised = NULL;
      g_autofree char *joined = NULL;
      char *stripped;

      if (page == NULL)
        continue;
      page_text = poppler_page_get_text (page);
      g_object_unref (page);
      if (page_text == NULL || !g_utf8_validate (page_text, -1, NULL))
        continue;

      normalised = pdf_normalise (page_text);
      joined = pdf_dehyphenate (normalised);
      stripped = g_strstrip (joined);
      if (*stripped == '\0')
        continue;

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, stripped);
      g_string_append_c (text, '\n');
    }

  title = poppler_document_get_title (doc);
  g_object_unref (doc);

  if (text->len == 0)
    {
      g_string_free (text, TRUE);
      g_set_error (error, PLX_ERROR, PLX_ERROR_EMPTY,
                   _("“%s” has no text layer; its pages are probably scanned images. Run "
                     "it through OCR software (for example OCRmyPDF), or copy the article’s "
                     "text into a text file, and open that instead."),
                   name);
      return FALSE;
    }

  self->text = g_string_free (text, FALSE);
  if (title != NULL && pdf_title_is_meaningful (g_strstrip (title)))
    self->title = plx_text_collapse_whitespace (title);

  return TRUE;
}
