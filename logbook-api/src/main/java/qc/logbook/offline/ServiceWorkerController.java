package qc.logbook.offline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The service worker script, at the root so that its scope is the whole site. It is served here rather than as a
 * static file because static files are cached for a year (and under /js content-hashed): a browser must find a new
 * service worker at the same address, so this answer is revalidated every time ({@code no-cache}).
 */
@RestController
class ServiceWorkerController {

    private static final MediaType JAVASCRIPT = new MediaType("text", "javascript", StandardCharsets.UTF_8);

    private final byte[] script;
    private final String etag;

    ServiceWorkerController() throws IOException {
        try (InputStream in = new ClassPathResource("offline/sw.js").getInputStream()) {
            script = in.readAllBytes();
        }
        etag = "\"" + DigestUtils.md5DigestAsHex(script) + "\"";
    }

    /** Browsers check for a new version at every visit: an unchanged script answers 304, a few bytes. */
    @GetMapping("/sw.js")
    ResponseEntity<byte[]> serviceWorker(WebRequest request) {
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noCache()).eTag(etag)
                .body(script);
    }
}
