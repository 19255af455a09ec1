package quebec.maillon.support;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import quebec.maillon.security.Roles;

/**
 * The API as its contract describes it: every operation of the served OpenAPI document, with the roles its Java
 * method allows. Tests built on it cover every endpoint, so a new endpoint cannot escape them.
 */
public final class Contract {

    public record Op(String method, String path, String operationId, JsonNode node, Set<String> roles) {

        public boolean hasPathParameters() {
            return path.contains("{");
        }

        /** True when a path parameter is a record id (a UUID): records belong to one establishment. */
        public boolean addressesARecord() {
            for (JsonNode p : node.path("parameters")) {
                if ("path".equals(p.path("in").asText()) && "uuid".equals(p.path("schema").path("format").asText())) {
                    return true;
                }
            }
            return false;
        }

        public JsonNode requestExample() {
            JsonNode content = node.path("requestBody").path("content").path("application/json");
            JsonNode examples = content.path("examples");
            if (examples.isObject() && examples.size() > 0) {
                return examples.elements().next().path("value");
            }
            return content.has("example") ? content.get("example") : null;
        }

        /** Every named request example (name → body); a single unnamed example is named "". */
        public Map<String, JsonNode> requestExamples() {
            Map<String, JsonNode> result = new LinkedHashMap<>();
            JsonNode content = node.path("requestBody").path("content").path("application/json");
            JsonNode examples = content.path("examples");
            if (examples.isObject()) {
                examples.fields().forEachRemaining(e -> result.put(e.getKey(), e.getValue().path("value")));
            }
            if (result.isEmpty() && content.has("example")) {
                result.put("", content.get("example"));
            }
            return result;
        }

        public boolean hasRequestBody() {
            return node.has("requestBody");
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path + " (" + operationId + ")";
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Contract() {
    }

    public static List<Op> operations() {
        JsonNode doc;
        try {
            doc = MAPPER.readTree(given().queryParam("format", "json").get("/q/openapi").asByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Set<String>> roles = rolesByOperationId();
        List<Op> ops = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().startsWith("/q/")) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> m = methods.next();
                if (!Set.of("get", "post", "put", "patch", "delete").contains(m.getKey())) {
                    continue;
                }
                String operationId = m.getValue().path("operationId").asText(null);
                if (operationId == null || !roles.containsKey(operationId)) {
                    throw new AssertionError(m.getKey().toUpperCase() + " " + path.getKey()
                            + " has no operationId matching a resource method with @Operation(operationId)");
                }
                ops.add(new Op(m.getKey(), path.getKey(), operationId, m.getValue(), roles.get(operationId)));
            }
        }
        return ops;
    }

    /**
     * A token of CISSS de Lanaudière that the operation allows: the manager when managers may call it, else the
     * first role that may (admin, organizer, integration client, reporting client).
     */
    public static String tokenAllowedFor(Op op) {
        if (op.roles().contains(Roles.MANAGER) || op.roles().contains("*")) {
            return Tokens.sophie();
        }
        if (op.roles().contains(Roles.ADMIN)) {
            return Tokens.forRole(Roles.ADMIN, "CISSS-LAN");
        }
        if (op.roles().contains(Roles.ORGANIZER)) {
            return Tokens.marie();
        }
        if (op.roles().contains(Roles.INTEGRATION)) {
            return Tokens.client("maillon-integration-lan", Roles.INTEGRATION, "CISSS-LAN");
        }
        return Tokens.client("maillon-reporting-lan", Roles.REPORTING, "CISSS-LAN");
    }

    /** Fills path parameters from their documented examples (or with {@code fallback} when given). */
    public static String url(Op op, String fallback) {
        return url(op, fallback, null);
    }

    /** Fills path parameters with the example named like the request example, else their default example. */
    public static String url(Op op, String fallback, String exampleName) {
        String url = op.path();
        for (JsonNode p : op.node().path("parameters")) {
            if ("path".equals(p.path("in").asText())) {
                String named = exampleName == null || !p.path("examples").has(exampleName) ? null
                        : p.path("examples").path(exampleName).path("value").asText();
                String value = fallback != null ? fallback : named != null ? named : example(p);
                if (value == null) {
                    throw new AssertionError(op + ": path parameter '" + p.path("name").asText() + "' has no example");
                }
                url = url.replace("{" + p.path("name").asText() + "}", value);
            }
        }
        return url;
    }

    /** Required query parameters with their documented examples. */
    public static Map<String, String> requiredQuery(Op op) {
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode p : op.node().path("parameters")) {
            if ("query".equals(p.path("in").asText()) && p.path("required").asBoolean(false)) {
                String value = example(p);
                if (value == null) {
                    throw new AssertionError(op + ": required query parameter '" + p.path("name").asText() + "' has no example");
                }
                query.put(p.path("name").asText(), value);
            }
        }
        return query;
    }

    /** Every query parameter that has an example (except cursors), for a read that looks like real use. */
    public static Map<String, String> exampleQuery(Op op) {
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode p : op.node().path("parameters")) {
            String name = p.path("name").asText();
            if ("query".equals(p.path("in").asText()) && !name.equals("cursor")) {
                String value = example(p);
                if (value != null) {
                    query.put(name, value);
                }
            }
        }
        return query;
    }

    private static String example(JsonNode parameter) {
        if (parameter.has("example")) {
            return parameter.get("example").asText();
        }
        if (parameter.path("schema").has("example")) {
            return parameter.path("schema").get("example").asText();
        }
        JsonNode examples = parameter.path("examples");
        if (examples.isObject() && examples.size() > 0) {
            return examples.elements().next().path("value").asText();
        }
        return null;
    }

    private static Map<String, Set<String>> rolesByOperationId() {
        Map<String, Set<String>> result = new HashMap<>();
        java.nio.file.Path classes = Paths.get("target", "classes");
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (!name.startsWith("quebec.maillon.") || name.contains("$")) {
                    continue;
                }
                Class<?> type;
                try {
                    type = Class.forName(name, false, Contract.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                if (!type.isAnnotationPresent(Path.class)) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    Operation operation = method.getAnnotation(Operation.class);
                    if (operation == null) {
                        continue;
                    }
                    Set<String> allowed;
                    if (method.isAnnotationPresent(PermitAll.class)) {
                        allowed = Set.of("*");
                    } else if (method.isAnnotationPresent(RolesAllowed.class)) {
                        allowed = Set.of(method.getAnnotation(RolesAllowed.class).value());
                    } else if (type.isAnnotationPresent(RolesAllowed.class)) {
                        allowed = Set.of(type.getAnnotation(RolesAllowed.class).value());
                    } else {
                        allowed = Set.copyOf(Roles.ALL); // @Authenticated or the default (any authenticated caller)
                    }
                    result.put(operation.operationId(), allowed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}
