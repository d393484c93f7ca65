package org.plenary.roster;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ParticipantRepository extends ListCrudRepository<Participant, UUID> {

    Optional<Participant> findByIso3(String iso3);

    @Query("select * from participant where lower(name) = lower(:name)")
    Optional<Participant> findByNameIgnoringCase(String name);
}
