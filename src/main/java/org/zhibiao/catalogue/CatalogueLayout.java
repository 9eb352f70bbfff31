package org.zhibiao.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.zhibiao.domain.Category;
import org.zhibiao.domain.Comparator;
import org.zhibiao.domain.Direction;
import org.zhibiao.domain.Frequency;
import org.zhibiao.domain.IndicatorKind;
import org.zhibiao.domain.Measure;
import org.zhibiao.domain.TargetType;

/**
 * The sheets and columns of the catalogue workbook: those of indicators.tsv, targets.tsv and
 * seed-documents.tsv, and more.
 */
final class CatalogueLayout {

    static final String INDICATORS = "指标";
    static final String TARGETS = "目标";
    static final String PLANS = "规划";
    static final String DEFINITIONS = "口径变化";
    static final String README = "说明";
    static final int LABEL_ROW = 0;
    static final int CODE_ROW = 1;
    static final int FIRST_DATA_ROW = 2;
    static final String YES = "yes";
    static final String NO = "no";
    static final List<String> YES_NO = List.of(YES, NO);

    static final List<CatalogueColumn> INDICATOR_COLUMNS = List.of(
            CatalogueColumn.text("code", "指标代码", 10),
            CatalogueColumn.text("name_zh", "指标名称", 40),
            CatalogueColumn.text("name_en", "英文名称", 40),
            CatalogueColumn.choice("category", "类别", 14, codes(Category.values())),
            CatalogueColumn.text("unit", "计量单位", 10),
            CatalogueColumn.choice("kind", "汇总方式", 10, codes(IndicatorKind.values())),
            CatalogueColumn.choice("measure", "存量/流量", 10, codes(Measure.values())),
            CatalogueColumn.text("factor", "系数", 8),
            CatalogueColumn.text("numerator_zh", "分子", 24),
            CatalogueColumn.text("denominator_zh", "分母", 24),
            CatalogueColumn.choice("direction", "方向", 10, codes(Direction.values())),
            CatalogueColumn.choice("frequency", "报送频率", 11, codes(Frequency.values())),
            CatalogueColumn.text("decimals", "小数位数", 9),
            CatalogueColumn.text("note", "备注", 30),
            CatalogueColumn.text("jump_threshold", "环比跳变阈值", 13),
            CatalogueColumn.choice("monitor", "手工监测", 10, YES_NO));

    /** Columns added after the first release: a workbook written before may lack them. */
    static final Set<String> OPTIONAL_COLUMNS = Set.of("monitor");

    static final List<CatalogueColumn> PLAN_COLUMNS = List.of(
            CatalogueColumn.text("code", "规划代码", 10),
            CatalogueColumn.text("title_zh", "规划名称", 50),
            CatalogueColumn.text("title_en", "英文名称", 40),
            CatalogueColumn.text("number", "文号", 20),
            CatalogueColumn.text("issuer", "发文机关", 24),
            CatalogueColumn.text("region_code", "地区代码", 10),
            CatalogueColumn.text("issued", "印发日期", 12),
            CatalogueColumn.text("first_year", "起始目标年", 11),
            CatalogueColumn.text("last_year", "终止目标年", 11),
            CatalogueColumn.choice("retired", "已停用", 8, YES_NO));

    static final List<CatalogueColumn> DEFINITION_COLUMNS = List.of(
            CatalogueColumn.text("indicator", "指标代码", 10),
            CatalogueColumn.text("from_period", "起始季度", 10),
            CatalogueColumn.text("old_definition", "原口径", 40),
            CatalogueColumn.text("new_definition", "新口径", 40),
            CatalogueColumn.choice("comparable", "前后可比", 9, YES_NO));

    static final List<CatalogueColumn> TARGET_COLUMNS = List.of(
            CatalogueColumn.text("indicator", "指标代码", 10),
            CatalogueColumn.text("region_code", "地区代码", 10),
            CatalogueColumn.text("region_name", "地区名称", 12),
            CatalogueColumn.text("target_year", "目标年份", 9),
            CatalogueColumn.choice("comparator", "比较方式", 10,
                    Arrays.stream(Comparator.values()).map(Comparator::code).toList()),
            CatalogueColumn.text("target", "目标值", 10),
            CatalogueColumn.text("target_max", "目标上限", 10),
            CatalogueColumn.text("base_period", "基期", 10),
            CatalogueColumn.choice("cumulative", "累计", 8, YES_NO),
            CatalogueColumn.text("doc", "文件", 10),
            CatalogueColumn.text("lead_departments", "牵头部门", 30),
            CatalogueColumn.text("note", "备注", 30),
            CatalogueColumn.text("base_value", "基期值", 10),
            CatalogueColumn.choice("target_type", "目标类型", 11, codes(TargetType.values())),
            CatalogueColumn.choice("demo", "演示目标", 9, YES_NO));

    private CatalogueLayout() {
    }

    private static List<String> codes(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v instanceof Category ? v.name() : v.name().toLowerCase(Locale.ROOT))
                .toList();
    }
}
