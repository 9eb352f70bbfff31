package org.zhibiao.domain;

import java.util.List;
import java.util.Optional;

public interface RegionRepository {

    /** Every region, parents before children, siblings by code. */
    List<Region> all();

    Optional<Region> find(String code);

    List<Region> children(String parentCode);

    /** The top region of the database (the home province or city). */
    Optional<Region> home();

    void replaceAll(List<Region> regions);
}
