package qc.logbook.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import qc.logbook.domain.RuleViolation;

/**
 * Turns every refusal into an RFC 9457 problem document naming the field and the rule, in French and English (texts
 * from the bundles, through {@link ProblemMessages}). Bad input never becomes a 500. Nothing here logs a rejected
 * value: it may be personal data.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private final ProblemMessages messages;

    ProblemHandler(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation violation) {
        HttpStatus status = switch (violation.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        return problem(status, violation.rule(), List.of(messages.toFieldError(violation)));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden",
                List.of(messages.fieldError(null, "role.insufficient", "rule.role.insufficient")));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> aggregateNotFound(AggregateNotFoundException e) {
        return notFound();
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrency(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, "concurrent-modification",
                List.of(messages.fieldError(null, "concurrent-modification", "rule.concurrent-modification")));
    }

    /** Axon wraps checked or remote handler failures; the domain's own refusals are unwrapped. */
    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandExecution(CommandExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuleViolation violation) {
            return ruleViolation(violation);
        }
        if (cause instanceof AggregateNotFoundException) {
            return notFound();
        }
        if (cause instanceof ConcurrencyException concurrency) {
            return concurrency(concurrency);
        }
        if (cause instanceof IncompatibleAggregateException mismatch) {
            return aggregateOfAnotherKind(mismatch);
        }
        return unexpected(e);
    }

    /**
     * The id names a record of another kind (a practice's id sent as a new intervention's, or in an intervention's
     * path): Axon loads that record's events into the wrong aggregate, which none of them initialises. Where the id
     * came from tells what the client meant: in the body of a creation (a URL without path variables) it is an id
     * already taken (409, as for a record of the same kind); in the path it names a record that does not exist (404).
     */
    @ExceptionHandler(IncompatibleAggregateException.class)
    ResponseEntity<ProblemDetail> aggregateOfAnotherKind(IncompatibleAggregateException e) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            Object variables = attributes.getRequest().getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
            if (variables instanceof Map<?, ?> map && map.isEmpty()) {
                return problem(HttpStatus.CONFLICT, "id-taken",
                        List.of(messages.fieldError("id", "id.taken", "rule.id.taken")));
            }
        }
        return notFound();
    }

    /**
     * Spring Security's firewall checks some parts of a request lazily, parameter names among them: its refusal can
     * then surface inside Spring MVC instead of at the filter.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> requestRejected(RequestRejectedException e) {
        return problem(HttpStatus.BAD_REQUEST, "request-rejected",
                List.of(messages.fieldError(null, "request.rejected", "rule.request.rejected")));
    }

    /** Constraint checks outside request binding (a validated service method). */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            String path = violation.getPropertyPath().toString();
            String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
            String code = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            errors.add(constraint(field, new String[] {code}, null));
        }
        return badRequest(errors);
    }

    /**
     * A multipart body sent to an endpoint that reads JSON: the multipart resolver fails on it before any converter is
     * asked, so it would otherwise surface as an unexpected error.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IncompatibleAggregateException mismatch) {
                return aggregateOfAnotherKind(mismatch);
            }
        }
        // Class and stack only: an exception message may quote personal data.
        log.error("Unexpected error: {}", e.getClass().getName(), withoutMessage(e));
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return badRequest(fieldErrors(ex.getBindingResult()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            String name = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                errors.add(constraint(name, error.getCodes(), error.getArguments()));
            }
        }
        return badRequest(errors);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return badRequest(List.of(messages.fieldError(ex.getParameterName(), "required",
                "rule.required.parameter")));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        return badRequest(List.of(invalidValue(name, ex.getRequiredType())));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getCause();
        if (cause instanceof RefusedText refused) {
            return badRequest(List.of(messages.fieldError(path(refused), refused.rule(), "rule." + refused.rule())));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return badRequest(List.of(messages.fieldError(path(unknown), "unknown-field", "rule.unknown-field")));
        }
        if (cause instanceof InvalidFormatException invalid) {
            return badRequest(List.of(invalidValue(path(invalid), invalid.getTargetType())));
        }
        if (cause instanceof ValueInstantiationException invalid) {
            return badRequest(List.of(invalidValue(path(invalid), invalid.getType().getRawClass())));
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return badRequest(List.of(messages.fieldError(path(mismatched), "invalid-type", "rule.invalid-type")));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return badRequest(List.of(messages.fieldError(path(mapping), "invalid-value", "rule.invalid-value")));
        }
        if (cause instanceof JsonParseException parse && isDuplicateKey(parse)) {
            return badRequest(List.of(messages.fieldError(duplicatePath(parse), "duplicate-field",
                    "rule.duplicate-field")));
        }
        if (cause instanceof InputCoercionException coercion) {
            // a number too large for its field, seen by the parser before any field is bound
            return badRequest(List.of(messages.fieldError(contextPath(coercion.getProcessor()), "too-large",
                    "rule.too-large")));
        }
        if (cause instanceof StreamConstraintsException) {
            return badRequest(List.of(messages.fieldError(null, "body.too-complex", "rule.body.too-complex")));
        }
        if (cause instanceof JsonProcessingException) {
            return badRequest(List.of(messages.fieldError(null, "malformed-json", "rule.malformed-json")));
        }
        return badRequest(List.of(messages.fieldError(null, "unreadable-body", "rule.unreadable-body")));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        // Framework refusals (405, 406, 415, 404 of unknown paths…) get the same bilingual shape. Their body is
        // usually left for the superclass to take from the exception: take it here first.
        if (body == null && ex instanceof ErrorResponse response) {
            body = response.getBody();
        }
        if (body instanceof ProblemDetail detail && detail.getProperties() == null) {
            messages.addTitles(detail, statusCode, LocaleContextHolder.getLocale());
            if (ABOUT_BLANK.equals(detail.getType())) {
                detail.setType(URI.create("/problems/" + typeOf(statusCode)));
            }
            detail.setDetail(null); // the framework's detail is English only, and may quote the request
        }
        HttpHeaders withType = new HttpHeaders();
        withType.putAll(headers);
        withType.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return super.handleExceptionInternal(ex, body, withType, statusCode, request);
    }

    /** {@code not-found}, {@code method-not-allowed}…: the status, as the type of a framework refusal. */
    static String typeOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "http-" + status.value() : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Strict duplicate detection reports a repeated key as a parse error, before any field is bound. */
    private static boolean isDuplicateKey(JsonParseException e) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field");
    }

    /** Path of the repeated key: the parser still stands on it. */
    private static String duplicatePath(JsonParseException e) {
        return contextPath(e.getProcessor());
    }

    private static String contextPath(Object processor) {
        if (!(processor instanceof JsonParser parser)) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inObject() && context.getCurrentName() != null) {
                parts.add(0, "." + context.getCurrentName());
            } else if (context.inArray()) {
                parts.add(0, "[" + Math.max(context.getCurrentIndex(), 0) + "]");
            }
        }
        String path = String.join("", parts);
        return path.isEmpty() ? null : path.startsWith(".") ? path.substring(1) : path;
    }

    private List<FieldError> fieldErrors(BindingResult result) {
        List<FieldError> errors = new ArrayList<>();
        for (org.springframework.validation.FieldError error : result.getFieldErrors()) {
            errors.add(constraint(error.getField(), error.getCodes(), error.getArguments()));
        }
        for (org.springframework.validation.ObjectError error : result.getGlobalErrors()) {
            errors.add(constraint(null, error.getCodes(), error.getArguments()));
        }
        return errors;
    }

    /** Bilingual message for a Bean Validation constraint, from its code (NotNull, Size, Pattern…). */
    private FieldError constraint(String field, String[] codes, Object[] arguments) {
        String code = codes == null || codes.length == 0 ? "Invalid" : codes[codes.length - 1];
        List<Object> args = arguments == null ? List.of() : Arrays.asList(arguments);
        return switch (code) {
            case "NotNull", "NotBlank", "NotEmpty" -> messages.fieldError(field, "required", "rule.required");
            case "Size" -> messages.fieldError(field, "size", "rule.size", arg(args, 2), arg(args, 1));
            case "Min", "DecimalMin", "Positive", "PositiveOrZero" -> args.size() > 1
                    ? messages.fieldError(field, "too-small", "rule.too-small.bound", args.get(1))
                    : messages.fieldError(field, "too-small", "rule.too-small");
            case "Max", "DecimalMax" -> args.size() > 1
                    ? messages.fieldError(field, "too-large", "rule.too-large.bound", args.get(1))
                    : messages.fieldError(field, "too-large", "rule.too-large");
            case "Pattern" -> messages.fieldError(field, "format", "rule.format");
            case "PastOrPresent", "Past" -> messages.fieldError(field, "date.in-future", "rule.date.in-future");
            default -> new FieldError(field, code.toLowerCase(Locale.ROOT),
                    messages.text("rule.invalid-value", ProblemMessages.FRENCH),
                    messages.text("rule.invalid-value", ProblemMessages.ENGLISH));
        };
    }

    private static Object arg(List<Object> args, int index) {
        return index < args.size() ? args.get(index) : "?";
    }

    private FieldError invalidValue(String field, Class<?> type) {
        if (type != null && type.isEnum()) {
            String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
            return messages.fieldError(field, "unknown-value", "rule.unknown-value", allowed);
        }
        String format = type == null ? null : switch (type.getSimpleName()) {
            case "LocalDate" -> "format.LocalDate";
            case "Instant" -> "format.Instant";
            case "UUID" -> "format.UUID";
            case "Integer", "int", "Long", "long" -> "format.integer";
            case "Boolean", "boolean" -> "format.boolean";
            default -> null;
        };
        if (format == null) {
            return messages.fieldError(field, "invalid-value", "rule.invalid-value");
        }
        return messages.fieldError(field, "invalid-value", "rule.invalid-value.expected",
                RuleViolation.label(format));
    }

    /** The JSON path of the failing value: {@code a.b[2].c}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private ResponseEntity<Object> badRequest(List<FieldError> errors) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(messages.problem(HttpStatus.BAD_REQUEST, "invalid-request", errors));
    }

    ResponseEntity<ProblemDetail> notFound() {
        return problem(HttpStatus.NOT_FOUND, "not-found",
                List.of(messages.fieldError(null, "not-found", "rule.not-found")));
    }

    private static Throwable withoutMessage(Throwable e) {
        Throwable copy = new Throwable(e.getClass().getName());
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, List<FieldError> errors) {
        // The type is set, not negotiated: whatever the client accepts (even an Accept header that does not parse),
        // a refusal is this document.
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(messages.problem(status, type, errors));
    }
}
