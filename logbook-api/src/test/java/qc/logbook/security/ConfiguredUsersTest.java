package qc.logbook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class ConfiguredUsersTest {

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);

    @Test
    void configuredUsersKeepTheirRolesAndTerritoriesAndOnlyBcryptHashes() {
        ConfiguredUsers users = new ConfiguredUsers(List.of(
                new SecurityProperties.UserEntry("root", "{bcrypt}" + encoder.encode("x"), Set.of(Role.ADMIN),
                        Set.of("*")),
                new SecurityProperties.UserEntry("c1", encoder.encode("y"), Set.of(Role.COORDINATOR),
                        Set.of("LEVIS", "BELLECHASSE"))));

        LogbookUser coordinator = ((LogbookUserDetails) users.loadUserByUsername("c1")).user();
        assertThat(coordinator.territories()).containsExactlyInAnyOrder("LEVIS", "BELLECHASSE");
        assertThat(coordinator.restrict(null)).containsExactlyInAnyOrder("LEVIS", "BELLECHASSE");
        assertThat(coordinator.restrict(List.of("LEVIS", "MONTMAGNY"))).containsExactly("LEVIS");
        assertThat(users.all()).extracting(LogbookUser::id).containsExactly("root", "c1");
        assertThatThrownBy(() -> users.loadUserByUsername("nobody")).isInstanceOf(UsernameNotFoundException.class);
        assertThatThrownBy(() -> new ConfiguredUsers(List.of(new SecurityProperties.UserEntry("p", "plain-text",
                Set.of(Role.ADMIN), Set.of("*"))))).isInstanceOf(IllegalStateException.class);
    }
}
