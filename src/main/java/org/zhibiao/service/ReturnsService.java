package org.zhibiao.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.zhibiao.domain.BatchRepository;
import org.zhibiao.domain.CatalogueRepository;
import org.zhibiao.domain.ImportRepository;
import org.zhibiao.domain.ImportedFile;
import org.zhibiao.domain.ObservationRepository;
import org.zhibiao.domain.Originals;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.RegionRepository;
import org.zhibiao.domain.SourceFileRecord;
import org.zhibiao.domain.Store;
import org.zhibiao.domain.Submission;
import org.zhibiao.domain.SubmissionRepository;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.importer.RegionLookup;
import org.zhibiao.importer.ReturnParser;

/**
 * The officer's quarter, shared by the CLI and the app: blank returns, import runs with preview,
 * undo of a batch, the submissions of a period, locks and backups.
 */
public final class ReturnsService {

    private final Store database;
    private final ImportRepository imports;
    private final BatchRepository batches;
    private final RegionRepository regions;
    private final CatalogueRepository catalogue;
    private final ObservationRepository observations;
    private final SubmissionRepository submissions;
    private final Originals originals;
    private final PlanService plans;

    public ReturnsService(Store database, Imports imports, RegionRepository regions, CatalogueRepository catalogue,
                          ObservationRepository observations, PlanService plans) {
        this.plans = plans;
        this.database = database;
        this.imports = imports.files();
        this.batches = imports.batches();
        this.submissions = imports.submissions();
        this.originals = imports.originals();
        this.regions = regions;
        this.catalogue = catalogue;
        this.observations = observations;
    }

    /** The stores of imports: the files, the batches, the quarters' submissions and locks, the originals. */
    public record Imports(ImportRepository files, BatchRepository batches, SubmissionRepository submissions,
                          Originals originals) {
    }

    public ReceiptService receipts() {
        return new ReceiptService(regions, catalogue);
    }

    public TemplateService templates() {
        return new TemplateService(regions, catalogue, plans);
    }

    /** A new import run; each file it imports is stored at once, all in one batch. */
    public ImportRun newRun(String user, boolean dryRun) {
        RegionLookup lookup = new RegionLookup(regions.all());
        ImportService service = new ImportService(new ReturnParser(catalogue.indicators(), lookup),
                new ReturnChecks(observations), imports, submissions, lookup);
        ReturnArchive archive = originals.keepsImportedOriginals() ? new DatabaseArchive()
                : new FolderArchive(databaseFolder(), imports);
        if (!dryRun) {
            archive.recover();
        }
        return new ImportRun(service, imports, archive, user, dryRun);
    }

    /**
     * The original bytes of an imported return: from the database, or from the archive folder
     * beside a database file; empty when neither has them (a demo value, a deleted archive copy).
     */
    public Optional<byte[]> original(String sha256) {
        return originals.find(sha256).or(() -> imports.importedWithSha(sha256)
                .map(SourceFileRecord::archivePath).filter(Objects::nonNull)
                .map(databaseFolder()::resolve).filter(Files::isRegularFile).map(ReturnsService::bytes));
    }

    private Path databaseFolder() {
        return database.file().toAbsolutePath().getParent();
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ZhibiaoException("import.error.read", e, file);
        }
    }

    /** Files and folders (recursively) as the list of files to import, in name order. */
    public static List<Path> expand(List<Path> paths) {
        return paths.stream().flatMap(ReturnsService::filesUnder).toList();
    }

    private static Stream<Path> filesUnder(Path path) {
        if (!Files.isDirectory(path)) {
            if (!Files.isRegularFile(path)) {
                throw new ZhibiaoException("import.error.noSuchFile", null, path);
            }
            return Stream.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("~$"))
                    .sorted().toList().stream();
        } catch (IOException e) {
            throw new ZhibiaoException("import.error.read", e, path);
        }
    }

    public int undo(long batchId) {
        return batches.undo(batchId, Instant.now());
    }

    /** Every file of every import, newest first. */
    public List<ImportedFile> importedFiles() {
        return batches.files();
    }

    public List<Submission> submissions(Period period, String underCode) {
        return new Submissions(regions, submissions).of(period, underCode);
    }

    /** Whether the regions owe a return at the period: the monitored indicators ask for something then. */
    public boolean isDue(Period period) {
        return !plans.due(period).isEmpty();
    }

    public boolean isLocked(Period period) {
        return submissions.isLocked(period);
    }

    public boolean lock(Period period, String user) {
        return submissions.lock(period, user, Instant.now());
    }

    public boolean unlock(Period period) {
        return submissions.unlock(period);
    }

    public void backup(Path out) {
        database.backupTo(out);
    }
}
