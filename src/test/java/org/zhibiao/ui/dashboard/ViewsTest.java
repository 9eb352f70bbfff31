package org.zhibiao.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.zhibiao.analysis.TargetChoice;
import org.zhibiao.domain.Period;

/** The dashboard's kept views: computed once per selection and data version, and only so many of them. */
class ViewsTest {

    private final Views views = new Views();
    private final AtomicInteger computed = new AtomicInteger();
    private final Function<Selection, DashboardData> compute = s -> {
        computed.incrementAndGet();
        return new DashboardData(s, List.of(), Map.of(), Map.of(), null, null, null);
    };

    @Test
    void aSelectionIsComputedOnceWhileTheDataStaysAsItWas() {
        DashboardData first = views.get(quarter(0), "1:1", compute);
        assertThat(views.get(quarter(0), "1:1", compute)).isSameAs(first);
        assertThat(computed).hasValue(1);

        assertThat(views.get(quarter(0), "2:1", compute)).isNotSameAs(first);
        assertThat(computed).hasValue(2);
    }

    @Test
    void theViewsUsedLastAreKeptAndTheOldestIsComputedAgain() {
        for (int i = 0; i <= Views.KEPT; i++) {
            views.get(quarter(i), "1:1", compute);
        }
        assertThat(computed).hasValue(Views.KEPT + 1);
        views.get(quarter(Views.KEPT), "1:1", compute);
        assertThat(computed).as("the last one is kept").hasValue(Views.KEPT + 1);
        views.get(quarter(0), "1:1", compute);
        assertThat(computed).as("the first one was dropped").hasValue(Views.KEPT + 2);
    }

    private static Selection quarter(int i) {
        return new Selection(Period.of(2000 + i / 4, i % 4 + 1), "220000", null, TargetChoice.IN_FORCE, false);
    }
}
