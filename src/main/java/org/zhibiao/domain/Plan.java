package org.zhibiao.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A plan document (规划、实施意见、行动计划): its code (what a target's {@code doc} names), titles,
 * document number, issuing body, region, issue date and period, the first and last year it sets
 * targets for. {@code issued}, {@code firstYear} and {@code lastYear} may be null when unknown.
 * A retired plan stays on record, but its targets no longer count.
 */
public record Plan(
        String code,
        String titleZh,
        String titleEn,
        String number,
        String issuer,
        String regionCode,
        LocalDate issued,
        Integer firstYear,
        Integer lastYear,
        boolean retired) {

    public Plan {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(titleZh, "titleZh");
        titleEn = titleEn == null ? "" : titleEn;
        number = number == null ? "" : number;
        issuer = issuer == null ? "" : issuer;
        regionCode = regionCode == null ? "" : regionCode;
    }

    public String title(boolean chinese) {
        return chinese || titleEn.isEmpty() ? titleZh : titleEn;
    }

    public Plan withRetired(boolean value) {
        return new Plan(code, titleZh, titleEn, number, issuer, regionCode, issued, firstYear, lastYear, value);
    }
}
