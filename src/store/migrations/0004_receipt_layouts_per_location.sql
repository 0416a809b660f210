-- Receipt layouts per location (issue 8). A layout is now one resource per location on the
-- portal, with one ETag: the printer's paper width and text size, whether the customer's
-- receipt is printed by default, the logo, and the header and footer lines of every
-- language, each line with its alignment, bold and double height. Paper width, text size
-- and the customer-receipt setting belong to the location, not to a language, and the
-- portal checks every language's lines against the paper width in one go.
--
-- The per-language rows are not carried over: layouts are reference data that every sync
-- fetches again in full, so the next sync fills the new table. No release of Comptoir could
-- queue a receipt edit (nothing called LocalEdits::saveReceiptLayout before this change),
-- so no edit of the old shape can be waiting in the outbox; any left by a development build
-- would address a portal resource that no longer exists, and goes.

DROP TABLE receipt_layouts;

CREATE TABLE receipt_layouts (
  location_id     TEXT PRIMARY KEY REFERENCES locations(id),
  paper_width_mm  INTEGER NOT NULL,   -- 58 or 80
  font            INTEGER NOT NULL,   -- core ReceiptFont: 1 normal, 2 small
  print_customer  INTEGER NOT NULL,
  logo_png        {{BLOB}},           -- 1-bit PNG; NULL or empty: no logo
  texts_json      TEXT NOT NULL,      -- the "texts" object of the API (docs/portal-api.md)
  etag            TEXT NOT NULL
);

DELETE FROM outbox WHERE kind = 'receipt_layout.save';
