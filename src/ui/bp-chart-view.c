/* bp-chart-view.c: a widget that hosts one chart of src/charts
 *
 * The chart library draws, hit-tests and describes the chart; this widget only hands it
 * a cairo context and a theme made from the widget's style, and turns pointer, keyboard
 * and clipboard events into calls on the chart. So the chart on screen is the chart in
 * the PDF, drawn by the same code.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "bp-chart-view.h"

/* Pointer distance, in pixels, within which a point answers to hover. */
#define HIT_RADIUS 14.0
/* A copied or saved chart is never smaller than this, whatever the window's size. */
#define EXPORT_MIN_WIDTH 640
#define EXPORT_MIN_HEIGHT 400

struct _BpChartView
{
  GtkWidget   parent_instance;

  BpChart    *chart;
  int         palette;
  gboolean    interactive;
  int         focus_target;  /* keyboard's point, -1: none */
  int         hover_target;  /* pointer's point, -1: none */
  char       *point_text;

  GtkWidget  *menu;          /* the context menu popover */
  GtkFileChooserNative *save_dialog;
};

G_DEFINE_FINAL_TYPE (BpChartView, bp_chart_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_CHART,
  PROP_PALETTE,
  PROP_INTERACTIVE,
  PROP_POINT_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* --- helpers ----------------------------------------------------------------------- */

static void
copy_rgba (BpChartColor  *to,
           const GdkRGBA *from)
{
  to->red = from->red;
  to->green = from->green;
  to->blue = from->blue;
  to->alpha = from->alpha;
}

static void
set_point_text (BpChartView *self,
                const char  *text)
{
  if (g_strcmp0 (self->point_text, text) == 0)
    return;
  g_free (self->point_text);
  self->point_text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POINT_TEXT]);
}

/* The keyboard's point wins over the pointer's: it is what a screen reader follows. */
static void
update_highlight (BpChartView *self)
{
  int target = self->focus_target >= 0 ? self->focus_target : self->hover_target;
  BpChartHit hit;

  if (self->chart == NULL)
    return;
  bp_chart_set_highlight (self->chart, target);
  if (self->focus_target >= 0 && bp_chart_get_target (self->chart, self->focus_target, &hit))
    set_point_text (self, hit.tooltip);
  else
    set_point_text (self, NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
update_accessible (BpChartView *self)
{
  const char *title = self->chart ? bp_chart_get_title (self->chart) : NULL;
  const char *summary = self->chart ? bp_chart_get_summary (self->chart) : NULL;

  /* An untitled chart (a small trend line) is named by what it draws. */
  if ((title == NULL || *title == '\0') && self->chart != NULL &&
      bp_chart_get_n_series (self->chart) > 0)
    title = bp_chart_get_series_name (self->chart, 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title ? title : _("Chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary ? summary : "",
                                  -1);
}

static void
update_actions (BpChartView *self)
{
  gboolean enabled = self->chart != NULL && self->interactive;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.copy", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.save-as", enabled);
}

/* The target of the other series nearest to @from at the same category, or -1. */
static int
target_in_other_series (BpChart *chart,
                        int      from,
                        int      direction)
{
  BpChartHit here, hit;
  guint n = bp_chart_get_n_targets (chart);
  int best = -1;
  guint best_series = 0;

  if (!bp_chart_get_target (chart, from, &here))
    return -1;
  for (guint i = 0; i < n; i++)
    {
      if (!bp_chart_get_target (chart, i, &hit) || hit.category != here.category)
        continue;
      if (direction > 0 && hit.series > here.series &&
          (best < 0 || hit.series < best_series))
        best = (int) i, best_series = hit.series;
      if (direction < 0 && hit.series < here.series &&
          (best < 0 || hit.series > best_series))
        best = (int) i, best_series = hit.series;
    }
  return best;
}

static void
export_size (BpChartView *self,
             int         *width,
             int         *height)
{
  *width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), EXPORT_MIN_WIDTH);
  *height = MAX (gtk_widget_get_height (GTK_WIDGET (self)), EXPORT_MIN_HEIGHT);
}

/* Charts leave the window for documents: drawn light, whatever the window's style. */
static void
document_theme (BpChartView  *self,
                BpChartTheme *theme)
{
  bp_chart_theme_init (theme, BP_CHART_THEME_LIGHT);
  theme->palette = self->palette;
}

static void
popup_menu_at (BpChartView *self,
               double       x,
               double       y)
{
  GdkRectangle rect = { (int) x, (int) y, 1, 1 };

  if (self->chart == NULL || !self->interactive)
    return;
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &rect);
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

/* --- signal callbacks -------------------------------------------------------------- */

static void
on_style_changed_cb (AdwStyleManager *manager,
                     GParamSpec      *pspec,
                     BpChartView     *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_motion_cb (GtkEventControllerMotion *controller,
              double                    x,
              double                    y,
              BpChartView              *self)
{
  BpChartHit hit;
  int target = -1;

  if (self->chart != NULL && self->interactive &&
      bp_chart_hit_test (self->chart, x, y, HIT_RADIUS, &hit))
    target = (int) hit.target;
  if (target != self->hover_target)
    {
      self->hover_target = target;
      update_highlight (self);
    }
}

static void
on_leave_cb (GtkEventControllerMotion *controller,
             BpChartView              *self)
{
  if (self->hover_target != -1)
    {
      self->hover_target = -1;
      update_highlight (self);
    }
}

static gboolean
on_query_tooltip_cb (GtkWidget  *widget,
                     int         x,
                     int         y,
                     gboolean    keyboard_mode,
                     GtkTooltip *tooltip,
                     gpointer    user_data)
{
  BpChartView *self = BP_CHART_VIEW (widget);
  BpChartHit hit;
  GdkRectangle area;
  gboolean found;

  if (self->chart == NULL || !self->interactive)
    return FALSE;
  if (keyboard_mode)
    found = self->focus_target >= 0 &&
            bp_chart_get_target (self->chart, self->focus_target, &hit);
  else
    found = bp_chart_hit_test (self->chart, x, y, HIT_RADIUS, &hit);
  if (!found || hit.tooltip == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, hit.tooltip);
  /* Only this point, the whole of its bar or marker and the reach around it: the
   * tooltip is asked again when the pointer leaves it. */
  area.x = (int) floor (hit.area.x - HIT_RADIUS);
  area.y = (int) floor (hit.area.y - HIT_RADIUS);
  area.width = (int) ceil (hit.area.width + 2 * HIT_RADIUS);
  area.height = (int) ceil (hit.area.height + 2 * HIT_RADIUS);
  gtk_tooltip_set_tip_area (tooltip, &area);
  return TRUE;
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   BpChartView           *self)
{
  int n, target = self->focus_target;

  if (self->chart == NULL || !self->interactive)
    return GDK_EVENT_PROPAGATE;
  n = (int) bp_chart_get_n_targets (self->chart);
  if (n == 0)
    return GDK_EVENT_PROPAGATE;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      target = target < 0 ? 0 : MIN (target + 1, n - 1);
      break;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      target = target < 0 ? n - 1 : MAX (target - 1, 0);
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      {
        int direction = (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) ? 1 : -1;
        int other;

        if (target < 0)
          {
            target = 0;
            break;
          }
        other = target_in_other_series (self->chart, target, direction);
        if (other < 0)
          {
            /* One series (or the last): up and down walk the points too. */
            target = CLAMP (target + direction, 0, n - 1);
          }
        else
          target = other;
      }
      break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      target = 0;
      break;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      target = n - 1;
      break;
    case GDK_KEY_Escape:
      if (target < 0)
        return GDK_EVENT_PROPAGATE;
      target = -1;
      break;
    case GDK_KEY_Menu:
    case GDK_KEY_F10:
      if (keyval == GDK_KEY_F10 && (state & GDK_SHIFT_MASK) == 0)
        return GDK_EVENT_PROPAGATE;
      {
        BpChartHit hit;

        if (target >= 0 && bp_chart_get_target (self->chart, target, &hit))
          popup_menu_at (self, hit.x, hit.y);
        else
          popup_menu_at (self, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                         gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
      }
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  self->focus_target = target;
  update_highlight (self);
  return GDK_EVENT_STOP;
}

static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   BpChartView             *self)
{
  self->focus_target = -1;
  update_highlight (self);
}

static void
on_right_click_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   BpChartView     *self)
{
  popup_menu_at (self, x, y);
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
on_long_press_cb (GtkGestureLongPress *gesture,
                  double               x,
                  double               y,
                  BpChartView         *self)
{
  popup_menu_at (self, x, y);
}

static void
on_save_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     BpChartView     *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  GtkFileFilter *filter;
  BpChartTheme theme;
  int width, height;

  if (response != GTK_RESPONSE_ACCEPT || self->chart == NULL)
    goto out;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  path = g_file_get_path (file);
  filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (dialog));
  /* A name without .png, .svg or .pdf takes the extension of the type chosen. */
  if (path != NULL && !g_str_has_suffix (path, ".png") && !g_str_has_suffix (path, ".svg") &&
      !g_str_has_suffix (path, ".pdf") && !g_str_has_suffix (path, ".PNG") &&
      !g_str_has_suffix (path, ".SVG") && !g_str_has_suffix (path, ".PDF"))
    {
      const char *extension = filter ? g_object_get_data (G_OBJECT (filter), "extension") : NULL;
      char *with = g_strconcat (path, extension ? extension : ".png", NULL);

      g_free (path);
      path = with;
    }

  export_size (self, &width, &height);
  document_theme (self, &theme);
  if (path == NULL || !bp_chart_write_file (self->chart, path, width, height, &theme, &error))
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *message = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                   _("The chart could not be saved"),
                                                   error ? error->message
                                                         : _("Choose a file on this computer."));

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (message));
    }

out:
  g_clear_object (&self->save_dialog);
}

/* --- actions ----------------------------------------------------------------------- */

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BpChartView *self = BP_CHART_VIEW (widget);
  g_autoptr(GdkTexture) texture = NULL;
  int width, height;

  if (self->chart == NULL)
    return;
  export_size (self, &width, &height);
  texture = bp_chart_view_render_texture (self, width, height);
  if (texture != NULL)
    gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
}

static GtkFileFilter *
new_filter (const char *name,
            const char *mime_type,
            const char *extension)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  g_object_set_data_full (G_OBJECT (filter), "extension", g_strdup (extension), g_free);
  return filter;
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BpChartView *self = BP_CHART_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *name = NULL;
  g_autoptr(GtkFileFilter) png = NULL;
  g_autoptr(GtkFileFilter) svg = NULL;
  g_autoptr(GtkFileFilter) pdf = NULL;
  const char *title;

  if (self->chart == NULL || self->save_dialog != NULL)
    return;

  self->save_dialog = gtk_file_chooser_native_new (_("Save chart as"),
                                                   GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                   GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                                                   _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->save_dialog), TRUE);
  png = new_filter (_("PNG image"), "image/png", ".png");
  svg = new_filter (_("SVG image"), "image/svg+xml", ".svg");
  pdf = new_filter (_("PDF document"), "application/pdf", ".pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->save_dialog), png);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->save_dialog), svg);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->save_dialog), pdf);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (self->save_dialog), png);

  title = bp_chart_get_title (self->chart);
  name = g_strdup_printf ("%s.png", title && *title ? title : _("Chart"));
  g_strdelimit (name, "/\\:*?\"<>|", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->save_dialog), name);

  g_signal_connect (self->save_dialog, "response", G_CALLBACK (on_save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->save_dialog));
}

/* --- GtkWidget --------------------------------------------------------------------- */

static void
bp_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  BpChartView *self = BP_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  BpChartTheme theme;
  cairo_t *cr;

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;

  bp_chart_view_get_theme (self, &theme);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  bp_chart_draw (self->chart, cr, width, height, &theme);
  cairo_destroy (cr);
}

static void
bp_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Small natural width: a chart takes the width its container gives it. */
      *minimum = 120;
      *natural = 320;
    }
  else
    {
      *minimum = 80;
      *natural = 360;
    }
}

static void
bp_chart_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  BpChartView *self = BP_CHART_VIEW (widget);

  gtk_popover_present (GTK_POPOVER (self->menu));
}

static void
bp_chart_view_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (bp_chart_view_parent_class)->css_changed (widget, change);
  gtk_widget_queue_draw (widget);
}

/* --- GObject ----------------------------------------------------------------------- */

static void
bp_chart_view_dispose (GObject *object)
{
  BpChartView *self = BP_CHART_VIEW (object);

  if (self->save_dialog != NULL)
    {
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->save_dialog));
      g_clear_object (&self->save_dialog);
    }
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  g_clear_pointer (&self->chart, bp_chart_unref);

  G_OBJECT_CLASS (bp_chart_view_parent_class)->dispose (object);
}

static void
bp_chart_view_finalize (GObject *object)
{
  BpChartView *self = BP_CHART_VIEW (object);

  g_free (self->point_text);

  G_OBJECT_CLASS (bp_chart_view_parent_class)->finalize (object);
}

static void
bp_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BpChartView *self = BP_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_boxed (value, self->chart);
      break;
    case PROP_PALETTE:
      g_value_set_int (value, self->palette);
      break;
    case PROP_INTERACTIVE:
      g_value_set_boolean (value, self->interactive);
      break;
    case PROP_POINT_TEXT:
      g_value_set_string (value, self->point_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bp_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BpChartView *self = BP_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      bp_chart_view_set_chart (self, g_value_get_boxed (value));
      break;
    case PROP_PALETTE:
      bp_chart_view_set_palette (self, g_value_get_int (value));
      break;
    case PROP_INTERACTIVE:
      bp_chart_view_set_interactive (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bp_chart_view_class_init (BpChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bp_chart_view_dispose;
  object_class->finalize = bp_chart_view_finalize;
  object_class->get_property = bp_chart_view_get_property;
  object_class->set_property = bp_chart_view_set_property;

  widget_class->snapshot = bp_chart_view_snapshot;
  widget_class->measure = bp_chart_view_measure;
  widget_class->size_allocate = bp_chart_view_size_allocate;
  widget_class->css_changed = bp_chart_view_css_changed;

  properties[PROP_CHART] =
    g_param_spec_boxed ("chart", NULL, NULL, BP_TYPE_CHART,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PALETTE] =
    g_param_spec_int ("palette", NULL, NULL, 0, 1, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* FALSE for a small chart inside something clickable: no focus, tooltip or menu. */
  properties[PROP_INTERACTIVE] =
    g_param_spec_boolean ("interactive", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The exact values of the point chosen with the arrow keys, for a caption. */
  properties[PROP_POINT_TEXT] =
    g_param_spec_string ("point-text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "chart.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "chart.save-as", NULL, save_as_action);

  gtk_widget_class_set_css_name (widget_class, "chartview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
bp_chart_view_init (BpChartView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkEventController *controller;
  GtkGesture *gesture;

  self->interactive = TRUE;
  self->focus_target = -1;
  self->hover_target = -1;

  /* Tab reaches the chart (its arrow keys step through the points); a click only shows
   * what is under the pointer, and leaves the focus where it was (issue "The window for
   * analysts", 7). */
  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_focus_on_click (widget, FALSE);
  gtk_widget_set_has_tooltip (widget, TRUE);
  gtk_widget_add_css_class (widget, "chart-view");
  g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);

  g_menu_append (menu, _("_Copy chart"), "chart.copy");
  g_menu_append (menu, _("_Save chart as…"), "chart.save-as");
  self->menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
  gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->menu, widget);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (widget, controller);

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_SECONDARY);
  g_signal_connect (gesture, "pressed", G_CALLBACK (on_right_click_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_long_press_new ();
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (gesture), TRUE);
  g_signal_connect (gesture, "pressed", G_CALLBACK (on_long_press_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  g_signal_connect_object (style, "notify::dark", G_CALLBACK (on_style_changed_cb), self, 0);
  g_signal_connect_object (style, "notify::high-contrast", G_CALLBACK (on_style_changed_cb),
                           self, 0);

  update_accessible (self);
  update_actions (self);
}

/* --- public API -------------------------------------------------------------------- */

GtkWidget *
bp_chart_view_new (void)
{
  return g_object_new (BP_TYPE_CHART_VIEW, NULL);
}

/* Returns: (transfer none) (nullable): the chart shown */
BpChart *
bp_chart_view_get_chart (BpChartView *self)
{
  g_return_val_if_fail (BP_IS_CHART_VIEW (self), NULL);
  return self->chart;
}

/**
 * bp_chart_view_set_chart:
 * @chart: (nullable) (transfer none): the chart to show; the view takes a reference
 *
 * Shows @chart; its title becomes the widget's accessible label and its text summary
 * the accessible description.
 */
void
bp_chart_view_set_chart (BpChartView *self,
                         BpChart     *chart)
{
  g_return_if_fail (BP_IS_CHART_VIEW (self));

  if (self->chart == chart)
    return;
  g_clear_pointer (&self->chart, bp_chart_unref);
  self->chart = chart ? bp_chart_ref (chart) : NULL;
  self->focus_target = -1;
  self->hover_target = -1;
  set_point_text (self, NULL);
  if (self->chart != NULL)
    bp_chart_set_highlight (self->chart, -1);
  update_accessible (self);
  update_actions (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
}

int
bp_chart_view_get_palette (BpChartView *self)
{
  g_return_val_if_fail (BP_IS_CHART_VIEW (self), 0);
  return self->palette;
}

/* The data colours: a BpChartPalette. */
void
bp_chart_view_set_palette (BpChartView *self,
                           int          palette)
{
  g_return_if_fail (BP_IS_CHART_VIEW (self));

  if (self->palette == palette)
    return;
  self->palette = palette;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PALETTE]);
}

gboolean
bp_chart_view_get_interactive (BpChartView *self)
{
  g_return_val_if_fail (BP_IS_CHART_VIEW (self), FALSE);
  return self->interactive;
}

void
bp_chart_view_set_interactive (BpChartView *self,
                               gboolean     interactive)
{
  g_return_if_fail (BP_IS_CHART_VIEW (self));

  interactive = !!interactive;
  if (self->interactive == interactive)
    return;
  self->interactive = interactive;
  gtk_widget_set_focusable (GTK_WIDGET (self), interactive);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), interactive);
  gtk_widget_set_can_target (GTK_WIDGET (self), interactive);
  self->focus_target = -1;
  self->hover_target = -1;
  update_highlight (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERACTIVE]);
}

/* Returns: (nullable): the exact values of the point chosen with the keyboard */
const char *
bp_chart_view_get_point_text (BpChartView *self)
{
  g_return_val_if_fail (BP_IS_CHART_VIEW (self), NULL);
  return self->point_text;
}

/**
 * bp_chart_view_get_theme:
 * @theme: (out caller-allocates): the chart theme of the widget's current style: dark or
 *   light, high contrast or not, with the text and accent colours of its CSS
 */
void
bp_chart_view_get_theme (BpChartView  *self,
                         BpChartTheme *theme)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  gboolean dark = adw_style_manager_get_dark (style);
  gboolean high_contrast = adw_style_manager_get_high_contrast (style);
  GdkRGBA fg, bg, accent;
  BpChartColor chart_fg, chart_bg, chart_accent;
  BpChartThemeKind kind;

  g_return_if_fail (BP_IS_CHART_VIEW (self));

  if (high_contrast)
    kind = dark ? BP_CHART_THEME_HIGH_CONTRAST_DARK : BP_CHART_THEME_HIGH_CONTRAST;
  else
    kind = dark ? BP_CHART_THEME_DARK : BP_CHART_THEME_LIGHT;
  bp_chart_theme_init (theme, kind);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (context, &fg);
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    accent = fg;
  if (!gtk_style_context_lookup_color (context, "view_bg_color", &bg))
    gdk_rgba_parse (&bg, dark ? "#1e1e1e" : "#ffffff");
  G_GNUC_END_IGNORE_DEPRECATIONS

  copy_rgba (&chart_fg, &fg);
  copy_rgba (&chart_bg, &bg);
  copy_rgba (&chart_accent, &accent);
  bp_chart_theme_set_chrome (theme, &chart_fg, &chart_bg, &chart_accent);
  theme->palette = self->palette;
  /* The page's background shows through: the chart sits on it like text. */
  theme->draw_background = FALSE;
}

/**
 * bp_chart_view_render_texture:
 * Draws the chart as a document would show it (light), for the clipboard.
 *
 * Returns: (transfer full) (nullable): the image, or %NULL without a chart
 */
GdkTexture *
bp_chart_view_render_texture (BpChartView *self,
                              int          width,
                              int          height)
{
  cairo_surface_t *surface;
  g_autoptr(GBytes) bytes = NULL;
  BpChartTheme theme;
  GdkTexture *texture;
  int stride;

  g_return_val_if_fail (BP_IS_CHART_VIEW (self), NULL);

  if (self->chart == NULL)
    return NULL;
  document_theme (self, &theme);
  surface = bp_chart_render_to_surface (self->chart, width, height, 1.0, &theme);
  if (surface == NULL || cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_clear_pointer (&surface, cairo_surface_destroy);
      return NULL;
    }
  cairo_surface_flush (surface);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  stride = cairo_image_surface_get_stride (surface);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) stride * height,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  /* GDK_MEMORY_DEFAULT is cairo's ARGB32 in this machine's byte order. */
  texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, stride);
  return texture;
}
