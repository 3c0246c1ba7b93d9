/** The pages of the ÉLÉ projects and their funding (coordinators; evaluators read). */
package qc.logbook.ele.web;
