package quebec.maillon.report;

import java.util.Locale;
import jakarta.ws.rs.core.HttpHeaders;

/** The language of a report's labels, sentence and CSV headers: French unless Accept-Language prefers English. */
public enum Lang {
    fr, en;

    static Lang of(HttpHeaders headers) {
        if (headers != null) {
            for (Locale locale : headers.getAcceptableLanguages()) {
                String language = locale.getLanguage();
                if ("en".equals(language)) {
                    return en;
                }
                if ("fr".equals(language)) {
                    return fr;
                }
            }
        }
        return fr;
    }

    String pick(String fr, String en) {
        return this == Lang.en ? en : fr;
    }
}
