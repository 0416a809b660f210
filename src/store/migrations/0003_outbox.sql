-- Schema 3: the outbox. Local edits (renames, moves, deactivations, manual statuses,
-- receipt layouts) are applied to the cache at once and queued here, in order, until the
-- portal accepts or rejects them. An entry survives restarts; it leaves the outbox when
-- the portal accepts it, when the user settles a conflict, or when the user has seen a
-- rejection (which was undone in the cache).

CREATE TABLE outbox (
  seq           {{BIGINT}} PRIMARY KEY,
  created_utc   {{BIGINT}} NOT NULL,
  actor         TEXT NOT NULL,
  kind          TEXT NOT NULL,      -- "location.rename", "terminal.move", ...
  entity_id     TEXT NOT NULL,      -- location, terminal or transaction id; "LOCATION/lang" for a layout
  payload_json  TEXT NOT NULL,      -- the request body
  if_match      TEXT NOT NULL,      -- the portal version the edit was made on
  before_json   TEXT NOT NULL,      -- the entity before the edit (API JSON), to undo a rejection
  state         INTEGER NOT NULL,   -- 0 pending, 1 conflict, 2 rejected
  message       TEXT NOT NULL,      -- why, for a conflict or a rejection
  portal_json   TEXT NOT NULL,      -- a conflict: the entity as the portal has it now
  portal_etag   TEXT NOT NULL
);
CREATE INDEX outbox_entity ON outbox(entity_id);
