package org.zhibiao.service;

import org.zhibiao.catalogue.BuiltinCatalogue;
import org.zhibiao.catalogue.Gbt2260;
import org.zhibiao.domain.CatalogueRepository;
import org.zhibiao.domain.PlanRepository;
import org.zhibiao.domain.RegionRepository;
import org.zhibiao.domain.SettingsRepository;
import org.zhibiao.domain.Store;
import org.zhibiao.domain.ZhibiaoException;

/** Fills a new database: the home region and everything under it, the built-in catalogue and plans. */
public final class InitService {

    public static final String DEFAULT_HOME = "220000";
    public static final String HOME_SETTING = "home_region";

    private final Store database;
    private final RegionRepository regions;
    private final CatalogueRepository catalogue;
    private final SettingsRepository settings;
    private final PlanRepository plans;

    public InitService(Store database, RegionRepository regions, CatalogueRepository catalogue,
                       SettingsRepository settings, PlanRepository plans) {
        this.plans = plans;
        this.database = database;
        this.regions = regions;
        this.catalogue = catalogue;
        this.settings = settings;
    }

    /** Whether the database already holds regions (an initialised database). */
    public boolean isInitialised() {
        return regions.home().isPresent();
    }

    /** Whether {@code code} is a GB/T 2260 region that can be a database's home. */
    public static boolean isKnownRegion(String code) {
        return Gbt2260.load().find(code).isPresent();
    }

    public void initialise(String homeCode, boolean builtinCatalogue) {
        if (isInitialised()) {
            throw new ZhibiaoException("init.error.notEmpty", null, database.file());
        }
        Gbt2260 divisions = Gbt2260.load();
        if (divisions.find(homeCode).isEmpty()) {
            throw new ZhibiaoException("init.error.unknownRegion", null, homeCode);
        }
        database.inTransaction(() -> {
            regions.replaceAll(divisions.subtree(homeCode));
            if (builtinCatalogue) {
                catalogue.replaceAll(BuiltinCatalogue.indicators(), BuiltinCatalogue.targets());
                plans.replacePlans(BuiltinCatalogue.plans());
            }
            settings.put(HOME_SETTING, homeCode);
        });
    }
}
