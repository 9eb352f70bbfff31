package org.zhibiao.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhibiao.domain.Region;

/**
 * The regions of the demo history: the leaves (counties) report, the regions between the home
 * region and the leaves (cities) report their counties' totals, the home region reports only the
 * indicators that do not add up (kind none), which no roll-up can give it.
 * The last two cities miss the latest quarter; the third complete city reports one figure that
 * differs from its counties' total.
 */
final class DemoTree {

    private final Region home;
    private final List<Region> regions;
    private final Map<String, List<String>> children = new HashMap<>();
    private final Set<String> missingLatest = new HashSet<>();
    private final String mismatchCity;

    DemoTree(Region home, List<Region> all) {
        this.home = home;
        this.regions = all.stream().filter(r -> !r.code().equals(home.code())).toList();
        for (Region r : regions) {
            children.computeIfAbsent(r.parentCode(), k -> new ArrayList<>()).add(r.code());
        }
        List<String> tops = tops();
        if (tops.size() >= 3) {
            tops.subList(tops.size() - 2, tops.size()).forEach(this::addSubtreeToMissing);
        }
        mismatchCity = tops.stream().filter(c -> !isLeaf(c) && !missingLatest.contains(c))
                .skip(2).findFirst().orElse(null);
    }

    /** Every region but the home region, parents before children. */
    List<Region> regions() {
        return regions;
    }

    /** The home region, then every other region, parents before children. */
    List<String> codes() {
        List<String> out = new ArrayList<>(List.of(home.code()));
        regions.forEach(r -> out.add(r.code()));
        return out;
    }

    String homeCode() {
        return home.code();
    }

    /** The regions directly under the home region. */
    List<String> tops() {
        return children.getOrDefault(home.code(), List.of());
    }

    List<String> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    boolean isLeaf(String code) {
        return !children.containsKey(code);
    }

    List<String> leaves() {
        return regions.stream().map(Region::code).filter(this::isLeaf).toList();
    }

    /** Regions that report their children's totals, children before parents. */
    List<String> rollUpOrder() {
        List<String> out = new ArrayList<>();
        for (int i = regions.size() - 1; i >= 0; i--) {
            String code = regions.get(i).code();
            if (!isLeaf(code)) {
                out.add(code);
            }
        }
        return out;
    }

    boolean missesLatest(String code) {
        return missingLatest.contains(code);
    }

    /** The city whose own figure differs from its counties' total once; null when there is none. */
    String mismatchCity() {
        return mismatchCity;
    }

    private void addSubtreeToMissing(String code) {
        missingLatest.add(code);
        children(code).forEach(this::addSubtreeToMissing);
    }
}
