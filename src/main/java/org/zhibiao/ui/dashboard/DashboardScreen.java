package org.zhibiao.ui.dashboard;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Window;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.i18n.Messages;
import org.zhibiao.service.StatusTableExport;
import org.zhibiao.service.StatusWorkbook;
import org.zhibiao.ui.common.Screen;
import org.zhibiao.ui.common.ScreenContext;
import org.zhibiao.ui.detail.IndicatorDetail;

/** What the supervisor opens first: the state of every indicator of a region at a quarter. */
public final class DashboardScreen implements Screen {

    private final Function<Parent, FileSaver> savers;

    public DashboardScreen() {
        this(null);
    }

    /** With a given way to choose files ({@code null}: the system's save dialog). */
    public DashboardScreen(Function<Parent, FileSaver> savers) {
        this.savers = savers;
    }

    @Override
    public String id() {
        return "dashboard";
    }

    @Override
    public String titleKey() {
        return "dashboard.title";
    }

    @Override
    public String glyph() {
        return "◉";
    }

    @Override
    public Node create(ScreenContext context) {
        DashboardViewModel model = new DashboardViewModel(context.workspace(), context.messages(), context.tasks());
        Parent[] root = new Parent[1];
        FileSaver saver = (name, kind) -> saverFor(root[0], context.messages()).choose(name, kind);
        IndicatorDetail detail = new IndicatorDetail(context.workspace(), context.messages(), context.tasks(), saver);
        DashboardView.TableActions actions = new DashboardView.TableActions() {
            @Override
            public void openDetail(StatusRow row) {
                detail.open(window(root[0]), row);
            }

            @Override
            public void exportTable(String kind) {
                List<StatusRow> rows = List.copyOf(model.rows());
                saver.choose("indicators", kind).ifPresent(file -> context.tasks().run(
                        () -> export(rows, context.messages(), kind, file), done -> { }));
            }
        };
        root[0] = new DashboardView(model, context.tasks(), saver, actions, context.preferences()).build();
        model.load();
        context.changes().onChange(model::reload);
        return root[0];
    }

    private FileSaver saverFor(Parent root, Messages messages) {
        return savers != null ? savers.apply(root) : new FxFileSaver(() -> window(root), messages);
    }

    private static Window window(Parent root) {
        return root == null || root.getScene() == null ? null : root.getScene().getWindow();
    }

    private static Path export(List<StatusRow> rows, Messages messages, String kind, Path file) {
        if (kind.equals("csv")) {
            StatusTableExport.csv(rows, messages.chinese(), file);
        } else {
            new StatusWorkbook(messages).write(rows, file);
        }
        return file;
    }
}
