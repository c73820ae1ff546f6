/* bp-window.c: the main window, a shell around the pages
 *
 * The window holds the session (one database, one period) and hands it to each page;
 * it owns the header (view switcher, period selector, menu), the empty state, toasts,
 * drag and drop of CSV files, and the actions that open dialogs. What a page shows is
 * the page's business.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bp-cohort-page.h"
#include "bp-data-page.h"
#include "bp-delays-page.h"
#include "bp-demo-database.h"
#include "bp-disparity-page.h"
#include "bp-disposals-page.h"
#include "bp-offences-page.h"
#include "bp-plan-page.h"
#include "bp-diversion-page.h"
#include "bp-export-dialog.h"
#include "bp-import-dialog.h"
#include "bp-overview-page.h"
#include "bp-rate-page.h"
#include "bp-remand-page.h"
#include "bp-kpis-page.h"
#include "bp-reoffending-page.h"
#include "bp-ui.h"
#include "bp-window.h"

struct _BpWindow
{
  AdwApplicationWindow  parent_instance;

  /* template */
  AdwHeaderBar         *header_bar;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkDropDown          *period_dropdown;
  GtkSpinner           *busy_spinner;
  GtkWidget            *import_button;
  GtkWidget            *export_button;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwStatusPage        *empty_page;
  GtkWidget            *empty_import_button;
  GtkWidget            *empty_demo_button;
  AdwStatusPage        *failed_page;
  GtkSpinner           *loading_spinner;
  GtkLabel             *loading_label;
  AdwViewStack         *view_stack;
  BpOverviewPage       *overview_page;
  BpRatePage           *fte_page;
  BpRatePage           *custody_page;
  BpReoffendingPage    *reoffending_page;
  BpDisparityPage      *disparity_page;
  BpDataPage           *data_page;

  GSettings            *settings;
  char                 *database_path;  /* as given: NULL for the default */
  BpSession            *session;
  gboolean              demo;
  gboolean              preparing_demo;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  int                   chooser_kind;
};

G_DEFINE_FINAL_TYPE (BpWindow, bp_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_DATABASE_PATH,
  PROP_SESSION,
  PROP_DEMO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The pages of the registry's newer indicators (bp-indicator.h), one line each, shown
 * after the headline pages and before Data, in this order; named by the indicator's key.
 * Alt+7, Alt+8 and Alt+9 go to the first three. */
static const struct
{
  const char *key;
  const char *title;  /* N_(): the view switcher's, short */
  const char *icon;
  GType     (*get_type) (void);
} indicator_pages[] = {
  /* Translators: a page title in the view switcher, diversion and out-of-court outcomes:
   * keep it short */
  { "diversion", N_("Diversion"), "mail-forward-symbolic", bp_diversion_page_get_type },
  /* Translators: a page title in the view switcher, remands: keep it short */
  { "remand", N_("Remands"), "document-open-recent-symbolic", bp_remand_page_get_type },
  /* Translators: a page title in the view switcher, the disposal mix: keep it short */
  { "disposals", N_("Disposals"), "view-list-bullet-symbolic", bp_disposals_page_get_type },
  /* Translators: a page title in the view switcher, proven offences: keep it short */
  { "offences", N_("Offences"), "dialog-warning-symbolic", bp_offences_page_get_type },
  /* Translators: a page title in the view switcher, delays from offence to outcome: keep
   * it short */
  { "delays", N_("Delays"), "alarm-symbolic", bp_delays_page_get_type },
  /* Translators: a page title in the view switcher, the profile of the children with an
   * outcome: keep it short */
  { "cohort", N_("Cohort"), "avatar-default-symbolic", bp_cohort_page_get_type },
  /* Translators: a page title in the view switcher, the ten key performance indicators:
   * keep it short */
  { "kpis", N_("KPIs"), "emblem-ok-symbolic", bp_kpis_page_get_type },
  /* Translators: a page title in the view switcher, the plan's own tables (budget,
   * staffing, board attendance, the improvement plan): keep it short */
  { "plan", N_("Plan"), "emblem-documents-symbolic", bp_plan_page_get_type },
};

/* Adds the indicator pages before the Data page, which stays last, and their shortcuts. */
static void
add_indicator_pages (BpWindow *self)
{
  GtkWidget *data = GTK_WIDGET (self->data_page);
  AdwViewStackPage *data_stack_page = adw_view_stack_get_page (self->view_stack, data);
  g_autofree char *data_title = g_strdup (adw_view_stack_page_get_title (data_stack_page));
  g_autofree char *data_icon = g_strdup (adw_view_stack_page_get_icon_name (data_stack_page));
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  g_object_ref (data);
  adw_view_stack_remove (self->view_stack, data);
  for (guint i = 0; i < G_N_ELEMENTS (indicator_pages); i++)
    {
      GtkWidget *page = g_object_new (indicator_pages[i].get_type (), NULL);

      adw_view_stack_add_titled_with_icon (self->view_stack, page, indicator_pages[i].key,
                                           _(indicator_pages[i].title),
                                           indicator_pages[i].icon);
      bp_indicator_page_set_session (BP_INDICATOR_PAGE (page), self->session);
      bp_indicator_page_set_commentary_key (BP_INDICATOR_PAGE (page), indicator_pages[i].key);
      /* Alt+1 to Alt+6 are the headline pages and Data; the digits left go to these */
      if (7 + i <= 9)
        {
          g_autofree char *accel = g_strdup_printf ("<Alt>%u", 7 + i);
          GtkShortcut *shortcut = gtk_shortcut_new (gtk_shortcut_trigger_parse_string (accel),
                                                    gtk_named_action_new ("window.show-page"));

          gtk_shortcut_set_arguments (shortcut, g_variant_new_string (indicator_pages[i].key));
          gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), shortcut);
        }
    }
  adw_view_stack_add_titled_with_icon (self->view_stack, data, "data", data_title, data_icon);
  g_object_unref (data);
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}

/* --- helpers ----------------------------------------------------------------------- */

static void
update_actions (BpWindow *self)
{
  BpSessionState state = bp_session_get_state (self->session);
  gboolean has_data = state == BP_SESSION_READY;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.import", !self->preparing_demo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.import-kind", !self->preparing_demo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.export", has_data);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.open-demo",
                                 !self->demo && !self->preparing_demo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.close-demo", self->demo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.show-page", has_data);
}

static void
update_title (BpWindow *self)
{
  const char *area = bp_session_get_area_name (self->session);
  g_autofree char *subtitle = NULL;

  if (self->demo)
    /* Translators: the window's subtitle when it shows the demo database */
    subtitle = g_strdup_printf (_("%s (demo data, a fictional area)"), area);
  else
    subtitle = g_strdup (area);
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), area && *area ? area : _("Boardpack"));
}

/* The header's switcher and the period only mean something when there are pages. */
static void
update_switchers (BpWindow *self)
{
  gboolean pages = g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "pages") == 0;

  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, pages);
  adw_view_switcher_bar_set_reveal (self->switcher_bar,
                                    pages && adw_view_switcher_title_get_title_visible (
                                      self->switcher_title));
  gtk_widget_set_visible (GTK_WIDGET (self->period_dropdown), pages);
}

static void
update_state (BpWindow *self)
{
  const char *child;

  switch (bp_session_get_state (self->session))
    {
    case BP_SESSION_EMPTY:
      child = self->preparing_demo ? "loading" : "empty";
      break;
    case BP_SESSION_LOADING:
      child = "loading";
      break;
    case BP_SESSION_FAILED:
      child = "failed";
      adw_status_page_set_description (self->failed_page,
                                       bp_session_get_error_message (self->session));
      break;
    case BP_SESSION_READY:
    default:
      child = "pages";
      break;
    }
  if (self->preparing_demo)
    child = "loading";
  gtk_label_set_text (self->loading_label, self->preparing_demo ? _("Preparing the demo data…")
                                                                : _("Reading the data…"));
  gtk_spinner_set_spinning (self->loading_spinner, g_strcmp0 (child, "loading") == 0);
  gtk_stack_set_visible_child_name (self->main_stack, child);
  update_switchers (self);
  update_actions (self);
  update_title (self);
}

static void
open_database (BpWindow   *self,
               const char *path,
               gboolean    demo)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BpStore) store = bp_store_open (path, &error);

  if (store == NULL)
    {
      /* Translators: a toast; %s says why, from the database */
      g_autofree char *text = g_strdup_printf (_("The database could not be opened: %s"),
                                               error->message);

      if (bp_session_get_store (self->session) == NULL)
        {
          adw_status_page_set_description (self->failed_page, error->message);
          gtk_stack_set_visible_child_name (self->main_stack, "failed");
        }
      else
        bp_window_add_toast (self, text);
      return;
    }
  self->demo = demo;
  bp_session_set_store (self->session, store);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEMO]);
  update_state (self);
}

static void
show_import_dialog (BpWindow   *self,
                    GListModel *files,
                    int         kind)
{
  BpImportDialog *dialog = bp_import_dialog_new (GTK_WINDOW (self), self->session, files, kind);

  g_signal_connect_object (dialog, "toast", G_CALLBACK (bp_window_add_toast), self,
                           G_CONNECT_SWAPPED);
  bp_import_dialog_start (dialog);
}

/* --- signal callbacks -------------------------------------------------------------- */

static void
on_session_state_cb (BpSession  *session,
                     GParamSpec *pspec,
                     BpWindow   *self)
{
  update_state (self);
}

static void
on_session_report_cb (BpSession  *session,
                      GParamSpec *pspec,
                      BpWindow   *self)
{
  update_title (self);
}

static void
on_title_visible_cb (AdwViewSwitcherTitle *title,
                     GParamSpec           *pspec,
                     BpWindow             *self)
{
  update_switchers (self);
}

static void
on_demo_ready_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(BpWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = bp_demo_database_default_path ();

  if (!bp_demo_database_prepare_finish (result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return; /* the window is closing */
  self->preparing_demo = FALSE;
  if (error != NULL)
    {
      /* Translators: a toast; %s says why */
      g_autofree char *text = g_strdup_printf (_("The demo data could not be prepared: %s"),
                                               error->message);

      bp_window_add_toast (self, text);
      update_state (self);
      return;
    }
  open_database (self, path, TRUE);
  bp_window_show_page (self, "overview");
}

static void
on_files_chosen_cb (GtkNativeDialog *dialog,
                    int              response,
                    BpWindow        *self)
{
  g_autoptr(GListModel) files = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->chooser);
  if (files != NULL && g_list_model_get_n_items (files) > 0)
    show_import_dialog (self, files, self->chooser_kind);
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            BpWindow      *self)
{
  GSList *list;
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST) || self->preparing_demo)
    return FALSE;
  list = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = list; l != NULL; l = l->next)
    if (g_file_peek_path (l->data) != NULL)
      g_list_store_append (files, l->data);
  g_slist_free (list);
  if (g_list_model_get_n_items (G_LIST_MODEL (files)) == 0)
    {
      bp_window_add_toast (self, _("Only files on this computer can be imported"));
      return FALSE;
    }
  show_import_dialog (self, G_LIST_MODEL (files), -1);
  return TRUE;
}

static gboolean
on_close_request_cb (GtkWindow *window,
                     gpointer   user_data)
{
  BpWindow *self = BP_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_apply (self->settings);
  return FALSE;
}

static gboolean
palette_from_setting (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  g_value_set_int (value, g_strcmp0 (g_variant_get_string (variant, NULL), "okabe-ito") == 0);
  return TRUE;
}

/* The board pack's stage: the schema's nicks are the --stage names of the command line. */
/* The page shown last, if the window still has it (an older or newer Boardpack may have
 * saved another), else the Overview. */
static gboolean
page_from_setting (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  BpWindow *self = user_data;
  const char *name = g_variant_get_string (variant, NULL);

  if (adw_view_stack_get_child_by_name (self->view_stack, name) == NULL)
    name = "overview";
  g_value_set_string (value, name);
  return TRUE;
}

static GVariant *
page_to_setting (const GValue       *value,
                 const GVariantType *expected_type,
                 gpointer            user_data)
{
  const char *name = g_value_get_string (value);

  return g_variant_new_string (name ? name : "overview");
}

static gboolean
stage_from_setting (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  BpStage stage = BP_STAGE_CAUTIONED_OR_SENTENCED;

  bp_stage_parse (g_variant_get_string (variant, NULL), &stage);
  g_value_set_int (value, stage);
  return TRUE;
}

static GVariant *
stage_to_setting (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  return g_variant_new_string (bp_stage_name ((BpStage) g_value_get_int (value)));
}

static GVariant *
palette_to_setting (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  return g_variant_new_string (g_value_get_int (value) == 1 ? "okabe-ito" : "analysis-function");
}

/* --- actions ----------------------------------------------------------------------- */

static void
choose_files (BpWindow *self,
              int       kind)
{
  static const char *const titles[] = {
    N_("Import case data"), N_("Import population"), N_("Import benchmarks"),
  };
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;
  self->chooser_kind = kind;
  self->chooser = gtk_file_chooser_native_new (kind >= 0 && kind < (int) G_N_ELEMENTS (titles)
                                               ? _(titles[kind]) : _("Import CSV files"),
                                               GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), kind < 0);

  gtk_file_filter_set_name (csv, _("CSV files"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_filter_add_pattern (csv, "*.CSV");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), csv);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);

  g_signal_connect (self->chooser, "response", G_CALLBACK (on_files_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  choose_files (BP_WINDOW (widget), -1);
}

static void
import_kind_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BpImportKind kind;

  if (!bp_import_kind_parse (g_variant_get_string (parameter, NULL), &kind))
    return;
  choose_files (BP_WINDOW (widget), (int) kind);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BpWindow *self = BP_WINDOW (widget);
  BpExportDialog *dialog = bp_export_dialog_new (GTK_WINDOW (self), self->session);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_demo_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  bp_window_open_demo (BP_WINDOW (widget));
}

static void
close_demo_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  BpWindow *self = BP_WINDOW (widget);

  if (self->demo)
    open_database (self, self->database_path, FALSE);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  bp_window_show_page (BP_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* --- GObject ----------------------------------------------------------------------- */

static void
bp_window_constructed (GObject *object)
{
  BpWindow *self = BP_WINDOW (object);

  G_OBJECT_CLASS (bp_window_parent_class)->constructed (object);

  open_database (self, self->database_path, FALSE);
}

static void
bp_window_dispose (GObject *object)
{
  BpWindow *self = BP_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    {
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), BP_TYPE_WINDOW);

  g_clear_object (&self->session);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (bp_window_parent_class)->dispose (object);
}

static void
bp_window_finalize (GObject *object)
{
  BpWindow *self = BP_WINDOW (object);

  g_free (self->database_path);

  G_OBJECT_CLASS (bp_window_parent_class)->finalize (object);
}

static void
bp_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  BpWindow *self = BP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      g_value_set_string (value, self->database_path);
      break;
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_DEMO:
      g_value_set_boolean (value, self->demo);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bp_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  BpWindow *self = BP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      g_free (self->database_path);
      self->database_path = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bp_window_class_init (BpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bp_window_constructed;
  object_class->dispose = bp_window_dispose;
  object_class->finalize = bp_window_finalize;
  object_class->get_property = bp_window_get_property;
  object_class->set_property = bp_window_set_property;

  /* The database to open: NULL for the default one ($XDG_DATA_HOME/boardpack). */
  properties[PROP_DATABASE_PATH] =
    g_param_spec_string ("database-path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, BP_TYPE_SESSION,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* Whether the window shows the demo database. */
  properties[PROP_DEMO] =
    g_param_spec_boolean ("demo", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BP_TYPE_OVERVIEW_PAGE);
  g_type_ensure (BP_TYPE_RATE_PAGE);
  g_type_ensure (BP_TYPE_REOFFENDING_PAGE);
  g_type_ensure (BP_TYPE_DISPARITY_PAGE);
  g_type_ensure (BP_TYPE_DATA_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               BP_RESOURCE_PATH "/bp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BpWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, BpWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, BpWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, BpWindow, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BpWindow, busy_spinner);
  gtk_widget_class_bind_template_child (widget_class, BpWindow, import_button);
  gtk_widget_class_bind_template_child (widget_class, BpWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, BpWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BpWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, BpWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, BpWindow, empty_import_button);
  gtk_widget_class_bind_template_child (widget_class, BpWindow, empty_demo_button);
  gtk_widget_class_bind_template_child (widget_class, BpWindow, failed_page);
  gtk_widget_class_bind_template_child (widget_class, BpWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, BpWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, BpWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, BpWindow, overview_page);
  gtk_widget_class_bind_template_child (widget_class, BpWindow, fte_page);
  gtk_widget_class_bind_template_child (widget_class, BpWindow, custody_page);
  gtk_widget_class_bind_template_child (widget_class, BpWindow, reoffending_page);
  gtk_widget_class_bind_template_child (widget_class, BpWindow, disparity_page);
  gtk_widget_class_bind_template_child (widget_class, BpWindow, data_page);

  gtk_widget_class_install_action (widget_class, "window.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "window.import-kind", "s", import_kind_action);
  gtk_widget_class_install_action (widget_class, "window.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "window.open-demo", NULL, open_demo_action);
  gtk_widget_class_install_action (widget_class, "window.close-demo", NULL, close_demo_action);
  gtk_widget_class_install_action (widget_class, "window.show-page", "s", show_page_action);
}

static void
bp_window_init (BpWindow *self)
{
  GtkDropTarget *drop;

  bp_ui_init ();
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->settings = bp_ui_settings_new ();
  self->session = g_object_new (BP_TYPE_SESSION, NULL);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  add_indicator_pages (self);
  g_settings_bind_with_mapping (self->settings, "page", self->view_stack, "visible-child-name",
                                G_SETTINGS_BIND_DEFAULT, page_from_setting, page_to_setting,
                                self, NULL);

  /* Preferences the pages follow, through the session. */
  g_settings_bind_with_mapping (self->settings, "palette", self->session, "palette",
                                G_SETTINGS_BIND_GET, palette_from_setting, palette_to_setting,
                                NULL, NULL);
  g_settings_bind (self->settings, "rri-threshold", self->session, "rri-threshold",
                   G_SETTINGS_BIND_GET);
  g_settings_bind_with_mapping (self->settings, "pack-stage", self->session, "stage",
                                G_SETTINGS_BIND_GET, stage_from_setting, stage_to_setting,
                                NULL, NULL);
  g_settings_bind (self->settings, "pack-disparity-years", self->session, "disparity-years",
                   G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "comparator-family", self->session, "comparator-family",
                   G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "comparator-region", self->session, "comparator-region",
                   G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "comparator-national", self->session, "comparator-national",
                   G_SETTINGS_BIND_GET);

  gtk_drop_down_set_model (self->period_dropdown, bp_session_get_periods (self->session));
  g_object_bind_property (self->session, "period-index", self->period_dropdown, "selected",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->session, "computing", self->busy_spinner, "spinning",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->session, "computing", self->busy_spinner, "visible",
                          G_BINDING_SYNC_CREATE);
  g_signal_connect (self->session, "notify::state", G_CALLBACK (on_session_state_cb), self);
  g_signal_connect (self->session, "notify::report", G_CALLBACK (on_session_report_cb), self);
  g_signal_connect (self->session, "notify::area-name", G_CALLBACK (on_session_report_cb), self);
  g_signal_connect (self->switcher_title, "notify::title-visible",
                    G_CALLBACK (on_title_visible_cb), self);

  bp_overview_page_set_session (self->overview_page, self->session);
  bp_indicator_page_set_session (BP_INDICATOR_PAGE (self->fte_page), self->session);
  bp_indicator_page_set_session (BP_INDICATOR_PAGE (self->custody_page), self->session);
  bp_indicator_page_set_session (BP_INDICATOR_PAGE (self->reoffending_page), self->session);
  bp_indicator_page_set_session (BP_INDICATOR_PAGE (self->disparity_page), self->session);
  bp_indicator_page_set_commentary_key (BP_INDICATOR_PAGE (self->fte_page), "fte");
  bp_indicator_page_set_commentary_key (BP_INDICATOR_PAGE (self->custody_page), "custody");
  bp_indicator_page_set_commentary_key (BP_INDICATOR_PAGE (self->reoffending_page),
                                        "reoffending");
  bp_indicator_page_set_commentary_key (BP_INDICATOR_PAGE (self->disparity_page), "disparity");
  bp_data_page_set_session (self->data_page, self->session);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->toast_overlay), GTK_EVENT_CONTROLLER (drop));

  g_signal_connect (self, "close-request", G_CALLBACK (on_close_request_cb), NULL);
  update_state (self);
}

/* --- public API -------------------------------------------------------------------- */

/**
 * bp_window_new:
 * @application: (nullable): the application
 * @database_path: (nullable): the database, or %NULL for the default one
 *
 * Returns: (transfer full): a window on @database_path
 */
BpWindow *
bp_window_new (GtkApplication *application,
               const char     *database_path)
{
  return g_object_new (BP_TYPE_WINDOW,
                       "application", application,
                       "database-path", database_path,
                       NULL);
}

/* Returns: (transfer none): what the window shows */
BpSession *
bp_window_get_session (BpWindow *self)
{
  g_return_val_if_fail (BP_IS_WINDOW (self), NULL);
  return self->session;
}

/* Shows the page @name: overview, fte, custody, reoffending, disparity, data, or an
 * indicator's key (diversion, remand). */
void
bp_window_show_page (BpWindow   *self,
                     const char *name)
{
  g_return_if_fail (BP_IS_WINDOW (self));

  if (name != NULL && adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    {
      adw_view_stack_set_visible_child_name (self->view_stack, name);
      return;
    }
  g_warning ("No page named “%s”", name);
}

const char *
bp_window_get_page (BpWindow *self)
{
  g_return_val_if_fail (BP_IS_WINDOW (self), NULL);
  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
bp_window_add_toast (BpWindow   *self,
                     const char *text)
{
  AdwToast *toast;

  g_return_if_fail (BP_IS_WINDOW (self));

  toast = adw_toast_new (text);
  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * bp_window_import_files:
 * @files: (transfer none): GFiles to import, one after the other
 * @kind: a BpImportKind, or -1 to recognise each file from its header
 */
void
bp_window_import_files (BpWindow   *self,
                        GListModel *files,
                        int         kind)
{
  g_return_if_fail (BP_IS_WINDOW (self));
  g_return_if_fail (G_IS_LIST_MODEL (files));

  show_import_dialog (self, files, kind);
}

/* Switches to the demo database, making it first if needed (in a worker thread). */
void
bp_window_open_demo (BpWindow *self)
{
  g_autofree char *path = NULL;

  g_return_if_fail (BP_IS_WINDOW (self));

  if (self->demo || self->preparing_demo)
    return;
  path = bp_demo_database_default_path ();
  self->preparing_demo = TRUE;
  update_state (self);
  bp_demo_database_prepare_async (path, self->cancellable, on_demo_ready_cb,
                                  g_object_ref (self));
}

gboolean
bp_window_get_demo (BpWindow *self)
{
  g_return_val_if_fail (BP_IS_WINDOW (self), FALSE);
  return self->demo;
}
