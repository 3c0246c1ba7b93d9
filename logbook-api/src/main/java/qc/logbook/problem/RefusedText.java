package qc.logbook.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Text in a request body that the logbook does not store: not valid Unicode (a lone UTF-16 surrogate, which every
 * store would replace by "?" or U+FFFD, so that the identical retry no longer matches), or a control character. Jackson
 * adds the JSON path of the value as the exception travels up, so the problem document names the field. The message
 * never quotes the text: it may be personal data.
 */
final class RefusedText extends JsonMappingException {

    private final String rule;

    RefusedText(JsonParser parser, String rule) {
        super(parser, rule);
        this.rule = rule;
    }

    /** The rule code: {@code text.invalid-unicode} or {@code text.control-character}. */
    String rule() {
        return rule;
    }
}
