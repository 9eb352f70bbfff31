package org.zhibiao.catalogue;

import java.util.Arrays;
import java.util.List;
import org.zhibiao.domain.DefinitionChange;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Plan;
import org.zhibiao.domain.Target;

/** An indicator, a target, a plan or a definition change as the cells of a workbook row, in the order of {@link CatalogueLayout}. */
final class CatalogueRows {

    private CatalogueRows() {
    }

    /** {@code monitored}: the choice made by hand, null for none. */
    static List<Object> of(Indicator i, Boolean monitored) {
        return Arrays.asList(i.code(), i.nameZh(), i.nameEn(), i.category().name(), i.unit(), i.kind().code(),
                i.measure() == null ? null : i.measure().code(), i.factor(), i.numeratorZh(), i.denominatorZh(),
                i.direction().code(), i.frequency().code(), i.decimals(), i.note(), i.jumpThreshold(),
                monitored == null ? null : yesNo(monitored));
    }

    static List<Object> of(DefinitionChange d) {
        return Arrays.asList(d.indicatorCode(), d.from().toString(), d.oldDefinition(), d.newDefinition(),
                yesNo(d.comparable()));
    }

    static List<Object> of(Plan p) {
        return Arrays.asList(p.code(), p.titleZh(), p.titleEn(), p.number(), p.issuer(), p.regionCode(),
                p.issued() == null ? null : p.issued().toString(), p.firstYear(), p.lastYear(), yesNo(p.retired()));
    }

    static List<Object> of(Target t) {
        return Arrays.asList(t.indicatorCode(), t.regionCode(), t.regionName(), t.targetYear(), t.comparator().code(),
                t.value(), t.valueMax(), t.basePeriod() == null ? null : t.basePeriod().toString(),
                yesNo(t.cumulative()), t.doc(), t.leadDepartments(), t.note(), t.baseValue(), t.type().code(),
                yesNo(t.demo()));
    }

    private static String yesNo(boolean value) {
        return value ? CatalogueLayout.YES : CatalogueLayout.NO;
    }
}
