package no.kurer.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import no.kurer.configuration.Settings;
import no.kurer.organisation.entity.Organisation;
import no.kurer.organisation.entity.Organisation.Access;
import no.kurer.systemuser.entity.Registration;

/**
 * The organisations Kurer acts for: {@code systemuser.org} (the configured one, read live; the single-organisation
 * set-up is a set of one) and those an administrator added. Who may act for which: a NextMove user acts for the
 * organisations that name it; a user that none names acts for {@code systemuser.org} alone, as before there were
 * many. Sending needs an active organisation; reading what was received does not (a removed organisation's messages
 * stay readable).
 */
@ApplicationScoped
public class Organisations {

    static final Pattern ORGNO = Pattern.compile("\\d{9}");
    static final Pattern USER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.@-]{0,99}");

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    @Inject
    Settings settings;

    /** {@code systemuser.org}, when set. */
    public Optional<String> configured() {
        return settings.find(Settings.DPO_ORGANISATION);
    }

    /** The organisations an administrator added, removed ones too, by orgno. */
    public List<Organisation> all() {
        return em.createNamedQuery(Organisation.ALL, Organisation.class).getResultList();
    }

    public Optional<Organisation> find(String orgno) {
        return orgno == null ? Optional.empty() : Optional.ofNullable(em.find(Organisation.class, orgno));
    }

    /** The orgnos Kurer sends for and polls for now: {@code systemuser.org} first, then the active added ones. */
    public List<String> active() {
        Set<String> orgnos = new LinkedHashSet<>();
        configured().ifPresent(orgnos::add);
        all().stream().filter(Organisation::active).map(Organisation::orgno).forEach(orgnos::add);
        return List.copyOf(orgnos);
    }

    /** The active organisations whose broker inbox is polled: those Altinn still lets Kurer act for. */
    public List<String> polled() {
        Set<String> orgnos = new LinkedHashSet<>();
        configured().ifPresent(orgnos::add);
        for (Organisation added : all()) {
            if (!added.authorised()) {
                orgnos.remove(added.orgno()); // also systemuser.org, when added and no longer authorised
            } else if (added.active()) {
                orgnos.add(added.orgno());
            }
        }
        return List.copyOf(orgnos);
    }

    /** Whether Kurer acts for {@code orgno} now (sends for it, polls for it). */
    public boolean actsFor(String orgno) {
        return active().contains(orgno);
    }

    /**
     * The organisations whose messages {@code user} may read; null (NextMove authentication off): every organisation
     * Kurer knows, removed ones too.
     */
    public Set<String> readableBy(String user) {
        Set<String> orgnos = new LinkedHashSet<>();
        if (user == null) {
            configured().ifPresent(orgnos::add);
            all().forEach(o -> orgnos.add(o.orgno()));
            return orgnos;
        }
        all().stream().filter(o -> o.nextmoveUsers().contains(user)).forEach(o -> orgnos.add(o.orgno()));
        if (orgnos.isEmpty()) {
            configured().ifPresent(orgnos::add);
        }
        return orgnos;
    }

    /** The organisations {@code user} may send for: those it may read that are active. */
    public Set<String> sendableBy(String user) {
        Set<String> orgnos = new LinkedHashSet<>(readableBy(user));
        orgnos.retainAll(active());
        return orgnos;
    }

    /**
     * Adds an organisation (or restores a removed one, or changes an active one's users and access), active and
     * authorised.
     *
     * @param agentRegistration for {@link Access#AGENT_CLIENT}: the agent onboarding it is a client of
     * @throws InvalidOrganisation for an orgno that is not nine digits, a user name that cannot be one, or an agent
     *     client without an agent onboarding
     */
    @Transactional
    public Organisation add(String orgno, String name, Access access, Long agentRegistration, List<String> users) {
        if (orgno == null || !ORGNO.matcher(orgno).matches()) {
            throw new InvalidOrganisation("An organisation number is nine digits: " + orgno);
        }
        checkUsers(users);
        Access kind = access == null ? Access.STANDARD : access;
        if (kind == Access.AGENT_CLIENT) {
            Registration agent = agentRegistration == null ? null : em.find(Registration.class, agentRegistration);
            if (agent == null || agent.kind() != Registration.Kind.AGENT) {
                throw new InvalidOrganisation(
                        "A client of an agent system user names the agent onboarding (agentRegistration): "
                                + agentRegistration + " is none");
            }
        } else if (agentRegistration != null) {
            throw new InvalidOrganisation("Only an AGENT_CLIENT organisation names an agent onboarding");
        }
        Organisation existing = em.find(Organisation.class, orgno);
        if (existing != null) {
            existing.restore(name, kind, agentRegistration, users);
            return existing;
        }
        Organisation added = new Organisation(orgno, name, kind, agentRegistration, users);
        em.persist(added);
        return added;
    }

    /** Changes the NextMove users that act for an added organisation. @throws UnknownOrganisation, InvalidOrganisation */
    @Transactional
    public Organisation nextmoveUsers(String orgno, List<String> users) {
        Organisation organisation = find(orgno).orElseThrow(() -> new UnknownOrganisation(orgno));
        checkUsers(users);
        organisation.nextmoveUsers(users);
        return organisation;
    }

    private static void checkUsers(List<String> users) {
        for (String user : users) {
            if (!USER.matcher(user).matches()) {
                throw new InvalidOrganisation("A NextMove user name is letters, digits, '.', '-', '_' or '@': " + user);
            }
        }
    }

    /** Stops polling and sending for it; what it received stays. @throws UnknownOrganisation, ConfiguredOrganisation */
    @Transactional
    public Organisation remove(String orgno) {
        if (configured().filter(orgno::equals).isPresent()) {
            throw new ConfiguredOrganisation(orgno);
        }
        Organisation organisation = find(orgno).orElseThrow(() -> new UnknownOrganisation(orgno));
        organisation.remove();
        return organisation;
    }

    /** Records whether Altinn lets Kurer act for it; a change only (no write when it stands). */
    @Transactional
    public void authorised(String orgno, boolean now, String note) {
        find(orgno).filter(o -> o.authorised() != now).ifPresent(o -> o.authorised(now, note));
    }

    /** The added organisations that are clients of the agent onboarding {@code registration}. */
    public List<Organisation> clientsOf(long registration) {
        return em.createNamedQuery(Organisation.CLIENTS_OF, Organisation.class)
                .setParameter("registration", registration)
                .getResultList();
    }
}
