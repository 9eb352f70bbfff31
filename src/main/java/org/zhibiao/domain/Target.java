package org.zhibiao.domain;

import java.util.Objects;

/**
 * A quantified target of a plan for an indicator, a region and a target year (met by that year's
 * Q4 value). {@code baseValue} may be null: the baseline then comes from the data at
 * {@code basePeriod}. {@code demo} marks targets invented for the demo database.
 */
public record Target(
        String indicatorCode,
        String regionCode,
        String regionName,
        int targetYear,
        Comparator comparator,
        double value,
        Double valueMax,
        Period basePeriod,
        Double baseValue,
        boolean cumulative,
        TargetType type,
        String doc,
        String leadDepartments,
        String note,
        boolean demo) {

    public Target {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(comparator, "comparator");
        regionName = regionName == null ? "" : regionName;
        type = type == null ? TargetType.EXPECTED : type;
        doc = doc == null ? "" : doc;
        leadDepartments = leadDepartments == null ? "" : leadDepartments;
        note = note == null ? "" : note;
    }

    public Period targetPeriod() {
        return Period.endOf(targetYear);
    }

    /** Identifies a target within a database. */
    public record Key(String indicatorCode, String regionCode, int targetYear) {
    }

    public Key key() {
        return new Key(indicatorCode, regionCode, targetYear);
    }
}
