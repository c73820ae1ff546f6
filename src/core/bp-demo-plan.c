/* bp-demo-plan.c: the demo area's plan tables (data-formats.md, "Plan tables"):
 * staffing.csv, budget.csv and actions.csv
 *
 * Posts, not people: the demo names no one. The budget of the last financial year
 * carries one stated total £1,000 out, as published tables sometimes do, so that the
 * check has something to find; the year before adds up.
 */

#include "config.h"

#include "bp-demo-private.h"

/* Writes @row (one CSV row, with its newline) into @file. */
static gboolean
put_row (DemoFile    *file,
         const char  *row,
         GError     **error)
{
  char *p;

  g_return_val_if_fail (strlen (row) < DEMO_ROW_MAX, FALSE);
  if (!demo_file_reserve (file, error))
    return FALSE;
  p = demo_put_str (file->buf + file->len, row);
  demo_file_end_row (file, p);
  return TRUE;
}

static gboolean
write_staffing (DemoFile  *file,
                DemoRng   *rng,
                GError   **error)
{
  static const struct { const char *post, *role, *contract, *wte, *agency; int n; } posts[] = {
    { "Head of service", "Manager", "PERMANENT", "1", "", 1 },
    { "Team manager", "Manager", "PERMANENT", "1", "", 2 },
    { "Case worker", "Case worker", "PERMANENT", "1", "", 9 },
    { "Case worker (part time)", "Case worker", "PERMANENT", "0.6", "", 3 },
    { "Case worker (fixed term)", "Case worker", "FIXED_TERM", "1", "", 2 },
    { "Police officer", "Seconded police officer", "SECONDED", "1", "Police", 2 },
    { "Probation officer", "Seconded probation officer", "SECONDED", "0.5", "Probation", 1 },
    { "Nurse", "Seconded health worker", "SECONDED", "0.8", "Health", 1 },
    { "Interim case worker", "Case worker", "AGENCY", "1", "", 1 },
    { "Referral order panel member", "Volunteer", "VOLUNTEER", "0.1", "", 8 },
    { "Social work student", "Student", "STUDENT", "0.6", "", 1 },
  };
  static const char *const groups[] = { "W1", "W1", "W1", "W1", "W1", "W2", "B1", "B2", "A1",
                                        "A3", "M1", "O9", "NS" };

  if (!put_row (file, "name_or_post,role,contract,wte,sex,ethnicity,agency\n", error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (posts); i++)
    for (int k = 1; k <= posts[i].n; k++)
      {
        g_autofree char *row = NULL;
        const char *sex = demo_rng_below (rng, 100) < 68 ? "F" : "M";
        const char *group = groups[demo_rng_below (rng, G_N_ELEMENTS (groups))];

        if (posts[i].n > 1)
          row = g_strdup_printf ("%s %d,%s,%s,%s,%s,%s,%s\n", posts[i].post, k, posts[i].role,
                                 posts[i].contract, posts[i].wte, sex, group, posts[i].agency);
        else
          row = g_strdup_printf ("%s,%s,%s,%s,%s,%s,%s\n", posts[i].post, posts[i].role,
                                 posts[i].contract, posts[i].wte, sex, group, posts[i].agency);
        if (!put_row (file, row, error))
          return FALSE;
      }
  return TRUE;
}

/* Each partner's contribution, in pounds, in the file's columns: staffing costs,
 * payments in kind, other delegated funds. */
static gboolean
write_budget (DemoFile        *file,
              const DemoArea  *area,
              GError         **error)
{
  static const struct { const char *agency; double parts[3]; } rows[] = {
    { "Youth Justice Board", { 0, 0, 412306 } },
    { "Local authority", { 610450, 0, 98275.5 } },
    { "Police", { 0, 96420, 15000 } },
    { "Probation", { 5000, 41210, 0 } },
    { "Health", { 0, 58300, 12500 } },
    { "Police and Crime Commissioner", { 0, 0, 35000 } },
  };
  int last = bp_financial_year_start_year (area->end_day);

  if (!put_row (file, "year,agency,staffing_costs,payments_in_kind,other_delegated_funds,"
                      "total\n", error))
    return FALSE;
  for (int year = last - 1; year <= last; year++)
    {
      /* the year before is 3% less */
      double scale = year == last ? 1.0 : 0.97;
      g_autofree char *fy = bp_financial_year_label (year);
      gint64 sums[4] = { 0 };

      for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
        {
          gint64 p[3];
          g_autofree char *row = NULL;

          for (int c = 0; c < 3; c++)
            {
              p[c] = (gint64) (rows[i].parts[c] * scale * 100.0 + 0.5);
              sums[c] += p[c];
            }
          sums[3] += p[0] + p[1] + p[2];
          row = g_strdup_printf ("%s,%s,%" G_GINT64_FORMAT ".%02d,%" G_GINT64_FORMAT ".%02d,"
                                 "%" G_GINT64_FORMAT ".%02d,%" G_GINT64_FORMAT ".%02d\n",
                                 fy, rows[i].agency, p[0] / 100, (int) (p[0] % 100),
                                 p[1] / 100, (int) (p[1] % 100), p[2] / 100, (int) (p[2] % 100),
                                 (p[0] + p[1] + p[2]) / 100, (int) ((p[0] + p[1] + p[2]) % 100));
          if (!put_row (file, row, error))
            return FALSE;
        }
      {
        /* the last year's stated total is £1,000 out */
        gint64 stated = sums[3] + (year == last ? 100000 : 0);
        g_autofree char *row = g_strdup_printf (
          "%s,Total,%" G_GINT64_FORMAT ".%02d,%" G_GINT64_FORMAT ".%02d,%" G_GINT64_FORMAT
          ".%02d,%" G_GINT64_FORMAT ".%02d\n", fy, sums[0] / 100, (int) (sums[0] % 100),
          sums[1] / 100, (int) (sums[1] % 100), sums[2] / 100, (int) (sums[2] % 100),
          stated / 100, (int) (stated % 100));

        if (!put_row (file, row, error))
          return FALSE;
      }
    }
  return TRUE;
}

/* Due dates around the area's last date: some passed, some to come. */
static gboolean
write_actions (DemoFile        *file,
               const DemoArea  *area,
               GError         **error)
{
  static const struct { const char *priority, *action, *lead; int months; const char *status,
                        *progress; } actions[] = {
    { "Education, training and employment", "Every child open to the service has a "
      "suitable full-time education offer", "Head of Inclusion", 3, "AMBER",
      "Offer in place for 41 of 48 children" },
    { "Disproportionality", "Review every out-of-court decision for Black and Mixed "
      "heritage children at the panel", "Panel chair", -2, "RED",
      "Terms of reference agreed; reviews not yet started" },
    { "Health", "Speech and language screening at the start of every intervention",
      "ICB Designated Nurse", -4, "COMPLETE", "Screening in place since the spring" },
    { "Victims", "Offer restorative justice to every victim who consents", "Victim worker", 6,
      "GREEN", "Offer made to 88% of victims" },
    { "Serious violence", "Join the serious violence duty strategy's data sharing",
      "Community Safety Partnership lead", 1, "AMBER", "Data agreement with legal" },
    { "Governance", "Induction for new board members", "Board chair", -1, "GREEN",
      "Two of three inducted" },
    { "Accommodation", "Suitable accommodation on release for every child leaving custody",
      "Head of Housing", 9, "NOT_STARTED", "" },
    { "Workforce", "Trauma-informed practice training for every case worker",
      "Head of service", 2, "GREEN", "14 of 17 trained" },
  };
  char due[16], updated[16];

  if (!put_row (file, "action_id,priority,action,lead,due_date,status,progress,updated\n",
                error))
    return FALSE;
  *demo_put_date (updated, bp_day_add_months (area->end_day, -1)) = '\0';
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_autofree char *row = NULL;

      *demo_put_date (due, bp_day_add_months (area->end_day, actions[i].months)) = '\0';
      row = g_strdup_printf ("A%02u,\"%s\",\"%s\",%s,%s,%s,\"%s\",%s\n", i + 1,
                             actions[i].priority, actions[i].action, actions[i].lead, due, actions[i].status,
                             actions[i].progress, updated);
      if (!put_row (file, row, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
_bp_demo_write_plan (DemoFile        *staffing,
                     DemoFile        *budget,
                     DemoFile        *actions,
                     const DemoArea  *area,
                     DemoRng         *rng,
                     GError         **error)
{
  return write_staffing (staffing, rng, error) && write_budget (budget, area, error) &&
         write_actions (actions, area, error);
}
