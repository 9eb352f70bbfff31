package org.zhibiao.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.zhibiao.domain.AnalysisRepository;
import org.zhibiao.domain.CatalogueRepository;
import org.zhibiao.domain.DefinitionChangeRepository;
import org.zhibiao.domain.DemoWriter;
import org.zhibiao.domain.ObservationRepository;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.PlanRepository;
import org.zhibiao.domain.RegionRepository;
import org.zhibiao.domain.ReturnStates;
import org.zhibiao.domain.SettingsRepository;
import org.zhibiao.domain.SnapshotStore;
import org.zhibiao.domain.Submission;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.files.AsideFiles;
import org.zhibiao.service.CatalogueService;
import org.zhibiao.service.ChartService;
import org.zhibiao.service.DemoDataService;
import org.zhibiao.service.ExportService;
import org.zhibiao.service.InitService;
import org.zhibiao.service.PlanService;
import org.zhibiao.service.ReportService;
import org.zhibiao.service.ReturnsService;
import org.zhibiao.service.SnapshotService;
import org.zhibiao.service.StatusService;
import org.zhibiao.service.SubmissionCharts;
import org.zhibiao.storage.Database;
import org.zhibiao.domain.ServerAddress;
import org.zhibiao.domain.ServerRoles;
import org.zhibiao.storage.ChangeWatch;
import org.zhibiao.storage.ServerGrants;
import org.zhibiao.storage.SqliteAnalysisRepository;
import org.zhibiao.storage.SqliteBatchRepository;
import org.zhibiao.storage.SqliteCatalogueRepository;
import org.zhibiao.storage.SqliteDefinitionChanges;
import org.zhibiao.storage.SqliteDemoWriter;
import org.zhibiao.storage.SqliteImportRepository;
import org.zhibiao.storage.SqliteObservationRepository;
import org.zhibiao.storage.SqliteOriginals;
import org.zhibiao.storage.SqlitePlanRepository;
import org.zhibiao.storage.SqliteRegionRepository;
import org.zhibiao.storage.SqliteReturnStates;
import org.zhibiao.storage.SqliteSettingsRepository;
import org.zhibiao.storage.SqliteSnapshots;
import org.zhibiao.storage.SqliteSubmissionRepository;

/**
 * One open database and the services over it: the composition root that the CLI and the
 * desktop app both start from, and the only place that creates the storage implementations of
 * the repositories; everything else sees them as the ports of {@code domain}.
 */
public final class Workspace implements AutoCloseable {

    private final Database database;
    private final RegionRepository regions;
    private final CatalogueRepository catalogue;
    private final ObservationRepository observations;
    private final SettingsRepository settings;
    private final PlanRepository plans;
    private final DefinitionChangeRepository definitions;
    private final AnalysisRepository analysis;
    private final ReturnStates returnStates;
    private final SnapshotStore snapshotStore;
    private final DemoWriter demoWriter;
    private final ReturnsService.Imports imports;
    private final ChangeWatch changes;

    private Workspace(Database database) {
        this.database = database;
        this.regions = new SqliteRegionRepository(database);
        this.catalogue = new SqliteCatalogueRepository(database);
        this.observations = new SqliteObservationRepository(database);
        this.settings = new SqliteSettingsRepository(database);
        this.plans = new SqlitePlanRepository(database);
        this.definitions = new SqliteDefinitionChanges(database);
        this.analysis = new SqliteAnalysisRepository(database);
        this.returnStates = new SqliteReturnStates(database);
        this.snapshotStore = new SqliteSnapshots(database);
        this.demoWriter = new SqliteDemoWriter(database, catalogue);
        this.imports = new ReturnsService.Imports(new SqliteImportRepository(database),
                new SqliteBatchRepository(database), new SqliteSubmissionRepository(database),
                new SqliteOriginals(database));
        this.changes = new ChangeWatch(database);
    }

    public static Workspace open(Path file) {
        return new Workspace(Database.open(file));
    }

    /**
     * Creates a new database at {@code target}: built aside by {@code fill}, checkpointed into one
     * self-contained file (in WAL mode, as every database is) and then moved to {@code target}, so a failed or killed set-up leaves
     * nothing there, or a whole database. {@code target} must not exist or be empty.
     */
    public static <T> T create(Path target, Function<Workspace, T> fill) {
        Path absolute = target.toAbsolutePath();
        Path aside = AsideFiles.aside(absolute, "init");
        try {
            Files.createDirectories(absolute.getParent());
            AsideFiles.sweep(absolute.getParent(), "init");
            requireNew(target);
            T result;
            try (Workspace workspace = open(aside)) {
                result = fill.apply(workspace);
                workspace.database.checkpointPrivateFile();
            }
            Path wal = aside.resolveSibling(aside.getFileName() + "-wal");
            if (Files.exists(wal) && Files.size(wal) > 0) {
                throw new IOException("the write-ahead log of " + aside + " was not emptied");
            }
            requireNew(target);
            AsideFiles.moveIntoPlace(aside, absolute);
            return result;
        } catch (IOException e) {
            throw new ZhibiaoException("init.error.create", e, target);
        } finally {
            discard(aside, target);
        }
    }

    private static void requireNew(Path target) throws IOException {
        if (Files.exists(target) && Files.size(target) > 0) {
            throw new ZhibiaoException("init.error.notEmpty", null, target);
        }
    }

    private static void discard(Path aside, Path target) {
        try {
            AsideFiles.deleteWithCompanions(aside);
        } catch (IOException e) {
            throw new ZhibiaoException("init.error.create", e, target);
        }
    }

    /**
     * Opens a database on a PostgreSQL server, which keeps the originals of the returns imported
     * into it. Its name on this PC (for titles and default file names) is a path in the data folder,
     * {@code servers/<host_port_database>/<database>}, where nothing is written.
     */
    public static Workspace openServer(ServerAddress server, boolean readOnly) {
        return openServer(server, null, readOnly);
    }

    /**
     * Opens a database on a server with a password (null: from {@code PGPASSWORD} or
     * {@code ~/.pgpass}) that is kept in memory only. Opened for writing, a login of the reader
     * role is refused before anything is done.
     */
    public static Workspace openServer(ServerAddress server, String password, boolean readOnly) {
        return new Workspace(Database.openServer(server, password, nameOnThisPc(server),
                readOnly ? Database.Access.READ : Database.Access.WRITE));
    }

    /** Opens a database on a server for writing if the login may write, else read-only (the desktop app). */
    public static Workspace connect(ServerAddress server, String password) {
        return new Workspace(Database.openServer(server, password, nameOnThisPc(server), Database.Access.WRITE_IF_ALLOWED));
    }

    static Path nameOnThisPc(ServerAddress server) {
        return AppPaths.dataFolder().resolve("servers").resolve(server.folderName()).resolve(server.database());
    }

    /**
     * Sets up an empty database on a server: {@code fill} runs as one transaction, so a failed
     * set-up leaves the database as empty as it was.
     */
    public static <T> T createOnServer(ServerAddress server, Function<Workspace, T> fill) {
        return createOnServer(server, null, ServerRoles.of(server, null, null), fill);
    }

    /**
     * Sets up an empty database on a server and its writer and reader roles ({@link ServerRoles}):
     * the schema, {@code fill} and the roles' privileges are one transaction, so a failed set-up
     * leaves the database as empty as it was.
     */
    public static <T> T createOnServer(ServerAddress server, String password, ServerRoles roles,
                                       Function<Workspace, T> fill) {
        try (Workspace workspace = openServer(server, password, false)) {
            if (!workspace.regions().all().isEmpty()) {
                throw new ZhibiaoException("init.error.notEmpty", null, server);
            }
            return workspace.database.inTransaction(c -> {
                T result = fill.apply(workspace);
                ServerGrants.grant(workspace.database, roles);
                return result;
            });
        }
    }

    /** Opens a database or a snapshot without ever writing to it (see {@link Database#openReadOnly}). */
    public static Workspace openReadOnly(Path file) {
        return new Workspace(Database.openReadOnly(file, SnapshotService.isSnapshot(file)));
    }

    public Database database() {
        return database;
    }

    public Path file() {
        return database.file();
    }

    public boolean isReadOnly() {
        return database.isReadOnly();
    }

    /** The server the database is on, or null for a database file. */
    public ServerAddress server() {
        return database.server();
    }

    /**
     * Whether another process or PC committed a change to the database since the last call (the
     * first call starts watching); for a screen that shows what others import.
     */
    public boolean changedElsewhere() {
        return changes.changedElsewhere();
    }

    /**
     * A value that changes with every commit that may have changed the data, of this process or
     * another; for what a screen keeps computed from the data.
     */
    public String dataVersion() {
        return changes.dataVersion();
    }

    public RegionRepository regions() {
        return regions;
    }

    public CatalogueRepository catalogue() {
        return catalogue;
    }

    public ObservationRepository observations() {
        return observations;
    }

    public SettingsRepository settings() {
        return settings;
    }

    /** Runs repository work as one transaction: all of it is stored, or none. */
    public void inTransaction(Runnable work) {
        database.inTransaction(work);
    }

    public InitService init() {
        return new InitService(database, regions, catalogue, settings, plans);
    }

    /** The definition changes (口径变化) of the indicators. */
    public DefinitionChangeRepository definitions() {
        return definitions;
    }

    /** The plans and the monitored set. */
    public PlanService plans() {
        return new PlanService(regions, catalogue, plans);
    }

    public CatalogueService catalogueWorkbook() {
        return new CatalogueService(database, catalogue, plans, definitions);
    }

    public DemoDataService demo() {
        return new DemoDataService(regions, catalogue, observations, demoWriter);
    }

    public ExportService export() {
        return new ExportService(regions, observations);
    }

    public ReturnsService returns() {
        return new ReturnsService(database, imports, regions, catalogue, observations, plans());
    }

    /** Indicator status against targets, roll-ups and data checks (STATUS.md). */
    public StatusService status() {
        return new StatusService(regions, catalogue, settings, analysis, plans(),
                definitions);
    }

    /** The quarterly report as PDF or Word. */
    public ReportService report() {
        return new ReportService(regions, catalogue, observations, settings, status(), returns(), definitions, plans(),
                charts());
    }

    /** Snapshots for supervisors (read-only copies, optionally up to a locked quarter). */
    public SnapshotService snapshots() {
        return new SnapshotService(snapshotStore);
    }

    /** Charts of a selection for the CLI, the dashboard and the report. */
    public ChartService charts() {
        SubmissionCharts submissions = new SubmissionCharts(regions, observations, this::returnStates);
        return new ChartService(status(), regions, catalogue, observations, submissions);
    }

    private Map<String, Submission.State> returnStates(Period period, String parentCode) {
        Map<String, Submission.State> out = new HashMap<>();
        returnStates.newestRevisions(period).forEach((region, revision) -> out.put(region,
                revision == 0 ? Submission.State.REJECTED : revision > 1 ? Submission.State.REVISED : Submission.State.RECEIVED));
        return out;
    }

    @Override
    public void close() {
        try {
            changes.close();
        } finally {
            database.close();
        }
    }
}
