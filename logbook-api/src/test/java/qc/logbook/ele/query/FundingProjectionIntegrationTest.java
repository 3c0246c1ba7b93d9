package qc.logbook.ele.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import qc.logbook.ele.api.FundingMeasureDefinedEvent;
import qc.logbook.ele.api.FundingMeasureId;
import qc.logbook.ele.api.FundingPeriod;
import qc.logbook.ele.api.LocalTeamId;
import qc.logbook.ele.api.Money;
import qc.logbook.ele.api.Participants;
import qc.logbook.ele.api.ProjectCancelledEvent;
import qc.logbook.ele.api.ProjectCompletedEvent;
import qc.logbook.ele.api.ProjectFiguresCorrectedEvent;
import qc.logbook.ele.api.ProjectDetails;
import qc.logbook.ele.api.ProjectId;
import qc.logbook.ele.api.ProjectRevisedEvent;
import qc.logbook.ele.api.ProjectStatus;
import qc.logbook.ele.api.ProjectSubmittedEvent;
import qc.logbook.ele.api.ProjectSupportGrantedEvent;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.ReadModels;

/**
 * The projection against its MongoDB store, fed directly (ids no stored event uses, so the running processor never
 * touches these documents): at-least-once delivery must give exactly-once results. The documents are removed
 * afterwards: no event backs them, so a replay in another test would rightly drop them. Outside a processor batch the
 * projection writes at once to the active generation, which a rebuild in another test may have switched.
 */
@LogbookIntegrationTest
class FundingProjectionIntegrationTest {

    private static final java.time.Instant AT = java.time.Instant.parse("2015-06-01T14:00:00Z");

    @Autowired
    FundingProjection projection;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ReadModels readModels;

    private final FundingMeasureId measure = FundingMeasureId.random();
    private final ProjectId project = ProjectId.random();

    @AfterEach
    void removeDocumentsNoEventBacks() {
        mongo.remove(Query.query(Criteria.where("_id").is(project.toString())), ProjectView.class, projects());
        mongo.remove(Query.query(Criteria.where("_id").is(measure.toString())), FundingMeasureView.class,
                measures());
    }

    @Test
    void ignoresRedeliveredEvents() {
        ProjectDetails details = new ProjectDetails("Jardin collectif", List.of("MONTMAGNY"), null,
                Participants.persons(45), List.of(), Money.ofDollars(8_743), false);
        ProjectDetails revised = new ProjectDetails("Jardin collectif", List.of("MONTMAGNY"), null,
                Participants.persons(47), List.of(), Money.ofDollars(8_743), false);
        FundingMeasureDefinedEvent defined = new FundingMeasureDefinedEvent(measure, "Mesure",
                new FundingPeriod(2013, 2016), Money.ofDollars(10_000));
        ProjectSubmittedEvent submitted = new ProjectSubmittedEvent(measure, project, LocalTeamId.random(), details);
        ProjectSupportGrantedEvent granted = new ProjectSupportGrantedEvent(measure, project, Money.ofDollars(5_500));
        ProjectRevisedEvent revisedEvent = new ProjectRevisedEvent(measure, project, revised);
        ProjectCompletedEvent completed = new ProjectCompletedEvent(measure, project);
        ProjectFiguresCorrectedEvent corrected = new ProjectFiguresCorrectedEvent(measure, project, revised,
                Money.ofDollars(5_400), "Bilan final");

        projection.on(defined, 0);
        projection.on(submitted, 1, AT);
        projection.on(granted, 2, AT);
        projection.on(revisedEvent, 3, AT);
        projection.on(completed, 4, AT);
        projection.on(corrected, 5, AT);
        // The processor stopped before storing its token: the same events come again.
        projection.on(granted, 2, AT);
        projection.on(revisedEvent, 3, AT);
        projection.on(completed, 4, AT);
        projection.on(corrected, 5, AT);

        ProjectView view = mongo.findById(project.toString(), ProjectView.class, projects());
        assertThat(view).isNotNull();
        assertThat(view.version()).isEqualTo(5);
        assertThat(view.status()).isEqualTo(ProjectStatus.COMPLETED);
        assertThat(view.supportCents()).isEqualTo(540_000);
        assertThat(view.persons()).isEqualTo(47);
        assertThat(view.correctionReasons()).containsExactly("Bilan final");
        // the timeline too holds each step once
        assertThat(view.timeline()).extracting(ProjectView.Step::kind).containsExactly(ProjectView.Step.Kind.SUBMITTED,
                ProjectView.Step.Kind.SUPPORT_GRANTED, ProjectView.Step.Kind.REVISED, ProjectView.Step.Kind.COMPLETED,
                ProjectView.Step.Kind.CORRECTED);
        assertThat(view.timeline()).allSatisfy(step -> assertThat(step.at()).isEqualTo(AT));
        FundingMeasureView measureView = mongo.findById(measure.toString(), FundingMeasureView.class, measures());
        assertThat(measureView.grantedCents()).isEqualTo(540_000);
        assertThat(measureView.remainingCents()).isEqualTo(460_000);
    }

    @Test
    void releasesTheSupportOfACancelledProjectOnce() {
        projection.on(new FundingMeasureDefinedEvent(measure, "Mesure", new FundingPeriod(2013, 2016),
                Money.ofDollars(10_000)), 0);
        projection.on(new ProjectSubmittedEvent(measure, project, LocalTeamId.random(), new ProjectDetails("Projet",
                List.of("LEVIS"), null, Participants.UNKNOWN, List.of(), Money.ofDollars(4_000), false)), 1, AT);
        projection.on(new ProjectSupportGrantedEvent(measure, project, Money.ofDollars(3_000)), 2, AT);
        ProjectCancelledEvent cancelled = new ProjectCancelledEvent(measure, project, "Abandon");
        projection.on(cancelled, 3, AT);
        projection.on(cancelled, 3, AT);

        assertThat(mongo.findById(project.toString(), ProjectView.class, projects()).status())
                .isEqualTo(ProjectStatus.CANCELLED);
        FundingMeasureView measureView = mongo.findById(measure.toString(), FundingMeasureView.class, measures());
        assertThat(measureView.grantedCents()).isZero();
        assertThat(measureView.remaining()).isEqualTo("10000.00");
    }

    private String projects() {
        return readModels.physical(ProjectView.COLLECTION);
    }

    private String measures() {
        return readModels.physical(FundingMeasureView.COLLECTION);
    }
}
