package io.quire.data.test.reactive;

import io.quire.data.repository.ReactiveQuireRepository;
import io.quire.data.test.VersionedNote;

public interface ReactiveVersionedNoteRepository extends ReactiveQuireRepository<VersionedNote, String> {

}
