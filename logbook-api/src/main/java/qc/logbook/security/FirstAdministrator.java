package qc.logbook.security;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * First start: when no administrator exists, neither configured nor in the database, creates the account
 * {@value #USERNAME} in the database with a generated password and prints it once on the console — not in the log
 * files, which outlive it and are read by others. Later starts find the administrator and print nothing. The
 * administrator signs in on the pages and creates the other accounts: no file is edited by hand.
 */
class FirstAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";

    private final Accounts accounts;
    private final PrintStream console;

    FirstAdministrator(Accounts accounts, PrintStream console) {
        this.accounts = accounts;
        this.console = console;
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts.createFirstAdministrator(USERNAME).ifPresent(password -> console.println("""

                ==================================================================
                 First start: created the administrator account '%s'
                 with password %s
                 Sign in at /login, create the other accounts and change this
                 password on the "My account" page. It is not shown again.
                ==================================================================
                """.formatted(USERNAME, password)));
    }
}
