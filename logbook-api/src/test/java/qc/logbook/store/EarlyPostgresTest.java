package qc.logbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EarlyPostgresTest {

    @Test
    void the_bean_gets_the_server_started_early_and_the_start_runs_once() throws IOException {
        EmbeddedPostgres postgres = mock(EmbeddedPostgres.class);
        AtomicInteger starts = new AtomicInteger();
        EarlyPostgres early = new EarlyPostgres(() -> {
            starts.incrementAndGet();
            return postgres;
        });

        early.postProcessBeanFactory(null);

        assertThat(early.server()).isSameAs(postgres);
        assertThat(early.server()).isSameAs(postgres);
        assertThat(starts).hasValue(1);
        early.destroy();
        verify(postgres, never()).close(); // the bean's own destroy method stops it
    }

    @Test
    void a_server_that_cannot_start_fails_the_bean_with_its_own_exception() {
        IOException failure = new IOException("initdb failed");
        EarlyPostgres early = new EarlyPostgres(() -> {
            throw failure;
        });

        early.postProcessBeanFactory(null);

        assertThatThrownBy(early::server).isSameAs(failure);
    }

    @Test
    void a_context_that_fails_before_the_bean_stops_the_server_started_for_it() throws IOException {
        EmbeddedPostgres postgres = mock(EmbeddedPostgres.class);
        EarlyPostgres early = new EarlyPostgres(() -> postgres);

        early.postProcessBeanFactory(null);
        early.destroy();

        verify(postgres, timeout(10_000)).close();
    }

    @Test
    void without_the_early_start_the_bean_starts_the_server_itself() throws IOException {
        EmbeddedPostgres postgres = mock(EmbeddedPostgres.class);
        EarlyPostgres early = new EarlyPostgres(() -> postgres);

        assertThat(early.server()).isSameAs(postgres);
    }
}
