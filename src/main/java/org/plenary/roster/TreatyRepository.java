package org.plenary.roster;

import org.springframework.data.repository.ListCrudRepository;

interface TreatyRepository extends ListCrudRepository<Treaty, String> {
}
