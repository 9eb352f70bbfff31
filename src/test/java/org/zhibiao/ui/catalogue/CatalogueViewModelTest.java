package org.zhibiao.ui.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Category;
import org.zhibiao.domain.Comparator;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.IndicatorKind;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Target;
import org.zhibiao.i18n.Messages;
import org.zhibiao.ui.TestDatabases;
import org.zhibiao.ui.common.SameThreadTaskRunner;

/** The catalogue screen's model, without a toolkit, on a real database file. */
class CatalogueViewModelTest {

    @TempDir
    Path dir;
    private Path file;
    private Workspace workspace;
    private CatalogueViewModel model;

    @BeforeEach
    void open() {
        file = TestDatabases.jilin(dir);
        workspace = Workspace.open(file);
        model = new CatalogueViewModel(workspace, new SameThreadTaskRunner(), Messages.of(Messages.CHINESE));
        model.load();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void listsTheWholeCatalogueByCategoryInThePlansOrder() {
        Map<Category, List<Indicator>> groups = model.grouped();
        assertThat(groups.keySet()).containsExactly(Category.values());
        assertThat(groups.values().stream().mapToInt(List::size).sum()).isEqualTo(64);
    }

    @Test
    void searchMatchesCodeChineseAndEnglishNames() {
        model.searchProperty().set("p01");
        assertThat(codes()).containsExactly("P01");
        model.searchProperty().set("合格率");
        assertThat(codes()).contains("P01", "P02").hasSizeLessThan(64);
        model.searchProperty().set("Pass Rate");
        assertThat(codes()).contains("P01");
        model.searchProperty().set("没有这个指标");
        assertThat(model.grouped()).isEmpty();
    }

    @Test
    void savingAnEditedTargetPersistsIt() {
        select("P06");
        TargetEditor row = model.editor().targets().get(0);
        row.value().setText("87.5");
        row.basePeriod().setText("2011Q4");
        assertThat(model.canSaveProperty().get()).isTrue();
        model.save();

        assertThat(model.editor().dirtyProperty().get()).isFalse();
        try (Workspace fresh = Workspace.open(file)) {
            Target saved = fresh.catalogue().targetsOf("P06").get(0);
            assertThat(saved.value()).isEqualTo(87.5);
            assertThat(saved.basePeriod()).isEqualTo(Period.of(2011, 4));
        }
    }

    @Test
    void savingAnEditedIndicatorPersistsItAndKeepsItSelected() {
        select("P01");
        model.editor().field("unit").setText("百分比");
        model.editor().field("decimals").setText("2");
        model.save();

        assertThat(model.selectedProperty().get().unit()).isEqualTo("百分比");
        try (Workspace fresh = Workspace.open(file)) {
            Indicator saved = fresh.catalogue().indicator("P01").orElseThrow();
            assertThat(saved.unit()).isEqualTo("百分比");
            assertThat(saved.decimals()).isEqualTo(2);
        }
    }

    @Test
    void addedAndDeletedTargetsAreStoredAndAMovedTargetLeavesNoCopyBehind() {
        select("P01");
        int before = workspace.catalogue().targetsOf("P01").size();
        TargetEditor added = model.addTarget();
        assertThat(added.regionCode().getText()).isEqualTo("220000");
        added.value().setText("96");
        model.save();
        assertThat(workspace.catalogue().targetsOf("P01")).hasSize(before + 1);

        TargetEditor stored = model.editor().targets().get(model.editor().targets().size() - 1);
        stored.year().setText("2018");
        model.save();
        assertThat(workspace.catalogue().targetsOf("P01")).hasSize(before + 1)
                .anyMatch(t -> t.targetYear() == 2018 && t.value() == 96.0);

        model.editor().removeTarget(model.editor().targets().get(model.editor().targets().size() - 1));
        model.save();
        assertThat(workspace.catalogue().targetsOf("P01")).hasSize(before);
    }

    @Test
    void anInvalidValueIsFlaggedAndCannotBeSaved() {
        select("P06");
        TargetEditor row = model.editor().targets().get(0);
        row.value().setText("八十五");
        assertThat(row.value().getError()).isEqualTo("不是数字；请按 95.5 的格式填写。");
        assertThat(model.editor().problemProperty().get()).startsWith("第 1 个目标");
        assertThat(model.canSaveProperty().get()).isFalse();
        row.value().setText("85");
        assertThat(model.canSaveProperty().get()).isTrue();
    }

    @Test
    void revertBringsBackWhatIsStored() {
        select("P06");
        model.editor().field("nameZh").setText("");
        model.editor().targets().get(0).value().setText("1");
        model.revert();
        assertThat(model.editor().dirtyProperty().get()).isFalse();
        assertThat(model.editor().field("nameZh").getText()).isNotEmpty();
        assertThat(model.editor().targets().get(0).value().getText()).isEqualTo("85");
    }

    @Test
    void checksFollowTheIndicatorsRules() {
        select("P01");
        IndicatorEditor editor = model.editor();
        editor.field("decimals").setText("7");
        assertThat(editor.field("decimals").isValid()).isFalse();
        editor.field("decimals").setText("6");
        editor.field("factor").setText("");
        assertThat(editor.field("factor").isValid()).as("ratios need a factor").isFalse();
        editor.kindProperty().set(IndicatorKind.SUM);
        assertThat(editor.field("factor").isValid()).isTrue();
        editor.field("unit").setText(" ");
        assertThat(editor.isValid()).isFalse();
    }

    @Test
    void checksFollowTheTargetsRules() {
        select("P06");
        TargetEditor row = model.editor().targets().get(0);
        row.basePeriod().setText("2015-4");
        assertThat(row.basePeriod().isValid()).isFalse();
        row.basePeriod().setText("2015Q4");
        assertThat(row.basePeriod().isValid()).isTrue();
        row.comparatorProperty().set(Comparator.RANGE);
        assertThat(row.max().isValid()).as("a range needs a max").isFalse();
        row.max().setText("80");
        assertThat(row.max().getError()).isEqualTo("区间目标的上限不能小于目标值。");
        row.max().setText("90");
        assertThat(row.max().isValid()).isTrue();
        row.regionCode().setText("2200");
        assertThat(row.regionCode().isValid()).isFalse();
    }

    @Test
    void twoTargetsForTheSameRegionAndYearAreRefused() {
        select("P06");
        TargetEditor first = model.editor().targets().get(0);
        TargetEditor copy = model.addTarget();
        copy.regionCode().setText(first.regionCode().getText());
        copy.year().setText(first.year().getText());
        copy.value().setText("1");
        assertThat(copy.year().getError()).isEqualTo("该地区在这一年已有目标。");
        assertThat(model.canSaveProperty().get()).isFalse();
    }

    private void select(String code) {
        model.selectedProperty().set(workspace.catalogue().indicator(code).orElseThrow());
    }

    private List<String> codes() {
        return model.grouped().values().stream().flatMap(List::stream).map(Indicator::code).toList();
    }
}
