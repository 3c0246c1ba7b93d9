package qc.logbook.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import qc.logbook.domain.RuleViolation;

/**
 * Turns every refusal into an RFC 9457 problem document naming the field and the rule, in French and English. Bad
 * input never becomes a 500. Nothing here logs a rejected value: it may be personal data.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation violation) {
        HttpStatus status = switch (violation.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        String[] titles = Problems.titles(status);
        return problem(status, violation.rule(), titles, List.of(new FieldError(violation.field(), violation.rule(),
                violation.messageFr(), violation.messageEn())));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", Problems.titles(HttpStatus.FORBIDDEN),
                List.of(new FieldError(null, "role.insufficient", "Votre rôle ne permet pas cette action.",
                        "Your role does not allow this action.")));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> aggregateNotFound(AggregateNotFoundException e) {
        return notFound();
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrency(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, "concurrent-modification", Problems.titles(HttpStatus.CONFLICT),
                List.of(new FieldError(null, "concurrent-modification",
                        "La ressource a été modifiée en même temps par une autre requête; réessayez.",
                        "The resource was modified concurrently by another request; try again.")));
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
        return internalError(e);
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

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        return internalError(e);
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
        return badRequest(List.of(new FieldError(ex.getParameterName(), "required",
                "Ce paramètre est obligatoire.", "This parameter is required.")));
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
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return badRequest(List.of(new FieldError(path(unknown), "unknown-field",
                    "Ce champ n'existe pas.", "This field does not exist.")));
        }
        if (cause instanceof InvalidFormatException invalid) {
            return badRequest(List.of(invalidValue(path(invalid), invalid.getTargetType())));
        }
        if (cause instanceof ValueInstantiationException invalid) {
            return badRequest(List.of(invalidValue(path(invalid), invalid.getType().getRawClass())));
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return badRequest(List.of(new FieldError(path(mismatched), "invalid-type",
                    "Le type de valeur ne convient pas à ce champ.", "The value has the wrong type for this field.")));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return badRequest(List.of(new FieldError(path(mapping), "invalid-value",
                    "Valeur invalide.", "Invalid value.")));
        }
        if (cause instanceof JsonProcessingException) {
            return badRequest(List.of(new FieldError(null, "malformed-json",
                    "Le corps de la requête n'est pas un JSON valide.", "The request body is not valid JSON.")));
        }
        return badRequest(List.of(new FieldError(null, "unreadable-body",
                "Le corps de la requête est absent ou illisible.", "The request body is missing or unreadable.")));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        // Framework refusals (405, 406, 415, 404 of unknown paths…) get the same bilingual shape.
        if (body instanceof ProblemDetail detail && detail.getProperties() == null) {
            String[] titles = Problems.titles(statusCode);
            detail.setTitle(english() ? titles[1] : titles[0]);
            detail.setProperty("title_fr", titles[0]);
            detail.setProperty("title_en", titles[1]);
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private static List<FieldError> fieldErrors(BindingResult result) {
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
    private static FieldError constraint(String field, String[] codes, Object[] arguments) {
        String code = codes == null || codes.length == 0 ? "Invalid" : codes[codes.length - 1];
        List<Object> args = arguments == null ? List.of() : Arrays.asList(arguments);
        return switch (code) {
            case "NotNull", "NotBlank", "NotEmpty" -> new FieldError(field, "required",
                    "Ce champ est obligatoire.", "This field is required.");
            case "Size" -> new FieldError(field, "size",
                    "La taille doit être entre " + arg(args, 2) + " et " + arg(args, 1) + ".",
                    "The size must be between " + arg(args, 2) + " and " + arg(args, 1) + ".");
            case "Min", "DecimalMin", "Positive", "PositiveOrZero" -> new FieldError(field, "too-small",
                    "La valeur est trop petite" + bound(args) + ".", "The value is too small" + bound(args) + ".");
            case "Max", "DecimalMax" -> new FieldError(field, "too-large",
                    "La valeur est trop grande" + bound(args) + ".", "The value is too large" + bound(args) + ".");
            case "Pattern" -> new FieldError(field, "format",
                    "Le format de la valeur est invalide.", "The value has an invalid format.");
            case "PastOrPresent", "Past" -> new FieldError(field, "date.in-future",
                    "La date ne peut pas être dans le futur.", "The date cannot be in the future.");
            default -> new FieldError(field, code.toLowerCase(Locale.ROOT),
                    "Valeur invalide.", "Invalid value.");
        };
    }

    private static String arg(List<Object> args, int index) {
        return index < args.size() ? String.valueOf(args.get(index)) : "?";
    }

    private static String bound(List<Object> args) {
        return args.size() > 1 ? " (limite : " + args.get(1) + ")" : "";
    }

    private static FieldError invalidValue(String field, Class<?> type) {
        if (type != null && type.isEnum()) {
            String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
            return new FieldError(field, "unknown-value",
                    "Valeur inconnue; valeurs permises : " + allowed + ".",
                    "Unknown value; allowed values: " + allowed + ".");
        }
        String expected = type == null ? "?" : switch (type.getSimpleName()) {
            case "LocalDate" -> "AAAA-MM-JJ / YYYY-MM-DD";
            case "Instant" -> "instant ISO-8601 (2025-01-31T23:59:59Z)";
            case "UUID" -> "UUID";
            case "Integer", "int", "Long", "long" -> "nombre entier / integer";
            case "Boolean", "boolean" -> "true / false";
            default -> type.getSimpleName();
        };
        return new FieldError(field, "invalid-value",
                "Valeur invalide; format attendu : " + expected + ".",
                "Invalid value; expected format: " + expected + ".");
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
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "invalid-request",
                Problems.titles(HttpStatus.BAD_REQUEST)[0], Problems.titles(HttpStatus.BAD_REQUEST)[1], errors,
                LocaleContextHolder.getLocale()));
    }

    private static ResponseEntity<ProblemDetail> notFound() {
        return problem(HttpStatus.NOT_FOUND, "not-found", Problems.titles(HttpStatus.NOT_FOUND),
                List.of(new FieldError(null, "not-found", "Cette ressource n'existe pas.",
                        "This resource does not exist.")));
    }

    private static ResponseEntity<ProblemDetail> internalError(Exception e) {
        // Class and stack only: an exception message may quote personal data.
        log.error("Unexpected error: {}", e.getClass().getName(), withoutMessage(e));
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                Problems.titles(HttpStatus.INTERNAL_SERVER_ERROR), List.of());
    }

    private static Throwable withoutMessage(Throwable e) {
        Throwable copy = new Throwable(e.getClass().getName());
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String[] titles,
                                                         List<FieldError> errors) {
        return ResponseEntity.status(status).body(Problems.of(status, type, titles[0], titles[1], errors,
                LocaleContextHolder.getLocale()));
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
