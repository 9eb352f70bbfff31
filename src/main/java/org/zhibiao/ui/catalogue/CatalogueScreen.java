package org.zhibiao.ui.catalogue;

import javafx.scene.Node;
import org.zhibiao.ui.common.Screen;
import org.zhibiao.ui.common.ScreenContext;

/** The indicator catalogue and its targets, editable. */
public final class CatalogueScreen implements Screen {

    @Override
    public String id() {
        return "catalogue";
    }

    @Override
    public String titleKey() {
        return "uicatalogue.title";
    }

    @Override
    public String glyph() {
        return "☰";
    }

    @Override
    public boolean edits() {
        return true;
    }

    @Override
    public Node create(ScreenContext context) {
        CatalogueViewModel model = new CatalogueViewModel(context.workspace(), context.tasks(), context.messages());
        context.unsaved().track(model.editor().dirtyProperty());
        Node view = new CatalogueView(model, context.messages()).build();
        model.load();
        return view;
    }
}
