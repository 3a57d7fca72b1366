/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* What a page says about its article: headline, outlet, authors, dates of
 * publication and update, canonical address and language. Each field may
 * be given in several places; each place has a rank, and the most trusted
 * value wins: JSON-LD of an Article type (NewsArticle, BlogPosting, …)
 * first, then microdata (itemprop), Open Graph and the <meta> tags of
 * publishing systems, then <time> and bylines. The JSON-LD articleBody is
 * handed back for the content scoring. Nothing here fetches anything. */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "plx-document-html-private.h"

/* JSON-LD nested deeper than this is not metadata (and json-glib parses
 * recursively). */
#define JSON_MAX_DEPTH 64
#define JSON_MAX_BYTES (4 * 1024 * 1024)

enum
{
  RANK_JSON_LD = 1,
  RANK_MICRODATA,
  RANK_OPEN_GRAPH,
  RANK_META,
  RANK_BYLINE,
  RANK_TIME_ELSEWHERE, /* a <time> outside any <article> */
  RANK_NONE,
};

enum
{
  FIELD_HEADLINE,
  FIELD_SITE_NAME,
  FIELD_PUBLISHED,
  FIELD_MODIFIED,
  FIELD_URL,
  FIELD_LANGUAGE,
  N_FIELDS
};

typedef struct
{
  char      *values[N_FIELDS];
  guint      ranks[N_FIELDS];
  GPtrArray *authors;
  guint      authors_rank;
  char      *article_body;
} MetaReader;

static void
offer (MetaReader *r,
       guint       field,
       const char *value,
       guint       rank)
{
  g_autofree char *clean = NULL;

  if (value == NULL || rank >= r->ranks[field])
    return;
  clean = plx_text_collapse_whitespace (value);
  if (*clean == '\0' || !g_utf8_validate (clean, -1, NULL))
    return;
  g_free (r->values[field]);
  r->values[field] = g_steal_pointer (&clean);
  r->ranks[field] = rank;
}

/* The names of @p that are names: a list "A, B and C", parts of a
 * byline between bars or dots ("Jane Doe | 3 March 2026"); what follows a
 * list joined by "and" after a comma is where they work ("By John Smith
 * and Mary Jones, Associated Press"). */
static GStrv
split_names (const char *p,
             gboolean    byline)
{
  const char *joined = strstr (p, " and ");
  const char *comma = joined != NULL ? strchr (joined, ',') : NULL;
  g_autofree char *head = NULL;

  /* A byline "Jane Doe, Community Manager": two people would be joined
   * by "and"; what follows the comma is what she does. */
  if (byline && joined == NULL && strchr (p, '&') == NULL)
    {
      const char *first = strchr (p, ',');

      if (first != NULL && strchr (first + 1, ',') == NULL)
        comma = first;
    }
  /* The parts before that comma only. */
  head = comma != NULL ? g_strndup (p, comma - p) : g_strdup (p);

  return g_regex_split_simple ("\\s*(?:,|\\band\\b|&|\\||·|•)\\s*", head, 0, 0);
}

/* How many words @name has: its spaces, plus one. */
static guint
name_words (const char *name)
{
  guint words = 1;

  for (; *name != '\0'; name++)
    words += *name == ' ';

  return words;
}

/* A person's name, as a byline or a box gives it: "Jane Doe",
 * "NATALIYA VASILYEVA", not "Sarah Archer is the author of …". */
static gboolean
looks_like_name (const char *name,
                 gboolean    from_text)
{
  /* "By Lena Ortiz, 3 comments", "…, Updated 5 May": a name has no
   * digit and begins with a capital. */
  if (*name == '\0' || strpbrk (name, "0123456789") != NULL ||
      !g_unichar_isupper (g_utf8_get_char (name)))
    return FALSE;
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* "Google +", "@handle": no name. (A value of JSON-LD or a meta
       * tag may be "Doe, Jane" or "Ben & Jerry".) */
      if (from_text && !g_unichar_isalpha (c) && !g_unichar_isspace (c) && strchr (".'-()", c) == NULL &&
          c != 0x2019)
        return FALSE;
    }

  return !from_text || name_words (name) <= 5;
}

/* Whether the word at @p (up to a space or the end) is an abbreviation
 * in capitals: three letters at most, no vowel ("NYT", "AP" alone is
 * one word and stays as it is anyway). */
static gboolean
is_abbreviation (const char *p)
{
  guint n = 0;

  for (; *p != '\0' && *p != ' '; p++, n++)
    if (strchr ("AEIOU", *p) != NULL)
      return FALSE;

  return n <= 3;
}

/* "NATALIYA VASILYEVA" as "Nataliya Vasilyeva": a name of several words
 * in capitals is a byline's style. One word ("AFP", "AP") and short
 * words without a vowel ("NYT STAFF" → "NYT Staff") stay as they are.
 * Takes @name; a name in mixed case is returned as it is. */
static char *
title_case (char *name)
{
  GString *out;
  gboolean after_letter = FALSE;
  gboolean keep = FALSE;

  if (strchr (name, ' ') == NULL)
    return name;
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_islower (g_utf8_get_char (p)))
      return name;
  out = g_string_sized_new (strlen (name));
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (p == name || p[-1] == ' ')
        keep = is_abbreviation (p);
      g_string_append_unichar (out, after_letter && !keep ? g_unichar_tolower (c) : c);
      after_letter = g_unichar_isalpha (c);
    }
  g_free (name);

  return g_string_free (out, FALSE);
}

/* "By Jane Doe and John Roe" → "Jane Doe", "John Roe". Text of the page
 * (microdata, bylines) is split into names; a value of JSON-LD or a meta
 * tag only when every part is a name of two to four capitalised words
 * ("Ann Lee, Bob Kay", not "Doe, Jane" nor "Procter and Gamble"). */
static void
offer_author (MetaReader *r,
              const char *value,
              guint       rank)
{
  g_autofree char *clean = NULL;
  g_auto(GStrv) names = NULL;
  /* Text of the page, not a value made to be read by programs. */
  gboolean from_text = rank == RANK_MICRODATA || rank >= RANK_BYLINE;
  char *p;
  char *next;

  if (value == NULL || rank > r->authors_rank)
    return;
  clean = plx_text_collapse_whitespace (value);
  p = clean;
  /* "By …", "Written by …", "Posted by …": from after the first "by". */
  for (guint i = 0; p[i] != '\0' && i < 20; i++)
    if ((i == 0 || p[i - 1] == ' ') && g_ascii_strncasecmp (p + i, "by ", 3) == 0)
      {
        p += i + 3;
        break;
      }
  /* "Rob Ewaschuk Edited by Betsy Beyer": the next credit is another's. */
  next = from_text ? strstr (p, " by ") : NULL;
  if (next != NULL)
    {
      while (next > p && next[-1] != ' ')
        next--;
      *next = '\0';
    }
  /* An address or a handle names no one. */
  if (*p == '\0' || !g_utf8_validate (p, -1, NULL) || g_str_has_prefix (p, "http") ||
      strchr (p, '/') != NULL || g_utf8_strlen (p, -1) > 80)
    return;

  names = split_names (p, from_text);
  if (rank < RANK_MICRODATA)
    {
      guint n = 0;

      while (names[n] != NULL && looks_like_name (names[n], FALSE) &&
             name_words (names[n]) >= 2 && name_words (names[n]) <= 4)
        n++;
      /* Not a list of names: the value whole. */
      if (n < 2 || names[n] != NULL)
        {
          g_strfreev (names);
          names = g_new0 (char *, 2);
          names[0] = g_strdup (p);
        }
    }
  for (guint i = 0; names[i] != NULL; i++)
    {
      char *name = g_strstrip (names[i]);
      gboolean known = FALSE;
      gsize n = strlen (name);

      /* "Jane Doe —", "Jane Doe |" */
      while (n > 0 && (strchr (",;:|-", name[n - 1]) != NULL || g_ascii_isspace (name[n - 1])))
        name[--n] = '\0';
      if (g_str_has_suffix (name, "—") || g_str_has_suffix (name, "–"))
        {
          name[n - strlen ("—")] = '\0';
          g_strchomp (name);
        }

      if (!looks_like_name (name, from_text))
        continue;
      name = names[i] = title_case (name);
      /* The first place that names someone is the one trusted. */
      if (rank < r->authors_rank)
        {
          g_ptr_array_set_size (r->authors, 0);
          r->authors_rank = rank;
        }
      for (guint j = 0; j < r->authors->len && !known; j++)
        known = g_ascii_strcasecmp (g_ptr_array_index (r->authors, j), name) == 0;
      if (!known)
        g_ptr_array_add (r->authors, g_strdup (name));
    }
}

/* JSON-LD */

static const char *
json_string (JsonObject *object,
             const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  /* {"@id": "…"} or {"name": "…"} */
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *inner = json_node_get_object (node);
      const char *keys[] = { "name", "@id", "url" };

      for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
        {
          JsonNode *value = json_object_get_member (inner, keys[i]);

          if (value != NULL && JSON_NODE_HOLDS_VALUE (value) &&
              json_node_get_value_type (value) == G_TYPE_STRING)
            return json_node_get_string (value);
        }
    }
  if (JSON_NODE_HOLDS_ARRAY (node) && json_array_get_length (json_node_get_array (node)) > 0)
    {
      JsonNode *first = json_array_get_element (json_node_get_array (node), 0);

      if (JSON_NODE_HOLDS_VALUE (first) && json_node_get_value_type (first) == G_TYPE_STRING)
        return json_node_get_string (first);
    }

  return NULL;
}

static gboolean
json_type_is (JsonObject *object,
              gboolean  (*match) (const char *type))
{
  JsonNode *node = json_object_get_member (object, "@type");

  if (node == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return match (json_node_get_string (node));
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *types = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (types); i++)
        {
          JsonNode *type = json_array_get_element (types, i);

          if (JSON_NODE_HOLDS_VALUE (type) && json_node_get_value_type (type) == G_TYPE_STRING &&
              match (json_node_get_string (type)))
            return TRUE;
        }
    }

  return FALSE;
}

static gboolean
is_article_type (const char *type)
{
  return strstr (type, "Article") != NULL || strstr (type, "BlogPosting") != NULL ||
         strcmp (type, "Report") == 0;
}

static gboolean
is_site_type (const char *type)
{
  return strcmp (type, "WebSite") == 0 || strcmp (type, "NewsMediaOrganization") == 0;
}

static void
json_authors (MetaReader *r,
              JsonNode   *node)
{
  if (node == NULL)
    return;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array) && i < 20; i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (!JSON_NODE_HOLDS_ARRAY (element))
            json_authors (r, element);
        }
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    offer_author (r, json_string (json_node_get_object (node), "name"), RANK_JSON_LD);
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    offer_author (r, json_node_get_string (node), RANK_JSON_LD);
}

static void
json_read_article (MetaReader *r,
                   JsonObject *object)
{
  JsonNode *publisher = json_object_get_member (object, "publisher");
  const char *body = json_string (object, "articleBody");

  offer (r, FIELD_HEADLINE, json_string (object, "headline"), RANK_JSON_LD);
  offer (r, FIELD_PUBLISHED, json_string (object, "datePublished"), RANK_JSON_LD);
  offer (r, FIELD_MODIFIED, json_string (object, "dateModified"), RANK_JSON_LD);
  offer (r, FIELD_URL, json_string (object, "url"), RANK_JSON_LD + 1);
  offer (r, FIELD_URL, json_string (object, "mainEntityOfPage"), RANK_JSON_LD + 1);
  offer (r, FIELD_LANGUAGE, json_string (object, "inLanguage"), RANK_JSON_LD + 1);
  if (publisher != NULL && JSON_NODE_HOLDS_OBJECT (publisher))
    offer (r, FIELD_SITE_NAME, json_string (json_node_get_object (publisher), "name"),
           RANK_JSON_LD);
  json_authors (r, json_object_get_member (object, "author"));
  if (body != NULL && (r->article_body == NULL || strlen (body) > strlen (r->article_body)))
    {
      g_free (r->article_body);
      r->article_body = g_strdup (body);
    }
}

static void
json_visit (MetaReader *r,
            JsonNode   *node,
            guint       depth)
{
  JsonObject *object;

  if (node == NULL || depth > 4)
    return;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array) && i < 100; i++)
        json_visit (r, json_array_get_element (array, i), depth + 1);
      return;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return;

  object = json_node_get_object (node);
  if (json_type_is (object, is_article_type))
    json_read_article (r, object);
  else if (json_type_is (object, is_site_type))
    offer (r, FIELD_SITE_NAME, json_string (object, "name"), RANK_JSON_LD + 1);
  json_visit (r, json_object_get_member (object, "@graph"), depth + 1);
  json_visit (r, json_object_get_member (object, "mainEntity"), depth + 1);
}

/* How deep brackets nest in @text, outside strings. */
static guint
json_depth (const char *text)
{
  guint depth = 0;
  guint deepest = 0;
  gboolean in_string = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (in_string)
        {
          if (*p == '\\' && p[1] != '\0')
            p++;
          else if (*p == '"')
            in_string = FALSE;
        }
      else if (*p == '"')
        in_string = TRUE;
      else if (*p == '{' || *p == '[')
        deepest = MAX (deepest, ++depth);
      else if ((*p == '}' || *p == ']') && depth > 0)
        depth--;
    }

  return deepest;
}

static void
read_json_ld (MetaReader *r,
              xmlNode    *script)
{
  xmlChar *content = xmlNodeGetContent (script);
  g_autoptr(JsonParser) parser = NULL;
  char *text = (char *) content;
  char *end;

  if (content == NULL)
    return;
  /* Pages wrap it in <![CDATA[ … ]]> or comments: the JSON is from the
   * first bracket to the last. */
  for (char *cdata; (cdata = strstr (text, "<![CDATA[")) != NULL;)
    memset (cdata, ' ', strlen ("<![CDATA["));
  for (char *cdata; (cdata = strstr (text, "]]>")) != NULL;)
    memset (cdata, ' ', strlen ("]]>"));
  text += strcspn (text, "{[");
  end = MAX (strrchr (text, '}'), strrchr (text, ']'));
  if (end != NULL)
    end[1] = '\0';
  if (end != NULL && strlen (text) <= JSON_MAX_BYTES && json_depth (text) <= JSON_MAX_DEPTH &&
      g_utf8_validate (text, -1, NULL))
    {
      parser = json_parser_new ();
      if (json_parser_load_from_data (parser, text, -1, NULL))
        json_visit (r, json_parser_get_root (parser), 0);
    }
  xmlFree (content);
}

/* <meta> tags */

typedef struct
{
  const char *key;
  guint       field; /* N_FIELDS for an author */
  guint       rank;
} MetaKey;

static const MetaKey meta_keys[] = {
  { "og:title", FIELD_HEADLINE, RANK_OPEN_GRAPH },
  { "twitter:title", FIELD_HEADLINE, RANK_META },
  { "og:site_name", FIELD_SITE_NAME, RANK_OPEN_GRAPH },
  { "application-name", FIELD_SITE_NAME, RANK_META },
  { "article:published_time", FIELD_PUBLISHED, RANK_OPEN_GRAPH },
  { "datepublished", FIELD_PUBLISHED, RANK_MICRODATA },
  { "date", FIELD_PUBLISHED, RANK_META },
  { "pubdate", FIELD_PUBLISHED, RANK_META },
  { "publishdate", FIELD_PUBLISHED, RANK_META },
  { "publish-date", FIELD_PUBLISHED, RANK_META },
  { "dc.date", FIELD_PUBLISHED, RANK_META },
  { "dc.date.issued", FIELD_PUBLISHED, RANK_META },
  { "dcterms.created", FIELD_PUBLISHED, RANK_META },
  { "article:modified_time", FIELD_MODIFIED, RANK_OPEN_GRAPH },
  { "datemodified", FIELD_MODIFIED, RANK_MICRODATA },
  { "og:updated_time", FIELD_MODIFIED, RANK_META },
  { "dcterms.modified", FIELD_MODIFIED, RANK_META },
  { "og:url", FIELD_URL, RANK_OPEN_GRAPH },
  { "og:locale", FIELD_LANGUAGE, RANK_META },
  { "content-language", FIELD_LANGUAGE, RANK_META },
  { "dc.language", FIELD_LANGUAGE, RANK_META },
  { "headline", FIELD_HEADLINE, RANK_MICRODATA },
  { "author", N_FIELDS, RANK_META },
  { "article:author", N_FIELDS, RANK_OPEN_GRAPH },
  { "dc.creator", N_FIELDS, RANK_META },
  { "byl", N_FIELDS, RANK_META },
};

static void
read_meta (MetaReader *r,
           xmlNode    *node)
{
  const char *attributes[] = { "property", "name", "itemprop", "http-equiv" };
  g_autofree char *content = NULL;
  xmlChar *raw = xmlGetNoNsProp (node, (const xmlChar *) "content");

  if (raw == NULL)
    return;
  content = g_strdup ((const char *) raw);
  xmlFree (raw);

  for (guint a = 0; a < G_N_ELEMENTS (attributes); a++)
    {
      g_autofree char *key = plx_html_attribute (node, attributes[a]);

      if (key == NULL)
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (meta_keys); i++)
        {
          const MetaKey *k = &meta_keys[i];

          if (strcmp (key, k->key) != 0)
            continue;
          if (k->field == N_FIELDS)
            offer_author (r, content, k->rank);
          else if (k->field == FIELD_LANGUAGE)
            offer (r, k->field, g_strdelimit (content, "_", '-'), k->rank);
          else
            offer (r, k->field, content, k->rank);
        }
    }
}

/* Whether @node holds an author's name and nothing else, by its class. */
static gboolean
names_author (const xmlNode *node)
{
  g_autofree char *class = plx_html_attribute (node, "class");

  return class != NULL && (strstr (class, "author-name") != NULL ||
                           strstr (class, "author-link") != NULL ||
                           strstr (class, "byauthor") != NULL ||
                           strstr (class, "reader-credits") != NULL);
}

/* Whether @node links to its author's page: its text may be their name
 * or "View Profile", "Google+". */
static gboolean
links_author (const xmlNode *node)
{
  g_autofree char *rel = plx_html_attribute (node, "rel");

  return rel != NULL && strcmp (rel, "author") == 0;
}

/* Whether an element around @node is one @part is true of. */
static gboolean
is_inside (const xmlNode *node,
           gboolean     (*part) (const xmlNode *node))
{
  for (node = node->parent; node != NULL && node->type == XML_ELEMENT_NODE; node = node->parent)
    if (part (node))
      return TRUE;

  return FALSE;
}

/* Whether @node is the page's furniture: a sidebar, a menu, a box of
 * related stories, where teasers have bylines of their own. */
static gboolean
is_furniture (const xmlNode *node)
{
  return plx_html_is (node, "aside") || plx_html_is (node, "nav") ||
         plx_html_is_dropped (node, TRUE);
}

/* Whether @node is a byline: "By Jane Doe | 3 March 2026", a box of
 * class "author" with the name and more, outside the page's furniture. */
static gboolean
is_byline (const xmlNode *node)
{
  g_autofree char *class = plx_html_attribute (node, "class");
  g_auto(GStrv) words = NULL;

  if (class == NULL)
    return FALSE;
  if (strstr (class, "byline") != NULL)
    return TRUE;
  words = g_strsplit_set (class, " \t\n", -1);

  return g_strv_contains ((const char *const *) words, "author") && !is_inside (node, is_furniture);
}

/* Whether the value of an itemprop, a list of names, holds @name. */
static gboolean
itemprop_has (const char *itemprop,
              const char *name)
{
  g_auto(GStrv) names = g_strsplit_set (itemprop, " \t\n", -1);

  return g_strv_contains ((const char *const *) names, name);
}

/* What below @node, within its first few hundred elements, may hold
 * its author's name. */
typedef struct
{
  xmlNode *microdata;  /* the first itemprop="name" */
  xmlNode *by_class;   /* the first element names_author() is true of */
  guint    n_by_class; /* how many there are */
  xmlNode *link;       /* the first link */
} AuthorNames;

static void
find_author_names (xmlNode     *node,
                   AuthorNames *found)
{
  guint seen = 0;

  memset (found, 0, sizeof *found);
  for (xmlNode *n = plx_html_next (node, node, TRUE); n != NULL && seen < 400;
       n = plx_html_next (n, node, TRUE), seen++)
    {
      g_autofree char *itemprop = NULL;

      if (n->type != XML_ELEMENT_NODE)
        continue;
      itemprop = plx_html_attribute (n, "itemprop");
      if (found->microdata == NULL && itemprop != NULL && itemprop_has (itemprop, "name"))
        found->microdata = n;
      if (names_author (n) && found->n_by_class++ == 0)
        found->by_class = n;
      if (found->link == NULL && plx_html_is (n, "a"))
        found->link = n;
    }
}

static gboolean
offer_author_text (MetaReader *r,
                   xmlNode    *node,
                   guint       rank)
{
  g_autofree char *text = node != NULL ? plx_html_node_text (node) : NULL;
  guint before = r->authors_rank == rank ? r->authors->len : 0;

  offer_author (r, text, rank);

  return r->authors_rank == rank && r->authors->len > before;
}

/* The name of the author a microdata author or a byline names: a
 * Person's name (microdata only), or the one element in it that holds a
 * name by its class ("by <a class="byauthor">Lucas Nolan</a>22 Dec 2016",
 * "<a class="author-link">Ben Silverman</a> Games Editor"); else its
 * text if that is names ("By Jane Doe and John Roe | 3 March"); else the
 * first of several names by class; else its first link ("<a>Martin
 * Untersinger</a> (avec …)"). */
static void
offer_author_of (MetaReader *r,
                 xmlNode    *node,
                 guint       rank)
{
  AuthorNames found;

  if (names_author (node) || links_author (node))
    {
      offer_author_text (r, node, rank);
      return;
    }
  find_author_names (node, &found);
  if (rank == RANK_MICRODATA && found.microdata != NULL && offer_author_text (r, found.microdata, rank))
    return;
  if (found.n_by_class == 1 && offer_author_text (r, found.by_class, rank))
    return;
  if (offer_author_text (r, node, rank))
    return;
  offer_author_text (r, found.by_class != NULL ? found.by_class : found.link, rank);
}

static gboolean
in_article (const xmlNode *node)
{
  for (; node != NULL; node = node->parent)
    if (plx_html_is (node, "article"))
      return TRUE;

  return FALSE;
}

/* Microdata, <time>, bylines and the rest of the body. */
static void
read_element (MetaReader *r,
              xmlNode    *node)
{
  g_autofree char *itemprop = NULL;

  /* Most elements of a page have no attribute, and only a <time> says
   * something without one: this runs for every element. */
  if (node->properties == NULL && !plx_html_is (node, "time"))
    return;
  itemprop = plx_html_attribute (node, "itemprop");

  if (itemprop != NULL && !plx_html_is (node, "meta"))
    {
      g_autofree char *datetime = plx_html_attribute_value (node, "datetime");
      g_autofree char *text = plx_html_node_text (node);

      if (strcmp (itemprop, "datepublished") == 0)
        offer (r, FIELD_PUBLISHED, datetime != NULL ? datetime : text, RANK_MICRODATA);
      else if (strcmp (itemprop, "datemodified") == 0)
        offer (r, FIELD_MODIFIED, datetime != NULL ? datetime : text, RANK_MICRODATA);
      else if (strcmp (itemprop, "headline") == 0)
        offer (r, FIELD_HEADLINE, text, RANK_MICRODATA);
      else if ((itemprop_has (itemprop, "author") || itemprop_has (itemprop, "creator")) &&
               !is_inside (node, plx_html_is_comments))
        offer_author_of (r, node, RANK_MICRODATA);
    }
  if (plx_html_is (node, "time"))
    {
      xmlChar *datetime = xmlGetNoNsProp (node, (const xmlChar *) "datetime");

      offer (r, FIELD_PUBLISHED, (const char *) datetime,
             in_article (node) ? RANK_BYLINE : RANK_TIME_ELSEWHERE);
      xmlFree (datetime);
    }
  /* The first byline is the article's; later ones are teasers'. */
  else if (r->authors_rank > RANK_BYLINE &&
           (names_author (node) || links_author (node) || is_byline (node)) && !is_inside (node, plx_html_is_comments))
    offer_author_of (r, node, RANK_BYLINE);

  /* A page saved from a browser's reader view keeps the headline and the
   * article's address in its own header. */
  if (plx_html_is (node, "h1") || plx_html_is (node, "a"))
    {
      g_autofree char *class = plx_html_attribute (node, "class");

      if (class != NULL && strstr (class, "reader-title") != NULL)
        {
          g_autofree char *text = plx_html_node_text (node);

          offer (r, FIELD_HEADLINE, text, RANK_MICRODATA);
        }
      else if (class != NULL && strstr (class, "reader-domain") != NULL)
        {
          g_autofree char *href = plx_html_attribute_value (node, "href");

          offer (r, FIELD_URL, href, RANK_BYLINE);
        }
    }
}

static void
read_node (MetaReader *r,
           xmlNode    *node)
{
  if (plx_html_is (node, "meta"))
    read_meta (r, node);
  else if (plx_html_is (node, "link"))
    {
      g_autofree char *rel = plx_html_attribute (node, "rel");
      xmlChar *href = xmlGetNoNsProp (node, (const xmlChar *) "href");

      if (rel != NULL && strcmp (rel, "canonical") == 0)
        offer (r, FIELD_URL, (const char *) href, RANK_JSON_LD);
      xmlFree (href);
    }
  else if (plx_html_is (node, "script"))
    {
      g_autofree char *type = plx_html_attribute (node, "type");

      if (type != NULL && strcmp (type, "application/ld+json") == 0)
        read_json_ld (r, node);
    }
  else
    read_element (r, node);
}

char *
plx_html_read_metadata (PlxDocument *self,
                        xmlDoc      *doc,
                        GPtrArray   *marked)
{
  xmlNode *top = xmlDocGetRootElement (doc);
  PlxMetadata *m = &self->metadata;
  MetaReader r = { { NULL } };

  if (top == NULL)
    return NULL;

  for (guint i = 0; i < N_FIELDS; i++)
    r.ranks[i] = RANK_NONE;
  r.authors = g_ptr_array_new_with_free_func (g_free);
  r.authors_rank = RANK_NONE;

  /* The language of the page itself comes first. */
  {
    xmlChar *xml_lang = xmlNodeGetLang (top);
    xmlChar *lang = xmlGetNoNsProp (top, (const xmlChar *) "lang");

    if (lang == NULL)
      lang = xmlGetNoNsProp (top, (const xmlChar *) "xml:lang");

    offer (&r, FIELD_LANGUAGE, lang != NULL ? (const char *) lang : (const char *) xml_lang,
           RANK_JSON_LD);
    xmlFree (xml_lang);
    xmlFree (lang);
  }
  /* No other element has anything to say (read_element() ends at once
   * for them). */
  for (guint i = 0; i < marked->len; i++)
    read_node (&r, g_ptr_array_index (marked, i));

  plx_metadata_clear (m);
  m->headline = g_steal_pointer (&r.values[FIELD_HEADLINE]);
  m->site_name = g_steal_pointer (&r.values[FIELD_SITE_NAME]);
  m->published = g_steal_pointer (&r.values[FIELD_PUBLISHED]);
  m->modified = g_steal_pointer (&r.values[FIELD_MODIFIED]);
  m->url = g_steal_pointer (&r.values[FIELD_URL]);
  m->language = g_steal_pointer (&r.values[FIELD_LANGUAGE]);
  g_ptr_array_add (r.authors, NULL);
  m->authors = (GStrv) g_ptr_array_free (r.authors, FALSE);

  return r.article_body;
}
