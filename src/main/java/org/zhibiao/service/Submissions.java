package org.zhibiao.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.RegionRepository;
import org.zhibiao.domain.Submission;
import org.zhibiao.domain.SubmissionRepository.Received;
import org.zhibiao.domain.SubmissionRepository;
import org.zhibiao.domain.UnknownRegionException;
import org.zhibiao.domain.ZhibiaoException;

/**
 * Which regions under a region have sent their return for a period: the newest imported file
 * (received, or revised from the second revision on), else a rejected one, else missing.
 */
final class Submissions {

    private final RegionRepository regions;
    private final SubmissionRepository files;

    Submissions(RegionRepository regions, SubmissionRepository files) {
        this.regions = regions;
        this.files = files;
    }

    List<Submission> of(Period period, String underCode) {
        String root = underCode != null ? underCode
                : regions.home().map(Region::code).orElseThrow(() -> new ZhibiaoException("import.error.noHome", null));
        if (regions.find(root).isEmpty()) {
            throw new UnknownRegionException(root);
        }
        Map<String, Received> imported = new HashMap<>();
        Map<String, Received> rejected = new HashMap<>();
        for (Received r : files.received(period)) {
            (r.state().equals("imported") ? imported : rejected).put(r.regionCode(), r);
        }
        List<Submission> out = new ArrayList<>();
        for (Region region : below(root)) {
            out.add(submission(region, period, imported.get(region.code()), rejected.get(region.code())));
        }
        return out;
    }

    private static Submission submission(Region region, Period period, Received imported, Received rejected) {
        if (imported != null) {
            int revision = imported.revision() == null ? 1 : imported.revision();
            Submission.State state = revision > 1 ? Submission.State.REVISED : Submission.State.RECEIVED;
            return new Submission(region, period, state, revision, imported.receivedAt(), imported.fileName());
        }
        if (rejected != null) {
            return new Submission(region, period, Submission.State.REJECTED, null, rejected.receivedAt(),
                    rejected.fileName());
        }
        return new Submission(region, period, Submission.State.MISSING, null, null, "");
    }

    /** The regions under a region, parents before children, the region itself not included. */
    private List<Region> below(String root) {
        Set<String> inside = new HashSet<>(Set.of(root));
        List<Region> out = new ArrayList<>();
        for (Region r : regions.all()) {
            if (r.parentCode() != null && inside.contains(r.parentCode())) {
                inside.add(r.code());
                out.add(r);
            }
        }
        return out;
    }
}
