package org.zhibiao.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.SharedFiles;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Numbers;
import org.zhibiao.domain.Target;

class BuiltinCatalogueTest {

    @TempDir
    Path dir;

    @Test
    void aNewDatabaseHoldsTheSharedCatalogueRowForRow() throws Exception {
        try (Workspace w = Workspace.open(dir.resolve("z.db"))) {
            w.init().initialise("220000", true);
            List<String[]> indicators = tsv(SharedFiles.data("indicators.tsv"));
            List<String[]> targets = tsv(SharedFiles.data("targets.tsv"));

            List<Indicator> stored = w.catalogue().indicators();
            assertThat(stored).hasSize(indicators.size() - 1);
            for (int i = 0; i < stored.size(); i++) {
                assertThat(indicatorRow(stored.get(i))).containsExactly(pad(indicators.get(i + 1), 14));
            }
            List<Target> storedTargets = w.catalogue().targets();
            assertThat(storedTargets).hasSize(targets.size() - 1);
            for (int i = 0; i < storedTargets.size(); i++) {
                assertThat(targetRow(storedTargets.get(i))).containsExactly(pad(targets.get(i + 1), 12));
            }
        }
    }

    private static String[] indicatorRow(Indicator i) {
        return new String[] {i.code(), i.nameZh(), i.nameEn(), i.category().name(), i.unit(), i.kind().code(),
            i.measure() == null ? "" : i.measure().code(), Numbers.plain(i.factor()), i.numeratorZh(),
            i.denominatorZh(), i.direction().code(), i.frequency().code(), Integer.toString(i.decimals()), i.note()};
    }

    private static String[] targetRow(Target t) {
        return new String[] {t.indicatorCode(), t.regionCode(), t.regionName(), Integer.toString(t.targetYear()),
            t.comparator().code(), Numbers.plain(t.value()), Numbers.plain(t.valueMax()),
            t.basePeriod() == null ? "" : t.basePeriod().toString(), t.cumulative() ? "yes" : "", t.doc(),
            t.leadDepartments(), t.note()};
    }

    private static String[] pad(String[] row, int length) {
        String[] out = new String[length];
        for (int i = 0; i < length; i++) {
            out[i] = i < row.length ? row[i] : "";
        }
        return out;
    }

    private static List<String[]> tsv(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new ArrayList<>(BuiltinCatalogue.readTsv(in));
        }
    }
}
