package io.quire.spring.boot.autoconfigure.data.member;

import java.util.List;

import io.quire.data.repository.QuireRepository;
import org.jspecify.annotations.Nullable;

/**
 * The members, by derived queries.
 */
public interface MemberRepository extends QuireRepository<Member, String> {

	@Nullable Member findByEmail(String email);

	List<Member> findByNicknameExists(boolean exists);

}
