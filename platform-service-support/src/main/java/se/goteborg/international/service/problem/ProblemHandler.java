package se.goteborg.international.service.problem;

import java.io.IOException;
import java.net.URI;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

import se.goteborg.international.domain.RuleViolation;
import se.goteborg.international.service.web.RequestBodyLimitFilter;

/**
 * The platform's one error contract: every failure is RFC 9457 problem+json with a stable
 * {@code code}, a plain-words {@code detail}, and {@code errors} naming the fields concerned.
 * Never a stack trace, never an empty body.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemHandler extends ResponseEntityExceptionHandler {

    public static final String TYPE_PREFIX = "urn:se:goteborg:intl:problem:";
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final JsonMapper RAW_JSON = JsonMapper.builder().build();

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> handleApi(ApiException ex) {
        ProblemDetail problem = problem(ex.status(), ex.code(), ex.getMessage());
        if (ex.field() != null) {
            problem.setProperty("errors", List.of(new FieldError(ex.field(), ex.getMessage())));
        }
        return ResponseEntity.status(ex.status()).body(problem);
    }

    /** The domain's own refusal: 409 for a step the status does not allow, else 422 naming the field. */
    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> handleRuleViolation(RuleViolation v) {
        return handleApi(v.isTransition() ? ApiException.conflict(v.code(), v.getMessage())
                : ApiException.ruleViolated(v.code(), v.field(), v.getMessage()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> handleOptimisticLock(OptimisticLockingFailureException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, "concurrent-change",
                "Someone else changed this item meanwhile; reload it and try again"));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> handleConstraintViolation(ConstraintViolationException ex) {
        List<FieldError> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field)).toList();
        return badRequest(errors);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldError(e.getField(), e.isBindingFailure()
                        // a query parameter of the wrong type: say so plainly, not as a conversion trace
                        ? "'" + e.getRejectedValue() + "' is not a valid " + describe(fieldType(ex, e.getField()))
                        : e.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldError::field)).collect(Collectors.toList());
        ex.getBindingResult().getGlobalErrors()
                .forEach(e -> errors.add(new FieldError(e.getObjectName(), e.getDefaultMessage())));
        return ResponseEntity.badRequest().body(withErrors(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(e -> new FieldError(
                        r.getMethodParameter().getParameterName(), e.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(withErrors(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        if (ex.getMostSpecificCause() instanceof RequestBodyLimitFilter.RequestBodyTooLargeException tooLarge) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(handleTooLarge(tooLarge).getBody());
        }
        // the Jackson exception knows the field; a parse error below it (e.g. a bad date) does not
        Throwable cause = ex.getMostSpecificCause();
        for (Throwable t = ex.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JacksonException) {
                cause = t;
                break;
            }
        }
        FieldError error;
        if (cause instanceof UnrecognizedPropertyException u) {
            error = new FieldError(path(u), "unknown field '" + u.getPropertyName() + "'");
        } else if (cause instanceof InvalidFormatException f) {
            error = new FieldError(path(f), "'" + f.getValue() + "' is not a valid "
                    + describe(f.getTargetType()));
        } else if (cause instanceof DatabindException d && d.getCause() instanceof java.time.DateTimeException) {
            error = new FieldError(path(d), "not a valid date: " + d.getCause().getMessage());
        } else if (cause instanceof MismatchedInputException m) {
            error = new FieldError(path(m), "expected " + describe(m.getTargetType()));
        } else if (cause instanceof DatabindException d) {
            error = new FieldError(path(d), d.getOriginalMessage());
        } else if (cause instanceof JacksonException j) {
            error = new FieldError("body", "malformed JSON: " + j.getOriginalMessage());
        } else {
            error = new FieldError("body", "the request body is missing or unreadable");
        }
        return ResponseEntity.badRequest().body(withErrors(List.of(error)));
    }

    /** A body without a length that grew over the limit while read: by a controller, or streamed on by the gateway. */
    @ExceptionHandler(RequestBodyLimitFilter.RequestBodyTooLargeException.class)
    ResponseEntity<ProblemDetail> handleTooLarge(RequestBodyLimitFilter.RequestBodyTooLargeException tooLarge) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem(HttpStatus.CONTENT_TOO_LARGE,
                "payload-too-large", "The request body is larger than " + tooLarge.maxBytes()
                        + " bytes, the most that is accepted."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException ex) {
        return badRequest(List.of(new FieldError(ex.getName(),
                "'" + ex.getValue() + "' is not a valid " + describe(ex.getRequiredType()))));
    }

    /** A method-level refusal (e.g. @PreAuthorize) is a 403, not an unforeseen error. */
    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ResponseEntity<ProblemDetail> handleAccessDenied(org.springframework.security.access.AccessDeniedException ex) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(problem(HttpStatus.FORBIDDEN, "forbidden", "Your token does not allow this: " + ex.getMessage()));
    }

    /** Anything unforeseen: logged with an id the user can quote, never shown as a stack trace. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception ex) {
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected error, incident {}", incident, ex);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong on our side; nothing was changed. Quote incident " + incident + ".");
        problem.setProperty("incident", incident);
        return ResponseEntity.internalServerError().body(problem);
    }

    /** A path nothing answers: said as such, not as Spring's "No static resource …". */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        String path = request instanceof ServletWebRequest web ? web.getRequest().getRequestURI() : "/" + ex.getResourcePath();
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(HttpStatus.NOT_FOUND, "not-found", "Nothing is served at " + path));
    }

    /** Framework-raised errors (404 no route, 405, 415, …) get a code too. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail p && (p.getProperties() == null || !p.getProperties().containsKey("code"))) {
            p.setType(URI.create(TYPE_PREFIX + codeFor(status)));
            p.setProperty("code", codeFor(status));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    public static ProblemDetail problem(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setProperty("code", code);
        return problem;
    }

    /**
     * Writes a problem straight to the response, in the same shape, for filters and security handlers that
     * answer before a controller (and so this advice) is reached.
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                             String code, String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + code);
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        body.put("code", code);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(RAW_JSON.writeValueAsString(body));
    }

    private static ResponseEntity<ProblemDetail> badRequest(List<FieldError> errors) {
        return ResponseEntity.badRequest().body(withErrors(errors));
    }

    private static ProblemDetail withErrors(List<FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", detail);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String codeFor(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "http-" + status.value() : known.name().toLowerCase().replace('_', '-');
    }

    private static String path(DatabindException ex) {
        String path = ex.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? "body" : path;
    }

    /** The declared type of a bound field: a record component, or a bean property of the target. */
    private static Class<?> fieldType(MethodArgumentNotValidException ex, String field) {
        Class<?> type = ex.getParameter().getParameterType();
        if (type.isRecord()) {
            for (var component : type.getRecordComponents()) {
                if (component.getName().equals(field)) {
                    return component.getType();
                }
            }
        }
        Object target = ex.getBindingResult().getTarget();
        try {
            return target == null ? null : new org.springframework.beans.BeanWrapperImpl(target).getPropertyType(field);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            return "value; use one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "timestamp (ISO 8601)";
            case "UUID" -> "id (UUID)";
            case "Integer", "int", "Long", "long" -> "whole number";
            case "BigDecimal", "Double", "double" -> "number";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "text";
            default -> type.getSimpleName();
        };
    }
}
