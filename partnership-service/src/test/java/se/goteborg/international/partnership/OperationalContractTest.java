package se.goteborg.international.partnership;

import se.goteborg.international.testsupport.PlatformIntegrationTest;
import se.goteborg.international.testsupport.ServiceOperationalContract;

@PlatformIntegrationTest
class OperationalContractTest extends ServiceOperationalContract {
}
