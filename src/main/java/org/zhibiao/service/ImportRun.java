package org.zhibiao.service;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zhibiao.domain.AlreadyImportedException;
import org.zhibiao.domain.FileCommit;
import org.zhibiao.domain.ImportIssue;
import org.zhibiao.domain.ImportRepository;
import org.zhibiao.domain.Lineage;
import org.zhibiao.domain.Observation;
import org.zhibiao.domain.PeriodLockedException;
import org.zhibiao.domain.SourceFileRecord;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.importer.ParsedReturn;
import org.zhibiao.importer.ReturnValue;

/**
 * One import run (one batch): each file previewed, then stored in its own transaction — its values
 * as new revisions with lineage and the original kept in the archive — or recorded as
 * rejected or skipped. A file another process stored a moment earlier is recorded as skipped, one
 * whose period was locked a moment earlier as rejected; one the database could not take is
 * reported as not stored, and the run goes on. A dry run stores nothing.
 */
public final class ImportRun {

    private static final Logger LOG = Logger.getLogger(ImportRun.class.getName());

    private final ImportService service;
    private final ImportRepository imports;
    private final ReturnArchive archive;
    private final String user;
    private final boolean dryRun;
    private final Set<String> seenInDryRun = new HashSet<>();
    private final Set<String> stagedInRun = ConcurrentHashMap.newKeySet();
    private Long batchId;

    ImportRun(ImportService service, ImportRepository imports, ReturnArchive archive, String user,
              boolean dryRun) {
        this.service = service;
        this.imports = imports;
        this.archive = archive;
        this.user = user;
        this.dryRun = dryRun;
    }

    public Long batchId() {
        return batchId;
    }

    /**
     * Imports the files in their order: they are read (hashed and parsed) and their originals
     * staged for the archive on every core ahead of this thread, which alone asks the database and
     * stores them, one transaction per file.
     */
    public List<FileResult> importAll(List<Path> files, Consumer<FileResult> listener) {
        List<FileResult> out = new ArrayList<>();
        try (ReadAhead<Path, Ahead> reads = new ReadAhead<>(files, this::readAhead)) {
            for (int i = 0; i < files.size(); i++) {
                FileResult r = importRead(reads.next());
                out.add(r);
                listener.accept(r);
            }
        }
        return out;
    }

    /**
     * Previews and stores one file. A file the database cannot take (busy past its timeout, a full
     * disk) is reported as not imported, with the reason; the run goes on with the next file.
     */
    public FileResult importFile(Path file) {
        return importRead(readAhead(file));
    }

    /**
     * A file read, and, when it may be stored, its original staged for the archive: flushing
     * a copy waits for the disk, which is better done here than between the writer's commits.
     * A second file with the same bytes in this run is staged by the writer, if it is stored at all.
     */
    private Ahead readAhead(Path file) {
        FileRead read = service.read(file);
        ParsedReturn p = read.parsed();
        if (dryRun || !p.isIdentified() || p.hasErrors() || !stagedInRun.add(read.sha256())) {
            return new Ahead(read, null, null);
        }
        try {
            return new Ahead(read, archive.stage(file, read.sha256(), p), null);
        } catch (ZhibiaoException e) {
            return new Ahead(read, null, e);
        }
    }

    private FileResult importRead(Ahead ahead) {
        FilePreview preview = service.preview(ahead.read());
        if (dryRun) {
            return dryRunResult(preview);
        }
        try {
            return record(preview, ahead);
        } catch (AlreadyImportedException raced) {
            return notStoredUnless(preview, () -> recordSkipped(preview));
        } catch (PeriodLockedException raced) {
            FilePreview again = service.preview(ahead.read());
            return notStoredUnless(again, () -> recordRejected(again));
        } catch (ZhibiaoException e) {
            return notStored(preview, e);
        } finally {
            if (ahead.staged() != null) {
                archive.discard(ahead.staged());
            }
        }
    }

    private FileResult record(FilePreview preview, Ahead ahead) {
        return switch (preview.status()) {
            case SKIPPED -> recordSkipped(preview);
            case REJECTED -> recordRejected(preview);
            case READY -> store(preview, ahead);
        };
    }

    private FileResult notStoredUnless(FilePreview preview, Supplier<FileResult> work) {
        try {
            return work.get();
        } catch (ZhibiaoException e) {
            return notStored(preview, e);
        }
    }

    private FileResult notStored(FilePreview preview, ZhibiaoException e) {
        LOG.log(Level.WARNING, "not imported: " + preview.file(), e);
        ImportIssue reason = ImportIssue.error(preview.fileName(), "", "", e.messageKey(), "",
                e.arguments().stream().map(String::valueOf).toArray(String[]::new));
        return new FileResult(preview.withIssue(reason), FileResult.Outcome.NOT_STORED, batchId, null);
    }

    private FileResult dryRunResult(FilePreview preview) {
        boolean duplicate = !seenInDryRun.add(preview.sha256());
        FileResult.Outcome outcome = switch (preview.status()) {
            case SKIPPED -> FileResult.Outcome.SKIPPED;
            case REJECTED -> FileResult.Outcome.REJECTED;
            case READY -> duplicate ? FileResult.Outcome.SKIPPED : FileResult.Outcome.WOULD_IMPORT;
        };
        return new FileResult(preview, outcome, null, null);
    }

    private FileResult store(FilePreview preview, Ahead ahead) {
        ParsedReturn p = preview.parsed();
        Instant at = Instant.now();
        List<Observation> values = p.values().stream().map(v -> observation(p, v, preview, at)).toList();
        if (ahead.stageFailed() != null) {
            throw ahead.stageFailed();
        }
        ReturnArchive.Staged staged = ahead.staged() != null ? ahead.staged()
                : archive.stage(preview.file(), preview.sha256(), p);
        SourceFileRecord record = new SourceFileRecord(preview.fileName(), preview.sha256(), preview.sizeBytes(),
                staged.name(), p.regionCode(), p.period(), SourceFileRecord.IMPORTED, at);
        FileCommit.Outcome o = archive.keep(staged,
                () -> imports.commit(new FileCommit(batchId, user, at, record, preview.issues(), values,
                        staged.content())));
        batchId = o.batchId();
        return new FileResult(preview, FileResult.Outcome.IMPORTED, o.batchId(), o.revision());
    }

    private FileResult recordRejected(FilePreview preview) {
        if (!service.isAttributable(preview)) {
            return new FileResult(preview, FileResult.Outcome.REJECTED, null, null);
        }
        ParsedReturn p = preview.parsed();
        SourceFileRecord record = new SourceFileRecord(preview.fileName(), preview.sha256(), preview.sizeBytes(),
                null, p.regionCode(), p.period(), SourceFileRecord.REJECTED, Instant.now());
        batchId = imports.commit(new FileCommit(batchId, user, record.receivedAt(), record, preview.issues(),
                List.of())).batchId();
        return new FileResult(preview, FileResult.Outcome.REJECTED, batchId, null);
    }

    private FileResult recordSkipped(FilePreview preview) {
        SourceFileRecord earlier = service.earlierImport(preview.sha256());
        SourceFileRecord record = new SourceFileRecord(preview.fileName(), preview.sha256(), preview.sizeBytes(),
                earlier.archivePath(), earlier.regionCode(), earlier.period(), SourceFileRecord.SKIPPED,
                Instant.now());
        batchId = imports.commit(new FileCommit(batchId, user, record.receivedAt(), record, List.of(),
                List.of())).batchId();
        return new FileResult(preview, FileResult.Outcome.SKIPPED, batchId, null);
    }

    /** A file read ahead of the writer: its archive copy staged aside, or why that failed, or neither. */
    private record Ahead(FileRead read, ReturnArchive.Staged staged, ZhibiaoException stageFailed) {
    }

    private Observation observation(ParsedReturn p, ReturnValue v, FilePreview preview, Instant at) {
        Lineage lineage = new Lineage(0, preview.fileName(), preview.sha256(), v.sheet(), v.cell(), at, user);
        return new Observation(v.indicator().code(), p.regionCode(), p.period(), v.value(), v.numerator(),
                v.denominator(), v.note(), 0, lineage);
    }
}
