package quebec.maillon.common;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request id of the HTTP exchange being served: the caller's X-Request-Id when it is a sensible token, or a new
 * UUID. It is decided once, first thing for every request (see {@link RequestLog}), then returned in the
 * X-Request-Id response header, put in every problem detail ({@code requestId}), in the audit trail and in the
 * logging context (MDC key {@code requestId}) of every log line written while serving the request.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** MDC key, and key of the Vert.x routing context. */
    public static final String KEY = "requestId";

    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private RequestIds() {
    }

    /** The caller's id if it is acceptable (letters, digits, {@code . _ : -}, at most 100), else a new UUID. */
    static String choose(String fromCaller) {
        return fromCaller != null && ACCEPTED.matcher(fromCaller).matches() ? fromCaller : UUID.randomUUID().toString();
    }

    /** The id of the HTTP request being served on this thread, or null outside of one (scheduled jobs). */
    public static String current() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return null;
        }
        RoutingContext ctx = container.instance(CurrentVertxRequest.class).get().getCurrent();
        return of(ctx);
    }

    static String of(RoutingContext ctx) {
        return ctx != null && ctx.get(KEY) instanceof String id ? id : null;
    }
}
