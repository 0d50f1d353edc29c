package se.goteborg.international.monitoring.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Outbound HTTP for the connector: connect and read timeouts, a size limit on every body, retries
 * with exponential back-off for what may pass (unreachable, timeout, 5xx), and one circuit breaker
 * per host so a dead source is left alone for a while instead of being hammered every run.
 * Retry and breaker settings are the {@code resilience4j.*.configs.external-source} entries.
 */
@Component
public class ResilientHttp {

    static final String CONFIG = "external-source";

    private final RestClient http;
    private final RetryRegistry retries;
    private final CircuitBreakerRegistry breakers;
    private final long maxBytes;

    ResilientHttp(FeedProperties props, RetryRegistry retries, CircuitBreakerRegistry breakers) {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(props.connectTimeout());
        factory.setReadTimeout(props.readTimeout());
        this.http = RestClient.builder().requestFactory(factory)
                .defaultHeader("User-Agent", "goteborg-international-monitoring/1.0").build();
        this.retries = retries;
        this.breakers = breakers;
        this.maxBytes = props.maxBytes().toBytes();
    }

    /** GETs {@code uri} and returns its body, or throws a {@link FeedProblem} saying why not. */
    public byte[] get(URI uri, String accept) {
        return resilient(uri, () -> http.get().uri(uri).header("Accept", accept)
                .exchange((request, response) -> body(uri, response.getStatusCode(), response.getBody(),
                        response.getHeaders().getContentLength()), true));
    }

    /** POSTs a form to {@code uri} (SPARQL protocol) and returns the body. */
    public byte[] postForm(URI uri, MultiValueMap<String, String> form, String accept) {
        LinkedMultiValueMap<String, String> copy = new LinkedMultiValueMap<>(form);
        return resilient(uri, () -> http.post().uri(uri).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header("Accept", accept).body(copy)
                .exchange((request, response) -> body(uri, response.getStatusCode(), response.getBody(),
                        response.getHeaders().getContentLength()), true));
    }

    /** The breaker for one host, e.g. for tests and health views. */
    public CircuitBreaker breakerFor(URI uri) {
        return breakers.circuitBreaker(CONFIG + ":" + uri.getAuthority(), CONFIG);
    }

    private byte[] resilient(URI uri, Supplier<byte[]> call) {
        Retry retry = retries.retry(CONFIG + ":" + uri.getAuthority(), CONFIG);
        CircuitBreaker breaker = breakerFor(uri);
        Supplier<byte[]> guarded = CircuitBreaker.decorateSupplier(breaker, () -> translate(uri, call));
        try {
            return Retry.decorateSupplier(retry, guarded).get();
        } catch (CallNotPermittedException e) {
            throw new FeedProblem("circuit-open", uri.getAuthority() + " failed repeatedly; not called until the"
                    + " circuit breaker lets calls through again", e);
        }
    }

    private static byte[] translate(URI uri, Supplier<byte[]> call) {
        try {
            return call.get();
        } catch (ResourceAccessException e) {
            throw new FeedProblem.Unavailable(uri + " could not be read: " + rootMessage(e), e);
        }
    }

    private byte[] body(URI uri, HttpStatusCode status, InputStream in, long contentLength) throws IOException {
        if (status.is5xxServerError()) {
            throw new FeedProblem.Unavailable(uri + " answered " + status.value(), null);
        }
        if (!status.is2xxSuccessful()) {
            throw new FeedProblem("refused", uri + " answered " + status.value());
        }
        if (contentLength > maxBytes) {
            throw new FeedProblem("too-large", uri + " announced " + contentLength + " bytes; the limit is " + maxBytes);
        }
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
            throw new FeedProblem("too-large", uri + " sent more than the limit of " + maxBytes + " bytes");
        }
        return body;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = NestedExceptionUtils.getMostSpecificCause(e);
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

}
