package se.goteborg.international.partnership;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import se.goteborg.international.testsupport.PlatformIntegrationTest;
import se.goteborg.international.testsupport.ServiceOperationalContract;

@PlatformIntegrationTest
class OperationalContractTest extends ServiceOperationalContract {

    /** A proposal goes through the outbox, so the published-events counter appears. */
    @Override
    protected Set<String> causeTraffic() {
        String suffix = ThreadLocalRandom.current().ints(6, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        new ApiFixtures(http).create(ApiFixtures.twinCity("Contractville " + suffix, "NO"));
        return Set.of("event-published");
    }
}
