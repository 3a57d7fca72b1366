/* Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The coverage of a collation of three or more articles: the story units
 * as rows, the outlets as columns, each cell a small block in the colour
 * of how the outlet tells the unit (the heat map of the collation report:
 * the base version blue, the same words green, reworded amber, partly
 * told orange, not told empty; a moved one has an arrow). The first
 * column has the unit's words in its central version.
 *
 * One widget draws it all, and only the rows in view (a long article has
 * thousands of units): it scrolls through its vertical adjustment and
 * keeps the header row of outlet names in place. Every line is drawn with
 * one layout, and the units' words and the cells' tooltips
 * (plx-coverage-view-text.c) are made once and kept until the collation
 * changes. A cursor cell has the
 * keyboard (the arrow keys, Page Up and Down, Home and End); Enter or a
 * click emits ::cell-activated, and the accessible label follows the
 * cursor. A column's menu (plx-coverage-view-menu.c) makes its outlet the
 * base. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "plx-coverage-view-private.h"


enum
{
  PROP_0,
  PROP_COLLATION,
  N_PROPS,
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

static GParamSpec *properties[N_PROPS];

enum
{
  CELL_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE_WITH_CODE (PlxCoverageView, plx_coverage_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

guint
plx_coverage_view_n_articles (PlxCoverageView *self)
{
  return self->collation != NULL ? plx_collation_get_n_articles (self->collation) : 0;
}

guint
plx_coverage_view_n_units (PlxCoverageView *self)
{
  return self->collation != NULL && plx_collation_is_done (self->collation)
           ? plx_collation_get_n_units (self->collation)
           : 0;
}

/* The width of an outlet's column: what is left after the text's least,
 * shared out, within bounds. */
int
plx_coverage_view_cell_width (PlxCoverageView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  guint n = MAX (plx_coverage_view_n_articles (self), 1);
  int cell = (width - 2 * MARGIN - NUMBER_WIDTH - 2 * MIN_TEXT) / (int) n;

  return CLAMP (cell, MIN_CELL, MAX_CELL);
}

int
plx_coverage_view_text_width (PlxCoverageView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  int cells = (int) plx_coverage_view_n_articles (self) * plx_coverage_view_cell_width (self);

  return MAX (width - 2 * MARGIN - NUMBER_WIDTH - cells, MIN_TEXT);
}

int
plx_coverage_view_column_x (PlxCoverageView *self,
                            guint            article)
{
  return MARGIN + NUMBER_WIDTH + plx_coverage_view_text_width (self) +
         (int) article * plx_coverage_view_cell_width (self);
}

double
plx_coverage_view_scroll_y (PlxCoverageView *self)
{
  return self->vadjustment != NULL ? gtk_adjustment_get_value (self->vadjustment) : 0;
}

static void
update_accessible (PlxCoverageView *self)
{
  const char *text = plx_coverage_view_get_cell_text (self, self->cursor_unit, self->cursor_article);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  text != NULL ? text : _("Coverage of the story units"), -1);
}

static void
configure_adjustment (PlxCoverageView *self)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double upper = HEADER_HEIGHT + (double) plx_coverage_view_n_units (self) * ROW_HEIGHT + MARGIN;

  if (self->vadjustment != NULL)
    gtk_adjustment_configure (self->vadjustment,
                              CLAMP (gtk_adjustment_get_value (self->vadjustment), 0,
                                     MAX (upper - height, 0)),
                              0, MAX (upper, height), ROW_HEIGHT, MAX (height - HEADER_HEIGHT, ROW_HEIGHT),
                              height);
  if (self->hadjustment != NULL)
    {
      int width = gtk_widget_get_width (GTK_WIDGET (self));

      gtk_adjustment_configure (self->hadjustment, 0, 0, width, 1, width, width);
    }
}

/* Keeps the cursor's row in view below the header. */
static void
scroll_to_cursor (PlxCoverageView *self)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double top = (double) self->cursor_unit * ROW_HEIGHT;
  double value = plx_coverage_view_scroll_y (self);

  if (self->vadjustment == NULL)
    return;
  if (top < value)
    gtk_adjustment_set_value (self->vadjustment, top);
  else if (top + ROW_HEIGHT > value + height - HEADER_HEIGHT)
    gtk_adjustment_set_value (self->vadjustment, top + ROW_HEIGHT - (height - HEADER_HEIGHT));
}

void
plx_coverage_view_set_cursor (PlxCoverageView *self,
                              guint            unit,
                              guint            article)
{
  g_return_if_fail (PLX_IS_COVERAGE_VIEW (self));

  if (plx_coverage_view_n_units (self) == 0 || plx_coverage_view_n_articles (self) == 0)
    return;
  self->cursor_unit = MIN (unit, plx_coverage_view_n_units (self) - 1);
  self->cursor_article = MIN (article, plx_coverage_view_n_articles (self) - 1);
  scroll_to_cursor (self);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
plx_coverage_view_get_cursor (PlxCoverageView *self,
                              guint           *unit,
                              guint           *article)
{
  g_return_if_fail (PLX_IS_COVERAGE_VIEW (self));

  if (unit != NULL)
    *unit = self->cursor_unit;
  if (article != NULL)
    *article = self->cursor_article;
}

static void
collation_changed_cb (PlxCollation    *collation,
                      PlxCoverageView *self)
{
  plx_coverage_view_clear_texts (self);
  plx_coverage_view_set_cursor (self, self->cursor_unit, self->cursor_article);
  configure_adjustment (self);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
plx_coverage_view_set_collation (PlxCoverageView *self,
                                 PlxCollation    *collation)
{
  g_return_if_fail (PLX_IS_COVERAGE_VIEW (self));
  g_return_if_fail (collation == NULL || PLX_IS_COLLATION (collation));

  if (self->collation == collation)
    return;
  if (self->collation != NULL)
    g_signal_handlers_disconnect_by_func (self->collation, collation_changed_cb, self);
  g_set_object (&self->collation, collation);
  plx_coverage_view_clear_texts (self);
  if (collation != NULL)
    g_signal_connect_object (collation, "changed", G_CALLBACK (collation_changed_cb), self, 0);
  self->cursor_unit = 0;
  self->cursor_article = collation != NULL ? plx_collation_get_pivot (collation) : 0;
  if (self->vadjustment != NULL)
    gtk_adjustment_set_value (self->vadjustment, 0);
  configure_adjustment (self);
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLLATION]);
}

PlxCollation *
plx_coverage_view_get_collation (PlxCoverageView *self)
{
  g_return_val_if_fail (PLX_IS_COVERAGE_VIEW (self), NULL);

  return self->collation;
}

/* Where a point is: the unit and the article of its cell (the article is
 * -1 over the words). */
static gboolean
hit_test (PlxCoverageView *self,
          double           x,
          double           y,
          guint           *unit,
          int             *article)
{
  double row = (y - HEADER_HEIGHT + plx_coverage_view_scroll_y (self)) / ROW_HEIGHT;

  if (y < HEADER_HEIGHT || row < 0 || row >= plx_coverage_view_n_units (self))
    return FALSE;
  *unit = (guint) row;
  *article = -1;
  for (guint k = 0; k < plx_coverage_view_n_articles (self); k++)
    if (x >= plx_coverage_view_column_x (self, k) && x < plx_coverage_view_column_x (self, k) + plx_coverage_view_cell_width (self))
      *article = k;
  return TRUE;
}

/* Over an outlet's name: the whole name, the article's title and whether
 * it is the base. */
static gboolean
header_tooltip (PlxCoverageView *self,
                int              x,
                GtkTooltip      *tooltip)
{
  for (guint k = 0; k < plx_coverage_view_n_articles (self); k++)
    if (x >= plx_coverage_view_column_x (self, k) &&
        x < plx_coverage_view_column_x (self, k) + plx_coverage_view_cell_width (self))
      {
        PlxArticle *article = plx_collation_get_article (self->collation, k);
        g_autofree char *name = plx_coverage_dup_outlet_name (article);
        g_autofree char *text = NULL;

        if (k == plx_collation_get_pivot (self->collation))
          /* Translators: tooltip of the base article's column: its
           * outlet and its title. */
          text = g_strdup_printf (_("%s: “%s”\nThe base article: the others are compared with "
                                    "it"), name, plx_article_get_title (article));
        else
          /* Translators: tooltip of an outlet's column: its name and the
           * article's title. */
          text = g_strdup_printf (_("%s: “%s”"), name, plx_article_get_title (article));
        gtk_tooltip_set_text (tooltip, text);
        return TRUE;
      }
  return FALSE;
}

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    data)
{
  PlxCoverageView *self = PLX_COVERAGE_VIEW (widget);
  const char *text;
  guint unit = self->cursor_unit;
  int article = self->cursor_article;

  if (!keyboard && y < HEADER_HEIGHT)
    return header_tooltip (self, x, tooltip);
  if (!keyboard && !hit_test (self, x, y, &unit, &article))
    return FALSE;
  if (article < 0)
    article = plx_collation_get_unit (self->collation, unit)->central;
  text = plx_coverage_view_get_cell_text (self, unit, article);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            PlxCoverageView *self)
{
  guint unit;
  int article;

  if (!hit_test (self, x, y, &unit, &article))
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  plx_coverage_view_set_cursor (self, unit, article >= 0 ? (guint) article : self->cursor_article);
  if (article >= 0)
    g_signal_emit (self, signals[CELL_ACTIVATED], 0, unit, (guint) article);
}

static void
move_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlxCoverageView *self = PLX_COVERAGE_VIEW (widget);
  int rows;
  int columns;
  int page = MAX (gtk_widget_get_height (widget) - HEADER_HEIGHT, ROW_HEIGHT) / ROW_HEIGHT;
  gint64 unit;
  gint64 article;

  g_variant_get (parameter, "(ii)", &rows, &columns);
  if (plx_coverage_view_n_units (self) == 0)
    return;
  /* ±1000 rows: Page Up and Down; ±10000: Home and End. */
  if (ABS (rows) == 1000)
    rows = rows > 0 ? page : -page;
  unit = (gint64) self->cursor_unit + rows;
  article = (gint64) self->cursor_article + columns;
  plx_coverage_view_set_cursor (self, (guint) CLAMP (unit, 0, (gint64) plx_coverage_view_n_units (self) - 1),
                                (guint) CLAMP (article, 0, (gint64) plx_coverage_view_n_articles (self) - 1));
}

static void
activate_action_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PlxCoverageView *self = PLX_COVERAGE_VIEW (widget);

  if (plx_coverage_view_n_units (self) > 0)
    g_signal_emit (self, signals[CELL_ACTIVATED], 0, self->cursor_unit, self->cursor_article);
}

static void
plx_coverage_view_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  PlxCoverageView *self = PLX_COVERAGE_VIEW (widget);

  configure_adjustment (self);
  if (self->column_menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->column_menu));
}

static void
plx_coverage_view_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  plx_coverage_view_clear_layout (PLX_COVERAGE_VIEW (widget));
  GTK_WIDGET_CLASS (plx_coverage_view_parent_class)->css_changed (widget, change);
}

static void
plx_coverage_view_direction_changed (GtkWidget        *widget,
                                     GtkTextDirection  previous)
{
  plx_coverage_view_clear_layout (PLX_COVERAGE_VIEW (widget));
  GTK_WIDGET_CLASS (plx_coverage_view_parent_class)->direction_changed (widget, previous);
}

static void
plx_coverage_view_system_setting_changed (GtkWidget        *widget,
                                          GtkSystemSetting  setting)
{
  plx_coverage_view_clear_layout (PLX_COVERAGE_VIEW (widget));
  GTK_WIDGET_CLASS (plx_coverage_view_parent_class)->system_setting_changed (widget, setting);
}

static void
plx_coverage_view_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  PlxCoverageView *self = PLX_COVERAGE_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 2 * MARGIN + NUMBER_WIDTH + MIN_TEXT + (int) plx_coverage_view_n_articles (self) * MIN_CELL;
      *natural = *minimum + MIN_TEXT + (int) plx_coverage_view_n_articles (self) * (MAX_CELL - MIN_CELL);
    }
  else
    {
      *minimum = HEADER_HEIGHT + 3 * ROW_HEIGHT;
      *natural = MAX (*minimum, HEADER_HEIGHT + (int) plx_coverage_view_n_units (self) * ROW_HEIGHT +
                                  MARGIN);
    }
}

static void
value_changed_cb (GtkAdjustment   *adjustment,
                  PlxCoverageView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (PlxCoverageView *self,
                GtkAdjustment  **slot,
                GtkAdjustment   *adjustment)
{
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, value_changed_cb, self);
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  g_set_object (slot, adjustment);
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (value_changed_cb), self, 0);
  configure_adjustment (self);
}

static void
plx_coverage_view_dispose (GObject *object)
{
  PlxCoverageView *self = PLX_COVERAGE_VIEW (object);

  plx_coverage_view_set_collation (self, NULL);
  plx_coverage_view_clear_layout (self);
  plx_coverage_view_dispose_menu (self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  G_OBJECT_CLASS (plx_coverage_view_parent_class)->dispose (object);
}

static void
plx_coverage_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PlxCoverageView *self = PLX_COVERAGE_VIEW (object);

  switch (prop_id)
    {
    case PROP_COLLATION:
      g_value_set_object (value, self->collation);
      break;
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_coverage_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PlxCoverageView *self = PLX_COVERAGE_VIEW (object);

  switch (prop_id)
    {
    case PROP_COLLATION:
      plx_coverage_view_set_collation (self, g_value_get_object (value));
      break;
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_move (GtkWidgetClass *widget_class,
          guint           key,
          guint           keypad,
          int             rows,
          int             columns)
{
  gtk_widget_class_add_binding_action (widget_class, key, 0, "coverage.move", "(ii)", rows,
                                       columns);
  gtk_widget_class_add_binding_action (widget_class, keypad, 0, "coverage.move", "(ii)", rows,
                                       columns);
}

static void
plx_coverage_view_class_init (PlxCoverageViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plx_coverage_view_dispose;
  object_class->get_property = plx_coverage_view_get_property;
  object_class->set_property = plx_coverage_view_set_property;
  widget_class->snapshot = plx_coverage_view_snapshot;
  widget_class->measure = plx_coverage_view_measure;
  widget_class->size_allocate = plx_coverage_view_size_allocate;
  widget_class->css_changed = plx_coverage_view_css_changed;
  widget_class->direction_changed = plx_coverage_view_direction_changed;
  widget_class->system_setting_changed = plx_coverage_view_system_setting_changed;

  properties[PROP_COLLATION] =
    g_param_spec_object ("collation", NULL, NULL, PLX_TYPE_COLLATION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  /**
   * PlxCoverageView::cell-activated:
   * @unit: the story unit
   * @article: the article of the cell
   *
   * Emitted on a click on a cell or Enter on the cursor's.
   */
  signals[CELL_ACTIVATED] = g_signal_new ("cell-activated", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                          G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_install_action (widget_class, "coverage.move", "(ii)", move_action_cb);
  gtk_widget_class_install_action (widget_class, "coverage.activate", NULL, activate_action_cb);
  add_move (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, -1, 0);
  add_move (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, 1, 0);
  add_move (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, 0, -1);
  add_move (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, 0, 1);
  add_move (widget_class, GDK_KEY_Page_Up, GDK_KEY_KP_Page_Up, -1000, 0);
  add_move (widget_class, GDK_KEY_Page_Down, GDK_KEY_KP_Page_Down, 1000, 0);
  add_move (widget_class, GDK_KEY_Home, GDK_KEY_KP_Home, -10000000, 0);
  add_move (widget_class, GDK_KEY_End, GDK_KEY_KP_End, 10000000, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "coverage.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "coverage.activate",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "coverage.activate", NULL);
  plx_coverage_view_class_init_menu (widget_class);
  gtk_widget_class_set_css_name (widget_class, "coverage");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
focus_changed_cb (GtkEventControllerFocus *controller,
                  PlxCoverageView         *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
plx_coverage_view_init (PlxCoverageView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
  g_signal_connect_object (click, "pressed", G_CALLBACK (pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_object (focus, "enter", G_CALLBACK (focus_changed_cb), self, 0);
  g_signal_connect_object (focus, "leave", G_CALLBACK (focus_changed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  plx_coverage_view_init_menu (self);
  update_accessible (self);
}

GtkWidget *
plx_coverage_view_new (void)
{
  return g_object_new (PLX_TYPE_COVERAGE_VIEW, NULL);
}
