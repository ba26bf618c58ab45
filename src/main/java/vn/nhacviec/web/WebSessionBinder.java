package vn.nhacviec.web;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Lets a controller method take {@code WebSession session} as a parameter (the one {@link AccessFilter} found). */
@Singleton
class WebSessionBinder implements TypedRequestArgumentBinder<WebSession> {

    @Override
    public Argument<WebSession> argumentType() {
        return Argument.of(WebSession.class);
    }

    @Override
    public BindingResult<WebSession> bind(ArgumentConversionContext<WebSession> context, HttpRequest<?> source) {
        Optional<WebSession> session = source.getAttribute(AccessFilter.SESSION_ATTRIBUTE, WebSession.class);
        return () -> session;
    }
}
