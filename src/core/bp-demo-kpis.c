/* bp-demo-kpis.c: the demo's KPI files (kpis.md section 1): interventions.csv and
 * victims.csv follow each child's outcomes; board.csv is the board's register
 *
 * The rates are those of a typical service: most accommodation suitable, around 60% in
 * suitable education, training or employment at the end, a few looked-after children,
 * and a few statuses not recorded, so that the "not recorded" counts show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bp-demo-private.h"

void
_bp_demo_kpis_begin (DemoKpiWriter *kpis)
{
  char *p;

  p = kpis->interventions->buf + kpis->interventions->len;
  p = demo_put_str (p, "intervention_id,child_id,date_of_birth,sex,ethnicity,"
                       "intervention_type,start_date,end_date,end_reason,"
                       "accommodation_start,accommodation_end,ete_start,ete_end,"
                       "ete_hours_offered,ete_hours_attended,send,send_plan,mh_need,"
                       "mh_offered,mh_attending,sm_need,sm_offered,sm_attending,"
                       "wider_services,local_status\n");
  demo_file_end_row (kpis->interventions, p);
  p = kpis->victims->buf + kpis->victims->len;
  p = demo_put_str (p, "victim_id,child_id,recorded_date,contacted,consented,rj_engaged,"
                       "support_requested,support_given\n");
  demo_file_end_row (kpis->victims, p);
}

/* How long an intervention of @type lasts, in days; 0: not an intervention (a remand, or
 * a discharge or fine the service does not supervise). */
static gint32
demo_duration (DemoRng  *rng,
               DemoType  type)
{
  switch (type)
    {
    case DEMO_CR: case DEMO_TRIAGE: case DEMO_O22: case DEMO_NFA:
      return demo_rng_range (rng, 30, 90);
    case DEMO_TURNAROUND: return demo_rng_range (rng, 90, 240);
    case DEMO_YC: return demo_rng_range (rng, 60, 120);
    case DEMO_YCC: return demo_rng_range (rng, 90, 150);
    case DEMO_REPO: return demo_rng_range (rng, 60, 120);
    case DEMO_RO: case DEMO_ROX: return demo_rng_range (rng, 90, 365);
    case DEMO_YRO: return demo_rng_range (rng, 180, 540);
    case DEMO_DTO: case DEMO_S250: case DEMO_S254: case DEMO_S258: case DEMO_S259:
      return demo_rng_range (rng, 120, 360);
    case DEMO_AD: case DEMO_CD: case DEMO_FINE: case DEMO_COMP:
    case DEMO_REMAND_YDA: case DEMO_REMAND_LA: case DEMO_BAIL_ISS:
    case DEMO_N_TYPES:
    default:
      return 0;
    }
}

/* YES with @yes per mille, else NO; blank with @blank per mille. */
static char *
demo_put_answer (char       *p,
                 DemoRng    *rng,
                 guint       yes,
                 guint       blank,
                 const char *yes_text,
                 const char *no_text)
{
  if (demo_rng_chance (rng, blank))
    return p;
  return demo_put_str (p, demo_rng_chance (rng, yes) ? yes_text : no_text);
}

static char *
demo_put_funnel (char    *p,
                 DemoRng *rng,
                 guint    need,
                 guint    offered,
                 guint    attending)
{
  gboolean screened = !demo_rng_chance (rng, 40);
  gboolean has_need = screened && demo_rng_chance (rng, need);
  gboolean is_offered = has_need && demo_rng_chance (rng, offered);

  if (screened)
    p = demo_put_str (p, has_need ? "YES" : "NO");
  *p++ = ',';
  if (has_need)
    p = demo_put_str (p, is_offered ? "YES" : "NO");
  *p++ = ',';
  if (is_offered)
    p = demo_put_str (p, demo_rng_chance (rng, attending) ? "YES" : "NO");
  return p;
}

static char *
demo_put_wider (char    *p,
                DemoRng *rng)
{
  static const struct { const char *code; guint per_mille; } services[] = {
    { "LAC", 90 }, { "CIN", 130 }, { "CPP", 40 }, { "EARLY_HELP", 110 },
  };
  gboolean any = FALSE;

  if (demo_rng_chance (rng, 50))
    return p; /* not recorded */
  *p++ = '"';
  for (guint i = 0; i < G_N_ELEMENTS (services); i++)
    if (demo_rng_chance (rng, services[i].per_mille))
      {
        if (any)
          *p++ = ';';
        p = demo_put_str (p, services[i].code);
        any = TRUE;
      }
  if (!any)
    p = demo_put_str (p, "NONE");
  *p++ = '"';
  return p;
}

static gboolean
demo_write_intervention (DemoKpiWriter     *kpis,
                         const DemoArea    *area,
                         const DemoChild   *child,
                         const DemoOutcome *outcome,
                         const char        *prefix,
                         gsize              prefix_len,
                         GError           **error)
{
  DemoRng *rng = &kpis->rng;
  DemoFile *file = kpis->interventions;
  DemoType type = outcome->type;
  gint32 days = demo_duration (rng, type);
  gint32 start = outcome->outcome_day;
  gint32 end;
  gboolean court = demo_types[type].tier == DEMO_TIER_COURT ||
                   demo_types[type].tier == DEMO_TIER_CUSTODY;
  char *p;

  if (days == 0)
    return TRUE;
  if (!demo_file_reserve (file, error))
    return FALSE;
  /* Custody ends at the release; statuses are those at release. */
  end = demo_types[type].tier == DEMO_TIER_CUSTODY && outcome->release_day != 0
        ? outcome->release_day : start + days;

  p = file->buf + file->len;
  p = demo_put_str (p, "INT-");
  p = demo_put_uint (p, ++kpis->n_interventions, 7);
  *p++ = ',';
  memcpy (p, prefix, prefix_len);
  p += prefix_len;
  p = demo_put_str (p, demo_types[type].code);
  *p++ = ',';
  p = demo_put_date (p, start);
  *p++ = ',';
  if (end <= area->end_day)
    {
      guint r = demo_rng_below (rng, 1000);

      p = demo_put_date (p, end);
      *p++ = ',';
      /* Court orders are breached or revoked more often than diversion. */
      if (r < (court ? 740u : 830u))
        p = demo_put_str (p, "COMPLETED");
      else if (r < (court ? 930u : 930u))
        p = demo_put_str (p, "NOT_COMPLETED");
      else if (r < 960)
        p = demo_put_str (p, "TRANSFERRED");
    }
  else
    *p++ = ','; /* still open: no end date, no reason */
  *p++ = ',';
  p = demo_put_answer (p, rng, 880, 40, "SUITABLE", "UNSUITABLE");
  *p++ = ',';
  p = demo_put_answer (p, rng, 910, 50, "SUITABLE", "UNSUITABLE");
  *p++ = ',';
  p = demo_put_answer (p, rng, 560, 60, "SUITABLE", "UNSUITABLE");
  *p++ = ',';
  p = demo_put_answer (p, rng, 610, 70, "SUITABLE", "UNSUITABLE");
  *p++ = ',';
  if (!demo_rng_chance (rng, 200))
    {
      guint offered = (guint) demo_rng_range (rng, 10, 25);

      p = demo_put_uint (p, offered, 1);
      *p++ = ',';
      p = demo_put_uint (p, (guint) demo_rng_range (rng, (gint32) offered / 3, (gint32) offered),
                         1);
    }
  else
    *p++ = ',';
  *p++ = ',';
  {
    gboolean send_blank = demo_rng_chance (rng, 60);
    gboolean send = !send_blank && demo_rng_chance (rng, 270);

    if (!send_blank)
      p = demo_put_str (p, send ? "YES" : "NO");
    *p++ = ',';
    if (send)
      p = demo_put_str (p, demo_rng_chance (rng, 430) ? "YES" : "NO");
  }
  *p++ = ',';
  p = demo_put_funnel (p, rng, 310, 850, 760);
  *p++ = ',';
  p = demo_put_funnel (p, rng, 190, 800, 640);
  *p++ = ',';
  p = demo_put_wider (p, rng);
  *p++ = ',';
  if (child->other_area)
    p = demo_put_str (p, "Other");
  *p++ = '\n';
  demo_file_end_row (file, p);
  return TRUE;
}

/* A victim now and then for an offence against a person or property, recorded a few days
 * after the outcome. */
static gboolean
demo_write_victim (DemoKpiWriter     *kpis,
                   const DemoArea    *area,
                   const DemoOutcome *outcome,
                   const char        *prefix,
                   GError           **error)
{
  DemoRng *rng = &kpis->rng;
  DemoFile *file = kpis->victims;
  gint32 recorded = outcome->outcome_day + demo_rng_range (rng, 2, 20);
  gboolean consented, requested;
  const char *comma = strchr (prefix, ',');
  char *p;

  if (recorded > area->end_day)
    return TRUE;
  if (!demo_file_reserve (file, error))
    return FALSE;
  p = file->buf + file->len;
  p = demo_put_str (p, "VIC-");
  p = demo_put_uint (p, ++kpis->n_victims, 7);
  *p++ = ',';
  memcpy (p, prefix, (gsize) (comma - prefix)); /* the child's id */
  p += comma - prefix;
  *p++ = ',';
  p = demo_put_date (p, recorded);
  *p++ = ',';
  p = demo_put_str (p, demo_rng_chance (rng, 900) ? "YES" : "NO");
  *p++ = ',';
  consented = demo_rng_chance (rng, 420);
  p = demo_put_str (p, consented ? "YES" : "NO");
  *p++ = ',';
  if (consented)
    p = demo_put_str (p, demo_rng_chance (rng, 820) ? "YES" : "NO");
  *p++ = ',';
  requested = demo_rng_chance (rng, 460);
  p = demo_put_str (p, requested ? "YES" : "NO");
  *p++ = ',';
  if (requested)
    p = demo_put_str (p, demo_rng_chance (rng, 920) ? "YES" : "NO");
  *p++ = '\n';
  demo_file_end_row (file, p);
  return TRUE;
}

gboolean
_bp_demo_kpis_child (DemoKpiWriter   *kpis,
                     const DemoArea  *area,
                     const DemoChild *child,
                     const char      *prefix,
                     gsize            prefix_len,
                     guint            n_outcomes,
                     GError         **error)
{
  for (guint i = 0; i < n_outcomes; i++)
    {
      const DemoOutcome *o = &child->outcomes[i];
      DemoOffenceGroup g = o->group;

      if (!demo_write_intervention (kpis, area, child, o, prefix, prefix_len, error))
        return FALSE;
      if ((g == DEMO_VATP || g == DEMO_ROBBERY || g == DEMO_BURGLARY || g == DEMO_THEFT ||
           g == DEMO_CRIMINAL_DAMAGE) && demo_types[o->type].tier != DEMO_TIER_INFORMAL &&
          demo_rng_chance (&kpis->rng, 700) &&
          !demo_write_victim (kpis, area, o, prefix, error))
        return FALSE;
    }
  return TRUE;
}

/* The board meets four times a year; seven senior partners are expected, and a
 * youth service manager attends as a non-senior member. */
gboolean
_bp_demo_write_board (DemoFile        *file,
                      const DemoArea  *area,
                      DemoRng         *rng,
                      GError         **error)
{
  static const struct { const char *partner; const char *member; } seats[] = {
    { "POLICE", "Chief Inspector" },
    { "PROBATION", "Head of Probation Delivery Unit" },
    { "HEALTH", "ICB Designated Nurse" },
    { "EDUCATION", "Head of Inclusion" },
    { "SOCIAL_CARE", "Director of Children's Services" },
    { "LOCAL_AUTHORITY", "Assistant Chief Executive" },
    { "COURTS", "Youth Court Legal Adviser" },
  };
  char *p = file->buf + file->len;
  int y, m, dd;

  p = demo_put_str (p, "meeting_date,partner,member,senior,attended,"
                       "disproportionality_data\n");
  demo_file_end_row (file, p);
  bp_day_to_ymd (area->start_day, &y, &m, &dd);
  for (int month = 0;; month += 3)
    {
      /* The month after the area's first, then every third: May, August, ... */
      int index = y * 12 + (m - 1) + 1 + month;
      gint32 day = bp_day_from_ymd (index / 12, index % 12 + 1, 12);

      if (day > area->end_day)
        break;
      for (guint s = 0; s <= G_N_ELEMENTS (seats); s++)
        {
          guint r = demo_rng_below (rng, 1000);
          gboolean senior = s < G_N_ELEMENTS (seats);
          const char *attended = r < 790 ? "YES" : r < 900 ? "DEPUTY" : "NO";

          if (!demo_file_reserve (file, error))
            return FALSE;
          p = file->buf + file->len;
          p = demo_put_date (p, day);
          *p++ = ',';
          p = demo_put_str (p, senior ? seats[s].partner : "OTHER");
          *p++ = ',';
          p = demo_put_str (p, senior ? seats[s].member : "Youth Service Manager");
          *p++ = ',';
          p = demo_put_str (p, senior ? "YES" : "NO");
          *p++ = ',';
          p = demo_put_str (p, attended);
          *p++ = ',';
          if (attended[0] == 'Y')
            p = demo_put_str (p, demo_rng_chance (rng, 300) ? "YES" : "NO");
          *p++ = '\n';
          demo_file_end_row (file, p);
        }
    }
  return TRUE;
}
