package vn.nhacviec;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domain stays plain Java: framework wiring lives at the edges. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.nhacviec");

    @Test
    void theDomainImportsNoFramework() {
        noClasses().that().resideInAnyPackage("vn.nhacviec.deadline..", "vn.nhacviec.plan", "vn.nhacviec.plan.text..",
                        "vn.nhacviec.directory", "vn.nhacviec.agenda", "vn.nhacviec.reminder", "vn.nhacviec.bot.text",
                        "vn.nhacviec.report", "vn.nhacviec.plan.document..", "vn.nhacviec.sheet", "vn.nhacviec.messaging",
                        "vn.nhacviec.document", "vn.nhacviec.coordination", "vn.nhacviec.followup", "vn.nhacviec.delegation",
                        "vn.nhacviec.evidence")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "jakarta.inject..", "org.quartz..",
                        "org.telegram..", "java.sql..")
                .check(classes);
    }

    @Test
    void remindersDoNotDependOnTheBot() {
        // The outbox and the scan send through the neutral messaging port; the bot uses the reminders, not the reverse.
        noClasses().that().resideInAPackage("vn.nhacviec.reminder..")
                .should().dependOnClassesThat().resideInAPackage("vn.nhacviec.bot..")
                .check(classes);
    }

    @Test
    void theMessagingPortDependsOnNeitherSide() {
        noClasses().that().resideInAPackage("vn.nhacviec.messaging..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.nhacviec.bot..", "vn.nhacviec.reminder..")
                .check(classes);
    }

    @Test
    void pdfPageGeometryIsPlainJava() {
        // Tables and printouts are rebuilt from glyphs and borders alone: PDFBox stays in plan.document.
        noClasses().that().resideInAPackage("vn.nhacviec.plan.document.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.poi..",
                        "io.micronaut..", "jakarta.inject..")
                .check(classes);
    }

    @Test
    void onlyTheSystemPackageReadsTheSystemClock() {
        noClasses().that().resideOutsideOfPackage("vn.nhacviec.system..")
                .and().resideOutsideOfPackage("vn.nhacviec.cli..")
                .and().resideOutsideOfPackage("vn.nhacviec.bench..") // times its own runs on the wall clock
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.lang.System.class, "currentTimeMillis")
                .check(classes);
    }

    @Test
    void domainPackagesDoNotReachIntoStores() {
        noClasses().that().resideInAnyPackage("vn.nhacviec.deadline..", "vn.nhacviec.plan.text..")
                .should().dependOnClassesThat().resideInAnyPackage("..store..", "vn.nhacviec.cli..", "vn.nhacviec.web..")
                .check(classes);
    }
}
