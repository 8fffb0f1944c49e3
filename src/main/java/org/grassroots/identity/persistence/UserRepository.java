package org.grassroots.identity.persistence;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface UserRepository extends ListCrudRepository<UserEntity, Long> {

    /** Looks up by the stored, lower-case email. */
    Optional<UserEntity> findByEmail(String email);

    boolean existsByEmail(String email);
}
