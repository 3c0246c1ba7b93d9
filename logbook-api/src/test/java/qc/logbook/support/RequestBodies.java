package qc.logbook.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Valid request bodies for the write endpoints other than recording an intervention ({@link InterventionBodies}), as
 * mutable maps a test can bend before posting.
 */
public final class RequestBodies {

    private RequestBodies() {
    }

    public static Map<String, Object> referral(UUID referralId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("referralId", referralId.toString());
        body.put("sector", "COMMUNITY_ORGANISATION");
        body.put("need", "FOOD_AID");
        body.put("accompanied", false);
        body.put("referredOn", "2024-03-01");
        return body;
    }

    public static Map<String, Object> outcome() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", "WAITING");
        body.put("observedOn", "2024-03-05");
        return body;
    }

    public static Map<String, Object> collectiveSupport(UUID supportId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("supportId", supportId.toString());
        body.put("actionKind", "TENANT_ASSOCIATION");
        body.put("supportKind", "MOBILISATION");
        body.put("groupName", "Association des locataires");
        return body;
    }

    public static Map<String, Object> correction(UUID interventionId) {
        Map<String, Object> details = InterventionBodies.individual(interventionId);
        details.put("durationMinutes", 60);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", "Durée mal saisie");
        body.put("details", details);
        return body;
    }

    public static Map<String, Object> reason() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", "Saisie en double");
        return body;
    }

    public static Map<String, Object> localTeam(UUID id, String territory) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("workers", 2);
        members.put("tenants", 4);
        members.put("communityPartners", 3);
        members.put("institutionalPartners", 2);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id.toString());
        body.put("name", "ÉLÉ de Lévis");
        body.put("territory", territory);
        body.put("members", members);
        body.put("partnerOrganisations", List.of("Maison de la famille"));
        body.put("tenantNeeds", List.of("Briser l'isolement"));
        return body;
    }

    public static Map<String, Object> fundingMeasure(UUID id) {
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("firstYear", 2013);
        period.put("lastYear", 2016);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id.toString());
        body.put("name", "Mesure de soutien financier aux plans d'action des ÉLÉ");
        body.put("period", period);
        body.put("envelope", "50000");
        return body;
    }

    public static Map<String, Object> envelopeChange() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("envelope", "60000");
        body.put("reason", "Budget révisé");
        return body;
    }

    public static Map<String, Object> projectDetails() {
        Map<String, Object> participants = new LinkedHashMap<>();
        participants.put("persons", 22);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Groupes de couponnage");
        body.put("territories", List.of("LEVIS"));
        body.put("description", "Projet de l'ÉLÉ, Entente 2013-2016.");
        body.put("participants", participants);
        body.put("outcomes", List.of("Des alliances se sont développées."));
        body.put("totalCost", "7905");
        body.put("researchDocumented", true);
        return body;
    }

    public static Map<String, Object> projectSubmission(UUID id, UUID localTeamId) {
        Map<String, Object> body = projectDetails();
        body.put("id", id.toString());
        body.put("localTeamId", localTeamId.toString());
        return body;
    }

    public static Map<String, Object> support() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("support", "3625");
        return body;
    }

    public static Map<String, Object> projectCorrection() {
        Map<String, Object> body = projectDetails();
        body.put("support", "3625");
        body.put("reason", "Coût total corrigé");
        return body;
    }

    /** A practice draft: only its name is needed before submission. */
    public static Map<String, Object> practiceDraft(UUID id) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id.toString());
        body.put("form", practiceForm());
        return body;
    }

    public static Map<String, Object> practiceForm() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", "Jardin collectif des Habitations du Fleuve");
        form.put("detailedDescription", "Un jardin entretenu par les locataires.");
        return form;
    }

    public static Map<String, Object> forgetTenant(String tenantRef) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tenantRef", tenantRef);
        body.put("reason", "Demande du locataire");
        return body;
    }

    public static Map<String, Object> rebuild() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("readModels", List.of("intervention-details"));
        return body;
    }
}
