package org.zhibiao.importer;

import org.zhibiao.domain.Indicator;

/** The labels and places of RETURNS.md's workbook, shared by the writer and the reader. */
public final class ReturnLayout {

    public static final String MAIN_SHEET = "指标报表";
    public static final String HELP_SHEET = "填报说明";
    public static final String META_SHEET = "_meta";
    public static final String FORMAT_VERSION = "1";
    public static final String[] HEADERS = {"序号", "指标编码", "指标名称", "计量单位", "本期值", "分子", "分母", "备注"};
    public static final String UNIT_LABEL = "填报单位：";
    public static final String CODE_LABEL = "地区代码：";
    public static final String PERIOD_LABEL = "报告期：";
    public static final String[] SIGNATURES = {"单位负责人：", "填表人：", "联系电话：", "报出日期："};
    public static final int HEADER_ROW = 3;
    public static final int FIRST_DATA_ROW = 4;

    private ReturnLayout() {
    }

    /** The name cell: for a ratio it says what numerator and denominator are. */
    public static String displayName(Indicator indicator) {
        if (indicator.isRatio() && !indicator.numeratorZh().isEmpty()) {
            return indicator.nameZh() + "（" + indicator.numeratorZh() + " / " + indicator.denominatorZh() + "）";
        }
        return indicator.nameZh();
    }
}
