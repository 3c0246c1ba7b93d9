package qc.logbook.practice.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import qc.logbook.domain.Text;
import qc.logbook.practice.api.PracticeDescription;
import qc.logbook.practice.api.PracticeForm;
import qc.logbook.practice.api.PracticeId;
import qc.logbook.practice.api.PracticePublishedEvent;
import qc.logbook.practice.api.PracticeRetiredEvent;
import qc.logbook.reference.AdministrativeRegion;

class PracticeSearchFoldingTest {

    static final PracticeId ID = PracticeId.of("5b1d1c1e-0000-4000-8000-0000000000f1");
    static final Instant AT = Instant.parse("2026-11-10T12:00:00Z");

    static PracticeForm form(String name, String objectives) {
        return PracticeForm.builder().name(name).regions(Set.of(AdministrativeRegion.LAVAL))
                .description(new PracticeDescription("Le comité", null, objectives, null, null, null, null, null,
                        null, null, null))
                .detailedDescription("Ateliers hebdomadaires")
                .keyMessage1("Jamais indexé")
                .build();
    }

    @Test
    void indexesTheNameAndTheDescriptionsOnly() {
        PracticeSearchDocument document = PracticeSearchFolding.published(
                new PracticePublishedEvent(ID, 1, form("Cuisines collectives", "Briser l’isolement"), AT), 4);

        assertThat(document.nameTerms()).containsExactly("cuisin", "collectiv");
        assertThat(document.terms()).contains("cuisin", "collectiv", "comit", "briser", "isolement", "atelier",
                "hebdomadair").doesNotContain("jamai", "indexe");
        assertThat(document.regions()).containsExactly(AdministrativeRegion.LAVAL);
        assertThat(document.excerpt()).isEqualTo("Briser l’isolement");
        assertThat(document.lastSequence()).isEqualTo(4);
        assertThat(document.retired()).isFalse();
    }

    @Test
    void cutsLongExcerptsAtAWord() {
        String objectives = "Créer des liens entre voisins. ".repeat(20);
        String excerpt = PracticeSearchFolding.excerpt(form("Nom", objectives));
        assertThat(Text.length(excerpt)).isLessThanOrEqualTo(PracticeSearchFolding.EXCERPT_LENGTH + 1);
        assertThat(excerpt).endsWith("…").doesNotContain("  ");
    }

    @Test
    void ignoresEventsItHasAlreadySeen() {
        PracticeSearchDocument document = PracticeSearchFolding.published(
                new PracticePublishedEvent(ID, 2, form("Nom", "Objectifs"), AT), 7);
        assertThat(PracticeSearchFolding.isNew(null, 0)).isTrue();
        assertThat(PracticeSearchFolding.isNew(document, 7)).isFalse();
        assertThat(PracticeSearchFolding.isNew(document, 6)).isFalse();
        assertThat(PracticeSearchFolding.isNew(document, 8)).isTrue();
    }

    @Test
    void marksARetiredPracticeAndKeepsItsSequence() {
        PracticeSearchDocument published = PracticeSearchFolding.published(
                new PracticePublishedEvent(ID, 1, form("Nom", "Objectifs"), AT), 3);
        PracticeSearchDocument retired = PracticeSearchFolding.retired(published,
                new PracticeRetiredEvent(ID, 1, "Fin", AT), 5);
        assertThat(retired.retired()).isTrue();
        assertThat(retired.lastSequence()).isEqualTo(5);
        assertThat(retired.name()).isEqualTo("Nom");
    }
}
