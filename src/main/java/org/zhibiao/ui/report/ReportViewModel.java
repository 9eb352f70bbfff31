package org.zhibiao.ui.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zhibiao.analysis.TargetChoice;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;
import org.zhibiao.i18n.Messages;
import org.zhibiao.report.ReportFormat;
import org.zhibiao.report.ReportModel;
import org.zhibiao.report.ReportSection;
import org.zhibiao.report.print.PdfPreview;
import org.zhibiao.service.ReportService;
import org.zhibiao.ui.common.TaskRunner;

/**
 * The Report screen's state and actions: the period, the sections and issuing unit (kept in the
 * settings), the written PDF with its page preview, saving and printing. Free of scene classes.
 */
public final class ReportViewModel {

    static final double MIN_ZOOM = 0.5;
    static final double MAX_ZOOM = 3;
    private static final double PREVIEW_SCALE = 1.25;

    private final Workspace workspace;
    private final Messages messages;
    private final TaskRunner tasks;
    private final ReportDialogs dialogs;
    private final ReportPrinter printer;
    private final ObservableList<Period> periods = FXCollections.observableArrayList();
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>();
    private final StringProperty issuingUnit = new SimpleStringProperty("");
    private final Map<ReportSection, BooleanProperty> sections = new EnumMap<>(ReportSection.class);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(0);
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final ReadOnlyObjectWrapper<BufferedImage> pageImage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final StringProperty message = new SimpleStringProperty("");
    private ReportModel model;
    private byte[] pdf;
    private PdfPreview preview;

    public ReportViewModel(Workspace workspace, Messages messages, TaskRunner tasks, ReportDialogs dialogs,
                           ReportPrinter printer) {
        this.workspace = workspace;
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.printer = printer;
        for (ReportSection s : ReportSection.values()) {
            sections.put(s, new SimpleBooleanProperty(true));
        }
        page.addListener(o -> renderPage());
        zoom.addListener(o -> renderPage());
    }

    /** Reads the periods with data and the saved settings; the latest period is chosen. */
    public void load() {
        tasks.run(() -> workspace.observations().periods(), list -> {
            periods.setAll(list);
            period.set(list.isEmpty() ? null : list.get(list.size() - 1));
        });
        var settings = workspace.report().settings();
        issuingUnit.set(settings.issuingUnit().orElse(""));
        Set<ReportSection> chosen = settings.sections();
        sections.forEach((s, p) -> p.set(chosen.contains(s)));
    }

    /** Writes the report for the chosen period and sections and shows its first page. */
    public void preview() {
        Period p = period.get();
        if (p == null) {
            message.set(messages.get("uireport.noPeriod"));
            return;
        }
        Set<ReportSection> chosen = chosenSections();
        String unit = issuingUnit.get();
        busy.set(true);
        message.set(messages.get("uireport.working"));
        tasks.run(() -> write(p, chosen, unit), this::show, () -> busy.set(false));
    }

    /** The issuing unit a report names when none is typed: the home region's quality bureau. */
    public String defaultUnit() {
        String home = workspace.regions().home().map(Region::name).orElse("");
        return Messages.of(Messages.CHINESE).get("report.defaultUnit", home);
    }

    private Written write(Period p, Set<ReportSection> chosen, String unit) throws IOException {
        ReportService reports = workspace.report();
        if (!workspace.isReadOnly()) {
            reports.settings().save(unit, chosen);
        }
        ReportModel written = reports.build(p, null, TargetChoice.IN_FORCE, Messages.of(Messages.CHINESE), chosen, unit);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportService.write(written, ReportFormat.PDF, out);
        byte[] bytes = out.toByteArray();
        return new Written(written, bytes, new PdfPreview(bytes));
    }

    private record Written(ReportModel model, byte[] pdf, PdfPreview preview) {
    }

    private void show(Written written) {
        closePreview();
        model = written.model();
        pdf = written.pdf();
        preview = written.preview();
        busy.set(false);
        ready.set(true);
        pageCount.set(preview.pageCount());
        message.set(messages.get("uireport.ready", preview.pageCount()));
        if (page.get() == 0) {
            renderPage();
        } else {
            page.set(0);
        }
    }

    private void renderPage() {
        if (preview == null) {
            return;
        }
        int index = Math.max(0, Math.min(page.get(), pageCount.get() - 1));
        float scale = (float) (PREVIEW_SCALE * zoom.get());
        PdfPreview current = preview;
        tasks.run(() -> current.render(index, scale), pageImage::set);
    }

    public void nextPage() {
        if (page.get() < pageCount.get() - 1) {
            page.set(page.get() + 1);
        }
    }

    public void previousPage() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
        }
    }

    public void zoomIn() {
        zoom.set(Math.min(MAX_ZOOM, zoom.get() * 1.25));
    }

    public void zoomOut() {
        zoom.set(Math.max(MIN_ZOOM, zoom.get() / 1.25));
    }

    /** Asks where to save and writes the previewed report there in {@code format}. */
    public void save(ReportFormat format) {
        if (model == null) {
            return;
        }
        String name = messages.get("uireport.fileName", period.get().toString()) + "." + format.extension();
        dialogs.chooseSaveFile(format, name).ifPresent(file -> {
            ReportModel current = model;
            busy.set(true);
            tasks.run(() -> save(current, file), saved -> {
                busy.set(false);
                message.set(messages.get("uireport.saved", saved));
            }, () -> busy.set(false));
        });
    }

    private Path save(ReportModel current, Path file) {
        workspace.report().write(current, file);
        return file;
    }

    /** Prints the previewed report through the system dialog, or says that there is no printer. */
    public void print() {
        if (pdf == null) {
            return;
        }
        if (!printer.installed()) {
            message.set(messages.get("uireport.noPrinter"));
            return;
        }
        byte[] current = pdf;
        String job = model.cover().title();
        tasks.run(() -> printer.print(current, job),
                printed -> message.set(messages.get(printed ? "uireport.printed" : "uireport.printCancelled")));
    }

    private Set<ReportSection> chosenSections() {
        return sections.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReportSection.class)));
    }

    private void closePreview() {
        if (preview != null) {
            try {
                preview.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public String sectionLabel(ReportSection section) {
        return messages.get("report.section." + section.name());
    }

    public List<ReportSection> sectionList() {
        return List.of(ReportSection.values());
    }

    public BooleanProperty sectionProperty(ReportSection section) {
        return sections.get(section);
    }

    public ObservableList<Period> periods() {
        return periods;
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    public StringProperty issuingUnitProperty() {
        return issuingUnit;
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public ReadOnlyObjectProperty<BufferedImage> pageImageProperty() {
        return pageImage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** True once a report has been written and can be saved or printed. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }
}
