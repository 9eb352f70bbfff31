package org.zhibiao.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    /** The years a plan may set targets for. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2999;

    /** What is wrong with a field of a plan: the field (a column of sheet 规划) and a catalogue message key. */
    public record Problem(String field, String messageKey) {
    }

    /**
     * What makes this plan unfit to keep, whether it comes from the catalogue workbook or the
     * catalogue screen: a code and a Chinese title are needed, years lie within
     * {@value #FIRST_YEAR}–{@value #LAST_YEAR} and the period does not run backwards.
     */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        if (code.isBlank()) {
            out.add(new Problem("code", "catalogue.problem.required"));
        }
        if (titleZh.isBlank()) {
            out.add(new Problem("title_zh", "catalogue.problem.required"));
        }
        if (firstYear != null && (firstYear < FIRST_YEAR || firstYear > LAST_YEAR)) {
            out.add(new Problem("first_year", "catalogue.problem.notAYear"));
        }
        if (lastYear != null && (lastYear < FIRST_YEAR || lastYear > LAST_YEAR)) {
            out.add(new Problem("last_year", "catalogue.problem.notAYear"));
        } else if (firstYear != null && lastYear != null && lastYear < firstYear) {
            out.add(new Problem("last_year", "catalogue.problem.periodBackwards"));
        }
        return out;
    }

    public String title(boolean chinese) {
        return chinese || titleEn.isEmpty() ? titleZh : titleEn;
    }

    public Plan withRetired(boolean value) {
        return new Plan(code, titleZh, titleEn, number, issuer, regionCode, issued, firstYear, lastYear, value);
    }
}
