package se.goteborg.international.events.envelope;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import se.goteborg.international.events.contract.partnership.PartnershipEvents;
import se.goteborg.international.events.contract.partnership.PartnershipProposed;
import se.goteborg.international.events.contract.project.ProjectEvents;
import se.goteborg.international.events.contract.project.ProjectRegistered;
import se.goteborg.international.events.contract.project.ProjectSnapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTest {

    private final EventCodec codec = new EventCodec(JsonMapper.builder().build(), "urn:se:goteborg:intl:test");

    @Test
    void anEnvelopeSurvivesTheWireWithItsCloudEventsAttributesAndPayload() {
        UUID id = UUID.randomUUID();
        PartnershipProposed payload = new PartnershipProposed(id, "PARTNER_CITY", "Shanghai", "CN", "PROPOSED");
        EventEnvelope sent = codec.wrap(PartnershipEvents.PROPOSED, id.toString(), payload,
                Instant.parse("2026-01-02T03:04:05Z"));

        String wire = codec.write(sent);
        EventEnvelope received = codec.read(wire);

        assertThat(wire).contains("\"specversion\":\"1.0\"", "\"dataversion\":\"1\"",
                "\"type\":\"se.goteborg.intl.partnership.proposed.v1\"");
        assertThat(received.id()).isEqualTo(sent.id());
        assertThat(received.subject()).isEqualTo(id.toString());
        assertThat(received.time()).isEqualTo(sent.time());
        assertThat(codec.payload(received, PartnershipEvents.PROPOSED)).isEqualTo(payload);
    }

    @Test
    void whoCausedTheEventTravelsWithIt() {
        UUID id = UUID.randomUUID();
        EventEnvelope sent = codec.wrap(PartnershipEvents.PROPOSED, id.toString(),
                new PartnershipProposed(id, "TWIN_CITY", "Turku", "FI", "PROPOSED"), Instant.now(),
                new EventActor("ingrid", "Stadsledningskontoret"));
        String wire = codec.write(sent);
        assertThat(wire).contains("\"actor\":\"ingrid\"", "\"actorunit\":\"Stadsledningskontoret\"");
        assertThat(codec.read(wire).actor()).isEqualTo(new EventActor("ingrid", "Stadsledningskontoret"));
        assertThat(codec.read(codec.write(codec.wrap(PartnershipEvents.PROPOSED, id.toString(),
                new PartnershipProposed(id, "TWIN_CITY", "Turku", "FI", "PROPOSED"), Instant.now()))).actor()).isNull();
    }

    @Test
    void theOutboxsOnePassWriteIsTheSameTextAsWrappingThenWriting() {
        UUID id = UUID.randomUUID();
        ProjectSnapshot snapshot = new ProjectSnapshot(id, "Title", null, "IDEA", "INTERREG_NORTH_SEA", true, null,
                "FORVALTNING", "Unit", "BUSINESS_DEVELOPMENT", List.of(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2028, 12, 31), "SEK", new BigDecimal("1000000.00"), new BigDecimal("600000.00"),
                new BigDecimal("400000.00"), new BigDecimal("100000.00"), new BigDecimal("0.6000"), null, null, null,
                "Benefit", List.of(new ProjectSnapshot.Partner("Bergen kommune", "NO", null, "PARTNER", null)),
                List.of(new ProjectSnapshot.Indicator("RCO87", "Organisations", "count", BigDecimal.ZERO,
                        new BigDecimal("12.50"), null, null)), List.of("32019R0881"), false, 0);
        ProjectRegistered payload = new ProjectRegistered(id, snapshot);
        Instant time = Instant.parse("2026-11-28T09:23:05.769934734Z");
        for (EventActor actor : new EventActor[] {null, new EventActor("client", null), new EventActor("anna", "BRG")}) {
            EventEnvelope wrapped = codec.wrap(ProjectEvents.REGISTERED, id.toString(), payload, time, actor);
            assertThat(codec.write(wrapped.id(), ProjectEvents.REGISTERED, id.toString(), payload, time, actor))
                    .isEqualTo(codec.write(wrapped));
        }
    }

    @Test
    void aFieldAddedByANewerProducerIsIgnoredNotDeadLettered() {
        UUID id = UUID.randomUUID();
        EventEnvelope received = codec.read("""
                {"specversion":"1.0","id":"%s","source":"s","type":"se.goteborg.intl.partnership.proposed.v1",
                 "subject":"%s","time":"2026-01-01T00:00:00Z","dataversion":"1",
                 "data":{"partnershipId":"%s","kind":"TWIN_CITY","cityName":"Bergen","countryCode":"NO",
                         "status":"PROPOSED","addedLater":{"x":1}}}""".formatted(UUID.randomUUID(), id, id));
        assertThat(codec.payload(received, PartnershipEvents.PROPOSED).cityName()).isEqualTo("Bergen");
    }

    @Test
    void aPayloadThatBreaksItsContractIsMalformed() {
        UUID id = UUID.randomUUID();
        EventEnvelope received = codec.read("""
                {"specversion":"1.0","id":"%s","source":"s","type":"se.goteborg.intl.partnership.proposed.v1",
                 "subject":"%s","time":"2026-01-01T00:00:00Z","dataversion":"1",
                 "data":{"partnershipId":"not-a-uuid"}}""".formatted(UUID.randomUUID(), id));
        assertThatThrownBy(() -> codec.payload(received, PartnershipEvents.PROPOSED))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void anythingThatIsNotACompleteCloudEventIsMalformed() {
        assertThatThrownBy(() -> codec.read("{not json")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.read("")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.read("[1,2]")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.read("{\"specversion\":\"1.0\",\"id\":\"x\",\"data\":{}}"))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.read("""
                {"specversion":"1.0","id":"%s","source":"s","type":"t","subject":"a","time":"yesterday",
                 "dataversion":"1","data":{}}""".formatted(UUID.randomUUID())))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("bad attribute");
        assertThatThrownBy(() -> codec.read("""
                {"specversion":"1.0","id":"%s","source":"s","type":"se.goteborg.intl.x.y.v2","subject":"a",
                 "time":"2026-01-01T00:00:00Z","dataversion":"1","data":{}}""".formatted(UUID.randomUUID())))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("does not match");
    }

    @Test
    void decodingReadsThePayloadInOnePassAsReadAndPayloadDo() {
        UUID id = UUID.randomUUID();
        PartnershipProposed payload = new PartnershipProposed(id, "PARTNER_CITY", "Göteborg", "SE", "PROPOSED");
        EventEnvelope sent = codec.wrap(PartnershipEvents.PROPOSED, id.toString(), payload, Instant.now(),
                new EventActor("ingrid", "Stadsledningskontoret"));

        String wire = codec.write(sent);

        for (DecodedEvent decoded : List.of(codec.decode(wire), codec.decode(wire.getBytes(StandardCharsets.UTF_8)))) {
            assertThat(decoded.type()).isEqualTo(PartnershipEvents.PROPOSED);
            assertThat(decoded.payload()).isEqualTo(payload);
            assertThat(decoded.envelope().data()).isNull(); // no tree was built
            assertThat(decoded.envelope()).usingRecursiveComparison().ignoringFields("data").isEqualTo(sent);
        }
        assertThatThrownBy(() -> codec.decode(new byte[0])).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void decodingCopesWithAnyAttributeOrderAndTypesItDoesNotKnow() {
        UUID id = UUID.randomUUID();
        DecodedEvent dataFirst = codec.decode("""
                {"data":{"partnershipId":"%s","kind":"TWIN_CITY","cityName":"Bergen","countryCode":"NO","status":"PROPOSED"},
                 "specversion":"1.0","id":"%s","source":"s","type":"se.goteborg.intl.partnership.proposed.v1",
                 "subject":"%s","time":"2026-01-01T00:00:00Z","dataversion":"1"}""".formatted(id, UUID.randomUUID(), id));
        assertThat(((PartnershipProposed) dataFirst.payload()).cityName()).isEqualTo("Bergen");

        DecodedEvent unknown = codec.decode("""
                {"specversion":"1.0","id":"%s","source":"s","type":"se.goteborg.intl.partnership.proposed.v9",
                 "subject":"%s","time":"2026-01-01T00:00:00Z","dataversion":"9","data":{"x":[1,{"y":2}]}}"""
                .formatted(UUID.randomUUID(), id));
        assertThat(unknown.type()).isNull();
        assertThat(unknown.payload()).isNull();
        assertThat(unknown.envelope().data().get("x").get(1).get("y").asInt()).isEqualTo(2); // kept for parking
    }

    @Test
    void decodingFindsWhatReadAndPayloadFindMalformed() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> codec.decode("""
                {"specversion":"1.0","id":"%s","source":"s","type":"se.goteborg.intl.partnership.proposed.v1",
                 "subject":"%s","time":"2026-01-01T00:00:00Z","dataversion":"1",
                 "data":{"partnershipId":"not-a-uuid"}}""".formatted(UUID.randomUUID(), id)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("does not match its contract");
        assertThatThrownBy(() -> codec.decode("""
                {"specversion":"1.0","id":"%s","source":"s","type":"se.goteborg.intl.partnership.proposed.v1",
                 "subject":"%s","time":"2026-01-01T00:00:00Z","dataversion":"1","data":{}} {}""".formatted(UUID.randomUUID(), id)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> codec.decode("{\"specversion\":\"1.0\",\"data\":[]}")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.decode("{not json")).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void aPayloadOfTheWrongTypeIsRefusedBeforeItIsWritten() {
        assertThatThrownBy(() -> codec.wrap((se.goteborg.international.events.EventType) PartnershipEvents.PROPOSED,
                "x", "not a payload", Instant.now())).isInstanceOf(IllegalArgumentException.class);
    }
}
