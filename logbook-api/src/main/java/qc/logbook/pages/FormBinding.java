package qc.logbook.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.validation.Validator;
import org.springframework.web.bind.ServletRequestDataBinder;
import qc.logbook.domain.RuleViolation;

/** What every page form does alike: binding a submitted form onto the API's request record, and its refusals. */
public final class FormBinding {

    private FormBinding() {
    }

    /**
     * A binder that constructs a {@code type} from request parameters, blank texts as absent, validated by Bean
     * Validation. A plain {@link ServletRequestDataBinder}, not MVC's extended one: path variables (an aggregate's id)
     * must not bind into the record's own fields.
     */
    public static ServletRequestDataBinder binder(Class<?> type, ConversionService conversions, Validator validator) {
        ServletRequestDataBinder binder = new ServletRequestDataBinder(null, "form");
        binder.setTargetType(ResolvableType.forClass(type));
        binder.setConversionService(conversions);
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        binder.setValidator(validator);
        return binder;
    }

    /** The request with its parameters replaced by {@code parameters}, for a binder to read. */
    public static HttpServletRequest withParameters(HttpServletRequest request, Map<String, String[]> parameters) {
        return new Parameters(request, parameters);
    }

    /** The domain's refusal behind a command failure, if that is what it was. */
    public static Optional<RuleViolation> violation(RuntimeException failure) {
        if (failure instanceof RuleViolation violation) {
            return Optional.of(violation);
        }
        if (failure instanceof CommandExecutionException e && e.getCause() instanceof RuleViolation violation) {
            return Optional.of(violation);
        }
        return Optional.empty();
    }

    private static final class Parameters extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        Parameters(HttpServletRequest request, Map<String, String[]> parameters) {
            super(request);
            this.parameters = Collections.unmodifiableMap(parameters);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }
    }
}
