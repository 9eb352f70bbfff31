package org.zhibiao.ui.catalogue;

import java.util.List;
import java.util.Optional;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.Target;

/** What the catalogue screen shows, read in one go in the background. */
record CatalogueData(List<Indicator> indicators, List<Target> targets, Optional<Region> home) {

    static final CatalogueData EMPTY = new CatalogueData(List.of(), List.of(), Optional.empty());

    static CatalogueData read(Workspace workspace) {
        return new CatalogueData(workspace.catalogue().indicators(), workspace.catalogue().targets(),
                workspace.regions().home());
    }

    List<Target> targetsOf(String code) {
        return targets.stream().filter(t -> t.indicatorCode().equals(code)).toList();
    }

    Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
