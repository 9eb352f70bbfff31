package org.zhibiao.ui.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhibiao.catalogue.Gbt2260;
import org.zhibiao.domain.Region;
import org.zhibiao.i18n.Messages;

class RegionsViewModelTest {

    private RegionsViewModel model;

    @BeforeEach
    void load() {
        model = new RegionsViewModel(Messages.of(Messages.CHINESE));
        model.load(Gbt2260.load().subtree("220000"));
    }

    @Test
    void theHomeRegionOpensOnItsNineCities() {
        Region jilin = model.roots().get(0);
        assertThat(jilin.name()).isEqualTo("吉林省");
        assertThat(model.expanded(jilin)).isTrue();
        List<Region> cities = model.children(jilin);
        assertThat(cities).hasSize(9).extracting(Region::name).contains("长春市", "延边朝鲜族自治州");
        assertThat(model.expanded(cities.get(0))).isFalse();
        assertThat(model.levelLabel(cities.get(0))).isEqualTo("地市级");
    }

    @Test
    void theFilterKeepsMatchesTheirAncestorsAndWhatLiesUnderThem() {
        model.filterProperty().set("长春");
        Region jilin = model.roots().get(0);
        assertThat(model.children(jilin)).extracting(Region::name).containsExactly("长春市");
        Region changchun = model.children(jilin).get(0);
        assertThat(model.children(changchun)).isNotEmpty();

        model.filterProperty().set("220581");
        Region city = model.children(model.roots().get(0)).get(0);
        assertThat(model.expanded(city)).isTrue();
        assertThat(model.children(city)).extracting(Region::code).containsExactly("220581");

        model.filterProperty().set("没有");
        assertThat(model.roots()).isEmpty();
    }
}
