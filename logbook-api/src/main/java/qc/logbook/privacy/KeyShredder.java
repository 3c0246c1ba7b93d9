package qc.logbook.privacy;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import qc.logbook.privacy.api.TenantForgottenEvent;

/**
 * Destroys the key of every forgotten tenant. The erasure endpoint destroys it at once; this handler makes sure it
 * happens even if a node stopped between recording the erasure and destroying the key (destroying is idempotent).
 */
@Component
@ProcessingGroup("privacy-keys")
class KeyShredder {

    private final SubjectKeyStore keys;

    KeyShredder(SubjectKeyStore keys) {
        this.keys = keys;
    }

    @EventHandler
    void on(TenantForgottenEvent event) {
        keys.destroy(event.subjectKeyId());
    }
}
