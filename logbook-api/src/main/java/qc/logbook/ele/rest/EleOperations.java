package qc.logbook.ele.rest;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import qc.logbook.domain.RuleViolation;
import qc.logbook.ele.api.CancelProjectCommand;
import qc.logbook.ele.api.ChangeFundingEnvelopeCommand;
import qc.logbook.ele.api.CompleteProjectCommand;
import qc.logbook.ele.api.CorrectProjectFiguresCommand;
import qc.logbook.ele.api.DefineFundingMeasureCommand;
import qc.logbook.ele.api.FindFundingMeasureQuery;
import qc.logbook.ele.api.FindFundingMeasuresQuery;
import qc.logbook.ele.api.FindLocalTeamQuery;
import qc.logbook.ele.api.FindLocalTeamsQuery;
import qc.logbook.ele.api.FindProjectQuery;
import qc.logbook.ele.api.FindProjectsQuery;
import qc.logbook.ele.api.FormLocalTeamCommand;
import qc.logbook.ele.api.FundingMeasureId;
import qc.logbook.ele.api.GrantProjectSupportCommand;
import qc.logbook.ele.api.LocalTeamId;
import qc.logbook.ele.api.Money;
import qc.logbook.ele.api.ProjectDetails;
import qc.logbook.ele.api.ProjectId;
import qc.logbook.ele.api.ReviseLocalTeamCommand;
import qc.logbook.ele.api.ReviseProjectCommand;
import qc.logbook.ele.api.SubmitProjectCommand;
import qc.logbook.ele.query.FundingMeasureView;
import qc.logbook.ele.query.LocalTeamPage;
import qc.logbook.ele.query.LocalTeamView;
import qc.logbook.ele.query.ProjectPage;
import qc.logbook.ele.query.ProjectView;
import qc.logbook.ele.rest.EleRequests.CorrectionRequest;
import qc.logbook.ele.rest.EleRequests.EnvelopeChangeRequest;
import qc.logbook.ele.rest.EleRequests.FundingMeasureRequest;
import qc.logbook.ele.rest.EleRequests.LocalTeamRequest;
import qc.logbook.ele.rest.EleRequests.ProjectDetailsRequest;
import qc.logbook.ele.rest.EleRequests.ProjectSubmissionRequest;
import qc.logbook.ele.rest.EleRequests.ReasonRequest;
import qc.logbook.ele.rest.EleRequests.SupportRequest;
import qc.logbook.practice.api.PracticeSort;
import qc.logbook.practice.api.SearchPracticesQuery;
import qc.logbook.practice.query.PracticeSearchEngine;
import qc.logbook.practice.query.PracticeSearchResult;
import qc.logbook.practice.reading.PublishedPractices;
import qc.logbook.security.CurrentUser;
import qc.logbook.security.LogbookUser;

/**
 * The one path from the edge (REST API and pages alike) to the ÉLÉ commands and queries: both build the same commands
 * from the same request records, and both read through the same territory checks.
 */
@Component
public class EleOperations {

    private final EleCommands commands;
    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final PublishedPractices practices;

    EleOperations(EleCommands commands, QueryGateway queries, CurrentUser currentUser,
                  PublishedPractices practices) {
        this.practices = practices;
        this.commands = commands;
        this.queries = queries;
        this.currentUser = currentUser;
    }

    public FundingMeasureId defineMeasure(FundingMeasureRequest request) {
        FundingMeasureId id = request.id() == null ? FundingMeasureId.random() : new FundingMeasureId(request.id());
        commands.toMeasure(new DefineFundingMeasureCommand(id, request.name(), request.period().toPeriod(),
                Money.ofDollars(request.envelope())));
        return id;
    }

    public void changeEnvelope(UUID measureId, EnvelopeChangeRequest request) {
        commands.toMeasure(new ChangeFundingEnvelopeCommand(new FundingMeasureId(measureId),
                Money.ofDollars(request.envelope()), request.reason()));
    }

    public List<FundingMeasureView> measures() {
        return queries.query(new FindFundingMeasuresQuery(),
                ResponseTypes.multipleInstancesOf(FundingMeasureView.class)).join();
    }

    public Optional<FundingMeasureView> measure(UUID measureId) {
        return queries.query(new FindFundingMeasureQuery(new FundingMeasureId(measureId)),
                ResponseTypes.optionalInstanceOf(FundingMeasureView.class)).join();
    }

    public LocalTeamId formTeam(LocalTeamRequest request) {
        LocalTeamId id = request.id() == null ? LocalTeamId.random() : new LocalTeamId(request.id());
        commands.toLocalTeam(new FormLocalTeamCommand(id, request.toDetails()));
        return id;
    }

    public void reviseTeam(UUID localTeamId, LocalTeamRequest request) {
        commands.toLocalTeam(new ReviseLocalTeamCommand(new LocalTeamId(localTeamId), request.toDetails()));
    }

    /** The teams of the user's territories ({@code territory} narrows them to one). */
    public LocalTeamPage teams(String territory, int page, int size) {
        Set<String> territories = currentUser.require().restrict(territory == null ? null : Set.of(territory));
        return queries.query(new FindLocalTeamsQuery(territories, page, size),
                ResponseTypes.instanceOf(LocalTeamPage.class)).join();
    }

    /** The team, if the user may see it: another territory's team is answered as absent. */
    public Optional<LocalTeamView> team(UUID localTeamId) {
        LogbookUser user = currentUser.require();
        return queries.query(new FindLocalTeamQuery(new LocalTeamId(localTeamId)),
                        ResponseTypes.optionalInstanceOf(LocalTeamView.class)).join()
                .filter(team -> user.canSee(team.territory()));
    }

    /** Submits the project; the team must be one the user sees, the practice (if named) published. */
    public ProjectId submit(UUID measureId, ProjectSubmissionRequest request) {
        if (team(request.localTeamId()).isEmpty()) {
            throw RuleViolation.notFound("localTeamId", "local-team.unknown");
        }
        ProjectDetails details = details(request.details());
        ProjectId id = request.id() == null ? ProjectId.random() : new ProjectId(request.id());
        commands.toMeasure(new SubmitProjectCommand(new FundingMeasureId(measureId), id,
                new LocalTeamId(request.localTeamId()), details));
        return id;
    }

    public void revise(UUID measureId, UUID projectId, ProjectDetailsRequest request) {
        commands.toMeasure(new ReviseProjectCommand(new FundingMeasureId(measureId), new ProjectId(projectId),
                details(request)));
    }

    public void grant(UUID measureId, UUID projectId, SupportRequest request) {
        commands.toMeasure(new GrantProjectSupportCommand(new FundingMeasureId(measureId), new ProjectId(projectId),
                Money.ofDollars(request.support())));
    }

    public void complete(UUID measureId, UUID projectId) {
        commands.toMeasure(new CompleteProjectCommand(new FundingMeasureId(measureId), new ProjectId(projectId)));
    }

    public void cancel(UUID measureId, UUID projectId, ReasonRequest request) {
        commands.toMeasure(new CancelProjectCommand(new FundingMeasureId(measureId), new ProjectId(projectId),
                request.reason()));
    }

    public void correct(UUID measureId, UUID projectId, CorrectionRequest request) {
        commands.toMeasure(new CorrectProjectFiguresCommand(new FundingMeasureId(measureId), new ProjectId(projectId),
                details(request.details()), Money.ofDollars(request.support()), request.reason()));
    }

    /** Projects reaching the user's territories ({@code territory} narrows them to one). */
    public ProjectPage projects(UUID measureId, String territory, UUID localTeamId, int page, int size) {
        Set<String> territories = currentUser.require().restrict(territory == null ? null : Set.of(territory));
        return queries.query(new FindProjectsQuery(measureId == null ? null : new FundingMeasureId(measureId),
                territories, localTeamId == null ? null : new LocalTeamId(localTeamId), page, size),
                ResponseTypes.instanceOf(ProjectPage.class)).join();
    }

    /** The project, if it reaches one of the user's territories; otherwise it is answered as absent. */
    public Optional<ProjectView> project(UUID projectId) {
        LogbookUser user = currentUser.require();
        return queries.query(new FindProjectQuery(new ProjectId(projectId)),
                        ResponseTypes.optionalInstanceOf(ProjectView.class)).join()
                .filter(p -> p.territories().stream().anyMatch(user::canSee));
    }

    /**
     * The published practices a project may name, by name (id → name): the repository's search query, newest first,
     * at most a page of the largest size, then sorted by name.
     */
    public Map<String, String> publishedPractices() {
        SearchPracticesQuery all = new SearchPracticesQuery(null, null, null, null, null, null, null, null, null,
                null, null, PracticeSort.DATE, 0, PracticeSearchEngine.MAX_PAGE_SIZE);
        Map<String, String> byId = new LinkedHashMap<>();
        queries.query(all, ResponseTypes.instanceOf(PracticeSearchResult.class)).join().items().stream()
                .sorted(Comparator.comparing(PracticeSearchResult.Item::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(item -> byId.put(item.id(), item.name()));
        return byId;
    }

    private ProjectDetails details(ProjectDetailsRequest request) {
        return request.toDetails(request.practiceId() == null ? null : practices.require(request.practiceId()));
    }

}
