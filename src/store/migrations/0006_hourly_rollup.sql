-- Schema 4: the hourly rollup, for the dashboard's hour-of-day profile (and every other
-- dashboard figure, read in one pass). One row per business day × location; `cells` packs,
-- for every terminal × payment method × status × status origin × currency × hour of the
-- day on the location's wall clock × sign of the amount, the count and the net sum (format
-- in hourlyrollup.h). As ordinary rows these would be about a third as many as the
-- transactions themselves (measured: 1.8 million for 5 million transactions), too many to
-- maintain during a sync or to read in 100 ms; packed, a sync rewrites a few dozen rows
-- per page. Kept exact by TransactionRepository together with the other two rollups.
--
-- transactions.local_hour is the hour the rollup filed each transaction under, so that a
-- filter on hours (TransactionFilter::hours) finds exactly the rows behind a bar. Both are
-- filled for existing rows by CacheDatabase right after this script.

ALTER TABLE transactions ADD COLUMN local_hour INTEGER NOT NULL DEFAULT 0;

CREATE TABLE tx_hourly_rollup (
  business_day INTEGER NOT NULL,
  location_id  TEXT NOT NULL,
  cells        {{BLOB}} NOT NULL,
  PRIMARY KEY (business_day, location_id)
) {{WITHOUT_ROWID}};
