package org.zhibiao.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhibiao.analysis.MonitoredSet;
import org.zhibiao.analysis.PlanNames;
import org.zhibiao.domain.CatalogueRepository;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Plan;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.RegionRepository;
import org.zhibiao.domain.Target;
import org.zhibiao.domain.UnknownRegionException;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.files.AtomicFile;
import org.zhibiao.importer.TemplateSpec;
import org.zhibiao.importer.TemplateWriter;

/** Blank returns (RETURNS.md), one workbook per region, for a period: the monitored indicators due then. */
public final class TemplateService {

    private final RegionRepository regions;
    private final CatalogueRepository catalogue;
    private final PlanService plans;

    public TemplateService(RegionRepository regions, CatalogueRepository catalogue, PlanService plans) {
        this.regions = regions;
        this.catalogue = catalogue;
        this.plans = plans;
    }

    /** The regions a template run covers by default: the home region's children. */
    public List<String> defaultRegions() {
        return regions.home().map(h -> regions.children(h.code()).stream().map(Region::code).toList())
                .orElse(List.of());
    }

    public List<String> childrenOf(String code) {
        requireRegion(code);
        return regions.children(code).stream().map(Region::code).toList();
    }

    /**
     * Writes one template per region into the folder and returns the files; each asks for the
     * monitored indicators due at the period.
     */
    public List<Path> generate(Period period, List<String> regionCodes, Path folder) {
        String version = catalogueVersion(catalogue.indicators());
        List<Indicator> indicators = plans.due(period);
        Map<String, List<String>> sources = sources();
        Instant now = Instant.now();
        List<Path> out = new ArrayList<>();
        for (String code : regionCodes) {
            TemplateSpec spec = new TemplateSpec(requireRegion(code), period, indicators, sources, version, now);
            out.add(write(spec, folder));
        }
        return out;
    }

    /** By indicator: the titles and numbers of the database's plans in force that set it a target. */
    private Map<String, List<String>> sources() {
        Map<String, Plan> byCode = new HashMap<>();
        plans.plans().forEach(p -> byCode.put(p.code(), p));
        MonitoredSet monitored = plans.monitoredSet();
        Map<String, Set<String>> titles = new HashMap<>();
        for (Target target : catalogue.targets()) {
            Plan plan = byCode.get(target.doc());
            if (plan != null && monitored.concerns(target)) {
                titles.computeIfAbsent(target.indicatorCode(), k -> new LinkedHashSet<>())
                        .add(PlanNames.cite(plan, true));
            }
        }
        Map<String, List<String>> out = new HashMap<>();
        titles.forEach((code, set) -> out.put(code, List.copyOf(set)));
        return out;
    }

    private Path write(TemplateSpec spec, Path folder) {
        Path file = folder.resolve(spec.fileName());
        try {
            AtomicFile.write(file, stream -> new TemplateWriter().write(spec, stream));
            return file;
        } catch (IOException e) {
            throw new ZhibiaoException("template.error.write", e, file);
        }
    }

    private Region requireRegion(String code) {
        return regions.find(code).orElseThrow(() -> new UnknownRegionException(code));
    }

    /** A short fingerprint of what a return's rows depend on: codes, units, kinds and factors. */
    static String catalogueVersion(List<Indicator> indicators) {
        StringBuilder b = new StringBuilder();
        for (Indicator i : indicators) {
            b.append(i.code()).append('|').append(i.unit()).append('|').append(i.kind()).append('|')
                    .append(i.factor()).append('\n');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
