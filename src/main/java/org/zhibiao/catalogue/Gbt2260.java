package org.zhibiao.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.RegionLevel;

/**
 * The administrative divisions of China (GB/T 2260), bundled. Placeholder prefecture levels —
 * the municipalities' 市辖区 and 县, and the provinces' directly administered county-level
 * divisions — are not regions of their own: their counties hang directly under the province.
 */
public final class Gbt2260 {

    private static final String BASE = "/org/zhibiao/data/gbt2260/";
    private static final Set<String> PLACEHOLDER_CITIES =
            Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    private final Map<String, Region> regions;
    private final Map<String, List<Region>> children = new HashMap<>();

    private Gbt2260(Map<String, Region> regions) {
        this.regions = regions;
        for (Region r : regions.values()) {
            if (r.parentCode() != null) {
                children.computeIfAbsent(r.parentCode(), k -> new ArrayList<>()).add(r);
            }
        }
    }

    public static Gbt2260 load() {
        Map<String, Region> all = new LinkedHashMap<>();
        Map<String, String> cityParent = new LinkedHashMap<>();
        for (String[] p : csv("provinces.csv")) {
            all.put(pad(p[0]), new Region(pad(p[0]), p[1], RegionLevel.PROVINCE, null));
        }
        for (String[] c : csv("cities.csv")) {
            String province = pad(c[2]);
            if (PLACEHOLDER_CITIES.contains(c[1])) {
                cityParent.put(c[0], province);
            } else {
                all.put(pad(c[0]), new Region(pad(c[0]), c[1], RegionLevel.CITY, province));
                cityParent.put(c[0], pad(c[0]));
            }
        }
        for (String[] a : csv("areas.csv")) {
            String parent = cityParent.getOrDefault(a[2], pad(a[3]));
            if (!all.containsKey(a[0])) {
                all.put(a[0], new Region(a[0], a[1], RegionLevel.COUNTY, parent));
            }
        }
        return new Gbt2260(all);
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(regions.get(code));
    }

    /** Every region, in code order. */
    public List<Region> all() {
        return List.copyOf(regions.values());
    }

    /**
     * The region and every region under it, parents first; the region itself becomes the top
     * (no parent) of the returned tree.
     */
    public List<Region> subtree(String code) {
        Region root = regions.get(code);
        if (root == null) {
            throw new IllegalArgumentException("unknown region " + code);
        }
        List<Region> out = new ArrayList<>();
        out.add(new Region(root.code(), root.name(), root.level(), null));
        addChildren(code, out);
        return out;
    }

    private void addChildren(String parent, List<Region> out) {
        for (Region r : children.getOrDefault(parent, List.of())) {
            out.add(r);
            addChildren(r.code(), out);
        }
    }

    private static String pad(String code) {
        return (code + "000000").substring(0, 6);
    }

    private static List<String[]> csv(String name) {
        try (InputStream in = Gbt2260.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(line.replace("\"", "").split(","));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
