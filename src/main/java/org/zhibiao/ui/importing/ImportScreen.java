package org.zhibiao.ui.importing;

import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Node;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Region;
import org.zhibiao.ui.common.Screen;
import org.zhibiao.ui.common.ScreenContext;

/** Import of return files: preview, import with refusals recorded, history with undo. */
public final class ImportScreen implements Screen {

    @Override
    public String id() {
        return "import";
    }

    @Override
    public String titleKey() {
        return "uiimport.title";
    }

    @Override
    public String glyph() {
        return "⇩";
    }

    @Override
    public boolean edits() {
        return true;
    }

    @Override
    public Node create(ScreenContext context) {
        return create(context, model(context));
    }

    /** The view for a given model, so that files can be loaded into it from outside. */
    public Node create(ScreenContext context, ImportViewModel model) {
        Workspace w = context.workspace();
        Map<String, String> indicators = w.catalogue().indicators().stream()
                .collect(Collectors.toMap(Indicator::code, i -> i.name(context.messages().chinese())));
        ImportTables tables = new ImportTables(context.messages(),
                code -> w.regions().find(code).map(Region::name).orElse(""), code -> indicators.getOrDefault(code, ""));
        Node view = new ImportView(model, context.messages(), context.dialogs(), tables).build();
        model.loadHistory();
        return view;
    }

    public static ImportViewModel model(ScreenContext context) {
        return new ImportViewModel(context.workspace().returns(), context.tasks(), System.getProperty("user.name"),
                context.messages());
    }
}
