package org.zhibiao.ui.regions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.zhibiao.domain.Region;
import org.zhibiao.i18n.Messages;

/**
 * The regions of the database as a tree, narrowed by a filter: a region shows when its name or
 * code contains the filter, when one of its descendants does, or when one of its ancestors does.
 */
public final class RegionsViewModel {

    private final Messages messages;
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper();
    private final List<Region> roots = new ArrayList<>();
    private final Map<String, List<Region>> children = new HashMap<>();
    private Set<String> visible = Set.of();

    public RegionsViewModel(Messages messages) {
        this.messages = messages;
        filter.addListener(o -> refresh());
    }

    public void load(List<Region> regions) {
        roots.clear();
        children.clear();
        for (Region r : regions) {
            if (r.parentCode() == null) {
                roots.add(r);
            } else {
                children.computeIfAbsent(r.parentCode(), k -> new ArrayList<>()).add(r);
            }
        }
        refresh();
    }

    public List<Region> roots() {
        return roots.stream().filter(r -> visible.contains(r.code())).toList();
    }

    public List<Region> children(Region parent) {
        return children.getOrDefault(parent.code(), List.of()).stream().filter(r -> visible.contains(r.code())).toList();
    }

    /** The home region opens to show its children; while filtering, every path to a match is open. */
    public boolean expanded(Region region) {
        if (isFiltering()) {
            return hasMatchBelow(region);
        }
        return region.parentCode() == null;
    }

    public String levelLabel(Region region) {
        return messages.get("common.level." + region.level().code());
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** Changes whenever the visible tree changes; the view rebuilds on it. */
    public ReadOnlyIntegerProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    private void refresh() {
        Set<String> shown = new HashSet<>();
        for (Region root : roots) {
            collect(root, false, shown);
        }
        visible = shown;
        version.set(version.get() + 1);
    }

    private boolean collect(Region region, boolean ancestorMatches, Set<String> shown) {
        boolean self = !isFiltering() || ancestorMatches || matches(region);
        boolean below = false;
        for (Region child : children.getOrDefault(region.code(), List.of())) {
            below |= collect(child, self, shown);
        }
        if (self || below) {
            shown.add(region.code());
        }
        return self || below;
    }

    private boolean hasMatchBelow(Region region) {
        return children.getOrDefault(region.code(), List.of()).stream().anyMatch(c -> matches(c) || hasMatchBelow(c));
    }

    private boolean matches(Region region) {
        String f = query();
        return region.name().toLowerCase(Locale.ROOT).contains(f) || region.code().startsWith(f);
    }

    private boolean isFiltering() {
        return !query().isEmpty();
    }

    private String query() {
        return filter.get() == null ? "" : filter.get().trim().toLowerCase(Locale.ROOT);
    }
}
