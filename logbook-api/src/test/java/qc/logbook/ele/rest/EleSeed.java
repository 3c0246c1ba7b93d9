package qc.logbook.ele.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The nine ÉLÉ projects of the seed's funding table (2013–2016 agreement, Chaudière-Appalaches), with the local team
 * that submitted each, as REST request bodies.
 */
public final class EleSeed {

    /** A seed project: its team's territory, then the figures of the seed's table. */
    public record Project(String teamTerritory, String title, List<String> territories, Integer persons,
                   Integer participations, String support, String totalCost, boolean researchDocumented,
                   List<String> outcomes) {
    }

    public static final Map<String, String> TEAMS = new LinkedHashMap<>();

    static {
        TEAMS.put("LES-APPALACHES", "ÉLÉ des Appalaches");
        TEAMS.put("BEAUCE-SARTIGAN", "ÉLÉ de Beauce-Sartigan");
        TEAMS.put("ROBERT-CLICHE", "ÉLÉ de Robert-Cliche");
        TEAMS.put("LES-ETCHEMINS", "ÉLÉ des Etchemins");
        TEAMS.put("LOTBINIERE", "ÉLÉ de Lotbinière");
        TEAMS.put("MONTMAGNY", "ÉLÉ de Montmagny");
        TEAMS.put("LEVIS", "ÉLÉ de Lévis");
    }

    public static final String CONFERENCES =
            "Conférences sur les deuils et sur les pertes, sur les préjugés, et sur la participation citoyenne";

    public static final List<Project> PROJECTS = List.of(
            new Project("LES-APPALACHES", "Le Carré Famille St-Maurice", List.of("LES-APPALACHES"), 66, null,
                    "6000", "15137", true, List.of(
                            "L'implication croissante des locataires et des citoyens laisse présager la relance du "
                                    + "comité famille de ce quartier ou un comité intergénérationnel de citoyens.",
                            "Le projet utilise l'école en tant que lieu de rencontre où les familles ont leur place "
                                    + "et contribuent.")),
            new Project("BEAUCE-SARTIGAN", CONFERENCES, List.of("BEAUCE-SARTIGAN", "ROBERT-CLICHE"), 250, null,
                    "5500", "5925", false, List.of(
                            "Mise en lien des locataires avec les ressources existantes dans le milieu.",
                            "La présence de locataires aux tables de concertation des partenaires favorise la "
                                    + "continuité.")),
            new Project("LES-ETCHEMINS", "Transport collectif – Service adapté aux aînés", List.of("LES-ETCHEMINS"),
                    63, null, "2000", "7000", false, List.of(
                            "Les aînés de 2 HLM et d'un OBNL ont appris à connaître le service et à l'utiliser "
                                    + "davantage, surtout en hiver.")),
            new Project("LES-ETCHEMINS", "Familles en action!", List.of("LES-ETCHEMINS"), null, 595, "1000", "2000",
                    false, List.of("Les familles et les jeunes fréquentent davantage la Maison des jeunes.")),
            new Project("LOTBINIERE", "Jardin collectif à Dosquet", List.of("LOTBINIERE"), 120, null, "5500", "8690",
                    false, List.of("La municipalité assure la poursuite du projet.")),
            new Project("MONTMAGNY", "Jardin collectif à l'OMH de Montmagny", List.of("MONTMAGNY"), 45, null,
                    "5500", "8743", false, List.of("Un comité de locataires a été formé et se mobilise dans d'autres "
                            + "projets (patinoire).")),
            new Project("LEVIS", "Groupes de couponnage", List.of("LEVIS"), 22, null, "3625", "7905", true,
                    List.of("Des alliances et de l'entraide se sont développées entre les femmes.")),
            new Project("LEVIS", "Entre voisins, pourquoi pas des liens!", List.of("LEVIS"), null, 1354, "6875",
                    "30044", false, List.of("Développement d'un réseau d'entraide et d'amitié.")),
            new Project("ROBERT-CLICHE", "Liaison Club Parentaide et les HML famille", List.of("ROBERT-CLICHE"), 108,
                    null, "5300", "8717", true, List.of("22 familles ont adhéré au Club Parentaide.")));

    private EleSeed() {
    }

    public static Map<String, Object> measure(String id, String envelope) {
        return Map.of("id", id, "name", "Mesure de soutien financier aux plans d'action des ÉLÉ",
                "period", Map.of("firstYear", 2013, "lastYear", 2016), "envelope", envelope);
    }

    public static Map<String, Object> team(String id, String territory) {
        return Map.of("id", id, "name", TEAMS.getOrDefault(territory, "ÉLÉ " + territory), "territory", territory,
                "members", Map.of("workers", 2, "tenants", 4, "communityPartners", 3, "institutionalPartners", 2),
                "partnerOrganisations", List.of("Maison de la famille", "Municipalité"),
                "tenantNeeds", List.of("Briser l'isolement", "Rejoindre les familles"));
    }

    public static Map<String, Object> project(String id, String localTeamId, Project p) {
        Map<String, Object> body = new LinkedHashMap<>(details(p));
        body.put("id", id);
        body.put("localTeamId", localTeamId);
        return body;
    }

    public static Map<String, Object> details(Project p) {
        Map<String, Object> participants = new LinkedHashMap<>();
        if (p.persons() != null) {
            participants.put("persons", p.persons());
        }
        if (p.participations() != null) {
            participants.put("participations", p.participations());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", p.title());
        body.put("territories", p.territories());
        body.put("description", "Projet de l'ÉLÉ, Entente 2013-2016.");
        body.put("participants", participants);
        body.put("outcomes", p.outcomes());
        body.put("totalCost", p.totalCost());
        body.put("researchDocumented", p.researchDocumented());
        return body;
    }
}
