package org.zhibiao.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.DemoDatabase;
import org.zhibiao.analysis.Method;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.analysis.TargetChoice;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.DefinitionChange;
import org.zhibiao.domain.Period;

/**
 * The dashboard's and the report's one read of a quarter and the same quarter a year earlier
 * gives the rows of the view and the values a year earlier, those across a change of definition
 * left out.
 */
class ViewWithYearEarlierTest {

    @TempDir
    Path dir;

    @Test
    void oneReadGivesTheViewAndTheComparableValuesOfAYearEarlier() {
        Period period = Period.of(2016, 4);
        Period earlier = Period.of(2015, 4);
        try (Workspace w = Workspace.open(DemoDatabase.copyInto(dir))) {
            w.definitions().replaceDefinitionChanges(List.of(new DefinitionChange("P07", Period.of(2016, 1),
                    "规模以上工业企业", "全部工业企业", false)));
            for (TargetChoice choice : List.of(TargetChoice.IN_FORCE, TargetChoice.of(2020))) {
                StatusService.ViewWithYearEarlier both = w.status().viewWithYearEarlier(period, "220000", choice,
                        false);

                assertThat(both.rows()).isEqualTo(w.status().view(period, "220000", choice, Method.TIME_PROGRESS));
                Map<String, Double> before = w.status().view(earlier, "220000", choice, Method.TIME_PROGRESS)
                        .stream().filter(r -> r.value() != null)
                        .collect(Collectors.toMap(r -> r.indicator().code(), StatusRow::value));
                assertThat(before).containsKey("P07");
                before.remove("P07");
                assertThat(both.yearEarlier()).isEqualTo(before).isNotEmpty();
            }
        }
    }
}
