package org.zhibiao.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.catalogue.CatalogueProblem;
import org.zhibiao.catalogue.CatalogueWorkbook;
import org.zhibiao.catalogue.CatalogueWorkbookReader;
import org.zhibiao.domain.CatalogueRepository;
import org.zhibiao.domain.DefinitionChange;
import org.zhibiao.domain.DefinitionChangeRepository;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Plan;
import org.zhibiao.domain.PlanRepository;
import org.zhibiao.domain.Store;
import org.zhibiao.domain.Target;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.files.AtomicFile;
import org.zhibiao.i18n.Messages;

/**
 * The catalogue (indicators, targets, plans, the indicators monitored by hand and the definition
 * changes) as one Excel workbook: export, and import that either replaces the whole catalogue or,
 * when any cell is wrong, changes nothing and lists the problems.
 */
public final class CatalogueService {

    /** What was written. */
    public record ExportResult(int indicators, int targets) {
    }

    /**
     * What an import did: refused with problems, or accepted; {@code changed} is false when the
     * workbook held the catalogue the database already had (targets in any order).
     */
    public record ImportResult(List<CatalogueProblem> problems, int indicators, int targets, boolean changed) {

        public boolean accepted() {
            return problems.isEmpty();
        }

        /** Each problem as {@code 目标!F12: what is wrong}, in the reader's language. */
        public List<String> problemLines(Messages messages) {
            return problems.stream().map(p -> messages.get("catalogue.import.problem", p.location(),
                    messages.get(p.messageKey(), p.rawText()))).toList();
        }
    }

    private final Store database;
    private final CatalogueRepository catalogue;
    private final PlanRepository plans;
    private final DefinitionChangeRepository definitions;

    public CatalogueService(Store database, CatalogueRepository catalogue, PlanRepository plans,
                            DefinitionChangeRepository definitions) {
        this.definitions = definitions;
        this.database = database;
        this.catalogue = catalogue;
        this.plans = plans;
    }

    public ExportResult exportTo(Path file) {
        List<Indicator> indicators = catalogue.indicators();
        List<Target> targets = catalogue.targets();
        try {
            CatalogueWorkbook.Content content = new CatalogueWorkbook.Content(indicators, targets, plans.plans(),
                    plans.monitorChoices(), definitions.definitionChanges());
            AtomicFile.write(file, out -> CatalogueWorkbook.write(content, out));
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
        List<Plan> newPlans = content.plans() != null ? content.plans() : withInferred(plans.plans(), content.targets());
        Map<String, Boolean> choices = content.monitorChoices() != null ? content.monitorChoices()
                : kept(plans.monitorChoices(), content.indicators());
        List<DefinitionChange> changes = content.definitionChanges() != null ? content.definitionChanges()
                : definitions.definitionChanges().stream()
                        .filter(d -> content.indicators().stream().anyMatch(i -> i.code().equals(d.indicatorCode())))
                        .toList();
        boolean changed = !changes.equals(definitions.definitionChanges())
                || !content.indicators().equals(catalogue.indicators())
                || !new HashSet<>(content.targets()).equals(new HashSet<>(catalogue.targets()))
                || !newPlans.equals(plans.plans()) || !choices.equals(plans.monitorChoices());
        if (changed) {
            database.inTransaction(() -> {
                catalogue.replaceAll(content.indicators(), content.targets());
                plans.replacePlans(newPlans);
                plans.replaceMonitorChoices(choices);
                definitions.replaceDefinitionChanges(changes);
            });
        }
        return new ImportResult(List.of(), content.indicators().size(), content.targets().size(), changed);
    }

    /** The plans there are, plus one named by its code for each document a target names that is not one. */
    static List<Plan> withInferred(List<Plan> existing, List<Target> targets) {
        Map<String, Plan> out = new LinkedHashMap<>();
        existing.forEach(p -> out.put(p.code(), p));
        for (Target t : targets) {
            if (!t.doc().isEmpty() && !out.containsKey(t.doc())) {
                out.put(t.doc(), new Plan(t.doc(), t.doc(), "", "", "", t.regionCode(), null, null, null, false));
            }
        }
        return new ArrayList<>(out.values());
    }

    private static Map<String, Boolean> kept(Map<String, Boolean> choices, List<Indicator> indicators) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        indicators.stream().filter(i -> choices.containsKey(i.code())).forEach(i -> out.put(i.code(), choices.get(i.code())));
        return out;
    }

    private static CatalogueWorkbookReader.Content read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return CatalogueWorkbookReader.read(in);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new ZhibiaoException("catalogue.error.read", e, file);
        }
    }
}
