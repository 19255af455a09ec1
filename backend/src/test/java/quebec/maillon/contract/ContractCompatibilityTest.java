package quebec.maillon.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Versioning policy: within /api/v1 the contract only grows. This compares ../openapi.yaml with the last released
 * contract (docs/api/released/openapi-v1.yaml) and fails on a breaking change: an operation, a parameter, a
 * response status or a response property removed; a parameter or request property newly required; an enum value
 * removed from a response. Adding is fine. A release copies openapi.yaml over the released file (make api-release).
 */
class ContractCompatibilityTest {

    /**
     * Schemas of the released contract that were published by mistake and never described what the API sends: the
     * audit entry's {@code changes} appeared as Jackson's JsonNode introspection (empty, valueNode, nodeType...)
     * while the API always sent free-form JSON ({field: {old, new}}). Correcting them breaks no client.
     */
    private static final Set<String> ERRATA = Set.of("#/components/schemas/JsonNode");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private JsonNode released;
    private JsonNode current;

    @Test
    void theContractOnlyGrowsWithinVersion1() throws IOException {
        released = YAML.readTree(Files.readString(Path.of("..", "docs", "api", "released", "openapi-v1.yaml")));
        current = YAML.readTree(Files.readString(Path.of("..", "openapi.yaml")));
        List<String> breaks = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = released.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode now = current.path("paths").path(path.getKey()).path(op.getKey());
                if (now.isMissingNode()) {
                    breaks.add(where + ": operation removed");
                    continue;
                }
                compareParameters(where, op.getValue(), now, breaks);
                compareRequest(where, op.getValue(), now, breaks);
                compareResponses(where, op.getValue(), now, breaks);
            }
        }
        assertTrue(breaks.isEmpty(), "Breaking changes to /api/v1 (make them additive, or release /api/v2):\n"
                + String.join("\n", breaks));
    }

    private void compareParameters(String where, JsonNode was, JsonNode now, List<String> breaks) {
        for (JsonNode p : was.path("parameters")) {
            if (find(now.path("parameters"), p) == null) {
                breaks.add(where + ": parameter " + p.path("name").asText() + " removed");
            }
        }
        for (JsonNode p : now.path("parameters")) {
            JsonNode old = find(was.path("parameters"), p);
            boolean required = p.path("required").asBoolean(false);
            if (required && (old == null || !old.path("required").asBoolean(false)) && !"path".equals(p.path("in").asText())) {
                breaks.add(where + ": parameter " + p.path("name").asText() + " is newly required");
            }
        }
    }

    private static JsonNode find(JsonNode parameters, JsonNode p) {
        for (JsonNode q : parameters) {
            if (q.path("name").asText().equals(p.path("name").asText()) && q.path("in").asText().equals(p.path("in").asText())) {
                return q;
            }
        }
        return null;
    }

    private void compareRequest(String where, JsonNode was, JsonNode now, List<String> breaks) {
        JsonNode oldSchema = resolve(released, was.path("requestBody").path("content").path("application/json").path("schema"));
        JsonNode newSchema = resolve(current, now.path("requestBody").path("content").path("application/json").path("schema"));
        if (oldSchema.isMissingNode()) {
            if (now.path("requestBody").path("required").asBoolean(false)) {
                breaks.add(where + ": request body newly required");
            }
            return;
        }
        Set<String> oldRequired = strings(oldSchema.path("required"));
        for (String field : strings(newSchema.path("required"))) {
            if (!oldRequired.contains(field)) {
                breaks.add(where + ": request property " + field + " newly required");
            }
        }
    }

    private void compareResponses(String where, JsonNode was, JsonNode now, List<String> breaks) {
        for (Iterator<Map.Entry<String, JsonNode>> codes = was.path("responses").fields(); codes.hasNext();) {
            Map.Entry<String, JsonNode> code = codes.next();
            JsonNode newResponse = now.path("responses").path(code.getKey());
            if (newResponse.isMissingNode()) {
                if (code.getKey().startsWith("2")) {
                    breaks.add(where + ": response " + code.getKey() + " removed");
                }
                continue;
            }
            JsonNode oldSchema = resolve(released, resolve(released, code.getValue()).path("content").path("application/json").path("schema"));
            JsonNode newSchema = resolve(current, resolve(current, newResponse).path("content").path("application/json").path("schema"));
            compareShape(where + " → " + code.getKey(), oldSchema, newSchema, breaks, 0);
        }
    }

    /** Every property a client could read before is still there, with its enum values. */
    private void compareShape(String where, JsonNode was, JsonNode now, List<String> breaks, int depth) {
        if (depth > 6 || was.isMissingNode() || ERRATA.contains(was.path("$ref").asText())) {
            return;
        }
        was = resolve(released, was);
        now = resolve(current, now);
        for (Iterator<Map.Entry<String, JsonNode>> props = was.path("properties").fields(); props.hasNext();) {
            Map.Entry<String, JsonNode> prop = props.next();
            JsonNode newProp = now.path("properties").path(prop.getKey());
            if (newProp.isMissingNode()) {
                breaks.add(where + ": property " + prop.getKey() + " removed");
                continue;
            }
            compareShape(where + "." + prop.getKey(), prop.getValue(), newProp, breaks, depth + 1);
        }
        if (was.has("items")) {
            compareShape(where + "[]", was.path("items"), now.path("items"), breaks, depth + 1);
        }
        Set<String> newEnum = strings(now.path("enum"));
        if (!newEnum.isEmpty()) {
            for (String value : strings(was.path("enum"))) {
                if (!newEnum.contains(value)) {
                    breaks.add(where + ": enum value " + value + " removed");
                }
            }
        }
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        int guard = 0;
        while (node.has("$ref") && guard++ < 10) {
            String ref = node.get("$ref").asText();
            JsonNode target = doc;
            for (String part : ref.replaceFirst("^#/", "").split("/")) {
                target = target.path(part);
            }
            node = target;
        }
        if (node.has("allOf") && node.path("allOf").size() == 1) {
            return resolve(doc, node.path("allOf").get(0));
        }
        return node;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
