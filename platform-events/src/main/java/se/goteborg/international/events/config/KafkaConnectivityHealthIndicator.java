package se.goteborg.international.events.config;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.core.KafkaAdmin;

import se.goteborg.international.events.outbox.OutboxRelay;

/**
 * Whether Kafka answers, shown as the {@code kafka} health component. An unreachable broker is
 * DEGRADED, not DOWN: writes still succeed into the outbox and are published when Kafka returns,
 * so it must not take the service out of the load balancer (readiness does not include it).
 */
public class KafkaConnectivityHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    public static final Status DEGRADED = new Status("DEGRADED", "Kafka is unreachable; events wait in the outbox");

    private final KafkaAdmin admin;
    private final OutboxRelay relay;
    private AdminClient client;

    public KafkaConnectivityHealthIndicator(KafkaAdmin admin, OutboxRelay relay) {
        super("Kafka health check failed");
        this.admin = admin;
        this.relay = relay;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        try {
            String cluster = client().describeCluster(new DescribeClusterOptions().timeoutMs(2000))
                    .clusterId().get(3, TimeUnit.SECONDS);
            builder.up().withDetail("clusterId", cluster);
        } catch (Exception e) {
            builder.status(DEGRADED).withDetail("error", e.getClass().getSimpleName());
        }
        try {
            builder.withDetail("outboxBacklog", relay.backlog());
        } catch (RuntimeException e) {
            builder.withDetail("outboxBacklog", "unknown");
        }
    }

    private synchronized AdminClient client() {
        if (client == null) {
            Map<String, Object> config = new java.util.HashMap<>(admin.getConfigurationProperties());
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
            config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2000);
            client = AdminClient.create(config);
        }
        return client;
    }

    @Override
    public synchronized void destroy() {
        if (client != null) {
            client.close(java.time.Duration.ofSeconds(2));
        }
    }
}
