package quebec.maillon.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/** Answers routes that nothing serves with a 404 problem detail instead of an empty page. */
@Singleton
public class UnknownRouteHandler {

    void install(@Observes Router router, ObjectMapper mapper) {
        router.route().order(Integer.MAX_VALUE - 1).handler(ctx -> {
            if (ctx.response().ended()) {
                return;
            }
            String path = ctx.normalizedPath();
            Problem problem = new Problem(Problem.TYPE_BASE + "not-found", "Not Found", 404,
                    "There is no resource at " + path + ".", path, null,
                    RequestIds.of(ctx));
            try {
                ctx.response().setStatusCode(404).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(mapper.writeValueAsString(problem));
            } catch (Exception e) {
                ctx.fail(e);
            }
        });
    }
}
