/* bp-store.c: the SQLite database that holds one area's imported data
 *
 * One file per area, created 0600 in a 0700 folder because it holds children's data.
 * The schema is versioned with PRAGMA user_version; migrations run in order, each in
 * its own transaction, so a database from any older Boardpack opens without losing data
 * and one from a newer Boardpack is refused rather than damaged.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>

#include "bp-store.h"

struct _BpStore
{
  GObject parent_instance;
  char *path;
  sqlite3 *db;
  int schema_version;
  gboolean read_only;  /* the file or its folder cannot be written: reports only */
};

G_DEFINE_FINAL_TYPE (BpStore, bp_store, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_QUARK (bp-store-error-quark, bp_store_error)

/* Migration N takes a database from version N-1 to N. Append only: never edit a
 * migration that has shipped. */
static const char *migrations[] = {
  /* 1: the first schema */
  "CREATE TABLE meta ("
  "  key TEXT PRIMARY KEY,"
  "  value TEXT NOT NULL"
  ");"
  "CREATE TABLE import_log ("
  "  id INTEGER PRIMARY KEY,"
  "  kind TEXT NOT NULL CHECK (kind IN ('outcomes', 'population', 'benchmarks')),"
  "  file_name TEXT NOT NULL,"
  "  imported_at TEXT NOT NULL,"
  "  encoding TEXT NOT NULL,"
  "  rows_new INTEGER NOT NULL DEFAULT 0,"
  "  rows_updated INTEGER NOT NULL DEFAULT 0,"
  "  rows_unchanged INTEGER NOT NULL DEFAULT 0,"
  "  rows_rejected INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE TABLE import_reject ("
  "  import_id INTEGER NOT NULL REFERENCES import_log (id) ON DELETE CASCADE,"
  "  line INTEGER NOT NULL,"
  "  message TEXT NOT NULL"
  ");"
  "CREATE INDEX import_reject_by_import ON import_reject (import_id);"
  /* Dates are days since 1970-01-01. Raw values are kept where a mapping is many to one
   * (ethnicity, outcome type) so the user can always see what they imported. */
  "CREATE TABLE outcome ("
  "  outcome_id TEXT NOT NULL PRIMARY KEY,"
  "  child_id TEXT NOT NULL,"
  "  date_of_birth INTEGER NOT NULL,"
  "  sex TEXT NOT NULL CHECK (sex IN ('M', 'F', 'U')),"
  "  ethnicity_raw TEXT NOT NULL,"
  "  ethnic_group INTEGER NOT NULL,"
  "  outcome_date INTEGER NOT NULL,"
  "  outcome_type TEXT NOT NULL,"
  "  outcome_type_raw TEXT NOT NULL,"
  "  tier INTEGER NOT NULL,"
  "  statutory INTEGER NOT NULL,"
  "  court INTEGER NOT NULL,"
  "  custodial INTEGER NOT NULL,"
  "  offence_date INTEGER,"
  "  offence_group TEXT,"
  "  gravity INTEGER,"
  "  local INTEGER NOT NULL,"
  "  release_date INTEGER,"
  "  row_hash INTEGER NOT NULL,"
  "  import_id INTEGER NOT NULL REFERENCES import_log (id)"
  ");"
  "CREATE INDEX outcome_by_child_date ON outcome (child_id, outcome_date);"
  "CREATE INDEX outcome_by_date ON outcome (outcome_date);"
  "CREATE TABLE population ("
  "  year INTEGER NOT NULL,"
  "  age TEXT NOT NULL,"
  "  age_min INTEGER NOT NULL,"
  "  age_max INTEGER NOT NULL,"
  "  sex TEXT NOT NULL,"
  "  ethnicity TEXT NOT NULL,"
  "  ethnic_group INTEGER,"
  "  count INTEGER NOT NULL CHECK (count >= 0),"
  "  source TEXT NOT NULL,"
  "  row_hash INTEGER NOT NULL,"
  "  import_id INTEGER NOT NULL REFERENCES import_log (id),"
  "  PRIMARY KEY (year, age, sex, ethnicity, source)"
  ");"
  "CREATE TABLE benchmark ("
  "  indicator TEXT NOT NULL,"
  "  period_start INTEGER NOT NULL,"
  "  period_end INTEGER NOT NULL,"
  "  area_type TEXT NOT NULL CHECK (area_type IN ('YJS', 'FAMILY', 'REGION', 'NATIONAL')),"
  "  area_name TEXT NOT NULL,"
  "  numerator_text TEXT,"
  "  denominator_text TEXT,"
  "  value_text TEXT NOT NULL,"
  "  value REAL NOT NULL,"
  "  rank INTEGER,"
  "  rank_of INTEGER,"
  "  source TEXT,"
  "  row_hash INTEGER NOT NULL,"
  "  import_id INTEGER NOT NULL REFERENCES import_log (id),"
  "  PRIMARY KEY (indicator, period_start, period_end, area_type, area_name)"
  ");",

  /* 2: the compact copy of the outcomes the indicators read (bp-case-data.c), and the
   * data version that tells when it is stale */
  "CREATE TABLE case_cache ("
  "  id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  data_version INTEGER NOT NULL,"
  "  format INTEGER NOT NULL,"
  "  records BLOB NOT NULL"
  ");"
  "INSERT INTO meta (key, value) VALUES ('data_version', '1');",

  /* 3: the area is set explicitly (boardpack area set), never guessed from the
   * benchmarks. A database whose benchmarks name exactly one youth justice service was
   * reported as that area before, and keeps it; one that names several is left unset,
   * so that no neighbour's figures are taken for the area's own. */
  "INSERT INTO meta (key, value) "
  "  SELECT 'area_name', MIN(area_name) FROM benchmark WHERE area_type = 'YJS' "
  "  HAVING COUNT(DISTINCT area_name) = 1 "
  "    AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'area_name');",

  /* 4: the values read as Unknown ethnicity, which data quality lists with their counts
   * (bp-data-quality.c) without reading every outcome: a partial index holds only the
   * Unknown rows (group 5, BP_ETHNIC_UNKNOWN), so an import barely pays for it. */
  "CREATE INDEX IF NOT EXISTS outcome_unknown_ethnicity ON outcome (ethnicity_raw) "
  "  WHERE ethnic_group = 5;",

  /* 5: a checksum of the cached case records and the data version (bp-case-data.c), so a
   * damaged cache is rebuilt, never read; the caches of older versions are dropped. */
  "DELETE FROM case_cache;"
  "ALTER TABLE case_cache ADD COLUMN checksum INTEGER NOT NULL DEFAULT 0;",

  /* 6: no query reads outcomes by child and date or by date (the indicators read the
   * whole table into the case cache once; EXPLAIN QUERY PLAN of every query on outcome
   * shows a scan or the outcome_id key): the two secondary indexes cost every import
   * about a third of its time and earned nothing. */
  "DROP INDEX IF EXISTS outcome_by_child_date;"
  "DROP INDEX IF EXISTS outcome_by_date;",

  /* 7: the inputs of the KPIs (kpis.md section 1). The import log learns their kinds:
   * SQLite cannot change a CHECK, so the log is copied into a new table (foreign keys
   * are off while migrations run: dropping the old log cascades nothing). Statuses are
   * NULL when not recorded, else 0 or 1. */
  "CREATE TABLE import_log_new ("
  "  id INTEGER PRIMARY KEY,"
  "  kind TEXT NOT NULL CHECK (kind IN ('outcomes', 'population', 'benchmarks', "
  "    'interventions', 'victims', 'board')),"
  "  file_name TEXT NOT NULL,"
  "  imported_at TEXT NOT NULL,"
  "  encoding TEXT NOT NULL,"
  "  rows_new INTEGER NOT NULL DEFAULT 0,"
  "  rows_updated INTEGER NOT NULL DEFAULT 0,"
  "  rows_unchanged INTEGER NOT NULL DEFAULT 0,"
  "  rows_rejected INTEGER NOT NULL DEFAULT 0"
  ");"
  "INSERT INTO import_log_new SELECT id, kind, file_name, imported_at, encoding, rows_new, "
  "  rows_updated, rows_unchanged, rows_rejected FROM import_log;"
  "DROP TABLE import_log;"
  "ALTER TABLE import_log_new RENAME TO import_log;"
  "CREATE TABLE intervention ("
  "  intervention_id TEXT NOT NULL PRIMARY KEY,"
  "  child_id TEXT NOT NULL,"
  "  date_of_birth INTEGER NOT NULL,"
  "  sex TEXT NOT NULL CHECK (sex IN ('M', 'F', 'U')),"
  "  ethnicity_raw TEXT NOT NULL,"
  "  ethnic_group INTEGER NOT NULL,"
  "  intervention_type TEXT NOT NULL,"
  "  intervention_type_raw TEXT NOT NULL,"
  "  start_date INTEGER NOT NULL,"
  "  end_date INTEGER,"
  "  end_reason TEXT,"
  "  accommodation_start INTEGER, accommodation_end INTEGER,"
  "  ete_start INTEGER, ete_end INTEGER,"
  "  ete_hours_offered REAL, ete_hours_attended REAL,"
  "  send INTEGER, send_plan INTEGER,"
  "  mh_need INTEGER, mh_offered INTEGER, mh_attending INTEGER,"
  "  sm_need INTEGER, sm_offered INTEGER, sm_attending INTEGER,"
  "  wider_services TEXT,"
  "  local INTEGER NOT NULL,"
  "  row_hash INTEGER NOT NULL,"
  "  import_id INTEGER NOT NULL REFERENCES import_log (id)"
  ");"
  "CREATE TABLE victim ("
  "  victim_id TEXT NOT NULL PRIMARY KEY,"
  "  child_id TEXT,"
  "  recorded_date INTEGER NOT NULL,"
  "  contacted INTEGER, consented INTEGER, rj_engaged INTEGER,"
  "  support_requested INTEGER, support_given INTEGER,"
  "  row_hash INTEGER NOT NULL,"
  "  import_id INTEGER NOT NULL REFERENCES import_log (id)"
  ");"
  "CREATE TABLE board_attendance ("
  "  meeting_date INTEGER NOT NULL,"
  "  partner TEXT NOT NULL,"
  "  member TEXT NOT NULL,"
  "  senior INTEGER NOT NULL,"
  "  attended TEXT NOT NULL CHECK (attended IN ('YES', 'NO', 'DEPUTY')),"
  "  disproportionality_data INTEGER,"
  "  row_hash INTEGER NOT NULL,"
  "  import_id INTEGER NOT NULL REFERENCES import_log (id),"
  "  PRIMARY KEY (meeting_date, partner, member)"
  ");",

  /* 8: the compact copy of the KPIs' inputs (bp-kpi-data.c), as the case cache is of the
   * outcomes: row 1 the interventions, 2 the victims, 3 the board register. */
  "CREATE TABLE kpi_cache ("
  "  id INTEGER PRIMARY KEY CHECK (id IN (1, 2, 3)),"
  "  data_version INTEGER NOT NULL,"
  "  format INTEGER NOT NULL,"
  "  records BLOB NOT NULL,"
  "  checksum INTEGER NOT NULL"
  ");",

  /* 9: the plan's own tables (data-formats.md, "Plan tables"): staffing, the budget (in
   * pence: a stated total is kept as stated, NULL when none) and the improvement plan,
   * whose status, progress and due date the window edits (edited_at). The import log
   * learns their kinds as in 7. */
  "CREATE TABLE import_log_new ("
  "  id INTEGER PRIMARY KEY,"
  "  kind TEXT NOT NULL CHECK (kind IN ('outcomes', 'population', 'benchmarks', "
  "    'interventions', 'victims', 'board', 'staffing', 'budget', 'actions')),"
  "  file_name TEXT NOT NULL,"
  "  imported_at TEXT NOT NULL,"
  "  encoding TEXT NOT NULL,"
  "  rows_new INTEGER NOT NULL DEFAULT 0,"
  "  rows_updated INTEGER NOT NULL DEFAULT 0,"
  "  rows_unchanged INTEGER NOT NULL DEFAULT 0,"
  "  rows_rejected INTEGER NOT NULL DEFAULT 0"
  ");"
  "INSERT INTO import_log_new SELECT id, kind, file_name, imported_at, encoding, rows_new, "
  "  rows_updated, rows_unchanged, rows_rejected FROM import_log;"
  "DROP TABLE import_log;"
  "ALTER TABLE import_log_new RENAME TO import_log;"
  "CREATE TABLE staff ("
  "  name_or_post TEXT NOT NULL,"
  "  role TEXT NOT NULL,"
  "  contract TEXT NOT NULL,"
  "  wte REAL NOT NULL,"
  "  sex TEXT NOT NULL CHECK (sex IN ('M', 'F', 'U')),"
  "  ethnicity_raw TEXT NOT NULL,"
  "  ethnic_group INTEGER NOT NULL,"
  "  agency TEXT NOT NULL,"
  "  row_hash INTEGER NOT NULL,"
  "  import_id INTEGER NOT NULL REFERENCES import_log (id),"
  "  PRIMARY KEY (name_or_post, role)"
  ");"
  "CREATE TABLE budget_line ("
  "  year INTEGER NOT NULL,"
  "  agency TEXT NOT NULL,"
  "  staffing_costs INTEGER NOT NULL,"
  "  payments_in_kind INTEGER NOT NULL,"
  "  other_delegated_funds INTEGER NOT NULL,"
  "  total INTEGER,"
  "  row_hash INTEGER NOT NULL,"
  "  import_id INTEGER NOT NULL REFERENCES import_log (id),"
  "  PRIMARY KEY (year, agency)"
  ");"
  "CREATE TABLE plan_action ("
  "  action_id TEXT NOT NULL PRIMARY KEY,"
  "  priority TEXT NOT NULL,"
  "  action TEXT NOT NULL,"
  "  lead TEXT NOT NULL,"
  "  due_date INTEGER,"
  "  status TEXT NOT NULL,"
  "  progress TEXT NOT NULL,"
  "  updated INTEGER,"
  "  edited_at TEXT,"
  "  row_hash INTEGER NOT NULL,"
  "  import_id INTEGER NOT NULL REFERENCES import_log (id)"
  ");",

  /* 10: the manager's commentary (cli.md, "Commentary"): one text per key and period
   * end, written in the window or with boardpack commentary set. */
  "CREATE TABLE commentary ("
  "  key TEXT NOT NULL,"
  "  period_end INTEGER NOT NULL,"
  "  text TEXT NOT NULL,"
  "  updated_at TEXT NOT NULL,"
  "  PRIMARY KEY (key, period_end)"
  ");",
};

static void
bp_store_finalize (GObject *object)
{
  BpStore *self = BP_STORE (object);

  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->path);

  G_OBJECT_CLASS (bp_store_parent_class)->finalize (object);
}

static void
bp_store_class_init (BpStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bp_store_finalize;

  /**
   * BpStore::changed:
   * Emitted after an import has committed new data.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
bp_store_init (BpStore *self)
{
}

/**
 * bp_store_default_path:
 * `$XDG_DATA_HOME/boardpack/boardpack.db`. Returns: (transfer full)
 */
char *
bp_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "boardpack", "boardpack.db", NULL);
}

gboolean
bp_store_set_error (BpStore  *self,
                    GError  **error)
{
  int code = sqlite3_errcode (self->db) & 0xff;

  /* A damaged file fails only when a damaged page is read: say what it means. The
   * statement's transaction is rolled back, so the file is left as it was. */
  if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
    g_set_error (error, BP_STORE_ERROR, BP_STORE_ERROR_NOT_A_DB,
                 /* Translators: the first %s is the database file's name, the second
                  * SQLite's message (in English); --db is a command-line option: keep it */
                 _("%s: the database is damaged (%s). It has not been changed; restore it "
                   "from a backup, or choose another file with --db."), self->path,
                 sqlite3_errmsg (self->db));
  else
    g_set_error (error, BP_STORE_ERROR, BP_STORE_ERROR_SQL,
                 /* Translators: the first %s is the database file's name, the second
                  * SQLite's message (in English), e.g. "boardpack.db: database error: disk
                  * I/O error" */
                 _("%s: database error: %s"), self->path, sqlite3_errmsg (self->db));
  return FALSE;
}

gboolean
bp_store_exec (BpStore     *self,
               const char  *sql,
               GError     **error)
{
  g_return_val_if_fail (BP_IS_STORE (self), FALSE);

  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return bp_store_set_error (self, error);
  return TRUE;
}

/* Returns: (transfer full) (nullable): a prepared statement, or %NULL with @error set */
sqlite3_stmt *
bp_store_prepare (BpStore     *self,
                  const char  *sql,
                  GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  g_return_val_if_fail (BP_IS_STORE (self), NULL);

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      bp_store_set_error (self, error);
      return NULL;
    }
  return stmt;
}

static gboolean
ensure_private_file (const char  *path,
                     GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, BP_STORE_ERROR, BP_STORE_ERROR_OPEN,
                   /* Translators: the first %s is a folder, the second the system's reason,
                    * e.g. "/home/sam/.local/share/boardpack: the folder could not be
                    * created (Permission denied)" */
                   _("%s: the folder could not be created (%s)"), dir, g_strerror (saved));
      return FALSE;
    }

  /* The data folder holds children's data: one left open to others (0755, say, by an
   * older version or by hand) is closed again. A folder the user chose for --db is
   * theirs to set. */
  {
    g_autofree char *default_path = bp_store_default_path ();
    g_autofree char *default_dir = g_path_get_dirname (default_path);
    struct stat st;

    if (g_strcmp0 (dir, default_dir) == 0 && stat (dir, &st) == 0 &&
        (st.st_mode & 0077) != 0 && st.st_uid == geteuid ())
      g_chmod (dir, 0700);
  }

  /* Create the file ourselves so SQLite never creates it with the umask's mode. */
  fd = open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, BP_STORE_ERROR, BP_STORE_ERROR_OPEN,
                   /* Translators: the first %s is the database file's name, the second the
                    * reason, e.g. "boardpack.db: the database could not be opened
                    * (Permission denied)" */
                   _("%s: the database could not be opened (%s)"), path, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

static gboolean
check_not_too_new (BpStore  *self,
                   GError  **error)
{
  int target = (int) G_N_ELEMENTS (migrations);

  if (self->schema_version > target)
    {
      g_set_error (error, BP_STORE_ERROR, BP_STORE_ERROR_TOO_NEW,
                   /* Translators: %s is the database file's name, the first %d the version
                    * of its layout, the second the newest this program knows, e.g.
                    * "boardpack.db: this database was written by a newer version of
                    * Boardpack (schema 5; this version knows up to 3). ..." */
                   _("%s: this database was written by a newer version of Boardpack (schema "
                     "%d; this version knows up to %d). Update Boardpack to open it; the "
                     "file has not been changed."), self->path, self->schema_version, target);
      return FALSE;
    }
  return TRUE;
}

static gboolean read_schema_version (BpStore  *self,
                                     GError  **error);

static gboolean migrate_steps (BpStore  *self,
                               int       target,
                               GError  **error);

static gboolean
migrate (BpStore  *self,
         GError  **error)
{
  int target = (int) G_N_ELEMENTS (migrations);

  if (!check_not_too_new (self, error))
    return FALSE;
  if (self->schema_version >= target)
    return TRUE;

  /* Off while the schema changes (a table rebuilt must not cascade), on again after. */
  if (!bp_store_exec (self, "PRAGMA foreign_keys = OFF", error))
    return FALSE;
  if (!migrate_steps (self, target, error))
    {
      sqlite3_exec (self->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
      return FALSE;
    }
  return bp_store_exec (self, "PRAGMA foreign_keys = ON", error);
}

static gboolean
migrate_steps (BpStore  *self,
               int       target,
               GError  **error)
{
  while (self->schema_version < target)
    {
      g_autofree char *set_version = NULL;
      int v;

      if (!bp_store_exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;
      /* Another process may have migrated while this one waited for the lock (several
       * imports started at once into a new database): read the version again under it. */
      if (!read_schema_version (self, error))
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
      v = self->schema_version;
      if (v >= target)
        return bp_store_exec (self, "COMMIT", error);
      set_version = g_strdup_printf ("PRAGMA user_version = %d", v + 1);
      if (!bp_store_exec (self, migrations[v], error) ||
          !bp_store_exec (self, set_version, error))
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
      if (!bp_store_exec (self, "COMMIT", error))
        return FALSE;
      self->schema_version = v + 1;
    }
  return TRUE;
}

static gboolean
read_schema_version (BpStore  *self,
                     GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  /* The first read of a file that is not SQLite fails here with SQLITE_NOTADB. */
  rc = sqlite3_prepare_v2 (self->db, "PRAGMA user_version", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      g_set_error (error, BP_STORE_ERROR, BP_STORE_ERROR_NOT_A_DB,
                   /* Translators: the first %s is the file's name, the second SQLite's
                    * message (in English); --db is a command-line option: keep it */
                   _("%s: this file is not a Boardpack database or it is damaged (%s). "
                     "It has not been changed; choose another file with --db."),
                   self->path, sqlite3_errmsg (self->db));
      return FALSE;
    }
  self->schema_version = sqlite3_column_int (stmt, 0);
  return TRUE;
}

/* Switches a database to WAL. On a new database another process may be doing the same
 * at that moment, and SQLite does not wait for that lock through the busy handler: it is
 * tried again for as long as the busy timeout. */
static gboolean
set_wal (BpStore  *self,
         GError  **error)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) BP_STORE_BUSY_TIMEOUT_MS * 1000;

  for (;;)
    {
      int rc = sqlite3_exec (self->db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);

      if (rc == SQLITE_OK)
        return TRUE;
      if ((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED)
        break;
      if (g_get_monotonic_time () > deadline)
        break;
      g_usleep (20 * 1000);
    }
  return bp_store_set_error (self, error);
}

/* Whether @path is a database of ours: one this program created has the meta table with
 * its data version. A foreign SQLite file with a user_version of its own must never be
 * taken for ours and migrated. */
static gboolean
has_our_tables (BpStore *self)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = bp_store_prepare (self, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                                 "AND name IN ('meta', 'import_log', 'outcome', 'population', "
                                 "'benchmark')", NULL);
  return stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) == 5;
}

static gboolean
has_any_table (BpStore *self)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = bp_store_prepare (self, "SELECT count(*) FROM sqlite_schema", NULL);
  return stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) > 0;
}

/* Whether the file exists but cannot be written, or its folder cannot be (SQLite keeps
 * its log and shared-memory files beside the database). */
static gboolean
cannot_write (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  return g_access (path, W_OK) != 0 || g_access (dir, W_OK) != 0;
}

static void
refuse_not_ours (BpStore  *self,
                 GError  **error)
{
  g_set_error (error, BP_STORE_ERROR, BP_STORE_ERROR_NOT_A_DB,
               /* Translators: %s is the file's name; --db is a command-line option: keep it */
               _("%s: this is an SQLite database from another program, not a Boardpack "
                 "database. It has not been changed; choose another file with --db."),
               self->path);
}

/**
 * bp_store_open:
 * @path: (nullable): the database file, or %NULL for the default
 *
 * Opens the database, creating it (0600, folder 0700) if it does not exist or is empty
 * (a file of 0 bytes, as a kill at the first write leaves), and brings its schema up to
 * date. A database that cannot be written (the file, or its folder) is opened read-only:
 * it can be reported on, charted and exported; bp_store_is_read_only() says so.
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error set
 */
BpStore *
bp_store_open (const char  *path,
               GError     **error)
{
  g_autoptr(BpStore) self = g_object_new (BP_TYPE_STORE, NULL);
  gboolean is_new;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  g_autofree char *uri = NULL;
  GStatBuf st;

  /* Memory statistics cost a mutex and a barrier on every allocation: a tenth of an
   * import's time. It must be set before SQLite is first used; later calls fail
   * harmlessly. */
  sqlite3_config (SQLITE_CONFIG_MEMSTATUS, 0);

  self->path = path ? g_strdup (path) : bp_store_default_path ();
  /* A file of 0 bytes is an empty database: SQLite itself sees it so. */
  is_new = g_stat (self->path, &st) != 0 || (S_ISREG (st.st_mode) && st.st_size == 0);
  if (g_stat (self->path, &st) == 0 && !S_ISREG (st.st_mode))
    {
      g_set_error (error, BP_STORE_ERROR, BP_STORE_ERROR_OPEN,
                   /* Translators: %s is what was given as the database; --db is a
                    * command-line option: keep it */
                   _("%s: not a regular file (a folder, a pipe or a device), so it cannot be "
                     "a database; choose a file with --db"), self->path);
      return NULL;
    }

  if (!is_new && cannot_write (self->path))
    {
      /* Read-only, and immutable: no lock or log file is needed beside it. */
      g_autofree char *absolute = g_canonicalize_filename (self->path, NULL);
      g_autofree char *escaped = g_uri_escape_string (absolute, "/", FALSE);

      self->read_only = TRUE;
      uri = g_strdup_printf ("file:%s?mode=ro&immutable=1", escaped);
      flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
    }
  else if (!ensure_private_file (self->path, error))
    return NULL;

  if (sqlite3_open_v2 (uri ? uri : self->path, &self->db, flags, NULL) != SQLITE_OK)
    {
      g_set_error (error, BP_STORE_ERROR, BP_STORE_ERROR_OPEN,
                   /* Translators: the first %s is the database file's name, the second the
                    * reason (SQLite's message, in English) */
                   _("%s: the database could not be opened (%s)"), self->path,
                   sqlite3_errmsg (self->db));
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, BP_STORE_BUSY_TIMEOUT_MS);

  /* The version and the tables are read in one snapshot: another process may be creating
   * this database at the same moment, and its first migration must not be seen half. */
  {
    gboolean ours;

    sqlite3_exec (self->db, "BEGIN", NULL, NULL, NULL);
    if (!read_schema_version (self, error))
      {
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
        return NULL;
      }
    ours = self->schema_version == 0 ? !has_any_table (self) : has_our_tables (self);
    sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);

    /* A file that is SQLite but not ours is refused, never converted: before anything
     * that writes, since even switching the journal mode changes the file. */
    if (!is_new && !ours)
      {
        refuse_not_ours (self, error);
        return NULL;
      }
  }
  if (!check_not_too_new (self, error))
    return NULL;

  if (self->read_only)
    {
      if (self->schema_version < (int) G_N_ELEMENTS (migrations))
        {
          g_set_error (error, BP_STORE_ERROR, BP_STORE_ERROR_OPEN,
                       /* Translators: %s is the database file's name */
                       _("%s: this database cannot be written (the file or its folder is "
                         "read-only), and it must be brought up to date by this version of "
                         "Boardpack before it can be used; make it writable once, or copy "
                         "it to a folder you can write to."), self->path);
          return NULL;
        }
      return g_steal_pointer (&self);
    }

  if (!set_wal (self, error) ||
      !bp_store_exec (self, "PRAGMA synchronous = NORMAL", error) ||
      !bp_store_exec (self, "PRAGMA foreign_keys = ON", error) ||
      !bp_store_exec (self, "PRAGMA cache_size = -32768", error))
    return NULL;

  if (!migrate (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * bp_store_begin_snapshot:
 * Starts a read transaction: everything read until bp_store_end_snapshot() comes from
 * one state of the database, whatever an import commits meanwhile (a pack must never
 * list an import on its data quality sheet whose outcomes it did not count).
 */
gboolean
bp_store_begin_snapshot (BpStore  *self,
                         GError  **error)
{
  g_return_val_if_fail (BP_IS_STORE (self), FALSE);
  if (!bp_store_exec (self, "BEGIN", error))
    return FALSE;
  /* BEGIN alone takes no lock: the first read does, and fixes the snapshot now. */
  (void) bp_store_data_version (self);
  return TRUE;
}

void
bp_store_end_snapshot (BpStore *self)
{
  g_return_if_fail (BP_IS_STORE (self));
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
}

/* Whether the database was opened read-only (its file or folder cannot be written). */
gboolean
bp_store_is_read_only (BpStore *self)
{
  g_return_val_if_fail (BP_IS_STORE (self), TRUE);
  return self->read_only;
}

const char *
bp_store_get_path (BpStore *self)
{
  g_return_val_if_fail (BP_IS_STORE (self), NULL);
  return self->path;
}

sqlite3 *
bp_store_get_db (BpStore *self)
{
  g_return_val_if_fail (BP_IS_STORE (self), NULL);
  return self->db;
}

int
bp_store_schema_version (BpStore *self)
{
  g_return_val_if_fail (BP_IS_STORE (self), 0);
  return self->schema_version;
}

/* The number of rows of @table, one of the store's own table names. */
gint64
bp_store_count (BpStore    *self,
                const char *table)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = NULL;

  g_return_val_if_fail (BP_IS_STORE (self), -1);
  g_return_val_if_fail (g_strcmp0 (table, "outcome") == 0 || g_strcmp0 (table, "population") == 0 ||
                        g_strcmp0 (table, "benchmark") == 0 || g_strcmp0 (table, "import_log") == 0,
                        -1);

  /* @table is one of four literals checked above, never data. */
  sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  stmt = bp_store_prepare (self, sql, NULL);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return -1;
  return sqlite3_column_int64 (stmt, 0);
}

gboolean
bp_store_get_meta (BpStore     *self,
                   const char  *key,
                   char       **out_value)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (BP_IS_STORE (self), FALSE);

  stmt = bp_store_prepare (self, "SELECT value FROM meta WHERE key = ?", NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return FALSE;
  if (out_value)
    *out_value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  return TRUE;
}

gboolean
bp_store_set_meta (BpStore     *self,
                   const char  *key,
                   const char  *value,
                   GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (BP_IS_STORE (self), FALSE);

  stmt = bp_store_prepare (self, "INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return bp_store_set_error (self, error);
  return TRUE;
}

/**
 * bp_store_get_area:
 * The area this database reports on, as set with bp_store_set_area().
 * Returns: (transfer full) (nullable): its name, or %NULL when none is set
 */
char *
bp_store_get_area (BpStore *self)
{
  char *name = NULL;

  g_return_val_if_fail (BP_IS_STORE (self), NULL);

  if (!bp_store_get_meta (self, "area_name", &name) || name == NULL || name[0] == '\0')
    {
      g_free (name);
      return NULL;
    }
  return name;
}

/**
 * bp_store_benchmark_services:
 * The youth justice services (area type YJS) the benchmarks name, sorted.
 * Returns: (transfer full): a %NULL-terminated array, empty when there are none
 */
char **
bp_store_benchmark_services (BpStore *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (BP_IS_STORE (self), NULL);

  stmt = bp_store_prepare (self, "SELECT DISTINCT area_name FROM benchmark "
                                 "WHERE area_type = 'YJS' ORDER BY area_name", NULL);
  while (stmt && sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  g_ptr_array_add (names, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

/**
 * bp_store_set_area:
 * @name: (nullable): the area's name as the benchmarks write it; %NULL or empty to unset
 *
 * Records which area the database reports on: `YJS` benchmarks of that name are its own
 * published figures, and every other `YJS` row is a neighbour's.
 */
gboolean
bp_store_set_area (BpStore     *self,
                   const char  *name,
                   GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name ? name : ""));

  g_return_val_if_fail (BP_IS_STORE (self), FALSE);

  if (!g_utf8_validate (trimmed, -1, NULL))
    {
      g_set_error_literal (error, BP_STORE_ERROR, BP_STORE_ERROR_INVALID,
                           _("The area's name is not valid text (UTF-8)."));
      return FALSE;
    }
  if (trimmed[0] == '\0')
    {
      g_autoptr(sqlite3_stmt) stmt = bp_store_prepare (self,
                                                       "DELETE FROM meta WHERE key = 'area_name'",
                                                       error);

      if (stmt == NULL || sqlite3_step (stmt) != SQLITE_DONE)
        return bp_store_set_error (self, error);
    }
  else if (!bp_store_set_meta (self, "area_name", trimmed, error))
    return FALSE;
  bp_store_emit_changed (self);
  return TRUE;
}

/**
 * bp_store_get_hidden_neighbours:
 *
 * The named neighbours (YJS rows of the benchmarks) that Preferences leave out of the
 * board pack. Kept as the ones hidden, so a neighbour imported later is shown.
 *
 * Returns: (transfer full) (array zero-terminated=1): the names, perhaps none
 */
char **
bp_store_get_hidden_neighbours (BpStore *self)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (BP_IS_STORE (self), NULL);

  if (!bp_store_get_meta (self, "pack_hidden_neighbours", &value) || value == NULL
      || value[0] == '\0')
    return g_new0 (char *, 1);
  return g_strsplit (value, "\x1f", -1);
}

/**
 * bp_store_set_hidden_neighbours:
 * @names: (array zero-terminated=1) (nullable): the neighbours to leave out of the pack
 */
gboolean
bp_store_set_hidden_neighbours (BpStore           *self,
                                const char *const *names,
                                GError           **error)
{
  g_autoptr(GString) value = g_string_new (NULL);

  g_return_val_if_fail (BP_IS_STORE (self), FALSE);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      /* The ASCII unit separator separates them: no published area's name holds it. */
      g_return_val_if_fail (strchr (names[i], '\x1f') == NULL, FALSE);
      if (value->len > 0)
        g_string_append_c (value, '\x1f');
      g_string_append (value, names[i]);
    }
  if (!bp_store_set_meta (self, "pack_hidden_neighbours", value->str, error))
    return FALSE;
  bp_store_emit_changed (self);
  return TRUE;
}

void
bp_store_emit_changed (BpStore *self)
{
  g_return_if_fail (BP_IS_STORE (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

/* A number that changes whenever imported data changes: derived data (the case cache)
 * records the version it was made from. */
gint64
bp_store_data_version (BpStore *self)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (BP_IS_STORE (self), 0);

  if (!bp_store_get_meta (self, "data_version", &value))
    return 0;
  return g_ascii_strtoll (value, NULL, 10);
}

gboolean
bp_store_bump_data_version (BpStore  *self,
                            GError  **error)
{
  g_return_val_if_fail (BP_IS_STORE (self), FALSE);

  return bp_store_exec (self, "UPDATE meta SET value = CAST (value AS INTEGER) + 1 "
                              "WHERE key = 'data_version'", error);
}

/* Whether any outcome is held. */
gboolean
bp_store_has_outcomes (BpStore *self)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (BP_IS_STORE (self), FALSE);

  stmt = bp_store_prepare (self, "SELECT EXISTS (SELECT 1 FROM outcome)", NULL);
  return stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) != 0;
}
