package org.grounded;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the layers of docs/architecture (shared ARCHITECTURE.md) true as the code moves. */
@AnalyzeClasses(packages = "org.grounded", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheUserInterfaceUsesJavaFx = noClasses()
            .that().resideInAnyPackage("org.grounded.model..", "org.grounded.analysis..", "org.grounded.io..",
                    "org.grounded.search..", "org.grounded.cli..", "org.grounded.export..", "org.grounded.files..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.fxmisc..")
            .because("JavaFX lives in org.grounded.ui and only there");

    @ArchTest
    static final ArchRule nothingBelowTheUserInterfaceKnowsIt = noClasses()
            .that().resideOutsideOfPackage("org.grounded.ui..")
            .and().doNotHaveFullyQualifiedName(Launcher.class.getName())
            .should().dependOnClassesThat().resideInAPackage("org.grounded.ui..");

    @ArchTest
    static final ArchRule theModelDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("org.grounded.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.grounded.analysis..", "org.grounded.io..",
                    "org.grounded.search..", "org.grounded.cli..", "com.fasterxml..", "org.apache..")
            .because("the model is plain Java");

    @ArchTest
    static final ArchRule analysisIsPure = noClasses()
            .that().resideInAPackage("org.grounded.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("org.grounded.io..", "org.grounded.search..",
                    "org.grounded.cli..", "java.nio.file..", "com.fasterxml..", "org.apache.poi..")
            .because("analysis is pure functions over the model: no I/O")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule ioKnowsOnlyTheModel = noClasses()
            .that().resideInAPackage("org.grounded.io..")
            .should().dependOnClassesThat().resideInAnyPackage("org.grounded.analysis..", "org.grounded.export..",
                    "org.grounded.search..")
            .because("io reads and writes the project and its exchange formats: io -> model");

    @ArchTest
    static final ArchRule exportsSitAboveAnalysis = noClasses()
            .that().resideInAPackage("org.grounded.export..")
            .should().dependOnClassesThat().resideInAnyPackage("org.grounded.io..", "org.grounded.search..",
                    "org.grounded.cli..", "org.grounded.ui..")
            .because("export writes what analysis computes: export -> analysis, model");

    @ArchTest
    static final ArchRule analysisKnowsNoExport = noClasses()
            .that().resideInAnyPackage("org.grounded.analysis..", "org.grounded.model..")
            .should().dependOnClassesThat().resideInAPackage("org.grounded.export..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule theFileWriterKnowsNothingOfOurs = noClasses()
            .that().resideInAPackage("org.grounded.files..")
            .should().dependOnClassesThat().resideInAnyPackage("org.grounded.model..", "org.grounded.analysis..",
                    "org.grounded.io..", "org.grounded.export..", "org.grounded.search..", "org.grounded.cli..")
            .because("files is the floor that io, export, ui and cli all write through");

    @ArchTest
    static final ArchRule exportPackagesAreFreeOfCycles = slices().matching("org.grounded.export.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule ioAndSearchStayApart = noClasses()
            .that().resideInAnyPackage("org.grounded.io..", "org.grounded.search..", "org.grounded.analysis..")
            .should().dependOnClassesThat().resideInAPackage("org.grounded.cli..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule luceneLivesInSearch = noClasses()
            .that().resideOutsideOfPackage("org.grounded.search..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule standardStreamsOnlyOnTheCommandLine = noClasses()
            .that().resideOutsideOfPackage("org.grounded.cli..")
            .and().doNotHaveFullyQualifiedName(Launcher.class.getName())
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("logging goes through SLF4J");

    /** Shared window pieces: the application's wiring and the features build on them, never the other way. */
    private static final String[] SHARED_UI = {"org.grounded.ui.common..", "org.grounded.ui.dialog..",
        "org.grounded.ui.task..", "org.grounded.ui.undo..", "org.grounded.ui.prefs..", "org.grounded.ui.session..",
        "org.grounded.ui.i18n.."};

    @ArchTest
    static final ArchRule sharedWindowPiecesKnowNoFeature = noClasses()
            .that().resideInAnyPackage(SHARED_UI)
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.grounded.ui..")
                    .and(JavaClass.Predicates.resideOutsideOfPackages(SHARED_UI)))
            .because("ui.common, dialogs, tasks, undo, preferences and the session serve every feature");

    @ArchTest
    static final ArchRule theAnalysisWindowSkeletonKnowsNoWindow = noClasses()
            .that().resideInAPackage("org.grounded.ui.analysis")
            .should().dependOnClassesThat().resideInAnyPackage("org.grounded.ui.analysis.*..", "org.grounded.ui.main..")
            .because("every analysis window (citations, co-occurrence, statistics, network, search) builds on it");

    @ArchTest
    static final ArchRule userInterfacePackagesAreFreeOfCycles = slices().matching("org.grounded.ui.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheUserInterfaceAndTheCommandLineUseExports = noClasses()
            .that().resideOutsideOfPackages("org.grounded.ui..", "org.grounded.cli..", "org.grounded.export..")
            .should().dependOnClassesThat().resideInAPackage("org.grounded.export..")
            .because("exports sit between the analysis and the window or command line")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule theGeneratorBuildsOnlyTheModel = noClasses()
            .that().resideInAPackage("org.grounded.generate..")
            .should().dependOnClassesThat().resideInAnyPackage("org.grounded.analysis..", "org.grounded.io..",
                    "org.grounded.search..", "org.grounded.export..", "org.grounded.cli..", "java.nio.file..")
            .because("generate makes a study through the model; the command line writes it");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.grounded.(*)..").should().beFreeOfCycles();

}
