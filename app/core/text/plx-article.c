/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* An article: its text as loaded, where it came from and what it is called.
 * Loading runs in a worker thread through plx_article_load_async(), so large
 * files never block the caller's main loop. */

#include "config.h"

#include <string.h>

#include "plx-article.h"
#include "plx-segmenter.h"

#define MAX_TITLE_CHARS 160

struct _PlxArticle
{
  GObject parent_instance;

  /* owned */
  char     *text;
  char     *title;
  char     *source;
  GFile    *file;
  GArray   *sentences;
  PlxFormat format;
  guint     n_chars;
  PlxMetadata metadata;
  char     *retrieved;
};

G_DEFINE_FINAL_TYPE (PlxArticle, plx_article, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_TITLE,
  PROP_SOURCE,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
plx_article_finalize (GObject *object)
{
  PlxArticle *self = (PlxArticle *) object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->sentences, g_array_unref);
  g_clear_object (&self->file);
  plx_metadata_clear (&self->metadata);
  g_clear_pointer (&self->retrieved, g_free);

  G_OBJECT_CLASS (plx_article_parent_class)->finalize (object);
}

static void
plx_article_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PlxArticle *self = PLX_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_article_class_init (PlxArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = plx_article_finalize;
  object_class->get_property = plx_article_get_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
plx_article_init (PlxArticle *self)
{
  self->metadata.authors = g_new0 (char *, 1);
}

/* The headline sentence when the segmenter found one; otherwise the file
 * name without its extension stands in. */
static char *
guess_title (PlxArticle *self)
{
  if (self->sentences->len > 0)
    {
      const PlxSentence *first = &g_array_index (self->sentences, PlxSentence, 0);

      if (first->kind == PLX_SENTENCE_TITLE)
        return plx_sentence_dup_text (first, self->text);
    }

  if (self->source != NULL && self->source[0] != '\0')
    {
      g_autofree char *base = g_path_get_basename (self->source);
      char *dot = strrchr (base, '.');

      if (dot != NULL && dot != base)
        *dot = '\0';
      return g_steal_pointer (&base);
    }

  return g_strdup ("");
}

static PlxArticle *
article_new (const char    *text,
             const char    *title,
             const char    *source,
             const PlxSpan *headings,
             guint          n_headings)
{
  PlxArticle *self = g_object_new (PLX_TYPE_ARTICLE, NULL);

  self->text = g_strdup (text);
  self->n_chars = plx_utf8_count (text, strlen (text));
  self->source = g_strdup (source != NULL ? source : "");
  self->sentences = plx_segment (self->text, headings, n_headings);
  self->title = title != NULL && title[0] != '\0' ? g_strdup (title) : guess_title (self);

  return self;
}

PlxArticle *
plx_article_new (const char *text,
                 const char *title,
                 const char *source)
{
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), NULL);

  return article_new (text, title, source, NULL, 0);
}

/* The words of @text, case-folded, as a set. */
static GHashTable *
word_set (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *start = NULL;

  for (const char *p = folded;; p = g_utf8_next_char (p))
    {
      gboolean letter = *p != '\0' && g_unichar_isalnum (g_utf8_get_char (p));

      if (letter && start == NULL)
        start = p;
      else if (!letter && start != NULL)
        {
          g_hash_table_add (words, g_strndup (start, p - start));
          start = NULL;
        }
      if (*p == '\0')
        break;
    }

  return words;
}

/* Whether @sentence says what @headline says: most of the words of each
 * are in the other (a <title> adds the site's name, a heading drops a
 * subtitle). */
static gboolean
is_headline (const char *sentence,
             const char *headline)
{
  g_autoptr(GHashTable) a = NULL;
  g_autoptr(GHashTable) b = NULL;
  GHashTableIter iter;
  gpointer word;
  guint shared = 0;

  if (headline == NULL || headline[0] == '\0')
    return FALSE;
  a = word_set (sentence);
  b = word_set (headline);
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    shared += g_hash_table_contains (b, word);

  return shared > 0 && shared >= 0.6 * g_hash_table_size (a) && shared >= 0.5 * g_hash_table_size (b);
}

/* A web page says which of its lines are headings and what its headline
 * is: there the first line is the title only when the markup makes it a
 * heading and it says what the headline says (a page that opens on a date,
 * a section's name or a plain paragraph has no headline in its text). */
static void
settle_marked_title (PlxArticle  *self,
                     PlxDocument *document)
{
  const PlxSpan *headings = (const PlxSpan *) document->headings->data;
  PlxSentence *first;
  g_autofree char *text = NULL;

  if (self->sentences->len == 0)
    return;
  first = &g_array_index (self->sentences, PlxSentence, 0);
  if (first->kind != PLX_SENTENCE_TITLE)
    return;
  text = plx_sentence_dup_text (first, self->text);
  for (guint i = 0; i < document->headings->len; i++)
    if (headings[i].start < first->end && first->start < headings[i].end &&
        (is_headline (text, document->metadata.headline) || is_headline (text, document->title)))
      return;
  first->kind = PLX_SENTENCE_BODY;
}

PlxArticle *
plx_article_new_from_document (PlxDocument *document,
                               const char  *source)
{
  PlxArticle *self;

  g_return_val_if_fail (document != NULL, NULL);

  self = article_new (document->text, document->title, source,
                      (const PlxSpan *) document->headings->data, document->headings->len);
  self->format = document->format;
  if (document->format == PLX_FORMAT_HTML)
    settle_marked_title (self, document);
  plx_metadata_clear (&self->metadata);
  plx_metadata_copy (&self->metadata, &document->metadata);
  self->retrieved = g_strdup (document->retrieved);

  return self;
}

PlxArticle *
plx_article_new_from_bytes (GBytes     *bytes,
                            const char *source,
                            GError    **error)
{
  g_autoptr(PlxDocument) document = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (source != NULL, NULL);

  name = g_path_get_basename (source);
  document = plx_document_new_from_bytes (bytes, name, error);
  if (document == NULL)
    return NULL;

  return plx_article_new_from_document (document, source);
}

PlxArticle *
plx_article_new_from_file (GFile        *file,
                           GCancellable *cancellable,
                           GError      **error)
{
  g_autoptr(PlxDocument) document = NULL;
  g_autofree char *source = NULL;
  PlxArticle *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  document = plx_document_new_from_file (file, cancellable, error);
  if (document == NULL)
    return NULL;

  source = g_file_get_basename (file);
  if (source == NULL || !g_file_is_native (file))
    {
      g_free (source);
      source = g_file_get_uri (file);
    }

  self = plx_article_new_from_document (document, source);
  self->file = g_object_ref (file);

  return self;
}

static void
load_thread_cb (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GFile *file = task_data;
  GError *error = NULL;
  PlxArticle *article;

  article = plx_article_new_from_file (file, cancellable, &error);
  if (article == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, article, g_object_unref);
}

void
plx_article_load_async (GFile              *file,
                        GCancellable       *cancellable,
                        GAsyncReadyCallback callback,
                        gpointer            user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, plx_article_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread_cb);
}

PlxArticle *
plx_article_load_finish (GAsyncResult *result,
                         GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

const char *
plx_article_get_title (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), NULL);

  return self->title;
}

const char *
plx_article_get_source (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), NULL);

  return self->source;
}

const char *
plx_article_get_text (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), NULL);

  return self->text;
}

guint
plx_article_get_n_chars (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), 0);

  return self->n_chars;
}

GFile *
plx_article_get_file (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), NULL);

  return self->file;
}

PlxFormat
plx_article_get_format (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), PLX_FORMAT_TEXT);

  return self->format;
}

const PlxSentence *
plx_article_get_sentences (PlxArticle *self,
                           guint      *n_sentences)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), NULL);

  if (n_sentences != NULL)
    *n_sentences = self->sentences->len;

  return (const PlxSentence *) self->sentences->data;
}

guint
plx_article_get_n_sentences (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), 0);

  return self->sentences->len;
}

/**
 * plx_article_dup_sentence_texts:
 *
 * Returns: (transfer full): the texts of sentences [@start, @end)
 */
GStrv
plx_article_dup_sentence_texts (PlxArticle *self,
                                guint       start,
                                guint       end)
{
  const PlxSentence *sentences;
  GStrv texts;

  g_return_val_if_fail (PLX_IS_ARTICLE (self), NULL);
  g_return_val_if_fail (start <= end && end <= self->sentences->len, NULL);

  sentences = (const PlxSentence *) self->sentences->data;
  texts = g_new0 (char *, end - start + 1);
  for (guint i = start; i < end; i++)
    texts[i - start] = plx_sentence_dup_text (&sentences[i], self->text);

  return texts;
}

/**
 * plx_article_find_sentences:
 * @texts: sentence texts, as plx_article_dup_sentence_texts() gives them
 *
 * Where the consecutive sentences @texts first stand in the article: how
 * links made by hand find their sentences again in a reloaded text.
 *
 * Returns: the index of the first, or -1 when they are not there
 */
int
plx_article_find_sentences (PlxArticle        *self,
                            const char *const *texts)
{
  const PlxSentence *sentences;
  guint n;
  guint count;

  g_return_val_if_fail (PLX_IS_ARTICLE (self), -1);

  sentences = (const PlxSentence *) self->sentences->data;
  n = self->sentences->len;
  count = g_strv_length ((GStrv) texts);

  for (guint i = 0; count > 0 && i + count <= n; i++)
    {
      guint k;

      for (k = 0; k < count; k++)
        {
          g_autofree char *text = plx_sentence_dup_text (&sentences[i + k], self->text);

          if (!g_str_equal (text, texts[k]))
            break;
        }
      if (k == count)
        return i;
    }

  return -1;
}

/**
 * plx_article_get_retrieved:
 *
 * Returns: (nullable): when the article was fetched from its web address,
 *   ISO 8601 in UTC, or %NULL for an article read from a file
 */
const char *
plx_article_get_retrieved (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), NULL);

  return self->retrieved;
}

/**
 * plx_article_get_metadata:
 *
 * Returns: (transfer none): what the article's page says about it
 *   (headline, outlet, authors, dates, address, language); all empty for
 *   an article that was not read from HTML
 */
const PlxMetadata *
plx_article_get_metadata (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), NULL);

  return &self->metadata;
}
