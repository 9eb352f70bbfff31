package org.zhibiao.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package directions of STYLE.md. */
@AnalyzeClasses(packages = "org.zhibiao", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = classes().that().resideInAPackage("org.zhibiao.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.zhibiao.domain..", "java..");

    @ArchTest
    static final ArchRule onlyStorageTouchesSql = noClasses().that().resideOutsideOfPackages("org.zhibiao.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule onlyTheImporterReadsReturnsWithFastexcel = noClasses()
            .that().resideOutsideOfPackages("org.zhibiao.importer..")
            .should().dependOnClassesThat().resideInAnyPackage("org.dhatim..");

    @ArchTest
    static final ArchRule poiOnlyWhereWorkbooksAreReadOrWritten = noClasses()
            .that().resideOutsideOfPackages("org.zhibiao.importer..", "org.zhibiao.catalogue..",
                    "org.zhibiao.service..", "org.zhibiao.report..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..");

    @ArchTest
    static final ArchRule analysisIsPure = noClasses().that().resideInAPackage("org.zhibiao.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.apache.poi..", "org.zhibiao.storage..",
                    "org.zhibiao.ui..", "org.zhibiao.service..", "org.jfree..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule chartsAndReportHaveNoJavaFx = noClasses()
            .that().resideInAnyPackage("org.zhibiao.charts..", "org.zhibiao.report..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.zhibiao.ui..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.zhibiao.ui..", "org.zhibiao")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    /** Services and the report see the repositories as the ports of domain; only app creates a store. */
    @ArchTest
    static final ArchRule servicesKnowPortsOnly = noClasses()
            .that().resideInAnyPackage("org.zhibiao.service..", "org.zhibiao.report..", "org.zhibiao.ui..",
                    "org.zhibiao.cli..", "org.zhibiao.importer..", "org.zhibiao.catalogue..", "org.zhibiao.charts..")
            .should().dependOnClassesThat().resideInAnyPackage("org.zhibiao.storage..");

    @ArchTest
    static final ArchRule storageIsReachedThroughTheCompositionRoot = classes()
            .that().resideInAPackage("org.zhibiao.storage..")
            .should().onlyHaveDependentClassesThat().resideInAnyPackage("org.zhibiao.storage..", "org.zhibiao.app..",
                    "org.zhibiao");

    @ArchTest
    static final ArchRule lowerLayersDoNotKnowTheUpperOnes = noClasses()
            .that().resideInAnyPackage("org.zhibiao.domain..", "org.zhibiao.storage..", "org.zhibiao.analysis..",
                    "org.zhibiao.importer..", "org.zhibiao.charts..", "org.zhibiao.report..",
                    "org.zhibiao.catalogue..", "org.zhibiao.service..")
            .should().dependOnClassesThat().resideInAnyPackage("org.zhibiao.ui..", "org.zhibiao.cli..",
                    "org.zhibiao.app..");

    @ArchTest
    static final ArchRule viewModelsAreTestableWithoutAToolkit = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.controlsfx..");

    @ArchTest
    static final ArchRule formEditorsAreViewModelsToo = noClasses()
            .that().resideInAPackage("org.zhibiao.ui..").and().haveSimpleNameEndingWith("Editor")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.controlsfx..");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.zhibiao.(*)..").should().beFreeOfCycles();
}
