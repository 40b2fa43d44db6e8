package org.triglot.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.triglot");

    @Test
    void noSwingOrAwtOutsideTheUi() {
        noClasses().that().resideOutsideOfPackage("org.triglot.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "com.formdev..")
                .check(CLASSES);
    }

    @Test
    void modelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.triglot.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.triglot.ingest..", "org.triglot.nlp..", "org.triglot.lexicon..", "org.triglot.align..",
                        "org.triglot.compare..", "org.triglot.app..", "org.triglot.cli..", "org.triglot.ui..", "org.triglot.export..",
                        "org.triglot.edit..")
                .check(CLASSES);
    }

    @Test
    void editUsesOnlyTheModel() {
        noClasses().that().resideInAPackage("org.triglot.edit..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.triglot.ingest..", "org.triglot.nlp..", "org.triglot.lexicon..", "org.triglot.align..",
                        "org.triglot.compare..", "org.triglot.app..", "org.triglot.cli..", "org.triglot.ui..", "org.triglot.export..")
                .check(CLASSES);
    }

    @Test
    void engineDoesNotKnowItsClients() {
        noClasses().that().resideInAnyPackage("org.triglot.model..", "org.triglot.ingest..", "org.triglot.nlp..",
                        "org.triglot.lexicon..", "org.triglot.align..", "org.triglot.compare..", "org.triglot.edit..",
                        "org.triglot.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.triglot.cli..", "org.triglot.ui..")
                .check(CLASSES);
    }
}
