-- Schema 5: saved export profiles, and what each profile has exported, so that "only what is
-- new since the last export of this profile" never exports a transaction twice. (Number 4 is
-- another change; migrations are applied by their number, in order.)
--
-- export_items keeps, per profile and transaction, the values the bookkeeper received in the
-- file: when the cache's transaction later differs in any of them (a manual status, a
-- chargeback, a refund), the next export of the profile reverses what was sent and sends the
-- new version, so the books add up without anything booked twice.

CREATE TABLE export_profiles (
  id            TEXT PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE,
  format        INTEGER NOT NULL,   -- 1 xlsx, 2 csv
  language      INTEGER NOT NULL,   -- core Language
  csv_separator TEXT NOT NULL,      -- '' : the language's
  csv_decimal   TEXT NOT NULL,      -- '' : the language's
  iso_dates     INTEGER NOT NULL,
  location_ids  TEXT NOT NULL,      -- JSON array; [] : every permitted location
  incremental   INTEGER NOT NULL,   -- only what is new or changed since the last export
  since_day     INTEGER,            -- Julian day: transactions from this business day on
  folder        TEXT NOT NULL,      -- where its files go
  created_utc   {{BIGINT}} NOT NULL
);

CREATE TABLE export_runs (
  profile_id    TEXT NOT NULL REFERENCES export_profiles(id) ON DELETE CASCADE,
  number        INTEGER NOT NULL,   -- 1, 2, 3 ... per profile
  at_utc        {{BIGINT}} NOT NULL,
  file_name     TEXT NOT NULL,
  row_count     {{BIGINT}} NOT NULL,
  new_count     {{BIGINT}} NOT NULL,
  changed_count {{BIGINT}} NOT NULL,
  PRIMARY KEY (profile_id, number)
);

CREATE TABLE export_items (
  profile_id     TEXT NOT NULL REFERENCES export_profiles(id) ON DELETE CASCADE,
  tx_id          TEXT NOT NULL,
  export_number  INTEGER NOT NULL,  -- the run that last sent it
  x_version      {{BIGINT}} NOT NULL,
  x_status       INTEGER NOT NULL,
  x_origin       INTEGER NOT NULL,
  x_manual_by    TEXT NOT NULL,
  x_manual_at    {{BIGINT}},
  x_amount_minor {{BIGINT}} NOT NULL,
  x_currency     TEXT NOT NULL,
  PRIMARY KEY (profile_id, tx_id)
) {{WITHOUT_ROWID}};
