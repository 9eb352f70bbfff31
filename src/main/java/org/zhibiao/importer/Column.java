package org.zhibiao.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.zhibiao.domain.Text;

/** The columns of a return table and the header labels people give them. */
enum Column {
    NUMBER("序号", "行次"),
    CODE("指标编码", "编码", "代码", "指标代码"),
    NAME("指标名称", "名称", "指标"),
    UNIT("计量单位", "单位"),
    VALUE("本期值", "本期数", "实际值", "完成值", "数值"),
    NUMERATOR("分子"),
    DENOMINATOR("分母"),
    NOTE("备注", "说明");

    private static final Pattern BRACKETED_AT_END = Pattern.compile("\\(.*\\)$");
    private static final Pattern COLON_AT_END = Pattern.compile("[:：]$");

    private final List<String> labels;

    Column(String... labels) {
        this.labels = List.of(labels);
    }

    /** The column a header cell names: exact label, ignoring spaces, a trailing colon and a bracketed unit. */
    static Optional<Column> of(String headerText) {
        String label = COLON_AT_END.matcher(BRACKETED_AT_END.matcher(Text.normaliseName(headerText)).replaceAll(""))
                .replaceAll("");
        for (Column c : values()) {
            if (c.labels.contains(label)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
