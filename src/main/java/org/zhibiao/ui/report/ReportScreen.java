package org.zhibiao.ui.report;

import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.Window;
import org.zhibiao.i18n.Messages;
import org.zhibiao.ui.common.Screen;
import org.zhibiao.ui.common.ScreenContext;

/** The quarterly report: sections, issuing unit, page preview, save as PDF or Word, print. */
public final class ReportScreen implements Screen {

    private final BiFunction<Supplier<Window>, Messages, ReportDialogs> dialogs;
    private final ReportPrinter printer;

    public ReportScreen() {
        this(FxReportDialogs::new, ReportPrinter.system());
    }

    /** With other dialogs and printer, e.g. in tests. */
    public ReportScreen(BiFunction<Supplier<Window>, Messages, ReportDialogs> dialogs,
                        ReportPrinter printer) {
        this.dialogs = dialogs;
        this.printer = printer;
    }

    @Override
    public String id() {
        return "report";
    }

    @Override
    public String titleKey() {
        return "uireport.title";
    }

    @Override
    public String glyph() {
        return "▤";
    }

    @Override
    public Node create(ScreenContext context) {
        ReportView[] view = new ReportView[1];
        ReportViewModel model = new ReportViewModel(context.workspace(), context.messages(), context.tasks(),
                dialogs.apply(() -> view[0].window(), context.messages()), printer);
        view[0] = new ReportView(model, context.messages());
        Node root = view[0].build();
        model.load();
        return root;
    }
}
