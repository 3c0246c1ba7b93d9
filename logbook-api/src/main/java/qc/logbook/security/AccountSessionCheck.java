package qc.logbook.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Page sessions follow their account: on every page request the signed-in account is read again, so a disabled
 * account's sessions end at their next request, on every node, and changed roles or territories apply at
 * once. One indexed read per page request; a session registry would only know the sessions of its own node. The API
 * needs none of this: it is stateless and loads the account with every request.
 */
final class AccountSessionCheck extends OncePerRequestFilter {

    private final LogbookUsers users;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    AccountSessionCheck(LogbookUsers users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof LogbookUserDetails signedIn) {
            // Accounts are disabled, never deleted; one that cannot be found (a test's made-up user) is left as is.
            Optional<LogbookUserDetails> current = reload(signedIn.getUsername());
            if (current.isPresent() && !current.get().isEnabled()) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
                response.setHeader("HX-Redirect", request.getContextPath() + "/login?logout");
                response.sendRedirect(request.getContextPath() + "/login?logout");
                return;
            }
            LogbookUserDetails account = current.orElse(signedIn);
            if (!account.user().equals(signedIn.user())) {
                account.eraseCredentials();
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null,
                        account.getAuthorities()));
                SecurityContextHolder.setContext(context);
                sessions.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private Optional<LogbookUserDetails> reload(String username) {
        try {
            return Optional.of((LogbookUserDetails) users.loadUserByUsername(username));
        } catch (UsernameNotFoundException gone) {
            return Optional.empty();
        }
    }
}
