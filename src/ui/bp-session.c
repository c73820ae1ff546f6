/* bp-session.c: what the window shows: one database, one period, one report
 *
 * The store's connection belongs to the main thread. Loading the case data and computing
 * a report run in worker threads on a second connection to the same file (SQLite
 * connections are not shared between threads here), and their results are swapped in on
 * the main thread, so the window never waits for the data.
 *
 * A reload (after an import, or on a new database) reads everything again; a new period
 * or stage only computes a report from the data already in memory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gtk/gtk.h>
#include <string.h>

#include "bp-case-data.h"
#include "bp-population.h"
#include "bp-session.h"
#include "bp-ui-format.h"

/* The data loaded from one database, shared with the workers that compute reports. */
typedef struct
{
  BpCaseData   *cases;
  BpPopulation *population;
  BpStore      *store;  /* the workers' connection: one worker at a time, under mutex */
  GMutex        mutex;
} SessionData;

typedef struct
{
  char          *path;
  BpDay          period_end;       /* asked for; BP_DAY_INVALID: the latest */
  BpDay          used_period_end;  /* what a reload used: the same, or the latest when the
                                    * period asked for is not in the data */
  BpStage        stage;            /* the board pack's (Preferences) */
  int            years;            /* the board pack's pooled years (Preferences) */
  BpStage        page_stage;       /* the Disproportionality page's own choices */
  int            page_years;
  int            page_tier;        /* -1: every tier */
  guint64        generation;
  SessionData   *data;       /* a reload makes it, a compute takes a reference */
  /* results */
  gboolean       empty;
  BpReport      *report;
  BpReport      *page_report;      /* (nullable): the report for page_stage, if another */
  GArray        *period_ends;
  BpDataQuality *quality;
} Job;

struct _BpSession
{
  GObject         parent_instance;

  BpStore        *store;
  gulong          changed_id;
  BpSessionState  state;
  char           *error_message;

  SessionData    *data;
  BpReport       *report;
  BpReport       *page_report;  /* (nullable): for page_stage, when it is not stage */
  SessionData    *report_data;  /* the data the report's strings point into */
  BpDataQuality  *quality;      /* (nullable) */
  GtkStringList  *periods;      /* labels, newest first */
  GArray         *period_ends;  /* BpDay, parallel to periods */
  BpDay           period_end;   /* requested; BP_DAY_INVALID: the latest */
  BpStage         stage;        /* the board pack's stage, from Preferences */
  int             years;        /* the board pack's pooled years, from Preferences */
  BpStage         page_stage;   /* the Disproportionality page's: it changes nothing else */
  int             page_years;
  int             page_tier;    /* -1: every tier */

  char           *data_area;    /* the database's area (bp_store_set_area()); "" unset */
  int             palette;
  double          rri_threshold;
  gboolean        comparator_family;
  gboolean        comparator_region;
  gboolean        comparator_national;

  GCancellable   *load_cancellable;
  guint64         load_generation;
  guint64         compute_generation;
  guint           n_running;
  gboolean        loading;
  gboolean        updating_periods;
};

G_DEFINE_FINAL_TYPE (BpSession, bp_session, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_STATE,
  PROP_REPORT,
  PROP_COMPUTING,
  PROP_PERIOD_INDEX,
  PROP_STAGE,
  PROP_DISPARITY_YEARS,
  PROP_AREA_NAME,
  PROP_PALETTE,
  PROP_RRI_THRESHOLD,
  PROP_COMPARATOR_FAMILY,
  PROP_COMPARATOR_REGION,
  PROP_COMPARATOR_NATIONAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  RELOADED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* --- shared data ------------------------------------------------------------------- */

static void
session_data_clear (gpointer mem)
{
  SessionData *data = mem;

  g_clear_pointer (&data->cases, bp_case_data_free);
  g_clear_pointer (&data->population, bp_population_free);
  g_clear_object (&data->store);
  g_mutex_clear (&data->mutex);
}

static SessionData *
session_data_ref (SessionData *data)
{
  return g_atomic_rc_box_acquire (data);
}

static void
session_data_unref (SessionData *data)
{
  g_atomic_rc_box_release_full (data, session_data_clear);
}

static void
job_free (gpointer mem)
{
  Job *job = mem;

  g_free (job->path);
  g_clear_pointer (&job->data, session_data_unref);
  g_clear_pointer (&job->report, bp_report_free);
  g_clear_pointer (&job->page_report, bp_report_free);
  g_clear_pointer (&job->period_ends, g_array_unref);
  g_clear_pointer (&job->quality, bp_data_quality_free);
  g_free (job);
}

/* --- work in threads --------------------------------------------------------------- */

/* Quarter ends from the first with outcomes to the default period end, newest first. */
static GArray *
list_period_ends (BpCaseData *cases,
                  BpDay       first_outcome)
{
  GArray *ends = g_array_new (FALSE, FALSE, sizeof (BpDay));
  BpDay last, q;

  if (cases->latest_outcome == BP_DAY_INVALID)
    return ends;
  last = bp_default_period_end (cases->latest_outcome);
  q = bp_quarter_end_on_or_before (first_outcome);
  if (q < first_outcome)
    q = bp_quarter_end_add (q, 1);
  for (BpDay end = last; end >= q; end = bp_quarter_end_add (end, -1))
    g_array_append_val (ends, end);
  if (ends->len == 0)
    g_array_append_val (ends, last);
  return ends;
}

static gboolean
has_period_end (GArray *ends,
                BpDay   end)
{
  for (guint i = 0; i < ends->len; i++)
    if (g_array_index (ends, BpDay, i) == end)
      return TRUE;
  return FALSE;
}

/* The report options of the board pack's choices, and of the page's. */
static BpReportOptions
job_options (const Job *job,
             BpDay      period_end)
{
  BpReportOptions options = { period_end, job->stage, job->years };

  return options;
}

static BpReportOptions
job_page_options (const Job *job,
                  BpDay      period_end)
{
  BpReportOptions options = { period_end, job->page_stage, job->page_years,
                              job->page_tier >= 0, MAX (job->page_tier, 0) };

  return options;
}

/* Whether the Disproportionality page needs a report of its own. */
static gboolean
job_page_differs (const Job *job)
{
  return job->page_stage != job->stage || job->page_years != job->years ||
         job->page_tier >= 0;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(BpStore) store = NULL;
  g_autoptr(BpCaseData) cases = NULL;
  g_autoptr(BpPopulation) population = NULL;
  BpReportOptions options = job_options (job, BP_DAY_INVALID);
  GError *error = NULL;

  store = bp_store_open (job->path, &error);
  if (store == NULL || (cases = bp_case_data_load (store, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (cases->n_records == 0)
    {
      job->empty = TRUE;
      g_task_return_boolean (task, TRUE);
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    return;

  population = bp_population_load (store, &error);
  if (population == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  job->quality = bp_data_quality_compute (store, cases, population);
  job->period_ends = list_period_ends (cases, job->quality->first_outcome);
  if (job->period_end != BP_DAY_INVALID && has_period_end (job->period_ends, job->period_end))
    job->used_period_end = job->period_end;
  else
    job->used_period_end = BP_DAY_INVALID;
  options.period_end = job->used_period_end;

  job->report = bp_report_compute_from (cases, population, store, &options, &error);
  if (job->report != NULL && job_page_differs (job))
    {
      BpReportOptions page = job_page_options (job, options.period_end);

      job->page_report = bp_report_compute_from (cases, population, store, &page, &error);
    }
  if (job->report == NULL || (job_page_differs (job) && job->page_report == NULL))
    {
      g_task_return_error (task, error);
      return;
    }

  job->data = g_atomic_rc_box_new0 (SessionData);
  g_mutex_init (&job->data->mutex);
  job->data->cases = g_steal_pointer (&cases);
  job->data->population = g_steal_pointer (&population);
  job->data->store = g_steal_pointer (&store);
  g_task_return_boolean (task, TRUE);
}

static void
compute_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Job *job = task_data;
  BpReportOptions options = job_options (job, job->period_end);
  GError *error = NULL;

  g_mutex_lock (&job->data->mutex);
  job->report = bp_report_compute_from (job->data->cases, job->data->population,
                                        job->data->store, &options, &error);
  if (job->report != NULL && job_page_differs (job))
    {
      BpReportOptions page = job_page_options (job, job->period_end);

      job->page_report = bp_report_compute_from (job->data->cases, job->data->population,
                                                 job->data->store, &page, &error);
      if (job->page_report == NULL)
        g_clear_pointer (&job->report, bp_report_free);
    }
  g_mutex_unlock (&job->data->mutex);
  if (job->report == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* --- main thread ------------------------------------------------------------------- */

static void
set_state (BpSession      *self,
           BpSessionState  state)
{
  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
running_changed (BpSession *self,
                 int        delta)
{
  gboolean was = self->n_running > 0;

  self->n_running += delta;
  if (was != (self->n_running > 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPUTING]);
}

static void
set_report (BpSession   *self,
            BpReport    *report,
            BpReport    *page_report,
            SessionData *data)
{
  gboolean area_changed;

  g_clear_pointer (&self->report, bp_report_free);
  g_clear_pointer (&self->page_report, bp_report_free);
  g_clear_pointer (&self->report_data, session_data_unref);
  self->report = report;
  self->page_report = page_report;
  self->report_data = data ? session_data_ref (data) : NULL;
  area_changed = report != NULL && g_strcmp0 (self->data_area, report->area) != 0;
  if (area_changed)
    {
      g_free (self->data_area);
      self->data_area = g_strdup (report->area);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
  if (area_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AREA_NAME]);
}

static void
set_periods (BpSession *self,
             GArray    *ends)
{
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->periods));
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; ends && i < ends->len; i++)
    g_ptr_array_add (labels, bp_ui_format_period_label (g_array_index (ends, BpDay, i)));
  g_ptr_array_add (labels, NULL);

  g_clear_pointer (&self->period_ends, g_array_unref);
  self->period_ends = ends ? g_array_ref (ends) : g_array_new (FALSE, FALSE, sizeof (BpDay));

  /* A selector bound to period-index follows the list; what it writes back meanwhile is
   * not the user's choice. */
  self->updating_periods = TRUE;
  gtk_string_list_splice (self->periods, 0, n_old, (const char * const *) labels->pdata);
  self->updating_periods = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD_INDEX]);
}

static void start_compute (BpSession *self);

static void
on_compute_done_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  BpSession *self = BP_SESSION (object);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  running_changed (self, -1);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (job->generation == self->compute_generation)
        g_warning ("The report could not be computed: %s", error->message);
      return;
    }
  if (job->generation != self->compute_generation || job->data != self->data)
    return;
  set_report (self, g_steal_pointer (&job->report), g_steal_pointer (&job->page_report),
              job->data);
}

static void
start_compute (BpSession *self)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  if (self->data == NULL || self->loading)
    return; /* the load in progress computes with the latest choices when it ends */

  job = g_new0 (Job, 1);
  job->period_end = self->period_end;
  job->stage = self->stage;
  job->years = self->years;
  job->page_stage = self->page_stage;
  job->page_years = self->page_years;
  job->page_tier = self->page_tier;
  job->generation = ++self->compute_generation;
  job->data = session_data_ref (self->data);

  task = g_task_new (self, NULL, on_compute_done_cb, NULL);
  g_task_set_source_tag (task, start_compute);
  g_task_set_task_data (task, job, job_free);
  running_changed (self, +1);
  g_task_run_in_thread (task, compute_thread);
}

static void
on_load_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  BpSession *self = BP_SESSION (object);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  running_changed (self, -1);
  if (job->generation != self->load_generation)
    return;
  self->loading = FALSE;

  if (!ok)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      g_free (self->error_message);
      self->error_message = g_strdup (error->message);
      set_report (self, NULL, NULL, NULL);
      set_state (self, BP_SESSION_FAILED);
      g_signal_emit (self, signals[RELOADED], 0);
      return;
    }

  g_clear_pointer (&self->data, session_data_unref);
  g_clear_pointer (&self->quality, bp_data_quality_free);
  if (job->empty)
    {
      set_periods (self, NULL);
      set_report (self, NULL, NULL, NULL);
      set_state (self, BP_SESSION_EMPTY);
      g_signal_emit (self, signals[RELOADED], 0);
      return;
    }

  self->data = g_steal_pointer (&job->data);
  self->quality = g_steal_pointer (&job->quality);
  if (self->period_end == job->period_end)
    self->period_end = job->used_period_end; /* the period asked for may be gone */
  set_periods (self, job->period_ends);
  set_report (self, g_steal_pointer (&job->report), g_steal_pointer (&job->page_report),
              self->data);
  set_state (self, BP_SESSION_READY);
  g_signal_emit (self, signals[RELOADED], 0);

  /* The user chose another period or stage while the data was loading. */
  if (self->period_end != job->used_period_end || self->stage != job->stage ||
      self->years != job->years || self->page_stage != job->page_stage ||
      self->page_years != job->page_years || self->page_tier != job->page_tier)
    start_compute (self);
}

static void
on_store_changed_cb (BpStore   *store,
                     BpSession *self)
{
  bp_session_reload (self);
}

/* --- GObject ----------------------------------------------------------------------- */

static void
bp_session_dispose (GObject *object)
{
  BpSession *self = BP_SESSION (object);

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);
  g_clear_object (&self->periods);

  G_OBJECT_CLASS (bp_session_parent_class)->dispose (object);
}

static void
bp_session_finalize (GObject *object)
{
  BpSession *self = BP_SESSION (object);

  g_clear_pointer (&self->report, bp_report_free);
  g_clear_pointer (&self->page_report, bp_report_free);
  g_clear_pointer (&self->report_data, session_data_unref);
  g_clear_pointer (&self->data, session_data_unref);
  g_clear_pointer (&self->period_ends, g_array_unref);
  g_clear_pointer (&self->quality, bp_data_quality_free);
  g_free (self->error_message);
  g_free (self->data_area);

  G_OBJECT_CLASS (bp_session_parent_class)->finalize (object);
}

static void
set_boolean (BpSession *self,
             gboolean  *field,
             gboolean   value,
             int        prop)
{
  value = !!value;
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
bp_session_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  BpSession *self = BP_SESSION (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;
    case PROP_REPORT:
      g_value_set_pointer (value, self->report);
      break;
    case PROP_COMPUTING:
      g_value_set_boolean (value, bp_session_get_computing (self));
      break;
    case PROP_PERIOD_INDEX:
      g_value_set_uint (value, bp_session_get_period_index (self));
      break;
    case PROP_STAGE:
      g_value_set_int (value, self->stage);
      break;
    case PROP_DISPARITY_YEARS:
      g_value_set_int (value, self->years);
      break;
    case PROP_AREA_NAME:
      g_value_set_string (value, bp_session_get_area_name (self));
      break;
    case PROP_PALETTE:
      g_value_set_int (value, self->palette);
      break;
    case PROP_RRI_THRESHOLD:
      g_value_set_double (value, self->rri_threshold);
      break;
    case PROP_COMPARATOR_FAMILY:
      g_value_set_boolean (value, self->comparator_family);
      break;
    case PROP_COMPARATOR_REGION:
      g_value_set_boolean (value, self->comparator_region);
      break;
    case PROP_COMPARATOR_NATIONAL:
      g_value_set_boolean (value, self->comparator_national);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bp_session_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  BpSession *self = BP_SESSION (object);

  switch (prop_id)
    {
    case PROP_STORE:
      bp_session_set_store (self, g_value_get_object (value));
      break;
    case PROP_PERIOD_INDEX:
      bp_session_set_period_index (self, g_value_get_uint (value));
      break;
    case PROP_STAGE:
      bp_session_set_stage (self, g_value_get_int (value));
      break;
    case PROP_DISPARITY_YEARS:
      bp_session_set_disparity_years (self, g_value_get_int (value));
      break;
    case PROP_AREA_NAME:
      bp_session_set_area_name (self, g_value_get_string (value), NULL);
      break;
    case PROP_PALETTE:
      if (self->palette != g_value_get_int (value))
        {
          self->palette = g_value_get_int (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_RRI_THRESHOLD:
      if (self->rri_threshold != g_value_get_double (value))
        {
          self->rri_threshold = g_value_get_double (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_COMPARATOR_FAMILY:
      set_boolean (self, &self->comparator_family, g_value_get_boolean (value), prop_id);
      break;
    case PROP_COMPARATOR_REGION:
      set_boolean (self, &self->comparator_region, g_value_get_boolean (value), prop_id);
      break;
    case PROP_COMPARATOR_NATIONAL:
      set_boolean (self, &self->comparator_national, g_value_get_boolean (value), prop_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bp_session_class_init (BpSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = bp_session_dispose;
  object_class->finalize = bp_session_finalize;
  object_class->get_property = bp_session_get_property;
  object_class->set_property = bp_session_set_property;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, BP_TYPE_STORE, rw);
  properties[PROP_STATE] = g_param_spec_int ("state", NULL, NULL, BP_SESSION_EMPTY,
                                             BP_SESSION_FAILED, BP_SESSION_EMPTY, ro);
  /* A const BpReport *, valid until the next notification. */
  properties[PROP_REPORT] = g_param_spec_pointer ("report", NULL, NULL, ro);
  properties[PROP_COMPUTING] = g_param_spec_boolean ("computing", NULL, NULL, FALSE, ro);
  properties[PROP_PERIOD_INDEX] = g_param_spec_uint ("period-index", NULL, NULL, 0, G_MAXUINT,
                                                     GTK_INVALID_LIST_POSITION, rw);
  properties[PROP_STAGE] = g_param_spec_int ("stage", NULL, NULL, 0, BP_N_STAGES - 1,
                                             BP_STAGE_CAUTIONED_OR_SENTENCED, rw);
  /* The financial years the board pack's disproportionality is pooled over (Preferences) */
  properties[PROP_DISPARITY_YEARS] = g_param_spec_int ("disparity-years", NULL, NULL, 1, 3, 1,
                                                       rw);
  properties[PROP_AREA_NAME] = g_param_spec_string ("area-name", NULL, NULL, NULL, rw);
  properties[PROP_PALETTE] = g_param_spec_int ("palette", NULL, NULL, 0, 1, 0, rw);
  properties[PROP_RRI_THRESHOLD] = g_param_spec_double ("rri-threshold", NULL, NULL, 0, 10, 0,
                                                        rw);
  properties[PROP_COMPARATOR_FAMILY] = g_param_spec_boolean ("comparator-family", NULL, NULL,
                                                             TRUE, rw);
  properties[PROP_COMPARATOR_REGION] = g_param_spec_boolean ("comparator-region", NULL, NULL,
                                                             TRUE, rw);
  properties[PROP_COMPARATOR_NATIONAL] = g_param_spec_boolean ("comparator-national", NULL,
                                                               NULL, TRUE, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BpSession::reloaded:
   * The data was read again (after an import, or from another database).
   */
  signals[RELOADED] = g_signal_new ("reloaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
bp_session_init (BpSession *self)
{
  self->periods = gtk_string_list_new (NULL);
  self->period_ends = g_array_new (FALSE, FALSE, sizeof (BpDay));
  self->period_end = BP_DAY_INVALID;
  self->stage = BP_STAGE_CAUTIONED_OR_SENTENCED;
  self->page_stage = BP_STAGE_CAUTIONED_OR_SENTENCED;
  self->years = self->page_years = 1;
  self->page_tier = -1;
  self->comparator_family = TRUE;
  self->comparator_region = TRUE;
  self->comparator_national = TRUE;
  g_clear_pointer (&self->quality, bp_data_quality_free);
}

/* --- public API -------------------------------------------------------------------- */

/**
 * bp_session_new:
 * @store: the main thread's connection
 *
 * Returns: (transfer full): a session that starts loading @store's data at once
 */
BpSession *
bp_session_new (BpStore *store)
{
  g_return_val_if_fail (BP_IS_STORE (store), NULL);

  return g_object_new (BP_TYPE_SESSION, "store", store, NULL);
}

BpStore *
bp_session_get_store (BpSession *self)
{
  g_return_val_if_fail (BP_IS_SESSION (self), NULL);
  return self->store;
}

/* Shows another database: its data is read again from the start. */
void
bp_session_set_store (BpSession *self,
                      BpStore   *store)
{
  g_return_if_fail (BP_IS_SESSION (self));
  g_return_if_fail (store == NULL || BP_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_set_object (&self->store, store);
  if (store != NULL)
    self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb),
                                         self);
  self->period_end = BP_DAY_INVALID;
  g_clear_pointer (&self->data, session_data_unref);
  set_report (self, NULL, NULL, NULL);
  set_periods (self, NULL);
  g_clear_pointer (&self->quality, bp_data_quality_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
  if (store != NULL)
    {
      set_state (self, bp_store_has_outcomes (store) ? BP_SESSION_LOADING : BP_SESSION_EMPTY);
      bp_session_reload (self);
    }
}

/**
 * bp_session_reload:
 * Reads the data again in a worker thread. The state says at once whether there is case
 * data (a cheap query), so an empty database never shows a loading window.
 */
void
bp_session_reload (BpSession *self)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (BP_IS_SESSION (self));
  g_return_if_fail (self->store != NULL);

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();

  job = g_new0 (Job, 1);
  job->path = g_strdup (bp_store_get_path (self->store));
  job->period_end = self->period_end;
  job->stage = self->stage;
  job->years = self->years;
  job->page_stage = self->page_stage;
  job->page_years = self->page_years;
  job->page_tier = self->page_tier;
  job->generation = ++self->load_generation;
  self->compute_generation++; /* reports being computed from the old data are dropped */
  self->loading = TRUE;

  if (self->state != BP_SESSION_READY)
    set_state (self, bp_store_has_outcomes (self->store) ? BP_SESSION_LOADING : BP_SESSION_EMPTY);

  task = g_task_new (self, self->load_cancellable, on_load_done_cb, NULL);
  g_task_set_source_tag (task, bp_session_reload);
  g_task_set_task_data (task, job, job_free);
  running_changed (self, +1);
  g_task_run_in_thread (task, load_thread);
}

BpSessionState
bp_session_get_state (BpSession *self)
{
  g_return_val_if_fail (BP_IS_SESSION (self), BP_SESSION_EMPTY);
  return self->state;
}

const char *
bp_session_get_error_message (BpSession *self)
{
  g_return_val_if_fail (BP_IS_SESSION (self), NULL);
  return self->error_message;
}

/* Whether data is being read or a report computed. */
gboolean
bp_session_get_computing (BpSession *self)
{
  g_return_val_if_fail (BP_IS_SESSION (self), FALSE);
  return self->n_running > 0;
}

/**
 * bp_session_get_report:
 * Returns: (transfer none) (nullable): the report of the chosen period, valid until the
 *   next notification of BpSession:report
 */
const BpReport *
bp_session_get_report (BpSession *self)
{
  g_return_val_if_fail (BP_IS_SESSION (self), NULL);
  return self->report;
}

const BpDataQuality *
bp_session_get_data_quality (BpSession *self)
{
  g_return_val_if_fail (BP_IS_SESSION (self), NULL);
  return self->quality;
}

/**
 * bp_session_get_periods:
 * Returns: (transfer none): the reporting periods (a list of strings), newest first
 */
GListModel *
bp_session_get_periods (BpSession *self)
{
  g_return_val_if_fail (BP_IS_SESSION (self), NULL);
  return G_LIST_MODEL (self->periods);
}

guint
bp_session_get_period_index (BpSession *self)
{
  g_return_val_if_fail (BP_IS_SESSION (self), GTK_INVALID_LIST_POSITION);

  if (self->period_ends->len == 0)
    return GTK_INVALID_LIST_POSITION;
  for (guint i = 0; i < self->period_ends->len; i++)
    if (g_array_index (self->period_ends, BpDay, i) == self->period_end)
      return i;
  return 0;
}

/* Chooses the period by its place in bp_session_get_periods(); 0 is the latest. */
void
bp_session_set_period_index (BpSession *self,
                             guint      index)
{
  BpDay end;

  g_return_if_fail (BP_IS_SESSION (self));

  if (self->updating_periods || index >= self->period_ends->len)
    return;
  end = index == 0 ? BP_DAY_INVALID : g_array_index (self->period_ends, BpDay, index);
  if (end == self->period_end)
    return;
  self->period_end = end;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD_INDEX]);
  start_compute (self);
}

/* The end of the period shown, or BP_DAY_INVALID before there is a report. */
BpDay
bp_session_get_period_end (BpSession *self)
{
  g_return_val_if_fail (BP_IS_SESSION (self), BP_DAY_INVALID);

  if (self->report != NULL)
    return self->report->period.end;
  return self->period_end;
}

BpStage
bp_session_get_stage (BpSession *self)
{
  g_return_val_if_fail (BP_IS_SESSION (self), BP_STAGE_CAUTIONED_OR_SENTENCED);
  return self->stage;
}

/**
 * bp_session_set_page_stage:
 * The stage the Disproportionality page shows. It is the page's own view: the Overview
 * and the board pack keep the stage of Preferences (bp_session_set_stage()).
 */
void
bp_session_set_page_stage (BpSession *self,
                           BpStage    stage)
{
  g_return_if_fail (BP_IS_SESSION (self));

  bp_session_set_page_disparity (self, stage, self->page_years, self->page_tier);
}

/**
 * bp_session_set_page_disparity:
 * @years: pooled over 1, 2 or 3 financial years
 * @tier: only outcomes of this #BpTier, or -1 for every tier
 *
 * The Disproportionality page's choices, as bp_session_set_page_stage().
 */
void
bp_session_set_page_disparity (BpSession *self,
                               BpStage    stage,
                               int        years,
                               int        tier)
{
  g_return_if_fail (BP_IS_SESSION (self));
  g_return_if_fail ((int) stage >= 0 && stage < BP_N_STAGES);
  g_return_if_fail (years >= 1 && years <= 3);
  g_return_if_fail (tier >= -1 && tier < BP_N_TIERS);

  if (self->page_stage == stage && self->page_years == years && self->page_tier == tier)
    return;
  self->page_stage = stage;
  self->page_years = years;
  self->page_tier = tier;
  start_compute (self);
}

/* The board pack's pooled years (Preferences). */
void
bp_session_set_disparity_years (BpSession *self,
                                int        years)
{
  g_return_if_fail (BP_IS_SESSION (self));
  g_return_if_fail (years >= 1 && years <= 3);

  if (self->years == years)
    return;
  self->years = years;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPARITY_YEARS]);
  start_compute (self);
}

int
bp_session_get_disparity_years (BpSession *self)
{
  g_return_val_if_fail (BP_IS_SESSION (self), 1);
  return self->years;
}

BpStage
bp_session_get_page_stage (BpSession *self)
{
  g_return_val_if_fail (BP_IS_SESSION (self), BP_STAGE_CAUTIONED_OR_SENTENCED);
  return self->page_stage;
}

/**
 * bp_session_get_page_report:
 * The report for the Disproportionality page's stage: the board pack's report when the
 * two stages are the same.
 * Returns: (transfer none) (nullable)
 */
const BpReport *
bp_session_get_page_report (BpSession *self)
{
  g_return_val_if_fail (BP_IS_SESSION (self), NULL);
  return self->page_report ? self->page_report : self->report;
}

/* The stage of the board pack and the Overview (Preferences). */
void
bp_session_set_stage (BpSession *self,
                      BpStage    stage)
{
  g_return_if_fail (BP_IS_SESSION (self));
  g_return_if_fail ((int) stage >= 0 && stage < BP_N_STAGES);

  if (self->stage == stage)
    return;
  self->stage = stage;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE]);
  start_compute (self);
}

/* The area the database reports on, "" when none is set. */
const char *
bp_session_get_area_name (BpSession *self)
{
  g_return_val_if_fail (BP_IS_SESSION (self), "");

  return self->data_area != NULL ? self->data_area : "";
}

/**
 * bp_session_set_area_name:
 * @name: (nullable): the area as the benchmarks name it; %NULL or "" to unset
 *
 * Records the area in the database (never in the user's settings: it belongs to the
 * data), which recomputes the report; "area-name" follows when it is ready.
 */
gboolean
bp_session_set_area_name (BpSession   *self,
                          const char  *name,
                          GError     **error)
{
  g_return_val_if_fail (BP_IS_SESSION (self), FALSE);

  if (g_strcmp0 (bp_session_get_area_name (self), name ? name : "") == 0)
    return TRUE;
  return bp_store_set_area (self->store, name, error);
}

int
bp_session_get_palette (BpSession *self)
{
  g_return_val_if_fail (BP_IS_SESSION (self), 0);
  return self->palette;
}

double
bp_session_get_rri_threshold (BpSession *self)
{
  g_return_val_if_fail (BP_IS_SESSION (self), 0);
  return self->rri_threshold;
}

/* Whether comparators of @area_type (FAMILY, REGION, NATIONAL) are shown. */
gboolean
bp_session_get_show_comparator (BpSession  *self,
                                const char *area_type)
{
  g_return_val_if_fail (BP_IS_SESSION (self), FALSE);

  if (g_strcmp0 (area_type, "FAMILY") == 0)
    return self->comparator_family;
  if (g_strcmp0 (area_type, "REGION") == 0)
    return self->comparator_region;
  if (g_strcmp0 (area_type, "NATIONAL") == 0)
    return self->comparator_national;
  return TRUE;
}
