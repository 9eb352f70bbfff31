package org.zhibiao.ui.regions;

import javafx.scene.Node;
import org.zhibiao.ui.common.Screen;
import org.zhibiao.ui.common.ScreenContext;

/** The region tree of the open database. */
public final class RegionsScreen implements Screen {

    @Override
    public String id() {
        return "regions";
    }

    @Override
    public String titleKey() {
        return "uiregions.title";
    }

    @Override
    public String glyph() {
        return "▦";
    }

    @Override
    public Node create(ScreenContext context) {
        RegionsViewModel model = new RegionsViewModel(context.messages());
        RegionsView view = new RegionsView(model, context.messages());
        context.tasks().run(() -> context.workspace().regions().all(), model::load);
        return view.build();
    }
}
