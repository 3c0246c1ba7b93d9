package qc.logbook.security;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Accounts: configured users and the database's, their management, their journal and the first start. */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    /**
     * The one {@code UserDetailsService}: the database store is not a bean of its own, or Spring Boot would find two
     * and configure no authentication manager.
     */
    @Bean
    LogbookUsers logbookUsers(SecurityProperties properties, DataSource dataSource) {
        return new LogbookUsers(new ConfiguredUsers(properties.users()), new AccountStore(dataSource));
    }

    @Bean
    Accounts accounts(LogbookUsers users, JdbcTemplate jdbc, PasswordEncoder encoder,
                      PlatformTransactionManager transactions) {
        return new Accounts(users, new AccountJournal(jdbc), encoder, new TransactionTemplate(transactions));
    }

    @Bean
    FirstAdministrator firstAdministrator(Accounts accounts) {
        return new FirstAdministrator(accounts, System.out);
    }
}
