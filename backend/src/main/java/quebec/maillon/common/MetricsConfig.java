package quebec.maillon.common;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Shapes the metrics: latency histograms (Prometheus buckets, from which any percentile is computed across
 * instances with histogram_quantile) for HTTP requests and webhook deliveries, and a bounded {@code uri} tag.
 */
@Singleton
public class MetricsConfig {

    /** Bucket bounds of the latency histograms. */
    static final Duration[] BUCKETS = {
            Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
            Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30) };

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern NUMBER = Pattern.compile("(?<=/)\\d+(?=/|$)");

    @Produces
    @Singleton
    MeterFilter latencyHistograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getType() == Meter.Type.TIMER
                        && (id.getName().equals("http.server.requests") || id.getName().equals("maillon.webhook.delivery"))) {
                    double[] slos = new double[BUCKETS.length];
                    for (int i = 0; i < BUCKETS.length; i++) {
                        slos[i] = BUCKETS[i].toNanos();
                    }
                    return DistributionStatisticConfig.builder().serviceLevelObjectives(slos).build().merge(config);
                }
                return config;
            }
        };
    }

    /**
     * Requests refused before a route is matched (413, 429) carry their raw path in {@code uri}: ids in it are
     * replaced by {id} so that each record does not make a time series of its own.
     */
    @Produces
    @Singleton
    MeterFilter boundedUris() {
        return MeterFilter.replaceTagValues("uri", MetricsConfig::template);
    }

    static String template(String uri) {
        if (uri == null || uri.indexOf('{') >= 0) {
            return uri;
        }
        return NUMBER.matcher(UUID.matcher(uri).replaceAll("{id}")).replaceAll("{id}");
    }
}
