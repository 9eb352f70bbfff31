package org.zhibiao.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhibiao.domain.ImportIssue;
import org.zhibiao.domain.ImportRepository;
import org.zhibiao.domain.SourceFileRecord;
import org.zhibiao.domain.SubmissionRepository;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.files.Sha256;
import org.zhibiao.importer.ParsedReturn;
import org.zhibiao.importer.RegionLookup;
import org.zhibiao.importer.ReturnParser;

/**
 * Previews return files (read, checked, compared with what is stored) without storing anything.
 * Identified files come back ready or rejected; a file whose bytes were imported before, skipped.
 */
public final class ImportService {

    private final ReturnParser parser;
    private final ReturnChecks checks;
    private final ImportRepository imports;
    private final SubmissionRepository submissions;
    private final RegionLookup regions;

    public ImportService(ReturnParser parser, ReturnChecks checks, ImportRepository imports,
                         SubmissionRepository submissions, RegionLookup regions) {
        this.parser = parser;
        this.checks = checks;
        this.imports = imports;
        this.submissions = submissions;
        this.regions = regions;
    }

    public FilePreview preview(Path file) {
        return preview(read(file));
    }

    /** The part of a preview that needs only the file, not the database: safe on several threads at once. */
    FileRead read(Path file) {
        return new FileRead(file, sha256(file), size(file), parser.parse(file));
    }

    /** The rest of the preview: what the database says about the file that was read. */
    FilePreview preview(FileRead read) {
        Path file = read.file();
        String sha = read.sha256();
        long size = read.sizeBytes();
        if (imports.importedWithSha(sha).isPresent()) {
            ParsedReturn none = new ParsedReturn(file.getFileName().toString(), null, null, List.of(), List.of());
            return new FilePreview(file, sha, size, FilePreview.Status.SKIPPED, none, List.of(), List.of(), Map.of());
        }
        ParsedReturn parsed = read.parsed();
        List<ImportIssue> issues = new ArrayList<>(parsed.issues());
        List<ValueChange> changes = List.of();
        Map<String, Double> stored = Map.of();
        if (parsed.isIdentified() && regions.byCode(parsed.regionCode()).isPresent()) {
            ReturnChecks.Stored now = checks.against(parsed);
            stored = now.values();
            if (submissions.isLocked(parsed.period())) {
                issues.add(ImportIssue.error(parsed.fileName(), "", "", "import.file.locked", "",
                        parsed.period().toString()));
            }
            if (!parsed.hasErrors()) {
                issues.addAll(now.warnings());
                changes = now.changes();
            }
        }
        boolean rejected = issues.stream().anyMatch(ImportIssue::isError);
        return new FilePreview(file, sha, size, rejected ? FilePreview.Status.REJECTED : FilePreview.Status.READY,
                parsed, issues, changes, stored);
    }

    /** The earlier import of the same bytes, for a skipped file's record. */
    SourceFileRecord earlierImport(String sha) {
        return imports.importedWithSha(sha).orElseThrow();
    }

    /** Whether a rejected file can be told apart as a region's return (and so is recorded). */
    boolean isAttributable(FilePreview preview) {
        ParsedReturn p = preview.parsed();
        return p.isIdentified() && regions.byCode(p.regionCode()).isPresent();
    }

    static String sha256(Path file) {
        try {
            return Sha256.of(file);
        } catch (IOException e) {
            throw new ZhibiaoException("import.error.read", e, file);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ZhibiaoException("import.error.read", e, file);
        }
    }
}
