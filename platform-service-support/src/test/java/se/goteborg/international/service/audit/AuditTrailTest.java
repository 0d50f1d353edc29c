package se.goteborg.international.service.audit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.IllegalTransactionStateException;
import tools.jackson.databind.json.JsonMapper;

import se.goteborg.international.service.security.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The changes an audit entry stores (the same JSON as when they were converted to Java values first). */
class AuditTrailTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    record Budget(String currency, BigDecimal total) { }

    record Item(String title, LocalDate start, Budget budget, List<String> tags, Boolean eu, String note) { }

    @Test
    void aNewItemListsEveryFieldSetInPathOrder() {
        Item item = new Item("Title", LocalDate.of(2026, 1, 1), new Budget("SEK", new BigDecimal("1000.00")),
                List.of(), true, null);
        assertThat(JSON.writeValueAsString(AuditTrail.diff(null, item))).isEqualTo("""
                [{"field":"budget.currency","from":null,"to":"SEK"},\
                {"field":"budget.total","from":null,"to":1000.00},\
                {"field":"eu","from":null,"to":true},\
                {"field":"start","from":null,"to":"2026-01-01"},\
                {"field":"tags","from":null,"to":[]},\
                {"field":"title","from":null,"to":"Title"}]""");
    }

    @Test
    void aChangeListsOnlyWhatDiffersIncludingFieldsThatWentAway() {
        Item before = new Item("Title", LocalDate.of(2026, 1, 1), new Budget("SEK", new BigDecimal("0.6000")),
                List.of("a"), true, "gone");
        Item after = new Item("Title", LocalDate.of(2026, 1, 1), new Budget("EUR", new BigDecimal("0.6000")),
                List.of("a", "b"), true, null);
        assertThat(JSON.writeValueAsString(AuditTrail.diff(before, after))).isEqualTo("""
                [{"field":"budget.currency","from":"SEK","to":"EUR"},\
                {"field":"note","from":"gone","to":null},\
                {"field":"tags","from":["a"],"to":["a","b"]}]""");
        assertThat(AuditTrail.diff(after, after)).isEmpty();
    }

    @Test
    void anEntryOutsideTheChangesTransactionIsRefused() {
        AuditTrail trail = new AuditTrail(null, Clock.systemUTC());
        assertThatThrownBy(() -> trail.record("item", 1, "update", Actor.system("test"), null, Map.of("a", 1)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }
}
