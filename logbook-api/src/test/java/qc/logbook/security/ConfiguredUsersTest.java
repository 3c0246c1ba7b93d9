package qc.logbook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

@ExtendWith(OutputCaptureExtension.class)
class ConfiguredUsersTest {

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);

    @Test
    void withoutAnAdministratorOneIsCreatedWithARandomPasswordPrintedOnce(CapturedOutput output) {
        ConfiguredUsers users = new ConfiguredUsers(List.of(new SecurityProperties.UserEntry("w1",
                encoder.encode("secret"), Set.of(Role.WORKER), Set.of("LEVIS"))), encoder);

        Matcher printed = Pattern.compile("with password (\\S+)").matcher(output.getOut());
        assertThat(printed.find()).isTrue();
        UserDetails admin = users.loadUserByUsername("admin");
        assertThat(encoder.matches(printed.group(1), admin.getPassword())).isTrue();
        assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
        assertThat(printed.find()).isFalse();
    }

    @Test
    void configuredUsersKeepTheirRolesAndTerritoriesAndOnlyBcryptHashes() {
        ConfiguredUsers users = new ConfiguredUsers(List.of(
                new SecurityProperties.UserEntry("root", "{bcrypt}" + encoder.encode("x"), Set.of(Role.ADMIN),
                        Set.of("*")),
                new SecurityProperties.UserEntry("c1", encoder.encode("y"), Set.of(Role.COORDINATOR),
                        Set.of("LEVIS", "BELLECHASSE"))), encoder);

        LogbookUser coordinator = ((LogbookUserDetails) users.loadUserByUsername("c1")).user();
        assertThat(coordinator.territories()).containsExactlyInAnyOrder("LEVIS", "BELLECHASSE");
        assertThat(coordinator.restrict(null)).containsExactlyInAnyOrder("LEVIS", "BELLECHASSE");
        assertThat(coordinator.restrict(List.of("LEVIS", "MONTMAGNY"))).containsExactly("LEVIS");
        assertThat(users.all()).extracting(LogbookUser::id).containsExactly("root", "c1");
        assertThatThrownBy(() -> users.loadUserByUsername("nobody")).isInstanceOf(UsernameNotFoundException.class);
        assertThatThrownBy(() -> new ConfiguredUsers(List.of(new SecurityProperties.UserEntry("p", "plain-text",
                Set.of(Role.ADMIN), Set.of("*"))), encoder)).isInstanceOf(IllegalStateException.class);
    }
}
