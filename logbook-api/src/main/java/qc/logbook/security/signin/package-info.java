/**
 * Throttling of failed sign-ins per account and per address, and a bound on concurrent password checks, so that
 * guessing is slow and a burst of sign-ins cannot take the server's CPU.
 */
package qc.logbook.security.signin;
