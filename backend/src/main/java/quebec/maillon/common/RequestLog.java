package quebec.maillon.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * First handler of every request on the API port: decides the request id (see {@link RequestIds}), returns it in
 * X-Request-Id, puts it in the logging context (MDC {@code requestId}) for every log line written while serving the
 * request, and, when the response is finished, writes one access-log line (logger {@code maillon.access}): method,
 * path (never the query string, which may carry personal information), status, duration, request id. Health probes
 * are logged at DEBUG only. During shutdown (see {@link ShutdownGate}) it answers new requests 503, health
 * probes excepted.
 */
@Singleton
public class RequestLog {

    public static final String LOGGER = "maillon.access";
    private static final Logger ACCESS = Logger.getLogger(LOGGER);

    /** Before Quarkus' own filters (CORS, security, graceful shutdown answers still get an id and a log line). */
    static final int PRIORITY = 100_000;

    @ConfigProperty(name = "maillon.access-log.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    ShutdownGate shutdown;

    @Inject
    ObjectMapper mapper;

    void install(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext ctx) {
        String id = RequestIds.choose(ctx.request().getHeader(RequestIds.HEADER));
        ctx.put(RequestIds.KEY, id);
        MDC.put(RequestIds.KEY, id);
        ctx.response().putHeader(RequestIds.HEADER, id);
        if (enabled) {
            long start = System.nanoTime();
            ctx.addEndHandler(done -> log(ctx, id, start));
        }
        if (shutdown.closed() && !ctx.request().path().startsWith("/q/health")) {
            refuse(ctx, id);
            return;
        }
        ctx.next();
    }

    private void refuse(RoutingContext ctx, String id) {
        String path = ctx.request().path();
        Problem problem = new Problem(Problem.TYPE_BASE + "service-unavailable", "Service Unavailable", 503,
                "This API instance is shutting down. Retry in a moment: another instance, or this one restarted, will answer.",
                path, null, id);
        try {
            ctx.response().setStatusCode(503).putHeader("Content-Type", Problem.MEDIA_TYPE).putHeader("Retry-After", "1")
                    .putHeader("Connection", "close").end(mapper.writeValueAsString(problem));
        } catch (Exception e) {
            ctx.fail(e);
        }
    }

    private static void log(RoutingContext ctx, String id, long start) {
        String path = ctx.request().path();
        Logger.Level level = path != null && path.startsWith("/q/health") ? Logger.Level.DEBUG : Logger.Level.INFO;
        if (!ACCESS.isEnabled(level)) {
            return;
        }
        int status = ctx.response().getStatusCode();
        double millis = (System.nanoTime() - start) / 1_000_000.0;
        String method = ctx.request().method().name();
        String duration = String.format(java.util.Locale.ROOT, "%.1f", millis);
        MDC.put(RequestIds.KEY, id);
        MDC.put("method", method);
        MDC.put("path", path);
        MDC.put("status", Integer.toString(status));
        MDC.put("durationMs", duration);
        try {
            ACCESS.logf(level, "%s %s %d %s ms", method, path, status, duration);
        } finally {
            MDC.remove("method");
            MDC.remove("path");
            MDC.remove("status");
            MDC.remove("durationMs");
        }
    }
}
