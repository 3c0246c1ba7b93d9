/** The practice aggregate: the rules of the practice form and of its review lifecycle. */
package qc.logbook.practice.command;
