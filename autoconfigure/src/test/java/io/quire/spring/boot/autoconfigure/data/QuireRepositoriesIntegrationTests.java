package io.quire.spring.boot.autoconfigure.data;

import java.util.List;

import io.quire.spring.boot.autoconfigure.QuireAutoConfiguration;
import io.quire.spring.boot.autoconfigure.data.member.Member;
import io.quire.spring.boot.autoconfigure.data.member.MemberRepository;
import io.quire.spring.boot.autoconfigure.embedded.EmbeddedQuireAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configured repositories on the embedded engine, with Boot's default
 * {@code quire.data.*} settings (no automatic index creation).
 */
class QuireRepositoriesIntegrationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EmbeddedQuireAutoConfiguration.class, QuireAutoConfiguration.class,
				QuireDataAutoConfiguration.class, QuireRepositoriesAutoConfiguration.class))
		.withPropertyValues("quire.embedded.enabled=true", "quire.network-timeout=10s")
		.withUserConfiguration(MemberPackage.class);

	@Test
	void derivedQueryOnAnIndexedPropertyWorksWithoutAutomaticIndexCreation() {
		this.runner.run((context) -> {
			MemberRepository members = context.getBean(MemberRepository.class);
			members.saveAll(members());
			Member ada = members.findByEmail("ada@example.com");
			assertThat(ada).isNotNull();
			assertThat(ada.getName()).isEqualTo("Ada");
		});
	}

	@Test
	void derivedQueryOnAnIndexedPropertyReadsThroughTheIndexWhenCreated() {
		this.runner.withPropertyValues("quire.data.auto-index-creation=true").run((context) -> {
			MemberRepository members = context.getBean(MemberRepository.class);
			members.saveAll(members());
			assertThat(members.findByEmail("grace@example.com")).extracting(Member::getName).isEqualTo("Grace");
		});
	}

	@Test
	void existsFalseFindsTheMembersWithoutTheField() {
		this.runner.run((context) -> {
			MemberRepository members = context.getBean(MemberRepository.class);
			members.saveAll(members());
			assertThat(members.findByNicknameExists(false)).extracting(Member::getName)
				.containsExactlyInAnyOrder("Grace", "Alan");
			assertThat(members.findByNicknameExists(true)).extracting(Member::getName).containsExactly("Ada");
		});
	}

	static List<Member> members() {
		return List.of(new Member("Ada", "ada@example.com", "Countess", 36),
				new Member("Grace", "grace@example.com", null, 85), new Member("Alan", null, null, 41));
	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackageClasses = Member.class)
	static class MemberPackage {

	}

}
