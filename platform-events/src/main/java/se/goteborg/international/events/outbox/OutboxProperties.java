package se.goteborg.international.events.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the outbox relay ({@code platform.outbox.*}).
 *
 * @param enabled      whether this instance runs a relay
 * @param batchSize    rows published per transaction
 * @param pollInterval how often the relay looks for rows nobody woke it for (other instances' writes)
 * @param maxBackOff   the longest wait between attempts while Kafka is unreachable
 * @param sendTimeout  how long to wait for Kafka to acknowledge one row
 * @param retention    how long published rows are kept for troubleshooting
 */
@ConfigurationProperties("platform.outbox")
public record OutboxProperties(@DefaultValue("true") boolean enabled,
                               @DefaultValue("200") int batchSize,
                               @DefaultValue("500ms") Duration pollInterval,
                               @DefaultValue("5s") Duration maxBackOff,
                               @DefaultValue("15s") Duration sendTimeout,
                               @DefaultValue("7d") Duration retention) {
}
