-- Status screens read the current values of a region subtree at a few periods in one query:
-- region by region, period by period, straight from the index (it covers the values).
CREATE INDEX observation_current_region_period
    ON observation (region_code, period, indicator_code, value, numerator, denominator, revision)
    WHERE current = 1;
