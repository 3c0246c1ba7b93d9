package qc.logbook.ele.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.Validator;
import org.springframework.web.bind.ServletRequestDataBinder;
import qc.logbook.domain.RuleViolation;
import qc.logbook.pages.FormBinding;
import qc.logbook.problem.ProblemMessages;

/**
 * Binds an ÉLÉ page form to the REST API's request record (constructor binding, then Bean Validation as
 * {@code @Valid} does), sends it through the same operations as the API, and words refusals in the reader's
 * language on the input they name. A list (principales retombées, partners, needs) is a row of one-line inputs of
 * the same name, bound as the API's JSON array with the rows left blank dropped. (Every request parameter is refused
 * if it holds a control character, line breaks included, as every text of the API is: so no text area.)
 */
@Component
class EleForms {

    /** Inputs holding an amount in dollars. */
    static final List<String> AMOUNTS = List.of("envelope", "totalCost", "support");

    private final ConversionService conversions;
    private final Validator validator;
    private final MessageSource messages;
    private final ProblemMessages problemMessages;

    EleForms(@Qualifier("mvcConversionService") ConversionService conversions,
             @Qualifier("mvcValidator") Validator validator, MessageSource messages,
             ProblemMessages problemMessages) {
        this.conversions = conversions;
        this.validator = validator;
        this.messages = messages;
        this.problemMessages = problemMessages;
    }

    /**
     * The request record built from the form, {@code lists} being rows of inputs whose blank rows are dropped; null
     * when it could not be built or is invalid, the reasons then being on {@code form}.
     */
    <T> T bind(HttpServletRequest request, Class<T> type, List<String> lists, EleForm form, Locale locale) {
        Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
        parameters.remove("_csrf");
        for (String list : lists) {
            String[] sent = parameters.get(list);
            if (sent != null) {
                String[] rows = Arrays.stream(sent).map(String::strip).filter(row -> !row.isEmpty())
                        .toArray(String[]::new);
                if (rows.length == 0) {
                    parameters.remove(list);
                } else {
                    parameters.put(list, rows);
                }
            }
        }
        // what was typed stays on the page
        form.sent(parameters);
        for (String amount : AMOUNTS) {
            String[] sent = parameters.get(amount);
            if (sent != null) {
                parameters.put(amount, Arrays.stream(sent).map(EleForms::decimal).toArray(String[]::new));
            }
        }
        ServletRequestDataBinder binder = FormBinding.binder(type, conversions, validator);
        binder.construct(FormBinding.withParameters(request, parameters));
        if (binder.getTarget() != null) {
            binder.validate();
        }
        BindingResult result = binder.getBindingResult();
        for (ObjectError error : result.getAllErrors()) {
            String field = error instanceof FieldError fieldError ? fieldError.getField() : null;
            form.reject(field, message(error.getCode(), locale));
        }
        return result.hasErrors() ? null : type.cast(binder.getTarget());
    }

    /**
     * Runs the operation; a refusal of the domain (or of the edge's checks) lands on the form, worded from the same
     * bundles as the API's problem documents, and the answer is empty.
     */
    <R> Optional<R> send(Supplier<R> operation, EleForm form, Locale locale) {
        try {
            return Optional.ofNullable(operation.get());
        } catch (RuntimeException failure) {
            RuleViolation violation = FormBinding.violation(failure).orElseThrow(() -> failure);
            form.reject(violation.field(), problemMessages.message(violation, locale));
            return Optional.empty();
        }
    }

    /** A Bean Validation or conversion refusal, worded for its constraint. */
    String message(String code, Locale locale) {
        String fallback = messages.getMessage("ele.error.default", null, locale);
        return messages.getMessage("ele.error." + code, null, fallback, locale);
    }

    /**
     * An amount as a person types it in Québec French ({@code 6 000,50 $}) or English ({@code $6,000.50}) made the
     * API's decimal: spaces and the dollar sign dropped; a lone comma followed by one or two digits is the decimal
     * mark, other commas are thousands separators.
     */
    static String decimal(String typed) {
        if (typed == null) {
            return null;
        }
        String text = typed.replace("$", "").replaceAll("[\\s\\u00a0\\u202f]", "");
        if (text.matches("[0-9]*,[0-9]{1,2}") ) {
            return text.replace(',', '.');
        }
        return text.replace(",", "");
    }
}
