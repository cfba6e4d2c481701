package io.quire.data.test;

import io.quire.data.repository.QuireRepository;

public interface VersionedNoteRepository extends QuireRepository<VersionedNote, String> {

}
