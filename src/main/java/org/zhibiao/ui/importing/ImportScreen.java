package org.zhibiao.ui.importing;

import javafx.scene.Node;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Region;
import org.zhibiao.ui.common.Screen;
import org.zhibiao.ui.common.ScreenContext;

/** Import of return files: preview, commit of the files that passed, history with undo. */
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
        ImportTables tables = new ImportTables(context.messages(),
                code -> w.regions().find(code).map(Region::name).orElse(""));
        Node view = new ImportView(model, context.messages(), context.dialogs(), tables).build();
        model.loadHistory();
        return view;
    }

    public static ImportViewModel model(ScreenContext context) {
        return new ImportViewModel(context.workspace().returns(), context.tasks(), System.getProperty("user.name"));
    }
}
