package qc.logbook.deadletter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Admins see the parked events of each read model's processing group, and retry them. */
@RestController
@RequestMapping("/api/v1/admin/dead-letters")
@Tag(name = "Administration : événements en attente / Dead letters")
class DeadLetterAdminController {

    private final DeadLetterRetries retries;

    DeadLetterAdminController(DeadLetterRetries retries) {
        this.retries = retries;
    }

    @GetMapping
    @Operation(summary = "Événements en attente par groupe / Parked events per processing group")
    List<DeadLetterRetries.GroupDeadLetters> counts() {
        return retries.perGroup();
    }

    @PostMapping("/{group}/retry")
    @Operation(summary = "Réessayer les événements en attente / Retry parked events",
            description = "Retries every parked sequence of the group once, on the node that handles the group; "
                    + "on another node, handledHere is false and that node's schedule retries them.")
    DeadLetterRetries.Outcome retry(@PathVariable String group) {
        if (!retries.groups().contains(group)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return retries.retry(group);
    }
}
