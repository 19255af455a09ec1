import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Access tokens for the programs that drive a locally started API (bench/Bench.java, bench/LoadMix.java,
 * scripts/ShutdownCheck.java, scripts/TwoInstances.java): RS256, shaped like the realm's (issuer, audience
 * maillon-api, typ Bearer, four hours of life), signed with the key whose public half the API was started with.
 * JDK only; the calling scripts compile it onto the drivers' class path (javac -d …/classes).
 */
public final class BenchTokens {

    private BenchTokens() {
    }

    /** A token with {@code claims} (sub, preferred_username, realm_access, establishment…) and the realm's fixed ones. */
    public static String sign(PrivateKey key, String issuer, Map<String, Object> claims) throws Exception {
        long now = System.currentTimeMillis() / 1000;
        Map<String, Object> all = new LinkedHashMap<>(claims);
        all.put("iss", issuer);
        all.put("aud", "maillon-api");
        all.put("typ", "Bearer");
        all.put("iat", now);
        all.put("exp", now + 4 * 3600);
        String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        String payload = b64(json(all));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        return header + "." + payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    }

    /** The PKCS#8 PEM private key written by openssl genpkey. */
    public static PrivateKey readKey(Path pem) throws Exception {
        String body = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(Object o) {
        if (o instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            m.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append(json(k)).append(':').append(json(v)));
            return sb.append('}').toString();
        }
        if (o instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            l.forEach(v -> sb.append(sb.length() > 1 ? "," : "").append(json(v)));
            return sb.append(']').toString();
        }
        if (o instanceof Number) {
            return o.toString();
        }
        return "\"" + o.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
