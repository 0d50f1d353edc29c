package se.goteborg.international.monitoring;

import se.goteborg.international.testsupport.PlatformIntegrationTest;
import se.goteborg.international.testsupport.ServiceOperationalContract;

@PlatformIntegrationTest
class OperationalContractTest extends ServiceOperationalContract {
}
