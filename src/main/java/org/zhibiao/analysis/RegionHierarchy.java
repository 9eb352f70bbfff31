package org.zhibiao.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhibiao.domain.Region;

/** The region tree of a database: parents, children in order, ancestors and subtrees. */
public final class RegionHierarchy {

    private final Map<String, Region> regions = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();

    public RegionHierarchy(List<Region> parentsFirst) {
        for (Region r : parentsFirst) {
            regions.put(r.code(), r);
            if (r.parentCode() != null) {
                children.computeIfAbsent(r.parentCode(), k -> new ArrayList<>()).add(r.code());
            }
        }
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(regions.get(code));
    }

    public boolean contains(String code) {
        return regions.containsKey(code);
    }

    public List<String> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    /** The parent's code, null for a top region. */
    public String parent(String code) {
        Region r = regions.get(code);
        return r == null ? null : r.parentCode();
    }

    /** The region itself, then its parent, up to the top. */
    public List<String> selfAndAncestors(String code) {
        List<String> out = new ArrayList<>();
        for (String c = code; c != null && regions.containsKey(c); c = parent(c)) {
            out.add(c);
        }
        return out;
    }

    /** The region and every region under it, parents first. */
    public List<String> subtree(String code) {
        List<String> out = new ArrayList<>();
        out.add(code);
        for (int i = 0; i < out.size(); i++) {
            out.addAll(children(out.get(i)));
        }
        return out;
    }

    /** The regions without a parent. */
    public List<String> tops() {
        return regions.values().stream().filter(r -> r.parentCode() == null).map(Region::code).toList();
    }
}
