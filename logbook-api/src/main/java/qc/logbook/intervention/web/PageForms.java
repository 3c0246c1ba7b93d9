package qc.logbook.intervention.web;

import jakarta.servlet.http.HttpServletRequest;
import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
 * Binds a page form to the REST API's request record (constructor binding, Bean Validation as {@code @Valid} does)
 * and words refusals in the reader's language. Input names are the API's JSON names, so errors of either kind name
 * the input they belong to.
 */
@Component
class PageForms {

    private final ConversionService conversions;
    private final Validator validator;
    private final MessageSource messages;
    private final ProblemMessages problemMessages;

    PageForms(@Qualifier("mvcConversionService") ConversionService conversions,
              @Qualifier("mvcValidator") Validator validator, MessageSource messages,
              ProblemMessages problemMessages) {
        this.conversions = conversions;
        this.validator = validator;
        this.messages = messages;
        this.problemMessages = problemMessages;
    }

    /**
     * The request record built from the form's inputs, with {@code overrides} replacing what the browser sent (a
     * null value removes an input), validated; null when it could not be built or is invalid, the reasons then
     * being in {@code errors}.
     */
    <T> T bind(HttpServletRequest request, Class<T> type, Map<String, String[]> overrides, FormErrors errors,
               Locale locale) {
        ServletRequestDataBinder binder = FormBinding.binder(type, conversions, validator);
        binder.registerCustomEditor(LocalDate.class, new IsoDateEditor());
        binder.construct(FormBinding.withParameters(request, overridden(request, overrides)));
        if (binder.getTarget() != null) {
            binder.validate();
        }
        BindingResult result = binder.getBindingResult();
        for (ObjectError error : result.getAllErrors()) {
            String field = error instanceof FieldError fieldError ? fieldError.getField() : null;
            errors.add(field, message(error.getCode(), field == null ? null : errors.field(field), locale));
        }
        return result.hasErrors() ? null : type.cast(binder.getTarget());
    }

    /** A Bean Validation or conversion refusal: a message for this field, else for the constraint, else general. */
    String message(String code, String field, Locale locale) {
        String fallback = messages.getMessage("interventions.error.default", null, locale);
        String general = messages.getMessage("interventions.error." + code, null, fallback, locale);
        return field == null ? general
                : messages.getMessage("interventions.error." + code + "." + field, null, general, locale);
    }

    /** Adds the domain's refusal, in the reader's language, to the field it names. */
    void add(FormErrors errors, RuleViolation violation, Locale locale) {
        errors.add(violation.field(), message(violation, locale));
    }

    /** A rule violation worded from the same bundles as the API's problem documents. */
    String message(RuleViolation violation, Locale locale) {
        return problemMessages.message(violation, locale);
    }

    /** ISO dates, as {@code <input type=date>} sends them whatever the reader's language. */
    private static final class IsoDateEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            try {
                setValue(text == null || text.isBlank() ? null : LocalDate.parse(text.strip()));
            } catch (java.time.format.DateTimeParseException e) {
                // as an IllegalArgumentException, the binder records it as the field's type mismatch
                throw new IllegalArgumentException("not an ISO date", e);
            }
        }
    }

    /** The request's parameters with some replaced: the signed-in worker, the region of the chosen territory. */
    private static Map<String, String[]> overridden(HttpServletRequest request, Map<String, String[]> overrides) {
        Map<String, String[]> merged = new LinkedHashMap<>(request.getParameterMap());
        overrides.forEach((name, value) -> {
            if (value == null) {
                merged.remove(name);
            } else {
                merged.put(name, value);
            }
        });
        return merged;
    }
}
