package org.plenary.contacts;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ContactRepository extends ListCrudRepository<Contact, UUID> {

    @Query("select * from contact where participant = :participant order by role, lower(email)")
    List<Contact> findByParticipant(UUID participant);

    @Query("select exists (select 1 from contact where participant = :participant and lower(email) = lower(:email))")
    boolean existsAddress(UUID participant, String email);

    @Query("select * from contact where participant = any(:participants) order by role, lower(email)")
    List<Contact> findByParticipants(UUID[] participants);

    @Query("select c.* from contact c join participant p on p.id = c.participant order by lower(p.name), c.role, lower(c.email)")
    List<Contact> findAllByParticipantName();
}
