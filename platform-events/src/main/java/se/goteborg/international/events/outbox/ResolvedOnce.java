package se.goteborg.international.events.outbox;

import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;

/**
 * An optional bean looked up on first use and remembered, absent or not: {@link ObjectProvider#getIfAvailable}
 * resolves the dependency on every call, which on the write path cost ~3% of a service's CPU per event
 * (JFR, bench/write). Still looked up lazily: the bean may be created after the outbox, or not at all.
 */
public final class ResolvedOnce<T> implements Supplier<T> {

    private final ObjectProvider<T> provider;
    private volatile boolean resolved;
    private T bean;

    public ResolvedOnce(ObjectProvider<T> provider) {
        this.provider = provider;
    }

    @Override
    public T get() {
        if (!resolved) {
            // racing threads may both look it up: they find the same singleton
            bean = provider.getIfAvailable();
            resolved = true;
        }
        return bean;
    }
}
