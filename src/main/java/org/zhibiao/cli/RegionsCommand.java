package org.zhibiao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.UnknownRegionException;
import org.zhibiao.service.CsvTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "regions", description = "List regions.")
final class RegionsCommand extends DbCommand {

    enum Format { table, csv }

    @Option(names = "--under", paramLabel = "CODE", description = "only this region and those under it")
    String under;

    @Option(names = "--format", defaultValue = "table", description = "table or csv")
    Format format;

    @Override
    int run(Workspace workspace) {
        List<Region> all = workspace.regions().all();
        if (under != null && workspace.regions().find(under).isEmpty()) {
            throw new UnknownRegionException(under);
        }
        List<Region> regions = under == null ? all : RegionTree.subtree(all, under);
        if (format == Format.csv) {
            printCsv(regions);
        } else {
            printTable(regions, RegionTree.depths(all));
        }
        return ExitCodes.DONE;
    }

    private void printCsv(List<Region> regions) {
        try {
            CsvTable csv = new CsvTable(out(), List.of("code", "name", "level", "parent_code"), Set.of());
            for (Region r : regions) {
                csv.row(List.of(r.code(), r.name(), r.level().code(), r.parentCode() == null ? "" : r.parentCode()));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void printTable(List<Region> regions, java.util.Map<String, Integer> depth) {
        for (Region r : regions) {
            String indent = "  ".repeat(depth.getOrDefault(r.code(), 0));
            out().println(indent + r.code() + "  " + r.name() + "  "
                    + messages().get("common.level." + r.level().code()));
        }
        out().flush();
    }
}
