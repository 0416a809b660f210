-- Comptoir cache, schema 1. Portable SQL: dialect-specific words are {{TOKENS}} that
-- Dialect substitutes (see dialect.cpp). One statement per ';' at the end of a line.
-- Times are UTC milliseconds since the epoch; business days are Julian day numbers;
-- money is integer minor units; enumerations are the stable integers of core/enums.h.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE merchant (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  country    TEXT NOT NULL,
  vat_number TEXT NOT NULL
);

CREATE TABLE locations (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  street      TEXT NOT NULL,
  postal_code TEXT NOT NULL,
  city        TEXT NOT NULL,
  country     TEXT NOT NULL,
  time_zone   TEXT NOT NULL,
  version     {{BIGINT}} NOT NULL
);

CREATE TABLE terminals (
  id             TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  model          TEXT NOT NULL,
  serial         TEXT NOT NULL,
  location_id    TEXT NOT NULL REFERENCES locations(id),
  active         INTEGER NOT NULL,
  deactivated_at {{BIGINT}},
  app_versions   TEXT NOT NULL,
  last_seen      {{BIGINT}},
  version        {{BIGINT}} NOT NULL
);
CREATE INDEX terminals_location ON terminals(location_id);

CREATE TABLE periods (
  id            TEXT PRIMARY KEY,
  terminal_id   TEXT NOT NULL REFERENCES terminals(id),
  location_id   TEXT NOT NULL REFERENCES locations(id),
  sequence      INTEGER NOT NULL,
  opened_at     {{BIGINT}} NOT NULL,
  closed_at     {{BIGINT}},
  tx_count      INTEGER NOT NULL,
  total_minor   {{BIGINT}} NOT NULL,
  currency      TEXT NOT NULL,
  has_pdf       INTEGER NOT NULL,
  pdf           {{BLOB}},
  version       {{BIGINT}} NOT NULL,
  UNIQUE (terminal_id, sequence)
);
CREATE INDEX periods_location ON periods(location_id, opened_at);

CREATE TABLE transactions (
  id               TEXT PRIMARY KEY,
  created_at       {{BIGINT}} NOT NULL,
  business_day     INTEGER NOT NULL,
  amount_minor     {{BIGINT}} NOT NULL,
  currency         TEXT NOT NULL,
  type             INTEGER NOT NULL,
  method           INTEGER NOT NULL,
  issuer           TEXT NOT NULL,
  processor        TEXT NOT NULL,
  status           INTEGER NOT NULL,
  status_origin    INTEGER NOT NULL,
  manual_by        TEXT NOT NULL,
  manual_at        {{BIGINT}},
  location_id      TEXT NOT NULL, -- checked by TransactionRepository, see below
  terminal_id      TEXT NOT NULL,
  period_id        TEXT NOT NULL,
  masked_pan       TEXT NOT NULL,
  auth_code        TEXT NOT NULL,
  reference        TEXT NOT NULL,
  version          {{BIGINT}} NOT NULL
);
-- location_id and terminal_id must name a cached location and terminal. The repository
-- (the only writer) checks a batch against the known ids instead of a per-row foreign key
-- lookup: the same guarantee for 10% of the sync time (measured).
-- The one secondary index: date filters and newest-first paging both walk it. Every
-- extra index costs about 15% of sync speed (measured), so a period's transactions are
-- found through its days, not through an index of their own.
CREATE INDEX transactions_time ON transactions(business_day, created_at, id);

-- Kept exact by TransactionRepository on every insert, update and delete: one row per
-- business day × location × terminal × method × status × status origin × currency.
-- refund_* count and sum the negative amounts among them.
CREATE TABLE tx_daily_rollup (
  business_day  INTEGER NOT NULL,
  location_id   TEXT NOT NULL,
  terminal_id   TEXT NOT NULL,
  method        INTEGER NOT NULL,
  status        INTEGER NOT NULL,
  status_origin INTEGER NOT NULL,
  currency      TEXT NOT NULL,
  tx_count      {{BIGINT}} NOT NULL,
  amount_minor  {{BIGINT}} NOT NULL,
  refund_count  {{BIGINT}} NOT NULL,
  refund_minor  {{BIGINT}} NOT NULL,
  PRIMARY KEY (business_day, location_id, terminal_id, method, status, status_origin, currency)
) {{WITHOUT_ROWID}};

CREATE TABLE receipt_layouts (
  location_id      TEXT NOT NULL REFERENCES locations(id),
  language         INTEGER NOT NULL,
  logo_png         {{BLOB}},
  header_lines     TEXT NOT NULL,
  footer_lines     TEXT NOT NULL,
  print_customer   INTEGER NOT NULL,
  etag             TEXT NOT NULL,
  PRIMARY KEY (location_id, language)
);

CREATE TABLE groups (
  id   TEXT PRIMARY KEY,
  name TEXT NOT NULL
);

CREATE TABLE group_permissions (
  group_id    TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
  menu        INTEGER NOT NULL,
  location_id TEXT NOT NULL,
  PRIMARY KEY (group_id, menu, location_id)
);

CREATE TABLE users (
  id            TEXT PRIMARY KEY,
  email         TEXT NOT NULL,
  name          TEXT NOT NULL,
  administrator INTEGER NOT NULL,
  two_factor    INTEGER NOT NULL,
  active        INTEGER NOT NULL
);

CREATE TABLE user_groups (
  user_id  TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  group_id TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
  PRIMARY KEY (user_id, group_id)
);

-- Append-only journal of local changes. Each entry's hash covers its fields and the
-- previous entry's hash, so any edit, insertion or removal breaks the chain.
CREATE TABLE audit_log (
  seq         {{BIGINT}} PRIMARY KEY,
  at_utc      {{BIGINT}} NOT NULL,
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL,
  entity      TEXT NOT NULL,
  entity_id   TEXT NOT NULL,
  before_json TEXT NOT NULL,
  after_json  TEXT NOT NULL,
  prev_hash   TEXT NOT NULL,
  hash        TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
