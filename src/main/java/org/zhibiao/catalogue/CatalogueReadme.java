package org.zhibiao.catalogue;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** The 说明 sheet: how to edit the workbook, in Chinese and English. */
final class CatalogueReadme {

    private static final List<String[]> LINES = List.of(
            new String[] {"说明", "How to edit this workbook"},
            new String[] {"“指标”工作表是指标目录，“目标”工作表是各地区各年度的目标（按规划分组），“规划”工作表是各规划文件。修改后用 zhibiao catalogue import 导回。",
                "Sheet 指标 holds the indicators, sheet 目标 the targets (grouped by plan), sheet 规划 the plans. Import the edited workbook with zhibiao catalogue import."},
            new String[] {"第1行是中文列名，第2行是列代码：导入时按第2行的列代码识别各列，请勿修改第2行。数据从第3行开始，每行一条。",
                "Row 1 holds the column names, row 2 the column codes the import reads (leave row 2 as it is). Data starts in row 3, one item a row."},
            new String[] {"目标的“文件”列填所属规划的规划代码（须在“规划”工作表中）；规划“已停用”填 yes 后，其目标不再用于评价和监测。",
                "A target's doc column names its plan by code (listed in sheet 规划); a plan retired (yes) no longer judges or makes indicators monitored."},
            new String[] {"“手工监测”列：yes 纳入监测，no 取消监测，留空则按规划确定（规划为本地区、上级或下级地区设有目标的指标即为监测指标）。",
                "Column monitor: yes takes an indicator into monitoring, no takes it out, empty leaves it to the plans (indicators with a target for the home region, a region above or under it)."},
            new String[] {"带下拉列表的列只能填列表中的值：类别、汇总方式(ratio比率/sum求和/mean平均/none不汇总)、存量/流量(stock/flow)、方向(higher越高越好/lower越低越好/yes是否)、报送频率(quarterly/annual)、比较方式(>=、<=、range区间、yes是否)、目标类型(binding约束性/expected预期性)。",
                "Columns with a drop-down list take only its values: category, kind, measure, direction, frequency, comparator, target type."},
            new String[] {"指标代码不能重复；同一指标、地区和目标年份只能有一个目标；目标的指标代码必须在“指标”工作表中。",
                "Indicator codes are unique; one target per indicator, region and target year; every target names an indicator of sheet 指标."},
            new String[] {"汇总方式为 ratio 的指标要填系数（百分比填100）；比较方式为 range 的目标要填目标上限。",
                "A ratio indicator needs its factor (100 for percentages); a range target needs its upper end (target_max)."},
            new String[] {"基期写作 2015Q4；累计、演示目标填 yes 或 no；数值只填数字，不带单位。",
                "Periods are written 2015Q4; cumulative and demo take yes or no; numbers without units."},
            new String[] {"导入时检查每个单元格：只要有一处问题，整个工作簿都不导入，并列出每个问题所在的工作表和单元格。",
                "The import checks every cell: if anything is wrong nothing is imported, and each problem is listed with its sheet and cell."});

    private CatalogueReadme() {
    }

    static void write(Sheet sheet, CellStyle heading) {
        for (int r = 0; r < LINES.size(); r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < 2; c++) {
                row.createCell(c).setCellValue(LINES.get(r)[c]);
                if (r == 0) {
                    row.getCell(c).setCellStyle(heading);
                }
            }
        }
        sheet.setColumnWidth(0, 100 * 256);
        sheet.setColumnWidth(1, 100 * 256);
    }
}
