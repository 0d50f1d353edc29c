package se.goteborg.international.partnership;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import se.goteborg.international.partnership.membership.Membership;
import se.goteborg.international.partnership.membership.MembershipDetails;
import se.goteborg.international.partnership.partnership.Activity;
import se.goteborg.international.partnership.partnership.AgreementTerms;
import se.goteborg.international.partnership.partnership.City;
import se.goteborg.international.partnership.partnership.Partnership;
import se.goteborg.international.partnership.partnership.PartnershipProfile;
import se.goteborg.international.partnership.shared.Decision;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domain knows no Spring, web, JDBC or HTTP problem types: the rules stay plain Java. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.goteborg.international.partnership");

    @Test
    void domainCodeKnowsNoSpringWebOrJdbc() {
        noClasses().that().belongToAnyOf(Partnership.class, PartnershipProfile.class, City.class, AgreementTerms.class,
                        Activity.class, Membership.class, MembershipDetails.class, Decision.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "jakarta.servlet..", "se.goteborg.international.service..", "tools.jackson..")
                .check(CLASSES);
    }
}
