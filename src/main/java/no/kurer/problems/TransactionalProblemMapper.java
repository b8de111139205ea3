package no.kurer.problems;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A failure at the commit of a {@code @Transactional} method arrives wrapped in {@link TransactionalException}, for which
 * the JAX-RS runtime has a mapper of its own that answers an HTML 500. This one takes precedence and hands the failure
 * to {@link ProblemMapper}, so the client still gets {@code application/problem+json}.
 */
@Provider
@Priority(1)
public class TransactionalProblemMapper implements ExceptionMapper<TransactionalException> {

    @Context
    UriInfo uriInfo;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(TransactionalException exception) {
        ProblemMapper mapper = new ProblemMapper();
        mapper.uriInfo = uriInfo;
        mapper.request = request;
        Throwable cause = exception.getCause();
        return mapper.toResponse(cause instanceof Problem ? cause : exception);
    }
}
