-- Schema 2: a second rollup without the terminal, for the questions most pages ask (by
-- day, location, method, status). It has about a third of the rows of tx_daily_rollup,
-- so a year by day × location reads a third as much. Kept exact by
-- TransactionRepository together with tx_daily_rollup.

CREATE TABLE tx_location_rollup (
  business_day  INTEGER NOT NULL,
  location_id   TEXT NOT NULL,
  method        INTEGER NOT NULL,
  status        INTEGER NOT NULL,
  status_origin INTEGER NOT NULL,
  currency      TEXT NOT NULL,
  tx_count      {{BIGINT}} NOT NULL,
  amount_minor  {{BIGINT}} NOT NULL,
  refund_count  {{BIGINT}} NOT NULL,
  refund_minor  {{BIGINT}} NOT NULL,
  PRIMARY KEY (business_day, location_id, method, status, status_origin, currency)
) {{WITHOUT_ROWID}};

INSERT INTO tx_location_rollup (business_day, location_id, method, status, status_origin, currency,
                                tx_count, amount_minor, refund_count, refund_minor)
SELECT business_day, location_id, method, status, status_origin, currency,
       SUM(tx_count), SUM(amount_minor), SUM(refund_count), SUM(refund_minor)
FROM tx_daily_rollup
GROUP BY business_day, location_id, method, status, status_origin, currency;
