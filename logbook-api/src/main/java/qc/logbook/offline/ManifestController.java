package qc.logbook.offline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web app manifest that makes the logbook installable on a phone's home screen. Its names are texts people read,
 * so they come from the message bundles in the reader's language rather than from a static file.
 */
@RestController
class ManifestController {

    static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");
    static final String THEME = "#1d4e89";

    private final MessageSource messages;

    ManifestController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/manifest.webmanifest")
    ResponseEntity<Map<String, Object>> manifest(Locale locale) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("id", "/");
        manifest.put("name", messages.getMessage("offline.manifest.name", null, locale));
        manifest.put("short_name", messages.getMessage("offline.manifest.short-name", null, locale));
        manifest.put("description", messages.getMessage("offline.manifest.description", null, locale));
        manifest.put("lang", locale.toLanguageTag());
        manifest.put("start_url", "/");
        manifest.put("scope", "/");
        manifest.put("display", "standalone");
        manifest.put("theme_color", THEME);
        manifest.put("background_color", "#ffffff");
        manifest.put("icons", List.of(
                icon("/icons/icon.svg", "any", "image/svg+xml", "any"),
                icon("/icons/icon-192.png", "192x192", "image/png", "any"),
                icon("/icons/icon-512.png", "512x512", "image/png", "any"),
                icon("/icons/icon-maskable-512.png", "512x512", "image/png", "maskable")));
        // short-lived: the names follow the reader's language, which may change
        return ResponseEntity.ok().contentType(MANIFEST).cacheControl(CacheControl.noCache()).body(manifest);
    }

    private static Map<String, String> icon(String src, String sizes, String type, String purpose) {
        return Map.of("src", src, "sizes", sizes, "type", type, "purpose", purpose);
    }
}
