/* bp-area-chooser.c: asks which area a database reports on, once benchmarks name some
 *
 * The YJB's data summaries list the area beside its neighbours, so the area is never
 * guessed from them: after an import of benchmarks into a database with no area, the
 * window asks, listing the youth justice services the benchmarks name. "Not now" leaves
 * it unset (every service is then a neighbour); Preferences can set it later.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "bp-area-chooser.h"

typedef struct
{
  BpSession        *session;
  GtkDropDown      *services;
  AdwMessageDialog *dialog;
} Chooser;

static void
chooser_free (gpointer data)
{
  Chooser *c = data;

  g_clear_object (&c->session);
  g_free (c);
}

/* "Set Area" only once a service is chosen: none is chosen for the user. */
static void
on_selected_cb (GtkDropDown *services,
                GParamSpec  *pspec,
                Chooser     *c)
{
  adw_message_dialog_set_response_enabled (c->dialog, "set",
                                           gtk_drop_down_get_selected (services) !=
                                           GTK_INVALID_LIST_POSITION);
}

static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                Chooser          *c)
{
  GtkStringObject *chosen;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "set") != 0)
    return;
  chosen = gtk_drop_down_get_selected_item (c->services);
  if (chosen == NULL)
    return;
  if (!bp_session_set_area_name (c->session, gtk_string_object_get_string (chosen), &error))
    g_warning ("%s", error->message);
}

/**
 * bp_area_chooser_ask:
 * Asks which area the database of @session reports on, when it has none set and its
 * benchmarks name at least one youth justice service; otherwise does nothing.
 *
 * Returns: (transfer none) (nullable): the dialog, presented, or %NULL when not asked
 */
GtkWindow *
bp_area_chooser_ask (GtkWindow *parent,
                     BpSession *session)
{
  BpStore *store;
  g_autofree char *area = NULL;
  g_auto(GStrv) services = NULL;
  Chooser *c;
  GtkWidget *dialog;
  guint n;

  g_return_val_if_fail (BP_IS_SESSION (session), NULL);

  store = bp_session_get_store (session);
  area = bp_store_get_area (store);
  services = bp_store_benchmark_services (store);
  if (area != NULL || services == NULL || services[0] == NULL)
    return NULL;
  n = g_strv_length (services);

  dialog = adw_message_dialog_new (parent, _("Which area is this database for?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s",
                                  g_dngettext (GETTEXT_PACKAGE,
                                               /* Translators: the body of the question
                                                * after an import of benchmarks that name
                                                * one youth justice service */
                                               "The benchmarks name one youth justice "
                                               "service. If it is this database's area, its "
                                               "published figures are shown beside the "
                                               "local ones; if not, it is a neighbour. "
                                               "Nothing is guessed.",
                                               /* Translators: the same, when they name
                                                * several */
                                               "The benchmarks name several youth justice "
                                               "services: the area and its neighbours. "
                                               "Choose the one this database reports on: "
                                               "its published figures are shown beside the "
                                               "local ones, and the others are its "
                                               "neighbours. Nothing is guessed.",
                                               n));
  c = g_new0 (Chooser, 1);
  c->session = g_object_ref (session);
  c->services = GTK_DROP_DOWN (gtk_drop_down_new_from_strings ((const char * const *) services));
  c->dialog = ADW_MESSAGE_DIALOG (dialog);
  gtk_drop_down_set_selected (c->services, GTK_INVALID_LIST_POSITION);
  gtk_accessible_update_property (GTK_ACCESSIBLE (c->services), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Area"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), GTK_WIDGET (c->services));
  /* Translators: a button of the question "Which area is this database for?" */
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "later", _("_Not Now"));
  /* Translators: a button of the question "Which area is this database for?" */
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "set", _("_Set Area"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "set",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "set", FALSE);
  g_signal_connect (c->services, "notify::selected", G_CALLBACK (on_selected_cb), c);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_response_cb), c,
                         (GClosureNotify) (void (*) (void)) chooser_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}
