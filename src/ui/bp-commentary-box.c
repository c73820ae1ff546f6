/* bp-commentary-box.c: the manager's commentary on one key for the period shown
 *
 * What the board reads under an indicator (cli.md, "Commentary"): a text view saved in
 * the database a moment after the last key (and before the period changes or the window
 * closes), with the text view's own undo. Loading a period's text is not an edit: it is
 * neither undone nor saved back. A period with no commentary starts empty; one written
 * for an earlier period is offered as a starting point, and copied in only on request,
 * as an edit that can be undone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bp-commentary.h"
#include "bp-commentary-box.h"
#include "bp-ui.h"
#include "bp-ui-format.h"

struct _BpCommentaryBox
{
  GtkBox         parent_instance;

  /* template */
  GtkLabel      *title;
  GtkLabel      *hint;
  GtkWidget     *earlier_box;
  GtkLabel      *earlier_label;
  GtkWidget     *earlier_button;
  GtkTextView   *view;

  BpSession     *session;   /* (nullable) */
  char          *key;       /* (nullable) */
  BpDay          period_end;
  gboolean       loading;
  guint          save_id;
  char          *earlier_text;
};

G_DEFINE_FINAL_TYPE (BpCommentaryBox, bp_commentary_box, GTK_TYPE_BOX)

static BpStore *
store_of (BpCommentaryBox *self)
{
  return self->session ? bp_session_get_store (self->session) : NULL;
}

/* Saves what the view holds now for the period shown. */
void
bp_commentary_box_save (BpCommentaryBox *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  BpStore *store = store_of (self);

  g_return_if_fail (BP_IS_COMMENTARY_BOX (self));

  g_clear_handle_id (&self->save_id, g_source_remove);
  if (store == NULL || self->key == NULL || self->period_end == BP_DAY_INVALID)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (!bp_commentary_set (store, self->key, self->period_end, text, &error))
    {
      /* Translators: under the commentary box when it could not be saved; %s says why */
      g_autofree char *message = g_strdup_printf (_("Not saved: %s"), error->message);

      gtk_label_set_text (self->hint, message);
      return;
    }
  if (text[0] != '\0')
    gtk_widget_set_visible (self->earlier_box, FALSE);
}

static gboolean
save_cb (gpointer data)
{
  BpCommentaryBox *self = data;

  self->save_id = 0;
  bp_commentary_box_save (self);
  return G_SOURCE_REMOVE;
}

static void
on_changed_cb (GtkTextBuffer   *buffer,
               BpCommentaryBox *self)
{
  if (self->loading)
    return;
  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (500, save_cb, self);
}

/* Copies the earlier commentary in, as an edit the user can undo. */
static void
on_earlier_clicked_cb (BpCommentaryBox *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  GtkTextIter start, end;

  if (self->earlier_text == NULL)
    return;
  /* not gtk_text_buffer_set_text(), which cannot be undone */
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_delete (buffer, &start, &end);
  gtk_text_buffer_insert (buffer, &start, self->earlier_text, -1);
  gtk_text_buffer_end_user_action (buffer);
  gtk_widget_set_visible (self->earlier_box, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

/* Shows the commentary of the period ending @period_end; saves the one being typed first. */
void
bp_commentary_box_set_period (BpCommentaryBox *self,
                              BpDay            period_end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  BpStore *store = store_of (self);
  g_autofree char *text = NULL;
  g_autofree char *period = NULL;
  g_autofree char *hint = NULL;
  BpDay earlier_end = BP_DAY_INVALID;

  g_return_if_fail (BP_IS_COMMENTARY_BOX (self));

  if (self->key == NULL || store == NULL)
    return;
  if (self->save_id != 0)
    bp_commentary_box_save (self);
  if (self->period_end == period_end)
    return;
  self->period_end = period_end;
  text = bp_commentary_get (store, self->key, period_end);
  self->loading = TRUE;
  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_set_text (buffer, text ? text : "", -1);
  gtk_text_buffer_end_irreversible_action (buffer);
  self->loading = FALSE;

  period = bp_ui_format_period_label (period_end);
  hint = g_str_equal (self->key, BP_COMMENTARY_SUMMARY)
    /* Translators: under the heading of the summary commentary: the period, as in "For
     * the 12 months to December 2024. Saved as you type; printed on the board pack's
     * summary, partner packs included." */
    ? g_strdup_printf (_("For the %s. Saved as you type; printed on the board pack's "
                         "summary, partner packs included."), period)
    /* Translators: under the heading "Commentary for the board": the period, as in "For
     * the 12 months to December 2024. Saved as you type; printed under this indicator in
     * the board pack, partner packs included." */
    : g_strdup_printf (_("For the %s. Saved as you type; printed under this indicator in "
                         "the board pack, partner packs included."), period);
  gtk_label_set_text (self->hint, hint);

  g_clear_pointer (&self->earlier_text, g_free);
  if (text == NULL &&
      bp_commentary_earlier (store, self->key, period_end, &self->earlier_text, &earlier_end))
    {
      g_autofree char *earlier = bp_ui_format_period_label (earlier_end);
      /* Translators: above the commentary box: a commentary written for an earlier period,
       * as in "A commentary was written for the 12 months to September 2024." */
      g_autofree char *label = g_strdup_printf (_("A commentary was written for the %s."),
                                                earlier);

      gtk_label_set_text (self->earlier_label, label);
    }
  gtk_widget_set_visible (self->earlier_box, self->earlier_text != NULL);
}

/**
 * bp_commentary_box_set_key:
 * @key: (nullable): the commentary's key (cli.md, "Commentary"): "summary" or an
 *   indicator's JSON key; %NULL hides the box
 */
void
bp_commentary_box_set_key (BpCommentaryBox *self,
                           BpSession       *session,
                           const char      *key)
{
  g_return_if_fail (BP_IS_COMMENTARY_BOX (self));
  g_return_if_fail (key == NULL || bp_commentary_key_is_valid (key));

  if (self->save_id != 0)
    bp_commentary_box_save (self);
  g_set_object (&self->session, session);
  g_free (self->key);
  self->key = g_strdup (key);
  self->period_end = BP_DAY_INVALID;
  gtk_label_set_text (self->title, key && g_str_equal (key, BP_COMMENTARY_SUMMARY)
                                   /* Translators: a heading over the box where the
                                    * manager writes the pack's overall summary */
                                   ? _("Summary for the board")
                                   : _("Commentary for the board"));
  gtk_widget_set_visible (GTK_WIDGET (self), key != NULL);
}

const char *
bp_commentary_box_get_key (BpCommentaryBox *self)
{
  g_return_val_if_fail (BP_IS_COMMENTARY_BOX (self), NULL);
  return self->key;
}

GtkTextBuffer *
bp_commentary_box_get_buffer (BpCommentaryBox *self)
{
  g_return_val_if_fail (BP_IS_COMMENTARY_BOX (self), NULL);
  return gtk_text_view_get_buffer (self->view);
}

GtkWidget *
bp_commentary_box_new (void)
{
  return g_object_new (BP_TYPE_COMMENTARY_BOX, NULL);
}

static void
bp_commentary_box_dispose (GObject *object)
{
  BpCommentaryBox *self = BP_COMMENTARY_BOX (object);

  /* what was typed a moment ago is kept */
  if (self->save_id != 0)
    bp_commentary_box_save (self);
  g_clear_object (&self->session);
  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->earlier_text, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), BP_TYPE_COMMENTARY_BOX);
  G_OBJECT_CLASS (bp_commentary_box_parent_class)->dispose (object);
}

static void
bp_commentary_box_class_init (BpCommentaryBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bp_commentary_box_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               BP_RESOURCE_PATH "/bp-commentary-box.ui");
  gtk_widget_class_bind_template_child (widget_class, BpCommentaryBox, title);
  gtk_widget_class_bind_template_child (widget_class, BpCommentaryBox, hint);
  gtk_widget_class_bind_template_child (widget_class, BpCommentaryBox, earlier_box);
  gtk_widget_class_bind_template_child (widget_class, BpCommentaryBox, earlier_label);
  gtk_widget_class_bind_template_child (widget_class, BpCommentaryBox, earlier_button);
  gtk_widget_class_bind_template_child (widget_class, BpCommentaryBox, view);
  gtk_widget_class_bind_template_callback (widget_class, on_earlier_clicked_cb);
}

static void
bp_commentary_box_init (BpCommentaryBox *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->period_end = BP_DAY_INVALID;
  g_signal_connect (gtk_text_view_get_buffer (self->view), "changed",
                    G_CALLBACK (on_changed_cb), self);
}
