package org.zhibiao.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.zhibiao.catalogue.CatalogueProblem;
import org.zhibiao.catalogue.CatalogueWorkbook;
import org.zhibiao.catalogue.CatalogueWorkbookReader;
import org.zhibiao.domain.CatalogueRepository;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Target;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.files.AtomicFile;

/**
 * The catalogue (indicators and targets) as one Excel workbook: export, and import that either
 * replaces the whole catalogue or, when any cell is wrong, changes nothing and lists the problems.
 */
public final class CatalogueService {

    /** What was written. */
    public record ExportResult(int indicators, int targets) {
    }

    /**
     * What an import did: refused with problems, or accepted; {@code changed} is false when the
     * workbook held the catalogue the database already had.
     */
    public record ImportResult(List<CatalogueProblem> problems, int indicators, int targets, boolean changed) {

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    private final CatalogueRepository catalogue;

    public CatalogueService(CatalogueRepository catalogue) {
        this.catalogue = catalogue;
    }

    public ExportResult exportTo(Path file) {
        List<Indicator> indicators = catalogue.indicators();
        List<Target> targets = catalogue.targets();
        try {
            AtomicFile.write(file, out -> CatalogueWorkbook.write(indicators, targets, out));
        } catch (IOException e) {
            throw new ZhibiaoException("catalogue.error.write", e, file);
        }
        return new ExportResult(indicators.size(), targets.size());
    }

    public ImportResult importFrom(Path file) {
        CatalogueWorkbookReader.Content content = read(file);
        if (!content.problems().isEmpty()) {
            return new ImportResult(content.problems(), 0, 0, false);
        }
        boolean changed = !content.indicators().equals(catalogue.indicators())
                || !content.targets().equals(catalogue.targets());
        if (changed) {
            catalogue.replaceAll(content.indicators(), content.targets());
        }
        return new ImportResult(List.of(), content.indicators().size(), content.targets().size(), changed);
    }

    private static CatalogueWorkbookReader.Content read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return CatalogueWorkbookReader.read(in);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new ZhibiaoException("catalogue.error.read", e, file);
        }
    }
}
