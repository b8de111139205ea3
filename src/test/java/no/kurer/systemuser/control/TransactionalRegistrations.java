package no.kurer.systemuser.control;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import no.kurer.organisation.control.Organisations;
import no.kurer.organisation.entity.Organisation;
import no.kurer.systemuser.entity.Registration;
import no.kurer.testsupport.TestDatabase;

/**
 * {@link Registrations} and {@link Organisations} for unit tests: each call in a transaction and persistence context
 * of its own on a {@link TestDatabase}, as their {@code @Transactional} methods run in the server.
 */
class TransactionalRegistrations extends Registrations {

    private final TestDatabase kurer;

    TransactionalRegistrations(TestDatabase kurer) {
        this.kurer = kurer;
    }

    <T> T tx(Function<Registrations, T> work) {
        return kurer.transaction(em -> {
            Registrations registrations = new Registrations();
            registrations.em = em;
            return work.apply(registrations);
        });
    }

    @Override
    public Optional<Registration> find(long id) {
        return tx(r -> r.find(id));
    }

    @Override
    public List<Registration> acceptedAgents() {
        return tx(Registrations::acceptedAgents);
    }

    @Override
    public List<Registration> pendingChanges() {
        return tx(Registrations::pendingChanges);
    }

    @Override
    public List<String> packagesOf(String systemId) {
        return tx(r -> r.packagesOf(systemId));
    }

    @Override
    public void systemUserId(long id, String systemUserId) {
        tx(r -> {
            r.systemUserId(id, systemUserId);
            return null;
        });
    }

    @Override
    public void clientsListed(long id, List<String> orgnos) {
        tx(r -> {
            r.clientsListed(id, orgnos);
            return null;
        });
    }

    @Override
    public boolean clientsFailed(long id, String error) {
        return tx(r -> r.clientsFailed(id, error));
    }

    @Override
    public Registration changeRequested(
            long id, String requestId, String status, String confirmUrl, List<String> packages) {
        return tx(r -> r.changeRequested(id, requestId, status, confirmUrl, packages));
    }

    @Override
    public void changeFollowed(long id, String requestId, String status, String confirmUrl) {
        tx(r -> {
            r.changeFollowed(id, requestId, status, confirmUrl);
            return null;
        });
    }

    @Override
    public boolean changeFailed(long id, String requestId, String error) {
        return tx(r -> r.changeFailed(id, requestId, error));
    }

    /** {@link Organisations} the same way. */
    static Organisations organisations(TestDatabase kurer) {
        return new Organisations() {
            private <T> T tx(Function<Organisations, T> work) {
                return kurer.transaction(em -> {
                    Organisations organisations = new Organisations();
                    try {
                        Field field = Organisations.class.getDeclaredField("em");
                        field.setAccessible(true);
                        field.set(organisations, em);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                    return work.apply(organisations);
                });
            }

            @Override
            public Optional<Organisation> find(String orgno) {
                return tx(o -> o.find(orgno));
            }

            @Override
            public List<Organisation> clientsOf(long registration) {
                return tx(o -> o.clientsOf(registration));
            }

            @Override
            public void authorised(String orgno, boolean now, String note) {
                tx(o -> {
                    o.authorised(orgno, now, note);
                    return null;
                });
            }

            @Override
            public Organisation add(
                    String orgno, String name, Organisation.Access access, Long agentRegistration, List<String> users) {
                return tx(o -> o.add(orgno, name, access, agentRegistration, users));
            }
        };
    }
}
