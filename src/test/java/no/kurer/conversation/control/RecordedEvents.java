package no.kurer.conversation.control;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The {@link StatusRecorded} events a test's beans fire, kept in order. */
final class RecordedEvents implements Event<StatusRecorded> {

    final List<StatusRecorded> fired = new ArrayList<>();

    @Override
    public void fire(StatusRecorded event) {
        fired.add(event);
    }

    @Override
    public <U extends StatusRecorded> CompletionStage<U> fireAsync(U event) {
        fired.add(event);
        return CompletableFuture.completedFuture(event);
    }

    @Override
    public <U extends StatusRecorded> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        return fireAsync(event);
    }

    @Override
    public Event<StatusRecorded> select(Annotation... qualifiers) {
        return this;
    }

    @Override
    public <U extends StatusRecorded> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <U extends StatusRecorded> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }
}
