package qc.logbook.offline;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page the service worker shows for any page it may not keep when there is no connection. It holds no personal
 * data, so the service worker may keep it.
 */
@Controller
class OfflinePageController {

    @GetMapping("/offline")
    String offline() {
        return "offline/offline";
    }
}
