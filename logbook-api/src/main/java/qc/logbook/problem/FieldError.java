package qc.logbook.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One reason a request was refused, inside a problem document's {@code errors} member.
 *
 * @param field JSON path of the field at fault in the request (e.g. {@code targetGroups[0]}), or a query parameter
 *              name; absent when the rule concerns the whole resource
 * @param rule  stable code of the broken rule, for programs
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String field, String rule, @JsonProperty("message_fr") String messageFr,
                         @JsonProperty("message_en") String messageEn) {
}
