package org.zhibiao.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhibiao.domain.Region;

/** Subtrees and depths of a parents-first region list. */
final class RegionTree {

    private RegionTree() {
    }

    static List<Region> subtree(List<Region> parentsFirst, String rootCode) {
        Set<String> inside = new HashSet<>();
        List<Region> out = new ArrayList<>();
        for (Region r : parentsFirst) {
            if (r.code().equals(rootCode) || r.parentCode() != null && inside.contains(r.parentCode())) {
                inside.add(r.code());
                out.add(r);
            }
        }
        return out;
    }

    static Map<String, Integer> depths(List<Region> parentsFirst) {
        Map<String, Integer> depth = new HashMap<>();
        for (Region r : parentsFirst) {
            depth.put(r.code(), r.parentCode() == null ? 0 : depth.getOrDefault(r.parentCode(), 0) + 1);
        }
        return depth;
    }
}
