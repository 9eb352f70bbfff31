package org.zhibiao.domain;

import java.util.Collection;
import java.util.List;

/**
 * What the analysis reads, in a few queries per screen: the part of the region tree and the
 * targets around the regions shown, and the current values of some periods for whole region
 * subtrees, without lineage (observations come back with a null lineage).
 */
public interface AnalysisRepository {

    /**
     * The current values at the given periods of the given regions and every region under them,
     * of one indicator or (null) of all.
     */
    List<Observation> current(Collection<Period> periods, Collection<String> rootCodes, String indicatorCodeOrNull);

    /**
     * The given regions, every region above them and every region under them, parents first:
     * the part of the tree their status reads.
     */
    List<Region> regionsAround(Collection<String> codes);

    /** The targets of the regions of {@link #regionsAround}, in catalogue order. */
    List<Target> targetsAround(Collection<String> codes);
}
