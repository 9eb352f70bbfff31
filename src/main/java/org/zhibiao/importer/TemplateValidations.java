package org.zhibiao.importer;

import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.zhibiao.domain.Indicator;

/** Data validation on the input cells: non-negative decimals, at most 100 for percentages, a unit prompt. */
final class TemplateValidations {

    private final XSSFSheet sheet;
    private final DataValidationHelper helper;

    TemplateValidations(XSSFSheet sheet) {
        this.sheet = sheet;
        this.helper = sheet.getDataValidationHelper();
    }

    void add(List<Indicator> indicators) {
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            int row = ReturnLayout.FIRST_DATA_ROW + i;
            validate(row, 4, valueConstraint(indicator), "本期值", valuePrompt(indicator));
            if (indicator.isRatio()) {
                validate(row, 5, nonNegative(), "分子", "分子：" + indicator.numeratorZh() + "，填不小于0的数");
                validate(row, 6, nonNegative(), "分母", "分母：" + indicator.denominatorZh() + "，填不小于0的数");
            }
        }
    }

    private static String valuePrompt(Indicator indicator) {
        if (indicator.isPercentage()) {
            return "计量单位：%。填0到100之间的百分数（95.2% 填 95.2）；比率指标可只填分子和分母。";
        }
        if (indicator.unit().equals("是/否")) {
            return "计量单位：是/否。是填1，否填0。";
        }
        return "计量单位：" + indicator.unit() + "。填不小于0的数。";
    }

    private DataValidationConstraint valueConstraint(Indicator indicator) {
        if (indicator.isPercentage() || indicator.unit().equals("是/否")) {
            String max = indicator.isPercentage() ? "100" : "1";
            return helper.createDecimalConstraint(OperatorType.BETWEEN, "0", max);
        }
        return nonNegative();
    }

    private DataValidationConstraint nonNegative() {
        return helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
    }

    private void validate(int row, int column, DataValidationConstraint constraint, String title, String prompt) {
        DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(row, row, column, column));
        validation.setShowPromptBox(true);
        validation.createPromptBox(title, prompt);
        validation.setShowErrorBox(true);
        validation.createErrorBox(title, prompt);
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }
}
