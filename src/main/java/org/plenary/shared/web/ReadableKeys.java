package org.plenary.shared.web;

import java.util.Optional;
import java.util.UUID;

/**
 * The readable keys of one kind of page of a process, such as {@code SP.2} for the silence procedures at
 * {@code /processes/CCM-2RC/silence/SP.2}: {@link ReadableAddresses} turns a key in a page's address into the id the
 * page's controller reads, and sends an address with an id to the one with the key.
 */
public interface ReadableKeys {

    /** The part of the address after {@code /processes/{code}/}, such as {@code silence} or {@code meetings}. */
    String segment();

    /** The id of what {@code key} names in the process ({@code code} is the process's code or id), if anything. */
    Optional<UUID> id(String code, String key);

    /** The readable key of what has this id in the process, if it has one and the reader may see it. */
    Optional<String> key(String code, UUID id);
}
