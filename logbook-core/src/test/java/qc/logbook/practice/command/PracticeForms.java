package qc.logbook.practice.command;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import qc.logbook.practice.api.CostOption;
import qc.logbook.practice.api.EconomicImpact;
import qc.logbook.practice.api.HealthImpact;
import qc.logbook.practice.api.Partner;
import qc.logbook.practice.api.PracticeDescription;
import qc.logbook.practice.api.PracticeDescriptionCategory;
import qc.logbook.practice.api.PracticeDescriptionItem;
import qc.logbook.practice.api.PracticeEvaluation;
import qc.logbook.practice.api.PracticeForm;
import qc.logbook.practice.api.PracticeImpacts;
import qc.logbook.practice.api.PracticeInterventionType;
import qc.logbook.practice.api.PracticeLimits;
import qc.logbook.practice.api.PracticeTenure;
import qc.logbook.practice.api.PsychosocialImpact;
import qc.logbook.practice.api.SclsCharacteristic;
import qc.logbook.practice.api.SelfRating;
import qc.logbook.practice.api.SpecificProject;
import qc.logbook.practice.api.TargetPopulation;
import qc.logbook.reference.AdministrativeRegion;
import qc.logbook.reference.HealthRegion;
import qc.logbook.reference.SupportCategory;

/** Forms for tests: the least a submission needs, and every field filled to its limit. */
public final class PracticeForms {

    private PracticeForms() {
    }

    /**
     * Text of exactly {@code characters} characters as a person counts them (grapheme clusters), mixing accented
     * letters (one precomposed, one an "e" with a combining accent), a character outside the basic plane ("🏠", two
     * UTF-16 units) and an emoji sequence of five code points: a limit counted in UTF-16 units or in code points
     * would reject it.
     */
    public static String text(int characters) {
        String[] pattern = {"é", "À", "🏠", "ç", " ", "e\u0301", "œ", "👩\u200D👩\u200D👧"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < characters; i++) {
            text.append(pattern[i % pattern.length]);
        }
        return text.toString();
    }

    /** A form with what a submission requires and nothing more. */
    public static PracticeForm complete() {
        return PracticeForm.builder()
                .name("Jardin collectif des Habitations du Fleuve")
                .regions(Set.of(AdministrativeRegion.BAS_SAINT_LAURENT))
                .tenure(PracticeTenure.HLM)
                .description(new PracticeDescription(
                        "Initiative de l’association de locataires.",
                        "Immeuble seulement.",
                        "Briser l’isolement.",
                        "Mobiliser un comité interne.",
                        "Plus de participation.",
                        "À venir.",
                        Set.of(PracticeDescriptionCategory.COLLECTIVE_LIFE),
                        Set.of(PracticeDescriptionItem.COLLECTIVE_SOCIALISATION),
                        null, Set.of(SpecificProject.COLLECTIVE_GARDENS), null))
                .targetPopulations(Set.of(TargetPopulation.ADULTS_LIVING_ALONE))
                .interventionType(PracticeInterventionType.COLLECTIVE)
                .categories(Set.of(SupportCategory.COLLECTIVE_LIFE))
                .selfRating(SelfRating.PROMETTEUSE)
                .build();
    }

    /** Every field of the form filled, every text at its limit. */
    public static PracticeForm maximal() {
        int answer = PracticeLimits.DESCRIPTION_ANSWER;
        int longText = PracticeLimits.LONG_TEXT;
        int specify = PracticeLimits.SPECIFY;
        return PracticeForm.builder()
                .name(text(PracticeLimits.NAME))
                .regions(EnumSet.allOf(AdministrativeRegion.class))
                .healthRegions(EnumSet.allOf(HealthRegion.class))
                .tenure(PracticeTenure.SEVERAL)
                .tenurePrecision(text(specify))
                .description(new PracticeDescription(text(answer), text(answer), text(answer), text(answer),
                        text(answer), text(answer), EnumSet.allOf(PracticeDescriptionCategory.class),
                        EnumSet.allOf(PracticeDescriptionItem.class), text(specify),
                        EnumSet.allOf(SpecificProject.class), text(specify)))
                .targetPopulations(EnumSet.allOf(TargetPopulation.class))
                .targetPopulationsOther(text(specify))
                .interventionType(PracticeInterventionType.BOTH)
                .detailedDescription(text(longText))
                .startDate(LocalDate.of(2019, 9, 1))
                .durationMonths(PracticeLimits.MAX_DURATION_MONTHS)
                .winningConditions(text(longText))
                .partners(EnumSet.allOf(Partner.class))
                .partnerMinistries(text(PracticeLimits.MINISTRIES))
                .partnersOther(text(specify))
                .costOptions(EnumSet.allOf(CostOption.class))
                .costDetails(text(PracticeLimits.COST_DETAILS))
                .evaluation(new PracticeEvaluation(text(longText), text(longText), text(longText), text(longText)))
                .impacts(new PracticeImpacts(text(longText), text(longText),
                        EnumSet.allOf(PsychosocialImpact.class), text(specify),
                        EnumSet.allOf(EconomicImpact.class), text(specify),
                        EnumSet.allOf(HealthImpact.class), text(specify)))
                .changesToMake(text(longText))
                .transferableTools(text(longText))
                .sclsCharacteristics(EnumSet.of(SclsCharacteristic.REDUCED_ISOLATION, SclsCharacteristic.SOCIAL_TIES))
                .sclsCharacteristicsOther(text(specify))
                .categories(EnumSet.allOf(SupportCategory.class))
                .categoriesOther(text(specify))
                .selfRating(SelfRating.EMERGENTE)
                .peopleInvolved(text(PracticeLimits.PEOPLE_INVOLVED))
                .keyMessage1(text(longText))
                .keyMessage2(text(longText))
                .build();
    }
}
