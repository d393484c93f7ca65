package org.plenary.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, UUID> {

    Optional<Account> findByUsername(String username);

    List<Account> findByParticipant(UUID participant);

    List<Account> findByParticipantIn(Collection<UUID> participants);

    List<Account> findAllByOrderByUsername();
}
