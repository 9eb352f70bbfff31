package org.zhibiao.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.RegionLevel;

class Gbt2260Test {

    private final Gbt2260 divisions = Gbt2260.load();

    @Test
    void jilinHasItsNinePrefecturesWithTheirCountiesBelow() {
        List<Region> jilin = divisions.subtree("220000");
        assertThat(jilin.get(0)).isEqualTo(new Region("220000", "吉林省", RegionLevel.PROVINCE, null));
        assertThat(jilin).filteredOn(r -> r.level() == RegionLevel.CITY).extracting(Region::name)
                .containsExactly("长春市", "吉林市", "四平市", "辽源市", "通化市", "白山市", "松原市", "白城市",
                        "延边朝鲜族自治州");
        assertThat(jilin).filteredOn(r -> r.code().equals("220102")).singleElement()
                .isEqualTo(new Region("220102", "南关区", RegionLevel.COUNTY, "220100"));
        assertThat(jilin).filteredOn(r -> r.level() == RegionLevel.COUNTY)
                .allSatisfy(r -> assertThat(r.parentCode()).endsWith("00").isNotEqualTo("220000"));
    }

    @Test
    void municipalitiesHaveTheirDistrictsDirectlyUnderThem() {
        List<Region> beijing = divisions.subtree("110000");
        assertThat(beijing).noneMatch(r -> r.name().equals("市辖区"));
        assertThat(beijing).filteredOn(r -> r.code().equals("110101")).singleElement()
                .isEqualTo(new Region("110101", "东城区", RegionLevel.COUNTY, "110000"));
        assertThat(divisions.subtree("500000")).noneMatch(r -> r.name().equals("县"));
    }

    @Test
    void aCityCanBeTheHomeRegion() {
        List<Region> yangjiang = divisions.subtree("441700");
        assertThat(yangjiang.get(0).parentCode()).isNull();
        assertThat(yangjiang.get(0).level()).isEqualTo(RegionLevel.CITY);
        assertThat(yangjiang).hasSizeGreaterThan(3);
    }

    @Test
    void citiesWhoseOnlyCountyHasTheirCodeAppearOnce() {
        assertThat(divisions.subtree("441900")).hasSize(1);
    }
}
