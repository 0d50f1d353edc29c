package se.goteborg.international.reporting;

import se.goteborg.international.testsupport.PlatformIntegrationTest;
import se.goteborg.international.testsupport.ServiceOperationalContract;

@PlatformIntegrationTest
class OperationalContractTest extends ServiceOperationalContract {
}
