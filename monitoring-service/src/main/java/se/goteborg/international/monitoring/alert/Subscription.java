package se.goteborg.international.monitoring.alert;

import java.time.Instant;
import java.util.UUID;

/** A unit's wish to be alerted about a subject area, a keyword or a single item. */
public record Subscription(UUID id, String unit, SubscriptionKind kind, String value, Instant createdAt) {
}
