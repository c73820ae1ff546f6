/* bp-paper.c: the board paper's details, kept in the database's meta table
 *
 * They belong to the database, as its area does: the export dialog edits them, and every
 * pack written from the database (the window's or the command line's) prints them.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bp-paper.h"

static const char *const keys[] = {
  "paper_meeting", "paper_author", "paper_purpose", "paper_recommendations",
};

static char *
meta (BpStore    *store,
      const char *key)
{
  char *value = NULL;

  if (!bp_store_get_meta (store, key, &value) || value == NULL)
    return g_strdup ("");
  return value;
}

/* Returns: (transfer full): the details held; empty ones when none */
BpPaperDetails *
bp_paper_details_load (BpStore *store)
{
  BpPaperDetails *d = g_new0 (BpPaperDetails, 1);
  g_autofree char *meeting = NULL;

  g_return_val_if_fail (BP_IS_STORE (store), d);

  meeting = meta (store, keys[0]);
  if (meeting[0] == '\0' || !bp_day_parse_iso (meeting, &d->meeting))
    d->meeting = BP_DAY_INVALID;
  d->author = meta (store, keys[1]);
  d->purpose = meta (store, keys[2]);
  d->recommendations = meta (store, keys[3]);
  return d;
}

gboolean
bp_paper_details_save (BpStore              *store,
                       const BpPaperDetails *d,
                       GError              **error)
{
  char meeting[BP_DAY_ISO_LEN] = "";
  const char *values[G_N_ELEMENTS (keys)];

  g_return_val_if_fail (BP_IS_STORE (store), FALSE);

  if (bp_store_is_read_only (store))
    {
      g_set_error (error, BP_STORE_ERROR, BP_STORE_ERROR_READ_ONLY,
                   _("The database is read-only: the paper's details cannot be saved."));
      return FALSE;
    }
  if (d->meeting != BP_DAY_INVALID)
    bp_day_format_iso (d->meeting, meeting);
  values[0] = meeting;
  values[1] = d->author ? d->author : "";
  values[2] = d->purpose ? d->purpose : "";
  values[3] = d->recommendations ? d->recommendations : "";
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *v = g_strstrip (g_strdup (values[i]));

      if (!bp_store_set_meta (store, keys[i], v, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
bp_paper_details_empty (const BpPaperDetails *d)
{
  return d->meeting == BP_DAY_INVALID && !d->author[0] && !d->purpose[0] &&
         !d->recommendations[0];
}

void
bp_paper_details_free (BpPaperDetails *d)
{
  if (d == NULL)
    return;
  g_free (d->author);
  g_free (d->purpose);
  g_free (d->recommendations);
  g_free (d);
}
