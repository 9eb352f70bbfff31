package org.zhibiao.importer;

import java.util.List;
import java.util.Optional;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.Text;

/** The regions of the database, to tell a return's region from its code or its name. */
public record RegionLookup(List<Region> regions) {

    public Optional<Region> byCode(String code) {
        return regions.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** The one region whose name is exactly this text (after normalising), if there is exactly one. */
    public Optional<String> codeOfName(String name) {
        String n = Text.normaliseName(name);
        List<Region> matches = regions.stream().filter(r -> Text.normaliseName(r.name()).equals(n)).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0).code()) : Optional.empty();
    }

    /** The one region whose name the text contains (the longest such name), if it is unambiguous. */
    public Optional<String> codeNamedIn(String text) {
        String t = Text.normaliseName(text);
        Region best = null;
        boolean ambiguous = false;
        for (Region r : regions) {
            String n = Text.normaliseName(r.name());
            if (n.length() < 2 || !t.contains(n)) {
                continue;
            }
            if (best == null || n.length() > best.name().length()) {
                best = r;
                ambiguous = false;
            } else if (n.length() == best.name().length()) {
                ambiguous = true;
            }
        }
        return best == null || ambiguous ? Optional.empty() : Optional.of(best.code());
    }
}
