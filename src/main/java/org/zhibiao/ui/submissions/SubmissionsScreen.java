package org.zhibiao.ui.submissions;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;
import org.zhibiao.ui.common.Screen;
import org.zhibiao.ui.common.ScreenContext;

/** Which regions sent their returns, quarter by quarter; templates for the missing; quarter locks. */
public final class SubmissionsScreen implements Screen {

    @Override
    public String id() {
        return "submissions";
    }

    @Override
    public String titleKey() {
        return "uisubmissions.title";
    }

    @Override
    public String glyph() {
        return "▤";
    }

    @Override
    public Node create(ScreenContext context) {
        return create(context, model(context));
    }

    /** The view for a given model, e.g. to generate templates into a folder chosen outside. */
    public Node create(ScreenContext context, SubmissionsViewModel model) {
        Workspace w = context.workspace();
        List<Region> all = w.regions().all();
        Set<String> withChildren = all.stream().map(Region::parentCode).collect(Collectors.toSet());
        List<Region> parents = all.stream().filter(r -> withChildren.contains(r.code())).toList();
        List<Period> quarters = quarters(w.observations().periods());
        Node view = new SubmissionsView(model, context.messages(), context.dialogs(), w.isReadOnly()).build(parents, quarters);
        w.regions().home().ifPresent(model.parentProperty()::set);
        model.quarterProperty().set(quarters.get(Math.max(0, quarters.size() - 2)));
        context.changes().onChange(model::refresh);
        return view;
    }

    public static SubmissionsViewModel model(ScreenContext context) {
        return new SubmissionsViewModel(context.workspace().returns(), context.tasks(), System.getProperty("user.name"));
    }

    /** The quarters holding values and the one after the newest, the next to be reported. */
    private static List<Period> quarters(List<Period> stored) {
        List<Period> out = new ArrayList<>(stored);
        out.add(stored.isEmpty() ? Period.of(Year.now().getValue(), 1)
                : stored.get(stored.size() - 1).plusQuarters(1));
        return out;
    }
}
